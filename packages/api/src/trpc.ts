import { initTRPC } from "@trpc/server";
import { ZodError, z } from "zod";

/** What every procedure can reach. The store arrives in a later layer; for now the context is empty. */
export interface Context {
  /** Whether the request may write (loopback, or a matching bearer token). In-process callers may. */
  readonly canWrite: boolean;
}

const t = initTRPC.context<Context>().create({
  errorFormatter({ shape, error }) {
    return {
      ...shape,
      data: {
        ...shape.data,
        zodError: error.cause instanceof ZodError ? z.flattenError(error.cause) : null,
      },
    };
  },
});

export const router = t.router;
export const publicProcedure = t.procedure;
export const createCallerFactory = t.createCallerFactory;
