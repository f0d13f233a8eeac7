import { existsSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { CliIo } from "../../src/cli/cli-io.js";
import { main } from "../../src/cli/main.js";
import { portfolioSchemaProblems } from "../../src/org/merge-portfolios.js";
import type { Portfolio } from "../../src/org/portfolio.js";
import { renderPortfolioHtml } from "../../src/org/portfolio-html.js";
import { type MockGitHub, startMockGitHub } from "../support/github-mock-server.js";
import { BLOB_TEXT_LIMIT, generateOrganisation } from "./generated-organisation.js";

const OWNER = "weser-werke";
const TODAY = "2026-12-03";
const TOKEN = "ghp_portfolio_cli_secret_0123456789";
// Twelve repositories: one without a manifest (3), broken YAML (5), truncated (7), archived (11).
const repos = generateOrganisation(12);

let mock: MockGitHub;
let dir: string;

beforeAll(async () => {
  mock = await startMockGitHub({
    owner: OWNER,
    repo: "not-in-the-portfolio",
    organisation: { login: OWNER, repositories: repos, blobTextLimit: BLOB_TEXT_LIMIT },
  });
  dir = mkdtempSync(path.join(tmpdir(), "sm-org-"));
});

afterAll(async () => {
  await mock?.close();
});

async function cli(args: string[], env: Record<string, string> = { SM_TOKEN: TOKEN }) {
  let stdout = "";
  let stderr = "";
  const io: CliIo = {
    stdout: (t) => {
      stdout += t;
    },
    stderr: (t) => {
      stderr += t;
    },
    isTty: false,
    env,
    cwd: dir,
    today: TODAY,
  };
  const code = await main(args, io);
  return { code, stdout, stderr };
}

const online = (...extra: string[]) => [
  "org",
  OWNER,
  "--token-env",
  "SM_TOKEN",
  "--api-url",
  mock.url,
  ...extra,
];

describe("security-manifest org OWNER", () => {
  let unsharded: { code: number; stdout: string; stderr: string };
  beforeAll(async () => {
    unsharded = await cli(online("--format", "json"));
  }, 120_000);

  it("prints the portfolio as JSON and the requests per repository on stderr", () => {
    expect(unsharded.code).toBe(0);
    const portfolio = JSON.parse(unsharded.stdout);
    expect(portfolioSchemaProblems(portfolio)).toEqual([]);
    expect(portfolio.owner).toBe(OWNER);
    expect(portfolio.without_manifest).toEqual(["service-0003"]);
    expect(portfolio.archived).toEqual(["service-0011"]);
    // Code-point order: capitals before small letters, whatever the locale.
    expect(portfolio.unreadable.map((u: { repository: string }) => u.repository)).toEqual([
      "Service-0007",
      "service-0005",
    ]);
    expect(portfolio.repositories).toHaveLength(8);
    expect(unsharded.stderr).toMatch(/3 API requests for 11 repositories: 0\.273 per repository/);
    expect(unsharded.stderr).toMatch(/rate limit: cost 1, remaining \d+/);
    expect(mock.contractViolations).toEqual([]);
  });

  it("never prints the token", () => {
    expect(unsharded.stdout + unsharded.stderr).not.toContain(TOKEN);
    for (const r of mock.calls("graphql")) expect(JSON.stringify(r)).not.toContain(TOKEN);
  });

  it("writes shards that org merge combines into the unsharded portfolio", async () => {
    const files: string[] = [];
    for (const k of [1, 2]) {
      const shard = await cli(online("--shard", `${k}/2`));
      expect(shard.code).toBe(0);
      expect(JSON.parse(shard.stdout).shard).toEqual({ index: k, count: 2 });
      const file = `shard-${k}.json`;
      writeFileSync(path.join(dir, file), shard.stdout);
      files.push(file);
    }
    const merged = await cli(["org", "merge", ...files.reverse()]);
    expect(merged.code).toBe(0);
    expect(merged.stdout).toBe(unsharded.stdout);
  }, 120_000);

  it("writes the job summary in German, one table row per repository", async () => {
    const md = await cli(online("--format", "markdown", "--lang", "de"));
    expect(md.code).toBe(0);
    expect(md.stdout).toMatch(/^## Sicherheitsportfolio von weser-werke/);
    expect(md.stdout).toContain("| Repository | Stand | Punktwert DIN SPEC 27076 |");
    expect(md.stdout.match(/^\| [Ss]ervice-\d{4} \| /gm)).toHaveLength(8 + 2);
    expect(md.stdout).toContain("### Ohne Manifest (1)");
    expect(md.stdout).toContain("1 archiviertes Repository wurde nicht geprüft.");
  }, 120_000);

  it("refuses to run without a token, with a bad shard or a bad owner", async () => {
    const noToken = await cli(online(), {});
    expect(noToken.code).toBe(2);
    expect(noToken.stderr).toMatch(/no token: set SM_TOKEN/);
    for (const shard of ["0/2", "3/2", "x"]) {
      const bad = await cli(online("--shard", shard));
      expect(bad.code, shard).toBe(2);
      expect(bad.stderr).toMatch(/--shard must be K\/N/);
    }
    const owner = await cli(["org", "bad_owner", "--token-env", "SM_TOKEN"]);
    expect(owner.code).toBe(2);
    expect(owner.stderr).toMatch(/no GitHub login/);
  });

  it("fails with exit 2 when the owner cannot be listed", async () => {
    const unknown = await cli([
      "org",
      "nobody-here",
      "--token-env",
      "SM_TOKEN",
      "--api-url",
      mock.url,
    ]);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toMatch(/cannot list the repositories of nobody-here/);
    expect(unknown.stdout).toBe("");
  });

  it("org merge refuses an incomplete set of shards", async () => {
    const merged = await cli(["org", "merge", "shard-1.json"]);
    expect(merged.code).toBe(2);
    expect(merged.stderr).toMatch(/shard 2\/2 missing/);
  });
});

describe("security-manifest org --format html", () => {
  let portfolio: Portfolio;
  beforeAll(async () => {
    portfolio = JSON.parse((await cli(online("--format", "json"))).stdout);
  }, 120_000);

  it("writes the page with --output, creating missing folders, and prints nothing else", async () => {
    const run = await cli(online("--format", "html", "--output", "reports/org/portfolio.html"));
    expect(run.code).toBe(0);
    expect(run.stdout).toBe("");
    expect(run.stderr).toContain("security-manifest: wrote reports/org/portfolio.html");
    const page = readFileSync(path.join(dir, "reports/org/portfolio.html"), "utf8");
    expect(page).toBe(renderPortfolioHtml(portfolio, "en"));
    for (const row of portfolio.repositories) expect(page).toContain(`>${row.repository}</td>`);
    expect(page).toContain("<li>service-0003</li>");
  }, 120_000);

  it("writes it in German with --lang de or SECURITY_MANIFEST_LANG, to stdout without --output", async () => {
    const flag = await cli(online("--format", "html", "--lang", "de"));
    expect(flag.code).toBe(0);
    expect(flag.stdout).toBe(renderPortfolioHtml(portfolio, "de"));
    const env = await cli(online("--format", "html"), {
      SM_TOKEN: TOKEN,
      SECURITY_MANIFEST_LANG: "de",
    });
    expect(env.stdout).toBe(flag.stdout);
    expect(env.stdout).toContain('<html lang="de">');
  }, 120_000);

  it("org merge writes the merged page with -o", async () => {
    const files: string[] = [];
    for (const k of [1, 2]) {
      const file = `html-shard-${k}.json`;
      writeFileSync(path.join(dir, file), (await cli(online("--shard", `${k}/2`))).stdout);
      files.push(file);
    }
    const merged = await cli(["org", "merge", ...files, "--format", "html", "-o", "merged/p.html"]);
    expect(merged.code).toBe(0);
    expect(merged.stdout).toBe("");
    expect(readFileSync(path.join(dir, "merged/p.html"), "utf8")).toBe(
      renderPortfolioHtml(portfolio, "en"),
    );
  }, 120_000);

  it("refuses an --output it cannot write before reading the organisation, in the user's language", async () => {
    writeFileSync(path.join(dir, "a-file"), "");
    const before = mock.calls("graphql").length;
    const folder = await cli(online("--format", "html", "--output", "."));
    expect(folder.code).toBe(2);
    expect(folder.stderr).toMatch(/cannot write --output \.: it is a folder/);
    const under = await cli(online("--format", "html", "-o", "a-file/p.html", "--lang", "de"));
    expect(under.code).toBe(2);
    expect(under.stderr).toMatch(
      /--output a-file\/p\.html kann nicht geschrieben werden: ein Teil des Pfads ist eine Datei/,
    );
    expect(mock.calls("graphql").length).toBe(before);
    const merge = await cli([
      "org",
      "merge",
      "html-shard-1.json",
      "html-shard-2.json",
      "-o",
      "a-file/x",
    ]);
    expect(merge.code).toBe(2);
    expect(merge.stderr).toMatch(/cannot write --output a-file\/x/);
    expect(existsSync(path.join(dir, "a-file/x"))).toBe(false);
  });

  it("names html among the formats in its help and in the error for an unknown one", async () => {
    const help = await cli(["org", "--help"]);
    expect(help.stdout).toContain("--format <format>     json | markdown | html");
    expect(help.stdout).toContain("-o, --output <file>");
    const bad = await cli(online("--format", "pdf"));
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/--format must be one of json, markdown, html/);
  });
});
