import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { REPO_ROOT } from "../fixtures/fixtures.js";

// The pipeline's layers, bottom first. A module may import its own layer and the ones below it,
// never one above: the shared vocabulary (finding, areas, changes) sits at the bottom so that
// manifest, rules and i18n need nothing from the report stage.
const LAYERS = [
  "src/vocabulary",
  "src/i18n",
  "src/manifest",
  "src/rules",
  "src/pull-request",
  "src/report",
  "src/import",
  "src/formats",
  "src", // check-manifest.ts, check-pull-request.ts: the engine's two entry points
  "src/org", // the portfolio: the engine run over an organisation's repositories
  "src/cli",
  "action",
] as const;

function layerOf(file: string): number {
  const dir = path.relative(REPO_ROOT, file).split(path.sep);
  for (let depth = Math.min(dir.length - 1, 2); depth > 0; depth--) {
    const index = LAYERS.indexOf(dir.slice(0, depth).join("/") as (typeof LAYERS)[number]);
    if (index >= 0) return index;
  }
  return -1;
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === "dist" ? [] : sourceFiles(full);
    return entry.name.endsWith(".ts") ? [full] : [];
  });
}

const IMPORT = /(?:\bfrom\s*|\bimport\s*\(\s*)"(\.{1,2}\/[^"]+)"/g;

function relativeImports(file: string): string[] {
  const text = readFileSync(file, "utf8");
  return [...text.matchAll(IMPORT)].map((match) =>
    path.resolve(path.dirname(file), match[1] as string),
  );
}

describe("module layering", () => {
  const files = [
    ...sourceFiles(path.join(REPO_ROOT, "src")),
    ...sourceFiles(path.join(REPO_ROOT, "action")),
  ];

  it("knows the layer of every source file", () => {
    expect(files.filter((file) => layerOf(file) < 0)).toEqual([]);
    expect(files.length).toBeGreaterThan(100);
  });

  it("has no module importing from a layer above its own", () => {
    const upward: string[] = [];
    for (const file of files) {
      for (const target of relativeImports(file)) {
        // package.json and schema/*.json sit outside the layers: data every layer may read.
        if (!target.startsWith(path.join(REPO_ROOT, "src"))) continue;
        if (layerOf(target) > layerOf(file))
          upward.push(`${path.relative(REPO_ROOT, file)} -> ${path.relative(REPO_ROOT, target)}`);
      }
    }
    expect(upward).toEqual([]);
  });

  it("keeps the vocabulary free of any other layer", () => {
    const vocabulary = files.filter((file) => layerOf(file) === 0);
    expect(vocabulary.length).toBeGreaterThan(0);
    const outside = vocabulary.flatMap((file) =>
      relativeImports(file).filter((target) => layerOf(target) !== 0),
    );
    expect(outside).toEqual([]);
  });
});
