import type {
  Area,
  AuthorityRef,
  DocumentFormat,
  FrameworkId,
  Grade,
  Inspection,
  InspectionType,
  IsoDate,
  PartialDate,
} from "@csi/domain";

/** What kind of source a document is: a text (article, press release, report) or a register snapshot. */
export type SourceKind = "article" | "register";

/** A parser diagnostic as stored with its document. */
export interface StoredDiagnostic {
  readonly message: string;
  readonly severity: "error" | "warning" | "info";
  readonly ruleId: string;
  readonly span?: { readonly start: number; readonly end: number };
}

/** A document ready to be written: its identity, its text and every inspection its source asserts. */
export interface NewDocument {
  /** sha256 (hex) of the original bytes. */
  readonly sha256: string;
  readonly kind: SourceKind;
  /** File name, URL or label. */
  readonly source: string;
  readonly title: string | null;
  readonly published: IsoDate | null;
  readonly format: DocumentFormat;
  readonly text: string;
  /** The original bytes, kept when the text was extracted from them (HTML, PDF). */
  readonly raw: Uint8Array | null;
  readonly byteSize: number;
  readonly parserVersion: string;
  readonly diagnostics: readonly StoredDiagnostic[];
  /** The inspections the document asserts, each with evidence whose offsets index into `text`. */
  readonly inspections: readonly Inspection[];
  /** Claim source references, one per inspection; default `doc:<sha256>#<index>`. */
  readonly claimSources?: readonly string[];
}

/** The facts re-derived from a stored document's content by a newer parser. */
export interface ReparsedFacts {
  readonly text: string;
  readonly title: string | null;
  readonly published: IsoDate | null;
  readonly parserVersion: string;
  readonly diagnostics: readonly StoredDiagnostic[];
  readonly inspections: readonly Inspection[];
  readonly claimSources?: readonly string[];
}

/** When a write re-reconciles the authorities it touches. */
export interface WriteOptions {
  /**
   * `now` (default): in the same transaction. `later`: record them as pending in that transaction and
   * leave the work to {@link Store.reconcilePending}, so a bulk ingest reconciles each authority once
   * per batch instead of once per document.
   */
  readonly reconcile?: "now" | "later";
}

/** How a batch write commits. */
export interface BatchWriteOptions {
  /**
   * `now` (default): synced to disk as it commits, at the store's `synchronous` level. `later`: committed
   * without waiting for the disk (WAL with `synchronous = NORMAL`): a crash of the process loses nothing,
   * a power cut can lose what was committed since the last sync, until {@link Store.sync}.
   */
  readonly sync?: "now" | "later";
}

/** What writing a document did. */
export type WriteOutcome =
  | {
      readonly status: "stored";
      readonly document: DocumentSummary;
      readonly authorities: readonly string[];
    }
  | { readonly status: "unchanged"; readonly document: DocumentSummary };

/** What writing one document of a batch did: written, already there, or refused on its own. */
export type BatchWriteOutcome =
  | WriteOutcome
  | {
      /** This document alone could not be stored (its facts break an invariant); the rest of the batch was. */
      readonly status: "failed";
      readonly reason: string;
    };

/** A page of results and the number of rows matching the filter. */
export interface Page<T> {
  readonly items: readonly T[];
  readonly total: number;
}

/** A judgement without its evidence. */
export interface GradeEntry {
  readonly area: Area;
  readonly grade: Grade;
}

/** One reconciled inspection, as lists show it. */
export interface InspectionSummary {
  /** The domain's inspection id, `<gss>/<type>/<date>`; stable while the sources agree on type and date. */
  readonly id: string;
  readonly authority: AuthorityRef;
  readonly type: InspectionType;
  readonly framework: FrameworkId | null;
  readonly date: PartialDate;
  readonly endDate: PartialDate | null;
  readonly published: IsoDate | null;
  /** Judgements in the order of the domain's `AREAS`. */
  readonly judgements: readonly GradeEntry[];
  /** Number of claims (document inspections and register rows) it was built from. */
  readonly sourceCount: number;
  /** Whether any of its sources is a register row. */
  readonly inRegister: boolean;
  readonly conflictCount: number;
}

/** A piece of evidence and the source it came from. */
export interface EvidenceItem {
  /** The document's id (sha256). */
  readonly documentId: string;
  readonly kind: SourceKind;
  /** The document's source name (file name, URL, or register file). */
  readonly documentSource: string;
  /** What the evidence cites: the document name, or `register:<file>#L<line>`. */
  readonly cites: string;
  readonly start: number;
  readonly end: number;
  readonly quote: string;
}

/** A judgement with the evidence from every source that agrees with it. */
export interface JudgementDetail extends GradeEntry {
  readonly evidence: readonly EvidenceItem[];
  /** References of the claims that give this grade. */
  readonly sources: readonly string[];
}

