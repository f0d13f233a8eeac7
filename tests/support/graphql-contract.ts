// GitHub's GraphQL API as published (@octokit/graphql-schema): queries are validated against
// the real schema and executed by graphql-js over resolvers the mock supplies, so every answer
// has the schema's shape, nullability and scalar encodings, not the shape we expect.
import { readFileSync } from "node:fs";
import {
  buildASTSchema,
  type DocumentNode,
  executeSync,
  type GraphQLError,
  type GraphQLFieldResolver,
  GraphQLScalarType,
  type GraphQLSchema,
  type GraphQLTypeResolver,
  isNonNullType,
  Kind,
  parse,
  print,
  specifiedScalarTypes,
  validate,
  validateSchema,
} from "graphql";
import { GITHUB_GRAPHQL_SCHEMA } from "./contracts.js";

let cachedSchema: GraphQLSchema | undefined;

/**
 * Built once per worker (parsing 1.2 MB of SDL takes a few hundred ms). The published SDL
 * defines two fields of EnterpriseOwnerInfo twice (identical but for the description), which
 * `buildSchema` refuses; duplicates are tolerated only when identical, and the schema is then
 * checked with `validateSchema`.
 */
export function loadGitHubGraphQlSchema(): GraphQLSchema {
  if (cachedSchema) return cachedSchema;
  const document = parse(readFileSync(GITHUB_GRAPHQL_SCHEMA, "utf8"), { noLocation: true });
  assertOnlyIdenticalDuplicates(document);
  const schema = buildASTSchema(document, { assumeValidSDL: true });
  const problems = validateSchema(schema);
  if (problems.length > 0) {
    throw new Error(`GitHub GraphQL schema is invalid: ${problems.map((e) => e.message)}`);
  }
  for (const type of Object.values(schema.getTypeMap())) {
    if (type instanceof GraphQLScalarType && !BUILT_IN_SCALARS.has(type.name)) {
      encodeAsString(type);
    }
  }
  cachedSchema = schema;
  return schema;
}

/** Errors as strings, e.g. `Cannot query field "x" on type "Repository". (3:5)`; [] if valid. */
export function validateGraphQlQuery(query: string): string[] {
  const parsed = parseQuery(query);
  return "errors" in parsed ? parsed.errors.map(describeError) : [];
}

/** The name of the query's first operation, if it parses and has one. */
export function graphQlOperationName(query: string): string | undefined {
  try {
    return operationNameOf(parse(query, { noLocation: true }));
  } catch {
    return undefined;
  }
}

// ---- execution ------------------------------------------------------------------------

/**
 * A resolver answer GitHub would give too (NOT_FOUND for a missing repository): it goes into
 * `errors` with GitHub's `type`. `violation` marks errors only a wrong client can cause
 * (bad cursors, missing `first`), which the mock also records as contract violations.
 */
export class GitHubGraphQlError extends Error {
  readonly type: string;
  readonly violation: boolean;
  constructor(type: string, message: string, options: { violation?: boolean } = {}) {
    super(message);
    this.type = type;
    this.violation = options.violation ?? false;
  }
}

/**
 * What the mock's source objects look like: a `__typename` for interfaces and unions, and
 * per field either a value or a function of the field's arguments.
 */
export type GraphQlSource = { __typename?: string } & Record<string, unknown>;
export type GraphQlFieldFn = (args: Record<string, unknown>) => unknown;

export interface GraphQlRequest {
  query: string;
  variables?: Record<string, unknown> | null | undefined;
  operationName?: string | null | undefined;
}

export interface GraphQlAnswer {
  /** HTTP 200 body as GitHub sends it: `data` and/or `errors`. */
  body: { data?: unknown; errors?: unknown[] };
  /** Contract violations (without the "graphql: " prefix). */
  violations: string[];
  /** The operation's name, or undefined for an anonymous or unparsable query. */
  operationName: string | undefined;
}

/** Parse, validate and execute one request against `root` (the Query type's source). */
export function executeGraphQl(request: GraphQlRequest, root: GraphQlSource): GraphQlAnswer {
  const parsed = parseQuery(request.query);
  if ("errors" in parsed) {
    return {
      body: { errors: parsed.errors.map(formatError) },
      violations: parsed.errors.map(describeError),
      operationName: undefined,
    };
  }
  const operationName = request.operationName ?? operationNameOf(parsed.document);
  const result = executeSync({
    schema: loadGitHubGraphQlSchema(),
    document: parsed.document,
    rootValue: root,
    variableValues: request.variables ?? {},
    operationName: request.operationName ?? undefined,
    fieldResolver,
    typeResolver,
  });
  const errors = result.errors ?? [];
  const violations = errors
    .filter((e) => !(e.originalError instanceof GitHubGraphQlError) || e.originalError.violation)
    .map(describeError);
  const body: GraphQlAnswer["body"] = {};
  if (result.data !== undefined) body.data = result.data;
  if (errors.length > 0) body.errors = errors.map(formatError);
  return { body, violations, operationName };
}

