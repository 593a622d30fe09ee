// The shared source conformance suite over every source factory, each against its own small site
// replica: Jumpit, Wanted, Programmers, Saramin (HTML pages and the Open API with a key), JobKorea, and
// a career site read through jsonLdJobPosting (its client-rendered pages in Chromium).
import { afterAll } from 'vitest';
import { chromiumRenderer, saramin } from '../../../src/sources/index.js';
import { testSource } from '../../suites/source.js';
import { replicaClient, replicaSources } from './_replica-sources.js';

const browser = chromiumRenderer();
afterAll(() => browser.close());

for (const site of ['jumpit', 'wanted', 'programmers'] as const) {
  testSource({ name: site, site, make: (replica) => replicaSources(replica)[site], client: replicaClient });
}

testSource({
  name: 'jobkorea',
  site: 'jobkorea',
  make: (replica) => replicaSources(replica).jobkorea,
  client: replicaClient,
});

testSource({
  name: 'saramin (HTML)',
  site: 'saramin',
  make: (replica) => replicaSources(replica).saramin,
  client: replicaClient,
  detailKinds: ['saramin:detail', 'saramin:detail-body'],
});

testSource({
  name: 'saramin (Open API)',
  site: 'saramin',
  make: (replica) => saramin({ accessKey: 'replica-key', apiBaseUrl: replica.baseUrls.saraminApi }),
  client: replicaClient,
  // Every field comes in the API's list answers: there is no detail request to count.
  detailKinds: [],
});

testSource({
  name: 'jsonLdJobPosting (career site sitemap)',
  site: 'careers',
  make: (replica) => replicaSources(replica).careers,
  client: replicaClient,
  detailKinds: ['careers:page', 'careers:app'],
  // A sitemap entry's URL is its fingerprint: a page is read once, and a changed one is not seen.
  detectsChanges: false,
  // Client-rendered pages go to the browser, which does not retry; without a browser (the fault cases,
  // where a hung page would hold a render for its whole page timeout) they are quarantined with a hint.
  retriesEveryRequest: false,
  collectOptions: ({ faults }) => (faults ? {} : { browser }),
  // One sitemap lists them all; eight pages, two of them rendered, keep the browser's share small.
  postings: 8,
});
