import Link from "next/link";
import { NavLinks } from "./nav-links";

/** The dark header bar with the product name and the main navigation. */
export function SiteHeader() {
  return (
    <header className="site-header">
      <div className="site-header__inner">
        <Link href="/" className="brand">
          <svg
            className="brand__mark"
            viewBox="0 0 32 32"
            aria-hidden="true"
            focusable="false"
          >
            <path d="M16 3l11 6.4v13.2L16 29 5 22.6V9.4z" fill="#6bb26b" />
            <path
              d="M11 16.2l3.4 3.4 6.6-7"
              fill="none"
              stroke="#0b3d5c"
              strokeWidth="3"
              strokeLinecap="round"
              strokeLinejoin="round"
            />
          </svg>
          <span>
            csi{" "}
            <span className="brand__sub">Children’s services inspections</span>
          </span>
        </Link>
        <nav className="site-nav" aria-label="Main">
          <NavLinks
            links={[
              { href: "/", label: "Overview" },
              { href: "/documents", label: "Documents" },
              { href: "/search", label: "Search" },
              { href: "/ingest", label: "Add a document" },
            ]}
          />
        </nav>
      </div>
    </header>
  );
}
