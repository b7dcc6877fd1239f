/**
 * A chart's data table as CSV for Excel: UTF-8 BOM, CRLF line ends, a header row in the UI
 * language, numbers written plainly (no grouping, no symbols) so a spreadsheet can sum them.
 * Text cells starting with =, +, - or @ get a leading ' (no formula injection); cells with a
 * comma, quote or line break are quoted (RFC 4180).
 */
export function tableToCsv(headers: readonly string[], rows: readonly (readonly (string | number)[])[]): string {
  const cell = (v: string | number) => {
    if (typeof v === "number") return Number.isFinite(v) ? String(Number(v.toFixed(4))) : "";
    const safe = /^[=+\-@]/.test(v) ? `'${v}` : v;
    return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
  };
  return "\uFEFF" + [headers, ...rows].map((r) => r.map(cell).join(",")).join("\r\n") + "\r\n";
}
