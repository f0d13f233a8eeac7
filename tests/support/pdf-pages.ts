/** Page objects of a PDF (`/Type /Page`, not the `/Pages` tree) and the size of each in points. */
export function pdfPages(pdf: Buffer): { count: number; sizes: string[] } {
  const text = pdf.toString("latin1");
  const count = [...text.matchAll(/\/Type\s*\/Page(?![a-zA-Z])/g)].length;
  const sizes = [...text.matchAll(/\/MediaBox\s*\[\s*0\s+0\s+([\d.]+)\s+([\d.]+)\s*\]/g)].map(
    (m) => `${Math.round(Number(m[1]))}x${Math.round(Number(m[2]))}`,
  );
  return { count, sizes };
}

/** A4 in PDF points (595 × 842). */
export const A4 = "595x842";
