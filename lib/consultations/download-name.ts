/** A safe ASCII file name for a download: the scenario name's letters and digits, else "scenario". */
export function downloadName(name: string, extension: string): string {
  const base = name
    .normalize("NFKD")
    .replace(/[^A-Za-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .toLowerCase()
    .slice(0, 60);
  return `${base || "scenario"}.${extension}`;
}
