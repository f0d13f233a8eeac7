// The performance work changed how results are computed, never what they are: each optimised
// piece is held against a plain reference implementation (or its own earlier behaviour) here.
// No timings: correctness only (docs/performance.md has the figures).
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { isMap, isScalar, LineCounter, type Node, parseDocument } from "yaml";
import { fill } from "../../src/i18n/language.js";
import { evidenceInRepository } from "../../src/manifest/evidence-files.js";
import { daysBetween, isIsoDate } from "../../src/manifest/iso-date.js";
import { parseManifestText } from "../../src/manifest/load-manifest.js";
import { indexPositions, readDocument } from "../../src/manifest/position-index.js";
import { pathToPointer, pointerToPath } from "../../src/manifest/yaml-source.js";
import { CheckCompiler, loadCheckRuntime } from "../../src/rules/check-compiler.js";
import { CHECK_KEYWORDS, evidenceExists } from "../../src/rules/check-keywords.js";
import { template } from "../../src/rules/evaluate-rules.js";
import type { EvaluationContext } from "../../src/rules/evaluation-context.js";
import { profileFacts } from "../../src/rules/profile.js";
import { type SelectedItem, selectItems } from "../../src/rules/select-items.js";
import { REPO_ROOT } from "../fixtures/fixtures.js";

/**
 * selectItems as it was (the parent looked up again by value in the frontier: quadratic), the
 * reference for data without shared objects; with shared objects it answered for the first.
 */
function referenceSelect(root: unknown, pattern: string): SelectedItem[] {
  let frontier: { path: (string | number)[]; value: unknown; parent?: unknown }[] = [
    { path: [], value: root },
  ];
  for (const step of pointerToPath(pattern)) {
    const next: typeof frontier = [];
    for (const { path: at, value } of frontier) {
      if (step === "*") {
        if (!Array.isArray(value)) continue;
        value.forEach((element, index) => {
          next.push({ path: [...at, index], value: element, parent: element });
        });
      } else if (value && typeof value === "object" && Object.hasOwn(value, step)) {
        const parent = frontier.find((f) => f.value === value)?.parent;
        next.push({ path: [...at, step], value: (value as Record<string, unknown>)[step], parent });
      }
    }
    frontier = next;
  }
  return frontier.flatMap(({ path: at, value, parent }) =>
    Array.isArray(value)
      ? value.map((element, index) => ({
          pointer: pathToPointer([...at, index]),
          value: element,
          parent,
        }))
      : [],
  );
}

describe("selectItems (one pass, parents carried along)", () => {
  const key = fc.constantFrom("team", "trainings", "a/b", "x~y", "0", "reviews", "findings");
  const value = fc.letrec((tie) => ({
    node: fc.oneof(
      { depthSize: "small" },
      fc.string({ maxLength: 3 }),
      fc.integer(),
      fc.array(tie("node"), { maxLength: 4 }),
      fc.dictionary(key, tie("node"), { maxKeys: 4 }),
    ),
  })).node;
  const pattern = fc
    .array(fc.oneof(key, fc.constant("*")), { minLength: 1, maxLength: 4 })
    .map((steps) => pathToPointer(steps));

  it("selects what the earlier version selects, with the same pointers and parents", () => {
    fc.assert(
      fc.property(value, pattern, (root, pointer) => {
        expect(selectItems(root, pointer)).toEqual(referenceSelect(root, pointer));
      }),
      { numRuns: 500 },
    );
  });

  it("gives each item the element it came from as parent, also when lists share objects", () => {
    // The same object twice (a YAML alias): the first lookup used to answer for both.
    const shared = { trainings: [{ topic: "phishing" }] };
    const first = { name: "A", ...shared };
    const second = { name: "B", trainings: shared.trainings };
    const items = selectItems({ team: [first, second] }, "/team/*/trainings");
    expect(items.map((item) => (item.parent as { name: string }).name)).toEqual(["A", "B"]);
    expect(items.map((item) => item.pointer)).toEqual([
      "/team/0/trainings/0",
      "/team/1/trainings/0",
    ]);
  });

  it("selects 50,000 members' trainings (the wide team)", () => {
    const team = Array.from({ length: 50_000 }, (_, i) => ({
      name: `P${i}`,
      trainings: [{ topic: "security-awareness", date: "2026-06-16" }],
    }));
    const items = selectItems({ team }, "/team/*/trainings");
    expect(items).toHaveLength(50_000);
    expect(items[49_999]).toMatchObject({
      pointer: "/team/49999/trainings/0",
      parent: team[49_999],
    });
  });
});

