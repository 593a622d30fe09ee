// A lake filled from the built-in site replica holds synthetic postings that look real (real company
// names, plausible titles), so a page drawn from it must say so. Rows carry the sites' canonical URLs
// either way, so nothing in them tells; `ohmystack demo` leaves a marker file at the lake's root instead,
// beside `_manifests/`, where no dataset reader looks.
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

/** The marker's file name, at the lake root. */
export const SYNTHETIC_LAKE_MARKER = '_synthetic.json';

/** What a page drawn from a marked lake says on top (the report and the explorer alike). */
export const SYNTHETIC_NOTICE =
  '사이트 복제본(합성 데이터)으로 만든 데모입니다. 회사와 공고는 실제 채용 공고가 아닙니다.';

/** What the marker says. */
export interface SyntheticLakeMarker {
  synthetic: true;
  /** Who wrote the data, e.g. 'ohmystack demo (site replica)'. */
  generator: string;
}

/**
 * Marks a lake as holding synthetic data (the demo calls this after its run).
 *
 * @example await markSyntheticLake('demo/lake', 'ohmystack demo (site replica)')
 */
export async function markSyntheticLake(lake: string, generator: string): Promise<void> {
  const marker: SyntheticLakeMarker = { synthetic: true, generator };
  await writeFile(join(lake, SYNTHETIC_LAKE_MARKER), `${JSON.stringify(marker, null, 2)}\n`);
}

/**
 * True when the lake carries the synthetic-data marker; false without one or when it is unreadable.
 *
 * @example await isSyntheticLake('demo/lake') // true after `ohmystack demo --out demo`
 */
export async function isSyntheticLake(lake: string): Promise<boolean> {
  try {
    const marker = JSON.parse(await readFile(join(lake, SYNTHETIC_LAKE_MARKER), 'utf8')) as unknown;
    return (
      typeof marker === 'object' && marker !== null && (marker as SyntheticLakeMarker).synthetic === true
    );
  } catch {
    return false;
  }
}
