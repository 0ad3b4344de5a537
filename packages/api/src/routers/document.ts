import { DocumentFormatSchema, IsoDateSchema } from "@csi/domain";
import { parseDocument, PARSER_VERSION } from "@csi/parser";
import type { TRPCRouterRecord } from "@trpc/server";
import { TRPCError } from "@trpc/server";
import { z } from "zod";
import { ingestDocument } from "../ingest/ingest-document";
import { MAX_DOCUMENT_BYTES } from "../ingest/limits";
import { toBytes } from "../internal/bytes";
import { formatBytes } from "../internal/format-bytes";
import { reparseAll } from "../ingest/reparse";
import {
  AuthorityCodeSchema,
  getAuthorityOrThrow,
  pageInput,
} from "../internal/inputs";
import { publicProcedure, writeProcedure } from "../trpc";

/** A document sent to the api: text as is, or any bytes (a PDF) as base64. */
const DocumentInputSchema = z.object({
  content: z
    .string()
    .min(1)
    .max(Math.ceil((MAX_DOCUMENT_BYTES * 4) / 3) + 4, {
      error: `the content is over the ${formatBytes(MAX_DOCUMENT_BYTES)} limit; send a smaller document`,
    }),
  encoding: z.enum(["utf8", "base64"]).default("utf8"),
  /** File name, URL or label; evidence cites it. */
  source: z.string().trim().min(1).max(500).default("pasted text"),
  format: z.union([DocumentFormatSchema, z.literal("auto")]).default("auto"),
  /** Publication date to use when the text shows none. */
  published: IsoDateSchema.optional(),
});

function decode(
  input: z.infer<typeof DocumentInputSchema>,
): string | Uint8Array {
  if (input.encoding === "utf8") return input.content;
  const compact = input.content.replace(/\s+/g, "");
  if (!/^[A-Za-z0-9+/]*={0,2}$/.test(compact) || compact.length % 4 === 1) {
    throw new TRPCError({
      code: "BAD_REQUEST",
      message: `the content of ${input.source} is not valid base64`,
    });
  }
  return new Uint8Array(Buffer.from(compact, "base64"));
}

export const documentRouter = {
  /** Stored documents, newest first. `stale` lists those parsed by an older parser. */
  list: publicProcedure
    .input(
      z
        .object({
          kind: z.enum(["article", "register"]).optional(),
          authority: AuthorityCodeSchema.optional(),
          stale: z.boolean().optional(),
          ...pageInput(50, 500),
        })
        .default({ limit: 50, offset: 0 }),
    )
    .query(({ ctx, input }) => {
      const page = ctx.store.listDocuments({
        ...(input.kind ? { kind: input.kind } : {}),
        ...(input.authority
          ? { gss: getAuthorityOrThrow(input.authority).gss }
          : {}),
        ...(input.stale
          ? { staleAgainst: PARSER_VERSION, kind: "article" as const }
          : {}),
        limit: input.limit,
        offset: input.offset,
      });
      return { ...page, parserVersion: PARSER_VERSION };
    }),

  /** One document (by sha256 or an unambiguous prefix of at least 6 characters) with its text and evidence spans. */
  byId: publicProcedure
    .input(z.object({ id: z.string().trim().min(1).max(64) }))
    .query(({ ctx, input }) => {
      const document = ctx.store.findDocument(input.id);
      if (!document) {
        throw new TRPCError({
          code: "NOT_FOUND",
          message: `no document with id "${input.id}" (give its sha256, or a prefix of at least 6 characters that matches one document)`,
        });
      }
      return document;
    }),

  /** Parses a document without storing it (a dry run): facts, evidence and diagnostics. */
  parse: publicProcedure.input(DocumentInputSchema).mutation(({ input }) => {
    const content = decode(input);
    // The same limit as ingest, so a dry run answers for what ingest would take.
    const size = toBytes(content).byteLength;
    if (size > MAX_DOCUMENT_BYTES) {
      throw new TRPCError({
        code: "PAYLOAD_TOO_LARGE",
        message: `${input.source} is ${size.toLocaleString("en-GB")} bytes, over the ${formatBytes(MAX_DOCUMENT_BYTES)} limit; send a smaller document`,
      });
    }
    return parseDocument(content, {
      source: input.source,
      format: input.format,
      ...(input.published ? { published: input.published } : {}),
    });
  }),

  /** Parses and stores a document; the same content again changes nothing and says so. */
  ingest: writeProcedure
    .input(DocumentInputSchema)
    .mutation(async ({ ctx, input }) =>
      ingestDocument(ctx.store, {
        content: decode(input),
        source: input.source,
        format: input.format,
        ...(input.published ? { published: input.published } : {}),
      }),
    ),

  /** Re-derives the facts of every document parsed by an older parser (all documents with `force`). */
  reparse: writeProcedure
    .input(
      z.object({ force: z.boolean().default(false) }).default({ force: false }),
    )
    .mutation(async ({ ctx, input }) =>
      reparseAll(ctx.store, { force: input.force }),
    ),
} satisfies TRPCRouterRecord;
