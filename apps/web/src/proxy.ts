import { NextResponse, type NextRequest } from "next/server";
import { env } from "~/env";
import { keepBody, keptResponse, type KeptBody } from "~/lib/kept-body";
import { currentRevision } from "~/trpc/store";

// The overview without a query is the most requested page and the most expensive to render (every
// authority on the map and in the table). It only changes when the database does, so its HTML is kept
// with the database revision it was rendered at (`store.revision()`, which changes on every commit by
// this or any other process, the CLI included) and served from memory until the revision moves.
// Filtered views, client-side navigations (RSC requests) and every other page render per request.
// The kept page carries an entity tag, so a revisit with the page still current gets 304.

/** Marks the request this proxy makes to render the page itself. */
const RENDER_HEADER = "x-csi-render";

interface KeptPage {
  readonly revision: string;
  readonly body: KeptBody;
}

let kept: KeptPage | undefined;
let rendering: Promise<KeptPage | undefined> | undefined;

export const config = { matcher: "/" };

export async function proxy(request: NextRequest): Promise<Response> {
  if (
    request.method !== "GET" ||
    request.nextUrl.search !== "" ||
    request.headers.has("rsc") ||
    request.headers.has(RENDER_HEADER)
  )
    return NextResponse.next();
  let revision: string;
  try {
    revision = await currentRevision();
  } catch {
    return NextResponse.next(); // the page reports the failure itself
  }
  let page = kept?.revision === revision ? kept : undefined;
  if (!page) {
    // One render at a time: requests arriving meanwhile wait for it instead of rendering again.
    rendering ??= render(request, revision).finally(() => {
      rendering = undefined;
    });
    page = await rendering;
    if (page?.revision !== revision) page = undefined;
  }
  if (!page) return NextResponse.next();
  return keptResponse(request, page.body, {
    "cache-control": "private, no-cache",
    "x-csi-page": "kept",
  });
}

/** Renders `/` through this server and keeps it; `undefined` when that fails. */
async function render(
  request: NextRequest,
  revision: string,
): Promise<KeptPage | undefined> {
  const url = new URL("/", "http://localhost");
  url.hostname = loopbackFor(env.CSI_HOST);
  url.port = String(env.PORT ?? (request.nextUrl.port || 3000));
  try {
    const response = await fetch(url, {
      headers: { [RENDER_HEADER]: "1" },
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
}

/** An address of this machine the server listens on. */
function loopbackFor(host: string): string {
  if (host === "0.0.0.0" || host === "localhost") return "127.0.0.1";
  if (host === "::" || host === "[::]") return "[::1]";
  return host.includes(":") && !host.startsWith("[") ? `[${host}]` : host;
}
