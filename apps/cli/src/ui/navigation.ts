/** A span of a document's text to highlight. */
export interface Highlight {
  readonly start: number;
  readonly end: number;
}

/** A screen of the terminal UI and what it shows. */
export type Route =
  | { readonly screen: "list" }
  | {
      readonly screen: "authority";
      readonly code: string;
      readonly name: string;
    }
  | {
      readonly screen: "document";
      readonly id: string;
      /** Evidence to highlight and scroll to. */
      readonly highlight?: Highlight;
      /** Words to highlight (their first occurrence) when there is no span, e.g. a search match. */
      readonly find?: string;
    }
  | { readonly screen: "search" }
  | { readonly screen: "ingest" };

/** What a screen can ask of the app. */
export interface Navigation {
  push(route: Route): void;
  pop(): void;
  /** Tells the other screens that the database changed, so they reload. */
  dataChanged(): void;
}
