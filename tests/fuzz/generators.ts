/**
 * Inputs for the fuzzer: valid manifests built from the schema's sections (with ids that refer to
 * each other), and the three example manifests mutated at the data and at the text level. Every
 * generated text may carry canaries (markup, autolinks, mentions, escape sequences, line breaks)
 * that the output checks look for.
 */
import fc from "fast-check";
import { parse, stringify } from "yaml";
import manifestSchema from "../../schema/manifest-v1.schema.json" with { type: "json" };
import { MARKDOWN_CANARIES } from "./output-checks.js";

type Data = Record<string, unknown>;

/** One fuzz case: a manifest text, and for pull-request cases the base and the PR's facts. */
export interface FuzzInput {
  kind: "valid" | "mutated-example" | "valid-pr" | "example-pr";
  language: "en" | "de";
  text: string;
  base?: string;
  pullRequest?: { author?: string; changedFiles: string[]; approvedBy: string[] };
  decisions?: "require-approval" | "report-only";
  /** A smaller comment limit, so the planner has to shorten. */
  limit?: number;
}

export interface Example {
  name: string;
  text: string;
}

// ---------------------------------------------------------------------------------------------
// Texts

/** Escape sequences, controls, bidi and line breaks that must never reach a terminal raw. */
export const TERMINAL_CANARIES = [
  "\u001b[2J\u001b[H",
  "\u001b]0;canarytitle\u0007",
  "\u009b31m",
  "\u202ecanarybidi\u202c",
  "\u2066canaryisolate\u2069",
  "\u200f\u061c",
  "\u0000\u0008\u007f",
  // After a letter, so a value trimmed or placed at the start of a line never starts with one.
  "q\ncanaryline",
  "q\r\ncritical 1:1 forged",
  "q\u2028canaryline",
  "q\u2029canaryline",
  "q\u0085canaryline",
  "q\u000bcanaryline\fcanaryline",
  "q\tcanarytab",
];

const WORDS = fc.constantFrom(
  "Phishing",
  "Ransomware",
  "Shop",
  "Backend",
  "Portal",
  "Zugang",
  "Kundendaten",
  "Sandra Vogel",
  "Müller & Söhne",
  "ÆØÅ aa å",
  "東京",
  "😀",
  "𝔸",
  "نص",
  "עברית",
  "x",
);

/** Free text: words, canaries, any Unicode, control characters, sometimes very long. */
export const fuzzText: fc.Arbitrary<string> = fc
  .array(
    fc.oneof(
      { weight: 6, arbitrary: WORDS },
      { weight: 3, arbitrary: fc.constantFrom(...MARKDOWN_CANARIES) },
      { weight: 3, arbitrary: fc.constantFrom(...TERMINAL_CANARIES) },
      { weight: 2, arbitrary: fc.string({ unit: "grapheme", maxLength: 12 }) },
      { weight: 1, arbitrary: fc.string({ unit: "binary", maxLength: 8 }) },
      {
        weight: 1,
        arbitrary: fc
          .tuple(
            fc.constantFrom("a", "ä", "😀", "@", "<", "|", "_www.", "\n"),
            fc.integer({ min: 100, max: 6000 }),
          )
          .map(([unit, n]) => unit.repeat(n)),
      },
    ),
    { minLength: 1, maxLength: 6 },
  )
  .map((parts) => parts.join(" "));

/** A text the schema accepts as single_line / person_name: no line break, not blank. */
const singleLine = (max = Number.POSITIVE_INFINITY) =>
  fuzzText.map((text) => {
    const line = text.replace(/[\r\n]/g, " ").trim();
    const bounded = [...(line || "x")].slice(0, max).join("").trim();
    return /\S/.test(bounded) ? bounded : "x";
  });
/** person_name / party_name: `^\S(?:.*\S)?$`, at most 200 characters (`.` excludes line breaks). */
const personName = singleLine(200).map(
  (name) => name.replace(/[\u2028\u2029\u0085]/g, " ").trim() || "x",
);

const idArb = fc
  .tuple(
    fc.constantFrom("T", "M", "C", "R", "x", "9"),
    fc.string({ unit: fc.constantFrom(..."abcXYZ019._-"), maxLength: 20 }),
    fc.constantFrom("", "_www.canary.example", ".www.canary", "-a@b"),
  )
  .map(([head, tail, canary]) => `${head}${tail}${canary}`.slice(0, 64));

