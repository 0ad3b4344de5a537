import type { createCaller, Store } from "@csi/api";

/** The router, called in-process. */
export type Caller = ReturnType<typeof createCaller>;

// Types come from the in-process caller (what the procedures return), not from RouterOutputs, which
// describes the JSON a remote client receives.
type Output<P extends (...args: never[]) => Promise<unknown>> = Awaited<
  ReturnType<P>
>;

/** What a command needs from the database: the router, and the store for bulk jobs with progress. */
export interface Session {
  readonly caller: Caller;
  readonly store: Store;
  /** Where the database file is. */
  readonly dbPath: string;
  close(): void;
}

/** An authority with its latest inspection, as `authority.list` gives it. */
export type AuthorityRow = Output<Caller["authority"]["list"]>[number];
/** An authority's inspections, as `authority.timeline` gives them. */
export type Timeline = Output<Caller["authority"]["timeline"]>;
/** A reconciled inspection without evidence. */
export type InspectionSummary = Timeline["inspections"][number];
/** A reconciled inspection with its judgements' evidence. */
export type InspectionDetail = Output<Caller["inspection"]["byId"]>;
/** A judgement with its evidence. */
export type JudgementDetail = InspectionDetail["judgements"][number];
/** A quote from a source and where it is. */
export type EvidenceItem = JudgementDetail["evidence"][number];
/** A stored document with its text and evidence spans. */
export type DocumentDetail = Output<Caller["document"]["byId"]>;
/** What `search.query` found. */
export type SearchResult = Output<Caller["search"]["query"]>;
/** One of Ofsted's four grades. */
export type Grade = InspectionSummary["judgements"][number]["grade"];
/** A judgement area. */
export type Area = InspectionSummary["judgements"][number]["area"];
/** A kind of inspection or visit. */
export type InspectionType = InspectionSummary["type"];
/** An inspection framework. */
export type FrameworkId = NonNullable<InspectionSummary["framework"]>;
