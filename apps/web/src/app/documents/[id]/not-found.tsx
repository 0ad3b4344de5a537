import Link from "next/link";

/** Shown for a document id that matches no stored document. */
export default function DocumentNotFound() {
  return (
    <>
      <h1>No document found</h1>
      <p>
        No stored document has this id. A document is reached by its sha256
        content hash, or by a prefix of at least six characters that matches
        only one document.
      </p>
      <p>
        <Link href="/documents">See every document</Link> or{" "}
        <Link href="/search">search their text</Link>.
      </p>
    </>
  );
}
