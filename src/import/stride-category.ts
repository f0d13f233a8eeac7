/** A STRIDE (or LINDDUN) category as other tools write it ("Information disclosure") → the manifest's. */
const CATEGORIES: Record<string, string> = {
  spoofing: "spoofing",
  tampering: "tampering",
  repudiation: "repudiation",
  "information disclosure": "information-disclosure",
  "denial of service": "denial-of-service",
  "elevation of privilege": "elevation-of-privilege",
  linking: "linking",
  linkability: "linking",
  identifying: "identifying",
  identifiability: "identifying",
  "non-repudiation": "non-repudiation",
  "non repudiation": "non-repudiation",
  detecting: "detecting",
  detectability: "detecting",
  "data disclosure": "data-disclosure",
  "disclosure of information": "data-disclosure",
  unawareness: "unawareness",
  "non-compliance": "non-compliance",
  "non compliance": "non-compliance",
};

export function categoryOf(value: unknown): string | undefined {
  if (typeof value !== "string") return undefined;
  const key = value.trim().toLowerCase().replace(/[-_]+/g, " ").replace(/\s+/g, " ");
  return CATEGORIES[key] ?? CATEGORIES[key.replace(/ /g, "-")];
}
