// `npm run smoke:live`: a few postings from each real site, to check that the adapters still match the
// sites. Needs internet (and a Korean egress: Wanted and JobKorea refuse or time out foreign data-centre
// addresses); never run in tests or CI.
// SARAMIN_ACCESS_KEY, when set, also tries the Saramin Open API; ODSAY_API_KEY and KAKAO_MOBILITY_API_KEY,
// when set, route one commute each (서울시청 → 판교역).
import { kakaoMobilityCommute, odsayCommute } from '../src/commute/index.js';
import { SECRET_ENV } from '../src/pipeline/secrets.js';
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

const CITY_HALL = { lat: 37.5665, lng: 126.978 };
const PANGYO = { lat: 37.3947, lng: 127.1112 };
const routers = [
  { name: 'odsay', envName: SECRET_ENV.odsay, make: (apiKey: string) => odsayCommute({ apiKey }) },
  {
    name: 'kakao-mobility',
    envName: SECRET_ENV.kakaoMobility,
    make: (apiKey: string) => kakaoMobilityCommute({ apiKey }),
  },
] as const;
for (const { name, envName, make } of routers) {
  const apiKey = process.env[envName]?.trim();
  if (!apiKey) {
    console.log(`${name}: skipped (set ${envName} to route one commute)`);
    continue;
  }
  const router = make(apiKey);
  try {
    const estimate = await router.estimate(CITY_HALL, PANGYO);
    if (estimate?.provider !== name) failed++;
    const route = estimate?.route ? `, ${estimate.route.from} → ${estimate.route.to}` : '';
    console.log(
      estimate
        ? `${name}: 서울시청 → 판교역 ${Math.round(estimate.minutes)} min, ${estimate.km.toFixed(1)} km${route}`
        : `${name}: no route`,
    );
  } catch (error) {
    failed++;
    // The estimators' errors never carry their key.
    console.log(`${name}: error ${error instanceof Error ? error.message : String(error)}`);
  }
  for (const warning of router.stats().warnings) console.log(`  warning: ${warning}`);
}
process.exitCode = failed > 0 ? 1 : 0;
