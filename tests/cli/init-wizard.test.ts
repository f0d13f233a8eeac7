import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { PassThrough } from "node:stream";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { checkManifestText } from "../../src/check-manifest.js";
import { clackPromptAdapter } from "../../src/cli/clack-prompt-adapter.js";
import type { CliIo } from "../../src/cli/cli-io.js";
import { askProfile } from "../../src/cli/init-wizard.js";
import { main } from "../../src/cli/main.js";
import { CANCELLED, type PromptAdapter } from "../../src/cli/prompt-adapter.js";
import type { Language } from "../../src/i18n/language.js";
import { defaultAnswers } from "../../src/manifest/init-profile.js";
import { initFiles } from "../../src/manifest/manifest-template.js";
import { MANIFEST_SCHEMA_URL } from "../../src/manifest/schema-location.js";
import { loadRuleSet } from "../../src/rules/rule-set.js";
import { REPO_ROOT } from "../fixtures/fixtures.js";

const TODAY = "2026-12-02";

/** One asked question, as the person saw it. */
interface Asked {
  kind: "text" | "select" | "multiselect" | "confirm";
  message: string;
  /** The labels of the choices, with the default's hint. */
  options?: string[];
}

/**
 * A prompt adapter that answers from a script: each entry answers one question in order; a
 * function entry decides from the question; `CANCELLED` is Ctrl-C. Records what was asked.
 */
function scripted(script: unknown[]): PromptAdapter & { asked: Asked[]; said: string[] } {
  const asked: Asked[] = [];
  const said: string[] = [];
  const next = (question: Asked, fallback: unknown) => {
    asked.push(question);
    const entry = script.length > 0 ? script.shift() : fallback;
    return Promise.resolve(entry === undefined ? fallback : entry) as never;
  };
  return {
    asked,
    said,
    intro: (title) => said.push(title),
    text: (q) => next({ kind: "text", message: q.message }, q.defaultValue),
    select: (q) =>
      next(
        {
          kind: "select",
          message: q.message,
          options: q.options.map((o) => `${o.label}${o.hint ? ` (${o.hint})` : ""}`),
        },
        q.initialValue,
      ),
    multiselect: (q) => next({ kind: "multiselect", message: q.message }, q.initialValues),
    confirm: (q) => next({ kind: "confirm", message: q.message }, q.initialValue),
    cancel: (message) => said.push(message),
    outro: (message) => said.push(message),
  };
}

function terminalIo(cwd: string, prompts: PromptAdapter, env: CliIo["env"] = {}) {
  let stdout = "";
  const io: CliIo = {
    stdout: (text) => {
      stdout += text;
    },
    stderr: () => {},
    isTty: true,
    env,
    cwd,
    today: TODAY,
    prompts: async () => prompts,
  };
  return { io, output: () => stdout };
}

const tempDir = () => mkdtempSync(path.join(tmpdir(), "sm-wizard-"));

