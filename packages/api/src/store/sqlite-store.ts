import { closeSync, fsyncSync, mkdirSync, openSync } from "node:fs";
import { dirname } from "node:path";
import {
  AREAS,
  INSPECTION_TYPES,
  areaParts,
  areDatesConsistent,
  linkedYears,
  reconcile,
  yearOf,
  type Area,
  type Claim,
  type Conflict,
  type DocumentFormat,
  type Evidence,
  type FrameworkId,
  type Grade,
  type Inspection,
  type InspectionType,
} from "@csi/domain";
import Database from "better-sqlite3";
import {
  and,
  asc,
  count,
  desc,
  eq,
  inArray,
  like,
  ne,
  sql,
  type SQL,
} from "drizzle-orm";
import {
  drizzle,
  type BetterSQLite3Database,
} from "drizzle-orm/better-sqlite3";
import { gunzipSync, gzipSync } from "node:zlib";
import { CsiError } from "../errors";
import { packDiagnostics, unpackDiagnostics } from "./diagnostics-json";
import { applyMigrations } from "./migrate";
import { MIGRATIONS } from "./migrations-data";
import * as schema from "./schema";
import { SnippetMaker } from "./snippets";
import { storageFault } from "./storage-fault";
import type {
  ConflictField,
  ConflictRecord,
  DocumentContent,
  DocumentDetail,
  DocumentFilter,
  DocumentSummary,
  EvidenceItem,
  EvidenceSpan,
  GradeEntry,
  IncompleteDocument,
  InspectionDetail,
  InspectionFilter,
  InspectionSummary,
  JudgementDetail,
  NewDocument,
  BatchWriteOptions,
  BatchWriteOutcome,
  Page,
  ReparsedFacts,
  SearchOutcome,
  SnippetSegment,
  SourceClaim,
  SourceKind,
  SourceRef,
  Store,
  StoreCounts,
  StoreInfo,
  WriteOptions,
  WriteOutcome,
} from "./store";

/** Options for {@link openSqliteStore}. */
export interface SqliteStoreOptions {
  /** Database file; created with its folder when missing. `":memory:"` for a private in-memory database. */
  readonly path: string;
  /** The clock for `ingested_at` stamps; tests pass a fixed one. */
  readonly now?: () => Date;
  /**
   * `FULL` (default) syncs the WAL on every commit; `NORMAL` is faster and may lose the last commits on
   * power loss. Bulk writes (`reconcile: "later"`) always commit at `NORMAL` and are synced when their
   * batch is reconciled.
   */
  readonly synchronous?: "FULL" | "NORMAL";
  /** How long a write waits for another process's write to finish, in milliseconds (default 15000). */
  readonly busyTimeoutMs?: number;
  /**
   * Open the file for reading only (default `false`), as SQLite does by itself when the file is not
   * writable: reads work and every write fails with a `CsiError` saying the database is read-only.
   * The file must exist and be migrated already.
   */
  readonly readonly?: boolean;
  /**
   * The most pages (of 4 KiB) the database file may grow to (SQLite's `max_page_count`; never less
   * than its current size). A write that needs more fails as on a full disk. Tests use it to simulate
   * one; it can also cap a database's size.
   */
  readonly maxPageCount?: number;
}

type Db = BetterSQLite3Database<typeof schema>;
/** An inspection row's columns after `id` and `gss`, in table order. */
type InspectionValues = [
  laCode: string,
  authorityName: string,
  type: string,
  framework: string | null,
  date: string,
  endDate: string | null,
  published: string | null,
  sourceCount: number,
  conflictCount: number,
];
/** A judgement row's columns after `id`. */
type JudgementValues = [
  inspectionId: string,
  area: string,
  grade: string,
  sources: string,
];
/** The columns of a conflict row its message follows from: `kind`, `area`, `field` and `detail`. */
type ConflictValues = [
  kind: string,
  area: string | null,
  field: string | null,
  detail: string,
];
type DocumentRow = typeof schema.documents.$inferSelect;

/** What a write touched: per authority (GSS code), per inspection type, the dates of claims added or removed. */
type Touched = Map<string, Map<string, Set<string>>>;

/** A claim row as reconciling reads it. */
interface StoredClaim {
  readonly id: number;
  readonly document_id: number;
  readonly source: string;
  readonly la_code: string;
  readonly authority_name: string;
  readonly type: string;
  readonly framework: string | null;
  readonly date: string;
  readonly end_date: string | null;
  readonly published: string | null;
}

/** Claims with their judgements, one row per judgement (or per claim without any). */
const CLAIMS_WITH_JUDGEMENTS = `select c.id, c.document_id, c.source, c.la_code, c.authority_name, c.type, c.framework,
    c.date, c.end_date, c.published, j.area, j.grade
  from claims c left join claim_judgements j on j.claim_id = c.id`;

/** A row of {@link CLAIMS_WITH_JUDGEMENTS}, read as an array (no object per row). */
type ClaimJudgementRow = [
  id: number,
  documentId: number,
  source: string,
  laCode: string,
  authorityName: string,
  type: string,
  framework: string | null,
  date: string,
  endDate: string | null,
  published: string | null,
  area: Area | null,
  grade: Grade | null,
];

interface JudgementRow {
  readonly claim_id: number;
  readonly area: Area;
  readonly grade: Grade;
}

/** A claim as reconcile takes it (keyed `claim:<id>`, without evidence), with its row. */
interface LoadedClaim {
  readonly row: StoredClaim;
  readonly claim: Claim;
}

/**
 * Sorts after every character that follows a year in a date or an inspection id (`-`, `~`, digits), so
 * `[<prefix>2019, <prefix>2020<AFTER_YEAR>)` is every date or id of 2019 and 2020 under a prefix.
 */
const AFTER_YEAR = "\u007f";

const AREA_ORDER = new Map<string, number>(AREAS.map((area, i) => [area, i]));
const byArea = (a: { area: string }, b: { area: string }) =>
  (AREA_ORDER.get(a.area) ?? 99) - (AREA_ORDER.get(b.area) ?? 99);
const MARK_OPEN = "\uE000";
const MARK_CLOSE = "\uE001";

/**
 * Opens (creating and migrating when needed) the SQLite store at `path`: WAL journal, foreign keys on,
 * a busy timeout so concurrent writers queue instead of failing, and `synchronous = FULL` by default.
 */
export function openSqliteStore(options: SqliteStoreOptions): Store {
  const now = options.now ?? (() => new Date());
  const readonly = options.readonly ?? false;
  if (options.path !== ":memory:" && !readonly)
    mkdirSync(dirname(options.path), { recursive: true });
  const openFailed = (cause: unknown, doing: string) =>
    cause instanceof CsiError
      ? cause
      : (storageFault(cause, options.path, "open") ??
        new CsiError(
          "database",
          `cannot ${doing} the database ${options.path}: ${String(cause)}`,
          { cause },
        ));
  let sqlite: Database.Database;
  try {
    sqlite = new Database(options.path, {
      timeout: options.busyTimeoutMs ?? 15_000,
      readonly,
      fileMustExist: readonly,
    });
  } catch (cause) {
    throw openFailed(cause, "open");
  }
  try {
    // A read-only connection cannot change the journal mode; a csi database is in WAL already.
    if (!readonly) sqlite.pragma("journal_mode = WAL");
    sqlite.pragma("foreign_keys = ON");
    sqlite.pragma(`synchronous = ${options.synchronous ?? "FULL"}`);
    if (options.maxPageCount !== undefined)
      sqlite.pragma(`max_page_count = ${Math.floor(options.maxPageCount)}`);
    applyMigrations(sqlite, MIGRATIONS, now);
  } catch (cause) {
    sqlite.close();
    throw openFailed(cause, "use");
  }
  return new SqliteStore(
    sqlite,
    drizzle(sqlite, { schema }),
    options.path,
    now,
    options.synchronous ?? "FULL",
  );
}