/** What one source said about the inspection, with its evidence. */
export interface SourceClaim {
  readonly claimId: number;
  /** The claim's reference: `doc:<sha256>#<n>` or `register:<file>#L<line>`. */
  readonly ref: string;
  readonly documentId: string;
  readonly kind: SourceKind;
  readonly documentSource: string;
  readonly title: string | null;
  readonly published: IsoDate | null;
  readonly type: InspectionType;
  readonly date: PartialDate;
  readonly endDate: PartialDate | null;
  readonly judgements: readonly JudgementDetail[];
  /** Evidence for the inspection itself (that it happened, its type and date). */
  readonly evidence: readonly EvidenceItem[];
}

/** A source (a document's claim, or a register row) as conflicts and lists cite it. */
export interface SourceRef {
  /** The claim's reference: `doc:<sha256>#<n>` or `register:<file>#L<line>`. */
  readonly ref: string;
  readonly documentId: string;
  readonly kind: SourceKind;
  readonly documentSource: string;
  readonly title: string | null;
}

/** What sources can disagree about: a grade, a field of the inspection, or which inspection a vague date means. */
export type ConflictKind = "grade" | "field" | "ambiguous";

/** The inspection fields other than grades that sources can disagree on. */
export type ConflictField = "date" | "endDate" | "published" | "framework";

/** One side of a conflict: what one source says, with its evidence. */
export interface ConflictValue {
  /** The grade, field value or date this source gives. */
  readonly value: string;
  /** For grade conflicts: the area as this source names it (combined or separate). */
  readonly area?: Area;
  readonly source: SourceRef;
  readonly evidence: readonly EvidenceItem[];
}

/** A disagreement between sources, kept and shown rather than overwritten. */
export interface ConflictRecord {
  readonly id: number;
  readonly authority: AuthorityRef;
  /** The reconciled inspection it is about. */
  readonly inspectionId: string;
  readonly kind: ConflictKind;
  /** For grade conflicts: the area as the framework grades it. */
  readonly area: Area | null;
  /** For field conflicts: which field. */
  readonly field: ConflictField | null;
  /** For ambiguous dates: the inspections the vague claims could be about. */
  readonly candidates: readonly string[];
  /** One line for people: what disagrees and who says what. */
  readonly message: string;
  readonly values: readonly ConflictValue[];
}

/** A reconciled inspection with its judgements' evidence, every source and its conflicts. */
export interface InspectionDetail extends Omit<
  InspectionSummary,
  "judgements"
> {
  readonly judgements: readonly JudgementDetail[];
  readonly evidence: readonly EvidenceItem[];
  readonly sources: readonly SourceClaim[];
  readonly conflicts: readonly ConflictRecord[];
}

/** A stored document, as lists show it. */
export interface DocumentSummary {
  /** sha256 (hex) of the original bytes. */
  readonly id: string;
  readonly kind: SourceKind;
  readonly source: string;
  readonly title: string | null;
  readonly published: IsoDate | null;
  readonly format: DocumentFormat;
  readonly byteSize: number;
  readonly parserVersion: string;
  /** When it was stored, as an ISO timestamp. */
  readonly ingestedAt: string;
  /** Number of inspections (claims) it asserts. */
  readonly inspectionCount: number;
}

/** A span of a document's text that is evidence for a fact. */
export interface EvidenceSpan {
  readonly start: number;
  readonly end: number;
  readonly quote: string;
  readonly claimRef: string;
  readonly authority: AuthorityRef;
  readonly type: InspectionType;
  readonly date: PartialDate;
  /** The judgement it supports; absent for evidence of the inspection itself. */
  readonly area?: Area;
  readonly grade?: Grade;
  /** The reconciled inspection the fact belongs to, when there is one. */
  readonly inspectionId: string | null;
}

/** A stored document with its text, its evidence spans and the parser's diagnostics. */
export interface DocumentDetail extends DocumentSummary {
  readonly text: string;
  readonly spans: readonly EvidenceSpan[];
  readonly diagnostics: readonly StoredDiagnostic[];
}

/** What a stored document's facts are re-derived from. */
export interface DocumentContent {
  readonly id: string;
  readonly kind: SourceKind;
  readonly source: string;
  readonly format: DocumentFormat;
  readonly text: string;
  readonly raw: Uint8Array | null;
  readonly published: IsoDate | null;
  readonly parserVersion: string;
}

/** Filters for reconciled inspections. Every field narrows; absent fields do not. */
export interface InspectionFilter {
  readonly gss?: readonly string[];
  readonly yearFrom?: number;
  readonly yearTo?: number;
  readonly types?: readonly InspectionType[];
  readonly frameworks?: readonly FrameworkId[];
  /** Inspections with this grade (in `area` when given, else in any area). */
  readonly grade?: Grade;
  /** Inspections that graded this area. */
  readonly area?: Area;
  readonly order?: "date-desc" | "date-asc";
  readonly limit?: number;
  readonly offset?: number;
}

/** Filters for documents. */
export interface DocumentFilter {
  readonly kind?: SourceKind;
  /** Only documents that assert something about this authority. */
  readonly gss?: string;
  /** Only documents parsed by a parser version other than this one. */
  readonly staleAgainst?: string;
  readonly limit?: number;
  readonly offset?: number;
}

/** One piece of a search snippet; `match` marks the words the query matched. */
export interface SnippetSegment {
  readonly text: string;
  readonly match: boolean;
}

