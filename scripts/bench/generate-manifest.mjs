// Generates realistic security manifests of any size, with the evidence files they name, for the
// benchmark (scripts/bench.mjs) and the performance tests (tests/performance/). Deterministic:
// the same size and seed give the same bytes. Every generated manifest is valid against
// schema/manifest-v1.schema.json and its cross-references hold (threats → components and
// mitigations, risk acceptances → threats, reviews' scope → components, owners → team). A few
// percent of the items carry the gaps real manifests have (an old training, a missing evidence
// entry, an evidence file that was moved), so the report has something to render.
//
//   node scripts/bench/generate-manifest.mjs large-company /tmp/large   # writes a workspace
//   node scripts/bench/generate-manifest.mjs 10x - > manifest.yml       # the manifest only
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

/** The evaluation date the generated dates are relative to (the benchmark passes it as --today). */
export const TODAY = "2026-11-26";

/**
 * The sizes the benchmark measures. 1× is a typical manifest: the shape of
 * examples/remote-maintenance-portal (6 people, 4 components, 9 threats, 11 mitigations,
 * 4 reviews, about 15 KB). 10× and 100× scale every list and keep the profile, so the same
 * rules apply at each step and growth per 10× measures the engine, not a different rule set.
 */
export const SIZES = {
  "1x": { kind: "scaled", scale: 1 },
  "10x": { kind: "scaled", scale: 10 },
  "100x": { kind: "scaled", scale: 100 },
  "large-company": { kind: "large-company" },
  "wide-team": { kind: "wide-team", members: 50_000 },
};

/** A small, fast, seeded PRNG (mulberry32): the generator's only source of variety. */
function random(seed) {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    int: (min, max) => min + Math.floor(next() * (max - min + 1)),
    pick: (list) => list[Math.floor(next() * list.length)],
    chance: (p) => next() < p,
  };
}

const FIRST = [
  "Anna",
  "Ben",
  "Clara",
  "David",
  "Elif",
  "Finn",
  "Greta",
  "Hannes",
  "Ida",
  "Jonas",
  "Katrin",
  "Lukas",
  "Mara",
  "Niklas",
  "Olga",
  "Paul",
  "Quirin",
  "Rosa",
  "Sven",
  "Tanja",
  "Uwe",
  "Vera",
  "Wiebke",
  "Xaver",
  "Yusuf",
  "Zoe",
  "Andreas",
  "Birgit",
  "Carsten",
  "Dilara",
  "Emil",
  "Frieda",
  "Georg",
  "Heike",
  "Ilias",
  "Jana",
  "Kai",
  "Lena",
  "Malte",
  "Nora",
  "Ole",
  "Petra",
  "Ralf",
  "Sabine",
  "Timo",
  "Ulla",
  "Volker",
  "Wanda",
  "Aylin",
  "Bastian",
  "Carla",
  "Dennis",
  "Eva",
  "Florian",
  "Gül",
  "Henrik",
  "Inga",
  "Jörg",
  "Karla",
  "Leon",
];
const LAST = [
  "Meier",
  "Wagner",
  "Demir",
  "Richter",
  "Hoffmann",
  "Lange",
  "Schmidt",
  "Becker",
  "Krüger",
  "Wolf",
  "Neumann",
  "Schwarz",
  "Zimmermann",
  "Braun",
  "Hartmann",
  "Koch",
  "Schulz",
  "Keller",
  "Vogel",
  "Jäger",
  "Peters",
  "Möller",
  "Engel",
  "Krause",
  "Petersen",
  "Yilmaz",
  "Kaya",
  "Nowak",
  "Schröder",
  "Fischer",
  "Weber",
  "Schneider",
  "Bauer",
  "Klein",
  "Schäfer",
  "Werner",
  "Lehmann",
  "Köhler",
  "Herrmann",
  "König",
  "Walter",
  "Mayer",
  "Huber",
  "Kaiser",
  "Fuchs",
  "Lang",
  "Scholz",
  "Haas",
  "Sommer",
  "Graf",
  "Dietrich",
  "Brandt",
  "Ludwig",
  "Kuhn",
  "Busch",
  "Horn",
  "Bergmann",
  "Pohl",
  "Voigt",
  "Sauer",
  "Arnold",
  "Roth",
  "Frank",
  "Beck",
  "Lorenz",
  "Baumann",
  "Franke",
  "Albrecht",
  "Schuster",
  "Simon",
  "Böhm",
  "Winter",
  "Kraus",
  "Martin",
  "Schumacher",
  "Vogt",
  "Stein",
  "Jung",
  "Otto",
  "Friedrich",
  "Seidel",
  "Heinrich",
];

