// `ohmystack run` with real keys in its environment against servers that echo them back (a Kakao Local
// API quoting the Authorization header, a Saramin Open API answering 200 with an unreadable body quoting
// its request URL): neither the JSON report on stdout, the text summary, stderr (progress, errors, stacks
// with --debug) nor any file the run leaves in its directory holds a key.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { RunReport } from '../../../src/model/run-report.js';
import { createSiteReplica } from '../../../src/testing/replica/server.js';
import type { SiteReplica } from '../../../src/testing/replica/types.js';
import {
  filesHolding,
  type KakaoEchoServer,
  startKakaoEchoServer,
  startSaraminEchoServer,
} from '../../helpers/secret-echo-servers.js';
import type { TestServer } from '../../helpers/test-server.js';
import { runCli } from './_cli-process.js';

const ENV = {
  KAKAO_REST_API_KEY: 'kakao-canary-KEY-zz9911',
  SARAMIN_ACCESS_KEY: 'saramin-canary-KEY-qq7722',
  AWS_SECRET_ACCESS_KEY: 'aws-canary-SECRET-ww5533',
};
const SECRETS = Object.values(ENV);
const ANY_SECRET = new RegExp(SECRETS.join('|'));

let replica: SiteReplica;
let kakao: KakaoEchoServer;
let saramin: TestServer;
let dir: string;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'ohmystack-cli-secrets-'));
  replica = await createSiteReplica({
    postingsPerSite: { jumpit: 10, wanted: 0, programmers: 0, saramin: 0, jobkorea: 0, careers: 0 },
  });
  kakao = await startKakaoEchoServer();
  saramin = await startSaraminEchoServer();
  // One work directory per test: a second run in the same one would skip the postings already seen
  // (incremental state), and with them every call to Kakao.
  for (const name of ['json', 'summary', 'rejected']) writeConfig(name);
});

function writeConfig(name: string): void {
  writeFileSync(
    join(dir, `${name}.json`),
    JSON.stringify({
      workDir: `work-${name}`,
      sources: [
        { site: 'jumpit', baseUrl: replica.baseUrls.jumpit },
        { site: 'saramin', apiBaseUrl: saramin.origin },
      ],
      http: { perHostRate: 1000, perHostConcurrency: 16, concurrency: 16, retries: 0 },
      geo: { geocoder: 'kakao', kakaoBaseUrl: kakao.origin },
      lake: { dir: `lake-${name}` },
      database: { dialect: 'sqlite', connection: `${name}.db` },
    }),
  );
}

afterAll(async () => {
  await replica?.close();
  await kakao?.close();
  await saramin?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

const run = (config: string, ...args: string[]) =>
  runCli(['run', '--config', join(dir, `${config}.json`), ...args], { cwd: dir, env: ENV });

describe('ohmystack run with keys that servers echo back', () => {
  it('--json: stdout, stderr and every file of the run are free of keys', async () => {
    kakao.status = 400;
    const result = await run('json', '--run-id', '20261129T0900', '--json');
    expect(result.code, result.stderr).toBe(2);
    const report = RunReport.parse(JSON.parse(result.stdout));
    // The echoes happened and were reported, masked.
    expect(report.warnings.join('\n')).toContain('wrong appKey(***) format');
    expect(report.quarantine.byCode.unreadable_body).toBe(1);
    expect(`${result.stdout}\n${result.stderr}`).not.toMatch(ANY_SECRET);
    expect(await filesHolding(dir, SECRETS)).toEqual([]);
  });

  it('the text summary holds no key', async () => {
    kakao.status = 400;
    const result = await run('summary', '--run-id', '20261129T1200');
    expect(result.code, result.stderr).toBe(2);
    expect(result.stdout).toMatch(/^run 20261129T1200: partial/);
    expect(`${result.stdout}\n${result.stderr}`).not.toMatch(ANY_SECRET);
  });

  it('a rejected key fails the run without printing it, even with --debug stacks', async () => {
    kakao.status = 401;
    const result = await run('rejected', '--run-id', '20261129T1500', '--debug');
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('Kakao Local refused the key');
    expect(result.stderr).toMatch(/\n\s+at /);
    expect(`${result.stdout}\n${result.stderr}`).not.toMatch(ANY_SECRET);
    expect(await filesHolding(dir, SECRETS)).toEqual([]);
  });
});
