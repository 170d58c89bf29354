/**
 * A stand-in for the GitHub REST API on 127.0.0.1, for running the built action against. Every request is checked
 * against GitHub's published description of the API (@octokit/openapi, cut down to the operations the action calls by
 * scripts/extract-openapi-fixture.mjs): the method and path must match an operation, path and query parameters must
 * be declared and valid, and a JSON body must satisfy the operation's request body schema. Unlike GitHub, it also
 * rejects properties the schema does not declare: GitHub ignores them silently, so a misspelt field would otherwise
 * pass. Requests that do not conform are recorded as problems.
 */
import * as fs from 'node:fs';
import * as http from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import ajvModule from 'ajv';
import ajvFormats from 'ajv-formats';

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type Schema = Record<string, unknown>;

interface Parameter {
  name: string;
  in: 'path' | 'query' | 'header' | 'cookie';
  required?: boolean;
  schema?: Schema;
}

interface Operation {
  operationId: string;
  parameters?: (Parameter | { $ref: string })[];
  requestBody?: { required?: boolean; content: Record<string, { schema: Schema }> };
}

interface Route {
  method: string;
  template: string;
  pattern: RegExp;
  names: string[];
  literalSegments: number;
  operation: Operation;
  pointer: string;
}

export interface RecordedRequest {
  method: string;
  path: string;
  query: Record<string, string>;
  /** The operation the request matched, e.g. `checks/create`; null when none did. */
  operationId: string | null;
  /** The path parameters, by name. */
  params: Record<string, string>;
  body: unknown;
  authorization: string | undefined;
  /** Why the request does not conform to GitHub's description; empty when it does. */
  problems: string[];
}

export interface ChangedFileEntry {
  filename: string;
  status: string;
  previous_filename?: string;
  patch?: string;
}

export interface FakeGitHubOptions {
  /** Operations answered with 403 "Resource not accessible by integration", as for a read-only token. */
  refuse?: readonly string[];
  /** What `pulls/list-files` lists. */
  changedFiles?: readonly ChangedFileEntry[];
  /** Answer every request with `307 Temporary Redirect` to the same path and query on this origin. */
  redirectTo?: string;
  /** What `pulls/list-review-comments` lists: earlier review comments on the pull request. */
  reviewComments?: readonly { id: number; body: string }[];
}

export interface FakeGitHub {
  url: string;
  requests: RecordedRequest[];
  /** Every problem of every request, prefixed with the request. */
  problems(): string[];
  close(): Promise<void>;
}

const SPEC_ID = 'api.github.com.json';
const FIXTURE = join(import.meta.dirname, '..', 'fixtures', 'github-openapi', SPEC_ID);

let loaded: { routes: Route[]; ajv: InstanceType<typeof ajvModule.default>; spec: Schema } | undefined;

/** GitHub's description, parsed and compiled once per test file. */
function description() {
  if (loaded) return loaded;
  const spec = JSON.parse(fs.readFileSync(FIXTURE, 'utf8')) as Schema;
  const paths = spec.paths as Record<string, Record<string, Operation>>;
  const routes: Route[] = [];
  for (const [template, methods] of Object.entries(paths)) {
    for (const [method, operation] of Object.entries(methods)) {
      if (!operation || typeof operation !== 'object' || !('operationId' in operation)) continue;
      const body = operation.requestBody?.content['application/json']?.schema;
      if (body) closeObjects(body);
      const names = Array.from(template.matchAll(/\{([^}]+)\}/g), (match) => match[1] as string);
      const source = template
        .split(/\{[^}]+\}/)
        .map(escapeRegExp)
        .join('([^/]+)');
      routes.push({
        method: method.toUpperCase(),
        template,
        pattern: new RegExp(`^${source}$`),
        names,
        literalSegments: template.split('/').filter((segment) => segment && !segment.startsWith('{')).length,
        operation,
        pointer: `/paths/${pointerSegment(template)}/${method}`,
      });
    }
  }
  const ajv = new ajvModule.default({ strict: false, allErrors: true, validateFormats: true });
  ajvFormats.default(ajv);
  ajv.addSchema(spec, SPEC_ID);
  loaded = { routes, ajv, spec };
  return loaded;
}

