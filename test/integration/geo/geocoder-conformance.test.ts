// The shared geocoder conformance suite over every Geocoder: the offline gazetteer, Kakao against the
// Kakao replica (a real server on 127.0.0.1), cachedGeocoder over each with a memory and a file cache,
// and the fallback chain the pipeline builds (cached Kakao first, the gazetteer after).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll } from 'vitest';
import { type FileCache, fileCache } from '../../../src/geo/cache/file-cache.js';
import { memoryCache } from '../../../src/geo/cache/memory-cache.js';
import { cachedGeocoder } from '../../../src/geo/cached-geocoder.js';
import { fallbackGeocoder } from '../../../src/geo/fallback-geocoder.js';
import { gazetteerGeocoder } from '../../../src/geo/gazetteer.js';
import { kakaoGeocoder } from '../../../src/geo/kakao/kakao-geocoder.js';
import { createHttpClient } from '../../../src/http/http-client.js';
import { createKakaoReplica, type KakaoReplica } from '../../../src/testing/index.js';
import { testGeocoder } from '../../suites/geocoder.js';

let replica: KakaoReplica;
// Every file cache is flushed before its folder goes, so no write lands after the tests.
const dirs: string[] = [];
const caches: FileCache[] = [];

beforeAll(async () => {
  replica = await createKakaoReplica();
});
afterAll(async () => {
  await Promise.all(caches.map((cache) => cache.flush()));
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
  await replica.close();
});

// An API client for the replica: no robots.txt, no real backoff.
const kakao = () =>
  kakaoGeocoder({
    apiKey: replica.apiKey,
    baseUrl: replica.url,
    http: createHttpClient({
      respectRobots: false,
      cookies: false,
      perHostRate: 1000,
      retry: { limit: 2, backoffMs: 1, maxBackoffMs: 2 },
    }),
  });

function freshFileCache(): FileCache {
  const dir = mkdtempSync(join(tmpdir(), 'ohmystack-geocoder-conformance-'));
  dirs.push(dir);
  const cache = fileCache({ dir, flushDelayMs: 10 });
  caches.push(cache);
  return cache;
}

testGeocoder({ name: 'gazetteer', provider: 'gazetteer', abortable: false, make: () => gazetteerGeocoder() });
testGeocoder({ name: 'kakao', provider: 'kakao', abortable: true, make: kakao });
testGeocoder({
  name: 'cached gazetteer (memoryCache)',
  provider: 'gazetteer',
  abortable: false,
  make: () => cachedGeocoder(gazetteerGeocoder(), memoryCache()),
});
testGeocoder({
  name: 'cached gazetteer (fileCache)',
  provider: 'gazetteer',
  abortable: false,
  make: () => cachedGeocoder(gazetteerGeocoder(), freshFileCache()),
});
testGeocoder({
  name: 'cached kakao (memoryCache)',
  provider: 'kakao',
  abortable: true,
  make: () => cachedGeocoder(kakao(), memoryCache()),
});
testGeocoder({
  name: 'cached kakao (fileCache)',
  provider: 'kakao',
  abortable: true,
  make: () => cachedGeocoder(kakao(), freshFileCache()),
});
testGeocoder({
  name: 'fallback (kakao, gazetteer)',
  provider: 'kakao',
  abortable: true,
  make: () => fallbackGeocoder([kakao(), gazetteerGeocoder()]),
});
testGeocoder({
  name: 'fallback (cached kakao, gazetteer)',
  provider: 'kakao',
  abortable: true,
  make: () => fallbackGeocoder([cachedGeocoder(kakao(), freshFileCache()), gazetteerGeocoder()]),
});
