"use client";

import { useTranslations } from "next-intl";
import { Icon } from "./icon";
import type { ScrollOverflow } from "./use-scroll-overflow";

type Props = {
  /** Id of the hint's text: the scroll region's aria-describedby. */
  id: string;
  /** Id of the scroll region the buttons move. */
  regionId: string;
  overflow: ScrollOverflow;
  onScroll: (dir: 1 | -1) => void;
};

/**
 * "Scroll sideways for more columns", with a button per direction (disabled at that end),
 * for the many setups that draw no scrollbar (macOS, touch pads, headless browsers) and for
 * people without a sideways wheel. Only rendered while the table is wider than its box.
 */
export function TableScrollHint({ id, regionId, overflow, onScroll }: Props) {
  const t = useTranslations("common.table");
  return (
    <div className="table-scroll-hint">
      <p id={id}>{t("scrollHint")}</p>
      <button
        type="button"
        className="table-scroll-button"
        aria-label={t("scrollStart")}
        title={t("scrollStart")}
        aria-controls={regionId}
        disabled={!overflow.start}
        onClick={() => onScroll(-1)}
      >
        <Icon name="chevronLeft" />
      </button>
      <button
        type="button"
        className="table-scroll-button"
        aria-label={t("scrollEnd")}
        title={t("scrollEnd")}
        aria-controls={regionId}
        disabled={!overflow.end}
        onClick={() => onScroll(1)}
      >
        <Icon name="chevronRight" />
      </button>
    </div>
  );
}
