import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { jobCandidate } from '../../../src/features/job-candidate.js';
import { JobIndex, jobIndexPath } from '../../../src/pipeline/job-index.js';
import { JobLinks } from '../../../src/pipeline/job-links.js';
import { makePosting } from '../features/_posting.js';

const dirs: string[] = [];
afterEach(async () => {
  for (const dir of dirs.splice(0)) await rm(dir, { recursive: true, force: true });
});

async function indexWith(records: ReturnType<typeof jobCandidate>[]): Promise<JobIndex> {
  const dir = await mkdtemp(join(tmpdir(), 'ohmystack-jobs-'));
  dirs.push(dir);
  const path = jobIndexPath(dir);
  const index = await JobIndex.read(path);
  await index.write(records, []);
  return JobIndex.read(path);
}

const jumpit = makePosting({
  id: 'jumpit:1',
  source: 'jumpit',
  sourceId: '1',
  title: '[병역특례] 백엔드 개발자 (Kotlin/Spring)',
});
const wanted = makePosting({ id: 'wanted:2', source: 'wanted', sourceId: '2' });

describe('JobLinks and the job index', () => {
  it('gives a new copy the jobId of a posting the run skipped as unchanged', async () => {
    const index = await indexWith([{ ...jobCandidate(jumpit), jobId: 'aaaaaaaaaaaaaaaa' }]);
    const links = new JobLinks();
    links.add(wanted);
    expect(links.link(index, ['jumpit:1'], () => undefined)).toEqual(['aaaaaaaaaaaaaaaa']);
    // Not listed this run (neither written nor seen unchanged): no link to it.
    const alone = new JobLinks();
    alone.add(wanted);
    expect(alone.link(index, [], () => undefined)).not.toEqual(['aaaaaaaaaaaaaaaa']);
  });

  it('keeps the jobId of a posting written again, and forgets closed postings', async () => {
    const index = await indexWith([
      { ...jobCandidate(wanted), jobId: 'bbbbbbbbbbbbbbbb' },
      { ...jobCandidate(jumpit), jobId: 'cccccccccccccccc' },
    ]);
    const links = new JobLinks();
    links.add({ ...wanted, title: '백엔드 개발자 (Kotlin/Spring) (2차)' });
    expect(links.link(index, [], () => undefined)).toEqual(['bbbbbbbbbbbbbbbb']);
    await index.write(links.linked, ['jumpit:1']);
    const lines = (await readFile(index.path, 'utf8'))
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line));
    expect(lines.map((record) => [record.id, record.jobId])).toEqual([['wanted:2', 'bbbbbbbbbbbbbbbb']]);
  });

  it('reads a missing or torn index as what it holds', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'ohmystack-jobs-'));
    dirs.push(dir);
    expect((await JobIndex.read(join(dir, 'none.jsonl'))).records.size).toBe(0);
    const torn = join(dir, 'torn.jsonl');
    await writeFile(
      torn,
      `${JSON.stringify({ ...jobCandidate(wanted), jobId: 'dddddddddddddddd' })}\n{"id":"jum`,
    );
    expect([...(await JobIndex.read(torn)).records.keys()]).toEqual(['wanted:2']);
  });
});