describe("evidence answers are remembered for one run", () => {
  it("asks the file system once per path; a new run asks again", () => {
    const repo = mkdtempSync(path.join(tmpdir(), "sm-evidence-cache-"));
    try {
      mkdirSync(path.join(repo, "docs"));
      writeFileSync(path.join(repo, "docs/list.md"), "attendance");
      const run = evidenceInRepository(repo);
      expect(run("docs/list.md")).toBe(true);
      rmSync(path.join(repo, "docs/list.md"));
      // Same run: the answer stands (the repository does not change during a check).
      expect(run("docs/list.md")).toBe(true);
      expect(evidenceInRepository(repo)("docs/list.md")).toBe(false);
    } finally {
      rmSync(repo, { recursive: true, force: true });
    }
  });

  it("resolves the root at the first question, not when the function is made", () => {
    const base = mkdtempSync(path.join(tmpdir(), "sm-evidence-root-"));
    try {
      const repo = path.join(base, "repo");
      const run = evidenceInRepository(repo);
      mkdirSync(path.join(repo, "docs"), { recursive: true });
      writeFileSync(path.join(repo, "docs/plan.md"), "plan");
      expect(run("docs/plan.md")).toBe(true);
      expect(run("../outside.md")).toBe(false);
    } finally {
      rmSync(base, { recursive: true, force: true });
    }
  });

  it("the evidenceExists keyword asks the run's function once per value", () => {
    const asked: string[] = [];
    const context = {
      evidenceExists: (file: string) => {
        asked.push(file);
        return file === "docs/a.md";
      },
    } as unknown as EvaluationContext;
    const values = ["docs/a.md", "docs/b.md", "docs/a.md", "https://lms.example/1", "../x", ""];
    const answers = [...values, ...values].map((value) => evidenceExists(value, context));
    expect(answers).toEqual([
      true,
      false,
      true,
      true,
      false,
      false,
      true,
      false,
      true,
      true,
      false,
      false,
    ]);
    expect(asked).toEqual(["docs/a.md", "docs/b.md"]);
  });
});

describe("date keywords (day numbers remembered)", () => {
  type Holds = (spec: unknown, data: unknown, parent: unknown, context: unknown) => boolean;
  const holds = (keyword: string, spec: unknown, data: unknown, today: string) => {
    const definition = CHECK_KEYWORDS[keyword];
    if (!definition) throw new Error(`no keyword ${keyword}`);
    return (definition.holds as Holds)(spec, data, undefined, { today });
  };
  const date = fc.oneof(
    fc
      .date({ min: new Date("1990-01-01"), max: new Date("2060-12-31"), noInvalidDate: true })
      .map((d) => d.toISOString().slice(0, 10)),
    fc.constantFrom("2026-02-29", "2024-02-29", "2026-13-01", "26-01-01", "", "2026-1-1"),
    fc.integer(),
  );
  const today = fc
    .date({ min: new Date("2000-01-01"), max: new Date("2050-12-31"), noInvalidDate: true })
    .map((d) => d.toISOString().slice(0, 10));
  const days = fc.integer({ min: -800, max: 800 });

  it("answer as the plain date arithmetic does", () => {
    fc.assert(
      fc.property(date, today, days, (data, now, n) => {
        const valid = isIsoDate(data);
        expect(holds("maxAgeDays", n, data, now)).toBe(valid && daysBetween(data, now) <= n);
        expect(holds("minDaysAhead", n, data, now)).toBe(valid && daysBetween(now, data) >= n);
        expect(holds("notInFuture", true, data, now)).toBe(valid && daysBetween(data, now) >= 0);
        expect(holds("notPast", true, data, now)).toBe(valid && daysBetween(now, data) >= 0);
        expect(holds("notPast", false, data, now)).toBe(true);
      }),
      { numRuns: 2000 },
    );
  });
});

describe("templates parsed once", () => {
  const text = fc.stringMatching(/^[a-z{}_ 0-9A-Z→]*$/, { maxLength: 40 });
  const values = fc.dictionary(
    fc.constantFrom("name", "role", "date", "label", "_x", "A1", "__proto__", "since"),
    fc.oneof(fc.string({ maxLength: 5 }), fc.integer(), fc.boolean(), fc.constant(undefined)),
    { maxKeys: 5 },
  );

  it("fill the same text as fill() on the merged values", () => {
    fc.assert(
      fc.property(text, values, values, (template_, own, shared) => {
        const merged = { ...shared, ...own };
        expect(template(template_)(own, shared)).toBe(fill(template_, merged));
      }),
      { numRuns: 2000 },
    );
  });

  it("keep unknown and undefined placeholders visible", () => {
    expect(
      template("{name} ({role}), {missing} {x}")({ name: "Ana", x: undefined }, { role: "admin" }),
    ).toBe("Ana (admin), {missing} {x}");
  });
});

