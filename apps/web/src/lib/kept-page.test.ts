import { afterEach, describe, expect, it } from "vitest";
import { listen, type Listening } from "../../test/listen";
import { keptPage, RENDER_HEADER } from "./kept-page";

let server: Listening | undefined;
afterEach(() => server?.close());

/**
 * A server whose page `/` renders (counting renders) when asked with the render header, and is
 * otherwise answered by `keptPage`, as the rewrite in next.config.ts arranges.
 */
async function setup(status = 200) {
  const renders: string[] = [];
  let revision = "1:0";
  // The page is asked for on the address each request arrived at (the default origin).
  const kept = keptPage({
    path: "/",
    revision: () => Promise.resolve(revision),
  });
  server = await listen(async (req, res) => {
    if (req.headers[RENDER_HEADER] === undefined) return kept(req, res);
    let body = "";
    for await (const chunk of req) body += String(chunk);
    renders.push(`${req.method} ${req.url} ${body}`);
    // A render takes a while, so concurrent requests find it under way.
    await new Promise((resolve) => setTimeout(resolve, 20));
    res.writeHead(status, { "content-type": "text/html; charset=utf-8" });
    res.end(`<p>render ${renders.length}</p>`);
  });
  const url = server.url;
  return {
    get: (path = "/", headers: Record<string, string> = {}) =>
      fetch(url + path, { headers }),
    url,
    renders,
    commit: (next: string) => {
      revision = next;
    },
  };
}

describe("keptPage", () => {
  it("renders once per revision, however many ask at once, and serves the kept page after", async () => {
    const { get, renders, commit } = await setup();
    const first = await Promise.all([get(), get(), get()]);
    for (const response of first) {
      expect(response.headers.get("x-csi-page")).toBe("kept");
      expect(await response.text()).toBe("<p>render 1</p>");
    }
    const again = await get("/", { "accept-encoding": "gzip" });
    expect(again.headers.get("content-encoding")).toBe("gzip");
    expect(again.headers.get("cache-control")).toBe("private, no-cache");
    expect(again.headers.get("vary")).toMatch(/^rsc, .*accept-encoding$/);
    expect(await again.text()).toBe("<p>render 1</p>");
    expect(renders).toEqual(["GET / "]);
    commit("2:0");
    expect(await (await get()).text()).toBe("<p>render 2</p>");
    expect(renders).toHaveLength(2);
  });

  it("renders a request with a query, or other than GET, each time and keeps nothing", async () => {
    const { get, url, renders } = await setup();
    const withQuery = await get("/?utm=mail");
    expect(withQuery.headers.get("x-csi-page")).toBeNull();
    expect(await withQuery.text()).toBe("<p>render 1</p>");
    const post = await fetch(`${url}/`, { method: "POST", body: "form" });
    expect(await post.text()).toBe("<p>render 2</p>");
    expect(renders).toEqual(["GET /?utm=mail ", "POST / form"]);
  });

  it("passes a failed render on and tries again next time", async () => {
    const { get, renders } = await setup(500);
    const response = await get();
    expect(response.status).toBe(500);
    expect(response.headers.get("x-csi-page")).toBeNull();
    await response.text();
    await (await get()).text();
    // Each request tries to keep the page, then renders it for itself.
    expect(renders).toHaveLength(4);
  });

  it("answers 404 to a request for the route itself", async () => {
    const { get, renders } = await setup();
    expect((await get("/api/kept-overview")).status).toBe(404);
    expect(renders).toEqual([]);
  });

  it("answers 502 when the server cannot be reached to render the page", async () => {
    server = await listen(
      keptPage({
        path: "/",
        revision: () => Promise.resolve("1:0"),
        // Nothing listens on port 9 (discard) here.
        origin: () => "http://127.0.0.1:9",
      }),
    );
    const response = await fetch(`${server.url}/`);
    expect(response.status).toBe(502);
    expect(await response.text()).toMatch(/could not be rendered/);
  });
});
