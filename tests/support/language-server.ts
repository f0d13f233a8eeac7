// A minimal Language Server Protocol client over stdio (JSON-RPC with Content-Length frames),
// enough to drive a real language server the way an editor does: initialise, send settings,
// open a document, wait for its diagnostics, ask for completions.
import { type ChildProcessWithoutNullStreams, spawn } from "node:child_process";

type Message = {
  id?: number;
  method?: string;
  params?: unknown;
  result?: unknown;
  error?: unknown;
};

export interface Diagnostic {
  range: { start: { line: number; character: number } };
  message: string;
  severity?: number;
}

export class LanguageServerClient {
  readonly #server: ChildProcessWithoutNullStreams;
  #buffer = Buffer.alloc(0);
  #nextId = 1;
  readonly #pending = new Map<number, (message: Message) => void>();
  readonly #diagnostics = new Map<string, Diagnostic[]>();
  readonly #waiting: { uri: string; until: (d: Diagnostic[]) => boolean; done: () => void }[] = [];
  /** Answers to the server's workspace/configuration requests, by section. */
  settings: Record<string, unknown> = {};

  constructor(command: string, args: string[]) {
    this.#server = spawn(command, args, { stdio: "pipe" });
    this.#server.stdout.on("data", (chunk: Buffer) => this.#receive(chunk));
  }

  async initialize(rootUri: string): Promise<void> {
    await this.request("initialize", {
      processId: process.pid,
      rootUri,
      capabilities: {
        workspace: { configuration: true, didChangeConfiguration: { dynamicRegistration: false } },
        textDocument: {
          completion: { completionItem: { snippetSupport: false } },
          publishDiagnostics: {},
        },
      },
    });
    this.notify("initialized", {});
    this.notify("workspace/didChangeConfiguration", { settings: this.settings });
  }

  open(uri: string, text: string): void {
    this.notify("textDocument/didOpen", {
      textDocument: { uri, languageId: "yaml", version: 1, text },
    });
  }

  /** The document's diagnostics once `until` holds for them (the schema may load after a first, empty list). */
  diagnostics(
    uri: string,
    until: (d: Diagnostic[]) => boolean,
    timeoutMs = 20_000,
  ): Promise<Diagnostic[]> {
    return new Promise((resolve, reject) => {
      const timer = setTimeout(
        () =>
          reject(
            new Error(
              `no matching diagnostics for ${uri} within ${timeoutMs} ms: ${JSON.stringify(this.#diagnostics.get(uri))}`,
            ),
          ),
        timeoutMs,
      );
      const done = () => {
        clearTimeout(timer);
        resolve(this.#diagnostics.get(uri) ?? []);
      };
      const known = this.#diagnostics.get(uri);
      if (known && until(known)) done();
      else this.#waiting.push({ uri, until, done });
    });
  }

  async completion(uri: string, line: number, character: number): Promise<{ label: string }[]> {
    const result = (await this.request("textDocument/completion", {
      textDocument: { uri },
      position: { line, character },
    })) as { items?: { label: string }[] } | { label: string }[] | null;
    return Array.isArray(result) ? result : (result?.items ?? []);
  }

  async close(): Promise<void> {
    try {
      await Promise.race([this.request("shutdown", null), new Promise((r) => setTimeout(r, 2000))]);
      this.notify("exit", null);
    } finally {
      this.#server.kill();
    }
  }

  request(method: string, params: unknown): Promise<unknown> {
    const id = this.#nextId++;
    return new Promise((resolve, reject) => {
      this.#pending.set(id, (message) =>
        message.error ? reject(new Error(JSON.stringify(message.error))) : resolve(message.result),
      );
      this.#send({ jsonrpc: "2.0", id, method, params });
    });
  }

  notify(method: string, params: unknown): void {
    this.#send({ jsonrpc: "2.0", method, params });
  }

  #send(message: object): void {
    const body = Buffer.from(JSON.stringify(message), "utf8");
    this.#server.stdin.write(`Content-Length: ${body.length}\r\n\r\n`);
    this.#server.stdin.write(body);
  }

  #receive(chunk: Buffer): void {
    this.#buffer = Buffer.concat([this.#buffer, chunk]);
    for (;;) {
      const headerEnd = this.#buffer.indexOf("\r\n\r\n");
      if (headerEnd < 0) return;
      const length = Number(
        /Content-Length: (\d+)/i.exec(this.#buffer.subarray(0, headerEnd).toString())?.[1],
      );
      if (this.#buffer.length < headerEnd + 4 + length) return;
      const body = this.#buffer.subarray(headerEnd + 4, headerEnd + 4 + length).toString("utf8");
      this.#buffer = this.#buffer.subarray(headerEnd + 4 + length);
      this.#handle(JSON.parse(body) as Message);
    }
  }

  #handle(message: Message): void {
    if (message.method && message.id !== undefined) {
      // A request from the server: settings are answered, anything else acknowledged.
      const result =
        message.method === "workspace/configuration"
          ? ((message.params as { items: { section?: string }[] }).items ?? []).map(
              (item) => this.settings[item.section ?? ""] ?? null,
            )
          : null;
      this.#send({ jsonrpc: "2.0", id: message.id, result });
      return;
    }
    if (message.method === "textDocument/publishDiagnostics") {
      const { uri, diagnostics } = message.params as { uri: string; diagnostics: Diagnostic[] };
      this.#diagnostics.set(uri, diagnostics);
      for (const waiter of [...this.#waiting]) {
        if (waiter.uri === uri && waiter.until(diagnostics)) {
          this.#waiting.splice(this.#waiting.indexOf(waiter), 1);
          waiter.done();
        }
      }
      return;
    }
    if (message.id !== undefined) this.#pending.get(message.id)?.(message);
  }
}
