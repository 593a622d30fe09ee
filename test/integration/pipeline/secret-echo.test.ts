// Servers that echo every secret back, and a run that must not write one anywhere: a Kakao Local API
// quoting the Authorization header in each failure, a Saramin Open API answering 200 with an unreadable
// body that quotes its request URL, and a source that puts every configured secret into its postings,
// warnings, quarantine entries and error. Then every file under the run's directories (report.json,
// quarantine.jsonl, staging, lake files, the SQLite database's bytes), the report, the progress events
// and any thrown error are searched for each secret.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AuthError } from '../../../src/model/errors/auth-error.js';
import type { RawPosting } from '../../../src/model/raw-posting.js';
import type { PipelineProgress } from '../../../src/pipeline/progress.js';
import { runPipeline } from '../../../src/pipeline/run-pipeline.js';
import type { Source, SourceResult } from '../../../src/sources/types.js';
import type { SiteReplica } from '../../../src/testing/replica/types.js';
import {
  everythingOf,
  filesHolding,
  type KakaoEchoServer,
  startKakaoEchoServer,
  startSaraminEchoServer,
} from '../../helpers/secret-echo-servers.js';
import type { TestServer } from '../../helpers/test-server.js';
import { RUN_ID, removeAll, replicaConfig, startReplica, tempDir } from './_pipeline-fixture.js';

const ENV = {
  KAKAO_REST_API_KEY: 'kakao-canary-KEY-zz9911',
  SARAMIN_ACCESS_KEY: 'saramin-canary-KEY-qq7722',
  AWS_SECRET_ACCESS_KEY: 'aws-canary-SECRET-ww5533',
  AWS_SESSION_TOKEN: 'aws-canary-TOKEN-vv4411',
  ODSAY_API_KEY: 'odsay-canary-KEY-uu3300',
  KAKAO_MOBILITY_API_KEY: 'mobility-canary-KEY-tt2299',
};
const SECRETS = Object.values(ENV);

let replica: SiteReplica;
let kakao: KakaoEchoServer;
let saramin: TestServer;
const dirs: string[] = [];

beforeAll(async () => {
  replica = await startReplica({
    postingsPerSite: { jumpit: 12, wanted: 0, programmers: 0, saramin: 0, jobkorea: 0, careers: 0 },
  });
  kakao = await startKakaoEchoServer();
  saramin = await startSaraminEchoServer();
});

afterAll(async () => {
  await replica?.close();
  await kakao?.close();
  await saramin?.close();
  await removeAll(dirs);
});

/** A source that repeats every secret it was told in a posting, a warning, a quarantine entry and its error. */
function echoingSource(texts: readonly string[]): Source {
  const said = texts.join(' | ');
  const posting: RawPosting = {
    source: 'echo',
    sourceId: '1',
    url: `https://echo.example/jobs/1?token=${texts[0]}`,
    fetchedAt: '2026-11-29T09:30:00+09:00',
    title: `백엔드 개발자 ${said}`,
    company: '에코 주식회사',
    locations: ['서울 강남구 테헤란로 152'],
    stackTags: ['java', said],
    sections: { main: `keys: ${said}` },
    payload: { [texts[0]!]: said },
  };
  const result: SourceResult = {
    source: 'echo',
    status: 'partial',
    counts: {
      listed: 1,
      fetched: 1,
      skippedUnchanged: 0,
      emitted: 1,
      quarantined: 1,
      retried: 0,
      failedRequests: 0,
      closed: 0,
      resumed: 0,
      deferred: 0,
    },
    closed: [],
    unchanged: [],
    quarantine: [
      { code: 'invalid_item', source: 'echo', path: [said], message: `bad item ${said}`, raw: { said } },
    ],
    warnings: [`the site said ${said}`],
    error: { code: 'http_status', message: `refused ${said}`, hint: `retry ${said}` },
    startedAt: '2026-11-29T09:30:00+09:00',
    finishedAt: '2026-11-29T09:30:01+09:00',
  };
  return {
    id: 'echo',
    collect: () => ({
      result: Promise.resolve(result),
      commit: async () => {},
      async *[Symbol.asyncIterator]() {
        yield posting;
      },
    }),
  };
}

