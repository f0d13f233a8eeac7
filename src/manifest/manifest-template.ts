import type { Language } from "../i18n/language.js";
import { addYears } from "./iso-date.js";
import { TEMPLATE_WORDS } from "./template-words.js";

export const PHASES = ["planning", "development", "production"] as const;
export const PROTECTION_LEVELS = ["normal", "high", "very-high"] as const;
type Protection = (typeof PROTECTION_LEVELS)[number];

/** What `init` asks for: the profile that tailors the template (thesis 3), and who is responsible. */
export interface TemplateProfile {
  /** Language of the comments in the manifest and of the companion templates. */
  language: Language;
  project: string;
  organisation: string;
  phase: (typeof PHASES)[number];
  size: "micro" | "small" | "medium" | "large";
  /** Head count, when known (omitted otherwise). */
  staffCount?: number;
  sector: string;
  topics: readonly string[];
  protection: { confidentiality: Protection; integrity: Protection; availability: Protection };
  nis2: "none" | "important" | "essential";
  craProduct: boolean;
  /** The project lead, who keeps the manifest up to date. */
  lead: string;
  /** The member of management who owns security in the project. */
  sponsor: { name: string; role: string };
  /** Record a kick-off briefing of management today, with a minutes template to fill in. */
  briefing: boolean;
  /** Today's date, YYYY-MM-DD: the project start and the first dates in the template. */
  today: string;
  /** Where the editor finds the schema: a URL or a path relative to the manifest (one line). */
  schema: string;
}

/** A file `init` writes next to the manifest, relative to the manifest's folder (the check's root). */
export interface CompanionFile {
  path: string;
  text: string;
}

export const INCIDENT_PLAN_PATH = "docs/security/incident-response.md";
export const briefingMinutesPath = (today: string) =>
  `docs/security/management-briefing-${today}.md`;

/**
 * The manifest and the files it refers to. The manifest refers to no file that is not among the
 * companions, so a fresh manifest's evidence checks find what they look for; the companions say
 * at their top that they are templates to fill in.
 */
export function initFiles(p: TemplateProfile): { manifest: string; companions: CompanionFile[] } {
  const w = TEMPLATE_WORDS[p.language];
  const companions: CompanionFile[] = [
    { path: INCIDENT_PLAN_PATH, text: w.incidentPlan(p.project, p.today) },
  ];
  if (p.briefing)
    companions.push({
      path: briefingMinutesPath(p.today),
      text: w.briefingMinutes(p.project, p.today, p.sponsor.name),
    });
  return { manifest: manifestTemplate(p), companions };
}

/**
 * A commented starting manifest that is valid format v1 as it is: the profile filled in, every
 * other section present with an example entry to replace, and notes on which sections matter
 * for this profile. Values come from validated options only (enums, dates, names on one line);
 * names are quoted, so no answer can add YAML of its own.
 */
export function manifestTemplate(p: TemplateProfile): string {
  const w = TEMPLATE_WORDS[p.language];
  const quote = (text: string) => JSON.stringify(text);
  const needsAdvisor = p.size === "micro" || p.size === "small";
  const topics = p.topics.length > 0 ? `[${p.topics.join(", ")}]` : "[]";
  const briefings = p.briefing
    ? `
    - date: ${p.today}
      topic: management-security
      attendees: [${quote(p.sponsor.name)}]
      evidence: ${briefingMinutesPath(p.today)}   # ${w.minutesNote}`
    : ` []               # ${w.briefingsNote}`;
  return `# yaml-language-server: $schema=${p.schema.replace(/[\r\n]/g, "")}
# ${w.intro1}
# ${w.intro2}
manifest_version: 1

project:
  name: ${quote(p.project)}
  description: ${quote(w.description)}
  lead:
    name: ${quote(p.lead)}
  started: ${p.today}
  phase: ${p.phase.padEnd(18)} # planning | development | production

organisation:
  name: ${quote(p.organisation)}
  size: ${p.size.padEnd(19)} # micro (< 10) | small (< 50) | medium (< 250) | large${p.staffCount === undefined ? "" : `\n  staff_count: ${p.staffCount}`}
  sector: ${p.sector}
  digitalisation_level: networked   # basic | networked | integrated | data-driven
  topics: ${topics.padEnd(18)} # personal-data | payments | ot-iot | cloud | remote-access | e-commerce | ai | outsourcing
  protection_needs:           # normal | high | very-high (${w.protectionNote})
    confidentiality: ${p.protection.confidentiality}
    integrity: ${p.protection.integrity}
    availability: ${p.protection.availability}
  regulation:
    nis2: ${p.nis2}${p.nis2 === "none" ? "" : `            # ${w.nis2Note}`}
    cra_product: ${p.craProduct}${p.craProduct ? `       # ${w.craNote}` : ""}

management:
  sponsor:                    # ${w.sponsorNote}
    name: ${quote(p.sponsor.name)}
    role: ${quote(p.sponsor.role)}
    # github: login           # ${w.sponsorGithubNote}
  briefings:${briefings}

${
  needsAdvisor
    ? `# ${w.advisorNote}
# advisor:
#   name: ${w.advisorExample}
#   since: ${p.today}
#   last_engagement: ${p.today}
#   scope: ${w.advisorScope}

`
    : ""
}team:
  - name: ${quote(p.lead)}
    role: product             # developer | admin | management | product | external
    joined: ${p.today}
    trainings: []             # ${w.trainingsNote}

components:
  - id: app
    name: ${quote(w.componentName)}
    paths: ["src/**"]         # ${w.pathsNote}
    exposure: internet        # internet | internal | offline

threat_model:
  method: STRIDE              # STRIDE | LINDDUN | PASTA | other
  created: ${p.today}            # ${w.threatModelNote}
  threats: []                 # id, title, component, category, attack_type, likelihood, impact, treatment, mitigations, owner
  mitigations: []             # id, title, status (planned | in-progress | implemented), evidence

risk_acceptances: []          # threat, accepted_by (management), date, expires (${w.acceptanceNote})

reviews: []                   # kind (design-review, penetration-test …), date, reviewer, independent, scope, report

incident_response:
  plan: ${INCIDENT_PLAN_PATH}   # ${w.planNote}
${
  p.craProduct
    ? `
vulnerability_handling:       # ${w.vulnerabilityNote}
  # policy: SECURITY.md       # ${w.writeThenUncomment}
  contact: security@example.com
  # sbom: sbom.cdx.json       # ${w.writeThenUncomment}
  security_updates_until: ${addYears(p.today, 5)}
`
    : ""
}
evaluation:
  next_due: ${addYears(p.today, 1)}

waivers: []                   # rule, scope, approved_by (management), reason, expires
`;
}
