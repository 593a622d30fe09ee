// Normalizes job postings and prints them as a table: saved real site responses from the folder given
// as the first argument (or a `shared/real-samples` folder beside the checkout, when there is one), a
// built-in synthetic sample otherwise. Offline; no keys.
//
//   npm run demo            (or: npx tsx examples/normalize.ts [samples-dir])
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describeQuarantine, type Posting, type QuarantineEntry, type RawPosting } from '../src/index.js';
import { normalizePosting } from '../src/normalize/index.js';
import { jumpitParsers } from '../src/sources/jumpit/index.js';
import { generatePostings } from '../src/testing/generate-postings.js';
import { readRealSamples } from '../src/testing/real-samples.js';
import { jumpitDetailResult, jumpitListItem } from '../src/testing/shapes/jumpit.js';
import { formatTable } from './_table.js';

function readSamples(dir: string): { raws: RawPosting[]; issues: QuarantineEntry[] } {
  const readings = readRealSamples(dir);
  return {
    raws: readings.flatMap((reading) => reading.items),
    issues: readings.flatMap((reading) => reading.issues),
  };
}

function builtInSample(): { raws: RawPosting[]; issues: QuarantineEntry[] } {
  const postings = generatePostings({ count: 12, seed: 7 });
  const list = jumpitParsers.parseList({
    status: 200,
    code: 'P004',
    result: { totalCount: 6, page: 1, positions: postings.slice(0, 6).map(jumpitListItem) },
  });
  const details = postings
    .slice(6)
    .map((posting) =>
      jumpitParsers.parseDetail({ status: 200, code: 'C001', result: jumpitDetailResult(posting) }),
    );
  return {
    raws: [...list.items, ...details.flatMap((result) => result.items)],
    issues: [...list.issues, ...details.flatMap((result) => result.issues)],
  };
}

function row(posting: Posting): Record<string, string> {
  return {
    id: posting.id,
    company: posting.company,
    title: posting.title,
    career: posting.career?.label ?? '-',
    stacks:
      posting.stacks.slice(0, 5).join(', ') +
      (posting.stacks.length > 5 ? ` +${posting.stacks.length - 5}` : ''),
    family: [...posting.positions, ...posting.unknownPositions.map((name) => `?${name}`)].join(', ') || '-',
    place: posting.address
      ? [posting.address.sido, posting.address.sigungu].filter(Boolean).join(' ')
      : posting.locationKind,
    deadline: posting.deadline ? (posting.deadline.date ?? posting.deadline.kind) : '-',
  };
}

const samplesDir = resolve(process.argv[2] ?? join(import.meta.dirname, '../../shared/real-samples'));
const fromSamples = existsSync(samplesDir);
const { raws, issues } = fromSamples ? readSamples(samplesDir) : builtInSample();
const postings = raws.map((raw) => normalizePosting(raw));

console.log(
  fromSamples
    ? `Real samples from ${samplesDir}`
    : `Built-in synthetic sample (no saved samples at ${samplesDir})`,
);
console.log(formatTable(postings.map(row)));
console.log(`\n${postings.length} postings normalized, ${issues.length} quarantined`);
for (const issue of issues) console.log(`  quarantine: ${describeQuarantine(issue)}`);
const warned = postings.filter((posting) => posting.warnings.length > 0);
for (const posting of warned) console.log(`  warnings for ${posting.id}: ${posting.warnings.join('; ')}`);