describe("the guided init on a terminal", () => {
  it("asks the profile questions in German under SECURITY_MANIFEST_LANG=de, marks the default, and writes German comments", async () => {
    const dir = tempDir();
    const prompts = scripted(["Kundenportal", "Muster GmbH", "planning", "35"]);
    const { io, output } = terminalIo(dir, prompts, { SECURITY_MANIFEST_LANG: "de" });
    expect(await main(["init", "--today", TODAY], io)).toBe(0);
    expect(prompts.asked.map((q) => q.message)).toContain("Name des Projekts");
    expect(prompts.asked.map((q) => q.message)).toContain("Branche");
    // 35 people decide the size (small): it is not asked, so it cannot contradict the count.
    expect(prompts.asked.some((q) => q.message.startsWith("Unternehmensgröße"))).toBe(false);
    const text = readFileSync(path.join(dir, "security-manifest.yml"), "utf8");
    expect(text).toContain('name: "Kundenportal"');
    expect(text).toContain("phase: planning");
    expect(text).toContain("staff_count: 35");
    expect(text).toContain("size: small");
    expect(text).toContain("# Sicherheitsmanifest: Security by Design des Projekts");
    expect(text).not.toContain("Replace the example");
    // The example names are German too, until the real ones are filled in.
    expect(text).toContain('attendees: ["Geschäftsführung"]');
    expect(text).not.toContain("Managing Director");
    expect(readFileSync(path.join(dir, "docs/security/incident-response.md"), "utf8")).toMatch(
      /^<!-- VORLAGE/,
    );
    expect(output()).toContain("Die ersten drei Schritte:");
  });

  it("leaves nothing behind when the person presses Ctrl-C, not even the folders", async () => {
    const dir = tempDir();
    const prompts = scripted(["Portal", "ACME", CANCELLED]);
    const { io } = terminalIo(dir, prompts);
    expect(await main(["init", "deep/er/security-manifest.yml"], io)).toBe(130);
    expect(readdirSync(dir)).toEqual([]);
    expect(prompts.said).toContain("Cancelled: nothing was written.");
  });

  it("asks nothing with --yes, and refuses an existing file before the first question", async () => {
    const dir = tempDir();
    const quiet = scripted([]);
    expect(await main(["init", "--yes"], terminalIo(dir, quiet).io)).toBe(0);
    expect(quiet.asked).toEqual([]);
    const again = scripted([]);
    expect(await main(["init"], terminalIo(dir, again).io)).toBe(2);
    expect(again.asked).toEqual([]);
  });

  it("is driven by keystrokes through @clack/prompts: Enter takes every default, Ctrl-C cancels", async () => {
    const keysFor = (keys: (string | undefined)[]) => {
      const input = new PassThrough();
      const output = new PassThrough();
      const seen = new Set<string>();
      let screen = "";
      output.on("data", (chunk: Buffer) => {
        screen += chunk.toString();
        // A new question is a new "◆  message" line: answer it with the next keys.
        for (const match of screen.matchAll(/◆ {2}([^\n]+)/g)) {
          const message = match[1] as string;
          if (seen.has(message)) continue;
          seen.add(message);
          const key = keys.shift() ?? "\r";
          setTimeout(() => input.write(key), 5);
        }
      });
      return { input, output, screen: () => screen };
    };
    const enter = keysFor([]);
    const answers = await askProfile(
      await clackPromptAdapter({ yes: "Ja", no: "Nein", ...enter }),
      defaultAnswers("werkstatt", "de"),
      "de",
    );
    expect(answers).toEqual(defaultAnswers("werkstatt", "de"));
    expect(enter.screen()).toContain("Name des Projekts");
    expect(enter.screen()).toContain("Standard"); // the default choice is marked

    const dir = tempDir();
    const ctrlC = keysFor(["\r", "\r", "\u0003"]);
    const io: CliIo = {
      stdout: () => {},
      stderr: () => {},
      isTty: true,
      env: {},
      cwd: dir,
      today: TODAY,
      prompts: () => clackPromptAdapter({ yes: "Yes", no: "No", ...ctrlC }),
    };
    expect(await main(["init", "sub/x.yml"], io)).toBe(130);
    expect(readdirSync(dir)).toEqual([]);
    expect(ctrlC.screen()).toContain("Cancelled: nothing was written.");
  });
});

describe("every profile the wizard can produce", () => {
  it("gives a schema-valid manifest whose evidence files are the templates written with it", async () => {
    const ruleSet = await loadRuleSet();
    /** Answers each question with one of its choices, or a text the wizard accepts (else its default). */
    const arbitraryPrompts = (picks: number[], texts: string[], language: Language) => {
      let pick = 0;
      let text = 0;
      const choose = <T>(values: readonly T[]) => values[(picks[pick++] ?? 0) % values.length] as T;
      const adapter: PromptAdapter = {
        intro: () => {},
        text: async (q) => {
          const candidate = texts[text++] ?? "";
          // The wizard asks again until the answer is valid; the default is always valid.
          return q.validate(candidate) === undefined ? candidate : q.defaultValue;
        },
        select: async (q) => choose(q.options).value,
        multiselect: async (q) => q.options.filter(() => choose([true, false])).map((o) => o.value),
        confirm: async () => choose([true, false]),
        cancel: () => {},
        outro: () => {},
      };
      return askProfile(adapter, defaultAnswers("project", language), language);
    };
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.nat(), { minLength: 30, maxLength: 30 }),
        fc.array(
          fc.oneof(
            fc.string(),
            fc.constantFrom("", "42", "Jörg Müller-Lüdenscheidt", 'a "quoted" # name'),
          ),
          { minLength: 8, maxLength: 8 },
        ),
        fc.constantFrom<Language>("en", "de"),
        async (picks, texts, language) => {
          const answers = await arbitraryPrompts(picks, texts, language);
          if (!answers) throw new Error("the wizard was not cancelled, yet returned nothing");
          const { manifest, companions } = initFiles({
            ...answers,
            language,
            today: TODAY,
            schema: MANIFEST_SCHEMA_URL,
          });
          const written = new Set(companions.map((c) => c.path));
          const report = checkManifestText("security-manifest.yml", manifest, {
            today: TODAY,
            language,
            ruleSet,
            evidenceExists: (file) => written.has(file),
          });
          expect(report.errors).toEqual([]);
          expect(report.findings.filter((f) => f.area === "schema")).toEqual([]);
          expect(report.profile).toMatchObject({ size: answers.size, sector: answers.sector });
          // Refers to no file it did not write: the plan and, when recorded, the briefing count.
          const rules = new Set(report.findings.map((f) => f.rule));
          expect(rules.has("GV-006")).toBe(false);
          expect(rules.has("GV-002")).toBe(!answers.briefing);
        },
      ),
      { numRuns: 100 },
    );
  });
});

