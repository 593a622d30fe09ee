// The generators read public data tables published as TSV with one header line.

/** Rows of a TSV with a header line, as objects keyed by the header's column names. */
export function readTsv(tsv: string): Record<string, string>[] {
  const lines = tsv.split(/\r?\n/).filter((line) => line.length > 0);
  const header = (lines.shift() ?? '').split('\t');
  return lines.map((line) => {
    const cols = line.split('\t');
    return Object.fromEntries(header.map((name, k) => [name, cols[k] ?? '']));
  });
}
