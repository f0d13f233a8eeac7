import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import {
  CONTRACTS_DIR,
  GITHUB_GRAPHQL_SCHEMA,
  SARIF_SCHEMA,
  webhookExample,
  writeWebhookExample,
} from "./contracts.js";

describe("contract data inside the repository", () => {
  it("ships every file tests/contracts/README.md names, with its source", () => {
    const readme = readFileSync(path.join(CONTRACTS_DIR, "README.md"), "utf8");
    for (const file of readdirSync(CONTRACTS_DIR).filter((f) => f.endsWith(".json"))) {
      if (file === "biome.json") continue;
      expect(readme).toContain(`\`${file}\``);
    }
    const sarif = JSON.parse(readFileSync(SARIF_SCHEMA, "utf8")) as Record<string, string>;
    expect(sarif.$schema).toBe("http://json-schema.org/draft-04/schema#");
    expect(sarif.id).toBe(
      "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json",
    );
    expect(readFileSync(GITHUB_GRAPHQL_SCHEMA, "utf8")).toContain("type PullRequest ");
  });

  it("keeps tests/support off the shared folder beside the repository", () => {
    const dir = import.meta.dirname;
    const outside = ["..", "shared", ""].join("/"); // not spelled out: this file is scanned too
    for (const file of readdirSync(dir).filter((f) => f.endsWith(".ts"))) {
      const text = readFileSync(path.join(dir, file), "utf8");
      expect(text.includes(outside), file).toBe(false);
    }
  });

  it("serves the webhook payloads the tests use from @octokit/webhooks-examples", () => {
    const opened = webhookExample("pull_request.opened") as {
      action: string;
      number: number;
      pull_request: { head: { sha: string }; base: { sha: string } };
      repository: { full_name: string };
    };
    expect(opened).toMatchObject({
      action: "opened",
      number: 2,
      repository: { full_name: "Codertocat/Hello-World" },
    });
    expect(opened.pull_request.head.sha).toBe("ec26c3e57ca3a959ca5aad62de7213c562f8c821");
    expect(opened.pull_request.base.sha).toBe("f95f852bd8fca8fcc58a9a2d6c842781e32a215e");
    expect(webhookExample("pull_request.synchronize")).toMatchObject({
      action: "synchronize",
      number: 2,
    });
    expect(webhookExample("workflow_run.completed")).toMatchObject({ action: "completed" });
    expect(webhookExample("push")).toHaveProperty("head_commit");
    expect(webhookExample("workflow_dispatch")).toHaveProperty("workflow");
    expect(() => webhookExample("pull_request.exploded")).toThrow(/no pull_request.exploded/);

    // A copy, so a test may edit its payload freely.
    (webhookExample("push") as { ref: string }).ref = "changed";
    expect(webhookExample("push").ref).not.toBe("changed");

    const dir = mkdtempSync(path.join(tmpdir(), "webhook-"));
    try {
      const file = writeWebhookExample("pull_request.opened", dir);
      expect(file).toBe(path.join(dir, "pull_request.opened.json"));
      expect(JSON.parse(readFileSync(file, "utf8"))).toEqual(opened);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
