/** Threat ids shown per heat-map cell, and economics rows shown, before "+N more". */
export const HEATMAP_IDS_PER_CELL = 5;
export const ECONOMICS_ROWS = 20;
/** Upcoming duties listed in the comment (the JSON report has them all). */
export const UPCOMING_SHOWN = 20;
/** Economics rows shown when the risk sections are compacted to fit the limit. */
export const COMPACT_ECONOMICS_ROWS = 5;
/** Longest threat id and threat title shown in the risk sections (manifest ids have at most 64 characters). */
export const ID_MAX = 64;
export const TITLE_MAX = 200;
/** Longest text of one table cell when even the most severe gap row does not fit otherwise. */
export const CELL_MAX = 300;

/** How much detail the risk sections keep: see `riskSections`. */
export type RiskDetail = "full" | "compact" | "none";

/**
 * One line of the body. A line with `row` belongs to the gap rows: it is there only when the
 * plan shows more than `row` of them (a gap row is its own index; an area's table heading is the
 * index of its first row). Every other line is always there.
 */
export interface Line {
  text: string;
  row?: number;
}

/**
 * A block is a section of whole lines with balanced HTML, so it can be dropped; "more" and
 * "risk" are the places of the "… and N more" note and of the risk sections, which depend on
 * the plan.
 */
export type Block = Line[] | "more" | "risk";

/** The body composed once, with every gap row in it: plans only choose which lines to keep. */
export interface Layout {
  blocks: Block[];
  /** Gap rows in the order they are given up (the last first): new, fixed, unchanged, waived … */
  rows: number;
}
