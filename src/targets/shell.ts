/** Commands printed for a person to paste into a POSIX shell. */

/** A word for a POSIX shell: bare when it is safe, else single-quoted (a wildcard domain `*.example.com`). */
export function shellWord(word: string): string {
  return /^[\w.,:=/@%+-]+$/.test(word) ? word : `'${word.replaceAll("'", `'\\''`)}'`;
}
