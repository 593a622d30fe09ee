// The doctor's checks of optional tools: DuckDB (for `ohmystack query --lake`) and Chromium (for pages
// rendered in a browser). Missing either is a warning, never a failure: a run does not need them.
import type { DoctorCheck } from './doctor-check.js';
import type { DoctorProbes } from './probes.js';

/** Where Debian's Chromium is; only sites rendered in a browser need it. */
export const CHROMIUM_PATH = '/usr/bin/chromium';

/**
 * Returns the 'duckdb' check: its version when installed, else a warning naming the package to install.
 *
 * @example (await checkDuckdb(liveProbes)).detail // 'DuckDB v1.5.6 (ohmystack query --lake)'
 */
export async function checkDuckdb(probes: DoctorProbes): Promise<DoctorCheck> {
  try {
    return { name: 'duckdb', status: 'ok', detail: `${await probes.duckdb()} (ohmystack query --lake)` };
  } catch {
    return {
      name: 'duckdb',
      status: 'warn',
      detail: 'not installed; `ohmystack query --lake` needs it: npm install @duckdb/node-api',
    };
  }
}

/**
 * Returns the 'chromium' check: ok when {@link CHROMIUM_PATH} is executable, else a warning.
 *
 * @example (await checkChromium(liveProbes)).status // 'ok'
 */
export async function checkChromium(probes: DoctorProbes): Promise<DoctorCheck> {
  return (await probes.executable(CHROMIUM_PATH))
    ? { name: 'chromium', status: 'ok', detail: `${CHROMIUM_PATH} (for browser-rendered pages)` }
    : {
        name: 'chromium',
        status: 'warn',
        detail: `${CHROMIUM_PATH} not found (optional: only for pages rendered in a browser)`,
      };
}
