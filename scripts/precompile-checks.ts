// Build step (bundled and run by scripts/build.mjs): compiles every check of our own packs, for
// every parameter value a profile can give it, into Ajv standalone code. The bundle then looks
// checks up instead of compiling them at each start. Custom packs still compile at run time.
import standaloneCode from "ajv/dist/standalone/index.js";
import { CheckCompiler } from "../src/rules/check-compiler.js";
import { referencedParams, substituteParams } from "../src/rules/parameters.js";
import { loadRuleSet } from "../src/rules/rule-set.js";
import { isBuiltin, type SchemaCheck } from "../src/rules/rule-types.js";

export async function precompiledChecksModule(): Promise<string> {
  const ruleSet = await loadRuleSet();
  const schemas = new Map<string, unknown>();
  const add = (schema: unknown) => {
    if (schema === undefined) return;
    schemas.set(JSON.stringify(schema), schema);
    for (const nested of nestedWhere(schema)) add(nested);
  };
  for (const rule of ruleSet.rules) {
    if (isBuiltin(rule.check)) continue;
    for (const params of parameterCombinations(rule, ruleSet.parameters)) {
      const check = substituteParams(rule.check, params) as SchemaCheck;
      add(check.where);
      add(check.parent_where);
      add(check.require);
    }
  }
  const compiler = new CheckCompiler({ validateSchemas: false, standalone: true });
  const keys = [...schemas.keys()].sort();
  keys.forEach((key, index) => {
    compiler.ajv.addSchema(schemas.get(key) as object, `c${index}`);
  });
  const code = standaloneCode.default(
    compiler.ajv,
    Object.fromEntries(keys.map((_, index) => [`c${index}`, `c${index}`])),
  );
  const entries = keys.map((key, index) => `[${JSON.stringify(key)}, c${index}]`).join(",\n");
  return `${code}\nexport const PRECOMPILED_CHECKS = new Map([\n${entries}\n]);\n`;
}

/** Every value each referenced parameter can take: defaults, profile tunings, rule params and tunings. */
function parameterCombinations(
  rule: {
    check: unknown;
    params?: Record<string, unknown>;
    tuning?: { params?: Record<string, unknown> }[];
  },
  parameters: Record<string, { default: unknown; tuning?: { value: unknown }[] }>,
): Record<string, unknown>[] {
  let combinations: Record<string, unknown>[] = [{}];
  for (const name of referencedParams(rule.check)) {
    const values = new Set<unknown>();
    if (rule.params && name in rule.params) values.add(rule.params[name]);
    else {
      values.add(parameters[name]?.default);
      for (const tuning of parameters[name]?.tuning ?? []) values.add(tuning.value);
    }
    for (const tuning of rule.tuning ?? [])
      if (tuning.params && name in tuning.params) values.add(tuning.params[name]);
    combinations = combinations.flatMap((combination) =>
      [...values].map((value) => ({ ...combination, [name]: value })),
    );
  }
  return combinations;
}

/** `where` schemas inside refersTo/referencedBy, which the keywords compile when they run. */
function nestedWhere(schema: unknown): unknown[] {
  if (Array.isArray(schema)) return schema.flatMap(nestedWhere);
  if (!schema || typeof schema !== "object") return [];
  const found: unknown[] = [];
  for (const [key, value] of Object.entries(schema)) {
    if (
      (key === "refersTo" || key === "referencedBy") &&
      value &&
      typeof value === "object" &&
      "where" in value
    ) {
      found.push((value as { where: unknown }).where);
    }
    found.push(...nestedWhere(value));
  }
  return found;
}