function echoConfig(dir: string, events: PipelineProgress[], extra: Source[] = []) {
  const base = replicaConfig(replica, dir);
  return {
    ...base,
    sources: [
      { site: 'jumpit' as const, baseUrl: replica.baseUrls.jumpit },
      { site: 'saramin' as const, apiBaseUrl: saramin.origin },
      ...extra,
    ],
    // No retries: an echo answers the same every time.
    http: { ...base.http, retries: 0 },
    geo: { geocoder: 'kakao' as const, kakaoBaseUrl: kakao.origin },
    env: ENV,
    onProgress: (event: PipelineProgress) => events.push(event),
  };
}

const ANY_SECRET = new RegExp(SECRETS.join('|'));

describe('a run against servers that echo secrets', () => {
  it('writes no key to the report, quarantine.jsonl, the lake, the database or progress events', async () => {
    kakao.status = 400;
    const dir = await tempDir(dirs);
    const events: PipelineProgress[] = [];
    const report = await runPipeline(echoConfig(dir, events));

    // The echoes were real: the servers got the keys, and what they said reached the report, masked.
    expect(kakao.requests.some((r) => r.headers.authorization === `KakaoAK ${ENV.KAKAO_REST_API_KEY}`)).toBe(
      true,
    );
    expect(saramin.requests.some((r) => r.searchParams.get('access-key') === ENV.SARAMIN_ACCESS_KEY)).toBe(
      true,
    );
    expect(report.status).toBe('partial');
    expect(report.totals.postings).toBeGreaterThan(0);
    expect(report.warnings.join('\n')).toContain('wrong appKey(***) format');
    expect(report.quarantine.byCode.unreadable_body).toBe(1);
    const quarantine = await readFile(join(dir, 'work', 'runs', RUN_ID, 'quarantine.jsonl'), 'utf8');
    expect(quarantine).toContain('your key was ***');

    expect(JSON.stringify(report)).not.toMatch(ANY_SECRET);
    expect(JSON.stringify(events)).not.toMatch(ANY_SECRET);
    // report.json, quarantine.jsonl, the staged postings, the lake's files and the database's bytes.
    expect(await filesHolding(dir, SECRETS)).toEqual([]);
    expect(await filesHolding(dir, SECRETS.map(encodeURIComponent))).toEqual([]);
  });

  it('masks every configured secret a source repeats, in postings, warnings, quarantine and errors', async () => {
    kakao.status = 400;
    const dir = await tempDir(dirs);
    const events: PipelineProgress[] = [];
    const report = await runPipeline(echoConfig(dir, events, [echoingSource(SECRETS)]));
    const echo = report.sources.find((source) => source.source === 'echo');
    expect(echo?.warnings).toEqual([`the site said ${SECRETS.map(() => '***').join(' | ')}`]);
    expect(report.totals.postings).toBeGreaterThan(12);
    expect(JSON.stringify(report)).not.toMatch(ANY_SECRET);
    expect(JSON.stringify(events)).not.toMatch(ANY_SECRET);
    expect(await filesHolding(dir, SECRETS)).toEqual([]);
  });

  it('throws a rejected Kakao key as an AuthError without the key, and leaves no file with it', async () => {
    kakao.status = 401;
    const dir = await tempDir(dirs);
    let thrown: unknown;
    try {
      await runPipeline(echoConfig(dir, [], [echoingSource(SECRETS)]));
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(AuthError);
    expect(everythingOf(thrown)).not.toMatch(ANY_SECRET);
    expect(await filesHolding(join(dir, 'work'), SECRETS)).toEqual([]);
  });

  it('a report read back for a committed slot is scrubbed too', async () => {
    kakao.status = 400;
    const dir = await tempDir(dirs);
    await runPipeline(echoConfig(dir, [], [echoingSource(SECRETS)]));
    const again = await runPipeline(echoConfig(dir, [], [echoingSource(SECRETS)]));
    expect(again).toMatchObject({ runId: RUN_ID, status: 'skipped' });
    expect(JSON.stringify(again)).not.toMatch(ANY_SECRET);
  });
});
