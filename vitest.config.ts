import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["tests/**/*.test.ts"],
    testTimeout: 30_000,
    // One scratch folder per run, removed at its end (tests/support/scratch-root.ts).
    globalSetup: ["tests/support/scratch-root.ts"],
  },
});
