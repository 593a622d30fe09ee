// The human summary of a RunReport: how the run ended, postings per source, where the time went, totals,
// what each sink did and what needs a look. `--json` prints the report itself instead.
import type { RunReport } from '../../model/run-report.js';
import { STAGES } from '../../pipeline/progress.js';
import { formatTable } from './table.js';

/**
 * Returns the summary of a run as text lines.
 *
 * @example formatRunSummary(report)[0] // 'run 20261129T0900: ok in 8.4s'
 */
export function formatRunSummary(report: RunReport): string[] {
  const lines = [
    `run ${report.runId}: ${report.status} in ${seconds(report.durationMs)}${report.resumed ? ' (resumed from staged postings)' : ''}`,
  ];
  if (report.status === 'skipped') {
    lines.push('  this slot was already committed; nothing was done (--force runs it again)');
    return lines;
  }
  if (report.sources.length > 0) {
    lines.push('', 'postings per source');
    lines.push(
      formatTable(
        report.sources.map((source) => ({
          source: source.source,
          status: source.status,
          postings: source.counts.emitted,
          listed: source.counts.listed,
          requests: source.requests,
          quarantined: source.counts.quarantined,
          time: seconds(source.durationMs),
        })),
        { indent: '  ' },
      ),
    );
    for (const source of report.sources) {
      if (source.error) lines.push(`  ${source.source}: ${source.error.message}`);
    }
  }
  const stageRows = stageShares(report);
  if (stageRows.length > 0) {
    lines.push('', 'time per stage (share of the summed stage time)');
    lines.push(formatTable(stageRows, { indent: '  ' }));
  }
  const t = report.totals;
  lines.push(
    '',
    `totals: ${n(t.postings)} postings · ${n(t.featureRows)} feature rows · ${n(t.closed)} closed · ${n(t.quarantined)} quarantined · ${n(t.requests)} requests`,
  );
  if (report.quarantine.total > 0 && report.quarantine.file) {
    lines.push(`quarantine: ${report.quarantine.file}`);
  }
  for (const sink of report.sinks) {
    const rows = Object.entries(sink.rows)
      .map(([dataset, count]) => `${dataset} ${n(count)}`)
      .join(', ');
    lines.push(
      `sink ${sink.sink}: ${sink.status}${rows ? ` (${rows})` : ''}${sink.error ? ` — ${sink.error.message}` : ''}`,
    );
  }
  if (report.status === 'staged') {
    lines.push(`staged: run \`ohmystack run --run-id ${report.runId}\` to load these postings`);
  }
  // A source's error is printed under the table already; its "failed" warning would say it a second time.
  const printed = new Set(
    report.sources.flatMap((source) =>
      source.error ? [`${source.source} failed: ${source.error.message}`] : [],
    ),
  );
  for (const warning of report.warnings) if (!printed.has(warning)) lines.push(`warning: ${warning}`);
  return lines;
}

/** Returns each stage's time and share of the summed stage time, with a small bar. */
export function stageShares(report: RunReport): { stage: string; time: string; share: string; '': string }[] {
  const total = STAGES.reduce((sum, stage) => sum + report.stages[stage].ms, 0);
  if (total <= 0) return [];
  return STAGES.filter((stage) => report.stages[stage].ms > 0).map((stage) => {
    const share = report.stages[stage].ms / total;
    return {
      stage,
      time: seconds(report.stages[stage].ms),
      share: `${Math.round(share * 100)}%`,
      '': '█'.repeat(Math.round(share * 20)) || '▏',
    };
  });
}

function seconds(ms: number): string {
  return ms < 1000 ? `${Math.round(ms)}ms` : `${(ms / 1000).toFixed(1)}s`;
}

function n(value: number): string {
  return value.toLocaleString('en-US');
}
