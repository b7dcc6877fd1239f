/**
 * A short confirmation ("Saved", "Copied") in a polite live region. The region is always in
 * the page, empty until there is news, so screen readers announce the message when it appears.
 */
export function StatusNote({ message }: { message: string | null }) {
  return (
    <span role="status" className="small muted">
      {message ?? ""}
    </span>
  );
}
