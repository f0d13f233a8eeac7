// Fuzzes the whole pipeline — loader, engine, every renderer — with generated and mutated
// manifests (tests/fuzz/): bundled with esbuild as the CLI is, run in worker threads, each case
// under a time limit. The short fixed-seed run is tests/fuzz/fuzz.test.ts (part of `npm test`).
//
//   npm run fuzz                                   10,000 cases, a random seed
//   npm run fuzz -- --cases 100000 --seed 42       reproducible: the seed names every case
//   npm run fuzz -- --seed 42 --case 1234 --print  replays one case and prints its input
//
// Options: --workers N (default: one per CPU), --timeout MS per case (default 10000),
// --batch N cases per cmark-gfm run (default 25), --out DIR for failing inputs, --no-cmark.
// Exits 1 when a case failed.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { parseArgs } from "node:util";
import { isMainThread, parentPort, Worker, workerData } from "node:worker_threads";
import { builtinRuleFiles } from "./build.mjs";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");

if (isMainThread) await main();
else await work();

async function main() {
  const { values } = parseArgs({
    options: {
      cases: { type: "string", default: "10000" },
      seed: { type: "string" },
      workers: { type: "string", default: String(os.availableParallelism?.() ?? os.cpus().length) },
      timeout: { type: "string", default: "10000" },
      batch: { type: "string", default: "25" },
      case: { type: "string" },
      print: { type: "boolean", default: false },
      out: { type: "string" },
      "no-cmark": { type: "boolean", default: false },
    },
  });
  const seed =
    values.seed === undefined ? Math.floor(Math.random() * 2 ** 31) : Number(values.seed);
  const cases = Number(values.cases);
  const workers = Math.max(1, Number(values.workers));
  const timeout = Number(values.timeout);
  const batch = Math.max(1, Number(values.batch));
  const cmark = !values["no-cmark"];
  for (const [name, value] of Object.entries({ seed, cases, workers, timeout, batch })) {
    if (!Number.isSafeInteger(value) || value < 0) usage(`--${name} must be a whole number`);
  }

  const work = mkdtempSync(path.join(ensureCache(), "sm-fuzz-"));
  const cleanup = () => rmSync(work, { recursive: true, force: true });
  process.on("exit", cleanup);
  for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => process.exit(130));
  const bundle = await bundleFuzzer(work);

  if (values.case !== undefined) {
    process.exitCode = await replay(bundle, seed, Number(values.case), values.print, cmark);
    return;
  }

  console.log(
    `fuzz: ${cases.toLocaleString("en-US")} cases, seed ${seed}, ${workers} worker${workers === 1 ? "" : "s"}, ${timeout} ms per case${cmark ? "" : ", no cmark-gfm"}`,
  );
  const started = performance.now();
  const stats = await runAll({ bundle, seed, cases, workers, timeout, batch, cmark });
  await recheckTimeoutsAlone(stats, { bundle, seed, timeout, cmark });
  const seconds = (performance.now() - started) / 1000;
  await report(stats, { bundle, seed, seconds, out: values.out });
  process.exitCode = stats.failures.size > 0 ? 1 : 0;
}

function usage(message) {
  console.error(`fuzz: ${message}`);
  process.exit(2);
}

function ensureCache() {
  // Inside node_modules, so the bundle resolves the packages it leaves external (as build.mjs does).
  const cache = path.join(root, "node_modules/.cache");
  mkdirSync(cache, { recursive: true });
  return cache;
}

async function bundleFuzzer(work) {
  const esbuild = await import("esbuild");
  const outfile = path.join(work, "fuzz-entry.mjs");
  await esbuild.build({
    absWorkingDir: root,
    entryPoints: ["tests/fuzz/fuzz-entry.ts"],
    outfile,
    bundle: true,
    platform: "node",
    target: "node20",
    format: "esm",
    packages: "external",
    logLevel: "warning",
    define: { __BUILTIN_RULE_FILES__: JSON.stringify(builtinRuleFiles()) },
  });
  return pathToFileURL(outfile).href;
}

/** One case in this process, with its input and every problem found. */
async function replay(bundle, seed, index, print, cmark) {
  const { createFuzzer } = await import(bundle);
  const fuzzer = await createFuzzer(root, seed);
  const input = fuzzer.input(index);
  if (print) {
    console.log(`# case ${index} of seed ${seed}: ${input.kind}, language ${input.language}`);
    console.log(JSON.stringify({ ...input, text: undefined, base: undefined }, null, 2));
    if (input.base !== undefined) console.log(`# base manifest\n${input.base}`);
    console.log(`# manifest\n${input.text}`);
  }
  const started = performance.now();
  const result = fuzzer.run(index);
  const ms = performance.now() - started;
  const problems = [...result.problems];
  if (cmark && result.markdown !== undefined) {
    problems.push(
      ...(fuzzer.checkMarkdown([{ index, markdown: result.markdown }]).get(index) ?? []),
    );
  }
  console.log(`case ${index} (${result.kind}): ${ms.toFixed(0)} ms, ${problems.length} problems`);
  for (const problem of problems) console.log(`  - ${problem}`);
  return problems.length > 0 ? 1 : 0;
}