const date = fc
  .tuple(
    fc.integer({ min: 2015, max: 2030 }),
    fc.integer({ min: 1, max: 12 }),
    fc.integer({ min: 1, max: 28 }),
  )
  .map(([y, m, d]) => `${y}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}`);
const money = fc.oneof(
  fc.integer({ min: 0, max: 1_000_000 }),
  fc.constantFrom(0, 1e15, 1e21, 1e300, 1e308, Number.MAX_VALUE, 0.5),
);
const login = fc.stringMatching(/^[A-Za-z0-9][A-Za-z0-9-]{0,20}$/);
const repoPath = fc.oneof(
  fc.constantFrom("docs/a.md", "docs/threat-model.md", "SECURITY.md", "sbom/x.cdx.json"),
  singleLine(80).map((text) => `docs/${text.replace(/^[/\\]+/, "")}`),
);

// ---------------------------------------------------------------------------------------------
// Valid manifests

type SchemaNode = {
  enum?: string[];
  properties?: Record<string, SchemaNode>;
  items?: SchemaNode;
  $ref?: string;
};
const SCHEMA = manifestSchema as unknown as SchemaNode & {
  definitions: Record<string, SchemaNode>;
};

/** The enum of a schema node given as a path of property names ("#name" for a definition). */
function enumOf(...route: string[]): fc.Arbitrary<string> {
  let node: SchemaNode | undefined = SCHEMA;
  for (const step of route) {
    if (step.startsWith("#")) node = SCHEMA.definitions[step.slice(1)];
    else if (step === "[]") node = node?.items;
    else node = node?.properties?.[step];
    if (node?.$ref) node = SCHEMA.definitions[node.$ref.replace("#/definitions/", "")];
  }
  const values = node?.enum;
  if (!values?.length) throw new Error(`no enum at ${route.join("/")} of the manifest schema`);
  return fc.constantFrom(...values);
}

const optional = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: undefined, freq: 3 });

/** Drops the keys whose value is undefined (YAML would write null). */
function defined(record: Record<string, unknown>): Data {
  return Object.fromEntries(Object.entries(record).filter(([, v]) => v !== undefined));
}

const protectionNeeds = fc.record({
  confidentiality: enumOf("#protection_level"),
  integrity: enumOf("#protection_level"),
  availability: enumOf("#protection_level"),
});

const training = fc
  .record({
    topic: enumOf("#training_topic"),
    date,
    provider: optional(singleLine(120)),
    evidence: optional(repoPath),
  })
  .map(defined);

