// Portfolio mode (input `portfolio`): the organisation's portfolio as `security-manifest org`
// writes it, read through the Action's own GitHub client (token, GITHUB_API_URL, throttling and
// retries) with the CLI's reader. It writes the JSON portfolio and the printable HTML page under
// RUNNER_TEMP (outputs `portfolio`, `portfolio-html`) and the Markdown portfolio as the job
// summary, and never comments or opens issues. Loaded on demand: a pull request's run does not carry this code.
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import * as core from "@actions/core";
import { graphQlTransport } from "../src/org/graphql-transport.js";
import type { PortfolioShard } from "../src/org/portfolio.js";
import { renderPortfolioHtml } from "../src/org/portfolio-html.js";
import { renderPortfolioMarkdown } from "../src/org/portfolio-markdown.js";
import { PortfolioError, readPortfolio } from "../src/org/read-portfolio.js";
import { loadRuleSet } from "../src/rules/rule-set.js";
import { createGitHubClient } from "./github-client.js";
import { type ActionInputs, InputError } from "./inputs.js";
import { findLocalPacks } from "./local-rule-packs.js";

/**
 * Fails the step only when the organisation cannot be listed (or an input is wrong): a
 * repository that cannot be read is a row of the portfolio's `unreadable` list.
 */
export async function runPortfolio(
  inputs: ActionInputs,
  owner: string,
  workspace: string,
): Promise<void> {
  if (!inputs.token)
    throw new InputError(
      "input portfolio needs a token that can read the repositories' contents (input token)",
    );
  const packs = await findLocalPacks(inputs.rules, workspace, true);
  const ruleSet = await loadRuleSet(packs.map((p) => p.absolute));
  const github = createGitHubClient(inputs.token);
  let run: Awaited<ReturnType<typeof readPortfolio>>;
  try {
    run = await readPortfolio(graphQlTransport(github.request), {
      owner,
      ...(inputs.shard ? { shard: inputs.shard } : {}),
      manifestPath: inputs.manifest,
      check: { today: inputs.today, language: inputs.language, ruleSet },
      log: (line) => core.info(line),
    });
  } catch (error) {
    if (!(error instanceof PortfolioError)) throw error;
    core.setFailed(`Security Manifest Check: ${error.message}`);
    return;
  }
  const directory = process.env.RUNNER_TEMP || process.cwd();
  mkdirSync(directory, { recursive: true });
  const json = path.join(directory, portfolioFileName(inputs.shard));
  // Byte for byte what `security-manifest org OWNER --format json` (or html) prints.
  writeFileSync(json, `${JSON.stringify(run.portfolio, null, 2)}\n`);
  core.setOutput("portfolio", json);
  const html = path.join(directory, portfolioFileName(inputs.shard, "html"));
  writeFileSync(html, renderPortfolioHtml(run.portfolio, inputs.language));
  core.setOutput("portfolio-html", html);
  const perRepository = run.repositories > 0 ? run.requests / run.repositories : 0;
  core.info(
    `${run.requests} API requests for ${run.repositories} repositories: ${perRepository.toFixed(3)} per repository (rate-limit cost ${run.cost})`,
  );
  if (!process.env.GITHUB_STEP_SUMMARY) return;
  try {
    await core.summary.addRaw(renderPortfolioMarkdown(run.portfolio, inputs.language)).write();
  } catch (error) {
    core.warning(`Could not write the job summary: ${(error as Error).message}`);
  }
}

/** A shard's file is named after it, so the artifacts of a matrix can share one folder. */
export function portfolioFileName(
  shard: PortfolioShard | undefined,
  extension: "json" | "html" = "json",
): string {
  return shard
    ? `security-manifest-portfolio-${shard.index}-of-${shard.count}.${extension}`
    : `security-manifest-portfolio.${extension}`;
}
