import {
  createTrpcFetchHandler,
  isLoopbackAddress,
  MAX_DOCUMENT_BYTES,
  ResponseCache,
} from "@csi/api";
import { env } from "~/env";
import { withKeptAnswers } from "~/trpc/kept-answers";
import { currentRevision, getStore } from "~/trpc/store";

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
  // Answers are kept below, where they are sent without a copy per response.
  cache: false,
});

const handler = withKeptAnswers(trpc, {
  cache: new ResponseCache(),
  revision: currentRevision,
});

export { handler as GET, handler as POST };
