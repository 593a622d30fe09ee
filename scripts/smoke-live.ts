// `npm run smoke:live`: a few postings from each real site, to check that the adapters still match the
// sites. Needs internet (and a Korean egress: Wanted and JobKorea refuse or time out foreign data-centre
// addresses); never run in tests or CI.
// SARAMIN_ACCESS_KEY, when set, also tries the Saramin Open API.
import {
  chromiumRenderer,
  createHttpClient,
  jobkorea,
  jumpit,
  programmers,
  type Source,
  saramin,
  wanted,
} from '../src/sources/index.js';

const PER_SOURCE = Number(process.env.SMOKE_POSTINGS ?? 3);
const http = createHttpClient({ perHostRate: 1 });
const browser = chromiumRenderer();

const candidates: Source[] = [
  jumpit(),
  wanted(),
  programmers(),
  saramin(process.env.SARAMIN_ACCESS_KEY ? { accessKey: process.env.SARAMIN_ACCESS_KEY } : {}),
  jobkorea(),
];

let failed = 0;
for (const source of candidates) {
  const run = source.collect({ http, browser, maxPages: 1, detailConcurrency: 1 });
  const titles: string[] = [];
  for await (const raw of run) {
    titles.push(`${raw.company} — ${raw.title}`);
    if (titles.length >= PER_SOURCE) break;
  }
  const result = await run.result;
  if (result.status === 'error' || titles.length === 0) failed++;
  console.log(
    `${source.id}: ${result.status}, ${titles.length} read, ${result.counts.quarantined} quarantined`,
  );
  for (const title of titles) console.log(`  ${title}`);
  for (const warning of result.warnings) console.log(`  warning: ${warning}`);
  if (result.error)
    console.log(`  error: ${result.error.message}${result.error.hint ? ` (${result.error.hint})` : ''}`);
}
await browser.close();
process.exitCode = failed > 0 ? 1 : 0;
