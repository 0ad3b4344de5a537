import { TRPCError } from "@trpc/server";
import { bodyTooLargeMessage } from "../ingest/limits";

/** The error for a request body over the limit, with a message that says what to do. */
export function payloadTooLarge(limit: number, size?: number): TRPCError {
  return new TRPCError({
    code: "PAYLOAD_TOO_LARGE",
    message: bodyTooLargeMessage(limit, size),
  });
}

/** Throws PAYLOAD_TOO_LARGE when a declared `Content-Length` is over the limit. */
export function checkContentLength(
  contentLength: string | null | undefined,
  limit: number,
): void {
  const size = contentLength ? Number(contentLength) : Number.NaN;
  if (Number.isFinite(size) && size > limit) throw payloadTooLarge(limit, size);
}

/** A copy of the request whose body errors with PAYLOAD_TOO_LARGE once more than `limit` bytes arrive. */
export function limitRequestBody(request: Request, limit: number): Request {
  if (!request.body) return request;
  let size = 0;
  const counted = request.body.pipeThrough(
    new TransformStream<Uint8Array, Uint8Array>({
      transform(chunk, controller) {
        size += chunk.byteLength;
        if (size > limit) controller.error(payloadTooLarge(limit));
        else controller.enqueue(chunk);
      },
    }),
  );
  // Spelled out as a variable: DOM's RequestInit type has no `duplex`, Node's requires it for streams.
  const init: RequestInit & { duplex: "half" } = {
    body: counted,
    duplex: "half",
  };
  return new Request(request, init);
}
