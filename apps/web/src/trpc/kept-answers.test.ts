import { ResponseCache } from "@csi/api";
import { describe, expect, it } from "vitest";
import { withKeptAnswers } from "./kept-answers";

const URL_LIST = "http://localhost/api/trpc/authority.list";

/** A stand-in for the tRPC handler: answers with the number of requests it has computed. */
function fakeTrpc(status = 200) {
  const seen: string[] = [];
  const handler = (request: Request) => {
    seen.push(`${request.method} ${request.url}`);
    return Promise.resolve(
      new Response(JSON.stringify({ result: { data: seen.length } }), {
        status,
        headers: { "content-type": "application/json" },
      }),
    );
  };
  return { handler, seen };
}

const setup = (status?: number) => {
  const trpc = fakeTrpc(status);
  let revision = "1:0";
  const handle = withKeptAnswers(trpc.handler, {
    cache: new ResponseCache(),
    revision: () => Promise.resolve(revision),
  });
  return {
    handle,
    seen: trpc.seen,
    commit: (next: string) => {
      revision = next;
    },
  };
};

const data = async (response: Response) =>
  ((await response.json()) as { result: { data: number } }).result.data;

describe("withKeptAnswers", () => {
  it("computes a read once per revision and sends the kept answer after that", async () => {
    const { handle, seen, commit } = setup();
    const first = await handle(new Request(URL_LIST));
    expect(await data(first)).toBe(1);
    expect(first.headers.get("cache-control")).toBe("no-cache");
    expect(await data(await handle(new Request(URL_LIST)))).toBe(1);
    expect(await data(await handle(new Request(URL_LIST)))).toBe(1);
    expect(seen).toHaveLength(1);
    commit("2:0");
    expect(await data(await handle(new Request(URL_LIST)))).toBe(2);
    expect(seen).toHaveLength(2);
  });

  it("answers 304 to a client holding the kept answer", async () => {
    const { handle } = setup();
    const etag = (await handle(new Request(URL_LIST))).headers.get("etag");
    expect(etag).toMatch(/^"/);
    const again = await handle(
      new Request(URL_LIST, { headers: { "if-none-match": etag ?? "" } }),
    );
    expect(again.status).toBe(304);
  });

  it("passes writes, streams, authorised and failed requests through every time", async () => {
    const { handle, seen } = setup();
    const post = () =>
      handle(new Request(URL_LIST, { method: "POST", body: "{}" }));
    await post();
    await post();
    const withHeader = (name: string) =>
      handle(new Request(URL_LIST, { headers: { [name]: "x" } }));
    await withHeader("trpc-accept");
    await withHeader("trpc-accept");
    await withHeader("authorization");
    await withHeader("authorization");
    expect(seen).toHaveLength(6);

    const failing = setup(500);
    await failing.handle(new Request(URL_LIST));
    const second = await failing.handle(new Request(URL_LIST));
    expect(second.status).toBe(500);
    expect(failing.seen).toHaveLength(2);
  });

  it("sends the request to the handler when the revision cannot be read", async () => {
    const trpc = fakeTrpc();
    const handle = withKeptAnswers(trpc.handler, {
      cache: new ResponseCache(),
      revision: () => Promise.reject(new Error("no database")),
    });
    await handle(new Request(URL_LIST));
    await handle(new Request(URL_LIST));
    expect(trpc.seen).toHaveLength(2);
  });
});
