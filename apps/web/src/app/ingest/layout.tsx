import type { ReactNode } from "react";
import { TRPCReactProvider } from "~/trpc/react";

// Only the pages that call the api from the browser load the tRPC client, keeping read pages light.
export default function IngestLayout({ children }: { children: ReactNode }) {
  return <TRPCReactProvider>{children}</TRPCReactProvider>;
}