describe("the check compiler", () => {
  const manifest = { team: [{ name: "Ana" }] };
  const context: EvaluationContext = {
    today: "2026-11-26",
    manifest,
    profile: profileFacts(manifest),
    evidenceExists: () => false,
    ruleIds: new Set(),
  };

  it("compiles a check once, found again by object and by JSON", async () => {
    await loadCheckRuntime();
    const compiler = new CheckCompiler();
    const schema = { required: ["name"] };
    const first = compiler.validatorFor(schema);
    expect(compiler.validatorFor(schema)).toBe(first);
    expect(compiler.validatorFor({ required: ["name"] })).toBe(first);
    expect(compiler.validatorFor({ required: ["role"] })).not.toBe(first);
  });

  it("a bound check answers like the context-taking one", () => {
    const compiler = new CheckCompiler();
    const schema = { required: ["name"], properties: { name: { const: "Ana" } } };
    const bound = compiler.bind(schema, context);
    const unbound = compiler.compile(schema);
    for (const data of [{ name: "Ana" }, { name: "Bo" }, {}, null, "x"])
      expect(bound(data)).toBe(unbound.call(context, data));
  });
});

/**
 * positionOf as it was: for the path and then each shorter prefix, the node through yaml's
 * getIn, and for a mapping value its key (two walks from the root per prefix).
 */
function referencePositions(text: string): (pointer: string) => { line: number; column: number } {
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines });
  const nodeAt = (at: (string | number)[]): Node | undefined => {
    if (at.length === 0) return (doc.contents as Node | null) ?? undefined;
    const node = doc.getIn(at, true);
    return node && typeof node === "object" && "range" in node ? (node as Node) : undefined;
  };
  return (pointer) => {
    const path = pointerToPath(pointer);
    for (let depth = path.length; depth >= 0; depth--) {
      const node = nodeAt(path.slice(0, depth));
      if (!node?.range) continue;
      let key: Node | undefined;
      const parent = depth > 0 ? nodeAt(path.slice(0, depth - 1)) : undefined;
      if (isMap(parent)) {
        const pair = parent.items.find(
          (item) => isScalar(item.key) && String(item.key.value) === String(path[depth - 1]),
        );
        key = pair && isScalar(pair.key) ? pair.key : undefined;
      }
      const { line, col } = lines.linePos((key ?? node).range?.[0] ?? 0);
      return { line, column: col };
    }
    return { line: 1, column: 1 };
  };
}

/** Every pointer into the data, and for each a sibling and a child that do not exist. */
function pointersOf(value: unknown, at = ""): string[] {
  const out = [at, `${at}/missing`, `${at}/0`];
  if (value && typeof value === "object") {
    for (const [key, child] of Object.entries(value))
      out.push(...pointersOf(child, `${at}/${key.replace(/~/g, "~0").replace(/\//g, "~1")}`));
  }
  return out;
}

/** Same values, same own keys in the same order, same prototypes, all the way down. */
function expectSameData(actual: unknown, expected: unknown, at = ""): void {
  if (expected === null || typeof expected !== "object") {
    expect(actual, at).toBe(expected);
    return;
  }
  expect(Object.getPrototypeOf(actual), at).toBe(Object.getPrototypeOf(expected));
  expect(Reflect.ownKeys(actual as object), at).toEqual(Reflect.ownKeys(expected));
  for (const key of Reflect.ownKeys(expected)) {
    const described = Object.getOwnPropertyDescriptor(expected, key);
    expect(Object.getOwnPropertyDescriptor(actual, key)?.enumerable, at).toBe(
      described?.enumerable,
    );
    expectSameData(
      (actual as Record<string | symbol, unknown>)[key],
      (expected as Record<string | symbol, unknown>)[key],
      `${at}/${String(key)}`,
    );
  }
}

/** Every YAML file of the repository (examples, rule packs, fixtures), for one-walk reading. */
function yamlFilesOf(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(folder, entry.name);
    if (entry.isDirectory()) return entry.name === "node_modules" ? [] : yamlFilesOf(full);
    return /\.ya?ml$/.test(entry.name) ? [full] : [];
  });
}

