// Validates requests and responses against GitHub's own OpenAPI description
// (tests/contracts), so the mock cannot drift into a GitHub of our imagination.
import { readFileSync } from "node:fs";
import { Ajv, type ErrorObject, type ValidateFunction } from "ajv";
import addFormats from "ajv-formats";
import { GITHUB_REST_SPEC } from "./contracts.js";

/** The in-repo extract of GitHub's REST description (tests/contracts/README.md). */
export const githubSpecPath = GITHUB_REST_SPEC;

const SPEC_ID = "gh";
const METHODS = ["get", "put", "post", "patch", "delete", "head", "options"] as const;
// Formats OpenAPI/GitHub use that ajv-formats may not know; added only if missing.
const OPENAPI_FORMATS = ["int32", "int64", "float", "double", "byte", "binary", "password"];
const GITHUB_FORMATS = ["repo.nwo", "timestamp"];
const OPENAPI_KEYWORDS = ["example", "discriminator", "externalDocs", "xml"];

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type JsonObject = { [key: string]: Json };

interface ParameterObject {
  name: string;
  in: "path" | "query" | "header" | "cookie";
  required?: boolean;
  schema?: JsonObject;
}

interface OperationEntry {
  operationId: string;
  method: string;
  template: string;
  pattern: RegExp;
  paramNames: string[];
  /** Literal characters in the template; more means more specific. */
  specificity: number;
  pointer: string;
  op: JsonObject;
}

export interface OperationMatch {
  operationId: string;
  /** Upper-case HTTP method. */
  method: string;
  /** Spec path template, e.g. `/repos/{owner}/{repo}/pulls/{pull_number}`. */
  template: string;
  /** Decoded path parameters (raw strings, before type coercion). */
  pathParams: Record<string, string>;
  /** The operation's externalDocs URL: what GitHub puts in `documentation_url`. */
  docsUrl: string | undefined;
}

export interface RequestShape {
  query: URLSearchParams;
  /** Parsed JSON body, or undefined when the request had none. */
  body: unknown;
  /** Request content-type without parameters, if a body was sent. */
  contentType?: string | undefined;
}

export interface GitHubContract {
  readonly operationIds: readonly string[];
  match(method: string, rawPathname: string): OperationMatch | undefined;
  checkRequest(op: OperationMatch, req: RequestShape): string[];
  /**
   * Statuses the operation does not declare are still checked: errors (>= 400) against
   * `basic-error`, since GitHub answers 401/429/5xx on any route; anything else is a violation.
   * `mediaType` picks the response content entry (e.g. `application/vnd.github.object`);
   * `null` means a non-JSON body (raw/diff media types), which the spec does not describe.
   */
  checkResponse(
    op: OperationMatch,
    status: number,
    body: unknown,
    mediaType?: string | null,
  ): string[];
  /** Validate data against `#/components/schemas/<name>`. */
  validateComponent(name: string, data: unknown): string[];
}

let cached: { specPath: string; contract: GitHubContract } | undefined;

/** Cached per worker: compiling the repository/pull-request schemas is not free. */
export function loadGitHubContract(specPath = githubSpecPath): GitHubContract {
  if (cached?.specPath !== specPath) {
    const spec = JSON.parse(readFileSync(specPath, "utf8")) as JsonObject;
    cached = { specPath, contract: createContract(spec) };
  }
  return cached.contract;
}

