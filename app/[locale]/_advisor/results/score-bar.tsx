import styles from "./results.module.css";

type Props = {
  value: number;
  text: string;
  /** The total score: bolder figure, stronger bar. */
  emphasis?: boolean;
  /** The five factor columns: a shorter, thinner bar, so all five fit beside cost and time at 1366 px. */
  compact?: boolean;
};

/**
 * A 0–100 score with a small inline bar (CSS, no canvas). The number is the accessible
 * content; the bar is decoration.
 */
export function ScoreBar({ value, text, emphasis = false, compact = false }: Props) {
  const width = Math.max(0, Math.min(100, value));
  return (
    <span className={`${styles.score} ${compact ? styles.scoreCompact : ""}`}>
      <span className={`num ${emphasis ? styles.scoreStrong : ""}`}>{text}</span>
      <span className={styles.scoreTrack} aria-hidden="true">
        <span className={emphasis ? styles.scoreFillStrong : styles.scoreFill} style={{ width: `${width}%` }} />
      </span>
    </span>
  );
}
