import type { IncomingMessage, ServerResponse } from "node:http";
import { sendResponse, toRequest } from "./fetch-bridge";
import { keepBody, sendKept, type KeptBody } from "./kept-body";

/** Marks the request that renders a kept page through the server itself, so it is not kept again. */
export const RENDER_HEADER = "x-csi-render";

/**
 * What a page's HTML varies by besides the URL (Next answers the same URL with the React Server
 * Components payload to in-app navigations).
 */
const VARY =
  "rsc, next-router-state-tree, next-router-prefetch, next-router-segment-prefetch";

interface Kept {
  readonly revision: string;
  readonly body: KeptBody;
}

/** Options of {@link keptPage}. */
export interface KeptPageOptions {
  /** The page's path, e.g. `"/"`. */
  readonly path: string;
  /** The database revision now. */
  readonly revision: () => Promise<string>;
  /** This server's origin as seen from itself, for a request arriving on `req` (default {@link localOrigin}). */
  readonly origin?: (req: IncomingMessage) => string;
}

/**
 * A Node request handler (the destination of a rewrite of `path`) that serves the page's HTML kept per
 * database revision: the first request after a commit renders the page through this server (one
 * render at a time; requests arriving meanwhile wait for it) and every request until the next commit
 * gets those bytes, compressed once per coding, with an entity tag and 304. A request with a query,
 * other than GET or HEAD, or arriving when the page cannot be kept, is answered by rendering it.
 */
export function keptPage(
  options: KeptPageOptions,
): (req: IncomingMessage, res: ServerResponse) => Promise<void> {
  let kept: Kept | undefined;
  let rendering: Promise<Kept | undefined> | undefined;
  const origin = options.origin ?? localOrigin;

  /** Renders the page through the server, as the request asked for it, and sends that answer on. */
  const passOn = async (
    req: IncomingMessage,
    res: ServerResponse,
    search: string,
  ) => {
    let response: Response;
    try {
      response = await renderFor(req, search);
    } catch {
      res
        .writeHead(502, { "content-type": "text/plain; charset=utf-8" })
        .end("The page could not be rendered; try again.");
      return;
    }
    await sendResponse(res, response);
  };

  /** Asks the server for the page, as the request asked for it. */
  const renderFor = (req: IncomingMessage, search: string) => {
    const request = toRequest(req);
    const headers = new Headers(request.headers);
    headers.set(RENDER_HEADER, "1");
    // The answer is passed on as it comes, and compressed (if the client asked) on the way out.
    headers.set("accept-encoding", "identity");
    headers.delete("host");
    return fetch(`${origin(req)}${options.path}${search}`, {
      method: request.method,
      headers,
      body: request.body,
      redirect: "manual",
      signal: AbortSignal.timeout(30_000),
      ...(request.body ? { duplex: "half" } : {}),
    });
  };

  const keep = async (
    req: IncomingMessage,
    revision: string,
  ): Promise<Kept | undefined> => {
    try {
      const response = await fetch(`${origin(req)}${options.path}`, {
        headers: { [RENDER_HEADER]: "1", "accept-encoding": "identity" },
        signal: AbortSignal.timeout(30_000),
      });
      const contentType = response.headers.get("content-type") ?? "";
      if (response.status !== 200 || !contentType.startsWith("text/html"))
        return undefined;
      const bytes = new Uint8Array(await response.arrayBuffer());
      kept = { revision, body: keepBody(bytes, contentType) };
      return kept;
    } catch {
      return undefined;
    }
  };

  return async (req, res) => {
    // A rewrite keeps the URL the client asked for; anything else is a request for this route itself.
    const { pathname, search } = new URL(req.url ?? "/", "http://localhost");
    if (pathname !== options.path) {
      res.writeHead(404, { "content-type": "text/plain" }).end("Not found");
      return;
    }
    if ((req.method !== "GET" && req.method !== "HEAD") || search !== "")
      return passOn(req, res, search);
    let revision: string;
    try {
      revision = await options.revision();
    } catch {
      // The page reports the failure itself.
      return passOn(req, res, "");
    }
    let page = kept?.revision === revision ? kept : undefined;
    if (!page) {
      rendering ??= keep(req, revision).finally(() => {
        rendering = undefined;
      });
      page = await rendering;
      if (page?.revision !== revision) page = undefined;
    }
    if (!page) return passOn(req, res, "");
    return sendKept(req, res, page.body, {
      "cache-control": "private, no-cache",
      vary: VARY,
      "x-csi-page": "kept",
    });
  };
}

/** The origin of the server a request arrived at, by the address and port that accepted it. */
export function localOrigin(req: IncomingMessage): string {
  const address = req.socket.localAddress ?? "127.0.0.1";
  const host = address.includes(":") ? `[${address}]` : address;
  return `http://${host}:${req.socket.localPort ?? 80}`;
}
