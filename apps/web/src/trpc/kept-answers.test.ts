import { ResponseCache } from "@csi/api";
import { afterEach, describe, expect, it } from "vitest";
import { listen, type Listening } from "../../test/listen";
import { keptAnswers } from "./kept-answers";

const PATH = "/api/trpc/authority.list";

/** A stand-in for the tRPC handler: answers with the number of requests it has computed. */
function fakeTrpc(status = 200) {
  const seen: string[] = [];
  const handler = async (request: Request) => {
    const body = request.body ? await request.text() : "";
    seen.push(`${request.method} ${new URL(request.url).pathname} ${body}`);
    return new Response(JSON.stringify({ result: { data: seen.length } }), {
      status,
      headers: { "content-type": "application/json" },
    });
  };
  return { handler, seen };
}

let server: Listening | undefined;
afterEach(() => server?.close());

async function setup(options: { status?: number; broken?: boolean } = {}) {
  const trpc = fakeTrpc(options.status);
  let revision = "1:0";
  server = await listen(
    keptAnswers(trpc.handler, {
      cache: new ResponseCache(),
      revision: () =>
        options.broken
          ? Promise.reject(new Error("no database"))
          : Promise.resolve(revision),
    }),
  );
  const url = `${server.url}${PATH}`;
  return {
    get: (headers: Record<string, string> = {}) => fetch(url, { headers }),
    post: (body: string) => fetch(url, { method: "POST", body }),
    seen: trpc.seen,
    commit: (next: string) => {
      revision = next;
    },
  };
}

const data = async (response: Response) =>
  ((await response.json()) as { result: { data: number } }).result.data;

describe("keptAnswers", () => {
  it("computes a read once per revision and sends the kept answer after that", async () => {
    const { get, seen, commit } = await setup();
    const first = await get();
    expect(await data(first)).toBe(1);
    expect(first.headers.get("cache-control")).toBe("no-cache");
    expect(first.headers.get("content-type")).toBe("application/json");
    expect(await data(await get())).toBe(1);
    expect(await data(await get({ "accept-encoding": "gzip" }))).toBe(1);
    expect(seen).toEqual([`GET ${PATH} `]);
    commit("2:0");
    expect(await data(await get())).toBe(2);
    expect(seen).toHaveLength(2);
  });

  it("answers 304 to a client holding the kept answer", async () => {
    const { get } = await setup();
    const first = await get();
    await first.arrayBuffer();
    const etag = first.headers.get("etag");
    expect(etag).toMatch(/^"/);
    expect((await get({ "if-none-match": etag ?? "" })).status).toBe(304);
  });

  it("passes writes with their body, streams and authorised reads through every time", async () => {
    const { get, post, seen } = await setup();
    expect(await data(await post('{"a":1}'))).toBe(1);
    expect(await data(await post('{"a":1}'))).toBe(2);
    expect(await data(await get({ "trpc-accept": "application/jsonl" }))).toBe(
      3,
    );
    expect(await data(await get({ authorization: "Bearer x" }))).toBe(4);
    expect(await data(await get({ authorization: "Bearer x" }))).toBe(5);
    expect(seen[0]).toBe(`POST ${PATH} {"a":1}`);
  });

  it("keeps no failed answer and reads through when the revision is unknown", async () => {
    const failing = await setup({ status: 500 });
    expect((await failing.get()).status).toBe(500);
    expect((await failing.get()).status).toBe(500);
    expect(failing.seen).toHaveLength(2);
    await server?.close();
    const broken = await setup({ broken: true });
    expect(await data(await broken.get())).toBe(1);
    expect(await data(await broken.get())).toBe(2);
  });
});
