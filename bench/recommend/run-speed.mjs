// Child process of bench/recommend.ts, with the built package, so its peak RSS is the recommender's own:
// the postings of the lake at argv[2] (posting rows without description sections) read as
// `ohmystack recommend --lake` reads them, the index built over them, then the profiles of the JSON file
// at argv[3] one at a time; argv[4] is the moment deadlines are read against. Prints one JSON line.
import { readFileSync } from 'node:fs';
// The subpaths a service imports, not the root: the root loads every module (27 MB more at start).
import { readOpenPostings } from '../../dist/query/index.js';
import { createRecommender } from '../../dist/recommend/index.js';

const [lake = '', profilesFile = '', now = '', oneProfileRuns = '50', warmUp = '5'] = process.argv.slice(2);
const MB = 2 ** 20;
const ONE = Number(oneProfileRuns);
const WARM_UP = Number(warmUp);
const profiles = JSON.parse(readFileSync(profilesFile, 'utf8'));
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const rss = () => process.memoryUsage().rss / MB;

const rssStartMb = rss();
const loadStart = performance.now();
const { postings } = await readOpenPostings(lake);
const loadMs = performance.now() - loadStart;
const rssLoadedMb = rss();
let sampledPeakMb = rssLoadedMb;
// The build is one synchronous call, so it is sampled after; queries yield, and are sampled between.
const sampler = setInterval(() => {
  sampledPeakMb = Math.max(sampledPeakMb, rss());
}, 20);

const buildStart = performance.now();
const recommender = createRecommender(postings, { now: new Date(now) });
const buildMs = performance.now() - buildStart;
sampledPeakMb = Math.max(sampledPeakMb, rss());

const firstStart = performance.now();
await recommender.recommend(profiles[0]);
const firstQueryMs = performance.now() - firstStart;
for (const profile of profiles.slice(1, WARM_UP)) await recommender.recommend(profile);

const oneProfile = [];
let returned = 0;
for (const profile of profiles.slice(WARM_UP, WARM_UP + ONE)) {
  const start = performance.now();
  const answer = await recommender.recommend(profile);
  oneProfile.push(performance.now() - start);
  returned += answer.length;
}

const sample = profiles.slice(WARM_UP + ONE);
const sampleStart = performance.now();
for (const profile of sample) await recommender.recommend(profile);
const sampleMs = performance.now() - sampleStart;
clearInterval(sampler);
sampledPeakMb = Math.max(sampledPeakMb, rss());

const sorted = [...oneProfile].sort((a, b) => a - b);
console.log(
  JSON.stringify({
    postings: recommender.size,
    loadMs,
    buildMs,
    firstQueryMs,
    oneProfileMedianMs: median(oneProfile),
    oneProfileP90Ms: sorted[Math.floor(sorted.length * 0.9)],
    oneProfileMaxMs: sorted.at(-1),
    meanReturned: returned / ONE,
    sample: sample.length,
    sampleMs,
    rssStartMb,
    rssLoadedMb,
    sampledPeakMb,
    maxRssMb: (process.resourceUsage().maxRSS * 1024) / MB,
  }),
);
