import type { ReactNode } from "react";
import styles from "./report.module.css";

/**
 * A report row named after its option ("Provider · Offer" as the row header, its location under
 * it: two offers can share a name in different regions), then its cells.
 */
export function OptionRow({ provider, name, location, children }: { provider: string; name: string; location?: string; children: ReactNode }) {
  return (
    <tr>
      <th scope="row">
        {provider} · {name}
        {location ? <OptionLocation location={location} /> : null}
      </th>
      {children}
    </tr>
  );
}

/** The option's location, on its own line under its name, in the report's small type. */
export function OptionLocation({ location }: { location: string }) {
  return (
    <>
      <br />
      <span className={styles.location}>{location}</span>
    </>
  );
}