const ASCII = { ä: "ae", ö: "oe", ü: "ue", ß: "ss", Ä: "Ae", Ö: "Oe", Ü: "Ue" };
const login = (text) =>
  text
    .replace(/[äöüßÄÖÜ]/g, (c) => ASCII[c])
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "");

/** The i-th distinct person's name: first × last, then a middle initial per round. */
function personName(index) {
  const first = FIRST[index % FIRST.length];
  const rest = Math.floor(index / FIRST.length);
  const last = LAST[rest % LAST.length];
  const round = Math.floor(rest / LAST.length);
  if (round === 0) return `${first} ${last}`;
  // 26 letters, then numbered initials: unique for any team size the benchmark uses.
  const initial = String.fromCharCode(65 + ((round - 1) % 26));
  const lap = Math.floor((round - 1) / 26);
  return `${first} ${initial}.${lap > 0 ? lap : ""} ${last}`;
}

const DAY_MS = 86_400_000;
const TODAY_DAY = Date.parse(`${TODAY}T00:00:00Z`) / DAY_MS;
/** The ISO date `days` before TODAY (negative: after). */
const daysAgo = (days) => new Date((TODAY_DAY - days) * DAY_MS).toISOString().slice(0, 10);

/** A YAML scalar: plain where that is safe and stays a string, else double-quoted. */
function q(text) {
  return /^[A-Za-zÄÖÜäöü][\wÄÖÜäöüß .,()/&+-]*$/.test(text) &&
    !/^(true|false|null|yes|no|on|off|~)$/i.test(text) &&
    !/[\s]$/.test(text)
    ? text
    : JSON.stringify(text);
}
const list = (items) => `[${items.map(q).join(", ")}]`;

/** Role shares of a software-making company: 2.7 trainings per person on average. */
const ROLES = [
  ["developer", 0.42],
  ["admin", 0.07],
  ["product", 0.37],
  ["external", 0.1],
  ["management", 0.04],
];

/** Trainings a role needs (TR-001 … TR-006), besides awareness and phishing for everyone. */
const ROLE_TRAINING = {
  developer: ["secure-coding"],
  external: ["secure-coding"],
  admin: ["admin-security"],
  management: ["management-security"],
  product: [],
};

const CAMPAIGN_PROVIDERS = {
  "security-awareness": "internal (advisor material)",
  phishing: "phishing simulation",
  "secure-coding": "OWASP Top 10 workshop",
  "admin-security": "Linux hardening and VPN operation (vendor course)",
  "management-security": "advisor briefing for management",
  "incident-response": "tabletop exercise",
};

/**
 * Training campaigns: one evidence file per topic and quarter (an attendance list), so a large
 * team shares a few dozen evidence files, as a real company's does.
 */
function campaignEvidence(topic, date) {
  return `docs/security/training/${date.slice(0, 7)}-${topic}-attendance-list.md`;
}

class Workspace {
  constructor() {
    /** Evidence files the manifest names and that exist (relative to the repository root). */
    this.files = new Set();
  }
  evidence(file) {
    this.files.add(file);
    return file;
  }
}

const DEPARTMENTS = [
  "Service engineering",
  "Platform team",
  "Customer portal team",
  "IT operations",
  "Product management",
  "Firmware team",
  "Data and analytics",
];
const SITES = ["Bremen", "Hamburg", "Oldenburg", "Hannover", "remote"];