export function createContract(rawSpec: object): GitHubContract {
  const spec = normalizeNullable(structuredClone(rawSpec) as Json) as JsonObject;
  const ajv = buildAjv(spec);
  const operations = collectOperations(spec);
  const validators = new Map<string, ValidateFunction>();

  const validatorFor = (ref: string): ValidateFunction => {
    let fn = validators.get(ref);
    if (!fn) {
      fn = ajv.compile({ $ref: `${SPEC_ID}#${ref}` });
      validators.set(ref, fn);
    }
    return fn;
  };
  const validate = (ref: string, data: unknown): string[] => {
    const fn = validatorFor(ref);
    return fn(data) ? [] : formatErrors(fn.errors);
  };

  const entryOf = (op: OperationMatch): OperationEntry => {
    const entry = operations.find(
      (e) => e.operationId === op.operationId && e.method === op.method.toLowerCase(),
    );
    if (!entry) throw new Error(`unknown operation ${op.operationId}`);
    return entry;
  };

  const parametersOf = (entry: OperationEntry): { param: ParameterObject; pointer: string }[] => {
    const list = (entry.op.parameters ?? []) as JsonObject[];
    return list.map((p, i) => {
      const ref = typeof p.$ref === "string" ? p.$ref.slice(1) : undefined;
      const pointer = ref ?? `${entry.pointer}/parameters/${i}`;
      return { param: resolvePointer(spec, pointer) as unknown as ParameterObject, pointer };
    });
  };

  return {
    operationIds: operations.map((e) => e.operationId),

    match(method, rawPathname) {
      const m = method.toLowerCase();
      const hits = operations
        .filter((e) => e.method === m && e.pattern.test(rawPathname))
        .sort((a, b) => b.specificity - a.specificity);
      const entry = hits[0];
      if (!entry) return undefined;
      const groups = entry.pattern.exec(rawPathname)?.slice(1) ?? [];
      const pathParams: Record<string, string> = {};
      entry.paramNames.forEach((name, i) => {
        pathParams[name] = safeDecode(groups[i] ?? "");
      });
      const docs = entry.op.externalDocs as JsonObject | undefined;
      return {
        operationId: entry.operationId,
        method: m.toUpperCase(),
        template: entry.template,
        pathParams,
        docsUrl: typeof docs?.url === "string" ? docs.url : undefined,
      };
    },

    checkRequest(op, req) {
      const entry = entryOf(op);
      const problems: string[] = [];
      const declared = new Set<string>();
      for (const { param, pointer } of parametersOf(entry)) {
        if (param.in !== "path" && param.in !== "query") continue;
        if (param.in === "query") declared.add(param.name);
        const raw = param.in === "path" ? op.pathParams[param.name] : req.query.get(param.name);
        if (raw === undefined || raw === null) {
          if (param.required)
            problems.push(`missing required ${param.in} parameter '${param.name}'`);
          continue;
        }
        const value = coerce(raw, param.schema);
        for (const e of validate(`${pointer}/schema`, value)) {
          problems.push(`${param.in} parameter '${param.name}'=${JSON.stringify(raw)}: ${e}`);
        }
      }
      for (const name of new Set(req.query.keys())) {
        if (!declared.has(name)) problems.push(`undeclared query parameter '${name}'`);
      }

      const requestBody = entry.op.requestBody as JsonObject | undefined;
      if (!requestBody) {
        if (req.body !== undefined)
          problems.push("request body sent to an operation that takes none");
        return problems;
      }
      if (req.body === undefined) {
        if (requestBody.required) problems.push("missing required request body");
        return problems;
      }
      const content = requestBody.content as JsonObject;
      const mediaType = req.contentType ?? "application/json";
      if (!(mediaType in content)) {
        problems.push(`request content-type '${mediaType}' not in [${Object.keys(content)}]`);
        return problems;
      }
      const ref = `${entry.pointer}/requestBody/content/${escapePointer(mediaType)}/schema`;
      for (const e of validate(ref, req.body)) problems.push(`request body: ${e}`);
      return problems;
    },

    checkResponse(op, status, body, mediaType = "application/json") {
      const entry = entryOf(op);
      const responses = entry.op.responses as JsonObject;
      const key =
        String(status) in responses
          ? String(status)
          : "default" in responses
            ? "default"
            : undefined;
      if (key === undefined) {
        if (status < 400) return [`response status ${status} is not declared by ${op.operationId}`];
        if (mediaType === null) return [];
        return validate("/components/schemas/basic-error", body).map(
          (e) => `undeclared error ${status} body: ${e}`,
        );
      }
      const responsePointer = resolveRefPointer(spec, `${entry.pointer}/responses/${key}`);
      const response = resolvePointer(spec, responsePointer) as JsonObject;
      const content = response.content as JsonObject | undefined;
      if (!content) {
        return body === undefined ? [] : [`response ${status} must have no body`];
      }
      if (mediaType === null) return [];
      if (body === undefined) return [`response ${status} is missing its body`];
      const type = mediaType in content ? mediaType : "application/json";
      if (!(type in content))
        return [`response media type '${mediaType}' not declared for ${status}`];
      const ref = `${responsePointer}/content/${escapePointer(type)}/schema`;
      return validate(ref, body).map((e) => `response ${status} body: ${e}`);
    },

    validateComponent(name, data) {
      return validate(`/components/schemas/${escapePointer(name)}`, data);
    },
  };
}

function buildAjv(spec: JsonObject): Ajv {
  const ajv = new Ajv({ strict: false, allErrors: true, validateFormats: true });
  addFormats.default(ajv);
  for (const name of [...OPENAPI_FORMATS, ...GITHUB_FORMATS, ...collectFormats(spec)]) {
    if (!ajv.formats[name]) ajv.addFormat(name, true);
  }
  for (const keyword of new Set([...OPENAPI_KEYWORDS, ...collectExtensionKeys(spec)])) {
    if (!ajv.getKeyword(keyword)) ajv.addKeyword(keyword);
  }
  ajv.addSchema(spec, SPEC_ID);
  return ajv;
}

/**
 * OpenAPI 3.0 `nullable: true` is understood by Ajv only next to `type`; GitHub also
 * puts it beside bare `oneOf` (commit.author), which Ajv refuses to compile.
 */
