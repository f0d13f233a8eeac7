import { mkdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { FIXTURES } from "../fixtures/fixtures.js";
import {
  eventPath,
  exampleManifest,
  MANIFEST,
  makeTempDir,
  prepareWorkspace,
  removeTempDirs,
  runActionBundle,
  workflowCommands,
} from "./run-action.js";

// With `language: de` every file problem the Action reports is German: the annotation on the
// manifest's line, the job summary, and the failure of a broken rule pack or a wrong checkout.
// Push runs: nothing here talks to GitHub.

afterAll(removeTempDirs);

/** English words of file problems that must not reach a German reader. */
const ENGLISH = [
  "fix:",
  "YAML syntax error",
  "could not be",
  "rule ACME",
  "matches no file",
  "the manifest",
];

function push(workspace: string, inputs: Record<string, string> = {}) {
  return runActionBundle({
    eventName: "push",
    eventPath: eventPath("push"),
    workspace,
    apiUrl: "http://127.0.0.1:9",
    token: "",
    inputs: { language: "de", "fail-on": "never", ...inputs },
  });
}

function errors(stdout: string) {
  return workflowCommands(stdout, "error");
}

describe("file problems of the Action in German", () => {
  it("annotates an unreadable manifest on its line and names it in the summary, in German", async () => {
    const broken = exampleManifest("remote-maintenance-portal").replace(
      "  phase: production",
      "  phase: [production",
    );
    const result = await push(prepareWorkspace("remote-maintenance-portal", broken));
    expect(result.exitCode).toBe(1);
    const [annotation, ...rest] = errors(result.stdout).filter((c) => c.properties.file);
    expect(rest).toEqual([]);
    expect(annotation?.properties.file).toBe(MANIFEST);
    expect(annotation?.message).toMatch(/: YAML-Syntaxfehler: .+\n {2}Abhilfe: \S/);
    expect(result.summary).toContain("Das Manifest konnte nicht gelesen werden");
    for (const words of ENGLISH) {
      expect(annotation?.message, words).not.toContain(words);
      expect(result.summary, words).not.toContain(words);
    }
  });

  it("fails on a broken rule pack with its place and a German fix", async () => {
    const workspace = prepareWorkspace("remote-maintenance-portal");
    mkdirSync(path.join(workspace, "policy"));
    const pack = readFileSync(path.join(FIXTURES, "packs/org-pack.yml"), "utf8").replace(
      'references: ["ISO 27001 A.5.2"]',
      'references: ["ISO 27001 A.5.2"]\n    cases: [alien-invasion]',
    );
    writeFileSync(path.join(workspace, "policy/house.yml"), pack);
    const result = await push(workspace, { rules: "policy/*.yml" });
    expect(result.exitCode).toBe(1);
    const [failure] = errors(result.stdout);
    expect(failure?.message).toMatch(
      /^policy\/house\.yml:\d+:\d+: Regel ACME-001: unbekannter Fall "alien-invasion"\n {2}Abhilfe: verwenden Sie/,
    );
    for (const words of ENGLISH) expect(failure?.message, words).not.toContain(words);
  });

  it("fails on a rules input that matches nothing, in German", async () => {
    const result = await push(prepareWorkspace("remote-maintenance-portal"), {
      rules: "policy/*.yml",
    });
    expect(result.exitCode).toBe(1);
    const [failure] = errors(result.stdout);
    expect(failure?.message).toContain("policy/*.yml passt auf keine Datei");
    expect(failure?.message).toContain("Abhilfe: prüfen Sie die Muster der Eingabe rules");
  });

  it("refuses a manifest that links out of the checkout, in German", async () => {
    const outside = makeTempDir("outside");
    writeFileSync(path.join(outside, "m.yml"), "manifest_version: 1\n");
    const workspace = prepareWorkspace("remote-maintenance-portal");
    rmSync(path.join(workspace, MANIFEST));
    symlinkSync(path.join(outside, "m.yml"), path.join(workspace, MANIFEST));
    const result = await push(workspace);
    expect(result.exitCode).toBe(1);
    const [failure] = errors(result.stdout);
    expect(failure?.message).toContain(
      "das Manifest führt zu einer Datei außerhalb des ausgecheckten Repositorys",
    );
    expect(failure?.message).toContain("Abhilfe: ");
  });
});
