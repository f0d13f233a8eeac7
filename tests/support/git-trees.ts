// Git trees of the mock's file sets, hashed as git hashes them, so tree and blob shas agree
// between git/get-tree, repos/get-content and GraphQL's `object(expression:)`.
import { createHash } from "node:crypto";
import { blobSha } from "./github-objects.js";

export interface GitTree {
  sha: string;
  /** Direct children in git's order (names compared bytewise, a tree's name with a "/"). */
  children: GitTreeChild[];
}

export type GitTreeChild =
  | { name: string; type: "blob"; mode: "100644"; sha: string; size: number; content: string }
  | { name: string; type: "tree"; mode: "040000"; sha: string; tree: GitTree };

/** A child with its path relative to the tree that was walked. */
export type GitTreeEntry = GitTreeChild & { path: string };

/** The sha of the empty tree, as every git knows it. */
export const EMPTY_TREE_SHA = "4b825dc642cb6eb9a060e54bf8d69288fbee4904";

/** The root tree of a path → content map (the mock's `files[ref]`). */
export function buildGitTree(files: Record<string, string>): GitTree {
  interface Dir {
    blobs: Map<string, string>;
    dirs: Map<string, Dir>;
  }
  const root: Dir = { blobs: new Map(), dirs: new Map() };
  for (const [filePath, content] of Object.entries(files)) {
    const parts = filePath.split("/").filter((p) => p !== "");
    const name = parts.pop();
    if (name === undefined) continue;
    let dir = root;
    for (const part of parts) {
      let next = dir.dirs.get(part);
      if (!next) {
        next = { blobs: new Map(), dirs: new Map() };
        dir.dirs.set(part, next);
      }
      dir = next;
    }
    dir.blobs.set(name, content);
  }
  const build = (dir: Dir): GitTree => {
    const children: GitTreeChild[] = [];
    for (const [name, content] of dir.blobs) {
      const bytes = Buffer.from(content, "utf8");
      children.push({
        name,
        type: "blob",
        mode: "100644",
        sha: blobSha(bytes),
        size: bytes.length,
        content,
      });
    }
    for (const [name, sub] of dir.dirs) {
      const tree = build(sub);
      children.push({ name, type: "tree", mode: "040000", sha: tree.sha, tree });
    }
    const key = (c: GitTreeChild) => Buffer.from(c.type === "tree" ? `${c.name}/` : c.name);
    children.sort((a, b) => Buffer.compare(key(a), key(b)));
    return { sha: treeSha(children), children };
  };
  return build(root);
}

/** Entries below `tree`, pre-order like `git ls-tree -r -t`; direct children only if not recursive. */
export function treeEntries(tree: GitTree, recursive: boolean, prefix = ""): GitTreeEntry[] {
  const out: GitTreeEntry[] = [];
  for (const child of tree.children) {
    const path = `${prefix}${child.name}`;
    out.push({ ...child, path });
    if (recursive && child.type === "tree") out.push(...treeEntries(child.tree, true, `${path}/`));
  }
  return out;
}

/** The tree at a directory path ("" = the root), or undefined. */
export function subtreeAt(root: GitTree, dirPath: string): GitTree | undefined {
  let tree: GitTree | undefined = root;
  for (const part of dirPath.split("/").filter((p) => p !== "")) {
    const child: GitTreeChild | undefined = tree?.children.find((c) => c.name === part);
    tree = child?.type === "tree" ? child.tree : undefined;
  }
  return tree;
}

/** The root or any subtree with this sha. */
export function findTree(root: GitTree, sha: string): GitTree | undefined {
  if (root.sha === sha) return root;
  for (const child of root.children) {
    const hit = child.type === "tree" ? findTree(child.tree, sha) : undefined;
    if (hit) return hit;
  }
  return undefined;
}

function treeSha(children: GitTreeChild[]): string {
  // In the object a tree's mode is "40000"; the REST API shows it zero-padded.
  const body = Buffer.concat(
    children.map((c) =>
      Buffer.concat([
        Buffer.from(`${c.type === "tree" ? "40000" : c.mode} ${c.name}\0`),
        Buffer.from(c.sha, "hex"),
      ]),
    ),
  );
  return createHash("sha1").update(`tree ${body.length}\0`).update(body).digest("hex");
}
