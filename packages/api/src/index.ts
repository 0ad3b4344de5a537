import type { inferRouterInputs, inferRouterOutputs } from "@trpc/server";
import { appRouter, type AppRouter } from "./root";
import { createCallerFactory } from "./trpc";

export { appRouter };
export type { AppRouter };
export { createContext, WRITE_ACCESS_HINT } from "./trpc";
export type { Context } from "./trpc";

/** Calls procedures in-process, without HTTP: `createCaller(createContext({ store }))`. */
export const createCaller = createCallerFactory(appRouter);

/** Input types of every procedure, for the apps. */
export type RouterInputs = inferRouterInputs<AppRouter>;
/** Output types of every procedure, for the apps. */
export type RouterOutputs = inferRouterOutputs<AppRouter>;

export { openStore } from "./open-store";
export type { OpenStoreOptions } from "./open-store";
export { resolveDbPath } from "./store/db-path";
export type { DbPathEnv } from "./store/db-path";
export type {
  ConflictRecord,
  DocumentDetail,
  DocumentSummary,
  EvidenceItem,
  EvidenceSpan,
  InspectionDetail,
  InspectionSummary,
  SnippetSegment,
  SourceKind,
  Store,
} from "./store/store";

export { ingestDocument } from "./ingest/ingest-document";
export type { IngestInput, IngestOutcome } from "./ingest/ingest-document";
export { ingestPaths, INGEST_EXTENSIONS } from "./ingest/ingest-paths";
export type {
  IngestPathsOptions,
  IngestProgress,
  IngestSummary,
} from "./ingest/ingest-paths";
// The parser's entry points, so the apps need depend on this package alone.
export { PARSER_VERSION, parseDocument } from "@csi/parser";
export type { Diagnostic, ParseOptions, ParseResult } from "@csi/parser";
export { reparseAll } from "./ingest/reparse";
export type {
  ReparseOptions,
  ReparseOutcome,
  ReparseProgress,
  ReparseSummary,
} from "./ingest/reparse";
export { importRegister } from "./ingest/import-register";
export type {
  ImportRegisterOutcome,
  RegisterInput,
} from "./ingest/import-register";
export { MAX_DOCUMENT_BYTES } from "./ingest/limits";
export { loadCorpus } from "./corpus/load-corpus";
export type { CorpusOutcome } from "./corpus/load-corpus";

export { createTrpcFetchHandler } from "./http/fetch-handler";
export type { TrpcFetchHandlerOptions } from "./http/fetch-handler";
export { createTrpcHttpServer } from "./http/standalone-server";
export { ResponseCache } from "./http/response-cache";
export type {
  CachedResponse,
  ResponseCacheOptions,
} from "./http/response-cache";
export { isLoopbackAddress } from "./http/write-access";
export { csvCell, toCsv } from "./internal/csv";
export type { TrpcHttpServerOptions } from "./http/standalone-server";
export { isCsiError, CsiError } from "./errors";
export type { CsiErrorCode } from "./errors";
