// An organisation of generated repositories for the portfolio tests: each repository is one of
// the examples (its manifest and its evidence files) with small edits — its own project name and
// evaluation date, expired risk acceptances, evidence files deleted — and, spread through the
// list, repositories without a manifest, with broken YAML, with a manifest too large for the
// API's blob text, archived ones and empty ones.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { parseDocument } from "yaml";
import type { MockOrgRepository } from "../support/github-organisation.js";

const EXAMPLES = fileURLToPath(new URL("../../examples/", import.meta.url));
const EXAMPLE_NAMES = [
  "crafts-webshop",
  "logistics-nis2",
  "medical-practice-portal",
  "remote-maintenance-portal",
];
export const MANIFEST = "security-manifest.yml";
/** The mock truncates blob text beyond this (small, so the padded manifest stays cheap). */
export const BLOB_TEXT_LIMIT = 64 * 1024;

export type Variant = "checked" | "no-manifest" | "broken" | "truncated" | "archived" | "empty";

export interface GeneratedRepository extends MockOrgRepository {
  variant: Variant;
}

function filesOf(dir: string, prefix = ""): Record<string, string> {
  const out: Record<string, string> = {};
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const rel = `${prefix}${entry.name}`;
    if (entry.isDirectory()) Object.assign(out, filesOf(path.join(dir, entry.name), `${rel}/`));
    else if (entry.isFile()) out[rel] = readFileSync(path.join(dir, entry.name), "utf8");
  }
  return out;
}

export function variantOf(i: number): Variant {
  if (i % 131 === 13) return "empty";
  if (i % 50 === 11) return "archived";
  if (i % 97 === 5) return "broken";
  if (i % 89 === 7) return "truncated";
  if (i % 10 === 3) return "no-manifest";
  return "checked";
}

/** `count` repositories named `service-0000` …, deterministic. */
export function generateOrganisation(count: number): GeneratedRepository[] {
  const examples = EXAMPLE_NAMES.map((name) => filesOf(path.join(EXAMPLES, name)));
  return Array.from({ length: count }, (_, i) => {
    const name = `${i % 7 === 0 ? "Service" : "service"}-${String(i).padStart(4, "0")}`;
    const variant = variantOf(i);
    const files = { ...(examples[i % examples.length] as Record<string, string>) };
    if (variant === "empty") return { name, variant };
    const manifest = edited(files[MANIFEST] ?? "", name, i);
    // Every third repository lost some evidence: every other file under docs/.
    if (i % 3 === 1) {
      const docs = Object.keys(files).filter((p) => p.startsWith("docs/"));
      for (const [j, p] of docs.entries()) if (j % 2 === 0) delete files[p];
    }
    if (variant === "no-manifest") delete files[MANIFEST];
    else if (variant === "broken") files[MANIFEST] = `${manifest}\nteam: [unclosed\n`;
    else if (variant === "truncated")
      files[MANIFEST] = `${manifest}\n${"# padding to exceed the blob text limit\n".repeat(2000)}`;
    else files[MANIFEST] = manifest;
    return { name, variant, files, ...(variant === "archived" ? { isArchived: true } : {}) };
  });
}

/** Small edits through yaml's Document API: the manifest stays valid where it was. */
function edited(text: string, name: string, i: number): string {
  const doc = parseDocument(text);
  doc.setIn(["project", "name"], `Project ${name}`);
  const month = String((i % 12) + 1).padStart(2, "0");
  if (i % 5 !== 4) doc.setIn(["evaluation", "last"], `2026-${month}-15`);
  else doc.deleteIn(["evaluation", "last"]);
  if (i % 6 === 0 && doc.hasIn(["risk_acceptances", 0, "expires"])) {
    doc.setIn(["risk_acceptances", 0, "expires"], "2026-09-30");
  }
  return doc.toString();
}