/**
 * Hands out chunks of case indices to the workers; a worker that spends longer than `timeout` on
 * one case is stopped (a hang cannot be interrupted otherwise), the case counts as failed and a
 * new worker takes the rest of its chunk.
 */
function runAll({ bundle, seed, cases, workers, timeout, batch, cmark, only }) {
  const stats = {
    done: 0,
    failures: new Map(),
    kinds: {},
    unreadable: 0,
    truncated: 0,
    slowest: { ms: 0, index: -1 },
    times: new Map(),
  };
  const fail = ({ index, kind, problems, input }) => {
    const known = stats.failures.get(index);
    if (known) known.problems.push(...problems);
    else stats.failures.set(index, { index, kind, problems: [...problems], input });
  };
  let next = 0;
  const take = () => {
    // Given indices: one case per chunk, in the given order.
    if (only) return next < only.length ? { from: only[next], to: only[next++] + 1 } : undefined;
    if (next >= cases) return undefined;
    const from = next;
    next = Math.min(cases, next + batch);
    return { from, to: next };
  };
  const began = performance.now();
  let lastProgress = began;
  const progress = () => {
    const now = performance.now();
    if (now - lastProgress < 5000) return;
    lastProgress = now;
    process.stderr.write(
      `  ${stats.done.toLocaleString("en-US")}/${cases.toLocaleString("en-US")} cases · ${stats.failures.size} failures · ${(stats.done / ((now - began) / 1000)).toFixed(1)} cases/s\n`,
    );
  };

  return new Promise((resolve, reject) => {
    let running = 0;
    const start = (chunk) => {
      if (!chunk) {
        if (running === 0) resolve(stats);
        return;
      }
      running++;
      const worker = new Worker(fileURLToPath(import.meta.url), {
        workerData: { bundle, seed, cmark },
      });
      const state = { chunk, current: undefined, since: 0, phase: "case" };
      const watchdog = setInterval(
        () => {
          const limit = state.phase === "cmark" ? Math.max(timeout, 60_000) : timeout;
          if (state.current === undefined || performance.now() - state.since <= limit) return;
          clearInterval(watchdog);
          const index = state.current;
          fail({
            index,
            kind: "?",
            problems: [
              `exceeded the time limit of ${limit} ms (${state.phase === "cmark" ? "cmark-gfm, for this batch" : "engine and renderers"})`,
            ],
          });
          if (state.phase === "case") stats.done++;
          worker.removeAllListeners();
          worker.terminate();
          running--;
          // The rest of the chunk goes to a fresh worker.
          const rest =
            state.phase === "cmark" ? undefined : { from: index + 1, to: state.chunk.to };
          start(rest && rest.from < rest.to ? rest : take());
        },
        Math.min(1000, Math.max(50, timeout / 4)),
      );
      worker.on("message", (message) => {
        if (message.type === "ready") worker.postMessage({ type: "run", ...state.chunk });
        else if (message.type === "start") {
          state.current = message.index;
          state.since = performance.now();
          state.phase = message.phase;
        } else if (message.type === "case") {
          stats.done++;
          stats.kinds[message.kind] = (stats.kinds[message.kind] ?? 0) + 1;
          if (message.unreadable) stats.unreadable++;
          if (message.truncated) stats.truncated++;
          stats.times.set(message.index, message.ms);
          if (message.ms > stats.slowest.ms)
            stats.slowest = { ms: message.ms, index: message.index };
          if (message.problems.length) fail(message);
          progress();
        } else if (message.type === "markdown") {
          for (const failure of message.problems) fail(failure);
        } else if (message.type === "chunk-done") {
          state.current = undefined;
          const chunk = take();
          if (chunk) {
            state.chunk = chunk;
            worker.postMessage({ type: "run", ...chunk });
          } else {
            clearInterval(watchdog);
            worker.removeAllListeners();
            worker.terminate();
            running--;
            if (running === 0) resolve(stats);
          }
        }
      });
      worker.on("error", (error) => {
        clearInterval(watchdog);
        running--;
        if (state.current === undefined) return reject(error);
        // A crash of the worker (out of memory, say) fails the case it was on.
        fail({
          index: state.current,
          kind: "?",
          problems: [`worker crashed: ${error?.stack ?? error}`],
        });
        if (state.phase === "case") stats.done++;
        const rest =
          state.phase === "cmark" ? undefined : { from: state.current + 1, to: state.chunk.to };
        start(rest && rest.from < rest.to ? rest : take());
      });
    };
    for (let i = 0; i < workers; i++) start(take());
  });
}

