import type { NextApiRequest, NextApiResponse } from "next";
import { keptPage } from "~/lib/kept-page";
import { currentRevision } from "~/trpc/store";

// The overview without a query is the most requested page and the most expensive to render (every
// authority on the map and in the table). It only changes when the database does, so next.config.ts
// rewrites a plain GET of `/` here, where its HTML is kept with the database revision it was rendered
// at (`store.revision()`, which changes on every commit by this or any other process, the CLI
// included) and served from memory until the revision moves. Filtered views, in-app navigations (RSC
// requests) and every other page render per request. A Pages Router API route writes to Node's
// response directly: a third less time per answer than a proxy's, and the kept page can go out
// compressed once instead of once per request.

export const config = {
  api: { bodyParser: false, responseLimit: false, externalResolver: true },
};

// The page is rendered by asking this server for it on the address the request arrived at.
const answer = keptPage({ path: "/", revision: currentRevision });

export default function handler(
  req: NextApiRequest,
  res: NextApiResponse,
): Promise<void> {
  return answer(req, res);
}
