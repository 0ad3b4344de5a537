import { MAX_DOCUMENT_BYTES } from "@csi/api";
import type { Metadata } from "next";
import { HydrateClient, prefetch, trpc } from "~/trpc/server";
import { IngestForm } from "./_components/ingest-form";
import { RECENT_INPUT } from "./_components/recent-input";
import { RecentDocuments } from "./_components/recent-documents";

export const metadata: Metadata = { title: "Add a document" };

export default function IngestPage() {
  prefetch(trpc.document.list.queryOptions(RECENT_INPUT));
  return (
    <>
      <h1>Add a document</h1>
      <p className="lede">
        Paste an article, press release or report, or upload a .txt, .html or
        .pdf file of up to 5 MB. Preview what the parser finds first; nothing is
        saved until you choose to save.
      </p>
      <noscript>
        <p className="callout callout--warning">
          Adding documents in the browser needs JavaScript. Without it, use the
          csi command line: <code>npx csi ingest &lt;file&gt;</code>.
        </p>
      </noscript>
      <HydrateClient>
        <IngestForm maxBytes={MAX_DOCUMENT_BYTES} />
        <section className="section" aria-labelledby="recent-heading">
          <h2 id="recent-heading">Recently added</h2>
          <RecentDocuments />
        </section>
      </HydrateClient>
    </>
  );
}
