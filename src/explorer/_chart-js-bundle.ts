// Chart.js's UMD bundle for /assets/chart.js, read from the installed chart.js (a dependency), so the
// trend charts draw with nothing fetched from outside the explorer. Anchored on whichever module
// system this copy was built for (`__filename` in CJS, `import.meta.url` in ESM); chart.js's `exports`
// map hides `dist/chart.umd.min.js`, so its main entry is resolved and the UMD file read beside it.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { CapabilityError } from '../model/errors/capability-error.js';

/**
 * Returns the source of Chart.js's minified UMD bundle (defines `window.Chart`).
 *
 * @throws {CapabilityError} when chart.js is not installed
 */
export function readChartJsBundle(): string {
  try {
    const require = createRequire(typeof __filename === 'string' ? __filename : import.meta.url);
    return readFileSync(join(dirname(require.resolve('chart.js')), 'chart.umd.min.js'), 'utf8');
  } catch (cause) {
    throw new CapabilityError({
      sink: 'explorer',
      capability: 'Chart.js (chart.js/dist/chart.umd.min.js)',
      hint: 'chart.js is a dependency of ohmystack; reinstall dependencies (npm install)',
      cause,
    });
  }
}
