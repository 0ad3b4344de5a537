import { contentHash, toBytes } from "../internal/bytes";
import {
  readRegister,
  registerDiagnostics,
  registerTitle,
  REGISTER_READER_VERSION,
  type SkippedRow,
} from "./register";
import type { DocumentSummary, Store } from "../store/store";
import { MAX_DOCUMENT_BYTES } from "./limits";

/** A register snapshot to load: its CSV text and its file name (cited by every fact from it). */
export interface RegisterInput {
  readonly text: string;
  readonly name: string;
}

/** What loading a register snapshot did. */
export type ImportRegisterOutcome =
  | {
      readonly status: "stored" | "unchanged";
      readonly document: DocumentSummary;
      /** Data rows in the file. */
      readonly rows: number;
      /** Rows turned into claims. */
      readonly claims: number;
      readonly skipped: readonly SkippedRow[];
      readonly warnings: readonly SkippedRow[];
    }
  | { readonly status: "invalid"; readonly reason: string };

/**
 * Loads a register snapshot (same columns as the bundled `ilacs-latest-2026-06.csv`) as a source of its
 * own kind: each row is a claim citing the register and row. Idempotent by content. A newer snapshot's
 * row supersedes an older snapshot's row for the same inspection; rows about older inspections remain.
 */
export function importRegister(
  store: Store,
  input: RegisterInput,
): ImportRegisterOutcome {
  const bytes = toBytes(input.text);
  if (bytes.byteLength > MAX_DOCUMENT_BYTES)
    return {
      status: "invalid",
      reason: `the register ${input.name} is over the 5 MB limit`,
    };
  const reading = readRegister(input.text, input.name);
  if (!reading.success) return { status: "invalid", reason: reading.error };
  if (reading.inspections.length === 0) {
    return {
      status: "invalid",
      reason: `the register ${input.name} has no usable rows (${reading.skipped.length} skipped)`,
    };
  }
  const outcome = store.writeDocument({
    sha256: contentHash(bytes),
    kind: "register",
    source: input.name,
    title: registerTitle(input.name),
    published: null,
    format: "text",
    text: input.text,
    raw: null,
    byteSize: bytes.byteLength,
    parserVersion: REGISTER_READER_VERSION,
    diagnostics: registerDiagnostics(reading),
    inspections: reading.inspections,
    claimSources: reading.claimSources,
  });
  return {
    status: outcome.status,
    document: outcome.document,
    rows: reading.rows,
    claims: reading.inspections.length,
    skipped: reading.skipped,
    warnings: reading.warnings,
  };
}
