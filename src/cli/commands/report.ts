// `ohmystack report`: one self-contained HTML page of trend charts (stack demand over time, by region, by
// job family, a map by 시군구) from a local lake; it opens offline.
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { defineCommand } from 'citty';
import { writeReport } from '../../report/write-report.js';
import type { CommandEnv } from '../command-env.js';
import { EXIT } from '../exit-codes.js';
import { watchInterrupt } from '../interrupt.js';
import { loadCliConfig, localLakeDir } from '../load-cli-config.js';
import { configArg, debugArg } from '../shared-args.js';
import { UsageError } from '../usage-error.js';

const args = {
  lake: { type: 'string', valueHint: 'dir', description: "the local lake (default: the config's lake)" },
  out: {
    type: 'string',
    valueHint: 'file.html',
    description: 'the HTML file to write (default: report.html)',
  },
  config: configArg,
  json: { type: 'boolean', description: 'print { file, bytes, totals } as JSON on stdout' },
  debug: debugArg,
} as const;

/**
 * Returns the `report` command.
 *
 * @example ohmystack report --lake demo/lake --out demo/report.html
 */
export function reportCommand(env: CommandEnv) {
  return defineCommand({
    meta: { name: 'report', description: 'write an HTML page of trend charts from a local lake' },
    args,
    async run({ args: parsed }) {
      const { io } = env;
      const lake = parsed.lake
        ? resolve(io.cwd, parsed.lake)
        : localLakeDir((await loadCliConfig(io, { file: parsed.config })).resolved);
      if (!lake) throw new UsageError({ message: 'the config has no local lake', hint: 'pass --lake DIR' });
      if (!existsSync(lake)) {
        throw new UsageError({
          message: `no lake at ${lake}`,
          hint: 'pass --lake DIR (e.g. demo/lake after `ohmystack demo --out demo`)',
        });
      }
      const interrupt = watchInterrupt(io);
      try {
        const written = await writeReport({
          lake,
          out: resolve(io.cwd, parsed.out ?? 'report.html'),
          signal: interrupt.signal,
        });
        const { totals } = written.data;
        if (parsed.json) {
          io.stdout.write(
            `${JSON.stringify({ file: written.file, bytes: written.bytes, totals }, null, 2)}\n`,
          );
        } else {
          const span = totals.firstDate ? `, ${totals.firstDate} … ${totals.lastDate}` : '';
          io.stdout.write(
            `report: ${written.file} (${Math.round(written.bytes / 1024)} KB) — ${totals.postings.toLocaleString('en-US')} postings, ${totals.companies.toLocaleString('en-US')} companies, ${totals.runs} run${totals.runs === 1 ? '' : 's'}${span}\n`,
          );
        }
        env.exit.code = EXIT.ok;
      } catch (error) {
        if (interrupt.exitCode === null) throw error;
        env.exit.code = interrupt.exitCode;
      } finally {
        interrupt.dispose();
      }
    },
  });
}
