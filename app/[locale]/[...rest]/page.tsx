import { notFound } from "next/navigation";

/** Any unknown path under /<locale>/ renders the localised app/[locale]/not-found.tsx. */
export default function UnknownPath() {
  notFound();
}
