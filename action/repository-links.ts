import { isInsideRepository } from "../src/rules/check-keywords.js";

const OWNER = /^[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})$/;
const REPOSITORY = /^[A-Za-z0-9._-]{1,100}$/;
const COMMIT = /^[0-9a-f]{40}$/;

/**
 * The web address of a manifest at a commit, built only from validated parts: a GitHub owner and
 * repository name, a full commit sha, and a path that is relative, normalised, inside the
 * repository and URL-encoded segment by segment. Anything else gets no link (undefined), so a
 * report or input cannot point "line N" at another repository or site.
 */
export function manifestBlobUrl(parts: {
  serverUrl: string;
  owner: string;
  repo: string;
  sha: string;
  path: string;
}): string | undefined {
  const { owner, repo, sha } = parts;
  if (!OWNER.test(owner) || !REPOSITORY.test(repo) || repo === "." || repo === "..")
    return undefined;
  if (!COMMIT.test(sha)) return undefined;
  const relative = isInsideRepository(parts.path);
  if (!relative || relative.split("/").some((segment) => segment === "" || segment === "."))
    return undefined;
  let origin: string;
  try {
    const server = new URL(parts.serverUrl);
    if (server.protocol !== "https:" && server.protocol !== "http:") return undefined;
    origin = server.origin;
  } catch {
    return undefined;
  }
  const file = relative.split("/").map(encodeURIComponent).join("/");
  return `${origin}/${owner}/${repo}/blob/${sha}/${file}`;
}
