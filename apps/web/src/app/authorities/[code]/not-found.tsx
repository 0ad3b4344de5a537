import Link from "next/link";

/** Shown for an authority code, LA code or name that matches no authority. */
export default function AuthorityNotFound() {
  return (
    <>
      <h1>No authority found</h1>
      <p>
        No English children’s services authority matches this address. An
        authority’s page can be reached by its GSS code (for example{" "}
        <Link href="/authorities/E09000013">/authorities/E09000013</Link>), its
        DfE LA code (<Link href="/authorities/205">/authorities/205</Link>) or
        its name as a slug (
        <Link href="/authorities/hammersmith-and-fulham">
          /authorities/hammersmith-and-fulham
        </Link>
        ).
      </p>
      <form
        method="get"
        action="/#authorities"
        role="search"
        className="filters"
        style={{ maxWidth: "36rem" }}
      >
        <div className="field">
          <label htmlFor="nf-q">Find an authority by name or code</label>
          <input id="nf-q" name="q" type="search" />
        </div>
        <div className="filters__actions">
          <button type="submit" className="button">
            Find
          </button>
        </div>
      </form>
      <p>
        <Link href="/#authorities">Browse every authority</Link>
      </p>
    </>
  );
}
