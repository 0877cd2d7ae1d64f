/** The flag a mistyped one most likely meant: `--ouput-file` → `--output-file`. */

/** Edits (insert, delete, substitute, swap two neighbours) from `a` to `b`. */
export function editDistance(a: string, b: string): number {
  const rows: number[][] = [];
  for (let i = 0; i <= a.length; i++) {
    rows.push([i]);
    for (let j = 1; j <= b.length; j++) {
      const row = rows[i]!;
      if (i === 0) {
        row.push(j);
        continue;
      }
      const up = rows[i - 1]!;
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let best = Math.min(up[j]! + 1, row[j - 1]! + 1, up[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        best = Math.min(best, rows[i - 2]![j - 2]! + 1);
      }
      row.push(best);
    }
  }
  return rows[a.length]![b.length]!;
}

/**
 * The known names nearest to `name`: within two edits, or names it is a prefix of (at least three
 * letters: `--out`). The nearest first; several only when they are as near.
 */
export function nearest(name: string, known: readonly string[]): string[] {
  const scored = known.map((k) => {
    const edits = editDistance(name, k);
    return { k, d: name.length >= 3 && k.startsWith(name) ? Math.min(edits, 0.5) : edits };
  });
  const close = scored.filter((s) => s.d <= 2);
  if (close.length === 0) return [];
  const best = Math.min(...close.map((s) => s.d));
  return close
    .filter((s) => s.d === best)
    .map((s) => s.k)
    .sort((a, b) => a.length - b.length || a.localeCompare(b));
}

/** ": did you mean --output-file?" or "" when no flag is close. */
export function didYouMean(name: string, known: readonly string[]): string {
  const found = nearest(name, known);
  if (found.length === 0) return '';
  const flags = found.map((f) => `--${f}`);
  const listed = flags.length === 1 ? flags[0] : `${flags.slice(0, -1).join(', ')} or ${flags.at(-1)}`;
  return `: did you mean ${listed}?`;
}
