import {
  createTrpcFetchHandler,
  isLoopbackAddress,
  MAX_DOCUMENT_BYTES,
  ResponseCache,
} from "@csi/api";
import type { NextApiRequest, NextApiResponse } from "next";
import { env } from "~/env";
import { keptAnswers } from "~/trpc/kept-answers";
import { currentRevision, getStore } from "~/trpc/store";

// The one tRPC endpoint, a Pages Router API route: it gets Node's request and response, so a kept
// answer goes straight to the socket. Through an App Router route handler every answer is a fetch
// `Response` piped by Next, which takes twice the time of the answer itself and drops any
// `Content-Encoding` (so kept answers could not go out precompressed).

export const config = {
  // tRPC reads the body itself (within the limit below); answers may be large.
  api: { bodyParser: false, responseLimit: false, externalResolver: true },
};

const trpc = createTrpcFetchHandler({
  endpoint: "/api/trpc",
  store: getStore,
  writeToken: env.CSI_WRITE_TOKEN,
  // Next fills X-Forwarded-For from the socket only when the client did not send one. Bound to
  // loopback, every client is local anyway; bound to anything else, the header proves nothing, so no
  // request counts as loopback and writes need the token.
  ...(env.CSI_HOST === "localhost" || isLoopbackAddress(env.CSI_HOST)
    ? {}
    : { remoteAddress: () => undefined }),
  // A 5 MB PDF travels as base64 inside JSON: a third larger. The document itself is still held to 5 MB.
  maxBodyBytes: Math.ceil((MAX_DOCUMENT_BYTES * 4) / 3) + 64 * 1024,
  // Answers are kept by `keptAnswers`, which writes them without a copy per response.
  cache: false,
});

const answer = keptAnswers(trpc, {
  cache: new ResponseCache(),
  revision: currentRevision,
});

export default function handler(
  req: NextApiRequest,
  res: NextApiResponse,
): Promise<void> {
  return answer(req, res);
}
