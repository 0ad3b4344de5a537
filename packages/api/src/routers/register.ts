import type { TRPCRouterRecord } from "@trpc/server";
import { TRPCError } from "@trpc/server";
import { z } from "zod";
import { importRegister } from "../ingest/import-register";
import { MAX_DOCUMENT_BYTES } from "../ingest/limits";
import { writeProcedure } from "../trpc";

export const registerRouter = {
  /**
   * Loads a register snapshot in the bundled format (la_code, gss, name, inspection_start, inspection_end,
   * publication_date, overall, help_and_protection, children_in_care, care_leavers, leadership).
   */
  import: writeProcedure
    .input(
      z.object({
        csv: z.string().min(1).max(MAX_DOCUMENT_BYTES),
        name: z.string().trim().min(1).max(200),
      }),
    )
    .mutation(({ ctx, input }) => {
      const outcome = importRegister(ctx.store, {
        text: input.csv,
        name: input.name,
      });
      if (outcome.status === "invalid")
        throw new TRPCError({ code: "BAD_REQUEST", message: outcome.reason });
      return outcome;
    }),
} satisfies TRPCRouterRecord;
