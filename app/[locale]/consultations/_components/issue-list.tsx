"use client";

import type { ApiFailure } from "./api-client";
import styles from "./consultations.module.css";

/** A failed call: the server's message, or every field issue it listed (each names its field). */
export function IssueList({ error, lead }: { error: ApiFailure | null; lead: string }) {
  if (!error) return null;
  return (
    <div role="alert" className={styles.formError}>
      <p>{lead}</p>
      {error.issues.length > 0 ? (
        <ul className={styles.issues}>
          {error.issues.map((i) => (
            <li key={`${i.path}-${i.code}`}>{i.message}</li>
          ))}
        </ul>
      ) : (
        <p>{error.message}</p>
      )}
    </div>
  );
}