/** Valid manifests: every main section, ids unique and referenced where the schema expects ids. */
export const validManifest: fc.Arbitrary<Data> = fc
  .record({
    projectName: singleLine(),
    orgName: optional(singleLine()),
    size: enumOf("organisation", "size"),
    staff: optional(fc.integer({ min: 1, max: 5000 })),
    sector: enumOf("organisation", "sector"),
    digitalisation: optional(enumOf("organisation", "digitalisation_level")),
    topics: optional(fc.uniqueArray(enumOf("organisation", "topics", "[]"), { maxLength: 5 })),
    needs: optional(protectionNeeds),
    nis2: optional(enumOf("organisation", "regulation", "nis2")),
    cra: optional(fc.boolean()),
    phase: optional(enumOf("project", "phase")),
    sponsor: optional(
      fc.record({ name: personName, github: optional(login), role: optional(singleLine(80)) }),
    ),
    team: fc.array(
      fc.record({
        name: personName,
        github: optional(login),
        role: enumOf("team", "[]", "role"),
        champion: optional(fc.boolean()),
        joined: optional(date),
        left: optional(date),
        trainings: optional(fc.array(training, { maxLength: 4 })),
      }),
      { maxLength: 8 },
    ),
    componentIds: fc.uniqueArray(idArb, { maxLength: 5 }),
    exposure: fc.array(enumOf("components", "[]", "exposure"), { minLength: 5, maxLength: 5 }),
    threatIds: fc.uniqueArray(idArb, { maxLength: 10 }),
    mitigationIds: fc.uniqueArray(idArb, { maxLength: 8 }),
    threatFields: fc.array(
      fc.record({
        title: singleLine(),
        likelihood: optional(enumOf("threat_model", "threats", "[]", "likelihood")),
        impact: optional(enumOf("threat_model", "threats", "[]", "impact")),
        treatment: optional(enumOf("threat_model", "threats", "[]", "treatment")),
        status: optional(enumOf("threat_model", "threats", "[]", "status")),
        damage: optional(money),
        attack: optional(enumOf("threat_model", "threats", "[]", "attack_type")),
        notes: optional(fuzzText.map((t) => (/\S/.test(t) ? t : "x"))),
        pick: fc.nat(),
      }),
      { minLength: 10, maxLength: 10 },
    ),
    mitigationFields: fc.array(
      fc.record({
        title: singleLine(),
        status: optional(enumOf("threat_model", "mitigations", "[]", "status")),
        due: optional(date),
        evidence: optional(repoPath),
        cost: optional(money),
      }),
      { minLength: 8, maxLength: 8 },
    ),
    modelDates: fc.record({
      created: optional(date),
      last_reviewed: optional(date),
      approved: optional(date),
    }),
    method: optional(enumOf("threat_model", "method")),
    reviews: fc.array(
      fc.record({
        kind: enumOf("reviews", "[]", "kind"),
        date,
        reviewer: optional(personName),
        independent: optional(fc.boolean()),
        report: optional(repoPath),
        findings: optional(
          fc.array(
            fc
              .record({
                id: idArb,
                severity: enumOf("reviews", "[]", "findings", "[]", "severity"),
                due: optional(date),
                status: optional(enumOf("reviews", "[]", "findings", "[]", "status")),
              })
              .map(defined),
            { maxLength: 3 },
          ),
        ),
      }),
      { maxLength: 4 },
    ),
    acceptances: fc.array(
      fc.record({
        date,
        expires: date,
        reason: optional(fuzzText.map((t) => t.trim() || "x")),
        pick: fc.nat(),
      }),
      { maxLength: 3 },
    ),
    waivers: fc.array(
      fc.record({
        rule: fc.constantFrom(
          "TM-001",
          "TM-002",
          "RV-001",
          "TR-001",
          "GV-001",
          "RK-001",
          "RK-002",
          "PR-001",
          "SCHEMA-001",
        ),
        scope: optional(singleLine(100)),
        reason: fuzzText.map((t) => (/\S/.test(t) ? t : "x")),
        expires: date,
        pick: fc.nat(),
      }),
      { maxLength: 3 },
    ),
    incident: optional(fc.record({ plan: optional(repoPath), last_exercised: optional(date) })),
    vulnerability: optional(
      fc.record({
        policy: optional(repoPath),
        contact: optional(singleLine(100)),
        sbom: optional(repoPath),
        until: optional(date),
      }),
    ),
    evaluation: optional(
      fc.record({
        last: optional(date),
        next_due: optional(date),
        evaluated_by: optional(personName),
      }),
    ),
    advisor: optional(
      fc.record({
        name: personName,
        contact: optional(singleLine(100)),
        scope: optional(fuzzText.map((t) => t.trim() || "x")),
      }),
    ),
  })
  .map((g): Data => {
    const management = [
      ...(g.sponsor ? [g.sponsor.name] : []),
      ...g.team.filter((m) => m.role === "management").map((m) => m.name),
    ];
    const decider = (pick: number) =>
      management[pick % Math.max(1, management.length)] ?? "Nobody Named";
    const mitigations = g.mitigationIds.map((id, i) => {
      const f = g.mitigationFields[i % g.mitigationFields.length];
      return defined({
        id,
        title: f?.title ?? "x",
        status: f?.status,
        due: f?.due,
        evidence: f?.evidence,
        cost_eur_per_year: f?.cost,
      });
    });
    const threats = g.threatIds.map((id, i) => {
      const f = g.threatFields[i % g.threatFields.length];
      const pick = f?.pick ?? 0;
      const chosen = g.mitigationIds.filter((_, k) => (pick >> k) & 1);
      return defined({
        id,
        title: f?.title ?? "x",
        component: g.componentIds.length ? g.componentIds[pick % g.componentIds.length] : undefined,
        attack_type: f?.attack,
        likelihood: f?.likelihood,
        impact: f?.impact,
        expected_damage_eur: f?.damage,
        treatment: f?.treatment,
        mitigations: chosen.length ? chosen : undefined,
        status: f?.status,
        notes: f?.notes,
      });
    });
    const items = [...g.threatIds, ...g.componentIds, ...g.team.map((m) => m.name)];
    return defined({
      manifest_version: 1,
      project: defined({ name: g.projectName, phase: g.phase }),
      organisation: defined({
        name: g.orgName,
        size: g.size,
        staff_count: g.staff,
        sector: g.sector,
        digitalisation_level: g.digitalisation,
        topics: g.topics,
        protection_needs: g.needs,
        regulation:
          g.nis2 || g.cra !== undefined ? defined({ nis2: g.nis2, cra_product: g.cra }) : undefined,
      }),
      management: g.sponsor ? { sponsor: defined(g.sponsor) } : undefined,
      advisor: g.advisor ? defined(g.advisor) : undefined,
      team: g.team.length
        ? g.team.map((m) =>
            defined({
              name: m.name,
              github: m.github,
              role: m.role,
              security_champion: m.champion,
              joined: m.joined,
              left: m.left,
              trainings: m.trainings,
            }),
          )
        : undefined,
      components: g.componentIds.length
        ? g.componentIds.map((id, i) => ({
            id,
            exposure: g.exposure[i % 5],
            paths: [`services/${id.replace(/[^\w.-]/g, "")}/**`],
          }))
        : undefined,
      threat_model: defined({
        method: g.method,
        ...defined(g.modelDates),
        approved_by: management.length ? management[0] : undefined,
        threats: threats.length ? threats : undefined,
        mitigations: mitigations.length ? mitigations : undefined,
      }),
      risk_acceptances:
        g.acceptances.length && g.threatIds.length
          ? g.acceptances.map((a) =>
              defined({
                threat: g.threatIds[a.pick % g.threatIds.length],
                accepted_by: decider(a.pick),
                date: a.date,
                expires: a.expires,
                reason: a.reason,
              }),
            )
          : undefined,
      reviews: g.reviews.length
        ? g.reviews.map((r) =>
            defined({ ...r, scope: g.componentIds.length ? [g.componentIds[0]] : undefined }),
          )
        : undefined,
      incident_response: g.incident ? defined(g.incident) : undefined,
      vulnerability_handling: g.vulnerability
        ? defined({
            policy: g.vulnerability.policy,
            contact: g.vulnerability.contact,
            sbom: g.vulnerability.sbom,
            security_updates_until: g.vulnerability.until,
          })
        : undefined,
      evaluation: g.evaluation ? defined(g.evaluation) : undefined,
      waivers: g.waivers.length
        ? g.waivers.map((w) =>
            defined({
              rule: w.rule,
              scope: w.scope ?? (items.length ? items[w.pick % items.length] : undefined),
              approved_by: decider(w.pick),
              reason: w.reason,
              expires: w.expires,
            }),
          )
        : undefined,
    });
  });

