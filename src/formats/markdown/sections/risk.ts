// The risk heat map and the expected losses against the cost of the measures.
import type { Language } from "../../../i18n/language.js";
import { valueLabel } from "../../../i18n/value-labels.js";
import { words } from "../../../i18n/words/words.js";
import { escapeMarkdown as md } from "../../../report/markdown.js";
import type { Report } from "../../../report/report.js";
import type { RiskOverview } from "../../../report/risk-overview.js";
import { formatEuro, type ThreatEconomics } from "../../../rules/risk-economics.js";
import {
  IMPACTS,
  type Impact,
  LIKELIHOODS,
  type Likelihood,
  type RiskLevel,
  riskLevel,
} from "../../../rules/risk-matrix.js";
import { clip } from "../clip.js";
import {
  COMPACT_ECONOMICS_ROWS,
  ECONOMICS_ROWS,
  HEATMAP_IDS_PER_CELL,
  ID_MAX,
  type RiskDetail,
  TITLE_MAX,
} from "../layout.js";

/** The ids in one heat-map cell; tolerant of a malformed (foreign) report. */
const LEVEL_ICONS: Record<RiskLevel, string> = {
  "very-high": "🔴",
  high: "🟠",
  medium: "🟡",
  low: "🟢",
};

export function cellIds(risk: Report["risk"], impact: Impact, likelihood: Likelihood): string[] {
  const ids = (risk?.heatmap as Partial<RiskOverview["heatmap"]> | undefined)?.[impact]?.[
    likelihood
  ];
  return Array.isArray(ids) ? ids.map(String) : [];
}

export function euro(amount: unknown, language: Language): string {
  return typeof amount === "number" && Number.isFinite(amount) ? formatEuro(amount, language) : "–";
}

/**
 * The heat map and the money view, one block each. "full" lists up to five ids per cell and the
 * twenty threats with the highest expected loss; "compact" counts the threats per cell and lists
 * five; "none" leaves both out, with a line saying where they are.
 */
export function riskSections(
  report: Report,
  detail: RiskDetail,
  language: Language,
  hint: string,
): string[][] {
  const risk = report.risk;
  if (!risk || typeof risk !== "object") return [];
  const blocks: string[][] = [];
  const economics = (Array.isArray(risk.economics) ? risk.economics : [])
    .filter((row): row is ThreatEconomics => typeof row === "object" && row !== null)
    .map((row, index) => ({ row, index, loss: Number(row.expectedAnnualLoss) }))
    .sort(
      (a, b) =>
        (Number.isFinite(b.loss) ? b.loss : -1) - (Number.isFinite(a.loss) ? a.loss : -1) ||
        a.index - b.index,
    )
    .map(({ row }) => row);
  const placed = IMPACTS.some((i) => LIKELIHOODS.some((l) => cellIds(risk, i, l).length > 0));
  if (detail === "none") {
    if (placed || economics.length > 0)
      blocks.push([`_${md(words(language).comment.riskLeftOut(hint))}_`, ""]);
    return blocks;
  }
  if (placed) {
    const out = [
      `<details><summary>${words(language).comment.heatmap}</summary>`,
      "",
      `| ${words(language).comment.impactLikelihood} | ${LIKELIHOODS.map((l) => valueLabel("likelihood", l, language)).join(" | ")} |`,
      `|---|${LIKELIHOODS.map(() => "---").join("|")}|`,
    ];
    for (const impact of [...IMPACTS].reverse()) {
      const cells = LIKELIHOODS.map((likelihood) => {
        const level = riskLevel(likelihood, impact) as RiskLevel;
        const all = cellIds(risk, impact, likelihood);
        if (detail === "compact") return `${LEVEL_ICONS[level]} ${all.length || ""}`.trimEnd();
        const shown = all.slice(0, HEATMAP_IDS_PER_CELL).map((id) => md(clip(id, ID_MAX)));
        const more = all.length - shown.length;
        const ids = `${shown.join(", ")}${more > 0 ? ` ${words(language).comment.moreIds(more)}` : ""}`;
        return `${LEVEL_ICONS[level]} ${ids}`.trimEnd();
      });
      out.push(`| **${valueLabel("impact", impact, language)}** | ${cells.join(" | ")} |`);
    }
    out.push("");
    if (detail === "compact") out.push(`_${md(words(language).comment.countsOnly(hint))}_`, "");
    out.push("</details>", "");
    blocks.push(out);
  }
  if (economics.length > 0) {
    const shown = economics.slice(
      0,
      detail === "compact" ? COMPACT_ECONOMICS_ROWS : ECONOMICS_ROWS,
    );
    const out = [
      `<details><summary>${words(language).comment.economics}</summary>`,
      "",
      `| ${words(language).comment.threat} | ${words(language).comment.loss} | ${words(language).comment.cost} | ${words(language).comment.verdict} |`,
      "|---|---|---|---|",
    ];
    for (const row of shown) {
      const verdict =
        typeof row.paysOff !== "boolean"
          ? "–"
          : row.paysOff
            ? `✅ ${words(language).common.paysOff}`
            : `⚠️ ${words(language).common.doesNotPay}`;
      out.push(
        `| ${md(clip(String(row.threat), ID_MAX))} ${md(clip(String(row.title ?? ""), TITLE_MAX))} | ${euro(row.expectedAnnualLoss, language)} | ${euro(row.measuresCostPerYear, language)} | ${verdict} |`,
      );
    }
    out.push("");
    const more = economics.length - shown.length;
    if (more > 0) out.push(`_${md(words(language).comment.moreThreats(more))}_`, "");
    out.push("</details>", "");
    blocks.push(out);
  }
  return blocks;
}
