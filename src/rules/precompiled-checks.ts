import type { ValidateFunction } from "ajv";

/**
 * Validators of our own packs' checks compiled at build time, keyed by the check's JSON. Empty
 * when running from source; the build replaces this module (scripts/precompile-checks.ts), so
 * the bundle does not compile its checks at every start.
 */
export const PRECOMPILED_CHECKS = new Map<string, ValidateFunction>();
