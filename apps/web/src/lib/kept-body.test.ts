import { describe, expect, it } from "vitest";
import { keepBody, keptResponse, matchesEtag } from "./kept-body";

const html = new TextEncoder().encode("<!DOCTYPE html><p>kept</p>");

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

describe("keptResponse", () => {
  const kept = keepBody(html, "text/html; charset=utf-8");
  const request = (headers: Record<string, string> = {}) => ({
    headers: new Headers(headers),
  });

  it("sends the kept bytes, every time, with the given headers", async () => {
    for (let i = 0; i < 2; i++) {
      const response = keptResponse(request(), kept, { "x-csi-page": "kept" });
      expect(response.status).toBe(200);
      expect(response.headers.get("content-type")).toBe(
        "text/html; charset=utf-8",
      );
      expect(response.headers.get("etag")).toBe(kept.etag);
      expect(response.headers.get("x-csi-page")).toBe("kept");
      expect(new Uint8Array(await response.arrayBuffer())).toEqual(html);
    }
    expect(kept.body).toEqual(html);
  });

  it("answers 304 without a body when the client holds the same bytes", () => {
    const response = keptResponse(
      request({ "if-none-match": kept.etag }),
      kept,
      {},
    );
    expect(response.status).toBe(304);
    expect(response.headers.get("etag")).toBe(kept.etag);
    expect(response.body).toBeNull();
    expect(
      keptResponse(request({ "if-none-match": '"stale"' }), kept, {}).status,
    ).toBe(200);
  });
});
