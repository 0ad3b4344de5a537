"use client";

import type { AppRouter } from "@csi/api";
import { QueryClientProvider, type QueryClient } from "@tanstack/react-query";
import { createTRPCClient, httpBatchLink } from "@trpc/client";
import { createTRPCContext } from "@trpc/tanstack-react-query";
import { useState, type ReactNode } from "react";
import { createQueryClient } from "./query-client";
import { readWriteToken } from "./write-token";

let browserQueryClient: QueryClient | undefined;

function getQueryClient(): QueryClient {
  // On the server every request gets its own client; in the browser one client lives for the page.
  if (typeof window === "undefined") return createQueryClient();
  return (browserQueryClient ??= createQueryClient());
}

export const { useTRPC, TRPCProvider } = createTRPCContext<AppRouter>();

/** Gives client components `useTRPC()` over HTTP at `/api/trpc`, sharing one QueryClient. */
export function TRPCReactProvider(props: { children: ReactNode }) {
  const queryClient = getQueryClient();
  const [trpcClient] = useState(() =>
    createTRPCClient<AppRouter>({
      links: [
        httpBatchLink({
          url: "/api/trpc",
          // Reads go without credentials (so the server may answer them from its cache); writes carry
          // the write token when the visitor gave one.
          headers: ({ opList }) => {
            const token = opList.some((op) => op.type === "mutation")
              ? readWriteToken()
              : undefined;
            return {
              "x-trpc-source": "nextjs-react",
              ...(token ? { authorization: `Bearer ${token}` } : {}),
            };
          },
        }),
      ],
    }),
  );
  return (
    <QueryClientProvider client={queryClient}>
      <TRPCProvider trpcClient={trpcClient} queryClient={queryClient}>
        {props.children}
      </TRPCProvider>
    </QueryClientProvider>
  );
}
