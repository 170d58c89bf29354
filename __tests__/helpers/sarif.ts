/**
 * Validates SARIF against the SARIF 2.1.0 JSON schema (draft-04). The schema file comes from
 * @microsoft/jest-sarif (Microsoft's SARIF SDK for JavaScript), which ships it as lib/schemas/sarif-2.1.0-rtm.5.json:
 * the schema of the 2.1.0 release that OASIS approved, as SchemaStore serves it.
 */
import * as fs from 'node:fs';
import { createRequire } from 'node:module';
import ajvDraft04 from 'ajv-draft-04';
import ajvFormats from 'ajv-formats';

const require = createRequire(import.meta.url);
const schemaFile = require.resolve('@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json');
const schema = JSON.parse(fs.readFileSync(schemaFile, 'utf8')) as { title: string };

// CommonJS packages: under ESM their classes are on `default`. The rtm.5 file's pattern for `language` has a stray
// `]` that is invalid under the `u` flag (the OASIS errata fixed it), hence `unicodeRegExp: false`.
const ajv = new ajvDraft04.default({ allErrors: true, strict: false, unicodeRegExp: false });
ajvFormats.default(ajv);
const validate = ajv.compile(schema);

export const SARIF_SCHEMA_TITLE = schema.title;

/** The schema's complaints about `log`, one line each; empty when it is valid. */
export function sarifErrors(log: unknown): string[] {
  if (validate(log)) return [];
  return (validate.errors ?? []).map((error) => `${error.instancePath || '/'} ${error.message ?? ''} ${JSON.stringify(error.params)}`);
}
