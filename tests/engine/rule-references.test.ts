// Every reference a rule or case cites has the numbering of its standard: a typo or a made-up
// control ("ISO 27001 A.5.38", "NIST SSDF RV.4.1") fails here, not in front of an auditor.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { REPO_ROOT } from "../fixtures/fixtures.js";

const range = (from: number, to: number): string =>
  Array.from({ length: to - from + 1 }, (_, i) => String(from + i)).join("|");

/** BSI IT-Grundschutz modules (Kompendium 2023) and the BSI standards 200-1 … 200-4. */
const BSI_MODULE = [
  "ISMS\\.1",
  `ORP\\.(?:${range(1, 5)})`,
  "CON\\.(?:1|2|3|6|7|8|9|10|11\\.1)",
  `OPS\\.1\\.1\\.(?:${range(2, 7)})`,
  `OPS\\.1\\.2\\.(?:${range(2, 6)})`,
  "OPS\\.2\\.(?:2|3)",
  "OPS\\.3\\.2",
  "DER\\.(?:1|2\\.[1-3]|3\\.[12]|4)",
  "APP\\.(?:1\\.[1-4]|2\\.[1-3]|3\\.[1-6]|4\\.[2-6]|5\\.[2-4]|6|7)",
  "SYS\\.(?:1\\.[1-9]|2\\.[1-4]|3\\.[1-4]|4\\.[1-5])",
  "IND\\.(?:1|2\\.[1-7]|3\\.2)",
  "NET\\.(?:1\\.[12]|2\\.[12]|3\\.[1-4]|4\\.[1-3])",
  `INF\\.(?:${range(1, 14)})`,
];

/** ISO/IEC 27001:2022: Annex A 5.1–5.37, 6.1–6.8, 7.1–7.14, 8.1–8.34; clauses 4–10 with their subclauses. */
const ISO_ANNEX_A = `A\\.(?:5\\.(?:${range(1, 37)})|6\\.[1-8]|7\\.(?:${range(1, 14)})|8\\.(?:${range(1, 34)}))`;
const ISO_CLAUSE =
  "4\\.[1-4]|5\\.[1-3]|6\\.1(?:\\.[1-3])?|6\\.[23]|7\\.[1-4]|7\\.5(?:\\.[1-3])?|8\\.[1-3]|9\\.1|9\\.2(?:\\.[12])?|9\\.3(?:\\.[1-3])?|10\\.[12]";

/** NIST SP 800-218 (SSDF 1.1) tasks. */
const SSDF_TASKS = [
  "PO.1.1",
  "PO.1.2",
  "PO.1.3",
  "PO.2.1",
  "PO.2.2",
  "PO.2.3",
  "PO.3.1",
  "PO.3.2",
  "PO.3.3",
  "PO.4.1",
  "PO.4.2",
  "PO.5.1",
  "PO.5.2",
  "PS.1.1",
  "PS.2.1",
  "PS.3.1",
  "PS.3.2",
  "PW.1.1",
  "PW.1.2",
  "PW.1.3",
  "PW.2.1",
  "PW.4.1",
  "PW.4.4",
  "PW.5.1",
  "PW.6.1",
  "PW.6.2",
  "PW.7.1",
  "PW.7.2",
  "PW.8.1",
  "PW.8.2",
  "PW.9.1",
  "PW.9.2",
  "RV.1.1",
  "RV.1.2",
  "RV.1.3",
  "RV.2.1",
  "RV.2.2",
  "RV.3.1",
  "RV.3.2",
  "RV.3.3",
  "RV.3.4",
].map((task) => task.replace(".", "\\."));

/** OWASP SAMM 2 security practices. */
const SAMM_PRACTICES = [
  "Strategy & Metrics",
  "Policy & Compliance",
  "Education & Guidance",
  "Threat Assessment",
  "Security Requirements",
  "Security Architecture",
  "Secure Build",
  "Secure Deployment",
  "Defect Management",
  "Architecture Assessment",
  "Requirements-driven Testing",
  "Security Testing",
  "Incident Management",
  "Environment Management",
  "Operational Management",
];