/** One document a search found. */
export interface SearchHit {
  readonly document: DocumentSummary;
  readonly snippet: readonly SnippetSegment[];
  /** bm25 rank; lower is better. */
  readonly rank: number;
}

/** What a search found, or why the query could not run. */
export type SearchOutcome =
  | {
      readonly success: true;
      readonly hits: readonly SearchHit[];
      readonly total: number;
    }
  | { readonly success: false; readonly error: string };

/** Row counts, for overviews and checks. */
export interface StoreCounts {
  readonly documents: number;
  readonly articles: number;
  readonly registerSnapshots: number;
  readonly claims: number;
  readonly inspections: number;
  readonly judgements: number;
  readonly evidence: number;
  readonly conflicts: number;
}

/** How the database is set up, for diagnostics (`csi doctor`) and tests. */
export interface StoreInfo {
  readonly location: string;
  readonly journalMode: string;
  readonly foreignKeys: boolean;
  readonly busyTimeoutMs: number;
  /** `FULL` or `NORMAL`. */
  readonly synchronous: string;
  /** Applied migration tags, oldest first. */
  readonly migrations: readonly string[];
  /** Database size in bytes (pages × page size, without the WAL). */
  readonly sizeBytes: number;
}

/** A document whose stored rows do not add up to the fact count written with it. */
export interface IncompleteDocument {
  readonly id: string;
  readonly expected: number;
  readonly actual: number;
}

/**
 * The persistence the router and the ingest pipeline need. Procedures see only this interface; the
 * implementation is SQLite (`openSqliteStore`).
 */
export interface Store {
  /** Where the database lives (a file path, or `:memory:`). */
  readonly location: string;

  /** True when a document with this content hash is stored. */
  hasDocument(sha256: string): boolean;
  /**
   * Writes a document, its claims and evidence, and re-reconciles the authorities it mentions, all in one
   * transaction. Returns `unchanged` when the same content is already stored (also when another process
   * stored it first).
   */
  writeDocument(document: NewDocument, options?: WriteOptions): WriteOutcome;
  /**
   * Writes several documents and re-reconciles every authority they touch once, all in one transaction:
   * readers see the whole batch with its facts linked to inspections, or none of it. A document that
   * cannot be stored on its own (its evidence does not quote its text) comes back `failed` and the others
   * are stored; a fault of the database itself (read-only, full) throws a `CsiError` (code `database`) and
   * stores none of the batch. Outcomes are in the order of `documents`, which is read once, one document
   * at a time (a generator can build each from a compact form).
   */
  writeDocuments(
    documents: Iterable<NewDocument>,
    options?: BatchWriteOptions,
  ): readonly BatchWriteOutcome[];
  /** Makes every commit so far durable, those made with `sync: "later"` included. */
  sync(): void;
  /** Replaces a stored document's facts (after a parser change), in one transaction. `undefined` if unknown. */
  replaceFacts(
    id: string,
    facts: ReparsedFacts,
    options?: WriteOptions,
  ): DocumentSummary | undefined;
  /**
   * Reconciles every authority a `reconcile: "later"` write left pending (also those a killed process
   * left), in one transaction. Returns their GSS codes.
   */
  reconcilePending(): readonly string[];
  /** How many authorities wait for {@link reconcilePending}. */
  pendingReconciles(): number;
  /** A stored document's summary by its full id (sha256); `undefined` if unknown. */
  documentSummary(sha256: string): DocumentSummary | undefined;
  /** What a stored document's facts are derived from; `undefined` if unknown. */
  documentContent(id: string): DocumentContent | undefined;
  /** Documents, newest first. */
  listDocuments(filter: DocumentFilter): Page<DocumentSummary>;
  /** Every document id with its kind and parser version, oldest first. */
  documentVersions(): readonly {
    readonly id: string;
    readonly source: string;
    readonly kind: SourceKind;
    readonly parserVersion: string;
  }[];
  /**
   * A document by its id or an unambiguous id prefix (at least 6 hex characters); `undefined` when none
   * or several match.
   */
  findDocument(idOrPrefix: string): DocumentDetail | undefined;

  listInspections(filter: InspectionFilter): Page<InspectionSummary>;
  findInspection(id: string): InspectionDetail | undefined;
  listConflicts(filter: {
    readonly gss?: readonly string[];
    readonly limit?: number;
    readonly offset?: number;
  }): Page<ConflictRecord>;
  /** Full-text search over articles. */
  search(
    query: string,
    options: { readonly limit: number; readonly offset: number },
  ): SearchOutcome;

  counts(): StoreCounts;
  info(): StoreInfo;
  /**
   * Changes whenever this or any other connection commits: answers computed from the store stay true
   * while it is unchanged. Opaque; compare for equality only.
   */
  revision(): string;
  getMeta(key: string): string | undefined;
  setMeta(key: string, value: string): void;
  /** `PRAGMA integrity_check` and foreign-key check results; empty when the file is sound. */
  checkIntegrity(): readonly string[];
  /** Documents whose rows do not add up to what was written with them (must be empty). */
  findIncompleteDocuments(): readonly IncompleteDocument[];
  close(): void;
}