/** Makes every object schema of a request body reject undeclared properties (see the file comment). */
function closeObjects(schema: unknown): void {
  if (Array.isArray(schema)) return schema.forEach(closeObjects);
  if (typeof schema !== 'object' || schema === null) return;
  const object = schema as Schema;
  if (object.type === 'object' && object.properties && !('additionalProperties' in object)) object.additionalProperties = false;
  for (const value of Object.values(object)) closeObjects(value);
}

function pointerSegment(text: string): string {
  return encodeURIComponent(text.replace(/~/g, '~0').replace(/\//g, '~1'));
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function resolveParameter(spec: Schema, parameter: Parameter | { $ref: string }): Parameter {
  if (!('$ref' in parameter)) return parameter;
  const name = parameter.$ref.replace('#/components/parameters/', '');
  return (spec.components as { parameters: Record<string, Parameter> }).parameters[name] as Parameter;
}

function validator(pointer: string) {
  const { ajv } = description();
  const ref = `${SPEC_ID}#${pointer}`;
  return ajv.getSchema(ref) ?? ajv.compile({ $ref: ref });
}

function errorsOf(validate: ReturnType<typeof validator>, value: unknown, where: string): string[] {
  if (validate(value)) return [];
  return (validate.errors ?? []).map((error) => `${where}${error.instancePath} ${error.message ?? ''} ${JSON.stringify(error.params)}`);
}

const NOT_IN_FIXTURE = '(of those in __tests__/fixtures/github-openapi/: scripts/extract-openapi-fixture.mjs adds more)';

/** Checks one request against the description; returns the operation it matched and its problems. */
export function checkRequest(method: string, path: string, query: Record<string, string>, body: unknown) {
  const { routes, spec } = description();
  const candidates = routes
    .filter((route) => route.method === method && route.pattern.test(path))
    .sort((a, b) => b.literalSegments - a.literalSegments);
  const route = candidates[0];
  if (!route)
    return { operationId: null, params: {}, problems: [`no operation of GitHub's REST API is ${method} ${path} ${NOT_IN_FIXTURE}`] };
  const problems: string[] = [];
  const values = (route.pattern.exec(path) as RegExpExecArray).slice(1).map(decodeURIComponent);
  const params = Object.fromEntries(route.names.map((name, index) => [name, values[index] as string]));
  const declared = (route.operation.parameters ?? []).map((parameter) => resolveParameter(spec, parameter));
  for (const [name, value] of Object.entries(params)) problems.push(...parameterProblems(declared, name, value, 'path'));
  for (const [name, value] of Object.entries(query)) problems.push(...parameterProblems(declared, name, value, 'query'));
  for (const parameter of declared) {
    if (parameter.in === 'query' && parameter.required && !(parameter.name in query))
      problems.push(`query parameter ${parameter.name} is required`);
  }
  const requestBody = route.operation.requestBody;
  const schemaPointer = `${route.pointer}/requestBody/content/${pointerSegment('application/json')}/schema`;
  if (requestBody?.content['application/json']) {
    if (body === undefined) {
      if (requestBody.required) problems.push('the request body is required');
    } else {
      problems.push(...errorsOf(validator(schemaPointer), body, 'body'));
    }
  } else if (body !== undefined) {
    problems.push(`${route.operation.operationId} takes no request body`);
  }
  return { operationId: route.operation.operationId, params, problems };
}

/** Parameters arrive as strings: validated with type coercion, as a server reads them. */
const coercing = new ajvModule.default({ strict: false, coerceTypes: true, allErrors: true });
ajvFormats.default(coercing);
const parameterValidators = new WeakMap<Schema, ReturnType<typeof coercing.compile>>();

function parameterProblems(declared: Parameter[], name: string, value: string, place: 'path' | 'query'): string[] {
  const parameter = declared.find((each) => each.name === name && each.in === place);
  if (!parameter) return [`${place} parameter ${name} is not declared by the operation`];
  if (!parameter.schema) return [];
  let validate = parameterValidators.get(parameter.schema);
  if (!validate) {
    validate = coercing.compile({ type: 'object', properties: { value: parameter.schema } });
    parameterValidators.set(parameter.schema, validate);
  }
  return validate({ value }) ? [] : [`${place} parameter ${name}=${value} ${coercing.errorsText(validate.errors, { dataVar: name })}`];
}

/** Starts the stand-in; `GITHUB_API_URL` = its `url`. */
export async function startFakeGitHub(options: FakeGitHubOptions = {}): Promise<FakeGitHub> {
  description();
  const requests: RecordedRequest[] = [];
  let nextCheckRunId = 1;
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const url = new URL(req.url ?? '/', 'http://127.0.0.1');
      const text = Buffer.concat(chunks).toString('utf8');
      let body: unknown;
      const problems: string[] = [];
      if (text) {
        try {
          body = JSON.parse(text);
        } catch {
          problems.push('the body is not JSON');
        }
      }
      const query = Object.fromEntries(url.searchParams);
      const method = req.method ?? 'GET';
      const checked = checkRequest(method, url.pathname, query, body);
      const recorded: RecordedRequest = {
        method,
        path: url.pathname,
        query,
        operationId: checked.operationId,
        params: checked.params,
        body,
        authorization: req.headers.authorization,
        problems: [...problems, ...checked.problems],
      };
      requests.push(recorded);
      if (options.redirectTo) {
        res.writeHead(307, { location: `${options.redirectTo}${req.url ?? '/'}` });
        res.end();
        return;
      }
      const [status, answer] = respond(recorded, options, () => nextCheckRunId++);
      res.writeHead(status, { 'content-type': 'application/json; charset=utf-8' });
      res.end(JSON.stringify(answer));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    problems: () => requests.flatMap((request) => request.problems.map((problem) => `${request.method} ${request.path}: ${problem}`)),
    close: () => new Promise<void>((resolve, reject) => server.close((error) => (error ? reject(error) : resolve()))),
  };
}

function respond(request: RecordedRequest, options: FakeGitHubOptions, newId: () => number): [number, Json] {
  const { operationId, params } = request;
  if (request.problems.length > 0 && operationId === null) return [404, { message: 'Not Found', status: '404' }];
  if (request.problems.length > 0) return [422, { message: 'Validation Failed', status: '422' }];
  if (operationId && options.refuse?.includes(operationId)) {
    return [403, { message: 'Resource not accessible by integration', documentation_url: 'https://docs.github.com/rest', status: '403' }];
  }
  const repository = `${params.owner}/${params.repo}`;
  switch (operationId) {
    case 'checks/create': {
      const id = newId();
      return [201, { id, html_url: `https://github.com/${repository}/runs/${id}`, ...(request.body as { [key: string]: Json }) }];
    }
    case 'checks/update':
      return [200, { id: Number(params.check_run_id), html_url: `https://github.com/${repository}/runs/${params.check_run_id}` }];
    case 'pulls/list-files': {
      const perPage = Number(request.query.per_page ?? 30);
      const page = Number(request.query.page ?? 1);
      const files = (options.changedFiles ?? []).slice((page - 1) * perPage, page * perPage);
      return [200, files.map((file) => ({ sha: '0'.repeat(40), additions: 1, deletions: 0, changes: 1, ...file }))];
    }
    case 'pulls/list-review-comments':
      return [
        200,
        (options.reviewComments ?? []).map((comment) => ({ ...comment, path: 'Procfile', user: { login: 'github-actions[bot]' } })),
      ];
    case 'pulls/create-review':
      return [200, { id: newId(), body: (request.body as { body?: string }).body ?? '' }];
    case 'pulls/update-review-comment':
      return [200, { id: Number(params.comment_id), body: (request.body as { body?: string }).body ?? '' }];
    default:
      return [501, { message: `the stand-in does not answer ${operationId}` }];
  }
}