describe("data and positions in one walk (readDocument)", () => {
  const parse = (text: string) =>
    parseDocument(text, { uniqueKeys: true, version: "1.2", schema: "core", logLevel: "error" });

  it("gives yaml's toJS data for every YAML file of the repository", () => {
    const files = ["examples", "rules", "tests"].flatMap((f) =>
      yamlFilesOf(path.join(REPO_ROOT, f)),
    );
    expect(files.length).toBeGreaterThan(15);
    let read = 0;
    for (const file of files) {
      const doc = parse(readFileSync(file, "utf8"));
      if (doc.errors.length > 0) continue;
      const result = readDocument(doc);
      if (!("data" in result)) continue;
      expectSameData(result.data, doc.toJS(), file);
      expect(result.index).toEqual(indexPositions(doc));
      read++;
    }
    expect(read).toBeGreaterThan(15);
  });

  it.each([
    [
      "inherited names as keys",
      "__proto__: {polluted: 1}\nconstructor: 2\ntoString: x\nhasOwnProperty: []\n",
    ],
    ["null, number and boolean keys", "~: a\n1: b\n'1x': c\ntrue: d\n2.5: e\n0x1f: f\n"],
    ["empty values and items", "a:\nb: [~, null, '']\nc:\n  -\n  - {}\n  - []\n"],
    ["flow pairs inside a list", "a: [x: 1, y]\nb: {c: [d, {e: f}]}\n"],
    [
      "strings that look like other things",
      "a: '2026-01-01'\nb: 2026-01-01\nc: 1e20\nd: .inf\ne: -.nan\n",
    ],
    ["block scalars", "a: |\n  line one\n  line two\nb: >-\n  folded\n  text\n"],
  ])("gives yaml's toJS data for %s", (_what, text) => {
    const doc = parse(text);
    const result = readDocument(doc);
    expect("data" in result).toBe(true);
    expectSameData(result.data, doc.toJS());
    expect(result.index).toEqual(indexPositions(doc));
  });

  it.each([
    ["an alias", "a: &x [1]\nb: *x\n"],
    ["a key that is a list", "? [a, b]\n: c\n"],
  ])("leaves the data to yaml for %s", (_what, text) => {
    const result = readDocument(parse(text));
    expect("data" in result).toBe(false);
  });
});

describe("positions of pointers (one walk down the document)", () => {
  it("are the ones the two-walks-per-prefix version gave, for every value of every example", () => {
    const examples = ["remote-maintenance-portal", "crafts-webshop", "logistics-nis2"];
    let compared = 0;
    for (const name of examples) {
      const file = path.join(REPO_ROOT, "examples", name, "security-manifest.yml");
      const text = readFileSync(file, "utf8");
      const source = parseManifestText(file, text);
      const reference = referencePositions(text);
      for (const pointer of pointersOf(source.data)) {
        expect(source.positionOf(pointer), pointer).toEqual(reference(pointer));
        compared++;
      }
    }
    expect(compared).toBeGreaterThan(1000);
  });

  it("are the same from the position index on aliases, empty values, null items and odd keys", () => {
    const text = [
      "manifest_version: 1",
      "base: &b {x: 1, y: [a, b]}",
      "copy: *b",
      "empty:",
      "list:",
      "  -",
      "  - &item {k: v}",
      "  - *item",
      "  - [1, [2, 3]]",
      '"quoted key": {inner: ~}',
      "? [complex, key]",
      ": value",
      "after: {z: {deep: {deeper: 1}}}",
      "",
    ].join("\n");
    const source = parseManifestText("t.yml", text);
    const reference = referencePositions(text);
    const extra = ["/copy/x", "/list/1/k", "/list/2/k", "/list/3/1/0", "/list/9", "/empty/a"];
    for (const pointer of [...pointersOf(source.data), ...extra])
      expect(source.positionOf(pointer), pointer).toEqual(reference(pointer));
  });

  it("find a key of a mapping at its own place, and fall back to the mapping without it", () => {
    const text = "manifest_version: 1\nteam:\n  - name: Ana\n    rolle: dev\n    empty:\n";
    const source = parseManifestText("t.yml", text);
    expect(source.positionOfKey("/team/0", "rolle")).toEqual({ line: 4, column: 5 });
    expect(source.positionOfKey("/team/0", "empty")).toEqual({ line: 5, column: 5 });
    expect(source.positionOfKey("/team/0", "nope")).toEqual({ line: 3, column: 5 });
    expect(source.positionOfKey("/team/7", "name")).toEqual({ line: 2, column: 1 });
    expect(source.topLevelScalarSource("manifest_version")).toBe("1");
  });

  it("point at the key of a mapping value, at the item of a list, at the root for nothing", () => {
    const text = 'a:\n  b: [x, {c: 1}]\n"d/e": 2\n';
    const source = parseManifestText("t.yml", `manifest_version: 1\n${text}`);
    expect(source.positionOf("/a/b")).toEqual({ line: 3, column: 3 });
    expect(source.positionOf("/a/b/1/c")).toEqual({ line: 3, column: 11 });
    expect(source.positionOf("/a/b/7")).toEqual({ line: 3, column: 3 });
    expect(source.positionOf("/d~1e")).toEqual({ line: 4, column: 1 });
    expect(source.positionOf("")).toEqual({ line: 1, column: 1 });
  });
});
