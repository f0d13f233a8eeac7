// Types of generate-manifest.mjs, for the performance tests (TypeScript).
export const TODAY: string;
export type SizeName = "1x" | "10x" | "100x" | "large-company" | "wide-team";
export const SIZES: Record<
  SizeName,
  | { kind: "scaled"; scale: number }
  | { kind: "large-company" }
  | { kind: "wide-team"; members: number }
>;
export interface GeneratedManifest {
  /** The manifest's YAML text. */
  text: string;
  /** Evidence files the manifest names that exist in its repository (relative paths, sorted). */
  files: string[];
}
export function generateManifest(size: SizeName, seed?: number): GeneratedManifest;
export function writeWorkspace(dir: string, generated: GeneratedManifest): string;
export function wideTeamManifest(members: number, seed?: number, label?: string): GeneratedManifest;
