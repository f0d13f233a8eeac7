// Benchmark (docs/performance.md): the full check against the parse-and-validate floor on
// generated manifests of growing size, peak memory, and the cold start of the CLI and the Action
// next to `node -e 0`. Prints figures and PASS/FAIL per target; asserts nothing.
//
//   npm run bench                       every size, cold start with hyperfine if installed
//   npm run bench -- --sizes 1x,10x     some sizes only;  --no-cold-start / --only-cold-start
//   BENCH_RUNS=30 npm run bench         more cold-start runs (default 20 per command)
//   npm run bench -- --wall             judge wall time instead of CPU time (on a quiet machine)
//
// The bundles measured are built from the working tree with the build's own settings
// (scripts/bench/bundle-engine.mjs, into node_modules/.cache/sm-bench); action/dist is untouched.
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { cpus, loadavg, tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { bundleEngine } from "./bench/bundle-engine.mjs";
import { generateManifest, SIZES, TODAY, writeWorkspace } from "./bench/generate-manifest.mjs";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const args = process.argv.slice(2);
const option = (name) => {
  const index = args.indexOf(name);
  return index === -1 ? undefined : args[index + 1];
};
const sizes = (option("--sizes") ?? Object.keys(SIZES).join(",")).split(",");
const coldRuns = Number(process.env.BENCH_RUNS ?? 20);
/**
 * Targets are judged on CPU time (user + system) by default: on a shared machine wall time
 * varies with everyone else's load, the work a run does does not. `--wall` judges wall time
 * (the right choice on a quiet machine, where the two agree); both are always printed.
 */
const BY_WALL = args.includes("--wall");
const METRIC = BY_WALL ? "wall" : "cpu";

/** Targets: each a ratio measured in this one run. */
const TARGET = {
  fullOverFloor: 1.3,
  growthPer10x: 10.5,
  peakOverFloor: 1.15,
  coldStart: 2.5,
};
/** The sizes the time and memory targets are judged on (the rest are printed for the trend). */
const JUDGED = new Set(["large-company", "wide-team"]);
/** Timed rounds per size, in one process, floor and full check interleaved. */
const ROUNDS = { "1x": 40, "10x": 20, "100x": 11, "large-company": 9, "wide-team": 5 };

const verdicts = [];
function judge(label, value, limit, unit = "×") {
  const pass = value <= limit;
  verdicts.push({ label, value, limit, pass });
  return `${value.toFixed(2)}${unit} ${pass ? "PASS" : "FAIL"}`;
}

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};
const mib = (kib) => kib / 1024;

/** Runs the measuring child (scripts/bench/engine.ts) and returns its JSON answer. */
function child(engine, argv, flags = []) {
  const result = spawnSync(process.execPath, [...flags, engine, ...argv], {
    encoding: "utf8",
    maxBuffer: 64 * 1024 * 1024,
  });
  if (result.status !== 0)
    throw new Error(`${argv.join(" ")} failed (${result.status}):\n${result.stderr}`);
  return JSON.parse(result.stdout);
}

const [load1] = loadavg();
console.log(
  `Security Manifest Check benchmark · node ${process.version} · ${cpus().length} cores · load ${load1.toFixed(1)}${load1 > cpus().length / 2 ? " (busy machine: expect noise)" : ""}`,
);
const built = await bundleEngine();
const { engine } = built;

