import type { TRPCRouterRecord } from "@trpc/server";
import { z } from "zod";
import {
  AuthorityCodeSchema,
  getAuthorityOrThrow,
  pageInput,
} from "../internal/inputs";
import { publicProcedure } from "../trpc";

export const conflictRouter = {
  /** Where sources disagree (a grade, the type or a date of one inspection), with the sources on each side. */
  list: publicProcedure
    .input(
      z
        .object({
          authority: AuthorityCodeSchema.optional(),
          ...pageInput(100, 1000),
        })
        .default({ limit: 100, offset: 0 }),
    )
    .query(({ ctx, input }) =>
      ctx.store.listConflicts({
        ...(input.authority
          ? { gss: [getAuthorityOrThrow(input.authority).gss] }
          : {}),
        limit: input.limit,
        offset: input.offset,
      }),
    ),
} satisfies TRPCRouterRecord;
