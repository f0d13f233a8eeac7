import path from "node:path";
import { readBounded } from "../../manifest/load-manifest.js";
import { SourceError } from "../../manifest/manifest-error.js";
import { isGitHubLogin } from "../../org/github-login.js";
import { MergeError, mergePortfolios } from "../../org/merge-portfolios.js";
import type { Portfolio } from "../../org/portfolio.js";
import { renderPortfolioHtml } from "../../org/portfolio-html.js";
import { renderPortfolioMarkdown } from "../../org/portfolio-markdown.js";
import { PortfolioError, readPortfolio } from "../../org/read-portfolio.js";
import { parseShard } from "../../org/shard.js";
import { terminalSafe } from "../../report/terminal-text.js";
import { type CliIo, EXIT, usageError } from "../cli-io.js";
import { choiceOption, languageOption, parseCommandArgs, todayOption } from "../command-options.js";
import { githubGraphQl } from "../github-graphql-client.js";
import { loadRuleSetForCli } from "../load-rules-for-cli.js";
import { prepareOutputFile, writeOutputFile } from "../output-file.js";

export const ORG_HELP = `Usage: security-manifest org OWNER [options]
       security-manifest org merge FILE… [options]

Reads security-manifest.yml of every repository of an organisation through the GitHub API
(batched GraphQL, no cloning), checks each with the same rules as \`check\` and prints one
portfolio: a row per repository, the repositories without a manifest and those that could not
be read. Archived repositories are skipped. API requests and their rate-limit cost go to stderr.
With --format html it is one self-contained page for management, printable on A4.

\`org merge\` combines the JSON reports of the shards of one run (--shard 1/N … N/N) into the
portfolio one unsharded run prints.

Options:
  --token-env <name>    environment variable that holds the token (default: GITHUB_TOKEN);
                        the token needs read access to the repositories' contents
  --shard <K/N>         check shard K of N only (a repository's shard: FNV-1a hash of its
                        lower-cased name, mod N), for a matrix of N jobs
  --format <format>     json | markdown | html (default: json)
  -o, --output <file>   write the portfolio to this file, creating missing folders
                        (default: standard output)
  --lang <language>     en | de (default: en, or $SECURITY_MANIFEST_LANG)
  --today <date>        evaluate as of this date, YYYY-MM-DD (default: today, UTC)
  --api-url <url>       the GitHub API (default: $GITHUB_API_URL or https://api.github.com)
  --rules <glob>        add your own rule packs (repeatable)
  -h, --help            show this help

Exit status: 0 portfolio written (gaps or not), 2 usage error, the organisation cannot be
listed, or shard reports that do not fit together.`;

const FORMATS = ["json", "markdown", "html"] as const;

export async function orgCommand(args: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseCommandArgs(
    args,
    {
      "token-env": { type: "string" },
      shard: { type: "string" },
      format: { type: "string" },
      output: { type: "string", short: "o" },
      lang: { type: "string" },
      today: { type: "string" },
      "api-url": { type: "string" },
      rules: { type: "string", multiple: true },
      help: { type: "boolean", short: "h" },
    },
    Number.POSITIVE_INFINITY,
  );
  if (values.help) {
    io.stdout(`${ORG_HELP}\n`);
    return EXIT.ok;
  }
  const format = choiceOption("--format", values.format ?? "json", FORMATS);
  const language = languageOption(values.lang, io.env);
  const output = values.output;
  let target: string | undefined;
  const write = (portfolio: Portfolio) => {
    const text =
      format === "json"
        ? `${JSON.stringify(portfolio, null, 2)}\n`
        : format === "html"
          ? renderPortfolioHtml(portfolio, language)
          : renderPortfolioMarkdown(portfolio, language);
    if (output === undefined) io.stdout(text);
    else writeOutputFile(io, output, target ?? prepareOutputFile(io, output), text);
  };

  if (positionals[0] === "merge") {
    for (const option of ["token-env", "shard", "today", "api-url", "rules"] as const) {
      if (values[option] !== undefined) throw usageError("org-merge-option", { option });
    }
    const files = positionals.slice(1);
    if (files.length === 0) throw usageError("org-merge-no-files");
    try {
      const named = [];
      for (const file of files) named.push({ file, value: await readJson(io, file) });
      write(mergePortfolios(named));
      return EXIT.ok;
    } catch (error) {
      if (!(error instanceof MergeError)) throw error;
      io.stderr(`security-manifest org merge: ${terminalSafe(error.message)}\n`);
      return EXIT.usage;
    }
  }

  if (positionals.length !== 1) throw usageError("org-no-owner");
  const owner = positionals[0] as string;
  if (!isGitHubLogin(owner)) throw usageError("org-bad-owner", { owner: terminalSafe(owner) });
  const shard = values.shard === undefined ? undefined : parseShard(values.shard);
  if (values.shard !== undefined && !shard) {
    throw usageError("org-shard", { value: terminalSafe(values.shard) });
  }
  const tokenEnv = values["token-env"] ?? "GITHUB_TOKEN";
  const token = io.env[tokenEnv];
  if (!token) throw usageError("org-no-token", { variable: tokenEnv });
  const apiUrl = values["api-url"] ?? io.env.GITHUB_API_URL ?? "https://api.github.com";
  if (!/^https?:\/\/[^\s]+$/.test(apiUrl))
    throw usageError("org-api-url", { value: terminalSafe(apiUrl) });
  const today = todayOption(values.today, io.today);
  const ruleSet = await loadRuleSetForCli(values.rules ?? [], io, language);
  if (!ruleSet) return EXIT.usage;

  // Ready before the organisation is read: a wrong --output fails now, not after the whole run.
  if (output !== undefined) target = prepareOutputFile(io, output);
  const log = (line: string) => io.stderr(`${terminalSafe(line)}\n`);
  try {
    const run = await readPortfolio(githubGraphQl({ token, apiUrl, log }), {
      owner,
      ...(shard ? { shard } : {}),
      check: { today, language, ruleSet },
      log,
    });
    write(run.portfolio);
    const perRepository = run.repositories > 0 ? run.requests / run.repositories : 0;
    io.stderr(
      `${run.requests} API requests for ${run.repositories} repositories: ${perRepository.toFixed(3)} per repository (rate-limit cost ${run.cost})\n`,
    );
    return EXIT.ok;
  } catch (error) {
    if (!(error instanceof PortfolioError)) throw error;
    io.stderr(`security-manifest org: ${terminalSafe(error.message)}\n`);
    return EXIT.usage;
  }
}

async function readJson(io: CliIo, file: string): Promise<unknown> {
  let text: string;
  try {
    text = await readBounded(path.resolve(io.cwd, file), "portfolio report", file);
  } catch (error) {
    if (error instanceof SourceError) throw new MergeError(error.problem.message);
    throw error;
  }
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new MergeError(`${file} is not JSON (${(error as Error).message})`);
  }
}
