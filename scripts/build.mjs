// Bundles the CLI and the Action into action/dist/: the files GitHub and npx run, committed.
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from "node:fs";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { Ajv } from "ajv";
import standaloneCode from "ajv/dist/standalone/index.js";
import addFormats from "ajv-formats";
import * as esbuild from "esbuild";
import { parse } from "yaml";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");

export const ENTRY_POINTS = {
  cli: "src/cli/index.ts",
  index: "action/main.ts",
};

/**
 * Our rule files, parsed now, travel inside the bundle: parsing them at every start cost more than
 * the whole check. The tests validate the YAML sources; the freshness check keeps the two in step.
 */
export function builtinRuleFiles() {
  const files = readdirSync(path.join(root, "rules"))
    .filter((name) => name.endsWith(".yml"))
    .sort();
  return Object.fromEntries(
    files.map((name) => [
      `rules/${name}`,
      parse(readFileSync(path.join(root, "rules", name), "utf8")),
    ]),
  );
}

/**
 * The manifest validator compiled ahead of time (Ajv standalone) replaces the module that
 * compiles it at run time: same schema, same options, a sixth of the start-up time saved.
 */
function precompiledManifestValidator() {
  const schema = JSON.parse(
    readFileSync(path.join(root, "schema/manifest-v1.schema.json"), "utf8"),
  );
  // Keep in step with MANIFEST_AJV_OPTIONS in src/manifest/manifest-validator.ts.
  const ajv = new Ajv({
    allErrors: true,
    strict: true,
    verbose: true,
    keywords: ["x-description-de"],
    code: { source: true, esm: true },
  });
  addFormats.default(ajv);
  const code = jsonLiteralsAsParse(standaloneCode.default(ajv, ajv.compile(schema)));
  return `${code}\nexport function compileManifestValidator() { return validate10; }\n`;
}

/**
 * Our packs' checks, compiled ahead of time: scripts/precompile-checks.ts is bundled with the
 * same embedded rule files, run here, and its generated module replaces the empty
 * src/rules/precompiled-checks.ts in the bundle.
 */
