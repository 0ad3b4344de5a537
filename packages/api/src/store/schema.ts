import { sql } from "drizzle-orm";
import {
  blob,
  index,
  integer,
  primaryKey,
  sqliteTable,
  text,
  uniqueIndex,
} from "drizzle-orm/sqlite-core";

/**
 * Source documents: articles, press releases and reports (`kind = "article"`), and register snapshots
 * (`kind = "register"`). Identity is the sha256 of the original bytes; the row is written once per
 * content and never duplicated. `fact_count` is the number of claim, judgement and evidence rows the
 * document wrote, so a reader can check the document is whole.
 */
export const documents = sqliteTable(
  "documents",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    sha256: text("sha256").notNull(),
    kind: text("kind", { enum: ["article", "register"] }).notNull(),
    source: text("source").notNull(),
    title: text("title"),
    published: text("published"),
    format: text("format", { enum: ["text", "html", "pdf"] }).notNull(),
    /** The text every evidence offset indexes into (for HTML and PDF, the extracted text). */
    text: text("text").notNull(),
    /**
     * The original bytes, kept for HTML and PDF so a reparse can extract the text again; HTML is
     * gzip-compressed (rows stored before that hold it as is).
     */
    raw: blob("raw", { mode: "buffer" }),
    byteSize: integer("byte_size").notNull(),
    parserVersion: text("parser_version").notNull(),
    ingestedAt: text("ingested_at").notNull(),
    /** Parser diagnostics, as JSON: each distinct message once, then every diagnostic as its index and span (`diagnostics-json.ts`); rows stored before that hold the plain list. */
    diagnostics: text("diagnostics").notNull().default("[]"),
    factCount: integer("fact_count").notNull(),
  },
  (t) => [
    uniqueIndex("documents_sha256_unique").on(t.sha256),
    index("documents_kind_idx").on(t.kind),
  ],
);

/** What one source asserts about one inspection: one row per document × inspection, and per register row. */
export const claims = sqliteTable(
  "claims",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    documentId: integer("document_id")
      .notNull()
      .references(() => documents.id, { onDelete: "cascade" }),
    ordinal: integer("ordinal").notNull(),
    /** The claim's source reference: `doc:<sha256>#<ordinal>` or `register:<file>#L<line>`. */
    source: text("source").notNull(),
    gss: text("gss").notNull(),
    laCode: text("la_code").notNull(),
    authorityName: text("authority_name").notNull(),
    type: text("type").notNull(),
    framework: text("framework"),
    date: text("date").notNull(),
    endDate: text("end_date"),
    published: text("published"),
  },
  (t) => [
    uniqueIndex("claims_document_ordinal_unique").on(t.documentId, t.ordinal),
    // Reconciling reads the claims about one authority, type and run of years.
    index("claims_gss_type_date_idx").on(t.gss, t.type, t.date),
  ],
);

/** The graded judgements a claim asserts. */
export const claimJudgements = sqliteTable(
  "claim_judgements",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    claimId: integer("claim_id")
      .notNull()
      .references(() => claims.id, { onDelete: "cascade" }),
    area: text("area").notNull(),
    grade: text("grade").notNull(),
  },
  (t) => [index("claim_judgements_claim_idx").on(t.claimId)],
);

/**
 * Evidence spans: the exact words that support a claim (`judgement_id` null) or one of its judgements.
 * `start`/`end` are UTF-16 offsets into the document's `text`, half-open.
 */
export const evidence = sqliteTable(
  "evidence",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    documentId: integer("document_id")
      .notNull()
      .references(() => documents.id, { onDelete: "cascade" }),
    claimId: integer("claim_id")
      .notNull()
      .references(() => claims.id, { onDelete: "cascade" }),
    judgementId: integer("judgement_id").references(() => claimJudgements.id, {
      onDelete: "cascade",
    }),
    start: integer("start").notNull(),
    end: integer("end").notNull(),
    quote: text("quote").notNull(),
    /** The label the parser put on the evidence (the document's source name, or the register row). */
    label: text("label").notNull(),
  },
  (t) => [
    index("evidence_document_idx").on(t.documentId),
    index("evidence_claim_idx").on(t.claimId),
    index("evidence_judgement_idx").on(t.judgementId),
  ],
);

/**
 * Inspections as reconciled (by the domain's `reconcile`) from every claim about an authority; rebuilt
 * per authority in the same transaction as each write. `id` is the domain's `<gss>/<type>/<date>`.
 */
export const inspections = sqliteTable(
  "inspections",
  {
    id: text("id").primaryKey(),
    gss: text("gss").notNull(),
    laCode: text("la_code").notNull(),
    authorityName: text("authority_name").notNull(),
    type: text("type").notNull(),
    framework: text("framework"),
    date: text("date").notNull(),
    endDate: text("end_date"),
    published: text("published"),
    sourceCount: integer("source_count").notNull(),
    conflictCount: integer("conflict_count").notNull(),
  },
  (t) => [
    index("inspections_gss_idx").on(t.gss),
    index("inspections_date_idx").on(t.date),
  ],
);

/** The reconciled judgements of an inspection, one per area. */
export const judgements = sqliteTable(
  "judgements",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    inspectionId: text("inspection_id")
      .notNull()
      .references(() => inspections.id, { onDelete: "cascade" }),
    area: text("area").notNull(),
    grade: text("grade").notNull(),
    /** The ids of the claims that give this grade, as a JSON array. */
    sources: text("sources").notNull(),
  },
  (t) => [
    uniqueIndex("judgements_inspection_area_unique").on(t.inspectionId, t.area),
  ],
);

/** Which claims a reconciled inspection was built from. */
export const inspectionClaims = sqliteTable(
  "inspection_claims",
  {
    inspectionId: text("inspection_id")
      .notNull()
      .references(() => inspections.id, { onDelete: "cascade" }),
    claimId: integer("claim_id")
      .notNull()
      .references(() => claims.id, { onDelete: "cascade" }),
  },
  (t) => [
    primaryKey({ columns: [t.inspectionId, t.claimId] }),
    index("inspection_claims_claim_idx").on(t.claimId),
  ],
);

/** Disagreements between sources, kept and shown rather than overwritten; rebuilt per authority. */
export const conflicts = sqliteTable(
  "conflicts",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    gss: text("gss").notNull(),
    inspectionId: text("inspection_id")
      .notNull()
      .references(() => inspections.id, { onDelete: "cascade" }),
    /** `grade` (sources grade an area differently), `field` (a date or framework) or `ambiguous` (a vague date fits several inspections). */
    kind: text("kind", { enum: ["grade", "field", "ambiguous"] }).notNull(),
    area: text("area"),
    field: text("field"),
    message: text("message").notNull(),
    /** The competing values, each with its claim id and evidence, and any candidate inspections, as JSON. */
    detail: text("detail").notNull(),
  },
  (t) => [
    index("conflicts_gss_idx").on(t.gss),
    index("conflicts_inspection_idx").on(t.inspectionId),
  ],
);

/**
 * Authorities whose claims changed in a write that deferred reconciliation (a bulk ingest); their
 * derived rows are rebuilt by `reconcilePending`, at the latest when the store is next opened.
 */
export const pendingReconciles = sqliteTable("pending_reconciles", {
  gss: text("gss").primaryKey(),
});

/** Small key–value facts about the database (e.g. when the bundled corpus was loaded). */
export const meta = sqliteTable("meta", {
  key: text("key").primaryKey(),
  value: text("value")
    .notNull()
    .default(sql`''`),
});