class SqliteStore implements Store {
  readonly location: string;
  readonly #sqlite: Database.Database;
  readonly #db: Db;
  readonly #now: () => Date;
  readonly #cache = new Map<string, Page<InspectionSummary>>();
  #cacheRevision = "";
  /** Commits made through this connection (`data_version` counts only other connections' commits). */
  #writes = 0;
  readonly #statements = new Map<string, Database.Statement>();
  /**
   * Documents' names by row id, for conflict messages. A document's name never changes and committed row
   * ids are never reused (AUTOINCREMENT), so entries stay true; the map is emptied when it grows large
   * and when a write rolls back.
   */
  readonly #documentSources = new Map<number, string>();
  readonly #synchronous: "FULL" | "NORMAL";
  #currentSync: "FULL" | "NORMAL";
  /** The WAL size, in pages, at which a commit copies it into the database file (SQLite's default). */
  #checkpointPages = 1000;
  readonly #writeTx: Database.Transaction<
    (document: NewDocument, reconcileWhen: "now" | "later") => WriteOutcome
  >;
  readonly #insertOneTx: Database.Transaction<
    (document: NewDocument) => WriteOutcome
  >;
  readonly #writeManyTx: Database.Transaction<
    (documents: Iterable<NewDocument>) => BatchWriteOutcome[]
  >;
  readonly #replaceTx: Database.Transaction<
    (
      id: string,
      facts: ReparsedFacts,
      reconcileWhen: "now" | "later",
    ) => DocumentSummary | undefined
  >;
  readonly #reconcilePendingTx: Database.Transaction<() => string[]>;
  readonly #readTx: Database.Transaction<(read: () => unknown) => unknown>;
  readonly #snippets: SnippetMaker;