// ---------------------------------------------------------------------------------------------
// Mutations

type Mutation = (data: unknown, random: () => number) => unknown;

/** Every container in the data with its path, for picking a place to mutate. */
function places(data: unknown): { parent: Data | unknown[]; key: string | number }[] {
  const out: { parent: Data | unknown[]; key: string | number }[] = [];
  const walk = (value: unknown) => {
    if (Array.isArray(value)) {
      value.forEach((item, i) => {
        out.push({ parent: value, key: i });
        walk(item);
      });
    } else if (value && typeof value === "object") {
      for (const [key, item] of Object.entries(value)) {
        out.push({ parent: value as Data, key });
        walk(item);
      }
    }
  };
  walk(data);
  return out;
}

const SWAPS: unknown[] = [
  null,
  true,
  0,
  -1,
  1e308,
  Number.POSITIVE_INFINITY,
  Number.NaN,
  "",
  " ",
  [],
  {},
  [null],
  { id: "x" },
  "2026-02-30",
  "not-a-date",
  "TM-001",
  [1, 2, 3],
];

function pick<T>(list: readonly T[], random: () => number): T {
  return list[Math.floor(random() * list.length)] as T;
}

const MUTATIONS: Record<string, Mutation> = {
  delete(data, random) {
    const all = places(data);
    if (!all.length) return data;
    const { parent, key } = pick(all, random);
    if (Array.isArray(parent)) parent.splice(key as number, 1);
    else delete parent[key as string];
    return data;
  },
  typeSwap(data, random) {
    const all = places(data);
    if (!all.length) return data;
    const { parent, key } = pick(all, random);
    (parent as Record<string | number, unknown>)[key] = structuredClone(pick(SWAPS, random));
    return data;
  },
  valueSwap(data, random) {
    const all = places(data);
    if (all.length < 2) return data;
    const a = pick(all, random);
    const b = pick(all, random);
    const av = (a.parent as Record<string | number, unknown>)[a.key];
    const bv = (b.parent as Record<string | number, unknown>)[b.key];
    // Swapping a value into itself would make a cycle.
    if (contains(av, bv) || contains(bv, av)) return data;
    (a.parent as Record<string | number, unknown>)[a.key] = structuredClone(bv);
    (b.parent as Record<string | number, unknown>)[b.key] = structuredClone(av);
    return data;
  },
  longValue(data, random) {
    const all = places(data).filter(
      ({ parent, key }) => typeof (parent as Record<string | number, unknown>)[key] === "string",
    );
    if (!all.length) return data;
    const { parent, key } = pick(all, random);
    const unit = pick(["x", "ä", "😀", "@w", "<b>", "_www.", "| ", "\u202e"], random);
    (parent as Record<string | number, unknown>)[key] = unit.repeat(
      1 + Math.floor(random() * 8000),
    );
    return data;
  },
  longKey(data, random) {
    const all = places(data).filter(({ parent }) => !Array.isArray(parent));
    if (!all.length) return data;
    const { parent } = pick(all, random);
    (parent as Data)[
      `${pick(["k", "ä", "<b>", "www."], random).repeat(1 + Math.floor(random() * 3000))}`
    ] = "v";
    return data;
  },
  unicode(data, random) {
    const all = places(data).filter(
      ({ parent, key }) => typeof (parent as Record<string | number, unknown>)[key] === "string",
    );
    if (!all.length) return data;
    const { parent, key } = pick(all, random);
    const value = String((parent as Record<string | number, unknown>)[key]);
    const canary = pick([...TERMINAL_CANARIES, ...MARKDOWN_CANARIES], random);
    const at = Math.floor(random() * (value.length + 1));
    (parent as Record<string | number, unknown>)[key] =
      `${value.slice(0, at)}${canary}${value.slice(at)}`;
    return data;
  },
  duplicateEntry(data, random) {
    const lists = places(data).filter(({ parent, key }) =>
      Array.isArray((parent as Record<string | number, unknown>)[key]),
    );
    if (!lists.length) return data;
    const { parent, key } = pick(lists, random);
    const list = (parent as Record<string | number, unknown>)[key] as unknown[];
    if (list.length) list.push(structuredClone(pick(list, random)));
    return data;
  },
  manyEntries(data, random) {
    const lists = places(data).filter(({ parent, key }) =>
      Array.isArray((parent as Record<string | number, unknown>)[key]),
    );
    if (!lists.length) return data;
    const { parent, key } = pick(lists, random);
    const list = (parent as Record<string | number, unknown>)[key] as unknown[];
    // Up to 300 more entries, but no more than about a megabyte of them.
    const size = JSON.stringify(list[0] ?? null).length + 1;
    const n = Math.min(Math.floor(random() * 300), Math.floor(1_000_000 / size));
    for (let i = 0; list.length && i < n; i++) {
      const copy = structuredClone(pick(list, random));
      if (copy && typeof copy === "object" && "id" in copy)
        (copy as Data).id = `${String((copy as Data).id)}-${i}`;
      list.push(copy);
    }
    return data;
  },
};
MUTATIONS.renameKey = (data, random) => {
  const all = places(data).filter(({ parent }) => !Array.isArray(parent));
  if (!all.length) return data;
  const { parent, key } = pick(all, random);
  const value = (parent as Data)[key as string];
  delete (parent as Data)[key as string];
  (parent as Data)[`${String(key)}${pick(["s", "_", "\u202e", " ", "X"], random)}`] = value;
  return data;
};

