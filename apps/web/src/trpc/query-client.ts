import {
  defaultShouldDehydrateQuery,
  QueryClient,
} from "@tanstack/react-query";

/** One QueryClient configuration for the server (RSC prefetch) and the browser. */
export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        // Prefetched data stays fresh long enough to avoid refetching straight after hydration.
        staleTime: 30 * 1000,
      },
      dehydrate: {
        shouldDehydrateQuery: (query) =>
          defaultShouldDehydrateQuery(query) ||
          query.state.status === "pending",
        shouldRedactErrors: () => false,
      },
    },
  });
}