/**
 * Fields the mock models are properties of the source; anything else resolves null when the
 * schema allows it, and otherwise fails loudly instead of answering a GitHub that does not exist.
 */
const fieldResolver: GraphQLFieldResolver<unknown, unknown> = (source, args, _ctx, info) => {
  const object = source as GraphQlSource | null;
  if (object && Object.hasOwn(object, info.fieldName)) {
    const value = object[info.fieldName];
    return typeof value === "function" ? (value as GraphQlFieldFn)(args) : value;
  }
  if (isNonNullType(info.returnType)) {
    throw new Error(
      `the mock does not model the non-null field ${info.parentType.name}.${info.fieldName}`,
    );
  }
  return null;
};

const typeResolver: GraphQLTypeResolver<unknown, unknown> = (value, _ctx, info, abstractType) => {
  const name = (value as GraphQlSource | null)?.__typename;
  if (typeof name === "string") return name;
  throw new Error(
    `the mock gave no __typename for ${abstractType.name} at ${pathOf(info.path).join(".")}`,
  );
};

// ---- scalars --------------------------------------------------------------------------

const BUILT_IN_SCALARS = new Set(specifiedScalarTypes.map((t) => t.name));

/** Shapes of GitHub's custom scalars, all of which travel as JSON strings. */
const SCALAR_PATTERNS: Record<string, RegExp> = {
  GitObjectID: /^[0-9a-f]{40}$/,
  DateTime: /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?Z$/,
  PreciseDateTime: /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?Z$/,
  GitTimestamp: /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d([+-]\d\d:\d\d|Z)$/,
  Date: /^\d{4}-\d\d-\d\d$/,
  BigInt: /^-?\d+$/,
  URI: /^(https?:\/\/|\/)/,
};

/**
 * `buildSchema` gives custom scalars identity (de)serializers; GitHub sends every one of them
 * as a string (BigInt too: `"fullDatabaseId": "2500000000"`).
 */
function encodeAsString(scalar: GraphQLScalarType): void {
  const pattern = SCALAR_PATTERNS[scalar.name];
  const check = (value: string): string => {
    if (pattern && !pattern.test(value)) {
      throw new TypeError(`${scalar.name} cannot represent ${JSON.stringify(value)}`);
    }
    return value;
  };
  const toText = (value: unknown): string => {
    if (typeof value === "string") return check(value);
    if (scalar.name === "BigInt" && (typeof value === "bigint" || Number.isSafeInteger(value))) {
      return String(value);
    }
    throw new TypeError(`${scalar.name} cannot represent ${JSON.stringify(value)}`);
  };
  scalar.serialize = toText;
  scalar.parseValue = toText;
  scalar.parseLiteral = (node) => {
    if (node.kind === Kind.STRING) return check(node.value);
    if (node.kind === Kind.INT && scalar.name === "BigInt") return node.value;
    throw new TypeError(`${scalar.name} cannot represent the literal ${print(node)}`);
  };
}

// ---- helpers --------------------------------------------------------------------------

function parseQuery(
  query: string,
): { document: DocumentNode } | { errors: readonly GraphQLError[] } {
  let document: DocumentNode;
  try {
    document = parse(query);
  } catch (error) {
    return { errors: [error as GraphQLError] };
  }
  const errors = validate(loadGitHubGraphQlSchema(), document);
  return errors.length > 0 ? { errors } : { document };
}

function operationNameOf(document: DocumentNode): string | undefined {
  for (const def of document.definitions) {
    if (def.kind === Kind.OPERATION_DEFINITION) return def.name?.value;
  }
  return undefined;
}

/** GitHub's error entries: `type` (for its own errors), `path`, `locations`, `message`. */
function formatError(error: GraphQLError): Record<string, unknown> {
  const original = error.originalError;
  return {
    ...(original instanceof GitHubGraphQlError ? { type: original.type } : {}),
    ...(error.path ? { path: error.path } : {}),
    ...(error.locations ? { locations: error.locations } : {}),
    message: error.message,
  };
}

function describeError(error: GraphQLError): string {
  const where = [
    error.path ? `at ${error.path.join(".")}` : "",
    ...(error.locations ?? []).map((l) => `${l.line}:${l.column}`),
  ].filter(Boolean);
  return where.length > 0 ? `${error.message} (${where.join(" ")})` : error.message;
}

function pathOf(path: { prev: unknown; key: string | number } | undefined): (string | number)[] {
  const out: (string | number)[] = [];
  for (let p = path; p; p = p.prev as typeof path) out.unshift(p.key);
  return out;
}

function assertOnlyIdenticalDuplicates(document: DocumentNode): void {
  for (const def of document.definitions) {
    if (!("fields" in def) || !def.fields) continue;
    const seen = new Map<string, string>();
    for (const field of def.fields) {
      const text = print({ ...field, description: undefined });
      const earlier = seen.get(field.name.value);
      if (earlier !== undefined && earlier !== text) {
        throw new Error(`GitHub GraphQL schema: conflicting ${def.name.value}.${field.name.value}`);
      }
      seen.set(field.name.value, text);
    }
  }
}
