import { spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { BROWSER } from "./browser-layout.js";

/**
 * Opens a page in headless Chromium and talks to it over the DevTools protocol on a pipe
 * (`--remote-debugging-pipe`: file descriptors 3 and 4, messages ended by NUL), so no driver
 * package and no network port is needed. It reports what the page itself said while loading
 * (console calls, uncaught exceptions, browser log entries such as a blocked resource or a
 * Content-Security-Policy violation) and, after that, the value of `evaluate` in the page.
 */
export interface PageInspection {
  /** Console calls, exceptions and log entries while the page loaded, as "kind: text". */
  messages: string[];
  /** The value of the expression evaluated after loading (promises awaited), if any. */
  value?: unknown;
}

interface Message {
  id?: number;
  method?: string;
  params?: Record<string, unknown>;
  result?: Record<string, unknown>;
  error?: { message: string };
  sessionId?: string;
}

export async function inspectPage(
  url: string,
  options: { evaluate?: string[]; timeoutMs?: number } = {},
): Promise<PageInspection> {
  const profile = mkdtempSync(path.join(tmpdir(), "sm-devtools-"));
  const child = spawn(
    BROWSER,
    [
      "--headless",
      "--no-sandbox",
      "--disable-gpu",
      "--remote-debugging-pipe",
      `--user-data-dir=${profile}`,
      "about:blank",
    ],
    { stdio: ["ignore", "ignore", "pipe", "pipe", "pipe"] },
  );
  const toBrowser = child.stdio[3] as NodeJS.WritableStream;
  const fromBrowser = child.stdio[4] as NodeJS.ReadableStream;
  let stderr = "";
  child.stderr?.on("data", (chunk) => {
    stderr += String(chunk);
  });
  const pending = new Map<number, { resolve: (m: Message) => void; reject: (e: Error) => void }>();
  const listeners: ((m: Message) => void)[] = [];
  let buffer = "";
  fromBrowser.on("data", (chunk) => {
    buffer += String(chunk);
    let end = buffer.indexOf("\0");
    while (end >= 0) {
      const message = JSON.parse(buffer.slice(0, end)) as Message;
      buffer = buffer.slice(end + 1);
      end = buffer.indexOf("\0");
      if (message.id !== undefined) {
        const waiting = pending.get(message.id);
        pending.delete(message.id);
        if (message.error) waiting?.reject(new Error(`DevTools: ${message.error.message}`));
        else waiting?.resolve(message);
      } else for (const listener of listeners) listener(message);
    }
  });
  let nextId = 0;
  const send = (method: string, params: object = {}, sessionId?: string) =>
    new Promise<Message>((resolve, reject) => {
      const id = ++nextId;
      pending.set(id, { resolve, reject });
      toBrowser.write(
        `${JSON.stringify({ id, method, params, ...(sessionId ? { sessionId } : {}) })}\0`,
      );
    });
  const exited = new Promise<never>((_, reject) => {
    child.on("error", (error) =>
      reject(
        new Error(
          `chromium is needed for this test (Debian package chromium; .ci/run installs it): ${error.message}`,
        ),
      ),
    );
    child.on("exit", (code) => reject(new Error(`chromium exited (${code}): ${stderr}`)));
  });
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(
      () => reject(new Error(`the page did not finish within ${options.timeoutMs ?? 60_000} ms`)),
      options.timeoutMs ?? 60_000,
    );
  });

  const run = async (): Promise<PageInspection> => {
    const target = await send("Target.createTarget", { url: "about:blank" });
    const attached = await send("Target.attachToTarget", {
      targetId: target.result?.targetId,
      flatten: true,
    });
    const session = String(attached.result?.sessionId);
    const messages: string[] = [];
    let loaded: () => void = () => {};
    const load = new Promise<void>((resolve) => {
      loaded = resolve;
    });
    listeners.push((message) => {
      if (message.sessionId !== session) return;
      const params = message.params ?? {};
      if (message.method === "Runtime.consoleAPICalled") {
        const args = (params.args as { value?: unknown; description?: string }[]) ?? [];
        messages.push(
          `console.${params.type}: ${args.map((a) => a.value ?? a.description).join(" ")}`,
        );
      } else if (message.method === "Runtime.exceptionThrown") {
        const details = params.exceptionDetails as {
          text?: string;
          exception?: { description?: string };
        };
        messages.push(`exception: ${details?.exception?.description ?? details?.text}`);
      } else if (message.method === "Log.entryAdded") {
        const entry = params.entry as { level?: string; source?: string; text?: string };
        messages.push(`log.${entry?.level} (${entry?.source}): ${entry?.text}`);
      } else if (message.method === "Page.loadEventFired") loaded();
    });
    await send("Runtime.enable", {}, session);
    await send("Log.enable", {}, session);
    await send("Page.enable", {}, session);
    await send("Page.navigate", { url }, session);
    await load;
    // Late log entries (a blocked resource, a policy violation) arrive just after the load event.
    await new Promise((resolve) => setTimeout(resolve, 300));
    const seen = [...messages];
    let value: unknown;
    for (const expression of options.evaluate ?? []) {
      const evaluated = await send(
        "Runtime.evaluate",
        { expression, awaitPromise: true, returnByValue: true },
        session,
      );
      const details = evaluated.result?.exceptionDetails as {
        text?: string;
        exception?: { description?: string };
      };
      if (details)
        throw new Error(
          `the page could not evaluate: ${details.exception?.description ?? details.text}`,
        );
      value = (evaluated.result?.result as { value?: unknown })?.value;
    }
    await send("Browser.close").catch(() => undefined);
    return { messages: seen, value };
  };
  try {
    return await Promise.race([run(), exited, timeout]);
  } finally {
    clearTimeout(timer);
    if (child.exitCode === null && child.signalCode === null) {
      const gone = new Promise((resolve) => child.once("exit", resolve));
      // Browser.close asked it to stop; a browser that hangs is stopped here.
      const stop = setTimeout(() => child.kill(), 3000);
      await Promise.race([gone, new Promise((resolve) => setTimeout(resolve, 8000))]);
      clearTimeout(stop);
    }
    // Its helper processes may still be writing the cache for a moment: retry, and never let a
    // leftover temporary folder fail the test.
    try {
      rmSync(profile, { recursive: true, force: true, maxRetries: 10, retryDelay: 100 });
    } catch {
      // left for the system's temporary-file cleanup
    }
  }
}
