// An organisation of many repositories for the mock's GraphQL API (the portfolio reader): each
// repository has a default branch with a file set, or none (empty), and may be archived.
// `repositoryOwner(login:)` lists them, `repository(owner:, name:)` resolves them with
// `defaultBranchRef` and `object(expression:)` at HEAD, the branch or the commit's oid.
import { buildGitTree, subtreeAt } from "./git-trees.js";
import { blobSha, fakeSha, nodeId } from "./github-objects.js";
import { GitHubGraphQlError, type GraphQlSource } from "./graphql-contract.js";

export interface MockOrgRepository {
  name: string;
  isArchived?: boolean;
  /** Default "main". */
  defaultBranch?: string;
  /** The default branch's files (path → UTF-8 content); undefined: an empty repository. */
  files?: Record<string, string>;
}

export interface MockOrganisation {
  login: string;
  repositories: MockOrgRepository[];
  /**
   * Blobs larger than this many bytes come back as GitHub sends large blobs: `isTruncated`
   * true and only the first bytes in `text`. Default 512 KiB.
   */
  blobTextLimit?: number;
}

const ORG_ID = 610_000_001;
const FIRST_REPO_ID = 720_000_001;

/** The commit at the tip of a repository's default branch (stable per name). */
export function orgCommitSha(repository: string): string {
  return fakeSha(`org-commit:${repository.toLowerCase()}`);
}

export interface OrgResolvers {
  repositoryOwner(args: Record<string, unknown>): GraphQlSource | null;
  /** The repository, or undefined when `owner` is not the organisation. */
  repository(owner: string, name: string): GraphQlSource | undefined;
}

type Connection = (
  field: string,
  all: { id: number }[],
  args: Record<string, unknown>,
  node: (item: { id: number }) => GraphQlSource,
) => GraphQlSource;

export function organisationResolvers(org: MockOrganisation, connection: Connection): OrgResolvers {
  // Listed by name as GitHub's `orderBy: {field: NAME}` does (case-insensitively); ids follow.
  const repos = [...org.repositories]
    .sort((a, b) => (a.name.toLowerCase() < b.name.toLowerCase() ? -1 : 1))
    .map((repo, i) => ({ ...repo, id: FIRST_REPO_ID + i }));
  const byName = new Map(repos.map((r) => [r.name.toLowerCase(), r]));
  const limit = org.blobTextLimit ?? 512 * 1024;
  const ours = (login: string) => login.toLowerCase() === org.login.toLowerCase();
  const owner: GraphQlSource = {
    __typename: "Organization",
    id: nodeId("O", ORG_ID),
    databaseId: ORG_ID,
    login: org.login,
  };
  const repository = (repo: (typeof repos)[number]): GraphQlSource => {
    const branch = repo.defaultBranch ?? "main";
    const sha = orgCommitSha(repo.name);
    return {
      __typename: "Repository",
      id: nodeId("R", repo.id),
      databaseId: repo.id,
      name: repo.name,
      nameWithOwner: `${org.login}/${repo.name}`,
      isArchived: repo.isArchived ?? false,
      isEmpty: repo.files === undefined,
      owner,
      defaultBranchRef:
        repo.files === undefined
          ? null
          : {
              id: nodeId("REF", repo.id),
              name: branch,
              prefix: "refs/heads/",
              target: commit(sha),
            },
      object: (args: Record<string, unknown>) => {
        const expression = args.expression;
        if (typeof expression !== "string") {
          throw new GitHubGraphQlError(
            "ARGUMENT_ERROR",
            "Either `expression` or `oid` is required.",
            {
              violation: true,
            },
          );
        }
        if (repo.files === undefined) return null;
        const colon = expression.indexOf(":");
        const rev = colon < 0 ? expression : expression.slice(0, colon);
        if (![`HEAD`, "", branch, `refs/heads/${branch}`, sha].includes(rev)) return null;
        if (colon < 0) return commit(sha);
        const path = expression.slice(colon + 1).replace(/^\/+|\/+$/g, "");
        const content = repo.files[path];
        if (content !== undefined) return blob(content, limit);
        const tree = subtreeAt(buildGitTree(repo.files), path);
        return tree ? { __typename: "Tree", id: nodeId("T", 1), oid: tree.sha, entries: [] } : null;
      },
    };
  };
  return {
    repositoryOwner: (args) => {
      if (!ours(String(args.login))) return null;
      return {
        ...owner,
        repositories: (a: Record<string, unknown>) =>
          connection("repositories", repos, a, (r) => repository(r as (typeof repos)[number])),
      };
    },
    repository: (ownerLogin, name) => {
      if (!ours(ownerLogin)) return undefined;
      const repo = byName.get(name.toLowerCase());
      if (!repo) {
        throw new GitHubGraphQlError(
          "NOT_FOUND",
          `Could not resolve to a Repository with the name '${ownerLogin}/${name}'.`,
        );
      }
      return repository(repo);
    },
  };
}

function commit(oid: string): GraphQlSource {
  return { __typename: "Commit", id: nodeId("C", Number.parseInt(oid.slice(0, 8), 16)), oid };
}

function blob(content: string, limit: number): GraphQlSource {
  const bytes = Buffer.from(content, "utf8");
  const oid = blobSha(bytes);
  const truncated = bytes.length > limit;
  return {
    __typename: "Blob",
    id: nodeId("B", Number.parseInt(oid.slice(0, 8), 16)),
    oid,
    byteSize: bytes.length,
    text: truncated ? bytes.subarray(0, limit).toString("utf8") : content,
    isBinary: false,
    isTruncated: truncated,
  };
}