function contains(outer: unknown, inner: unknown): boolean {
  if (outer === inner && outer !== null && typeof outer === "object") return true;
  if (!outer || typeof outer !== "object") return false;
  return Object.values(outer).some((value) => contains(value, inner));
}

/** Raw C1 controls, DEL and separators escaped, so YAML can hold them (in double-quoted scalars). */
function yamlText(data: unknown, quoted: boolean): string {
  if (!quoted) return stringify(data, { lineWidth: 0 });
  return stringify(data, {
    defaultStringType: "QUOTE_DOUBLE",
    defaultKeyType: "QUOTE_DOUBLE",
    lineWidth: 0,
  }).replace(
    /[\u007f-\u009f\u2028\u2029\ufeff]/g,
    (c) => `\\u${(c.codePointAt(0) ?? 0).toString(16).padStart(4, "0")}`,
  );
}

type TextMutation = (text: string, random: () => number) => string;

const TEXT_MUTATIONS: Record<string, TextMutation> = {
  truncate: (text, random) => text.slice(0, Math.floor(random() * text.length)),
  insert: (text, random) => {
    const at = Math.floor(random() * text.length);
    const bit = pick(
      [
        "\u0000",
        "\t",
        ":",
        "- ",
        "{",
        "[",
        '"',
        "'",
        "&a ",
        "*a",
        "!!binary ",
        "? ",
        "\u202e",
        "\u00a0",
        "\ufeff",
        "%YAML 1.2\n",
        "---\n",
        "...\n",
        "#",
        "\\",
      ],
      random,
    );
    return `${text.slice(0, at)}${bit}${text.slice(at)}`;
  },
  duplicateSection: (text, random) => {
    const sections = [...text.matchAll(/^[a-z_]+:(?:\n(?:[ #].*|))*$/gm)].map((m) => m[0]);
    if (!sections.length) return text;
    return `${text}\n${pick(sections, random)}\n`;
  },
  anchorAlias: (text, random) => {
    // Anchor a block at a top-level key and use it elsewhere (the loader bounds alias expansion).
    const keys = [...text.matchAll(/^([a-z_]+):\s*$/gm)].map((m) => m[1] ?? "");
    if (keys.length < 2) return text;
    const from = pick(keys, random);
    const to = pick(keys, random);
    return text
      .replace(new RegExp(`^${from}:\\s*$`, "m"), `${from}: &fuzz`)
      .replace(new RegExp(`^${to}:\\s*$`, "m"), (line) =>
        to === from ? line : `${to}: *fuzz\n${to}_old:`,
      );
  },
  aliasBomb: (text) =>
    `${text}\nbomb0: &b0 [x, x, x, x, x, x, x, x, x]\nbomb1: &b1 [*b0, *b0, *b0, *b0, *b0, *b0, *b0, *b0, *b0]\nbomb2: &b2 [*b1, *b1, *b1, *b1, *b1, *b1, *b1, *b1, *b1]\nbomb3: [*b2, *b2, *b2, *b2, *b2, *b2, *b2, *b2, *b2]\n`,
  deleteLine: (text, random) => {
    const lines = text.split("\n");
    lines.splice(Math.floor(random() * lines.length), 1);
    return lines.join("\n");
  },
  swapLines: (text, random) => {
    const lines = text.split("\n");
    const a = Math.floor(random() * lines.length);
    const b = Math.floor(random() * lines.length);
    [lines[a], lines[b]] = [lines[b] ?? "", lines[a] ?? ""];
    return lines.join("\n");
  },
  crlf: (text) => text.replace(/\n/g, "\r\n"),
  bom: (text) => `\ufeff${text}`,
};

/** A seeded random in [0, 1) for the mutations (fast-check gives the seed: shrinkable, replayable). */
function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A manifest's data with `count` data mutations, written as YAML, then `textCount` text ones. */
function mutate(
  data: unknown,
  seed: number,
  count: number,
  textCount: number,
  quoted: boolean,
): string {
  const random = mulberry32(seed);
  let value = structuredClone(data);
  const names = Object.keys(MUTATIONS);
  for (let i = 0; i < count; i++)
    value = (MUTATIONS[pick(names, random)] as Mutation)(value, random);
  let text = yamlText(value, quoted);
  const textNames = Object.keys(TEXT_MUTATIONS);
  for (let i = 0; i < textCount; i++)
    text = (TEXT_MUTATIONS[pick(textNames, random)] as TextMutation)(text, random);
  return text;
}

const prFacts = (data: unknown) => {
  const logins = places(data)
    .filter(({ key }) => key === "github")
    .map(({ parent, key }) => String((parent as Record<string | number, unknown>)[key]));
  return fc.record({
    author: fc.option(fc.oneof(fc.constantFrom(...(logins.length ? logins : ["someone"])), login), {
      nil: undefined,
    }),
    changedFiles: fc.array(
      fc.constantFrom(
        "services/a/x.ts",
        "web/dispatch/app.js",
        "theme/x.css",
        "security-manifest.yml",
        "rules/x.yml",
        "firmware/gateway/main.c",
      ),
      { maxLength: 4 },
    ),
    approvedBy: fc.array(
      fc.oneof(fc.constantFrom(...(logins.length ? logins : ["someone"])), login),
      { maxLength: 2 },
    ),
  });
};

/** Every kind of case; `examples` are the three example manifests (text). */
export function fuzzInput(examples: readonly Example[]): fc.Arbitrary<FuzzInput> {
  const parsed = examples.map((example) => ({ ...example, data: parse(example.text) as unknown }));
  const language = fc.constantFrom("en" as const, "de" as const);
  const limit = fc.option(fc.integer({ min: 200, max: 30_000 }), { nil: undefined, freq: 2 });
  const mutation = fc.record({
    seed: fc.integer(),
    count: fc.integer({ min: 0, max: 6 }),
    textCount: fc.oneof(
      { weight: 3, arbitrary: fc.constant(0) },
      { weight: 1, arbitrary: fc.integer({ min: 1, max: 3 }) },
    ),
    quoted: fc.boolean(),
  });
  const valid = fc.record({ data: validManifest, quoted: fc.boolean(), language, limit }).map(
    ({ data, quoted, language, limit }): FuzzInput => ({
      kind: "valid",
      language,
      text: yamlText(data, quoted),
      ...(limit ? { limit } : {}),
    }),
  );
  const mutatedExample = fc
    .record({ example: fc.constantFrom(...parsed), mutation, language, limit })
    .map(
      ({ example, mutation: m, language, limit }): FuzzInput => ({
        kind: "mutated-example",
        language,
        text:
          m.count + m.textCount === 0
            ? example.text
            : mutate(example.data, m.seed, Math.max(1, m.count), m.textCount, m.quoted),
        ...(limit ? { limit } : {}),
      }),
    );
  const validPr = fc
    .record({
      data: validManifest,
      mutation,
      language,
      decisions: fc.constantFrom("require-approval" as const, "report-only" as const),
      quoted: fc.boolean(),
    })
    .chain((g) => prFacts(g.data).map((pullRequest) => ({ ...g, pullRequest })))
    .map(
      (g): FuzzInput => ({
        kind: "valid-pr",
        language: g.language,
        base: yamlText(g.data, g.quoted),
        text: mutate(g.data, g.mutation.seed, Math.max(1, g.mutation.count), 0, g.mutation.quoted),
        pullRequest: g.pullRequest,
        decisions: g.decisions,
      }),
    );
  const examplePr = fc
    .record({
      example: fc.constantFrom(...parsed),
      mutation,
      language,
      decisions: fc.constantFrom("require-approval" as const, "report-only" as const),
    })
    .chain((g) => prFacts(g.example.data).map((pullRequest) => ({ ...g, pullRequest })))
    .map(
      (g): FuzzInput => ({
        kind: "example-pr",
        language: g.language,
        base: g.example.text,
        text: mutate(
          g.example.data,
          g.mutation.seed,
          Math.max(1, g.mutation.count),
          g.mutation.textCount,
          g.mutation.quoted,
        ),
        pullRequest: g.pullRequest,
        decisions: g.decisions,
      }),
    );
  return fc.oneof(
    { weight: 3, arbitrary: valid },
    { weight: 4, arbitrary: mutatedExample },
    { weight: 2, arbitrary: validPr },
    { weight: 2, arbitrary: examplePr },
  );
}

/** The case `index` of a run with `seed`: the same pair always gives the same input. */
export function caseAt(arbitrary: fc.Arbitrary<FuzzInput>, seed: number, index: number): FuzzInput {
  const mixed = (Math.imul(seed ^ 0x9e3779b9, 0x85ebca6b) ^ Math.imul(index + 1, 0xc2b2ae35)) | 0;
  const [input] = fc.sample(arbitrary, { seed: mixed, numRuns: 1 });
  if (!input) throw new Error("fast-check gave no sample");
  return input;
}
