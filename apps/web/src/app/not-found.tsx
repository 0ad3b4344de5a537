import Link from "next/link";

/** Shown for any address that matches no page. */
export default function NotFound() {
  return (
    <>
      <h1>Page not found</h1>
      <p>
        There is no page at this address. If you typed it, check the spelling.
      </p>
      <ul>
        <li>
          <Link href="/">Overview of every authority</Link>
        </li>
        <li>
          <Link href="/search">Search the documents</Link>
        </li>
      </ul>
    </>
  );
}
