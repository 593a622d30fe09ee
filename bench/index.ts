// `npm run bench`: every benchmark side by side in one run; prints ratios and medians and writes
// bench/results.json. Never part of `npm test`.
import { writeFileSync } from 'node:fs';
import { type BenchResult, formatResult } from './_measure.js';
import { benchAhoCorasick } from './aho-corasick.js';
import { benchCommute } from './commute.js';
import { benchExplorer } from './explorer.js';
import { benchExtractStacks } from './extract-stacks.js';
import { benchGeo } from './geo.js';
import { benchJobIdentity } from './job-identity.js';
import { benchNormalize } from './normalize.js';
import { benchParquet } from './parquet.js';
import { benchParseAddress } from './parse-address.js';
import { benchPipeline } from './pipeline.js';
import { benchRecommend } from './recommend.js';
import { benchSnappy } from './snappy.js';
import { benchSources } from './sources.js';
import { benchSql } from './sql.js';

const benches: Record<string, () => Promise<BenchResult[]>> = {
  normalize: benchNormalize,
  extractStacks: async () => [await benchExtractStacks()].flat(),
  ahoCorasick: benchAhoCorasick,
  parseAddress: async () => [await benchParseAddress()].flat(),
  sources: benchSources,
  geo: benchGeo,
  parquet: benchParquet,
  snappy: benchSnappy,
  sql: benchSql,
  pipeline: benchPipeline,
  jobIdentity: benchJobIdentity,
  commute: benchCommute,
  recommend: benchRecommend,
  explorer: benchExplorer,
};

const only = process.argv.slice(2);
const results: BenchResult[] = [];
for (const [name, run] of Object.entries(benches)) {
  if (only.length > 0 && !only.includes(name)) continue;
  for (const result of await run()) {
    results.push(result);
    console.log(formatResult(result));
  }
}
writeFileSync(
  new URL('./results.json', import.meta.url),
  `${JSON.stringify({ at: new Date().toISOString(), node: process.version, results }, null, 2)}\n`,
);
