/**
 * A LIKE pattern matching `text` anywhere, for `ILIKE :pattern ESCAPE '\'`. LIKE treats % and _ (and
 * the escape character) as wildcards; a search means them literally.
 */
export function containsPattern(text: string): string {
  return `%${text.replace(/[\\%_]/g, (character) => `\\${character}`)}%`;
}
