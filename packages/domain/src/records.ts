import { z } from "zod";
import { AuthorityRefSchema } from "./authority";
import { IsoDateSchema, PartialDateSchema } from "./date";
import { EvidenceSchema } from "./evidence";
import { FrameworkIdSchema } from "./framework";
import { InspectionTypeSchema } from "./inspection";
import { AreaSchema, GradeSchema } from "./judgement";

/** Schema for one graded judgement of one area, with the evidence for it. */
export const JudgementSchema = z.object({
  area: AreaSchema,
  grade: GradeSchema,
  evidence: z.array(EvidenceSchema),
});
/** One graded judgement of one area, with the evidence for it. */
export type Judgement = z.infer<typeof JudgementSchema>;

/** Schema for one inspection or visit of one authority, with its judgements. */
export const InspectionSchema = z.object({
  authority: AuthorityRefSchema,
  type: InspectionTypeSchema,
  /** The framework in force at the inspection date; `null` when the date is before the SIF or unknown. */
  framework: FrameworkIdSchema.nullable(),
  /** When the inspection took place (its start), at the precision the sources give. */
  date: PartialDateSchema,
  /** Last day of the inspection, when a source gives a range. */
  endDate: PartialDateSchema.optional(),
  /** When the report was published, when known. */
  published: IsoDateSchema.optional(),
  judgements: z.array(JudgementSchema),
  /** Evidence for the inspection itself (that it happened, its type and date). */
  evidence: z.array(EvidenceSchema),
});
/** One inspection or visit of one authority, with its judgements. */
export type Inspection = z.infer<typeof InspectionSchema>;

/** Formats a document can arrive in. */
export const DOCUMENT_FORMATS = ["text", "html", "pdf"] as const;
/** Schema for a document format. */
export const DocumentFormatSchema = z.enum(DOCUMENT_FORMATS);
/** A document format. */
export type DocumentFormat = z.infer<typeof DocumentFormatSchema>;

/** Schema for a source document: an article, press release, report or register snapshot. */
export const DocumentSchema = z.object({
  /** Content hash (sha256, hex) of the original bytes. */
  id: z.string(),
  /** Where it came from: file name, URL, or a label. */
  source: z.string(),
  title: z.string().nullable(),
  published: IsoDateSchema.nullable(),
  format: DocumentFormatSchema,
});
/** A source document. */
export type Document = z.infer<typeof DocumentSchema>;

/**
 * Schema for a claim: what one source asserts about one inspection. Claims from several sources are
 * merged into inspections by `reconcile`.
 */
export const ClaimSchema = InspectionSchema.extend({
  /** The source making the claim (a document id or register row reference). */
  source: z.string(),
});
/** What one source asserts about one inspection. */
export type Claim = z.infer<typeof ClaimSchema>;
