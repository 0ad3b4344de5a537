import { existsSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { Worker } from "node:worker_threads";
import { runParseJob, type ParseJob, type ParseReply } from "./parse-job";

/** The script a parse thread runs. */
export interface ParseWorkerEntry {
  readonly url: URL;
  /** tsx's CommonJS API (a file), registered in the thread before `url` is loaded (when `url` is TypeScript). */
  readonly tsx?: string;
}

/** Options for {@link openParsePool}. */
export interface ParsePoolOptions {
  /** Parse threads to start (0: parse on the calling thread). */
  readonly threads: number;
  /** The thread script; default {@link findParseWorker}. Tests pass a broken one. */
  readonly entry?: ParseWorkerEntry;
}

/** Parses documents on worker threads, or on the calling thread when there are none. */
export interface ParsePool {
  /** Parses one document. Never rejects: a parser exception comes back as `{ status: "failed" }`. */
  parse(job: ParseJob): Promise<ParseReply>;
  /** Threads parsing now (0 once they failed, or when none could be started). */
  readonly threads: number;
  /**
   * Why the pool parses on the calling thread although threads were asked for: no thread script, or a
   * thread that failed (every document it held is parsed again here). `undefined` while threads work.
   */
  readonly fallback: string | undefined;
  /** Stops the threads; documents still being parsed come back `{ status: "failed" }`. */
  close(): Promise<void>;
}

/**
 * Heap limits of a parse thread. Parsing makes short-lived garbage; V8's default young generation lets a
 * thread grow by tens of megabytes before it collects. 8 MB keeps each thread near its ~40 MB of code and
 * data (10,000 articles on two threads: about 270 MB peak for the process; at 12 MB, with bigger batches,
 * up to 310 MB) at the price of more frequent collections. A document that needs more than the
 * old-generation cap fails the thread: it is parsed again on the calling thread (see {@link openParsePool}).
 */
const THREAD_LIMITS = {
  maxYoungGenerationSizeMb: 8,
  maxOldGenerationSizeMb: 256,
};

interface Pending {
  readonly id: number;
  readonly job: ParseJob;
  readonly resolve: (reply: ParseReply) => void;
}

interface Thread {
  readonly worker: Worker;
  readonly running: Map<number, Pending>;
}

/**
 * Documents sent ahead to each thread: its own queue keeps it parsing while the calling thread is busy
 * (committing a batch, up to a second) and cannot hand out more.
 */
const AHEAD_PER_THREAD = 80;

/**
 * Where the parse thread's script is. A bundle (the CLI's) ships it compiled as `parse-worker.js` beside
 * its chunks; in the source tree it is `parse-worker.ts`, which a thread loads through tsx (a development
 * dependency of the workspace). `undefined` when neither can run: the caller parses on its own thread.
 */
export function findParseWorker(): ParseWorkerEntry | undefined {
  let here: string;
  try {
    here = dirname(fileURLToPath(import.meta.url));
  } catch {
    return undefined;
  }
  const compiled = join(here, "parse-worker.js");
  if (existsSync(compiled)) return { url: pathToFileURL(compiled) };
  const source = join(here, "parse-worker.ts");
  if (!existsSync(source)) return undefined;
  const tsx = findTsx();
  return tsx ? { url: pathToFileURL(source), tsx } : undefined;
}

/**
 * tsx's CommonJS API, if tsx is installed. A thread loads the TypeScript sources through it: its ESM
 * hooks would run on one more thread per parse thread, its require hook runs on the thread itself.
 */
function findTsx(): string | undefined {
  try {
    return createRequire(import.meta.url).resolve("tsx/cjs/api");
  } catch {
    return undefined;
  }
}

/**
 * Starts a pool of parse threads. A thread that cannot start or dies (a crash, an exception outside a
 * document's parse) ends the pool's threads: the documents they held, and every later one, are parsed on
 * the calling thread, and {@link ParsePool.fallback} says why. Nothing is lost or parsed twice into the
 * result.
 */
export function openParsePool(options: ParsePoolOptions): ParsePool {
  if (options.threads <= 0) return inThread(undefined);
  const entry = options.entry ?? findParseWorker();
  if (!entry)
    return inThread(
      "no parse thread script was found (parse-worker.js beside the bundle, or parse-worker.ts with tsx installed)",
    );
  return new WorkerPool(entry, options.threads);
}

function inThread(fallback: string | undefined): ParsePool {
  return {
    parse: runParseJob,
    threads: 0,
    fallback,
    close: () => Promise.resolve(),
  };
}

class WorkerPool implements ParsePool {
  readonly #threads: Thread[] = [];
  readonly #queue: Pending[] = [];
  #fallback: string | undefined;
  #closed = false;
  #nextId = 0;

  constructor(entry: ParseWorkerEntry, threads: number) {
    for (let i = 0; i < threads; i++) {
      let worker: Worker;
      try {
        worker = entry.tsx
          ? new Worker(
              `require(${JSON.stringify(entry.tsx)}).register(); require(${JSON.stringify(fileURLToPath(entry.url))});`,
              { eval: true, resourceLimits: THREAD_LIMITS },
            )
          : new Worker(entry.url, { resourceLimits: THREAD_LIMITS });
      } catch (cause) {
        this.#fail(`a parse thread could not start: ${describe(cause)}`);
        return;
      }
      const thread: Thread = { worker, running: new Map() };
      this.#threads.push(thread);
      worker.on("message", (message: { id: number; reply: ParseReply }) => {
        const pending = thread.running.get(message.id);
        if (!pending) return;
        thread.running.delete(message.id);
        pending.resolve(message.reply);
        this.#pump();
      });
      worker.on("error", (cause) =>
        this.#fail(`a parse thread failed: ${describe(cause)}`),
      );
      worker.on("exit", (code) => {
        if (!this.#closed)
          this.#fail(`a parse thread stopped (exit code ${code})`);
      });
    }
  }

  get threads(): number {
    return this.#fallback === undefined ? this.#threads.length : 0;
  }

  get fallback(): string | undefined {
    return this.#fallback;
  }

  parse(job: ParseJob): Promise<ParseReply> {
    if (this.#fallback !== undefined || this.#closed) return runParseJob(job);
    return new Promise((resolve) => {
      this.#queue.push({ id: this.#nextId++, job, resolve });
      this.#pump();
    });
  }

  async close(): Promise<void> {
    if (this.#closed) return;
    this.#closed = true;
    // Nobody waits for these any more (the run stopped), but every promise handed out settles.
    for (const pending of this.#orphans())
      pending.resolve({ status: "failed", message: "parsing was stopped" });
    await Promise.all(this.#threads.map((t) => t.worker.terminate()));
  }

  #pump(): void {
    if (this.#fallback !== undefined) return;
    for (const thread of this.#threads) {
      while (thread.running.size < AHEAD_PER_THREAD && this.#queue.length > 0) {
        const pending = this.#queue.shift();
        if (!pending) break;
        thread.running.set(pending.id, pending);
        try {
          thread.worker.postMessage({ id: pending.id, job: pending.job });
        } catch (cause) {
          this.#fail(
            `a document could not be sent to a parse thread: ${describe(cause)}`,
          );
          return;
        }
      }
    }
  }

  #fail(reason: string): void {
    if (this.#fallback !== undefined || this.#closed) return;
    this.#fallback = reason;
    this.#rescue();
    for (const thread of this.#threads) void thread.worker.terminate();
  }

  /** Parses on this thread every document sent to a thread or waiting for one. */
  #rescue(): void {
    for (const pending of this.#orphans())
      void runParseJob(pending.job).then(pending.resolve);
  }

  /** Takes every document sent to a thread or waiting for one, oldest first. */
  #orphans(): Pending[] {
    const orphans = [
      ...this.#threads.flatMap((t) => [...t.running.values()]),
      ...this.#queue.splice(0),
    ].sort((a, b) => a.id - b.id);
    for (const thread of this.#threads) thread.running.clear();
    return orphans;
  }
}

function describe(cause: unknown): string {
  return cause instanceof Error ? cause.message : String(cause);
}
