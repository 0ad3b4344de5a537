import "server-only";

import {
  appRouter,
  createCaller,
  createContext,
  type AppRouter,
} from "@csi/api";
import { dehydrate, HydrationBoundary } from "@tanstack/react-query";
import {
  createTRPCOptionsProxy,
  type TRPCQueryOptions,
} from "@trpc/tanstack-react-query";
import { connection } from "next/server";
import { cache, createElement, type ReactNode } from "react";
import { createQueryClient } from "./query-client";
import { getStore } from "./store";

// Server Components read in-process; writes go through the HTTP handler, which checks who may write.
// `connection()` keeps every page that reads the database out of build-time prerendering: the data is
// the running server's, not the build machine's.
const createRscContext = cache(async () => {
  await connection();
  return createContext({ store: await getStore(), canWrite: false });
});

const getQueryClient = cache(createQueryClient);

/** The router called directly from Server Components and route handlers, one context per request. */
export const api = cache(async () => createCaller(await createRscContext()));

/** Query options for Server Components to prefetch, so client components hydrate without a request. */
export const trpc = createTRPCOptionsProxy<AppRouter>({
  router: appRouter,
  ctx: createRscContext,
  queryClient: getQueryClient,
});

/** Starts a query on the server; {@link HydrateClient} sends its result to the browser. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- accepts any procedure's query options
export function prefetch<T extends ReturnType<TRPCQueryOptions<any>>>(
  queryOptions: T,
): void {
  void getQueryClient().prefetchQuery(queryOptions);
}

/** Wraps client components that use prefetched queries. */
export function HydrateClient(props: { children: ReactNode }) {
  return createElement(
    HydrationBoundary,
    { state: dehydrate(getQueryClient()) },
    props.children,
  );
}
