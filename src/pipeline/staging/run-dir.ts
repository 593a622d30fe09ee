// A run's staging directory, `{workDir}/runs/{runId}/`: the postings each source delivered (so a
// resumed run refetches nothing it has), the normalized postings, the quarantine, the lock that keeps
// one slot from running twice at once, and the report written after every sink committed.

import { mkdir, open, readdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { RunLockedError } from '../../model/errors/run-locked-error.js';
import { RunReport } from '../../model/run-report.js';

/** The files of one run's staging directory. */
export interface RunDir {
  dir: string;
  /** Raw postings one source delivered, in order. */
  collected(source: string): string;
  /** Normalized, geocoded postings, rewritten by every attempt. */
  postings: string;
  quarantine: string;
  report: string;
  lock: string;
}

/** Returns the staging paths of `runId` under `workDir`. */
export function runDir(workDir: string, runId: string): RunDir {
  const dir = join(workDir, 'runs', runId);
  return {
    dir,
    collected: (source) => join(dir, 'collected', `${encodeURIComponent(source)}.jsonl`),
    postings: join(dir, 'postings.jsonl'),
    quarantine: join(dir, 'quarantine.jsonl'),
    report: join(dir, 'report.json'),
    lock: join(dir, 'lock'),
  };
}

/** Returns true when an earlier attempt of this run left collected postings. */
export async function hasStagedPostings(run: RunDir): Promise<boolean> {
  try {
    return (await readdir(join(run.dir, 'collected'))).some((name) => name.endsWith('.jsonl'));
  } catch {
    return false;
  }
}

/** Returns the report of a committed run, or null when the run has not committed. */
export async function readRunReport(run: RunDir): Promise<RunReport | null> {
  let text: string;
  try {
    text = await readFile(run.report, 'utf8');
  } catch {
    return null;
  }
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return null; // written by rename, so never torn; an edited or foreign file counts as no report
  }
  const parsed = RunReport.safeParse(value);
  return parsed.success ? parsed.data : null;
}

/** Writes the report under a temporary name and renames it in: it appears whole or not at all. */
export async function writeRunReport(run: RunDir, report: RunReport): Promise<void> {
  await mkdir(run.dir, { recursive: true });
  const temp = `${run.report}.${process.pid}.tmp`;
  await writeFile(temp, `${JSON.stringify(report, null, 2)}\n`);
  await rename(temp, run.report);
}

/**
 * Takes the run's lock (a file holding pid and host). A lock whose process on this host is gone (a
 * killed run) is taken over.
 *
 * @throws {RunLockedError} when a live process holds it.
 * @returns the function that releases it.
 */
export async function lockRun(run: RunDir, runId: string): Promise<() => Promise<void>> {
  await mkdir(run.dir, { recursive: true });
  const me = `${process.pid}@${hostname()}`;
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const handle = await open(run.lock, 'wx');
      await handle.writeFile(me);
      await handle.close();
      return () => rm(run.lock, { force: true });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const holder = await readFile(run.lock, 'utf8').catch(() => '');
      if (isAlive(holder)) throw new RunLockedError({ runId, holder: holder || 'unknown holder' });
      await rm(run.lock, { force: true });
    }
  }
  throw new RunLockedError({ runId, holder: 'another process took the lock at the same moment' });
}

function isAlive(holder: string): boolean {
  const [pid, host] = holder.split('@');
  if (!pid || host !== hostname()) return holder !== ''; // another host's lock: trust it
  try {
    process.kill(Number(pid), 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * Removes the staged postings of committed runs older than the newest `keep` runs; their reports
 * stay. Returns the run ids cleaned.
 */
export async function pruneStaging(workDir: string, keep: number): Promise<string[]> {
  let runs: string[];
  try {
    runs = (await readdir(join(workDir, 'runs'))).sort();
  } catch {
    return [];
  }
  const cleaned: string[] = [];
  for (const runId of runs.slice(0, Math.max(0, runs.length - keep))) {
    const run = runDir(workDir, runId);
    if (!(await readRunReport(run))) continue; // never committed: keep it for a resume
    await rm(join(run.dir, 'collected'), { recursive: true, force: true });
    await rm(run.postings, { force: true });
    cleaned.push(runId);
  }
  return cleaned;
}
