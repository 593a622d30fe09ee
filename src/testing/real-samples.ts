// Reads a folder of saved real site responses (one folder per site: 'jumpit/positions-list.json', …) with
// the parser each one belongs to. The contract tests and the normalize example use it when such a folder
// sits next to the checkout; the samples are not part of the repository, and without them those tests skip.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ParseResult } from '../model/quarantine.js';
import type { RawPosting } from '../model/raw-posting.js';
import { jobkoreaParsers } from '../sources/jobkorea/index.js';
import { jumpitParsers } from '../sources/jumpit/index.js';
import { rallitParsers } from '../sources/rallit/index.js';
import { wantedParsers } from '../sources/wanted/index.js';

type Parse = (body: unknown) => ParseResult<RawPosting>;

// Which parser reads which sample, by its folder and file name; the format says how to read the body.
const SAMPLE_PARSERS: readonly [RegExp, Parse, 'json' | 'html'][] = [
  [/^jumpit\/positions?-list/, jumpitParsers.parseList, 'json'],
  [/^jumpit\/position-detail/, jumpitParsers.parseDetail, 'json'],
  [/^wanted\/(navigation|v4)-list/, wantedParsers.parseList, 'json'],
  [/^wanted\/.*detail/, wantedParsers.parseDetail, 'json'],
  [/^rallit\/position-list/, rallitParsers.parseList, 'json'],
  [/^rallit\/position-detail/, rallitParsers.parseDetail, 'json'],
  [/^jobkorea\/search/, jobkoreaParsers.parseList, 'html'],
  [/^jobkorea\/detail/, jobkoreaParsers.parseDetail, 'html'],
];

/** One sample file and what its parser made of it. */
export interface SampleReading extends ParseResult<RawPosting> {
  /** 'site/file.ext'. */
  file: string;
}

/**
 * Returns every sample file under `dir` (one folder per site) parsed by its site's parser; files no
 * parser claims are returned with no items and one issue, so none goes unnoticed.
 *
 * @example readRealSamples('samples').flatMap((s) => s.items).length
 */
export function readRealSamples(dir: string): SampleReading[] {
  const readings: SampleReading[] = [];
  for (const site of readdirSync(dir).sort()) {
    for (const name of readdirSync(join(dir, site)).sort()) {
      const file = `${site}/${name}`;
      const match = SAMPLE_PARSERS.find(([pattern]) => pattern.test(file));
      if (match === undefined) {
        readings.push({
          file,
          items: [],
          issues: [
            { code: 'unreadable_body', source: site, path: [], message: `no parser for ${file}`, raw: null },
          ],
        });
        continue;
      }
      const [, parse, format] = match;
      const text = readFileSync(join(dir, file), 'utf8');
      readings.push({ file, ...parse(format === 'json' ? JSON.parse(text) : text) });
    }
  }
  return readings;
}
