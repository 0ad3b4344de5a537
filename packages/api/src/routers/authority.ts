import type { TRPCRouterRecord } from "@trpc/server";
import { TRPCError } from "@trpc/server";
import { CURRENT_AUTHORITIES, findAuthority } from "@csi/domain";
import { z } from "zod";
import { publicProcedure } from "../trpc";

export const authorityRouter = {
  list: publicProcedure.query(() => CURRENT_AUTHORITIES),
  byCode: publicProcedure.input(z.object({ code: z.string().min(1).max(200) })).query(({ input }) => {
    const authority = findAuthority(input.code);
    if (!authority) {
      throw new TRPCError({ code: "NOT_FOUND", message: `no authority with code or name "${input.code}"` });
    }
    return authority;
  }),
} satisfies TRPCRouterRecord;
