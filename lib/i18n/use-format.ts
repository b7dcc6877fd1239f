"use client";

import { useLocale } from "next-intl";
import { formatterFor, type Formatter } from "./formatter";

/** The page locale's formatter (see formatterFor), read where it is used instead of threaded through props. */
export function useFormat(): Formatter {
  return formatterFor(useLocale());
}
