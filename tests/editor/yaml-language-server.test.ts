// Editor support as a project lead gets it: the real yaml-language-server (what VS Code's YAML
// extension runs) loads our schema from the manifest's comment line, flags a typo at its line
// and completes enumerated values. Offline: the examples name the schema by a relative path.
import { readFileSync } from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { REPO_ROOT } from "../fixtures/fixtures.js";
import { LanguageServerClient } from "../support/language-server.js";

const FILE = path.join(REPO_ROOT, "examples/remote-maintenance-portal/security-manifest.yml");
const URI = pathToFileURL(FILE).href;
const ORIGINAL = readFileSync(FILE, "utf8");
// Two mistakes a person makes: a misspelt key and a value outside the list.
const TEXT = ORIGINAL.replace("  staff_count:", "  staff_cont:").replace(
  "  phase: production",
  "  phase: produktion",
);
const lineOf = (needle: string) => TEXT.split("\n").findIndex((line) => line.includes(needle));

let client: LanguageServerClient;
beforeAll(async () => {
  client = new LanguageServerClient(process.execPath, [
    path.join(REPO_ROOT, "node_modules/yaml-language-server/bin/yaml-language-server"),
    "--stdio",
  ]);
  client.settings = {
    yaml: { validate: true, completion: true, hover: true, schemaStore: { enable: false } },
  };
  await client.initialize(pathToFileURL(REPO_ROOT).href);
  client.open(URI, TEXT);
}, 30_000);
afterAll(() => client?.close());

describe("yaml-language-server with the format-v1 schema", () => {
  it("flags the misspelt key and the value outside the list, each at its line", async () => {
    expect(TEXT).not.toBe(ORIGINAL);
    const diagnostics = await client.diagnostics(URI, (d) => d.length >= 2);
    const at = (line: number) => diagnostics.filter((d) => d.range.start.line === line);
    expect(
      at(lineOf("staff_cont:"))
        .map((d) => d.message)
        .join(" "),
    ).toMatch(/staff_cont is not allowed/);
    expect(
      at(lineOf("phase: produktion"))
        .map((d) => d.message)
        .join(" "),
    ).toMatch(/planning.*development.*production|Value is not accepted/);
  }, 30_000);

  it("completes the values of an enumerated field", async () => {
    const line = lineOf("phase: produktion");
    const column = (TEXT.split("\n")[line] ?? "").indexOf("produktion");
    const labels = (await client.completion(URI, line, column)).map((item) => item.label);
    expect(labels).toEqual(expect.arrayContaining(["planning", "development", "production"]));
  }, 30_000);
});
