import { parseDocument, PARSER_VERSION } from "@csi/parser";
import { isCsiError } from "../errors";
import type { Store } from "../store/store";
import {
  readRegister,
  registerDiagnostics,
  registerTitle,
  REGISTER_READER_VERSION,
} from "./register";

/** What happened to one document in a reparse. */
export interface ReparseOutcome {
  readonly id: string;
  readonly source: string;
  readonly status: "reparsed" | "current" | "failed";
  readonly reason?: string;
}

/** Progress of a reparse, after each document. */
export interface ReparseProgress {
  readonly total: number;
  readonly done: number;
  readonly outcome: ReparseOutcome;
}

/** Options for {@link reparseAll}. */
export interface ReparseOptions {
  /** Re-derive every document, not only those parsed by another version. */
  readonly force?: boolean;
  readonly onProgress?: (progress: ReparseProgress) => void;
}

/** What a reparse did. */
export interface ReparseSummary {
  readonly total: number;
  readonly reparsed: number;
  readonly current: number;
  readonly failed: number;
  readonly outcomes: readonly ReparseOutcome[];
}

/**
 * Re-derives every fact of the documents stored by an older parser (or register reader) from their stored
 * content, one transaction per document, then re-reconciles the authorities they touch. Documents already
 * at the current version are left alone unless `force`.
 */
export async function reparseAll(
  store: Store,
  options: ReparseOptions = {},
): Promise<ReparseSummary> {
  const versions = store.documentVersions();
  const outcomes: ReparseOutcome[] = [];
  // One transaction per document; the authorities they touch are reconciled once, at the end.
  let stopped: { cause: unknown } | undefined;
  try {
    for (const version of versions) {
      const current =
        version.kind === "register" ? REGISTER_READER_VERSION : PARSER_VERSION;
      const outcome =
        !options.force && version.parserVersion === current
          ? ({
              id: version.id,
              source: version.source,
              status: "current",
            } as const)
          : await reparseOne(store, version.id);
      outcomes.push(outcome);
      options.onProgress?.({
        total: versions.length,
        done: outcomes.length,
        outcome,
      });
    }
  } catch (cause) {
    stopped = { cause };
  }
  try {
    store.reconcilePending();
  } catch (cause) {
    // When the database stopped taking writes (read-only, full), the first failure is the one to
    // report; the authorities left pending are reconciled the next time the store is opened.
    throw stopped ? stopped.cause : cause;
  }
  if (stopped) throw stopped.cause;
  const tally = (status: ReparseOutcome["status"]) =>
    outcomes.filter((o) => o.status === status).length;
  return {
    total: versions.length,
    reparsed: tally("reparsed"),
    current: tally("current"),
    failed: tally("failed"),
    outcomes,
  };
}

const LATER = { reconcile: "later" } as const;

async function reparseOne(store: Store, id: string): Promise<ReparseOutcome> {
  const content = store.documentContent(id);
  if (!content)
    return {
      id,
      source: id,
      status: "failed",
      reason: "it is no longer stored",
    };
  if (content.kind === "register") {
    const reading = readRegister(content.text, content.source);
    if (!reading.success)
      return {
        id,
        source: content.source,
        status: "failed",
        reason: reading.error,
      };
    store.replaceFacts(
      id,
      {
        text: content.text,
        title: registerTitle(content.source),
        published: null,
        parserVersion: REGISTER_READER_VERSION,
        diagnostics: registerDiagnostics(reading),
        inspections: reading.inspections,
        claimSources: reading.claimSources,
      },
      LATER,
    );
    return { id, source: content.source, status: "reparsed" };
  }
  try {
    const parsed = await parseDocument(content.raw ?? content.text, {
      source: content.source,
      format: content.format,
      ...(content.published ? { published: content.published } : {}),
    });
    store.replaceFacts(
      id,
      {
        text: parsed.text,
        title: parsed.title,
        published: parsed.published,
        parserVersion: parsed.parserVersion,
        diagnostics: parsed.diagnostics,
        inspections: parsed.inspections,
      },
      LATER,
    );
    return { id, source: content.source, status: "reparsed" };
  } catch (cause) {
    // The database cannot be written: every later document would fail the same way.
    if (isCsiError(cause) && cause.code === "database") throw cause;
    return {
      id,
      source: content.source,
      status: "failed",
      reason: cause instanceof Error ? cause.message : String(cause),
    };
  }
}