  constructor(
    sqlite: Database.Database,
    db: Db,
    location: string,
    now: () => Date,
    synchronous: "FULL" | "NORMAL",
  ) {
    this.#synchronous = synchronous;
    this.#currentSync = synchronous;
    this.#sqlite = sqlite;
    this.#db = db;
    this.location = location;
    this.#now = now;
    // Built once: better-sqlite3 compiles a transaction's statements when it is created.
    this.#writeTx = sqlite.transaction(
      (document: NewDocument, reconcileWhen: "now" | "later"): WriteOutcome => {
        const outcome = this.#insertDocument(document);
        if (outcome.status === "stored")
          this.#afterWrite(touch(new Map(), document), reconcileWhen);
        return outcome;
      },
    );
    // Called inside #writeManyTx, where better-sqlite3 makes it a savepoint: a document that fails
    // rolls back alone.
    this.#insertOneTx = sqlite.transaction((document: NewDocument) =>
      this.#insertDocument(document),
    );
    this.#writeManyTx = sqlite.transaction(
      (documents: Iterable<NewDocument>): BatchWriteOutcome[] => {
        const touched: Touched = new Map();
        const outcomes: BatchWriteOutcome[] = [];
        // Taken one at a time, so a caller can hand over a big batch without holding it all in memory.
        for (const given of documents) {
          try {
            const document = storableText(given);
            checkEvidence(document.text, document.inspections, document.sha256);
            const outcome = this.#insertOneTx(document);
            if (outcome.status === "stored") touch(touched, document);
            outcomes.push(outcome);
          } catch (cause) {
            // The file itself failing (full, read-only, busy) fails the whole batch.
            if (isStorageError(cause)) throw cause;
            outcomes.push({
              status: "failed",
              reason: cause instanceof Error ? cause.message : String(cause),
            });
          }
        }
        this.#afterWrite(touched, "now");
        return outcomes;
      },
    );
    this.#replaceTx = sqlite.transaction(
      (
        id: string,
        facts: ReparsedFacts,
        reconcileWhen: "now" | "later",
      ): DocumentSummary | undefined => {
        const row = this.#documentRow(id);
        if (!row) return undefined;
        // The claims it had are gone after this: their runs are reconciled again too.
        const before = this.#prepare<
          [number],
          { gss: string; type: string; date: string }
        >("select gss, type, date from claims where document_id = ?").all(
          row.id,
        );
        this.#prepare("delete from claims where document_id = ?").run(row.id);
        this.#prepare(
          `update documents set text = ?, title = ?, published = ?, parser_version = ?, diagnostics = ?, fact_count = ?
           where id = ?`,
        ).run(
          facts.text,
          facts.title,
          facts.published,
          facts.parserVersion,
          packDiagnostics(facts.diagnostics),
          countFacts(facts.inspections),
          row.id,
        );
        this.#insertClaims(
          row.id,
          row.sha256,
          facts.inspections,
          facts.claimSources,
        );
        const touched = touch(new Map(), {
          kind: row.kind,
          inspections: [
            ...before.map((c) => ({
              authority: { gss: c.gss },
              type: c.type,
              date: c.date,
            })),
            ...facts.inspections,
          ],
        });
        this.#afterWrite(touched, reconcileWhen);
        const updated = this.#documentRow(id);
        return updated ? this.#summary(updated) : undefined;
      },
    );
    // Reads that take several queries see one snapshot, so a page's total matches its items and a
    // document its spans while another process writes.
    this.#readTx = sqlite.transaction((read: () => unknown) => read());
    this.#snippets = new SnippetMaker(sqlite);
    this.#reconcilePendingTx = sqlite.transaction((): string[] => {
      const pending = this.#prepare<[], { gss: string }>(
        "select gss from pending_reconciles order by gss",
      )
        .all()
        .map((r) => r.gss);
      const register = this.#registerDocuments();
      for (const gss of pending) this.#reconcileAuthority(gss, register);
      this.#prepare("delete from pending_reconciles").run();
      return pending;
    });
  }

  hasDocument(sha256: string): boolean {
    return (
      this.#prepare<[string], { one: number }>(
        "select 1 as one from documents where sha256 = ?",
      ).get(sha256) !== undefined
    );
  }

  writeDocument(given: NewDocument, options: WriteOptions = {}): WriteOutcome {
    const document = storableText(given);
    checkEvidence(document.text, document.inspections, document.sha256);
    this.#writes++;
    try {
      this.#syncFor(options);
      return this.#writeTx.immediate(document, options.reconcile ?? "now");
    } catch (cause) {
      // Another process stored the same content between our check and our insert.
      if (isUniqueViolation(cause)) {
        const existing = this.#summaryOf(document.sha256);
        if (existing) return { status: "unchanged", document: existing };
      }
      throw this.#fault(cause);
    }
  }

  writeDocuments(
    documents: Iterable<NewDocument>,
    options: BatchWriteOptions = {},
  ): readonly BatchWriteOutcome[] {
    this.#writes++;
    try {
      const later = options.sync === "later";
      this.#setSync(later ? "NORMAL" : this.#synchronous);
      // Unsynced batches also let the WAL grow to 32 MB before it is copied into the database file:
      // pages every batch changes (the ends of indexes, the search index) are copied once, not each time.
      this.#setCheckpointPages(later ? 8192 : 1000);
      return this.#writeManyTx.immediate(documents);
    } catch (cause) {
      throw this.#fault(cause);
    }
  }

  sync(): void {
    if (this.location === ":memory:" || this.#sqlite.readonly) return;
    try {
      // A checkpoint syncs the WAL before copying it into the database file (and syncs that)...
      const [result] = this.#sqlite.pragma("wal_checkpoint(PASSIVE)") as {
        log: number;
        checkpointed: number;
      }[];
      // ...unless readers hold back every frame not yet copied: then sync the WAL file itself.
      if (result && result.checkpointed < result.log)
        syncFile(`${this.location}-wal`);
    } catch (cause) {
      throw this.#fault(cause);
    }
  }

  replaceFacts(
    id: string,
    given: ReparsedFacts,
    options: WriteOptions = {},
  ): DocumentSummary | undefined {
    const facts = storableText(given);
    checkEvidence(facts.text, facts.inspections, id);
    this.#writes++;
    try {
      this.#syncFor(options);
      return this.#replaceTx.immediate(id, facts, options.reconcile ?? "now");
    } catch (cause) {
      throw this.#fault(cause);
    }
  }

  reconcilePending(): readonly string[] {
    this.#writes++;
    try {
      // Committed at the configured level: with FULL, this sync also makes the batch's earlier
      // (NORMAL) document commits durable, since they sit before it in the same WAL.
      this.#setSync(this.#synchronous);
      return this.#reconcilePendingTx.immediate();
    } catch (cause) {
      throw this.#fault(cause);
    }
  }

  pendingReconciles(): number {
    return (
      this.#prepare<[], { n: number }>(
        "select count(*) as n from pending_reconciles",
      ).get()?.n ?? 0
    );
  }

  documentSummary(sha256: string): DocumentSummary | undefined {
    // One statement reads one snapshot: no read transaction needed.
    return this.#summaryOf(sha256);
  }

  documentContent(id: string): DocumentContent | undefined {
    const row = this.#documentRow(id);
    if (!row) return undefined;
    return {
      id: row.sha256,
      kind: row.kind,
      source: row.source,
      format: row.format,
      text: row.text,
      raw: row.raw ? originalBytes(row.raw) : null,
      published: row.published,
      parserVersion: row.parserVersion,
    };
  }

  listDocuments(filter: DocumentFilter): Page<DocumentSummary> {
    return this.#read(() => {
      const d = schema.documents;
      const where = and(
        filter.kind ? eq(d.kind, filter.kind) : undefined,
        filter.staleAgainst !== undefined
          ? ne(d.parserVersion, filter.staleAgainst)
          : undefined,
        filter.gss
          ? sql`exists (select 1 from claims c where c.document_id = "documents"."id" and c.gss = ${filter.gss})`
          : undefined,
      );
      const total =
        this.#db.select({ n: count() }).from(d).where(where).get()?.n ?? 0;
      const rows = this.#db
        .select(summaryColumns)
        .from(d)
        .where(where)
        .orderBy(desc(d.id))
        .limit(filter.limit ?? -1)
        .offset(filter.offset ?? 0)
        .all();
      return { items: rows.map(toSummary), total };
    });
  }

  documentVersions(): readonly {
    id: string;
    source: string;
    kind: SourceKind;
    parserVersion: string;
  }[] {
    const d = schema.documents;
    return this.#db
      .select({
        id: d.sha256,
        source: d.source,
        kind: d.kind,
        parserVersion: d.parserVersion,
      })
      .from(d)
      .orderBy(asc(d.id))
      .all();
  }

  findDocument(idOrPrefix: string): DocumentDetail | undefined {
    return this.#read(() => {
      const key = idOrPrefix.trim().toLowerCase();
      if (!/^[0-9a-f]{6,64}$/.test(key)) return undefined;
      const matches = this.#db
        .select()
        .from(schema.documents)
        .where(
          key.length === 64
            ? eq(schema.documents.sha256, key)
            : like(schema.documents.sha256, `${key}%`),
        )
        .limit(2)
        .all();
      const row = matches.length === 1 ? matches[0] : undefined;
      if (!row) return undefined;
      return {
        ...this.#summary(row),
        text: row.text,
        spans: this.#spans(row.id),
        diagnostics: unpackDiagnostics(row.diagnostics),
      };
    });
  }

  listInspections(filter: InspectionFilter): Page<InspectionSummary> {
    return this.#read(() => {
      // Lists are read far more often than the data changes (every dashboard view lists every
      // inspection), so they are kept until this or another connection commits a change.
      const revision = this.#revision();
      if (revision !== this.#cacheRevision) {
        this.#cache.clear();
        this.#cacheRevision = revision;
      }
      const key = JSON.stringify(filter);
      const cached = this.#cache.get(key);
      if (cached) return cached;
      const page = this.#listInspections(filter);
      if (this.#cache.size >= 64) this.#cache.clear();
      this.#cache.set(key, page);
      return page;
    });
  }

  #listInspections(filter: InspectionFilter): Page<InspectionSummary> {
    const i = schema.inspections;
    const conditions: (SQL | undefined)[] = [
      filter.gss ? inArray(i.gss, [...filter.gss]) : undefined,
      filter.yearFrom !== undefined
        ? sql`cast(substr(${i.date}, 1, 4) as integer) >= ${filter.yearFrom}`
        : undefined,
      filter.yearTo !== undefined
        ? sql`cast(substr(${i.date}, 1, 4) as integer) <= ${filter.yearTo}`
        : undefined,
      filter.types ? inArray(i.type, [...filter.types]) : undefined,
      filter.frameworks
        ? inArray(i.framework, [...filter.frameworks])
        : undefined,
    ];
    if (filter.area !== undefined || filter.grade !== undefined) {
      conditions.push(
        sql`exists (select 1 from judgements j where j.inspection_id = "inspections"."id"${
          filter.area !== undefined ? sql` and j.area = ${filter.area}` : sql``
        }${filter.grade !== undefined ? sql` and j.grade = ${filter.grade}` : sql``})`,
      );
    }
    const where = and(...conditions);
    const total =
      this.#db.select({ n: count() }).from(i).where(where).get()?.n ?? 0;
    // The id last: a total order, so pages neither repeat nor skip inspections that tie.
    const order =
      filter.order === "date-asc"
        ? [asc(i.date), asc(i.gss), asc(i.id)]
        : [desc(i.date), asc(i.gss), asc(i.id)];
    const rows = this.#db
      .select()
      .from(i)
      .where(where)
      .orderBy(...order)
      .limit(filter.limit ?? -1)
      .offset(filter.offset ?? 0)
      .all();
    return { items: this.#inspectionSummaries(rows), total };
  }

  findInspection(id: string): InspectionDetail | undefined {
    return this.#read(() => {
      const row = this.#db
        .select()
        .from(schema.inspections)
        .where(eq(schema.inspections.id, id))
        .get();
      if (!row) return undefined;
      const [summary] = this.#inspectionSummaries([row]);
      if (!summary) return undefined;
      const sources = this.#sourceClaims(id);
      const stored = this.#db
        .select({
          area: schema.judgements.area,
          sources: schema.judgements.sources,
        })
        .from(schema.judgements)
        .where(eq(schema.judgements.inspectionId, id))
        .all();
      const judgements: JudgementDetail[] = summary.judgements.map(
        ({ area, grade }) => {
          const claimIds = JSON.parse(
            stored.find((j) => j.area === area)?.sources ?? "[]",
          ) as number[];
          const agreeing = sources.filter((s) => claimIds.includes(s.claimId));
          // A source may give the combined in-care grade where the framework grades the parts, or the reverse.
          const covers = (other: Area) =>
            areaParts(other).some((part) => areaParts(area).includes(part));
          return {
            area,
            grade,
            sources: agreeing.map((s) => s.ref),
            evidence: agreeing.flatMap((s) =>
              s.judgements
                .filter((j) => j.grade === grade && covers(j.area))
                .flatMap((j) => j.evidence),
            ),
          };
        },
      );
      return {
        ...summary,
        judgements,
        evidence: sources.flatMap((s) => s.evidence),
        sources,
        conflicts: this.#conflicts(
          eq(schema.conflicts.inspectionId, id),
          undefined,
          0,
        ).items,
      };
    });
  }

  listConflicts(filter: {
    gss?: readonly string[];
    limit?: number;
    offset?: number;
  }): Page<ConflictRecord> {
    const where = filter.gss
      ? inArray(schema.conflicts.gss, [...filter.gss])
      : undefined;
    return this.#read(() =>
      this.#conflicts(where, filter.limit, filter.offset ?? 0),
    );
  }

  search(
    query: string,
    options: { limit: number; offset: number },
  ): SearchOutcome {
    return this.#read(() => {
      const d = schema.documents;
      try {
        const total =
          this.#prepare<[string], { n: number }>(
            "select count(*) as n from documents_fts where documents_fts match ?",
          ).get(query)?.n ?? 0;
        const rows = this.#prepare<
          [string, number, number],
          { id: number; rank: number }
        >(
          `select rowid as id, bm25(documents_fts) as rank
             from documents_fts where documents_fts match ? order by rank limit ? offset ?`,
        ).all(query, options.limit, options.offset);
        const content = this.#prepare<
          [number],
          { title: string | null; text: string }
        >("select title, text from documents where id = ?");
        const documents = new Map(
          this.#db
            .select(summaryColumns)
            .from(d)
            .where(
              inArray(
                d.id,
                rows.map((r) => r.id),
              ),
            )
            .all()
            .map((r) => [r.rowId, toSummary(r)]),
        );
        const hits = rows.flatMap((r) => {
          const document = documents.get(r.id);
          const stored = content.get(r.id);
          if (!document || !stored) return [];
          const snippet = this.#snippets.snippet(
            stored,
            query,
            MARK_OPEN,
            MARK_CLOSE,
          );
          return [{ document, snippet: toSegments(snippet), rank: r.rank }];
        });
        return { success: true, hits, total };
      } catch (cause) {
        if (
          cause instanceof Database.SqliteError &&
          /fts5|no such column|unknown special query|unterminated/i.test(
            cause.message,
          )
        ) {
          return {
            success: false,
            error: cause.message.replace(/^fts5: /, ""),
          };
        }
        throw cause;
      }
    });
  }

  counts(): StoreCounts {
    return this.#read(() => {
      const n = (table: string, where = "") =>
        this.#prepare<[], { n: number }>(
          `select count(*) as n from ${table} ${where}`,
        ).get()?.n ?? 0;
      return {
        documents: n("documents"),
        articles: n("documents", "where kind = 'article'"),
        registerSnapshots: n("documents", "where kind = 'register'"),
        claims: n("claims"),
        inspections: n("inspections"),
        judgements: n("judgements"),
        evidence: n("evidence"),
        conflicts: n("conflicts"),
      };
    });
  }

  info(): StoreInfo {
    const pragma = (name: string) =>
      this.#sqlite.pragma(name, { simple: true }) as string | number;
    const synchronous =
      ["OFF", "NORMAL", "FULL", "EXTRA"][Number(pragma("synchronous"))] ??
      String(pragma("synchronous"));
    return {
      location: this.location,
      journalMode: String(pragma("journal_mode")),
      foreignKeys: pragma("foreign_keys") === 1,
      busyTimeoutMs: Number(pragma("busy_timeout")),
      synchronous,
      migrations: this.#prepare<[], { tag: string }>(
        "select tag from __csi_migrations order by tag",
      )
        .all()
        .map((r) => r.tag),
      sizeBytes: Number(pragma("page_count")) * Number(pragma("page_size")),
    };
  }

  getMeta(key: string): string | undefined {
    return this.#db
      .select()
      .from(schema.meta)
      .where(eq(schema.meta.key, key))
      .get()?.value;
  }

  setMeta(key: string, value: string): void {
    this.#writes++;
    try {
      this.#db
        .insert(schema.meta)
        .values({ key, value })
        .onConflictDoUpdate({ target: schema.meta.key, set: { value } })
        .run();
    } catch (cause) {
      throw this.#fault(cause);
    }
  }

  checkIntegrity(): readonly string[] {
    const problems = this.#prepare<[], { integrity_check: string }>(
      "pragma integrity_check",
    )
      .all()
      .map((r) => r.integrity_check)
      .filter((message) => message !== "ok");
    for (const row of this.#prepare<
      [],
      { table: string; parent: string; rowid: number }
    >("pragma foreign_key_check").all()) {
      problems.push(
        `row ${row.rowid} of ${row.table} points at a missing row of ${row.parent}`,
      );
    }
    try {
      this.#sqlite.exec(
        "insert into documents_fts(documents_fts) values ('integrity-check')",
      );
    } catch (cause) {
      problems.push(
        `the search index does not match the documents: ${String(cause)}`,
      );
    }
    return problems;
  }

  findIncompleteDocuments(): readonly IncompleteDocument[] {
    return this.#prepare<[], { id: string; expected: number; actual: number }>(
      `select sha256 as id, fact_count as expected,
           (select count(*) from claims c where c.document_id = d.id)
           + (select count(*) from claim_judgements j join claims c on c.id = j.claim_id where c.document_id = d.id)
           + (select count(*) from evidence e where e.document_id = d.id) as actual
         from documents d where actual != expected`,
    ).all();
  }

  close(): void {
    if (!this.#sqlite.open) return;
    try {
      // Lets SQLite refresh the query planner's statistics for tables that changed a lot (cheap).
      this.#sqlite.pragma("optimize");
    } catch (cause) {
      // Only a hint: a database that cannot be written (read-only, full) closes without it.
      if (storageFault(cause, this.location, "write to") === undefined)
        throw cause;
    } finally {
      this.#sqlite.close();
    }
  }

  /** Runs `read` in one read transaction (a snapshot), unless a transaction is open already. */
  #read<T>(read: () => T): T {
    return this.#sqlite.inTransaction ? read() : (this.#readTx(read) as T);
  }

  /** A failure of the file itself as a {@link CsiError} that names it; any other error as it is. */
  #fault(cause: unknown): unknown {
    // The write rolled back: row ids it used may be used again by other documents.
    this.#documentSources.clear();
    return storageFault(cause, this.location, "write to") ?? cause;
  }

  revision(): string {
    return this.#revision();
  }

  #revision(): string {
    // Asked on every list and every cached HTTP answer: a statement compiled once (`pragma()` compiles
    // its statement on every call).
    const dataVersion = this.#prepare<[], number>("pragma data_version")
      .pluck()
      .get();
    return `${String(dataVersion)}:${this.#writes}`;
  }

  /**
   * Writes that defer reconciling are part of a batch that ends with {@link reconcilePending}; they
   * commit without syncing (WAL `synchronous = NORMAL`: a crash of the process loses nothing, a power cut
   * at most the batch, which re-running restores), and the batch's end syncs them all.
   */
  #syncFor(options: WriteOptions): void {
    this.#setSync(options.reconcile === "later" ? "NORMAL" : this.#synchronous);
  }

  #setCheckpointPages(pages: number): void {
    if (this.#checkpointPages === pages) return;
    this.#sqlite.pragma(`wal_autocheckpoint = ${pages}`);
    this.#checkpointPages = pages;
  }

  #setSync(level: "FULL" | "NORMAL"): void {
    if (this.#currentSync === level) return;
    this.#sqlite.pragma(`synchronous = ${level}`);
    this.#currentSync = level;
  }

  /** A prepared statement, compiled once per connection. */
  #prepare<P extends unknown[] = unknown[], R = unknown>(
    source: string,
  ): Database.Statement<P, R> {
    let statement = this.#statements.get(source);
    if (!statement) {
      statement = this.#sqlite.prepare(source);
      this.#statements.set(source, statement);
    }
    return statement as unknown as Database.Statement<P, R>;
  }

  #documentRow(sha256: string): DocumentRow | undefined {
    const row = this.#prepare<[string], Record<string, unknown>>(
      "select * from documents where sha256 = ?",
    ).get(sha256);
    if (!row) return undefined;
    return {
      id: row.id as number,
      sha256: row.sha256 as string,
      kind: row.kind as SourceKind,
      source: row.source as string,
      title: row.title as string | null,
      published: row.published as string | null,
      format: row.format as DocumentFormat,
      text: row.text as string,
      raw: row.raw as Buffer | null,
      byteSize: row.byte_size as number,
      parserVersion: row.parser_version as string,
      ingestedAt: row.ingested_at as string,
      diagnostics: row.diagnostics as string,
      factCount: row.fact_count as number,
    };
  }

  #summary(row: DocumentRow): DocumentSummary {
    const n =
      this.#prepare<[number], { n: number }>(
        "select count(*) as n from claims where document_id = ?",
      ).get(row.id)?.n ?? 0;
    return toSummary({ ...row, id: row.sha256, inspectionCount: n });
  }

  /** Inserts a document with its claims and evidence, unless the same content is stored already. */
  #insertDocument(document: NewDocument): WriteOutcome {
    if (this.hasDocument(document.sha256)) {
      const existing = this.#summaryOf(document.sha256);
      if (existing) return { status: "unchanged", document: existing };
    }
    const ingestedAt = this.#now().toISOString();
    const rowId = Number(
      this.#prepare(
        `insert into documents (sha256, kind, source, title, published, format, text, raw, byte_size,
         parser_version, ingested_at, diagnostics, fact_count) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      ).run(
        document.sha256,
        document.kind,
        document.source,
        document.title,
        document.published,
        document.format,
        document.text,
        storedRaw(document),
        document.byteSize,
        document.parserVersion,
        ingestedAt,
        packDiagnostics(document.diagnostics),
        countFacts(document.inspections),
      ).lastInsertRowid,
    );
    this.#insertClaims(
      rowId,
      document.sha256,
      document.inspections,
      document.claimSources,
    );
    const authorities = [
      ...new Set(document.inspections.map((i) => i.authority.gss)),
    ].sort();
    return {
      status: "stored",
      document: {
        id: document.sha256,
        kind: document.kind,
        source: document.source,
        title: document.title,
        published: document.published,
        format: document.format,
        byteSize: document.byteSize,
        parserVersion: document.parserVersion,
        ingestedAt,
        inspectionCount: document.inspections.length,
      },
      authorities,
    };
  }

  /** A document's summary by its sha256, without reading its text. */
  #summaryOf(sha256: string): DocumentSummary | undefined {
    const row = this.#prepare<
      [string],
      {
        id: string;
        kind: SourceKind;
        source: string;
        title: string | null;
        published: string | null;
        format: DocumentFormat;
        byteSize: number;
        parserVersion: string;
        ingestedAt: string;
        inspectionCount: number;
      }
    >(
      `select sha256 as id, kind, source, title, published, format, byte_size as byteSize,
         parser_version as parserVersion, ingested_at as ingestedAt,
         (select count(*) from claims c where c.document_id = d.id) as inspectionCount
       from documents d where sha256 = ?`,
    ).get(sha256);
    return row ? toSummary(row) : undefined;
  }

  #insertClaims(
    documentRowId: number,
    sha256: string,
    inspections: readonly Inspection[],
    claimSources: readonly string[] | undefined,
  ): void {
    const insertClaim = this.#prepare(
      `insert into claims (document_id, ordinal, source, gss, la_code, authority_name, type, framework, date,
         end_date, published) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    );
    const insertJudgement = this.#prepare(
      "insert into claim_judgements (claim_id, area, grade) values (?, ?, ?)",
    );
    const insertEvidence = this.#prepare(
      `insert into evidence (document_id, claim_id, judgement_id, start, "end", quote, label) values (?, ?, ?, ?, ?, ?, ?)`,
    );
    inspections.forEach((inspection, ordinal) => {
      const claimId = insertClaim.run(
        documentRowId,
        ordinal,
        claimSources?.[ordinal] ?? `doc:${sha256}#${ordinal}`,
        inspection.authority.gss,
        inspection.authority.laCode,
        inspection.authority.name,
        inspection.type,
        inspection.framework,
        inspection.date,
        inspection.endDate ?? null,
        inspection.published ?? null,
      ).lastInsertRowid;
      for (const e of inspection.evidence) {
        insertEvidence.run(
          documentRowId,
          claimId,
          null,
          e.start,
          e.end,
          e.quote,
          e.source,
        );
      }
      for (const judgement of inspection.judgements) {
        const judgementId = insertJudgement.run(
          claimId,
          judgement.area,
          judgement.grade,
        ).lastInsertRowid;
        for (const e of judgement.evidence) {
          insertEvidence.run(
            documentRowId,
            claimId,
            judgementId,
            e.start,
            e.end,
            e.quote,
            e.source,
          );
        }
      }
    });
  }

  /**
   * Reconciles what a write touched now: each run of years (see the domain's `linkedYears`) of each
   * authority and type that a claim was added to or removed from. Or, for `later`, records the
   * authorities for {@link reconcilePending}.
   */
  #afterWrite(touched: Touched, when: "now" | "later"): void {
    if (this.#documentSources.size > 100_000) this.#documentSources.clear();
    const register =
      when === "now" ? this.#registerDocuments() : new Set<number>();
    for (const gss of [...touched.keys()].sort()) {
      if (when === "later") {
        this.#prepare(
          "insert or ignore into pending_reconciles (gss) values (?)",
        ).run(gss);
        continue;
      }
      const types = touched.get(gss) ?? new Map<string, Set<string>>();
      for (const type of [...types.keys()].sort())
        this.#reconcileRuns(gss, type, types.get(type) ?? new Set(), register);
    }
  }

  /**
   * Re-reconciles the runs of years of one authority and type that hold `dates` (of claims added or
   * removed). Claims in other years cannot change what these runs reconcile to, nor be changed by them,
   * so a write costs in proportion to what it touches, not to what is stored about the authority.
   */
  #reconcileRuns(
    gss: string,
    type: string,
    dates: ReadonlySet<string>,
    register: ReadonlySet<number>,
  ): void {
    const touchedYears = new Set([...dates].map(yearOf));
    // A run can reach into the year before or after (an inspection across New Year): read the dates
    // around the touched years (from the index alone) until every touched run is bounded by years read.
    const read = new Set<number>();
    const known = [...dates];
    let wanted = new Set([...touchedYears].flatMap((y) => [y - 1, y, y + 1]));
    let runs: number[][] = [];
    for (;;) {
      for (const [from, to] of spans(wanted)) {
        for (let y = from; y <= to; y++) read.add(y);
        known.push(
          ...this.#prepare<[string, string, string, string], string>(
            "select date from claims where gss = ? and type = ? and date >= ? and date < ?",
          )
            .pluck()
            .all(gss, type, ...yearBounds(from, to)),
        );
      }
      runs = linkedYears(known).filter((run) =>
        run.some((y) => touchedYears.has(y)),
      );
      wanted = new Set(
        runs
          .flatMap((run) => [(run[0] ?? 0) - 1, (run.at(-1) ?? 0) + 1])
          .filter((y) => !read.has(y)),
      );
      if (wanted.size === 0) break;
    }
    for (const run of runs) {
      const from = run[0] ?? 0;
      const to = run.at(-1) ?? from;
      const { rows, judgements } = withJudgements(
        this.#prepare<[string, string, string, string], ClaimJudgementRow>(
          `${CLAIMS_WITH_JUDGEMENTS} where c.gss = ? and c.type = ? and c.date >= ? and c.date < ?
           order by c.id, j.id`,
        )
          .raw()
          .all(gss, type, ...yearBounds(from, to)),
      );
      const current = rows.some((r) => register.has(r.document_id))
        ? withoutSuperseded(
            rows,
            register,
            this.#registerRows(gss, ...yearBounds(from, to)),
          )
        : rows;
      const prefix = `${gss}/${type}/`;
      this.#rebuild(gss, toClaims(gss, current, judgements), register, [
        [`${prefix}${from}`, `${prefix}${to}${AFTER_YEAR}`],
      ]);
    }
  }

  /** Rebuilds one authority's reconciled inspections, judgements and conflicts from all its claims. */
  #reconcileAuthority(gss: string, register: ReadonlySet<number>): void {
    const { rows, judgements } = withJudgements(
      this.#prepare<[string], ClaimJudgementRow>(
        `${CLAIMS_WITH_JUDGEMENTS} where c.gss = ? order by c.id, j.id`,
      )
        .raw()
        .all(gss),
    );
    const current = withoutSuperseded(
      rows,
      register,
      rows.filter((r) => register.has(r.document_id)),
    );
    this.#rebuild(gss, toClaims(gss, current, judgements), register, [
      [`${gss}/`, `${gss}/${AFTER_YEAR}`],
    ]);
  }

  /** Row ids of the register snapshots (few: one per register file loaded). */
  #registerDocuments(): Set<number> {
    return new Set(
      this.#prepare<[], number>(
        "select id from documents where kind = 'register'",
      )
        .pluck()
        .all(),
    );
  }

  /** The register rows about an authority (of any type) dated in the given bounds. */
  #registerRows(
    gss: string,
    lo: string,
    hi: string,
  ): { document_id: number; date: string }[] {
    return this.#prepare<
      [string, string, string],
      { document_id: number; date: string }
    >(
      `select c.document_id, c.date from claims c join documents d on d.id = c.document_id
       where c.gss = ? and c.date >= ? and c.date < ? and d.kind = 'register'`,
    ).all(gss, lo, hi);
  }

  /**
   * Makes the stored inspections, judgements, claim links and conflicts whose inspection ids fall in
   * `ranges` those that reconciling `claims` gives. Rows are compared with what is stored and only the
   * differences written: the result is the same as deleting and rewriting them. Every inspection the
   * claims reconcile to has its id in `ranges`.
   */
  #rebuild(
    gss: string,
    claims: readonly LoadedClaim[],
    register: ReadonlySet<number>,
    ranges: readonly (readonly [string, string])[],
  ): void {
    // Claims go to reconcile keyed by row id: two register files may share a name, so their row
    // references need not be unique. Evidence stays in the database; reads attach it.
    const { inspections, conflicts } = reconcile(claims.map((c) => c.claim));
    const byKey = new Map(claims.map((c) => [c.claim.source, c.row]));
    const claimId = (key: string) => byKey.get(key)?.id;
    // Conflict messages name a register row by its line, a document by its name.
    const label = (key: string) => {
      const row = byKey.get(key);
      if (!row) return key;
      if (register.has(row.document_id))
        return row.source.slice("register:".length);
      let source = this.#documentSources.get(row.document_id);
      if (source === undefined) {
        source =
          this.#prepare<[number], string>(
            "select source from documents where id = ?",
          )
            .pluck()
            .get(row.document_id) ?? key;
        this.#documentSources.set(row.document_id, source);
      }
      return source;
    };
    const conflictsOf = new Map<string, Conflict[]>();
    for (const c of conflicts) {
      const list = conflictsOf.get(c.inspection) ?? [];
      list.push(c);
      conflictsOf.set(c.inspection, list);
    }

    // What the tables should hold in the ranges.
    const wantInspections = new Map<string, InspectionValues>();
    const wantJudgements = new Map<string, JudgementValues>();
    const wantLinks = new Set<string>();
    const wantConflicts = new Map<
      string,
      { values: ConflictValues; conflict: Conflict }[]
    >();
    for (const inspection of inspections) {
      // Rows outside the ranges are neither read nor deleted here: one written there would be a duplicate.
      if (!ranges.some(([lo, hi]) => inspection.id >= lo && inspection.id < hi))
        throw new Error(
          `reconcile: inspection ${inspection.id} is outside the rows being rebuilt`,
        );
      const own = conflictsOf.get(inspection.id) ?? [];
      wantInspections.set(inspection.id, [
        inspection.authority.laCode,
        inspection.authority.name,
        inspection.type,
        inspection.framework,
        inspection.date,
        inspection.endDate ?? null,
        inspection.published ?? null,
        inspection.sources.length,
        own.length,
      ]);
      for (const j of inspection.judgements) {
        wantJudgements.set(`${inspection.id}\u0000${j.area}`, [
          inspection.id,
          j.area,
          j.grade,
          JSON.stringify(j.sources.map(claimId)),
        ]);
      }
      for (const key of inspection.sources) {
        const id = claimId(key);
        if (id !== undefined) wantLinks.add(`${inspection.id}\u0000${id}`);
      }
      wantConflicts.set(
        inspection.id,
        own.map((c) => ({
          conflict: c,
          values: [
            c.kind,
            c.kind === "grade" ? c.area : null,
            c.kind === "field" ? c.field : null,
            JSON.stringify({
              values: c.values.map((v) => ({
                claimId: claimId(v.source),
                ...("grade" in v
                  ? { value: v.grade, area: v.area }
                  : { value: v.value }),
              })),
              candidates: c.kind === "ambiguous" ? c.candidates : [],
            }),
          ],
        })),
      );
    }

    // What they hold now.
    const haveInspections = new Map<string, string>();
    const haveJudgements = new Map<
      string,
      { id: number; inspection_id: string; v: string }
    >();
    const haveLinks = new Map<
      string,
      { inspection_id: string; claim_id: number }
    >();
    const haveConflicts = new Map<string, string[]>();
    for (const [lo, hi] of ranges) {
      for (const r of this.#prepare<
        [string, string],
        { id: string; v: string }
      >(
        `select id, json_array(la_code, authority_name, type, framework, date, end_date, published,
           source_count, conflict_count) as v from inspections where id >= ? and id < ?`,
      ).all(lo, hi))
        haveInspections.set(r.id, r.v);
      for (const r of this.#prepare<
        [string, string],
        { id: number; inspection_id: string; area: string; v: string }
      >(
        `select id, inspection_id, area, json_array(inspection_id, area, grade, sources) as v
         from judgements where inspection_id >= ? and inspection_id < ?`,
      ).all(lo, hi))
        haveJudgements.set(`${r.inspection_id}\u0000${r.area}`, r);
      for (const r of this.#prepare<
        [string, string],
        { inspection_id: string; claim_id: number }
      >(
        "select inspection_id, claim_id from inspection_claims where inspection_id >= ? and inspection_id < ?",
      ).all(lo, hi))
        haveLinks.set(`${r.inspection_id}\u0000${r.claim_id}`, r);
      for (const r of this.#prepare<
        [string, string],
        { inspection_id: string; v: string }
      >(
        `select inspection_id, json_array(kind, area, field, detail) as v from conflicts
         where inspection_id >= ? and inspection_id < ? order by id`,
      ).all(lo, hi)) {
        const list = haveConflicts.get(r.inspection_id) ?? [];
        list.push(r.v);
        haveConflicts.set(r.inspection_id, list);
      }
    }

    // Deleting an inspection deletes its judgements, links and conflicts with it.
    const deleteInspection = this.#prepare(
      "delete from inspections where id = ?",
    );
    for (const id of haveInspections.keys())
      if (!wantInspections.has(id)) deleteInspection.run(id);
    const insertInspection = this.#prepare(
      `insert into inspections (id, gss, la_code, authority_name, type, framework, date, end_date, published,
         source_count, conflict_count) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    );
    const updateInspection = this.#prepare(
      `update inspections set la_code = ?, authority_name = ?, type = ?, framework = ?, date = ?, end_date = ?,
         published = ?, source_count = ?, conflict_count = ? where id = ?`,
    );
    for (const [id, values] of wantInspections) {
      const have = haveInspections.get(id);
      if (have === undefined) insertInspection.run(id, gss, ...values);
      else if (have !== JSON.stringify(values))
        updateInspection.run(...values, id);
    }
    const deleteJudgement = this.#prepare(
      "delete from judgements where id = ?",
    );
    const upsertJudgement = this.#prepare(
      `insert into judgements (inspection_id, area, grade, sources) values (?, ?, ?, ?)
       on conflict (inspection_id, area) do update set grade = excluded.grade, sources = excluded.sources`,
    );
    for (const [key, have] of haveJudgements)
      if (!wantJudgements.has(key) && wantInspections.has(have.inspection_id))
        deleteJudgement.run(have.id);
    for (const [key, values] of wantJudgements) {
      if (haveJudgements.get(key)?.v !== JSON.stringify(values))
        upsertJudgement.run(...values);
    }
    const deleteLink = this.#prepare(
      "delete from inspection_claims where inspection_id = ? and claim_id = ?",
    );
    const insertLink = this.#prepare(
      "insert or ignore into inspection_claims (inspection_id, claim_id) values (?, ?)",
    );
    for (const [key, have] of haveLinks)
      if (!wantLinks.has(key) && wantInspections.has(have.inspection_id))
        deleteLink.run(have.inspection_id, have.claim_id);
    for (const key of wantLinks) {
      if (haveLinks.has(key)) continue;
      const [inspectionId = "", id = ""] = key.split("\u0000");
      insertLink.run(inspectionId, Number(id));
    }
    // An inspection's conflicts are rewritten together, in reconcile's order, when any differs: lists
    // show them in inspection order, then in the order they were written.
    const deleteConflicts = this.#prepare(
      "delete from conflicts where inspection_id = ?",
    );
    const insertConflict = this.#prepare(
      "insert into conflicts (gss, inspection_id, kind, area, field, message, detail) values (?, ?, ?, ?, ?, ?, ?)",
    );
    for (const [id, want] of wantConflicts) {
      const have = haveConflicts.get(id) ?? [];
      if (
        have.length === want.length &&
        want.every((c, i) => JSON.stringify(c.values) === have[i])
      )
        continue;
      if (have.length > 0) deleteConflicts.run(id);
      for (const { values, conflict } of want) {
        const [kind, area, field, detail] = values;
        insertConflict.run(
          gss,
          id,
          kind,
          area,
          field,
          conflictMessage(conflict, label),
          detail,
        );
      }
    }
  }

  #inspectionSummaries(
    rows: readonly (typeof schema.inspections.$inferSelect)[],
  ): InspectionSummary[] {
    if (rows.length === 0) return [];
    const ids = JSON.stringify(rows.map((r) => r.id));
    const judgementRows = this.#prepare<
      [string],
      { inspection_id: string; area: string; grade: string }
    >(
      "select inspection_id, area, grade from judgements where inspection_id in (select value from json_each(?))",
    ).all(ids);
    const inRegister = new Set(
      this.#prepare<[string], { inspection_id: string }>(
        `select distinct ic.inspection_id from inspection_claims ic
           join claims c on c.id = ic.claim_id join documents d on d.id = c.document_id
           where d.kind = 'register' and ic.inspection_id in (select value from json_each(?))`,
      )
        .all(ids)
        .map((r) => r.inspection_id),
    );
    const grouped = new Map<string, GradeEntry[]>();
    for (const j of judgementRows) {
      grouped.set(j.inspection_id, [
        ...(grouped.get(j.inspection_id) ?? []),
        { area: j.area as Area, grade: j.grade as Grade },
      ]);
    }
    return rows.map((r) => ({
      id: r.id,
      authority: { name: r.authorityName, gss: r.gss, laCode: r.laCode },
      type: r.type as InspectionType,
      framework: r.framework as FrameworkId | null,
      date: r.date,
      endDate: r.endDate,
      published: r.published,
      judgements: (grouped.get(r.id) ?? []).sort(byArea),
      sourceCount: r.sourceCount,
      inRegister: inRegister.has(r.id),
      conflictCount: r.conflictCount,
    }));
  }

  #sourceClaims(inspectionId: string): SourceClaim[] {
    const claimRows = this.#prepare<
      [string],
      {
        id: number;
        ref: string;
        type: string;
        date: string;
        end_date: string | null;
        document_id: string;
        kind: SourceKind;
        document_source: string;
        title: string | null;
        published: string | null;
      }
    >(
      `select c.id, c.source as ref, c.type, c.date, c.end_date, d.sha256 as document_id, d.kind,
           d.source as document_source, d.title, coalesce(c.published, d.published) as published
         from inspection_claims ic join claims c on c.id = ic.claim_id join documents d on d.id = c.document_id
         where ic.inspection_id = ? order by d.kind desc, d.id`,
    ).all(inspectionId);
    const claimIds = JSON.stringify(claimRows.map((c) => c.id));
    const judgementRows = this.#prepare<
      [string],
      { id: number; claim_id: number; area: string; grade: string }
    >(
      "select id, claim_id, area, grade from claim_judgements where claim_id in (select value from json_each(?)) order by id",
    ).all(claimIds);
    const evidenceRows = this.#prepare<
      [string],
      {
        claim_id: number;
        judgement_id: number | null;
        start: number;
        end: number;
        quote: string;
        label: string;
      }
    >(
      `select claim_id, judgement_id, start, "end", quote, label from evidence
         where claim_id in (select value from json_each(?)) order by start, id`,
    ).all(claimIds);
    return claimRows.map((c) => {
      const item = (e: (typeof evidenceRows)[number]): EvidenceItem => ({
        documentId: c.document_id,
        kind: c.kind,
        documentSource: c.document_source,
        cites: e.label,
        start: e.start,
        end: e.end,
        quote: e.quote,
      });
      return {
        claimId: c.id,
        ref: c.ref,
        documentId: c.document_id,
        kind: c.kind,
        documentSource: c.document_source,
        title: c.title,
        published: c.published,
        type: c.type as InspectionType,
        date: c.date,
        endDate: c.end_date,
        judgements: judgementRows
          .filter((j) => j.claim_id === c.id)
          .map((j) => ({
            area: j.area as Area,
            grade: j.grade as Grade,
            sources: [c.ref],
            evidence: evidenceRows
              .filter((e) => e.judgement_id === j.id)
              .map(item),
          }))
          .sort(byArea),
        evidence: evidenceRows
          .filter((e) => e.claim_id === c.id && e.judgement_id === null)
          .map(item),
      };
    });
  }

  #conflicts(
    where: SQL | undefined,
    limit: number | undefined,
    offset: number,
  ): Page<ConflictRecord> {
    const k = schema.conflicts;
    const total =
      this.#db.select({ n: count() }).from(k).where(where).get()?.n ?? 0;
    const rows = this.#db
      .select({
        conflict: k,
        name: schema.inspections.authorityName,
        laCode: schema.inspections.laCode,
      })
      .from(k)
      .innerJoin(schema.inspections, eq(schema.inspections.id, k.inspectionId))
      .where(where)
      .orderBy(
        asc(k.gss),
        // Inspections in reconcile's order (earliest first day, the more precise date first, type, then
        // the `~n` of those sharing a date), each one's conflicts in the order reconcile gave them.
        sql`substr(${schema.inspections.date} || '-01-01', 1, 10)`,
        sql`length(${schema.inspections.date}) desc`,
        asc(schema.inspections.type),
        sql`length(${k.inspectionId})`,
        asc(k.inspectionId),
        asc(k.id),
      )
      .limit(limit ?? -1)
      .offset(offset)
      .all();
    type Detail = {
      values: { claimId: number; value: string; area?: Area }[];
      candidates: string[];
    };
    const details = rows.map((r) => JSON.parse(r.conflict.detail) as Detail);
    const claimIds = [
      ...new Set(details.flatMap((d) => d.values.map((v) => v.claimId))),
    ];
    const refs = this.#sourceRefs(claimIds);
    const evidenceRows = this.#prepare<
      [string],
      {
        claim_id: number;
        area: Area | null;
        start: number;
        end: number;
        quote: string;
        label: string;
      }
    >(
      `select e.claim_id, j.area, e.start, e."end", e.quote, e.label
       from evidence e left join claim_judgements j on j.id = e.judgement_id
       where e.claim_id in (select value from json_each(?)) order by e.start, e.id`,
    ).all(JSON.stringify(claimIds));
    const items = rows.map(
      ({ conflict, name, laCode }, index): ConflictRecord => {
        const detail = details[index] ?? { values: [], candidates: [] };
        return {
          id: conflict.id,
          authority: { name, gss: conflict.gss, laCode },
          inspectionId: conflict.inspectionId,
          kind: conflict.kind,
          area: conflict.area as Area | null,
          field: conflict.field as ConflictField | null,
          candidates: detail.candidates,
          message: conflict.message,
          values: detail.values.flatMap((v) => {
            const source = refs.get(v.claimId);
            if (!source) return [];
            // A grade is backed by the evidence for that area; a date or type by the claim's own evidence.
            const evidence = evidenceRows
              .filter(
                (e) =>
                  e.claim_id === v.claimId &&
                  e.area ===
                    (conflict.kind === "grade" ? (v.area ?? null) : null),
              )
              .map((e) => ({
                documentId: source.documentId,
                kind: source.kind,
                documentSource: source.documentSource,
                cites: e.label,
                start: e.start,
                end: e.end,
                quote: e.quote,
              }));
            return [
              {
                value: v.value,
                ...(v.area ? { area: v.area } : {}),
                source,
                evidence,
              },
            ];
          }),
        };
      },
    );
    return { items, total };
  }

  #sourceRefs(claimIds: readonly number[]): Map<number, SourceRef> {
    return new Map(
      this.#prepare<
        [string],
        {
          id: number;
          ref: string;
          document_id: string;
          kind: SourceKind;
          document_source: string;
          title: string | null;
        }
      >(
        `select c.id, c.source as ref, d.sha256 as document_id, d.kind, d.source as document_source, d.title
           from claims c join documents d on d.id = c.document_id where c.id in (select value from json_each(?))`,
      )
        .all(JSON.stringify(claimIds))
        .map((r) => [
          r.id,
          {
            ref: r.ref,
            documentId: r.document_id,
            kind: r.kind,
            documentSource: r.document_source,
            title: r.title,
          },
        ]),
    );
  }

  #spans(documentRowId: number): EvidenceSpan[] {
    return this.#prepare<
      [number],
      {
        start: number;
        end: number;
        quote: string;
        ref: string;
        gss: string;
        la_code: string;
        authority_name: string;
        type: string;
        date: string;
        area: string | null;
        grade: string | null;
        inspection_id: string | null;
      }
    >(
      `select e.start, e."end", e.quote, c.source as ref, c.gss, c.la_code, c.authority_name, c.type, c.date,
           j.area, j.grade, (select ic.inspection_id from inspection_claims ic where ic.claim_id = c.id) as inspection_id
         from evidence e join claims c on c.id = e.claim_id left join claim_judgements j on j.id = e.judgement_id
         where e.document_id = ? order by e.start, e."end", e.id`,
    )
      .all(documentRowId)
      .map((r) => ({
        start: r.start,
        end: r.end,
        quote: r.quote,
        claimRef: r.ref,
        authority: { name: r.authority_name, gss: r.gss, laCode: r.la_code },
        type: r.type as InspectionType,
        date: r.date,
        ...(r.area !== null && r.grade !== null
          ? { area: r.area as Area, grade: r.grade as Grade }
          : {}),
        inspectionId: r.inspection_id,
      }));
  }
}

const summaryColumns = {
  rowId: schema.documents.id,
  id: schema.documents.sha256,
  kind: schema.documents.kind,
  source: schema.documents.source,
  title: schema.documents.title,
  published: schema.documents.published,
  format: schema.documents.format,
  byteSize: schema.documents.byteSize,
  parserVersion: schema.documents.parserVersion,
  ingestedAt: schema.documents.ingestedAt,
  // Spelled out: drizzle leaves a lone column unqualified, which inside the subquery would mean claims.id.
  inspectionCount: sql<number>`(select count(*) from claims c where c.document_id = "documents"."id")`,
};

function toSummary(row: {
  id: string;
  kind: SourceKind;
  source: string;
  title: string | null;
  published: string | null;
  format: DocumentFormat;
  byteSize: number;
  parserVersion: string;
  ingestedAt: string;
  inspectionCount: number;
}): DocumentSummary {
  return {
    id: row.id,
    kind: row.kind,
    source: row.source,
    title: row.title,
    published: row.published,
    format: row.format,
    byteSize: row.byteSize,
    parserVersion: row.parserVersion,
    ingestedAt: row.ingestedAt,
    inspectionCount: row.inspectionCount,
  };
}

function countFacts(inspections: readonly Inspection[]): number {
  return inspections.reduce(
    (n, i) =>
      n +
      1 +
      i.evidence.length +
      i.judgements.reduce((m, j) => m + 1 + j.evidence.length, 0),
    0,
  );
}

/**
 * The original bytes as stored: HTML gzip-compressed (a sixth of its size; the text itself is kept
 * apart), PDF as it is (its streams are compressed already).
 */
function storedRaw(document: NewDocument): Buffer | null {
  if (!document.raw) return null;
  return document.format === "html"
    ? gzipSync(document.raw, { level: 3 })
    : Buffer.from(document.raw);
}

/**
 * The original bytes from `documents.raw`: gzip is undone. Originals are text (HTML) or start with
 * `%PDF`, so they never start with gzip's magic bytes; rows stored before compression hold them as is.
 */
function originalBytes(stored: Buffer): Uint8Array {
  if (stored[0] === 0x1f && stored[1] === 0x8b) {
    try {
      return new Uint8Array(gunzipSync(stored));
    } catch {
      // Not gzip after all: an original that happens to start with those bytes.
      return new Uint8Array(stored);
    }
  }
  return new Uint8Array(stored);
}

/** Flushes a file to disk; a file that is not there has nothing to flush. */
function syncFile(path: string): void {
  let fd: number;
  try {
    fd = openSync(path, "r");
  } catch (cause) {
    if ((cause as { code?: string }).code === "ENOENT") return;
    throw cause;
  }
  try {
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}

const LONE_SURROGATE =
  /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

/**
 * The text and quotes as SQLite can keep them. It stores text as UTF-8, where a lone UTF-16 surrogate
 * (pasted text, a broken PDF font) comes back as three U+FFFD and shifts every offset after it; one
 * U+FFFD in its place keeps every offset. A quote that cuts a surrogate pair in two no longer matches
 * the text after this, and is refused by {@link checkEvidence}.
 */
function storableText<
  T extends {
    readonly text: string;
    readonly inspections: readonly Inspection[];
  },
>(document: T): T {
  if (!LONE_SURROGATE.test(document.text)) return document;
  const fix = (text: string) =>
    text.replace(new RegExp(LONE_SURROGATE, "g"), "\ufffd");
  const fixQuotes = (evidence: readonly Evidence[]) =>
    evidence.map((e) => ({ ...e, quote: fix(e.quote) }));
  return {
    ...document,
    text: fix(document.text),
    inspections: document.inspections.map((inspection) => ({
      ...inspection,
      evidence: fixQuotes(inspection.evidence),
      judgements: inspection.judgements.map((judgement) => ({
        ...judgement,
        evidence: fixQuotes(judgement.evidence),
      })),
    })),
  };
}

// Evidence that does not quote the stored text exactly would mislead every reader; refuse it.
function checkEvidence(
  text: string,
  inspections: readonly Inspection[],
  id: string,
): void {
  for (const inspection of inspections) {
    for (const e of [
      ...inspection.evidence,
      ...inspection.judgements.flatMap((j) => j.evidence),
    ]) {
      if (text.slice(e.start, e.end) !== e.quote) {
        throw new CsiError(
          "invalid-input",
          `evidence at ${e.start}–${e.end} of document ${id} does not quote its text (expected ${JSON.stringify(e.quote)})`,
        );
      }
    }
  }
}

const FIELD_LABELS: Readonly<Record<ConflictField, string>> = {
  date: "inspection date",
  endDate: "end date",
  published: "publication date",
  framework: "framework",
};

function conflictMessage(
  conflict: Conflict,
  who: (source: string) => string,
): string {
  const sides = (values: readonly { source: string; value: string }[]) =>
    values.map((v) => `${v.value} (${who(v.source)})`).join(" vs ");
  switch (conflict.kind) {
    case "grade":
      return `sources grade ${conflict.area} differently: ${sides(conflict.values.map((v) => ({ source: v.source, value: `${v.grade}${v.area === conflict.area ? "" : ` for ${v.area}`}` })))}`;
    case "field":
      return `sources give different ${FIELD_LABELS[conflict.field]}s: ${sides(conflict.values)}`;
    case "ambiguous":
      return `a date of ${[...new Set(conflict.values.map((v) => v.value))].join(", ")} could mean any of ${conflict.candidates.length} inspections`;
  }
}

/** A failure of the database file or lock (full, read-only, I/O, busy), as opposed to one document's data. */
function isStorageError(error: unknown): boolean {
  return (
    error instanceof Database.SqliteError &&
    (storageFault(error, "", "write to") !== undefined ||
      error.code.startsWith("SQLITE_BUSY"))
  );
}

function isUniqueViolation(error: unknown): boolean {
  return (
    error instanceof Database.SqliteError &&
    error.code === "SQLITE_CONSTRAINT_UNIQUE"
  );
}

function toSegments(snippet: string): SnippetSegment[] {
  const segments: SnippetSegment[] = [];
  for (const [index, part] of snippet.split(MARK_OPEN).entries()) {
    if (index === 0) {
      if (part) segments.push({ text: part, match: false });
      continue;
    }
    const close = part.indexOf(MARK_CLOSE);
    const matched = close === -1 ? part : part.slice(0, close);
    const rest = close === -1 ? "" : part.slice(close + MARK_CLOSE.length);
    if (matched) segments.push({ text: matched, match: true });
    if (rest) segments.push({ text: rest, match: false });
  }
  return segments;
}

/**
 * Records the claims of a document (or the claims it had) as touched. A register row supersedes older
 * register rows of any type about the same inspection: its date touches every type.
 */
function touch(
  touched: Touched,
  document: {
    readonly kind: SourceKind;
    readonly inspections: readonly {
      readonly authority: { readonly gss: string };
      readonly type: string;
      readonly date: string;
    }[];
  },
): Touched {
  for (const { authority, type, date } of document.inspections) {
    const types = touched.get(authority.gss) ?? new Map<string, Set<string>>();
    touched.set(authority.gss, types);
    const all: readonly string[] =
      document.kind === "register" ? [...INSPECTION_TYPES, type] : [type];
    for (const t of all) {
      const dates = types.get(t) ?? new Set<string>();
      dates.add(date);
      types.set(t, dates);
    }
  }
  return touched;
}

/** Bounds of the dates of years `from` to `to`: `date >= lo and date < hi`. */
function yearBounds(from: number, to: number): [string, string] {
  return [String(from), `${to}${AFTER_YEAR}`];
}

/** Sorted years as runs of consecutive years, `[first, last]` each. */
function spans(years: ReadonlySet<number>): [number, number][] {
  const result: [number, number][] = [];
  for (const year of [...years].sort((a, b) => a - b)) {
    const last = result.at(-1);
    if (last && last[1] === year - 1) last[1] = year;
    else result.push([year, year]);
  }
  return result;
}

/**
 * The claims that count: a newer register snapshot's row supersedes an older snapshot's row about the
 * same inspection (a consistent date, of any type); rows about older inspections stay as history.
 */
function withoutSuperseded(
  rows: readonly StoredClaim[],
  registerDocuments: ReadonlySet<number>,
  register: readonly { document_id: number; date: string }[],
): StoredClaim[] {
  return rows.filter(
    (claim) =>
      !registerDocuments.has(claim.document_id) ||
      !register.some(
        (other) =>
          other.document_id > claim.document_id &&
          areDatesConsistent(other.date, claim.date),
      ),
  );
}

/** Splits rows of {@link CLAIMS_WITH_JUDGEMENTS} (ordered by claim) into claims and judgements. */
function withJudgements(joined: readonly ClaimJudgementRow[]): {
  rows: StoredClaim[];
  judgements: JudgementRow[];
} {
  const rows: StoredClaim[] = [];
  const judgements: JudgementRow[] = [];
  for (const [
    id,
    documentId,
    source,
    laCode,
    name,
    type,
    framework,
    date,
    endDate,
    published,
    area,
    grade,
  ] of joined) {
    if (rows.at(-1)?.id !== id)
      rows.push({
        id,
        document_id: documentId,
        source,
        la_code: laCode,
        authority_name: name,
        type,
        framework,
        date,
        end_date: endDate,
        published,
      });
    if (area !== null && grade !== null)
      judgements.push({ claim_id: id, area, grade });
  }
  return { rows, judgements };
}

/** Claim rows and their judgements as domain claims keyed `claim:<id>`, without evidence. */
function toClaims(
  gss: string,
  rows: readonly StoredClaim[],
  judgementRows: readonly JudgementRow[],
): LoadedClaim[] {
  const judgementsByClaim = new Map<
    number,
    { area: Area; grade: Grade; evidence: Evidence[] }[]
  >();
  for (const j of judgementRows) {
    const list = judgementsByClaim.get(j.claim_id) ?? [];
    list.push({ area: j.area, grade: j.grade, evidence: [] });
    judgementsByClaim.set(j.claim_id, list);
  }
  return rows.map((claim) => ({
    row: claim,
    claim: {
      source: `claim:${claim.id}`,
      authority: { name: claim.authority_name, gss, laCode: claim.la_code },
      type: claim.type as InspectionType,
      framework: claim.framework as FrameworkId | null,
      date: claim.date,
      ...(claim.end_date !== null ? { endDate: claim.end_date } : {}),
      ...(claim.published !== null ? { published: claim.published } : {}),
      judgements: judgementsByClaim.get(claim.id) ?? [],
      evidence: [],
    },
  }));
}
