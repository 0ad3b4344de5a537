import Link from "next/link";
import { LinkPending } from "./link-pending";

/** A row of links that switch one view setting; the current one is marked for everyone, not by colour only. */
export function SwitchLinks({
  label,
  items,
}: {
  label: string;
  items: readonly { href: string; label: string; current: boolean }[];
}) {
  const id = `switch-${label.toLowerCase().replace(/[^a-z]+/g, "-")}`;
  return (
    <div className="controls__row">
      <span className="controls__label" id={id}>
        {label}
      </span>
      <ul className="switch" aria-labelledby={id}>
        {items.map((item) => (
          <li key={item.href}>
            <Link
              href={item.href}
              aria-current={item.current ? "true" : undefined}
              scroll={false}
              prefetch={false}
            >
              {item.current ? (
                <span className="visually-hidden">(selected) </span>
              ) : null}
              {item.label}
              <LinkPending />
            </Link>
          </li>
        ))}
      </ul>
    </div>
  );
}
