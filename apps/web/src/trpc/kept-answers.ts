import type { IncomingMessage, ServerResponse } from "node:http";
import type { ResponseCache } from "@csi/api";
import { sendResponse, toRequest } from "~/lib/fetch-bridge";
import { sendKept } from "~/lib/kept-body";

/** Headers of a kept answer: clients may keep it but must ask again each time (and get 304). */
const HEADERS = { "cache-control": "no-cache" };

/**
 * A Node request handler for tRPC that answers plain reads of queries (GET or HEAD, no streaming, no
 * `Authorization`) from `cache`, where each answer is kept for the database revision it was computed
 * at, and passes every other request to `handler`, the tRPC fetch handler (built with `cache: false`:
 * this is its cache). A kept answer is written straight to the socket, compressed once per coding,
 * with an entity tag and 304: no fetch `Request` or `Response` is made for it.
 */
export function keptAnswers(
  handler: (request: Request) => Promise<Response>,
  options: { cache: ResponseCache; revision: () => Promise<string> },
): (req: IncomingMessage, res: ServerResponse) => Promise<void> {
  return async (req, res) => {
    const key = req.url ?? "/";
    if (
      (req.method !== "GET" && req.method !== "HEAD") ||
      req.headers["trpc-accept"] !== undefined ||
      req.headers.authorization !== undefined
    )
      return sendResponse(res, await handler(toRequest(req)));
    let revision: string;
    try {
      // Read before computing: a commit landing meanwhile only makes the entry unreachable.
      revision = await options.revision();
    } catch {
      // The handler reports why the store cannot be read.
      return sendResponse(res, await handler(toRequest(req)));
    }
    const hit = options.cache.get(key, revision);
    if (hit) return sendKept(req, res, hit, HEADERS);
    const response = await handler(toRequest(req));
    const contentType = response.headers.get("content-type") ?? "";
    if (response.status !== 200 || !contentType.startsWith("application/json"))
      return sendResponse(res, response);
    const body = new Uint8Array(await response.arrayBuffer());
    return sendKept(
      req,
      res,
      options.cache.set(key, revision, body, contentType),
      HEADERS,
    );
  };
}
