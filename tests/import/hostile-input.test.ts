import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { runCli } from "../support/run-cli.js";
import { IMPORT_FIXTURES } from "./import-helpers.js";

function dirWith(files: Record<string, string>): string {
  const dir = mkdtempSync(path.join(tmpdir(), "import-hostile-"));
  for (const [name, text] of Object.entries(files)) writeFileSync(path.join(dir, name), text);
  return dir;
}

const run = (cwd: string, ...args: string[]) => runCli(cwd, "2026-12-02", "import", ...args);

describe("import: hostile and broken input gives a clear error, never a crash", () => {
  it("refuses an alias bomb with its line and column", async () => {
    const bomb = [
      "threagile_version: 1.0.0",
      "a: &a [x, x, x, x, x, x, x, x, x, x]",
      ...Array.from(
        { length: 9 },
        (_, i) =>
          `${String.fromCharCode(98 + i)}: &${String.fromCharCode(98 + i)} [${Array(10)
            .fill(`*${String.fromCharCode(97 + i)}`)
            .join(", ")}]`,
      ),
    ].join("\n");
    const result = await run(dirWith({ "threagile.yaml": bomb }), "threagile", "threagile.yaml");
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(
      /^security-manifest: cannot import:\nthreagile.yaml:\d+:\d+: .*alias/m,
    );
    expect(result.stderr).toContain("fix:");
    expect(result.stdout).toBe("");
  });

  it("refuses broken JSON with the position of the error", async () => {
    const result = await run(
      dirWith({ "m.json": '{\n  "otmVersion": "0.2.0",\n  "project": {\n}' }),
      "otm",
      "m.json",
    );
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/m\.json:\d+:\d+: YAML syntax error/);
  });

  it("runs no code: a YAML tag is just an unknown tag, not a function", async () => {
    const text =
      "threagile_version: 1.0.0\ntitle: !!js/function 'function () { process.exit(9) }'\n";
    const result = await run(dirWith({ "threagile.yaml": text }), "threagile", "threagile.yaml");
    // Had it run, this test process would have ended. The tag's value is plain text.
    expect(result.code).toBe(0);
    expect(parse(result.stdout).project.name).toBe("function () { process.exit(9) }");
  });

  it("says which format a file looks like when the wrong FORMAT is named", async () => {
    const result = await runCli(
      IMPORT_FIXTURES,
      "2026-12-02",
      "import",
      "security-insights",
      "threagile/threagile-example-model.yaml",
    );
    expect(result.code).toBe(2);
    expect(result.stderr).toContain("does not look like a OpenSSF Security Insights file");
    expect(result.stderr).toContain(
      "security-manifest import threagile threagile/threagile-example-model.yaml",
    );
  });

  it("refuses a file that is not JSON for a JSON format", async () => {
    const result = await runCli(
      IMPORT_FIXTURES,
      "2026-12-02",
      "import",
      "otm",
      "threagile/threagile-example-model.yaml",
    );
    expect(result.code).toBe(2);
    expect(result.stderr).toContain("is not a JSON object");
  });

  it("refuses files over the size limit before parsing them", async () => {
    const dir = dirWith({
      "big.yaml": `threagile_version: 1.0.0\nx: "${"a".repeat(11 * 1024 * 1024)}"\n`,
    });
    const result = await run(dir, "threagile", "big.yaml");
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(
      /big\.yaml:1:1: the Threagile model is 11\.0 MiB; the limit is 10 MiB/,
    );
  });

  it("shows escape sequences from the source as inert text", async () => {
    const text =
      'threagile_version: 1.0.0\ntitle: "Shop\\u001b]0;owned\\u0007"\ntechnical_assets:\n  "Web\\u001b[2J":\n    id: web\n';
    const result = await run(dirWith({ "threagile.yaml": text }), "threagile", "threagile.yaml");
    expect(result.stderr).not.toContain("\u001b");
    expect(result.stderr).toContain("components: web");
  });

  it("names an unknown format and the missing arguments as usage errors", async () => {
    const dir = dirWith({});
    expect((await run(dir, "pytm", "x.json")).stderr).toContain(
      'unknown format "pytm"; use one of security-insights, threagile, otm, threat-dragon',
    );
    expect((await run(dir)).code).toBe(2);
    expect((await run(dir, "otm", "missing.json")).stderr).toContain(
      "missing.json:1:1: the Open Threat Model (OTM) file does not exist",
    );
  });
});
