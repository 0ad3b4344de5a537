import type { IncomingMessage, ServerResponse } from "node:http";
import { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import type { ReadableStream as NodeReadableStream } from "node:stream/web";

/** A Node request as a fetch `Request` (the body streams, unread until the handler reads it). */
export function toRequest(req: IncomingMessage): Request {
  const url = new URL(
    req.url ?? "/",
    `http://${req.headers.host ?? "localhost"}`,
  );
  const headers = new Headers();
  for (const [name, value] of Object.entries(req.headers)) {
    if (value === undefined) continue;
    for (const one of Array.isArray(value) ? value : [value])
      headers.append(name, one);
  }
  const method = req.method ?? "GET";
  const hasBody = method !== "GET" && method !== "HEAD";
  return new Request(url, {
    method,
    headers,
    ...(hasBody
      ? { body: Readable.toWeb(req) as ReadableStream, duplex: "half" }
      : {}),
  });
}

/**
 * Headers that describe how a body travelled rather than what it is: `fetch` decodes a compressed
 * answer but keeps its `Content-Encoding`, so these are not passed on (as Next.js does).
 */
const FRAMING = new Set([
  "content-encoding",
  "content-length",
  "transfer-encoding",
]);

/** Writes a fetch `Response` to a Node response: status, headers (but framing) and body. */
export async function sendResponse(
  res: ServerResponse,
  response: Response,
): Promise<void> {
  const headers: Record<string, string | string[]> = {};
  response.headers.forEach((value, name) => {
    if (FRAMING.has(name)) return;
    headers[name] =
      name === "set-cookie" ? response.headers.getSetCookie() : value;
  });
  res.writeHead(response.status, headers);
  if (!response.body) {
    res.end();
    return;
  }
  await pipeline(
    Readable.fromWeb(response.body as NodeReadableStream<Uint8Array>),
    res,
  );
}
