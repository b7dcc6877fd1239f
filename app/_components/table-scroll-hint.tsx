"use client";

import { useTranslations } from "next-intl";
import { Icon } from "./icon";
import type { ScrollOverflow } from "./use-scroll-overflow";

/** The two buttons: which way each scrolls, its name, and the side whose hidden columns enable it. */
const SIDES = [
  { dir: -1, label: "scrollStart", icon: "chevronLeft", hidden: "start" },
  { dir: 1, label: "scrollEnd", icon: "chevronRight", hidden: "end" },
] as const;

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
      {SIDES.map(({ dir, label, icon, hidden }) => (
        <button
          key={label}
          type="button"
          className="icon-button table-scroll-button"
          aria-label={t(label)}
          title={t(label)}
          aria-controls={regionId}
          disabled={!overflow[hidden]}
          onClick={() => onScroll(dir)}
        >
          <Icon name={icon} />
        </button>
      ))}
    </div>
  );
}
