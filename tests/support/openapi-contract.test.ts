import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { CONTRACTS_DIR } from "./contracts.js";
import { githubSpecPath, loadGitHubContract } from "./openapi-contract.js";

const contract = loadGitHubContract();
const op = (method: string, path: string) => {
  const match = contract.match(method, path);
  if (!match) throw new Error(`no operation for ${method} ${path}`);
  return match;
};

describe("GitHub OpenAPI contract", () => {
  it("reads the in-repo extract of @octokit/openapi 23.0.2", () => {
    expect(githubSpecPath).toBe(path.join(CONTRACTS_DIR, "github-rest.openapi.json"));
    expect(path.relative(path.resolve(import.meta.dirname, "../.."), githubSpecPath)).toBe(
      path.join("tests", "contracts", "github-rest.openapi.json"),
    );
    const spec = JSON.parse(readFileSync(githubSpecPath, "utf8")) as {
      info: { version: string; license: { name: string } };
    };
    expect(spec.info).toMatchObject({ version: "23.0.2", license: { name: "MIT" } });
  });

  it("matches every operation the Action may call", () => {
    expect([...contract.operationIds].sort()).toEqual([
      "git/get-tree",
      "issues/create",
      "issues/create-comment",
      "issues/create-label",
      "issues/delete-comment",
      "issues/get-comment",
      "issues/get-label",
      "issues/list-comments",
      "issues/list-for-repo",
      "issues/update",
      "issues/update-comment",
      "pulls/get",
      "pulls/list",
      "pulls/list-files",
      "pulls/list-reviews",
      "repos/compare-commits",
      "repos/get-content",
      "repos/list-pull-requests-associated-with-commit",
    ]);
    expect(op("GET", "/repos/a/b/contents/docs%2Fsecurity-manifest.yml").pathParams.path).toBe(
      "docs/security-manifest.yml",
    );
    expect(op("GET", "/repos/a/b/contents/docs/x.yml").pathParams.path).toBe("docs/x.yml");
    expect(op("GET", "/repos/a/b/compare/main...feature%2Fx").pathParams).toMatchObject({
      base: "main",
      head: "feature/x",
    });
    // tree_sha is multi-segment: a branch name with slashes stays one parameter.
    expect(op("GET", "/repos/a/b/git/trees/feature/login").pathParams.tree_sha).toBe(
      "feature/login",
    );
    expect(contract.match("GET", "/repos/a/b/issues/1/labels")).toBeUndefined();
  });

  it("honours OpenAPI nullable, including GitHub's type-less `nullable` + `oneOf`", () => {
    // issue-comment.user is nullable-simple-user; pull-request.user is simple-user.
    expect(contract.validateComponent("nullable-simple-user", null)).toEqual([]);
    expect(contract.validateComponent("simple-user", null)).toEqual(["(root) must be object"]);
    expect(
      contract.validateComponent("verification", {
        verified: false,
        reason: "unsigned",
        payload: null,
        signature: null,
        verified_at: null,
      }),
    ).toEqual([]);
    // commit.author is `{ nullable: true, oneOf: [...] }` with no `type`: Ajv alone refuses it.
    const authorErrors = (value: unknown) =>
      contract
        .validateComponent("commit", { author: value })
        .filter((e) => e.startsWith("/author"));
    expect(authorErrors(null)).toEqual([]);
    expect(authorErrors({})).toEqual([]);
    expect(authorErrors(5)).not.toEqual([]);
  });

  it("checks parameters and request bodies", () => {
    const list = op("GET", "/repos/a/b/issues/7/comments");
    expect(
      contract.checkRequest(list, {
        query: new URLSearchParams("per_page=100&page=2"),
        body: undefined,
      }),
    ).toEqual([]);
    expect(
      contract.checkRequest(list, {
        query: new URLSearchParams("per_page=all&since=yesterday"),
        body: undefined,
      }),
    ).toEqual([
      `query parameter 'since'="yesterday": (root) must match format "date-time"`,
      `query parameter 'per_page'="all": (root) must be integer`,
    ]);
    const create = op("POST", "/repos/a/b/issues/7/comments");
    expect(
      contract.checkRequest(create, { query: new URLSearchParams(), body: { body: "ok" } }),
    ).toEqual([]);
    expect(
      contract.checkRequest(create, { query: new URLSearchParams(), body: undefined }),
    ).toEqual(["missing required request body"]);
    expect(
      contract.checkRequest(create, { query: new URLSearchParams(), body: { body: 1 } }),
    ).toEqual(["request body: /body must be string"]);
    expect(
      contract.checkRequest(op("GET", "/repos/a/b/issues/comments/abc"), {
        query: new URLSearchParams(),
        body: undefined,
      }),
    ).toEqual([`path parameter 'comment_id'="abc": (root) must be integer`]);
  });

  it("checks responses, including statuses the operation does not declare", () => {
    const create = op("POST", "/repos/a/b/issues/7/comments");
    expect(contract.checkResponse(create, 201, { id: 1 })).toContain(
      "response 201 body: (root) must have required property 'node_id'",
    );
    expect(contract.checkResponse(create, 200, {})).toEqual([
      "response status 200 is not declared by issues/create-comment",
    ]);
    // GitHub answers 429/500 on any route; those bodies must still look like basic-error.
    expect(contract.checkResponse(create, 429, { message: "slow down" })).toEqual([]);
    expect(contract.checkResponse(create, 500, { message: 5 })).toEqual([
      "undeclared error 500 body: /message must be string",
    ]);
    expect(contract.checkResponse(create, 502, "<html>", null)).toEqual([]);
    const del = op("DELETE", "/repos/a/b/issues/comments/1");
    expect(contract.checkResponse(del, 204, undefined)).toEqual([]);
    expect(contract.checkResponse(del, 204, {})).toEqual(["response 204 must have no body"]);
  });
});