/** One pattern per standard; a reference must match exactly one family. */
const FORMATS: Record<string, RegExp> = {
  "BSI standard": /^BSI 200-[1-4]$/,
  "BSI module": new RegExp(`^BSI (?:${BSI_MODULE.join("|")})$`),
  "ISO 27001": new RegExp(`^ISO 27001 (?:${ISO_ANNEX_A}|${ISO_CLAUSE})$`),
  "NIST SSDF": new RegExp(`^NIST SSDF (?:${SSDF_TASKS.join("|")})$`),
  "OWASP SAMM": new RegExp(`^OWASP SAMM (?:${SAMM_PRACTICES.join("|")})$`),
  // NIS2 (EU 2022/2555): articles 1–46; Art. 21(2) has points (a)–(j).
  NIS2: new RegExp(
    `^NIS2 Art\\. (?:21\\(2\\)(?:\\([a-j]\\))?|21\\([1345]\\)|(?:${range(1, 46)})(?:\\([1-9]\\d?\\))?)$`,
  ),
  // CRA (EU 2024/2847): articles 1–71; Annex I Part I (1)–(2), Part II (1)–(8); Annex VII points 1–8.
  CRA: new RegExp(
    `^CRA (?:Art\\. (?:${range(1, 71)})(?:\\([1-9]\\d?\\))?(?:\\([a-z]\\))?|Annex I(?: Part I(?: \\([12]\\))?| Part II(?: \\([1-8]\\))?)?|Annex VII(?: \\([1-8]\\))?|Annex (?:II|III|IV|V|VI|VIII))$`,
  ),
  // GDPR (EU 2016/679): articles 1–99.
  GDPR: new RegExp(`^GDPR Art\\. (?:${range(1, 99)})(?:\\([1-9]\\))?(?:\\([a-z]\\))?$`),
  "IEC 62443": /^IEC 62443-[1-4]-[1-4]$/,
  BSIG: /^§ \d{1,2} BSIG$/,
  "DIN SPEC 27076":
    /^DIN SPEC 27076( (Organisation|Identity|Backup|Updates|Protection|Infrastructure))?$/,
};

function formatOf(reference: string): string[] {
  return Object.entries(FORMATS)
    .filter(([, pattern]) => pattern.test(reference))
    .map(([name]) => name);
}

/** Every reference of every rule and case in rules/*.yml, with where it comes from. */
function packReferences(): [string, string][] {
  const found: [string, string][] = [];
  const dir = path.join(REPO_ROOT, "rules");
  for (const file of readdirSync(dir).filter((f) => f.endsWith(".yml"))) {
    const pack = parse(readFileSync(path.join(dir, file), "utf8")) as Record<string, unknown>;
    for (const list of ["rules", "cases"]) {
      const items = pack[list];
      if (!Array.isArray(items)) continue;
      for (const item of items as { id: string; references?: unknown }[]) {
        for (const reference of Array.isArray(item.references) ? item.references : [])
          found.push([`${file} ${item.id}`, String(reference)]);
      }
    }
  }
  return found;
}

describe("rule references follow the numbering of their standards", () => {
  const references = packReferences();

  it("finds the references of the packs and the cases", () => {
    expect(references.length).toBeGreaterThan(300);
    expect(references.some(([where]) => where.startsWith("cases.yml"))).toBe(true);
  });

  it.each(references)("%s cites %s in a known format", (_where, reference) => {
    expect(formatOf(reference)).toHaveLength(1);
  });

  it.each([
    "ISO 27001 A.5.38",
    "ISO 27001 A.6.9",
    "ISO 27001 A.7.15",
    "ISO 27001 A.8.35",
    "ISO 27001 A.9.1",
    "ISO 27001 11.1",
    "NIST SSDF RV.4.1",
    "NIST SSDF PW.3.1",
    "BSI XYZ.1",
    "BSI CON.99",
    "BSI 200-5",
    "NIS2 Art. 21(2)(k)",
    "NIS2 Art. 47",
    "CRA Annex I Part II (9)",
    "CRA Annex IX",
    "GDPR Art. 100",
    "OWASP SAMM Threat Modelling",
    "ISO 27001 A.5.7 ",
  ])("refuses the made-up reference %s", (reference) => {
    expect(formatOf(reference)).toEqual([]);
  });

  it.each([
    "ISO 27001 A.5.1",
    "ISO 27001 A.5.37",
    "ISO 27001 A.6.8",
    "ISO 27001 A.7.14",
    "ISO 27001 A.8.34",
    "ISO 27001 6.1.2",
    "ISO 27001 9.3",
    "NIS2 Art. 21(2)(j)",
    "CRA Annex VII (3)",
    "BSI IND.2.1",
    "IEC 62443-3-2",
  ])("accepts the real reference %s", (reference) => {
    expect(formatOf(reference)).toHaveLength(1);
  });
});
