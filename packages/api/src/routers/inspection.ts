import type { TRPCRouterRecord } from "@trpc/server";
import { TRPCError } from "@trpc/server";
import { z } from "zod";
import {
  InspectionFilterSchema,
  pageInput,
  toStoreFilter,
} from "../internal/inputs";
import { publicProcedure } from "../trpc";

export const inspectionRouter = {
  /** Reconciled inspections, newest first, filtered by year range, type, grade, area, region, authority. */
  list: publicProcedure
    .input(
      InspectionFilterSchema.extend({
        ...pageInput(100, 1000),
        order: z.enum(["date-desc", "date-asc"]).default("date-desc"),
      }).default({
        limit: 100,
        offset: 0,
        order: "date-desc",
      }),
    )
    .query(({ ctx, input }) =>
      ctx.store.listInspections({
        ...toStoreFilter(input),
        order: input.order,
        limit: input.limit,
        offset: input.offset,
      }),
    ),

  /** One inspection with its judgements, every source's claim with evidence, and its conflicts. */
  byId: publicProcedure
    .input(z.object({ id: z.string().trim().min(1).max(200) }))
    .query(({ ctx, input }) => {
      const inspection = ctx.store.findInspection(input.id);
      if (!inspection)
        throw new TRPCError({
          code: "NOT_FOUND",
          message: `no inspection with id "${input.id}"`,
        });
      return inspection;
    }),
} satisfies TRPCRouterRecord;
