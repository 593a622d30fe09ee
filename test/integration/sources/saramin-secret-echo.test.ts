// saramin({ accessKey }) used as a library (no pipeline) against an Open API whose 200 answer is no JSON
// but quotes the request URL and the key: the run's result (quarantine entries, warnings, error) never
// holds the key: the client learned it from the request and masks it in the body it read.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHttpClient } from '../../../src/http/http-client.js';
import { saramin } from '../../../src/sources/saramin/index.js';
import { startSaraminEchoServer } from '../../helpers/secret-echo-servers.js';
import type { TestServer } from '../../helpers/test-server.js';

const KEY = 'saramin-canary-KEY-qq7722';

let server: TestServer;
beforeAll(async () => {
  server = await startSaraminEchoServer();
});
afterAll(async () => {
  await server.close();
});

describe('saramin({ accessKey }) against an echoing Open API', () => {
  it('quarantines the unreadable answer with the key masked, and reports no key', async () => {
    // No retries: the echo answers the same every time.
    const http = createHttpClient({ respectRobots: false, retry: { limit: 0 } });
    const run = saramin({ accessKey: KEY, apiBaseUrl: server.origin }).collect({ http });
    for await (const _ of run) {
      // Nothing to read: the only page is unreadable.
    }
    const result = await run.result;
    expect(server.requests.some((r) => r.searchParams.get('access-key') === KEY)).toBe(true);
    expect(result.status).toBe('error');
    expect(result.quarantine.map((entry) => entry.code)).toEqual(['unreadable_body']);
    expect(JSON.stringify(result.quarantine[0]?.raw)).toContain('your key was ***');
    expect(JSON.stringify(result)).not.toContain(KEY);
  });
});
