// Bundles the benchmark's children with the build's own settings (scripts/build.mjs: embedded
// rule files, precompiled validator and checks, minified, split) into a cache folder, so the
// benchmark measures the engine as the shipped bundles run it, without touching action/dist:
//
//   <outdir>/cli.js, index.js    the CLI and the Action, built from the working tree
//   <outdir>/engine.js           the measuring child (scripts/bench/engine.ts)
//   <outdir>/floor/cold-floor.js the cold-start floor, bundled alone (it loads nothing else)
import { mkdirSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { build, ENTRY_POINTS } from "../build.mjs";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");

/** build() bundles what ENTRY_POINTS names: these entry points, for one build. */
async function buildWith(entryPoints, outdir) {
  const saved = { ...ENTRY_POINTS };
  for (const key of Object.keys(ENTRY_POINTS)) delete ENTRY_POINTS[key];
  Object.assign(ENTRY_POINTS, entryPoints);
  try {
    mkdirSync(outdir, { recursive: true });
    await build(outdir);
  } finally {
    for (const key of Object.keys(ENTRY_POINTS)) delete ENTRY_POINTS[key];
    Object.assign(ENTRY_POINTS, saved);
  }
}

/** Builds everything the benchmark runs into `outdir`; returns the paths of what it built. */
export async function bundleEngine(outdir = path.join(root, "node_modules/.cache/sm-bench")) {
  await buildWith({ ...ENTRY_POINTS, engine: "scripts/bench/engine.ts" }, outdir);
  await buildWith({ "cold-floor": "scripts/bench/cold-floor.ts" }, path.join(outdir, "floor"));
  return {
    dir: outdir,
    cli: path.join(outdir, "cli.js"),
    action: path.join(outdir, "index.js"),
    engine: path.join(outdir, "engine.js"),
    coldFloor: path.join(outdir, "floor", "cold-floor.js"),
  };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) console.log(await bundleEngine());
