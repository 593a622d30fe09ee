// What `ohmystack demo` prints: the run summary, then what the data shows (top stacks, regions and job
// families of the open postings), where the lake and the database are, and what to try next.
import { dirname, isAbsolute, join, relative } from 'node:path';
import type { DemoCount, DemoResult } from '../../testing/demo.js';
import { formatRunSummary } from './run-summary.js';
import { formatTable } from './table.js';

/**
 * Returns the demo's summary as text lines; paths are shown relative to `cwd` when inside it.
 *
 * @example formatDemoSummary(await runDemo({ out: 'demo' }), process.cwd()).join('\n')
 */
export function formatDemoSummary(demo: DemoResult, cwd: string): string[] {
  const lines = formatRunSummary(demo.report);
  const top = (title: string, column: string, counts: readonly DemoCount[]) => {
    lines.push('', title);
    lines.push(
      formatTable(
        counts.map((entry) => ({ [column]: entry.name, postings: entry.postings })),
        { columns: [column, 'postings'], indent: '  ' },
      ),
    );
  };
  top('top stacks', 'stack', demo.topStacks);
  top('top regions', 'region', demo.topRegions);
  top('top job families', 'job family', demo.topFamilies);
  const lake = shown(demo.lake, cwd);
  const database = shown(demo.database, cwd);
  lines.push(
    '',
    `lake:     ${lake}  (raw, postings, features; _manifests/ lists each committed run)`,
    `database: ${database}  (SQLite; postings in the table \`postings\`)`,
    '',
    'next:',
    `  ohmystack report --lake ${lake} --out ${shown(join(dirname(demo.lake), 'report.html'), cwd)}`,
    `  ohmystack query --lake ${lake} --trend stack-by-week`,
    `  ohmystack query --lake ${lake} "SELECT sido, count(*) AS postings FROM postings GROUP BY 1 ORDER BY 2 DESC"`,
  );
  return lines;
}

function shown(path: string, cwd: string): string {
  const rel = relative(cwd, path);
  if (rel === '') return '.';
  return rel.startsWith('..') || isAbsolute(rel) ? path : rel;
}
