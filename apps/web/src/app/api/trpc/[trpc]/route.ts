import { createTrpcFetchHandler, MAX_DOCUMENT_BYTES } from "@csi/api";
import { env } from "~/env";
import { getStore } from "~/trpc/store";

const handler = createTrpcFetchHandler({
  endpoint: "/api/trpc",
  store: getStore,
  writeToken: env.CSI_WRITE_TOKEN,
  // A 5 MB PDF travels as base64 inside JSON: a third larger. The document itself is still held to 5 MB.
  maxBodyBytes: Math.ceil((MAX_DOCUMENT_BYTES * 4) / 3) + 64 * 1024,
});

export { handler as GET, handler as POST };