/**
 * A case stopped at the time limit while the other workers (or other programs) kept the machine
 * busy is run again alone, with the same limit and every property checked: a hang fails again,
 * a case that was only starved of CPU passes and is listed as slow, not as a failure.
 */
async function recheckTimeoutsAlone(stats, { bundle, seed, timeout, cmark }) {
  const timedOut = [...stats.failures.values()].filter((failure) =>
    failure.problems.every((problem) => problem.startsWith("exceeded the time limit")),
  );
  stats.slowUnderLoad = [];
  if (timedOut.length === 0) return;
  for (const failure of timedOut) stats.failures.delete(failure.index);
  const alone = await runAll({
    bundle,
    seed,
    cases: 0,
    workers: 1,
    timeout,
    batch: 1,
    cmark,
    only: timedOut.map((failure) => failure.index),
  });
  for (const failure of timedOut) {
    const again = alone.failures.get(failure.index);
    if (again) stats.failures.set(failure.index, again);
    else stats.slowUnderLoad.push({ index: failure.index, ms: alone.times.get(failure.index) });
  }
}

async function report(stats, { bundle, seed, seconds, out }) {
  const kinds = Object.entries(stats.kinds)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([kind, n]) => `${kind} ${n.toLocaleString("en-US")}`)
    .join(" · ");
  console.log(`  kinds: ${kinds}`);
  console.log(
    `  unreadable manifests: ${stats.unreadable.toLocaleString("en-US")} · reports shortened to their schema: ${stats.truncated.toLocaleString("en-US")} · slowest case: ${stats.slowest.index} (${stats.slowest.ms.toFixed(0)} ms)`,
  );
  console.log(
    `  ${stats.done.toLocaleString("en-US")} cases in ${seconds.toFixed(1)} s: ${(stats.done / seconds).toFixed(1)} cases/s`,
  );
  if (stats.slowUnderLoad.length > 0)
    console.log(
      `  stopped at the time limit while the machine was busy, then passed alone: ${stats.slowUnderLoad.map(({ index, ms }) => `${index} (${ms?.toFixed(0)} ms)`).join(", ")}`,
    );
  const failures = [...stats.failures.values()].sort((a, b) => a.index - b.index);
  console.log(`  failures: ${failures.length}`);
  if (failures.length === 0) return;
  const directory = out ?? path.join(os.tmpdir(), `sm-fuzz-failures-${seed}`);
  mkdirSync(directory, { recursive: true });
  // A case that timed out or crashed its worker: generate its input here.
  if (failures.some((failure) => !failure.input)) {
    const { createFuzzer } = await import(bundle);
    const fuzzer = await createFuzzer(root, seed);
    for (const failure of failures) {
      if (failure.input) continue;
      failure.input = fuzzer.input(failure.index);
      failure.kind = failure.input.kind;
    }
  }
  for (const failure of failures.slice(0, 50)) {
    console.log(`  case ${failure.index} (${failure.kind}):`);
    for (const problem of failure.problems.slice(0, 3))
      console.log(`    - ${problem.split("\n").slice(0, 4).join("\n      ")}`);
    if (failure.input)
      writeFileSync(
        path.join(directory, `case-${failure.index}.json`),
        `${JSON.stringify(failure.input, null, 2)}\n`,
      );
  }
  if (failures.length > 50) console.log(`  … and ${failures.length - 50} more`);
  console.log(`  inputs of failed cases: ${directory}`);
  console.log(`  replay one: npm run fuzz -- --seed ${seed} --case ${failures[0]?.index} --print`);
}

/** A worker: runs chunks of cases, reports each, then checks the chunk's Markdown with cmark-gfm. */
async function work() {
  const { bundle, seed, cmark } = workerData;
  const { createFuzzer } = await import(bundle);
  const fuzzer = await createFuzzer(root, seed);
  parentPort.on("message", (message) => {
    if (message.type !== "run") return;
    const comments = [];
    for (let index = message.from; index < message.to; index++) {
      parentPort.postMessage({ type: "start", index, phase: "case" });
      const started = performance.now();
      const { markdown, ...result } = fuzzer.run(index);
      if (markdown !== undefined) comments.push({ index, markdown });
      parentPort.postMessage({
        type: "case",
        ...result,
        ms: performance.now() - started,
        ...(result.problems.length ? { input: fuzzer.input(index) } : {}),
      });
    }
    if (cmark && comments.length) {
      parentPort.postMessage({ type: "start", index: comments[0].index, phase: "cmark" });
      const problems = fuzzer.checkMarkdown(comments);
      parentPort.postMessage({
        type: "markdown",
        problems: [...problems].map(([index, list]) => ({
          index,
          kind: fuzzer.input(index).kind,
          problems: list,
          input: fuzzer.input(index),
        })),
      });
    }
    parentPort.postMessage({ type: "chunk-done" });
  });
  parentPort.postMessage({ type: "ready" });
}
