import type { TRPCRouterRecord } from "@trpc/server";
import { TRPCError } from "@trpc/server";
import { z } from "zod";
import { pageInput } from "../internal/inputs";
import { publicProcedure } from "../trpc";

export const searchRouter = {
  /**
   * Full-text search over articles (SQLite FTS5 syntax: words, "phrases", OR, NOT, prefix*), best first,
   * each hit with a snippet split into matched and unmatched segments.
   */
  query: publicProcedure
    .input(
      z.object({ q: z.string().trim().min(1).max(500), ...pageInput(20, 100) }),
    )
    .query(({ ctx, input }) => {
      const outcome = ctx.store.search(input.q, {
        limit: input.limit,
        offset: input.offset,
      });
      if (!outcome.success) {
        throw new TRPCError({
          code: "BAD_REQUEST",
          message: `search query ${JSON.stringify(input.q)} is not valid: ${outcome.error}. Put words in double quotes to search for them as written.`,
        });
      }
      return { query: input.q, hits: outcome.hits, total: outcome.total };
    }),
} satisfies TRPCRouterRecord;
