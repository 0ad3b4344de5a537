"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";
import { LinkPending } from "./link-pending";

/** Main navigation links; the current section is marked with `aria-current`. */
export function NavLinks({
  links,
}: {
  links: readonly { href: string; label: string }[];
}) {
  // Null only on a Pages Router page, which this app renders none of.
  const pathname = usePathname() ?? "";
  const isCurrent = (href: string) =>
    href === "/" ? pathname === "/" : pathname.startsWith(href);
  return (
    <ul>
      {links.map((link) => (
        <li key={link.href}>
          <Link
            href={link.href}
            aria-current={isCurrent(link.href) ? "page" : undefined}
          >
            {link.label}
            <LinkPending />
          </Link>
        </li>
      ))}
    </ul>
  );
}
