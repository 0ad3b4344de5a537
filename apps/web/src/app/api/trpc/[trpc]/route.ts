import {
  createTrpcFetchHandler,
  isLoopbackAddress,
  MAX_DOCUMENT_BYTES,
} from "@csi/api";
import { env } from "~/env";
import { getStore } from "~/trpc/store";

const handler = createTrpcFetchHandler({
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
});

export { handler as GET, handler as POST };