/** A team member in full: role, login, joined, trainings with evidence; now and then a gap. */
function member(rng, index, ws, options) {
  const name = personName(index);
  let role = options.role ?? "developer";
  if (!options.role) {
    let roll = rng.next();
    for (const [candidate, share] of ROLES) {
      role = candidate;
      roll -= share;
      if (roll < 0) break;
    }
  }
  const lines = [
    `  # ${DEPARTMENTS[index % DEPARTMENTS.length]}, ${SITES[Math.floor(index / 7) % SITES.length]}`,
    `  - name: ${q(name)}`,
  ];
  if (role !== "external" || rng.chance(0.6)) lines.push(`    github: ${login(name)}-${index}`);
  lines.push(`    role: ${role}`);
  if (options.champion) lines.push("    security_champion: true");
  const newJoiner = rng.chance(0.02);
  lines.push(`    joined: ${daysAgo(newJoiner ? rng.int(5, 80) : rng.int(200, 6000))}`);
  if (rng.chance(0.02)) lines.push(`    left: ${daysAgo(rng.int(10, 150))}`);
  const topics = ["security-awareness", "phishing", ...ROLE_TRAINING[role]];
  // Administrators take part in the incident-response exercise (TR-006 asks it of NIS2 entities).
  if (role === "admin") topics.push("incident-response");
  lines.push("    trainings:");
  for (const topic of topics) {
    // Phishing every half year (the profile's protection needs are high), the rest yearly.
    const maxAge = topic === "phishing" ? 170 : 350;
    // About one member in 30 has let one training lapse: the gap a real report shows most.
    const lapsed = rng.chance(0.012);
    const date = daysAgo(lapsed ? rng.int(maxAge + 20, maxAge + 400) : rng.int(20, maxAge));
    lines.push(`      - topic: ${topic}`, `        date: ${date}`);
    lines.push(`        provider: ${q(CAMPAIGN_PROVIDERS[topic])}`);
    const evidence = rng.next();
    if (evidence < 0.02) {
      // No evidence entry (TR-009).
    } else if (evidence < 0.03) {
      // The file was moved (TR-008): named, but it does not exist.
      lines.push(`        evidence: docs/security/training/archive/${date}-${topic}.md`);
    } else if (evidence < 0.25) {
      lines.push(`        evidence: https://lms.example.com/certificates/${index}-${topic}`);
    } else {
      const quarterStart = `${date.slice(0, 5)}${String(Math.floor((Number(date.slice(5, 7)) - 1) / 3) * 3 + 1).padStart(2, "0")}-01`;
      lines.push(`        evidence: ${ws.evidence(campaignEvidence(topic, quarterStart))}`);
    }
  }
  return { name, role, text: lines.join("\n") };
}

const COMPONENT_KINDS = [
  ["portal", "Customer portal (web)", "internet", ["customer contacts", "orders"]],
  ["gateway", "Edge gateway (device firmware)", "internet", ["telemetry", "remote commands"]],
  ["tunnel", "Remote maintenance tunnel (VPN relay)", "internet", ["maintenance sessions"]],
  ["backend", "Telemetry backend (database and scheduler)", "internal", ["telemetry"]],
  ["erp-bridge", "ERP integration service", "internal", ["invoices", "customer contacts"]],
  ["shop", "Web shop", "internet", ["orders", "payment references"]],
  ["hr-app", "HR self-service app", "internal", ["personal data of staff"]],
  ["plc-config", "Machine configuration station", "offline", ["machine parameters"]],
];

const THREATS = [
  ["Phishing mail steals a user's password for", "spoofing", "phishing"],
  ["Ransomware encrypts the data and backups of", "denial-of-service", "ransomware"],
  ["Known vulnerability is exploited in", "elevation-of-privilege", "unpatched-systems"],
  ["Fake supplier e-mail changes bank details handled by", "spoofing", "ceo-fraud"],
  ["Compromised dependency reaches the build of", "tampering", "supply-chain"],
  ["Request flood overloads", "denial-of-service", "ddos"],
  ["A departing member keeps access to", "elevation-of-privilege", "insider"],
  ["Error pages reveal internals of", "information-disclosure", "other"],
];
const NOTES = [
  "Confirmed in the last threat-model review; the residual risk is tracked with the advisor and reported to management with the quarterly risk review.",
  "Seen at a supplier last year; the mitigations were tested in the incident-response exercise and the playbook was updated afterwards.",
  "The penetration test found no way in; keep the measures, watch the vendor advisories and retest after every major release.",
];
const LIKELIHOOD = ["rare", "occasional", "frequent"];
const IMPACT = ["limited", "considerable", "existential"];
const MEASURES = [
  "Multi-factor authentication for every account of",
  "Offline, immutable backups with a quarterly restore test for",
  "Patch window of 72 hours for",
  "Dependency scanning in CI and an SBOM for every release of",
  "Rate limiting and quotas in front of",
  "Joiner/leaver process with same-day revocation for",
  "Network segmentation around",
  "Signed releases verified on deployment of",
];

const FINDINGS = [
  ["Relay accepts TLS 1.1", "high"],
  ["Session cookie lacks the SameSite attribute", "medium"],
  ["Error page reveals the framework version", "low"],
  ["Password reset token does not expire after use", "high"],
  ["Admin interface reachable without VPN from the office network", "medium"],
];

