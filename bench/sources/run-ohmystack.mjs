// Child process of bench/sources.ts: collects every Jumpit posting (list + detail) from the replica at
// argv[2] with the built package, and prints time, postings and peak RSS as JSON.
import { createHttpClient, jumpit } from '../../dist/sources/index.js';

const [baseUrl = '', concurrency = '16'] = process.argv.slice(2);
const start = performance.now();
const http = createHttpClient({
  perHostRate: Number.POSITIVE_INFINITY,
  perHostConcurrency: Number(concurrency),
  concurrency: Number(concurrency),
});
const run = jumpit({ baseUrl }).collect({ http, detailConcurrency: Number(concurrency) });
let postings = 0;
for await (const _ of run) postings++;
const result = await run.result;
const maxRssMb = process.resourceUsage().maxRSS / 1024;
console.log(JSON.stringify({ ms: performance.now() - start, postings, status: result.status, maxRssMb }));
