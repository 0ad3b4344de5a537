import type { AddressInfo } from "node:net";
import type { Server } from "node:http";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { openStore } from "../open-store";
import type { Store } from "../store/store";
import { openTempStore, type TempStore } from "../test/temp-store";
import { createTrpcFetchHandler } from "./fetch-handler";
import { matchesEtag, ResponseCache } from "./response-cache";
import { createTrpcHttpServer } from "./standalone-server";

const bytes = (text: string) => new TextEncoder().encode(text);

describe("ResponseCache", () => {
  it("answers only at the revision an entry was computed at, and drops it after", () => {
    const cache = new ResponseCache();
    cache.set("/a", "1:0", bytes("one"), "application/json");
    expect(cache.get("/a", "1:0")?.body).toEqual(bytes("one"));
    expect(cache.get("/a", "2:0")).toBeUndefined();
    expect(cache.get("/a", "1:0")).toBeUndefined();
    expect(cache.size).toBe(0);
    expect(cache.bytes).toBe(0);
  });

  it("evicts the least recently used entry when full, by count and by bytes", () => {
    const byCount = new ResponseCache({ maxEntries: 2 });
    byCount.set("/a", "r", bytes("a"), "application/json");
    byCount.set("/b", "r", bytes("b"), "application/json");
    byCount.get("/a", "r"); // now /b is the oldest
    byCount.set("/c", "r", bytes("c"), "application/json");
    expect(byCount.get("/b", "r")).toBeUndefined();
    expect(byCount.get("/a", "r")).toBeDefined();
    expect(byCount.get("/c", "r")).toBeDefined();

    const byBytes = new ResponseCache({ maxBytes: 10 });
    byBytes.set("/a", "r", bytes("aaaa"), "application/json");
    byBytes.set("/b", "r", bytes("bbbb"), "application/json");
    byBytes.set("/c", "r", bytes("cccc"), "application/json");
    expect(byBytes.bytes).toBe(8);
    expect(byBytes.get("/a", "r")).toBeUndefined();
  });

  it("does not keep a response larger than the entry limit, but still tags it", () => {
    const cache = new ResponseCache({ maxEntryBytes: 3 });
    const entry = cache.set("/big", "r", bytes("four"), "application/json");
    expect(entry.etag).toMatch(/^"[\w-]+"$/);
    expect(cache.get("/big", "r")).toBeUndefined();
  });

  it("gives the same bytes the same entity tag, and matches If-None-Match lists", () => {
    const cache = new ResponseCache();
    const a = cache.set("/a", "1", bytes("same"), "application/json");
    const b = cache.set("/b", "2", bytes("same"), "application/json");
    const c = cache.set("/c", "2", bytes("other"), "application/json");
    expect(a.etag).toBe(b.etag);
    expect(c.etag).not.toBe(a.etag);
    expect(matchesEtag(`"x", ${a.etag}`, a.etag)).toBe(true);
    expect(matchesEtag(`W/${a.etag}`, a.etag)).toBe(true);
    expect(matchesEtag(`"x"`, a.etag)).toBe(false);
    expect(matchesEtag(null, a.etag)).toBe(false);
  });
});

/** Counts how often the router reads inspections, to tell a computed answer from a kept one. */
function counting(store: Store): { store: Store; reads: () => number } {
  let reads = 0;
  const proxy = new Proxy(store, {
    get(target, property, receiver) {
      const value: unknown = Reflect.get(target, property, receiver);
      if (typeof value !== "function") return value;
      return (...args: unknown[]) => {
        if (property === "listInspections") reads++;
        return (value as (...a: unknown[]) => unknown).apply(target, args);
      };
    },
  });
  return { store: proxy, reads: () => reads };
}

const LIST = "http://localhost/api/trpc/authority.list";
const total = (body: { result: { data: { inspectionCount: number }[] } }) =>
  body.result.data.reduce((n, a) => n + a.inspectionCount, 0);

