/**
 * A LIKE pattern matching `search` anywhere, lower-cased, with the LIKE wildcards in the
 * user's text escaped (`\` is the escape character in both dialects' queries).
 */
export function searchPattern(search: string): string {
  return `%${search
    .trim()
    .toLowerCase()
    .replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}
