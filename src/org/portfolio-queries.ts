// The GraphQL documents the portfolio reader sends: many repositories per request through
// aliases. Everything that comes from outside (owner, repository names, evidence paths from a
// manifest) travels as a variable, never spliced into the query text.

/** Asked in every query, so the cost of each and what is left of the budget can be logged. */
const RATE_LIMIT = "rateLimit { cost remaining resetAt }";

export interface Query {
  query: string;
  variables: Record<string, unknown>;
}

/**
 * One page (100, the API's maximum) of an owner's repositories, by name. Only those it owns:
 * for a user the default would add repositories of others the user collaborates on.
 */
export function repositoriesPage(owner: string, after: string | null): Query {
  return {
    query: `query PortfolioRepositories($owner: String!, $after: String) {
  ${RATE_LIMIT}
  repositoryOwner(login: $owner) {
    repositories(
      first: 100
      after: $after
      ownerAffiliations: [OWNER]
      orderBy: { field: NAME, direction: ASC }
    ) {
      nodes { name isArchived }
      pageInfo { hasNextPage endCursor }
    }
  }
}`,
    variables: { owner, after },
  };
}

/** The manifest blob at the default branch of each repository (alias `r<i>` for names[i]). */
export function manifestsQuery(
  owner: string,
  names: readonly string[],
  manifestPath: string,
): Query {
  const params = names.map((_, i) => `$n${i}: String!`).join(", ");
  const fields = names
    .map(
      (_, i) => `  r${i}: repository(owner: $owner, name: $n${i}) {
    defaultBranchRef { name target { oid } }
    manifest: object(expression: $manifest) { __typename ... on Blob { text byteSize isTruncated isBinary } }
  }`,
    )
    .join("\n");
  return {
    query: `query PortfolioManifests($owner: String!, $manifest: String!, ${params}) {
  ${RATE_LIMIT}
${fields}
}`,
    variables: {
      owner,
      manifest: `HEAD:${manifestPath}`,
      ...Object.fromEntries(names.map((name, i) => [`n${i}`, name])),
    },
  };
}

export interface EvidenceQuestion {
  repository: string;
  /** The commit the manifest was read at: evidence is looked up in the same tree. */
  commit: string;
  paths: readonly string[];
}

/** Whether each path exists at its repository's commit: alias `r<i>` per repository, `p<j>` per path. */
export function evidenceQuery(owner: string, questions: readonly EvidenceQuestion[]): Query {
  const variables: Record<string, unknown> = { owner };
  const params: string[] = [];
  const fields = questions.map((q, i) => {
    variables[`n${i}`] = q.repository;
    params.push(`$n${i}: String!`);
    const objects = q.paths.map((p, j) => {
      variables[`x${i}_${j}`] = `${q.commit}:${p}`;
      params.push(`$x${i}_${j}: String!`);
      return `    p${j}: object(expression: $x${i}_${j}) { __typename }`;
    });
    return `  r${i}: repository(owner: $owner, name: $n${i}) {\n${objects.join("\n")}\n  }`;
  });
  return {
    query: `query PortfolioEvidence($owner: String!, ${params.join(", ")}) {
  ${RATE_LIMIT}
${fields.join("\n")}
}`,
    variables,
  };
}
