import { addYears } from "./iso-date.js";

/** What `init` asks for: enough of the profile to tailor the template (thesis 3). */
export interface TemplateProfile {
  project: string;
  organisation: string;
  size: "micro" | "small" | "medium" | "large";
  sector: string;
  nis2: "none" | "important" | "essential";
  craProduct: boolean;
  /** Today's date, YYYY-MM-DD: the project start and the first dates in the template. */
  today: string;
  /** Where the editor finds the schema: a URL or a path relative to the manifest (one line). */
  schema: string;
}

/**
 * A commented starting manifest that is valid format v1 as it is: the profile filled in, every
 * other section present with an example entry to replace, and notes on which sections matter
 * for this profile. Values come from validated options only (enums, dates); names are quoted.
 */
export function manifestTemplate(p: TemplateProfile): string {
  const quote = (text: string) => JSON.stringify(text);
  const needsAdvisor = p.size === "micro" || p.size === "small";
  return `# yaml-language-server: $schema=${p.schema.replace(/[\r\n]/g, "")}
# Security manifest: the project's security by design, in one file. Replace the example
# entries, then run \`npx security-manifest check\` to see what is still missing and why.
manifest_version: 1

project:
  name: ${quote(p.project)}
  description: What the project does, in one sentence.
  lead:
    name: Project Lead
  started: ${p.today}
  phase: development          # planning | development | production

organisation:
  name: ${quote(p.organisation)}
  size: ${p.size}                 # micro (< 10 staff) | small (< 50) | medium (< 250) | large
  sector: ${p.sector}
  digitalisation_level: networked   # basic | networked | integrated | data-driven
  topics: [personal-data]     # personal-data | payments | ot-iot | cloud | remote-access | e-commerce | ai | outsourcing
  protection_needs:           # normal | high | very-high (BSI protection-need categories)
    confidentiality: normal
    integrity: normal
    availability: normal
  regulation:
    nis2: ${p.nis2}${p.nis2 === "none" ? "" : "            # NIS2 Art. 20: management must be trained and approve the measures"}
    cra_product: ${p.craProduct}${p.craProduct ? "       # fill in vulnerability_handling below (CRA Annex I Part II)" : ""}

management:
  sponsor:                    # security starts as a top-down decision: who in management owns it?
    name: Managing Director
    role: Managing director
    # github: login           # waivers and risk acceptances a PR adds take effect once this login approves the PR
  briefings: []               # date, topic: management-security, attendees, evidence

${
  needsAdvisor
    ? `# Small companies without their own security specialist should name an external advisor:
# advisor:
#   name: Regional IT security partner
#   since: ${p.today}
#   last_engagement: ${p.today}
#   scope: threat model review, penetration test

`
    : ""
}team:
  - name: Project Lead
    role: product             # developer | admin | management | product | external
    joined: ${p.today}
    trainings: []             # topic (security-awareness, phishing, secure-coding …), date, provider, evidence

components:
  - id: app
    name: The application
    paths: ["src/**"]         # which files belong to it (changes to them are tracked in pull requests)
    exposure: internet        # internet | internal | offline

threat_model:
  method: STRIDE              # STRIDE | LINDDUN | PASTA | other
  created: ${p.today}            # within the first weeks of the project: security by design
  threats: []                 # id, title, component, category, attack_type, likelihood, impact, treatment, mitigations, owner
  mitigations: []             # id, title, status (planned | in-progress | implemented), evidence

risk_acceptances: []          # threat, accepted_by (management), date, expires (at most 12 months)

reviews: []                   # kind (design-review, penetration-test …), date, reviewer, independent, scope, report

incident_response:
  plan: docs/security/incident-response.md
${
  p.craProduct
    ? `
vulnerability_handling:
  policy: SECURITY.md
  contact: security@example.com
  sbom: sbom.cdx.json
  security_updates_until: ${addYears(p.today, 5)}
`
    : ""
}
evaluation:
  next_due: ${addYears(p.today, 1)}

waivers: []                   # rule, scope, approved_by (management), reason, expires
`;
}
