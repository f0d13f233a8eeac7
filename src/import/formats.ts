import type { Importer } from "./importer.js";
import { openThreatModel } from "./open-threat-model.js";
import { securityInsights } from "./security-insights.js";
import { threagile } from "./threagile.js";
import { threatDragon } from "./threat-dragon.js";

/** The formats `security-manifest import` reads, by their FORMAT argument. */
export const IMPORTERS: readonly Importer[] = [
  securityInsights,
  threagile,
  openThreatModel,
  threatDragon,
];

export function importerNamed(name: string): Importer | undefined {
  return IMPORTERS.find((importer) => importer.name === name);
}
