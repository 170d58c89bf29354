/** YAML config files of the app (application.yml, a Dropwizard config), read with the project's YAML parser. */
import { yaml } from './libraries.cjs';

/** Every document of `text` as plain values, or `null` when it is not valid YAML. Aliases are capped by the parser. */
export function parseYaml(text: string): unknown[] | null {
  try {
    const documents = yaml().parseAllDocuments(text, { prettyErrors: false });
    if (!Array.isArray(documents)) return null;
    if (documents.some((document) => document.errors.length > 0)) return null;
    return documents.map((document) => document.toJS({ maxAliasCount: 100 }) as unknown);
  } catch {
    return null;
  }
}