function normalizeNullable(node: Json): Json {
  if (Array.isArray(node)) return node.map(normalizeNullable);
  if (node === null || typeof node !== "object") return node;
  const out: JsonObject = {};
  for (const [k, v] of Object.entries(node)) out[k] = normalizeNullable(v);
  if (out.nullable === true && !("type" in out)) {
    const { nullable: _drop, ...rest } = out;
    return { anyOf: [{ type: "null" }, rest] };
  }
  return out;
}

function collectOperations(spec: JsonObject): OperationEntry[] {
  const entries: OperationEntry[] = [];
  const paths = spec.paths as JsonObject;
  for (const [template, item] of Object.entries(paths)) {
    const pathItem = item as JsonObject;
    const multiSegment = new Set<string>();
    for (const m of METHODS) {
      const op = pathItem[m] as JsonObject | undefined;
      if (!op) continue;
      for (const p of (op.parameters ?? []) as JsonObject[]) {
        const param = (
          typeof p.$ref === "string" ? resolvePointer(spec, p.$ref.slice(1)) : p
        ) as JsonObject;
        if (param["x-multi-segment"] === true) multiSegment.add(String(param.name));
      }
      const paramNames: string[] = [];
      let specificity = 0;
      const source = template
        .split(/(\{[^}]+\})/)
        .map((part) => {
          const name = /^\{([^}]+)\}$/.exec(part)?.[1];
          if (!name) {
            specificity += part.length;
            return part.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
          }
          paramNames.push(name);
          return multiSegment.has(name) ? "(.+?)" : "([^/]+?)";
        })
        .join("");
      entries.push({
        operationId: String(op.operationId),
        method: m,
        template,
        pattern: new RegExp(`^${source}$`),
        paramNames,
        specificity,
        pointer: `/paths/${escapePointer(template)}/${m}`,
        op,
      });
    }
  }
  return entries;
}

function collectFormats(node: Json, found = new Set<string>()): Set<string> {
  if (Array.isArray(node)) for (const v of node) collectFormats(v, found);
  else if (node && typeof node === "object") {
    for (const [k, v] of Object.entries(node)) {
      if (k === "format" && typeof v === "string") found.add(v);
      collectFormats(v, found);
    }
  }
  return found;
}

/** Every `x-*` key in the spec, so vendor extensions never trip schema compilation. */
function collectExtensionKeys(node: Json, found = new Set<string>()): Set<string> {
  if (Array.isArray(node)) for (const v of node) collectExtensionKeys(v, found);
  else if (node && typeof node === "object") {
    for (const [k, v] of Object.entries(node)) {
      if (k.startsWith("x-")) found.add(k);
      collectExtensionKeys(v, found);
    }
  }
  return found;
}

/** Query and path values arrive as strings; coerce only where the schema asks for more. */
function coerce(raw: string, schema: JsonObject | undefined): unknown {
  const type = schema?.type;
  if ((type === "integer" || type === "number") && /^-?\d+(\.\d+)?$/.test(raw)) return Number(raw);
  if (type === "boolean" && (raw === "true" || raw === "false")) return raw === "true";
  return raw;
}

function formatErrors(errors: ErrorObject[] | null | undefined): string[] {
  const lines = (errors ?? []).map((e) => {
    const where = e.instancePath || "(root)";
    const extra =
      e.keyword === "enum"
        ? ` ${JSON.stringify(e.params.allowedValues)}`
        : e.keyword === "additionalProperties"
          ? ` '${String(e.params.additionalProperty)}'`
          : "";
    return `${where} ${e.message ?? e.keyword}${extra}`;
  });
  return [...new Set(lines)].slice(0, 12);
}

function escapePointer(segment: string): string {
  return segment.replace(/~/g, "~0").replace(/\//g, "~1");
}

function resolvePointer(root: Json, pointer: string): Json {
  let node: Json = root;
  for (const raw of pointer.split("/").slice(1)) {
    const key = raw.replace(/~1/g, "/").replace(/~0/g, "~");
    if (node === null || typeof node !== "object") throw new Error(`cannot resolve ${pointer}`);
    const next: Json | undefined = Array.isArray(node) ? node[Number(key)] : node[key];
    if (next === undefined) throw new Error(`cannot resolve ${pointer}`);
    node = next;
  }
  return node;
}

/** Follow `$ref` chains (e.g. responses/404 → components/responses/not_found). */
function resolveRefPointer(root: Json, pointer: string): string {
  let current = pointer;
  for (let i = 0; i < 10; i++) {
    const node = resolvePointer(root, current);
    if (node && typeof node === "object" && !Array.isArray(node) && typeof node.$ref === "string") {
      current = node.$ref.slice(1);
    } else {
      return current;
    }
  }
  throw new Error(`$ref loop at ${pointer}`);
}

function safeDecode(value: string): string {
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
}
