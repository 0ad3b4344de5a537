import type { AddressInfo } from "node:net";
import type { Server } from "node:http";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { MAX_DOCUMENT_BYTES } from "../ingest/limits";
import { appRouter } from "../root";
import { registerCsv } from "../test/fixtures";
import {
  databaseDigest,
  openTempStore,
  type TempStore,
} from "../test/temp-store";
import { createTrpcFetchHandler } from "./fetch-handler";
import { createTrpcHttpServer } from "./standalone-server";

const TOKEN = "test-token-5f1c";

async function listen(server: Server): Promise<string> {
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}/trpc`;
}

async function close(server: Server): Promise<void> {
  server.closeAllConnections();
  await new Promise<void>((resolve, reject) =>
    server.close((error) => (error ? reject(error) : resolve())),
  );
}

const ingestBody = (content: string) =>
  JSON.stringify({ content, source: "http.txt" });

/** Every procedure that changes the database, with an input it would accept. */
const WRITES: readonly (readonly [string, unknown])[] = [
  ["document.ingest", { content: "Written from elsewhere.", source: "x.txt" }],
  ["document.reparse", { force: true }],
  [
    "register.import",
    {
      name: "remote.csv",
      csv: registerCsv([
        {
          authority: "Barnet",
          start: "2025-01-13",
          grades: ["good", "good", "good", "good", "good"],
        },
      ]),
    },
  ],
];

const post = (
  url: string,
  input: unknown,
  headers: Record<string, string> = {},
) =>
  fetch(url, {
    method: "POST",
    headers: { "content-type": "application/json", ...headers },
    body: JSON.stringify(input),
  });

describe("write procedures", () => {
  it("are every mutation but the dry run (document.parse)", () => {
    // At run time tRPC keeps every procedure in one flat record keyed by its path.
    const procedures = appRouter._def.procedures as unknown as Record<
      string,
      { _def: { type: string } }
    >;
    const mutations = Object.entries(procedures)
      .filter(([, procedure]) => procedure._def.type === "mutation")
      .map(([path]) => path)
      .sort();
    expect(mutations).toEqual(
      [...WRITES.map(([path]) => path), "document.parse"].sort(),
    );
  });
});

describe("HTTP end to end (standalone server on a loopback port)", () => {
  let t: TempStore;
  let local: Server;
  let remote: Server;
  let localUrl: string;
  let remoteUrl: string;

  beforeAll(async () => {
    t = await openTempStore();
    local = createTrpcHttpServer({ store: t.store });
    // The same server as a client elsewhere sees it: the peer address is not loopback.
    remote = createTrpcHttpServer({
      store: t.store,
      writeToken: TOKEN,
      remoteAddress: () => "203.0.113.7",
    });
    localUrl = await listen(local);
    remoteUrl = await listen(remote);
  });
  afterAll(async () => {
    await close(local);
    await close(remote);
    t.cleanup();
  });

  it("answers a query", async () => {
    const input = encodeURIComponent(JSON.stringify({ code: "RBKC" }));
    const response = await fetch(
      `${remoteUrl}/authority.byCode?input=${input}`,
    );
    expect(response.status).toBe(200);
    const body = (await response.json()) as {
      result: { data: { gss: string; latest: { inRegister: boolean } } };
    };
    expect(body.result.data.gss).toBe("E09000020");
    expect(body.result.data.latest.inRegister).toBe(true);
  });

  it("reports a missing authority as 404 with a message naming it", async () => {
    const response = await fetch(
      `${localUrl}/authority.byCode?input=${encodeURIComponent(JSON.stringify({ code: "Narnia" }))}`,
    );
    expect(response.status).toBe(404);
    expect(
      ((await response.json()) as { error: { message: string } }).error.message,
    ).toBe('no authority with code or name "Narnia"');
  });

  it("accepts a write from loopback", async () => {
    const response = await fetch(`${localUrl}/document.ingest`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: ingestBody("Written over HTTP from this computer."),
    });
    expect(response.status).toBe(200);
    expect(
      ((await response.json()) as { result: { data: { status: string } } })
        .result.data.status,
    ).toBe("stored");
  });

  it("refuses a write a web page on another site sends through the local server", async () => {
    const response = await fetch(`${localUrl}/document.ingest`, {
      method: "POST",
      headers: {
        "content-type": "application/json",
        origin: "http://evil.example",
      },
      body: ingestBody("Cross-site write."),
    });
    expect(response.status).toBe(403);
  });

  it("refuses a write from another address without the token, and says how to authorise", async () => {
    const response = await fetch(`${remoteUrl}/document.ingest`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: ingestBody("Written from elsewhere."),
    });
    expect(response.status).toBe(403);
    const { error } = (await response.json()) as {
      error: { message: string; data: { code: string } };
    };
    expect(error.data.code).toBe("FORBIDDEN");
    expect(error.message).toMatch(
      /Authorization: Bearer <token>.*CSI_WRITE_TOKEN/,
    );

    const wrong = await fetch(`${remoteUrl}/document.ingest`, {
      method: "POST",
      headers: {
        "content-type": "application/json",
        authorization: "Bearer nope",
      },
      body: ingestBody("Written from elsewhere."),
    });
    expect(wrong.status).toBe(403);
  });

  it.each(WRITES)(
    "refuses %s from another address without the right token, and changes nothing",
    async (path, input) => {
      const before = databaseDigest(t.path);
      for (const authorization of [
        undefined,
        "Bearer not-the-token",
        `Basic ${TOKEN}`,
        TOKEN,
      ]) {
        const response = await post(
          `${remoteUrl}/${path}`,
          input,
          authorization ? { authorization } : {},
        );
        expect(response.status, String(authorization)).toBe(403);
        const { error } = (await response.json()) as {
          error: { message: string; data: { code: string } };
        };
        expect(error.data.code).toBe("FORBIDDEN");
        expect(error.message).toMatch(
          new RegExp(`^${path.replace(".", "\\.")} changes the database`),
        );
      }
      expect(databaseDigest(t.path)).toEqual(before);
    },
  );

  it.each(WRITES)(
    "accepts %s from another address with the token",
    async (path, input) => {
      const response = await post(`${remoteUrl}/${path}`, input, {
        authorization: `Bearer ${TOKEN}`,
      });
      expect(response.status).toBe(200);
    },
  );

  it("keeps the dry run open to every address: it stores nothing", async () => {
    const before = databaseDigest(t.path);
    const response = await post(`${remoteUrl}/document.parse`, {
      content: "Ofsted rated Barnet good in 2019.",
    });
    expect(response.status).toBe(200);
    expect(databaseDigest(t.path)).toEqual(before);
  });

  it("refuses a body over 5 MB with a clear message", async () => {
    const response = await fetch(`${localUrl}/document.ingest`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: ingestBody("x".repeat(MAX_DOCUMENT_BYTES + 1024)),
    });
    expect(response.status).toBe(413);
    const { error } = (await response.json()) as { error: { message: string } };
    expect(error.message).toMatch(
      /^the request body \(5,243,\d{3} bytes\) is over the 5 MB limit; send a smaller document/,
    );
  });

  it("refuses a streamed body (no length given) once it passes 5 MB", async () => {
    const chunk = new TextEncoder().encode("x".repeat(1024 * 1024));
    let sent = 0;
    const body = new ReadableStream<Uint8Array>({
      pull(controller) {
        if (sent++ < 7) controller.enqueue(chunk);
        else controller.close();
      },
    });
    const response = await fetch(`${localUrl}/document.ingest`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body,
      duplex: "half",
    });
    expect(response.status).toBe(413);
    expect(
      ((await response.json()) as { error: { message: string } }).error.message,
    ).toMatch(/is over the 5 MB limit/);
  });
});

describe("fetch handler", () => {
  let t: TempStore;
  beforeAll(async () => {
    t = await openTempStore();
  });
  afterAll(() => t.cleanup());

  const handler = () =>
    createTrpcFetchHandler({
      endpoint: "/api/trpc",
      store: () => t.store,
      writeToken: TOKEN,
    });
  const post = (
    headers: Record<string, string>,
    body: string | ReadableStream<Uint8Array>,
  ) =>
    new Request("http://localhost:3000/api/trpc/document.ingest", {
      method: "POST",
      headers: {
        "content-type": "application/json",
        host: "localhost:3000",
        ...headers,
      },
      body,
      duplex: "half",
    });

  it("serves queries and takes the peer address from X-Forwarded-For", async () => {
    const query = await handler()(
      new Request("http://localhost:3000/api/trpc/stats.overview"),
    );
    expect(query.status).toBe(200);
    const remote = await handler()(
      post({ "x-forwarded-for": "198.51.100.4" }, ingestBody("From afar.")),
    );
    expect(remote.status).toBe(403);
    const loopback = await handler()(
      post({ "x-forwarded-for": "::ffff:127.0.0.1" }, ingestBody("From here.")),
    );
    expect(loopback.status).toBe(200);
    const withToken = await handler()(
      post(
        { "x-forwarded-for": "198.51.100.4", authorization: `Bearer ${TOKEN}` },
        ingestBody("With token."),
      ),
    );
    expect(withToken.status).toBe(200);
  });

  it.each(WRITES)(
    "refuses %s from a forwarded address that is not loopback, without the token",
    async (path, input) => {
      const before = databaseDigest(t.path);
      const response = await handler()(
        new Request(`http://localhost:3000/api/trpc/${path}`, {
          method: "POST",
          headers: {
            "content-type": "application/json",
            host: "localhost:3000",
            "x-forwarded-for": "198.51.100.4, 127.0.0.1",
          },
          body: JSON.stringify(input),
        }),
      );
      expect(response.status).toBe(403);
      expect(databaseDigest(t.path)).toEqual(before);
    },
  );

  it("refuses a streamed body over the limit", async () => {
    const big = new ReadableStream<Uint8Array>({
      start(controller) {
        for (let i = 0; i < 6; i++)
          controller.enqueue(new Uint8Array(1024 * 1024).fill(120));
        controller.close();
      },
    });
    const response = await handler()(
      post({ "x-forwarded-for": "127.0.0.1" }, big),
    );
    expect(response.status).toBe(413);
    expect(
      ((await response.json()) as { error: { message: string } }).error.message,
    ).toMatch(/over the 5 MB limit/);
  });
});
