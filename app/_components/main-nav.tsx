"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";
import { useEffect, useRef } from "react";

export type NavItem = { href: string; label: string; exact: boolean };

/**
 * Primary navigation; marks the current page with aria-current (needs the pathname, hence client).
 * On phones the links scroll sideways in one row: the current one is brought into that row's view
 * (only sideways, so the page itself never scrolls).
 */
export function MainNav({ label, items }: { label: string; items: NavItem[] }) {
  const pathname = usePathname();
  const nav = useRef<HTMLElement>(null);
  useEffect(() => {
    const row = nav.current;
    const current = row?.querySelector<HTMLElement>('a[aria-current="page"]');
    if (!row || !current || row.scrollWidth <= row.clientWidth) return;
    const at = current.getBoundingClientRect();
    row.scrollLeft += at.left - row.getBoundingClientRect().left - (row.clientWidth - at.width) / 2;
  }, [pathname]);
  return (
    <nav className="main-nav" aria-label={label} ref={nav}>
      <ul>
        {items.map((item) => {
          const current = item.exact ? pathname === item.href : pathname === item.href || pathname.startsWith(`${item.href}/`);
          return (
            <li key={item.href}>
              <Link href={item.href} aria-current={current ? "page" : undefined}>
                {item.label}
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