describe("cached query responses", () => {
  let t: TempStore;
  beforeEach(async () => {
    t = await openTempStore();
  });
  afterEach(() => t.cleanup());

  it("computes a query once per revision and serves the same bytes until a commit", async () => {
    const { store, reads } = counting(t.store);
    const handler = createTrpcFetchHandler({ endpoint: "/api/trpc", store });
    const first = await handler(new Request(LIST));
    const second = await handler(new Request(LIST));
    expect(first.status).toBe(200);
    expect(await second.text()).toBe(await first.text());
    expect(reads()).toBe(1);
    expect(second.headers.get("etag")).toBe(first.headers.get("etag"));
    expect(second.headers.get("cache-control")).toBe("no-cache");

    // A write through this connection changes the answer at once.
    const before = total(
      (await (await handler(new Request(LIST))).json()) as never,
    );
    await t.caller.document.ingest({
      source: "barnet.txt",
      content:
        "Published 3 March 2025. Ofsted has rated Barnet Council's children's services outstanding after an inspection in January 2025.",
    });
    const after = total(
      (await (await handler(new Request(LIST))).json()) as never,
    );
    expect(after).toBe(before + 1);
    expect(reads()).toBe(2);
  });

  it("sees a commit made by another connection to the same file", async () => {
    const handler = createTrpcFetchHandler({
      endpoint: "/api/trpc",
      store: t.store,
    });
    const before = total(
      (await (await handler(new Request(LIST))).json()) as never,
    );
    const other = await openStore({ path: t.path, loadCorpus: false });
    try {
      const { createCaller } = await import("../index");
      const { createContext } = await import("../trpc");
      await createCaller(createContext({ store: other })).document.ingest({
        source: "camden.txt",
        content:
          "Published 9 May 2025. Camden Council's children's services were judged good by Ofsted after an inspection in April 2025.",
      });
    } finally {
      other.close();
    }
    const after = total(
      (await (await handler(new Request(LIST))).json()) as never,
    );
    expect(after).toBe(before + 1);
  });

  it("answers 304 to a client that holds the current bytes, and 200 once they change", async () => {
    const handler = createTrpcFetchHandler({
      endpoint: "/api/trpc",
      store: t.store,
    });
    const etag = (await handler(new Request(LIST))).headers.get("etag") ?? "";
    const revalidated = await handler(
      new Request(LIST, { headers: { "if-none-match": etag } }),
    );
    expect(revalidated.status).toBe(304);
    expect(await revalidated.text()).toBe("");
    await t.caller.document.ingest({
      source: "leeds.txt",
      content:
        "Published 2 June 2025. Leeds City Council's children's services remain outstanding, Ofsted said after an inspection in May 2025.",
    });
    const changed = await handler(
      new Request(LIST, { headers: { "if-none-match": etag } }),
    );
    expect(changed.status).toBe(200);
    expect(changed.headers.get("etag")).not.toBe(etag);
  });

  it("does not keep errors, streamed batches or writes", async () => {
    const { store, reads } = counting(t.store);
    const handler = createTrpcFetchHandler({ endpoint: "/api/trpc", store });
    const missing = `http://localhost/api/trpc/authority.byCode?input=${encodeURIComponent(JSON.stringify({ code: "Narnia" }))}`;
    expect((await handler(new Request(missing))).status).toBe(404);
    expect((await handler(new Request(missing))).status).toBe(404);
    const streamed = () =>
      handler(
        new Request(`${LIST}?batch=1&input=${encodeURIComponent("{}")}`, {
          headers: { "trpc-accept": "application/jsonl" },
        }),
      );
    for (const response of [await streamed(), await streamed()]) {
      expect(response.status).toBe(200);
      expect(await response.text()).toContain("Westminster");
    }
    expect(reads()).toBe(2);
  });

  it("can be turned off", async () => {
    const { store, reads } = counting(t.store);
    const handler = createTrpcFetchHandler({
      endpoint: "/api/trpc",
      store,
      cache: false,
    });
    await handler(new Request(LIST));
    await handler(new Request(LIST));
    expect(reads()).toBe(2);
  });

  it("serves the standalone server's reads from the same kind of cache", async () => {
    const { store, reads } = counting(t.store);
    const server: Server = createTrpcHttpServer({ store });
    await new Promise<void>((resolve) =>
      server.listen(0, "127.0.0.1", resolve),
    );
    try {
      const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/trpc/authority.list`;
      const a = await fetch(url);
      const b = await fetch(url);
      expect(a.status).toBe(200);
      expect(await b.text()).toBe(await a.text());
      expect(reads()).toBe(1);
      const revalidated = await fetch(url, {
        headers: { "if-none-match": b.headers.get("etag") ?? "" },
      });
      expect(revalidated.status).toBe(304);
      const head = await fetch(url, { method: "HEAD" });
      expect(head.status).toBe(200);
      expect(head.headers.get("etag")).toBe(b.headers.get("etag"));
      const bad = await fetch(url.replace("authority.list", "nothing.here"));
      expect(bad.status).toBe(404);
    } finally {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    }
  });
});