describe("init for scripts", () => {
  it("asks nothing when stdin is not a terminal: the bundle writes the manifest and exits", () => {
    const dir = tempDir();
    const result = spawnSync(
      process.execPath,
      [path.join(REPO_ROOT, "bin/security-manifest.js"), "init", "--today", TODAY],
      { cwd: dir, encoding: "utf8", input: "", timeout: 20_000 },
    );
    expect(result.status).toBe(0);
    expect(result.stdout).toContain("Wrote security-manifest.yml.");
    expect(result.stdout).toContain("The first three things to do:");
    expect(existsSync(path.join(dir, "security-manifest.yml"))).toBe(true);
  });

  it("never asks without a terminal, creates missing folders and takes the profile from flags", async () => {
    const dir = tempDir();
    let out = "";
    const io: CliIo = {
      stdout: (text) => {
        out += text;
      },
      stderr: () => {},
      isTty: false,
      env: {},
      cwd: dir,
      today: TODAY,
    };
    const args = [
      "init",
      "sub/dir/x.yml",
      "--lang",
      "de",
      "--staff",
      "8",
      "--topics",
      "payments,cloud",
      "--confidentiality",
      "high",
      "--lead",
      "Jana Becker",
      "--sponsor",
      "Thomas Krüger",
    ];
    expect(await main(args, io)).toBe(0);
    const text = readFileSync(path.join(dir, "sub/dir/x.yml"), "utf8");
    expect(text).toContain("size: micro");
    expect(text).toContain("topics: [payments, cloud]");
    expect(text).toContain("confidentiality: high");
    expect(text).toContain('attendees: ["Thomas Krüger"]');
    expect(existsSync(path.join(dir, "sub/dir/docs/security/incident-response.md"))).toBe(true);
    expect(
      existsSync(path.join(dir, `sub/dir/docs/security/management-briefing-${TODAY}.md`)),
    ).toBe(true);
    // A project that starts today is not told that management was not briefed "since" a year ago.
    expect(out).not.toMatch(/nicht zur Sicherheit unterwiesen|not been briefed/);
    expect(out).toMatch(/1\. .*\n {5}wie: /);
  });

  it("leaves out the briefing with --no-briefing and suggests the closest value for a typo", async () => {
    const dir = tempDir();
    const silent: CliIo = {
      stdout: () => {},
      stderr: () => {},
      isTty: false,
      env: {},
      cwd: dir,
      today: TODAY,
    };
    expect(await main(["init", "--no-briefing"], silent)).toBe(0);
    expect(readFileSync(path.join(dir, "security-manifest.yml"), "utf8")).toContain(
      "briefings: []",
    );
    expect(existsSync(path.join(dir, "docs/security", `management-briefing-${TODAY}.md`))).toBe(
      false,
    );
    let err = "";
    const io = {
      ...silent,
      stderr: (text: string) => {
        err += text;
      },
    };
    expect(await main(["init", "--stdout", "--phase", "prodcution"], io)).toBe(2);
    expect(err).toContain("did you mean production?");
  });
});
