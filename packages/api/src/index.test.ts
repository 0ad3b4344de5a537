import { describe, expect, it } from "vitest";
import * as api from "./index";

describe("@csi/api", () => {
  it("exports exactly its public API", () => {
    expect(Object.keys(api).sort()).toMatchInlineSnapshot(`
      [
        "CsiError",
        "INGEST_EXTENSIONS",
        "MAX_DOCUMENT_BYTES",
        "PARSER_VERSION",
        "ResponseCache",
        "WRITE_ACCESS_HINT",
        "appRouter",
        "createCaller",
        "createContext",
        "createTrpcFetchHandler",
        "createTrpcHttpServer",
        "csvCell",
        "importRegister",
        "ingestDocument",
        "ingestPaths",
        "isCsiError",
        "isLoopbackAddress",
        "loadCorpus",
        "openStore",
        "parseDocument",
        "reparseAll",
        "resolveDbPath",
        "toCsv",
      ]
    `);
  });

  it("mounts every router the apps use", () => {
    expect(Object.keys(api.appRouter._def.procedures).sort())
      .toMatchInlineSnapshot(`
      [
        "authority.byCode",
        "authority.list",
        "authority.timeline",
        "conflict.list",
        "document.byId",
        "document.ingest",
        "document.list",
        "document.parse",
        "document.reparse",
        "export.judgements",
        "inspection.byId",
        "inspection.list",
        "register.import",
        "search.query",
        "stats.changes",
        "stats.overview",
      ]
    `);
  });
});
