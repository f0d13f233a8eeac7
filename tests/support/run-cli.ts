import type { CliIo } from "../../src/cli/cli-io.js";
import { main } from "../../src/cli/main.js";

export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs `security-manifest …args` through the real entry (`main`) in `cwd`: no terminal, no environment, a fixed date. */
export async function runCli(cwd: string, today: string, ...args: string[]): Promise<CliRun> {
  let stdout = "";
  let stderr = "";
  const io: CliIo = {
    stdout: (text) => {
      stdout += text;
    },
    stderr: (text) => {
      stderr += text;
    },
    isTty: false,
    env: {},
    cwd,
    today,
  };
  const code = await main(args, io);
  return { code, stdout, stderr };
}
