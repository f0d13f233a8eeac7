import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { REPO_ROOT } from "../fixtures/fixtures.js";
import { fixture, importText } from "./import-helpers.js";

const PORTAL = readFileSync(
  path.join(REPO_ROOT, "examples/remote-maintenance-portal/security-manifest.yml"),
  "utf8",
);

/** The text of every comment, without its position (the writer may re-space them). */
function comments(text: string): string[] {
  return text
    .split("\n")
    .map((line) => /(?:^|\s)#\s?(.*)$/.exec(line)?.[1]?.trim())
    .filter((c): c is string => c !== undefined && c !== "");
}

/** Every leaf of `before` has the same value in `after` (lists: the same entries first). */
function keepsValues(before: unknown, after: unknown, where = ""): string[] {
  if (Array.isArray(before)) {
    if (!Array.isArray(after)) return [where];
    return before.flatMap((item, i) => keepsValues(item, after[i], `${where}[${i}]`));
  }
  if (before && typeof before === "object") {
    if (!after || typeof after !== "object") return [where];
    return Object.entries(before).flatMap(([k, v]) =>
      keepsValues(v, (after as Record<string, unknown>)[k], `${where}.${k}`),
    );
  }
  return before === after ? [] : [where];
}

describe("import --into: merging into an existing manifest", () => {
  const sample = fixture("threagile/threagile-example-model.yaml");

  it("keeps every comment, the order of the sections and all of the lead's values", () => {
    const out = importText("threagile", "threagile.yaml", sample, { manifest: PORTAL });
    expect(out.problems).toEqual([]);
    for (const comment of comments(PORTAL)) expect(out.text).toContain(comment);
    const before = parse(PORTAL);
    expect(Object.keys(out.data).slice(0, Object.keys(before).length)).toEqual(Object.keys(before));
    expect(keepsValues(before, out.data)).toEqual([]);
    // The project name differs: kept, and the note says how to take the imported one.
    expect(out.data.project.name).toBe(before.project.name);
    expect(out.merge.find((n) => n.pointer === "/project/name")).toMatchObject({ kind: "kept" });
    // New components and threats are added after the lead's own.
    expect(out.data.components.length).toBe(before.components.length + 10);
    expect(out.data.threat_model.threats.slice(0, before.threat_model.threats.length)).toEqual(
      before.threat_model.threats,
    );
  });

  it("changes no line of the lead's manifest: the imported entries are only inserted", () => {
    const out = importText("otm", "model.otm.json", fixture("otm/iriusrisk-EXAMPLE.json"), {
      manifest: PORTAL,
    });
    const written = out.text.split("\n");
    let at = 0;
    const missing = PORTAL.split("\n").filter((line) => {
      const found = written.indexOf(line, at);
      if (found < 0) return true;
      at = found + 1;
      return false;
    });
    expect(missing).toEqual([]);
    expect(written.length).toBeGreaterThan(PORTAL.split("\n").length);
  });

  it("merges an entry with the same id field by field instead of adding it twice", () => {
    const manifest = `manifest_version: 1
project:
  name: Shop # our name
organisation:
  size: small
  sector: retail
components:
  - id: web # the shop front
    exposure: internal
    paths: ["web/**"]
`;
    const model =
      "threagile_version: 1.0.0\ntitle: Other\ntechnical_assets:\n  Web:\n    id: web\n    internet: true\n";
    const kept = importText("threagile", "threagile.yaml", model, { manifest });
    expect(kept.problems).toEqual([]);
    expect(kept.data.components).toEqual([
      { id: "web", exposure: "internal", paths: ["web/**"], name: "Web" },
    ]);
    expect(kept.merge.map((n) => `${n.kind} ${n.pointer}`)).toEqual([
      "kept /project/name",
      "added /components/0/name",
      "kept /components/0/exposure",
    ]);
    expect(kept.text).toContain("name: Shop # our name");
    expect(kept.text).toContain("- id: web # the shop front");
    // Importing again changes nothing more.
    const again = importText("threagile", "threagile.yaml", model, { manifest: kept.text });
    expect(again.text).toBe(kept.text);
  });

  it("--overwrite replaces the lead's values with the imported ones, keeping their comments", () => {
    const manifest = `manifest_version: 1
project:
  name: Shop # our name
organisation:
  size: small
  sector: retail
components:
  - id: web
    exposure: internal # checked 2026
`;
    const model =
      "threagile_version: 1.0.0\ntitle: Other\ntechnical_assets:\n  Web:\n    id: web\n    internet: true\n";
    const out = importText("threagile", "threagile.yaml", model, { manifest, overwrite: true });
    expect(out.data.project.name).toBe("Other");
    expect(out.data.components[0].exposure).toBe("internet");
    expect(out.text).toContain("name: Other # our name");
    expect(out.text).toContain("exposure: internet # checked 2026");
    expect(out.merge.filter((n) => n.kind === "overwritten").map((n) => n.pointer)).toEqual([
      "/project/name",
      "/components/0/exposure",
    ]);
  });

  it("reports a result that is not valid format v1 with its line and column", () => {
    // The lead's manifest is already invalid (size); the import does not hide it.
    const manifest =
      "manifest_version: 1\nproject:\n  name: Shop\norganisation:\n  size: tiny\n  sector: retail\n";
    const model = "threagile_version: 1.0.0\ntitle: Shop\n";
    const out = importText("threagile", "threagile.yaml", model, { manifest });
    expect(out.problems.map((p) => `${p.line}:${p.column} ${p.pointer}`)).toEqual([
      "5:3 /organisation/size",
    ]);
  });
});
