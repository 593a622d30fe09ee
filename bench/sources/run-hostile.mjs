// Child process of bench/sources.ts: collects every Jumpit posting through a hostile server that spoils a
// tenth of the detail answers (200 MB bodies, endless bodies) and proxies the rest from the replica, with
// the built package and the client's default body caps. Prints time, postings, peak RSS and the failures
// by error code as JSON.
import { createHttpClient, jumpit } from '../../dist/sources/index.js';

const [baseUrl = '', concurrency = '16'] = process.argv.slice(2);
const start = performance.now();
const client = createHttpClient({
  perHostRate: Number.POSITIVE_INFINITY,
  perHostConcurrency: Number(concurrency),
  concurrency: Number(concurrency),
});
// Every request that failed after its retries, by the code of its error, as the sources saw them.
const failures = {};
const http = {
  stats: (source) => client.stats(source),
  async fetch(spec, options) {
    try {
      return await client.fetch(spec, options);
    } catch (error) {
      const code = typeof error?.code === 'string' ? error.code : 'unexpected';
      failures[code] = (failures[code] ?? 0) + 1;
      throw error;
    }
  },
};
const run = jumpit({ baseUrl }).collect({ http, detailConcurrency: Number(concurrency) });
let postings = 0;
for await (const _ of run) postings++;
const result = await run.result;
const quarantined = {};
for (const entry of result.quarantine) quarantined[entry.code] = (quarantined[entry.code] ?? 0) + 1;
const maxRssMb = process.resourceUsage().maxRSS / 1024;
console.log(
  JSON.stringify({
    ms: performance.now() - start,
    postings,
    status: result.status,
    fetched: result.counts.fetched,
    failures,
    quarantined,
    bodyBytes: client.stats('jumpit').bodyBytes,
    maxRssMb,
  }),
);