/** Sections every generated manifest shares with the example: profile, management, plans. */
function header(options, ws, management) {
  const { size, staffCount, nis2 } = options;
  const [sponsor, second] = management;
  return `# yaml-language-server: $schema=../../schema/manifest-v1.schema.json
manifest_version: 1

# Generated by scripts/bench/generate-manifest.mjs (${options.label}, seed ${options.seed}).

project:
  name: ${q(options.project)}
  description: Customers' machines report their status; our service technicians connect to them for remote maintenance.
  repository: https://github.com/example-gmbh/remote-maintenance
  lead:
    name: ${q(second)}
  started: 2025-10-06
  phase: production

organisation:
  name: Example Maschinenbau GmbH
  size: ${size}
  staff_count: ${staffCount}
  sector: manufacturing
  digitalisation_level: integrated
  topics: [ot-iot, remote-access, cloud, personal-data]
  protection_needs:
    confidentiality: high
    integrity: high
    availability: normal
  regulation:
    nis2: ${nis2}
    cra_product: true

management:
  sponsor:
    name: ${q(sponsor)}
    role: Managing director
  briefings:
    - date: ${daysAgo(168)}
      topic: management-security
      attendees: ${list(management)}
      evidence: ${ws.evidence("docs/security/management-briefing-2026-06.md")}
    - date: ${daysAgo(37)}
      topic: management-security
      attendees: ${list(management)}
      evidence: ${ws.evidence("docs/security/management-briefing-2026-10.md")}
  budget:
    decided: 2026-01-20
    amount_eur: ${24000 * Math.max(1, Math.round(staffCount / 40))}

advisor:
  name: SecuLab Bremen GmbH
  contact: kontakt@seculab-bremen.example
  since: 2025-10-01
  last_engagement: ${daysAgo(43)}
  scope: design review, threat model reviews, penetration tests, incident-response exercise
`;
}

function footer(ws, management) {
  return `
incident_response:
  plan: ${ws.evidence("docs/security/incident-response.md")}
  last_exercised: ${daysAgo(155)}
  contacts:
    - role: incident lead
      name: ${q(management[1])}
    - role: decision and customer communication
      name: ${q(management[0])}
    - role: external support
      name: SecuLab Bremen GmbH
      contact: "+49 421 0000000"

vulnerability_handling:
  policy: ${ws.evidence("SECURITY.md")}
  contact: security@example-gmbh.example
  sbom: ${ws.evidence("sbom/portal.cdx.json")}
  security_updates_until: 2031-12-31

evaluation:
  last: ${daysAgo(37)}
  next_due: ${daysAgo(-145)}
  evaluated_by: Product lead with SecuLab Bremen GmbH
  report: ${ws.evidence("docs/security/evaluation-2026-10.md")}
`;
}

/**
 * A full manifest with the given list sizes. Management are the first two members; every
 * component has threats and is in some review's scope; every internet component has a
 * recent penetration test covering it.
 */
