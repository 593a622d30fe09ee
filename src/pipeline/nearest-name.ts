// "Did you mean …?" for a mistyped setting, option, command or value. Names are compared without case,
// '-' or '_', so 'lake_dir', 'lake-dir' and 'lakeDir' all read as 'lakedir'; a name then counts as near
// when a few edits (insert, delete, replace, swap two neighbours) turn it into a known one.

/**
 * Returns the known name nearest to `given`, or undefined when none is near enough to be a likely typo.
 *
 * @example nearestName('databse', ['database', 'lake', 'workDir']) // 'database'
 * @example nearestName('lake_dir', ['lake', 'workDir']) // 'lake'
 * @example nearestName('colour', ['lake', 'workDir']) // undefined
 */
export function nearestName(given: string, known: Iterable<string>): string | undefined {
  const word = folded(given);
  if (word === '') return undefined;
  let best: string | undefined;
  let bestScore = Number.POSITIVE_INFINITY;
  for (const name of known) {
    const candidate = folded(name);
    if (candidate === '') continue;
    const score =
      candidate === word ? 0 : oneStartsTheOther(word, candidate) ? 1 : editDistance(word, candidate);
    const allowed = Math.max(1, Math.floor(Math.max(word.length, candidate.length) / 3));
    if (score <= allowed && score < bestScore) {
      best = name;
      bestScore = score;
    }
  }
  return best;
}

/**
 * Returns " — did you mean 'x'?" for the known name nearest to `given`, or '' when none is near.
 *
 * @example `unknown key 'databse'${didYouMean('databse', ['database'])}` // "unknown key 'databse' — did you mean 'database'?"
 */
export function didYouMean(given: string, known: Iterable<string>, quote = "'"): string {
  const near = nearestName(given, known);
  return near === undefined ? '' : ` — did you mean ${quote}${near}${quote}?`;
}

// A name that starts with a known one ('lake_dir' → 'lake') is as likely a slip as a near spelling; the
// shorter must have three letters at least, or every word starting with 'h' would suggest '-h'.
function oneStartsTheOther(word: string, candidate: string): boolean {
  const [short, long] = word.length < candidate.length ? [word, candidate] : [candidate, word];
  return short.length >= 3 && long.startsWith(short);
}

function folded(name: string): string {
  return name.replace(/[-_]/g, '').toLowerCase();
}

/** Optimal string alignment distance: Levenshtein plus the swap of two neighbouring letters. */
function editDistance(a: string, b: string): number {
  const rows: number[][] = Array.from({ length: a.length + 1 }, (_, i) =>
    Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)),
  );
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let best = Math.min(rows[i - 1]![j]! + 1, rows[i]![j - 1]! + 1, rows[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        best = Math.min(best, rows[i - 2]![j - 2]! + 1);
      rows[i]![j] = best;
    }
  }
  return rows[a.length]![b.length]!;
}
