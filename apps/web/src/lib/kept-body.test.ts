import { gunzipSync, brotliDecompressSync } from "node:zlib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { listen, type Listening } from "../../test/listen";
import {
  chooseCoding,
  encoded,
  keepBody,
  matchesEtag,
  sendKept,
} from "./kept-body";

const html = new TextEncoder().encode(
  `<!DOCTYPE html>${"<p>kept</p>".repeat(500)}`,
);

describe("keepBody", () => {
  it("tags the same bytes with the same entity tag and other bytes with another", () => {
    const a = keepBody(new Uint8Array(html), "text/html");
    expect(a.etag).toMatch(/^"[\w-]{27}"$/);
    expect(keepBody(new Uint8Array(html), "text/html").etag).toBe(a.etag);
    expect(
      keepBody(new TextEncoder().encode("<p>other</p>"), "text/html").etag,
    ).not.toBe(a.etag);
  });
});

describe("matchesEtag", () => {
  it("compares weakly and accepts lists and *", () => {
    expect(matchesEtag('"abc"', '"abc"')).toBe(true);
    expect(matchesEtag('W/"abc"', '"abc"')).toBe(true);
    expect(matchesEtag('"x", "abc"', '"abc"')).toBe(true);
    expect(matchesEtag("*", '"abc"')).toBe(true);
    expect(matchesEtag('"abcd"', '"abc"')).toBe(false);
    expect(matchesEtag(null, '"abc"')).toBe(false);
  });
});

describe("chooseCoding", () => {
  it("prefers Brotli, then gzip, and honours q=0", () => {
    expect(chooseCoding("gzip, deflate, br, zstd")).toBe("br");
    expect(chooseCoding("gzip, deflate")).toBe("gzip");
    expect(chooseCoding("br;q=0, gzip;q=0.5")).toBe("gzip");
    expect(chooseCoding("*")).toBe("br");
    expect(chooseCoding("*, br;q=0")).toBe("gzip");
    expect(chooseCoding("deflate")).toBe("identity");
    expect(chooseCoding("")).toBe("identity");
    expect(chooseCoding(undefined)).toBe("identity");
  });
});

describe("encoded", () => {
  it("compresses once per coding and gives back the same bytes after", async () => {
    const kept = keepBody(html, "text/html");
    const gz = await encoded(kept, "gzip");
    expect(gunzipSync(gz)).toEqual(Buffer.from(html));
    expect(await encoded(kept, "gzip")).toBe(gz);
    expect(brotliDecompressSync(await encoded(kept, "br"))).toEqual(
      Buffer.from(html),
    );
    expect(await encoded(kept, "identity")).toBe(kept.body);
  });
});

describe("sendKept", () => {
  const kept = keepBody(html, "text/html; charset=utf-8");
  let server: Listening;
  let url = "";

  beforeAll(async () => {
    server = await listen((req, res) =>
      sendKept(req, res, kept, { "x-csi-page": "kept", vary: "rsc" }),
    );
    url = `${server.url}/`;
  });

  afterAll(() => server.close());

  it("sends the bytes with their type, tag, length and the given headers", async () => {
    const response = await fetch(url, {
      headers: { "accept-encoding": "identity" },
    });
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe(
      "text/html; charset=utf-8",
    );
    expect(response.headers.get("etag")).toBe(kept.etag);
    expect(response.headers.get("x-csi-page")).toBe("kept");
    expect(response.headers.get("vary")).toBe("rsc, accept-encoding");
    expect(response.headers.get("content-encoding")).toBeNull();
    expect(response.headers.get("content-length")).toBe(
      String(html.byteLength),
    );
    expect(new Uint8Array(await response.arrayBuffer())).toEqual(html);
  });

  it("sends the compressed bytes to a client that accepts them", async () => {
    for (const coding of ["gzip", "br"]) {
      const response = await fetch(url, {
        headers: { "accept-encoding": coding },
      });
      expect(response.headers.get("content-encoding")).toBe(coding);
      expect(Number(response.headers.get("content-length"))).toBeLessThan(
        html.byteLength / 10,
      );
      // fetch decodes the body: the bytes arrive whole.
      expect(new Uint8Array(await response.arrayBuffer())).toEqual(html);
    }
  });

  it("answers 304 without a body when the client holds the same bytes", async () => {
    const response = await fetch(url, {
      headers: { "if-none-match": kept.etag },
    });
    expect(response.status).toBe(304);
    expect(response.headers.get("etag")).toBe(kept.etag);
    expect(await response.text()).toBe("");
    const stale = await fetch(url, { headers: { "if-none-match": '"old"' } });
    expect(stale.status).toBe(200);
    await stale.arrayBuffer();
  });

  it("sends headers and no body to HEAD", async () => {
    const response = await fetch(url, {
      method: "HEAD",
      headers: { "accept-encoding": "identity" },
    });
    expect(response.status).toBe(200);
    expect(response.headers.get("content-length")).toBe(
      String(html.byteLength),
    );
    expect(await response.text()).toBe("");
  });
});