function fullManifest(counts, options) {
  const rng = random(options.seed);
  const ws = new Workspace();
  const people = [];
  for (let i = 0; i < counts.team; i++) {
    people.push(
      member(rng, i, ws, {
        role: i < 2 ? "management" : i === 2 ? "product" : undefined,
        champion: i % 25 === 3,
      }),
    );
  }
  const management = people.slice(0, 2).map((p) => p.name);
  // Owners are people who stay: neither leavers nor new joiners matter for ownership rules.
  const owners = people.filter((p) => p.role !== "external").map((p) => p.name);
  const owner = () => rng.pick(owners);

  const components = [];
  for (let i = 0; i < counts.components; i++) {
    const [kind, title, exposure, data] = COMPONENT_KINDS[i % COMPONENT_KINDS.length];
    const id =
      i < COMPONENT_KINDS.length ? kind : `${kind}-${Math.floor(i / COMPONENT_KINDS.length)}`;
    const lines = [
      `  - id: ${id}`,
      `    name: ${q(i < COMPONENT_KINDS.length ? title : `${title} ${Math.floor(i / COMPONENT_KINDS.length)}`)}`,
      `    owner: ${q(owner())}`,
      `    paths: ["services/${id}/**"]`,
      `    exposure: ${exposure}`,
      `    data: ${list(data)}`,
    ];
    if (kind === "tunnel")
      lines.push(
        "    protection_needs:",
        "      confidentiality: very-high",
        "      integrity: very-high",
      );
    components.push({ id, exposure, text: lines.join("\n") });
  }

  const mitigations = [];
  for (let i = 0; i < counts.mitigations; i++) {
    const id = `M-${String(i + 1).padStart(2, "0")}`;
    const component = components[i % components.length];
    const lines = [
      `    - id: ${id}`,
      `      title: ${q(`${MEASURES[i % MEASURES.length]} ${component.id}`)}`,
    ];
    const planned = rng.chance(0.08);
    lines.push(
      `      status: ${planned ? "in-progress" : "implemented"}`,
      `      owner: ${q(owner())}`,
    );
    if (planned) lines.push(`      due: ${daysAgo(-rng.int(30, 120))}`);
    // Each measure documents itself; a large register shares one file per measure kind and component group.
    else
      lines.push(
        `      evidence: ${ws.evidence(`docs/security/measures/m-${String(i % 64).padStart(2, "0")}.md`)}`,
      );
    if (rng.chance(0.6)) lines.push(`      cost_eur_per_year: ${rng.int(3, 60) * 100}`);
    mitigations.push({ id, text: lines.join("\n") });
  }

  const threats = [];
  const accepted = [];
  for (let i = 0; i < counts.threats; i++) {
    const id = `T-${String(i + 1).padStart(2, "0")}`;
    const component = components[i % components.length];
    const [what, category, attack] =
      THREATS[Math.floor(i / components.length + i) % THREATS.length];
    const likelihood = rng.pick(LIKELIHOOD);
    const impact = rng.pick(IMPACT);
    const accept = likelihood === "rare" && impact === "limited";
    const lines = [
      `    - id: ${id}`,
      `      title: ${q(`${what} ${component.id}`)}`,
      `      component: ${component.id}`,
      `      category: ${category}`,
      `      attack_type: ${attack}`,
      `      likelihood: ${likelihood}`,
      `      impact: ${impact}`,
    ];
    if (rng.chance(0.6)) lines.push(`      expected_damage_eur: ${rng.int(1, 400) * 1000}`);
    if (accept) {
      lines.push("      treatment: accept");
      accepted.push(id);
    } else {
      const refs = new Set();
      const n = rng.int(1, 3);
      for (let k = 0; k < n; k++) refs.add(mitigations[(i * 3 + k * 7) % mitigations.length].id);
      lines.push("      treatment: mitigate", `      mitigations: ${list([...refs])}`);
    }
    lines.push(`      owner: ${q(owner())}`);
    if (rng.chance(0.9)) lines.push(`      notes: ${q(NOTES[i % NOTES.length])}`);
    threats.push(lines.join("\n"));
  }

  const acceptances = accepted.map(
    (threat, i) => `  - threat: ${threat}
    accepted_by: ${q(management[i % 2])}
    date: ${daysAgo(rng.int(20, 160))}
    expires: ${daysAgo(-rng.int(60, 180))}
    reason: Bank details and similar changes are confirmed by a call-back; the remaining risk is small.`,
  );

  // Reviews: design, policy, threat-model and pen tests; scopes cover every component.
  const reviews = [];
  const kinds = ["design-review", "code-review-policy", "penetration-test", "threat-model-review"];
  const perReview = Math.max(1, Math.ceil((components.length * 2) / Math.max(1, counts.reviews)));
  for (let i = 0; i < counts.reviews; i++) {
    const kind = kinds[i % kinds.length];
    const candidates =
      kind === "penetration-test"
        ? components.filter((c) => c.exposure === "internet")
        : components;
    const scope = new Set();
    for (let k = 0; k < Math.min(perReview, candidates.length); k++)
      scope.add(candidates[(i * perReview + k) % candidates.length].id);
    const date = kind === "design-review" ? "2025-12-03" : daysAgo(rng.int(40, 300));
    const lines = [
      `  - kind: ${kind}`,
      `    date: ${date}`,
      `    reviewer: ${kind === "code-review-policy" ? q(owner()) : "SecuLab Bremen GmbH"}`,
      `    independent: ${kind !== "code-review-policy"}`,
      `    scope: ${list([...scope])}`,
      `    report: ${ws.evidence(`docs/security/reviews/${kind}-${String(i % 40).padStart(2, "0")}.md`)}`,
    ];
    if (kind === "penetration-test") {
      lines.push("    findings:");
      for (let k = 0; k < FINDINGS.length; k++) {
        const fixed = k === 0 || rng.chance(0.5);
        lines.push(
          `      - id: PT-${i + 1}-${k + 1}`,
          `        title: ${q(FINDINGS[k][0])}`,
          `        severity: ${FINDINGS[k][1]}`,
          `        due: ${fixed ? daysAgo(rng.int(10, 30)) : daysAgo(-rng.int(30, 90))}`,
          `        status: ${fixed ? "fixed" : "open"}`,
        );
      }
    }
    reviews.push(lines.join("\n"));
  }

  const text = `${header(options, ws, management)}
team:
${people.map((p) => p.text).join("\n")}

components:
${components.map((c) => c.text).join("\n")}

threat_model:
  method: STRIDE
  document: ${ws.evidence("docs/security/threat-model.md")}
  created: 2025-10-27
  last_reviewed: ${daysAgo(43)}
  reviewed_by: SecuLab Bremen GmbH
  approved_by: ${q(management[0])}
  approved: ${daysAgo(37)}
  threats:
${threats.join("\n")}
  mitigations:
${mitigations.map((m) => m.text).join("\n")}
${acceptances.length > 0 ? `\nrisk_acceptances:\n${acceptances.join("\n")}\n` : ""}
reviews:
${reviews.join("\n")}
${footer(ws, management)}`;
  return { text, files: [...ws.files].sort() };
}

