import styles from "./results.module.css";

/**
 * A 0–100 score with a small inline bar (CSS, no canvas). The number is the accessible
 * content; the bar is decoration. `emphasis` draws the total score's stronger bar.
 */
export function ScoreBar({ value, text, emphasis = false }: { value: number; text: string; emphasis?: boolean }) {
  const width = Math.max(0, Math.min(100, value));
  return (
    <span className={styles.score}>
      <span className={`num ${emphasis ? styles.scoreStrong : ""}`}>{text}</span>
      <span className={styles.scoreTrack} aria-hidden="true">
        <span className={emphasis ? styles.scoreFillStrong : styles.scoreFill} style={{ width: `${width}%` }} />
      </span>
    </span>
  );
}
