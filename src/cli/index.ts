import { INIT_WIZARD_WORDS } from "../i18n/init-wizard-labels.js";
import { todayUtc } from "../manifest/iso-date.js";
import { clackPromptAdapter } from "./clack-prompt-adapter.js";
import { main } from "./main.js";

// A reader that stops early (`| head`) closes the pipe: that is not an error of ours.
process.stdout.on("error", (error: NodeJS.ErrnoException) => {
  if (error.code === "EPIPE") process.exit(process.exitCode ?? 0);
  throw error;
});

/** The process boundary: real streams, the real clock, and no stack traces for users. */
main(process.argv.slice(2), {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  isTty: Boolean(process.stdout.isTTY),
  env: process.env,
  cwd: process.cwd(),
  today: todayUtc(),
  ...(process.stdin.isTTY && process.stdout.isTTY
    ? {
        prompts: (language) =>
          clackPromptAdapter({
            yes: INIT_WIZARD_WORDS[language].yes,
            no: INIT_WIZARD_WORDS[language].no,
          }),
      }
    : {}),
}).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(
      `security-manifest: internal error: ${error instanceof Error ? error.message : String(error)}\nPlease report this with the command you ran.\n`,
    );
    process.exitCode = 2;
  },
);
