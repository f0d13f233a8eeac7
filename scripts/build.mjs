// Bundles the CLI (and the Action, once it exists) into action/dist/: single files GitHub and npx run.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import * as esbuild from "esbuild";
import { parse } from "yaml";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");

export const ENTRY_POINTS = {
  cli: "src/cli/index.ts",
  index: "action/main.ts",
};

/**
 * Our rule files, parsed now, travel inside the bundle: parsing them at every start cost more than
 * the whole check. The tests validate the YAML sources; the freshness check keeps the two in step.
 */
function builtinRuleFiles() {
  const files = readdirSync(path.join(root, "rules"))
    .filter((name) => name.endsWith(".yml"))
    .sort();
  return Object.fromEntries(
    files.map((name) => [
      `rules/${name}`,
      parse(readFileSync(path.join(root, "rules", name), "utf8")),
    ]),
  );
}

/** Builds every existing entry point into `outdir`. Deterministic: same sources, same bytes. */
export async function build(outdir) {
  const entryPoints = Object.fromEntries(
    Object.entries(ENTRY_POINTS).filter(([, file]) => existsSync(path.join(root, file))),
  );
  await esbuild.build({
    absWorkingDir: root,
    entryPoints,
    outdir,
    bundle: true,
    platform: "node",
    target: "node20",
    format: "esm",
    minify: true,
    legalComments: "none",
    logLevel: "warning",
    define: { __BUILTIN_RULE_FILES__: JSON.stringify(builtinRuleFiles()) },
    // @actions/http-client's tunnel uses require(); ESM bundles need a real require for it.
    banner: {
      js: 'import { createRequire as __cr } from "node:module"; const require = __cr(import.meta.url);',
    },
  });
  return Object.keys(entryPoints).map((name) => path.join(outdir, `${name}.js`));
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const outputs = await build(path.join(root, "action/dist"));
  console.log(`built ${outputs.map((file) => path.relative(root, file)).join(", ")}`);
}