/**
 * A company that lists its whole staff with only what the format requires, as an HR export
 * would: name, role and the one training everyone took (topic and date, no evidence). Each
 * member is a gap of several training rules, so this is also the largest report.
 */
function wideTeam(members, options) {
  const ws = new Workspace();
  const management = [personName(0), personName(1)];
  const roles = ["developer", "developer", "admin", "product", "external", "developer"];
  const lines = [];
  for (let i = 0; i < members; i++) {
    const role = i < 2 ? "management" : roles[i % roles.length];
    lines.push(
      `  - name: ${q(personName(i))}`,
      `    role: ${role}`,
      "    trainings:",
      "      - topic: security-awareness",
      `        date: ${daysAgo(30 + (i % 300))}`,
    );
  }
  const text = `${header(options, ws, management)}
team:
${lines.join("\n")}
${footer(ws, management)}`;
  return { text, files: [...ws.files].sort() };
}

/** The wide team's manifest with `members` people (tests use smaller ones than the benchmark). */
export function wideTeamManifest(members, seed = 1, label = `wide-team-${members}`) {
  return wideTeam(members, {
    label,
    seed,
    project: "Remote maintenance portal",
    size: "large",
    staffCount: members,
    nis2: "none",
  });
}

/**
 * The manifest of a named size (see SIZES): `{ text, files }`, files being the evidence paths
 * that exist in its repository.
 */
export function generateManifest(size, seed = 1) {
  const spec = SIZES[size];
  if (!spec) throw new Error(`unknown size "${size}"; one of ${Object.keys(SIZES).join(", ")}`);
  const base = { label: size, seed, project: "Remote maintenance portal" };
  if (spec.kind === "wide-team") return wideTeamManifest(spec.members, seed, size);
  if (spec.kind === "large-company")
    return fullManifest(
      { team: 5000, components: 500, threats: 2000, mitigations: 1500, reviews: 300 },
      { ...base, size: "large", staffCount: 5000, nis2: "important" },
    );
  const s = spec.scale;
  return fullManifest(
    { team: 6 * s, components: 4 * s, threats: 9 * s, mitigations: 11 * s, reviews: 4 * s },
    { ...base, size: "small", staffCount: 42, nis2: "none" },
  );
}

/** Writes the manifest and its evidence files into `dir` (a repository root); returns the manifest's path. */
export function writeWorkspace(dir, generated) {
  mkdirSync(dir, { recursive: true });
  for (const file of generated.files) {
    const target = path.join(dir, file);
    mkdirSync(path.dirname(target), { recursive: true });
    writeFileSync(target, `# ${path.basename(file)}\n\nGenerated evidence for the benchmark.\n`);
  }
  const manifest = path.join(dir, "security-manifest.yml");
  writeFileSync(manifest, generated.text);
  return manifest;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const [size = "1x", target = "-", seed = "1"] = process.argv.slice(2);
  const generated = generateManifest(size, Number(seed));
  if (target === "-") process.stdout.write(generated.text);
  else console.log(writeWorkspace(target, generated));
}
