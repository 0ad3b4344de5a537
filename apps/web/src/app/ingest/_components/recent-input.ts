/** The recent-documents query, shared by the server prefetch and the client list so they hit one cache entry. */
export const RECENT_INPUT = { kind: "article", limit: 5, offset: 0 } as const;
