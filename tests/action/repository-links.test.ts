import { describe, expect, it } from "vitest";
import { manifestBlobUrl } from "../../action/repository-links.js";

const SHA = "0123456789abcdef0123456789abcdef01234567";
const parts = {
  serverUrl: "https://github.com",
  owner: "acme",
  repo: "portal",
  sha: SHA,
  path: "security-manifest.yml",
};

describe("links to the manifest are built from validated parts only", () => {
  it("links a normal manifest path at a full commit sha", () => {
    expect(manifestBlobUrl(parts)).toBe(
      `https://github.com/acme/portal/blob/${SHA}/security-manifest.yml`,
    );
  });

  it("normalises and encodes the path segment by segment", () => {
    expect(manifestBlobUrl({ ...parts, path: "security/./my manifest#1.yml" })).toBe(
      `https://github.com/acme/portal/blob/${SHA}/security/my%20manifest%231.yml`,
    );
  });

  it.each([
    [
      "a path climbing out of the repository",
      { path: "../../../../attacker/repo/blob/main/README.md" },
    ],
    ["an absolute path", { path: "/etc/passwd" }],
    ["a Windows drive path", { path: "C:\\manifest.yml" }],
    ["the repository root", { path: "." }],
    ["a short sha", { sha: "0123456" }],
    ["a ref instead of a sha", { sha: "main" }],
    ["an owner with a slash", { owner: "acme/other" }],
    ["a repository named ..", { repo: ".." }],
    ["a server URL that is not http(s)", { serverUrl: "javascript:alert(1)" }],
  ])("gives no link for %s", (_why, change) => {
    expect(manifestBlobUrl({ ...parts, ...change })).toBeUndefined();
  });

  it("uses only the origin of the server URL", () => {
    expect(manifestBlobUrl({ ...parts, serverUrl: "https://ghe.example/evil/path?x=1" })).toBe(
      `https://ghe.example/acme/portal/blob/${SHA}/security-manifest.yml`,
    );
  });
});
