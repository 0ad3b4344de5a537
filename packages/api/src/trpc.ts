import { initTRPC, TRPCError } from "@trpc/server";
import { ZodError, z } from "zod";
import { bodyTooLargeMessage, MAX_DOCUMENT_BYTES } from "./ingest/limits";
import type { Store } from "./store/store";

/** What every procedure can reach. */
export interface Context {
  /** The database. Procedures see only the interface, never the SQLite implementation. */
  readonly store: Store;
  /** Whether the request may write (loopback, or a matching bearer token). In-process callers may. */
  readonly canWrite: boolean;
}

/** Builds a context for in-process callers (the CLI, server components): they may write unless told otherwise. */
export function createContext(options: {
  readonly store: Store;
  readonly canWrite?: boolean;
}): Context {
  return { store: options.store, canWrite: options.canWrite ?? true };
}

/** How to get write access, for the FORBIDDEN message. */
export const WRITE_ACCESS_HINT =
  "writes are accepted only from this computer (a loopback address) or with the header `Authorization: Bearer <token>`, where <token> is the CSI_WRITE_TOKEN the server was started with";

const t = initTRPC.context<Context>().create({
  errorFormatter({ shape, error }) {
    return {
      ...shape,
      // The standalone adapter's own body limit raises PAYLOAD_TOO_LARGE without a message.
      ...(error.code === "PAYLOAD_TOO_LARGE" &&
      error.message === "PAYLOAD_TOO_LARGE"
        ? { message: bodyTooLargeMessage(MAX_DOCUMENT_BYTES) }
        : {}),
      data: {
        ...shape.data,
        zodError:
          error.cause instanceof ZodError ? z.flattenError(error.cause) : null,
      },
    };
  },
});

export const router = t.router;
export const publicProcedure = t.procedure;
export const createCallerFactory = t.createCallerFactory;

/** A procedure that changes the database: refused with FORBIDDEN unless the context may write. */
export const writeProcedure = t.procedure.use(({ ctx, path, next }) => {
  if (!ctx.canWrite) {
    throw new TRPCError({
      code: "FORBIDDEN",
      message: `${path} changes the database, and ${WRITE_ACCESS_HINT}`,
    });
  }
  return next();
});