if (!args.includes("--only-cold-start")) {
  const work = mkdtempSync(path.join(tmpdir(), "sm-bench-"));
  try {
    const rows = [];
    for (const size of sizes) {
      const manifest = writeWorkspace(path.join(work, size), generateManifest(size));
      const repo = path.dirname(manifest);
      const bytes = statSync(manifest).size;
      process.stdout.write(`measuring ${size} (${(bytes / 1048576).toFixed(2)} MiB)…`);
      let timed;
      let peakFull;
      let peakFloor;
      try {
        timed = child(engine, ["time", manifest, repo, String(ROUNDS[size] ?? 5)]);
        // Peak RSS per case in a fresh process, the median of three.
        peakFull = median(
          [0, 1, 2].map(() => child(engine, ["peak-full", manifest, repo]).maxRssKiB),
        );
        peakFloor = median([0, 1, 2].map(() => child(engine, ["peak-floor", manifest]).maxRssKiB));
      } catch (error) {
        // A crash is a result too (and fails every target of the size).
        process.stdout.write("\r\x1b[K");
        const reason = String(error.message)
          .split("\n")
          .find((line) => /Error/.test(line));
        console.log(`${size}: the full check fails: ${reason ?? error.message}`);
        if (JUDGED.has(size)) verdicts.push({ label: `${size} runs at all`, pass: false });
        continue;
      }
      process.stdout.write("\r\x1b[K");
      rows.push({
        size,
        bytes,
        findings: timed.findings,
        floor: median(timed.floorMs),
        full: median(timed.fullMs),
        floorCpu: median(timed.floorCpuMs),
        fullCpu: median(timed.fullCpuMs),
        phases: timed.phases,
        peakFloor,
        peakFull,
      });
    }
    printSizes(rows);
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

if (!args.includes("--no-cold-start")) coldStart(built);

const failed = verdicts.filter((v) => !v.pass);
console.log(
  failed.length === 0
    ? `\nAll ${verdicts.length} targets met.`
    : `\n${failed.length} of ${verdicts.length} targets not met: ${failed.map((v) => v.label).join("; ")}.`,
);

function printSizes(rows) {
  console.log(
    "\nFull check (load, validate, evaluate, report, render text + JSON + Markdown + SARIF) against the floor",
  );
  console.log(
    `(read + yaml parseDocument with LineCounter + toJS + the compiled format-v1 validator), same process, medians; targets on ${METRIC} time:\n`,
  );
  const header = [
    "size",
    "MiB",
    "gaps",
    "floor ms",
    "full ms",
    "full/floor wall",
    "cpu",
    `growth/10× (${METRIC})`,
    "floor MiB",
    "full MiB",
    "peak ratio",
  ];
  const table = [header];
  const byName = new Map(rows.map((row) => [row.size, row]));
  for (const row of rows) {
    const wallRatio = row.full / row.floor;
    const cpuRatio = row.fullCpu / row.floorCpu;
    const ratio = BY_WALL ? wallRatio : cpuRatio;
    const peak = row.peakFull / row.peakFloor;
    const smaller =
      row.size === "10x" ? byName.get("1x") : row.size === "100x" ? byName.get("10x") : undefined;
    const growth = smaller
      ? BY_WALL
        ? row.full / smaller.full
        : row.fullCpu / smaller.fullCpu
      : undefined;
    const judged = JUDGED.has(row.size);
    table.push([
      row.size,
      (row.bytes / 1048576).toFixed(2),
      String(row.findings),
      row.floor.toFixed(1),
      row.full.toFixed(1),
      BY_WALL && judged
        ? judge(`full ≤ ${TARGET.fullOverFloor}× floor (${row.size})`, ratio, TARGET.fullOverFloor)
        : `${wallRatio.toFixed(2)}×`,
      !BY_WALL && judged
        ? judge(`full ≤ ${TARGET.fullOverFloor}× floor (${row.size})`, ratio, TARGET.fullOverFloor)
        : `${cpuRatio.toFixed(2)}×`,
      growth === undefined
        ? ""
        : judge(
            `growth per 10× ≤ ${TARGET.growthPer10x}× (${smaller.size} → ${row.size})`,
            growth,
            TARGET.growthPer10x,
          ),
      mib(row.peakFloor).toFixed(0),
      mib(row.peakFull).toFixed(0),
      judged
        ? judge(
            `peak RSS ≤ ${TARGET.peakOverFloor}× floor's (${row.size})`,
            peak,
            TARGET.peakOverFloor,
          )
        : `${peak.toFixed(2)}×`,
    ]);
  }
  printTable(table);
  console.log("\nWhere the full check's time goes (median ms per phase):\n");
  const phaseNames = Object.keys(rows[0]?.phases ?? {});
  printTable([
    ["size", ...phaseNames],
    ...rows.map((row) => [row.size, ...phaseNames.map((name) => row.phases[name].toFixed(1))]),
  ]);
}

function printTable(table) {
  const widths = table[0].map((_, column) =>
    Math.max(...table.map((row) => String(row[column]).length)),
  );
  for (const [index, row] of table.entries()) {
    console.log(row.map((cell, column) => String(cell).padStart(widths[column])).join("  "));
    if (index === 0) console.log(widths.map((width) => "-".repeat(width)).join("  "));
  }
}

/**
 * Cold start of both faces on the compliant example, each next to `node -e 0`: the three commands
 * take turns (so drift of the machine hits all alike), with hyperfine when it is installed.
 */
function coldStart({ dir: dist, cli, action, coldFloor }) {
  const example = path.join(root, "examples/remote-maintenance-portal");
  const work = mkdtempSync(path.join(tmpdir(), "sm-bench-action-"));
  const event = path.join(work, "event.json");
  writeFileSync(event, "{}");
  const actionEnv = {
    GITHUB_EVENT_NAME: "push",
    GITHUB_EVENT_PATH: event,
    GITHUB_REPOSITORY: "bench/bench",
    GITHUB_SHA: "0".repeat(40),
    GITHUB_WORKSPACE: example,
    GITHUB_STEP_SUMMARY: path.join(work, "summary.md"),
    GITHUB_OUTPUT: path.join(work, "output"),
    RUNNER_TEMP: work,
    INPUT_TODAY: TODAY,
    INPUT_SARIF: path.join(work, "results.sarif"),
    // The example is compliant, but the bench must not depend on it: a gap must not fail the run.
    "INPUT_FAIL-ON": "never",
  };
  writeFileSync(actionEnv.GITHUB_STEP_SUMMARY, "");
  writeFileSync(actionEnv.GITHUB_OUTPUT, "");
  const commands = [
    { name: "node -e 0", argv: ["-e", "0"] },
    // Not a target: what any check must do (read, parse, validate), to put the faces in scale.
    {
      name: "floor (parse + validate)",
      argv: [coldFloor, path.join(example, "security-manifest.yml")],
      floor: true,
    },
    {
      name: "CLI check",
      argv: [
        cli,
        "check",
        path.join(example, "security-manifest.yml"),
        "--today",
        TODAY,
        "--fail-on",
        "never",
      ],
    },
    { name: "Action (push)", argv: [action], env: actionEnv },
  ];
  try {
    // Each must succeed before it is timed: a failing run is fast and would flatter the figure.
    for (const command of commands) {
      const result = spawnSync(process.execPath, command.argv, {
        env: { ...process.env, ...command.env },
        encoding: "utf8",
      });
      if (result.status !== 0)
        throw new Error(
          `${command.name} exits ${result.status}:\n${result.stdout}${result.stderr}`,
        );
    }
    const figures = hasHyperfine() ? withHyperfine(commands, work) : withNodeLoop(commands);
    const base = figures[0];
    console.log(
      `\nCold start on examples/remote-maintenance-portal, ${figures.method}; wall: median, cpu: mean user+sys; targets on ${METRIC}:\n`,
    );
    printTable([
      ["command", "wall ms", "cpu ms", "wall × node -e 0", "cpu ×"],
      ...figures.map((figure, index) => {
        const judged = index > 0 && !commands[index].floor;
        const byCpu = !BY_WALL && figure.cpu !== undefined && base.cpu !== undefined;
        const cell = (value, mine) =>
          judged && mine
            ? judge(
                `cold start ≤ ${TARGET.coldStart}× node -e 0 (${figure.name})`,
                value,
                TARGET.coldStart,
              )
            : `${value.toFixed(2)}×`;
        return [
          figure.name,
          figure.wall.toFixed(1),
          figure.cpu === undefined ? "" : figure.cpu.toFixed(1),
          cell(figure.wall / base.wall, !byCpu),
          figure.cpu === undefined || base.cpu === undefined
            ? ""
            : cell(figure.cpu / base.cpu, byCpu),
        ];
      }),
    ]);
    console.log(
      `\nat start the CLI loads ${loaded(dist, "cli.js")}, the Action ${loaded(dist, "index.js")} (the GitHub client and what no run needs load on demand)`,
    );
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

function hasHyperfine() {
  return spawnSync("hyperfine", ["--version"]).status === 0;
}

/** hyperfine in rounds (it runs one command's runs back to back): five rounds of all three. */
function withHyperfine(commands, work) {
  const rounds = 5;
  const runs = Math.max(3, Math.ceil(coldRuns / rounds));
  const times = commands.map(() => ({ wall: [], cpu: [] }));
  const shell = (value) => `'${value.replace(/'/g, "'\\''")}'`;
  for (let round = 0; round < rounds; round++) {
    const out = path.join(work, `hyperfine-${round}.json`);
    const lines = commands.map((command) =>
      [
        "env",
        ...Object.entries(command.env ?? {}).map(([k, v]) => shell(`${k}=${v}`)),
        shell(process.execPath),
        ...command.argv.map(shell),
      ].join(" "),
    );
    const result = spawnSync(
      "hyperfine",
      ["-N", "--warmup", "2", "--runs", String(runs), "--export-json", out, ...lines],
      { encoding: "utf8" },
    );
    if (result.status !== 0) throw new Error(`hyperfine failed:\n${result.stderr}`);
    const { results } = JSON.parse(readFileSync(out, "utf8"));
    results.forEach((entry, index) => {
      times[index].wall.push(...entry.times.map((seconds) => seconds * 1000));
      times[index].cpu.push((entry.user + entry.system) * 1000);
    });
  }
  return Object.assign(
    commands.map((command, index) => ({
      name: command.name,
      wall: median(times[index].wall),
      cpu: times[index].cpu.reduce((a, b) => a + b, 0) / times[index].cpu.length,
    })),
    { method: `hyperfine, ${rounds} rounds × ${runs} runs each` },
  );
}

/** Without hyperfine: round-robin spawns; CPU from the children's times in /proc (Linux). */
function withNodeLoop(commands) {
  const times = commands.map(() => ({ wall: [], cpu: 0 }));
  const childCpu = () => {
    try {
      const fields = readFileSync("/proc/self/stat", "utf8").split(") ")[1].split(" ");
      // cutime and cstime, in clock ticks (100 per second on Linux).
      return ((Number(fields[13]) + Number(fields[14])) * 1000) / 100;
    } catch {
      return undefined;
    }
  };
  for (let warm = 0; warm < 2; warm++)
    for (const command of commands)
      spawnSync(process.execPath, command.argv, { env: { ...process.env, ...command.env } });
  for (let run = 0; run < coldRuns; run++) {
    commands.forEach((command, index) => {
      const cpuBefore = childCpu();
      const start = process.hrtime.bigint();
      spawnSync(process.execPath, command.argv, {
        env: { ...process.env, ...command.env },
        stdio: "ignore",
      });
      times[index].wall.push(Number(process.hrtime.bigint() - start) / 1e6);
      const cpuAfter = childCpu();
      if (cpuBefore !== undefined && cpuAfter !== undefined)
        times[index].cpu += cpuAfter - cpuBefore;
    });
  }
  return Object.assign(
    commands.map((command, index) => ({
      name: command.name,
      wall: median(times[index].wall),
      cpu: childCpu() === undefined ? undefined : times[index].cpu / coldRuns,
    })),
    {
      method: `node loop, ${coldRuns} interleaved runs each (install hyperfine for a second opinion)`,
    },
  );
}

/** The files an entry loads before it runs anything: itself and its static chunk imports. */
function loaded(dist, entry) {
  const seen = new Set();
  const visit = (name) => {
    if (seen.has(name)) return;
    seen.add(name);
    const code = readFileSync(path.join(dist, name), "utf8");
    for (const match of code.matchAll(
      /(?:^|[;}])\s*import\s*(?:[^"'()]*?from\s*)?"\.\/(chunk-[A-Z0-9]+\.js)"/g,
    ))
      visit(match[1]);
  };
  visit(entry);
  const bytes = [...seen].reduce((sum, name) => sum + statSync(path.join(dist, name)).size, 0);
  return `${(bytes / 1024).toFixed(0)} KiB (${seen.size} files)`;
}
