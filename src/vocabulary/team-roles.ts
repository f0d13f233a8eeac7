/** The roles of the manifest format (schema: team → role), in its order; anything else is "other". */
export const TEAM_ROLES = ["developer", "admin", "management", "product", "external"] as const;
export type TeamRole = (typeof TEAM_ROLES)[number] | "other";
