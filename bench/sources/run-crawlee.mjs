// Child process of bench/sources.ts: the same requests as run-ohmystack.mjs (Jumpit list pages, then one
// detail per position) with Crawlee's CheerioCrawler, parsed with the same built parsers.
import { CheerioCrawler, Configuration } from '@crawlee/cheerio';
import { jumpitParsers } from '../../dist/sources/index.js';

const [baseUrl = '', concurrency = '16'] = process.argv.slice(2);
const listUrl = (page) => `${baseUrl}/api/positions?page=${page}&sort=reg_dt`;
const config = new Configuration({ persistStorage: false, purgeOnStart: true, logLevel: 0 });
let postings = 0;
const start = performance.now();
const crawler = new CheerioCrawler(
  {
    additionalMimeTypes: ['application/json'],
    minConcurrency: Number(concurrency),
    maxConcurrency: Number(concurrency),
    maxRequestRetries: 3,
    async requestHandler({ request, json, crawler: self }) {
      if (request.label === 'LIST') {
        const { items } = jumpitParsers.parseList(json);
        if (items.length === 0) return;
        const page = Number(request.userData.page) + 1;
        await self.addRequests([
          { url: listUrl(page), label: 'LIST', userData: { page } },
          ...items.map((item) => ({ url: `${baseUrl}/api/position/${item.sourceId}`, label: 'DETAIL' })),
        ]);
      } else if (jumpitParsers.parseDetail(json).items.length > 0) {
        postings++;
      }
    },
  },
  config,
);
await crawler.run([{ url: listUrl(1), label: 'LIST', userData: { page: 1 } }]);
const maxRssMb = process.resourceUsage().maxRSS / 1024;
console.log(JSON.stringify({ ms: performance.now() - start, postings, status: 'ok', maxRssMb }));
