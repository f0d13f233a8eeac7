// The portfolio of a generated organisation as `org OWNER` reads it: the contract-checked mock
// serves the repositories, readPortfolio reads and checks them, the mock is closed again.
import { githubGraphQl } from "../../src/cli/github-graphql-client.js";
import type { Portfolio } from "../../src/org/portfolio.js";
import { readPortfolio } from "../../src/org/read-portfolio.js";
import { loadRuleSet } from "../../src/rules/rule-set.js";
import { startMockGitHub } from "../support/github-mock-server.js";
import { BLOB_TEXT_LIMIT, generateOrganisation } from "./generated-organisation.js";

export async function generatedPortfolio(
  size: number,
  owner: string,
  today: string,
): Promise<Portfolio> {
  const mock = await startMockGitHub({
    owner,
    repo: "not-in-the-portfolio",
    organisation: {
      login: owner,
      repositories: generateOrganisation(size),
      blobTextLimit: BLOB_TEXT_LIMIT,
    },
  });
  try {
    const transport = githubGraphQl({
      token: "ghp_generated_portfolio_0123456789",
      apiUrl: mock.url,
      log: () => {},
      throttle: false,
    });
    const run = await readPortfolio(transport, {
      owner,
      check: { today, language: "en", ruleSet: await loadRuleSet() },
    });
    if (mock.contractViolations.length > 0)
      throw new Error(`the mock saw requests GitHub would refuse: ${mock.contractViolations}`);
    return run.portfolio;
  } finally {
    await mock.close();
  }
}
