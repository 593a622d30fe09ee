// `ohmystack serve --port 0` run as the CLI runs it: the URL is the first line of stdout, the server
// answers there, and SIGINT stops it cleanly with exit code 0.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../../../src/cli/index.js';
import { fakeIo } from '../../unit/cli/_fake-io.js';
import { writeExplorerLake } from './_explorer-lake.js';

let lake: string;
let remove: () => Promise<void>;

beforeAll(async () => {
  const written = await writeExplorerLake();
  lake = written.lake;
  remove = written.remove;
});

afterAll(async () => {
  await remove?.();
});

describe('ohmystack serve', () => {
  it('prints its URL first, answers there, and stops cleanly on SIGINT', async () => {
    const io = fakeIo();
    const exit = runCli(['serve', '--lake', lake, '--port', '0'], io);
    await io.waitForErr(/Ctrl-C stops/);
    const [first] = io.out().split('\n');
    expect(first).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
    const health = await (await fetch(`${first}api/health`)).json();
    expect(health).toMatchObject({ ok: true, lake: { kind: 'ready', postings: 24 } });
    io.interrupt('SIGINT');
    expect(await exit).toBe(0);
    await expect(fetch(`${first}api/health`)).rejects.toThrow();
  });

  it('refuses a port that is no port, naming the option', async () => {
    const io = fakeIo();
    expect(await runCli(['serve', '--lake', lake, '--port', '70000'], io)).toBe(64);
    expect(io.err()).toContain('--port');
  });
});
