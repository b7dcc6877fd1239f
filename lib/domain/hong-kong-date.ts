/** Today's date in Hong Kong (UTC+8, no DST) as YYYY-MM-DD, from an instant the caller supplies. */
export function hongKongDate(instant: Date): string {
  return new Date(instant.getTime() + 8 * 3_600_000).toISOString().slice(0, 10);
}
