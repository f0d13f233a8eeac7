// Regenerates github-rest.openapi.json: the operations the Action may call, cut out of
// GitHub's full REST description together with every component they reference.
//
//   mkdir /tmp/openapi && cd /tmp/openapi && npm init -y && npm i @octokit/openapi@23.0.2
//   node tests/contracts/extract-openapi.mjs \
//     /tmp/openapi/node_modules/@octokit/openapi/generated/api.github.com.json [operationId ...]
//
// The operations are those already in the file plus any given on the command line. Paths,
// methods and components keep the package's order, so a regenerated file diffs cleanly.
// Never add @octokit/openapi to package.json: it is 385 MB installed.
import { readFileSync, writeFileSync } from "node:fs";

const METHODS = ["get", "put", "post", "patch", "delete", "head", "options", "trace"];
const target = new URL("./github-rest.openapi.json", import.meta.url);

const [source, ...extra] = process.argv.slice(2);
if (!source) {
  console.error("usage: extract-openapi.mjs <api.github.com.json> [operationId ...]");
  process.exit(2);
}
const full = JSON.parse(readFileSync(source, "utf8"));
const current = JSON.parse(readFileSync(target, "utf8"));
const wanted = new Set(extra);
for (const item of Object.values(current.paths)) {
  for (const method of METHODS) if (item[method]) wanted.add(item[method].operationId);
}

const paths = {};
const found = new Set();
for (const [template, item] of Object.entries(full.paths)) {
  const keep = METHODS.filter((m) => wanted.has(item[m]?.operationId));
  if (keep.length === 0) continue;
  // Path-level keys (summary, parameters) come along with the kept methods.
  paths[template] = Object.fromEntries(
    Object.entries(item).filter(([key]) => !METHODS.includes(key) || keep.includes(key)),
  );
  for (const m of keep) found.add(item[m].operationId);
}
const missing = [...wanted].filter((id) => !found.has(id));
if (missing.length > 0) throw new Error(`not in ${source}: ${missing.join(", ")}`);

const unescapePointer = (s) => s.replace(/~1/g, "/").replace(/~0/g, "~");
const resolve = (ref) =>
  ref
    .slice(2)
    .split("/")
    .reduce((node, key) => node[unescapePointer(key)], full);
const refs = new Set();
const walk = (node) => {
  if (Array.isArray(node)) for (const v of node) walk(v);
  else if (node && typeof node === "object") {
    for (const [key, value] of Object.entries(node)) {
      if (key !== "$ref" || typeof value !== "string") walk(value);
      else if (!refs.has(value)) {
        refs.add(value);
        walk(resolve(value));
      }
    }
  }
};
walk(paths);

const components = {};
for (const [section, entries] of Object.entries(full.components)) {
  for (const [name, value] of Object.entries(entries)) {
    const ref = `#/components/${section}/${name.replace(/~/g, "~0").replace(/\//g, "~1")}`;
    if (!refs.has(ref)) continue;
    components[section] ??= {};
    components[section][name] = value;
  }
}

const spec = { openapi: full.openapi, info: full.info, paths, components };
writeFileSync(target, `${JSON.stringify(spec, null, 2)}\n`);
console.log(`${found.size} operations, ${refs.size} components -> ${target.pathname}`);
