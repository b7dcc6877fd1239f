import type { ReactNode } from "react";

/** A report row named after its option ("Provider · Offer" as the row header), then its cells. */
export function OptionRow({ provider, name, children }: { provider: string; name: string; children: ReactNode }) {
  return (
    <tr>
      <th scope="row">
        {provider} · {name}
      </th>
      {children}
    </tr>
  );
}