async function precompiledChecks() {
  // Inside node_modules, so the bundled step resolves the packages it leaves external.
  const cache = path.join(root, "node_modules/.cache");
  mkdirSync(cache, { recursive: true });
  const work = mkdtempSync(path.join(cache, "sm-precompile-"));
  try {
    const outfile = path.join(work, "precompile.mjs");
    await esbuild.build({
      absWorkingDir: root,
      entryPoints: ["scripts/precompile-checks.ts"],
      outfile,
      bundle: true,
      platform: "node",
      format: "esm",
      logLevel: "warning",
      packages: "external",
      define: { __BUILTIN_RULE_FILES__: JSON.stringify(builtinRuleFiles()) },
    });
    return (await import(pathToFileURL(outfile).href)).precompiledChecksModule();
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

function replaceModule(name, filter, contents) {
  return {
    name,
    setup(builder) {
      builder.onLoad({ filter }, () => ({ contents, loader: "js", resolveDir: root }));
    },
  };
}

/**
 * @actions/core imports its OIDC client, and with it @actions/http-client and undici, whether or
 * not the token is ever requested (we never do). Declaring those packages free of side effects
 * lets esbuild drop them when nothing uses them: a quarter of the Action's start-up.
 */
const unusedHttpClientIsDroppable = {
  name: "unused-http-client-is-droppable",
  setup(builder) {
    builder.onResolve({ filter: /^(@actions\/http-client|undici|tunnel)(\/|$)/ }, async (args) => {
      if (args.pluginData?.resolving) return undefined;
      const resolved = await builder.resolve(args.path, {
        kind: args.kind,
        importer: args.importer,
        resolveDir: args.resolveDir,
        pluginData: { resolving: true },
      });
      return { ...resolved, sideEffects: false };
    });
  },
};

/**
 * Ajv's standalone code carries the schema's parts as object literals (`const schema31 = {…}`,
 * 57 KB for the manifest schema); as `JSON.parse("…")` V8 reads them far faster than it compiles
 * them. Only literals that are valid JSON are replaced, so the code's meaning cannot change.
 */
export function jsonLiteralsAsParse(code) {
  let out = "";
  let copied = 0;
  const declaration = /const (schema\d+) = \{/g;
  for (let match = declaration.exec(code); match; match = declaration.exec(code)) {
    const start = match.index + match[0].length - 1;
    let end = start;
    let depth = 0;
    let inString = false;
    for (; end < code.length; end++) {
      const char = code[end];
      if (inString) {
        if (char === "\\") end++;
        else if (char === '"') inString = false;
      } else if (char === '"') inString = true;
      else if (char === "{" || char === "[") depth++;
      else if ((char === "}" || char === "]") && --depth === 0) break;
    }
    const literal = code.slice(start, end + 1);
    try {
      JSON.parse(literal);
    } catch {
      continue;
    }
    out += `${code.slice(copied, start)}JSON.parse(${JSON.stringify(literal)})`;
    copied = end + 1;
    declaration.lastIndex = copied;
  }
  return out + code.slice(copied);
}

/** Our own JSON files (schemas, package.json) enter the bundle as JSON.parse strings, for the same reason. */
const ownJsonAsParse = {
  name: "own-json-as-parse",
  setup(builder) {
    builder.onLoad({ filter: /\.json$/ }, (args) => {
      if (args.path.includes(`${path.sep}node_modules${path.sep}`)) return undefined;
      const text = JSON.stringify(JSON.parse(readFileSync(args.path, "utf8")));
      return { contents: `export default JSON.parse(${JSON.stringify(text)});`, loader: "js" };
    });
  },
};

const EMBEDDED_DATA = "sm-embedded-data";

/**
 * Data the bundle carries (our rule files, the snippet example), as `JSON.parse("…")` rather than
 * as object literals: V8 reads a JSON string several times faster than it compiles the same
 * 230 KB as JavaScript, which cost the cold start a third of `node -e 0`. Each name in the
 * sources is replaced (define) by an export of one injected module that parses its string.
 */
export function embeddedData(values) {
  const names = Object.keys(values);
  const contents = names
    .map(
      (name) =>
        `export const ${name}DATA = JSON.parse(${JSON.stringify(JSON.stringify(values[name]))});`,
    )
    .join("\n");
  return {
    define: Object.fromEntries(names.map((name) => [name, `${name}DATA`])),
    inject: [EMBEDDED_DATA],
    plugin: {
      name: "embedded-data",
      setup(builder) {
        builder.onResolve({ filter: new RegExp(`^${EMBEDDED_DATA}$`) }, () => ({
          path: EMBEDDED_DATA,
          namespace: EMBEDDED_DATA,
        }));
        builder.onLoad({ filter: /.*/, namespace: EMBEDDED_DATA }, () => ({
          contents,
          loader: "js",
        }));
      },
    },
  };
}

/** Builds every existing entry point into `outdir`. Deterministic: same sources, same bytes. */
export async function build(outdir) {
  const entryPoints = Object.fromEntries(
    Object.entries(ENTRY_POINTS).filter(([, file]) => existsSync(path.join(root, file))),
  );
  // Chunk names change with their content: clear old bundles so none lingers in action/dist.
  for (const name of existsSync(outdir) ? readdirSync(outdir) : []) {
    if (name.endsWith(".js")) rmSync(path.join(outdir, name));
  }
  const embedded = embeddedData({
    __BUILTIN_RULE_FILES__: builtinRuleFiles(),
    // `explain` copies its YAML snippets from the compliant example (src/report/rule-snippet.ts).
    __SNIPPET_EXAMPLE__: parse(
      readFileSync(
        path.join(root, "examples/remote-maintenance-portal/security-manifest.yml"),
        "utf8",
      ),
    ),
  });
  const { metafile } = await esbuild.build({
    absWorkingDir: root,
    metafile: true,
    entryPoints,
    outdir,
    bundle: true,
    platform: "node",
    target: "node20",
    format: "esm",
    // Code only some runs need (the GitHub client) goes into a chunk loaded on demand.
    splitting: true,
    chunkNames: "chunk-[hash]",
    // SM_BUILD_UNMINIFIED=1 keeps names readable for profiling (docs/performance.md); never for dist.
    minify: !process.env.SM_BUILD_UNMINIFIED,
    legalComments: "none",
    logLevel: "warning",
    define: embedded.define,
    inject: embedded.inject,
    plugins: [
      embedded.plugin,
      ownJsonAsParse,
      unusedHttpClientIsDroppable,
      replaceModule(
        "precompiled-manifest-validator",
        /src[/]manifest[/]manifest-validator\.ts$/,
        precompiledManifestValidator(),
      ),
      replaceModule(
        "precompiled-checks",
        /src[\\/]rules[\\/]precompiled-checks\.ts$/,
        await precompiledChecks(),
      ),
    ],
    // @actions/http-client's tunnel uses require(); ESM bundles need a real require for it.
    banner: {
      js: 'import { createRequire as __cr } from "node:module"; const require = __cr(import.meta.url);',
    },
  });
  writeFileSync(path.join(outdir, "THIRD-PARTY-LICENSES.txt"), thirdPartyLicenses(metafile));
  return Object.keys(entryPoints).map((name) => path.join(outdir, `${name}.js`));
}

/**
 * The licences of the packages whose code the bundles carry: the bundles are what we ship (the
 * npm package has no dependencies), and the MIT, ISC and BSD licences ask that their notices
 * travel with the code. Minifying drops the licence comments, so they are collected here.
 */
function thirdPartyLicenses(metafile) {
  const packages = new Set();
  for (const output of Object.values(metafile.outputs)) {
    for (const input of Object.keys(output.inputs)) {
      const match = /(?:^|\/)node_modules\/((?:@[^/]+\/)?[^/]+)\//.exec(input);
      if (match) packages.add(input.slice(0, match.index + match[0].length));
    }
  }
  const sections = [...packages]
    .map((dir) => {
      const manifest = JSON.parse(readFileSync(path.join(root, dir, "package.json"), "utf8"));
      const licenseFile = readdirSync(path.join(root, dir))
        .filter((name) => /^(licen[cs]e|copying|notice)/i.test(name))
        .sort()[0];
      const text = licenseFile
        ? readFileSync(path.join(root, dir, licenseFile), "utf8").trim()
        : `(no licence file in the package; package.json says: ${manifest.license ?? "nothing"})`;
      return {
        name: manifest.name,
        body: `${manifest.name} ${manifest.version} (${manifest.license ?? "unknown"})\n\n${text}`,
      };
    })
    .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  const rule = "-".repeat(78);
  return `Third-party software in the bundles of this directory, with its licence.\n\n${sections
    .map((section) => `${rule}\n${section.body}\n`)
    .join("\n")}`;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const outputs = await build(path.join(root, "action/dist"));
  console.log(`built ${outputs.map((file) => path.relative(root, file)).join(", ")}`);
}
