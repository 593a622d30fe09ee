// Reads the Chart.js UMD bundle that the report page inlines and the explorer serves, so their charts
// draw offline. The package is built twice, to ESM and to CJS: in CJS `__filename` exists and
// `import.meta` is empty, in ESM it is the other way round, so the resolver is anchored on whichever this
// copy has. chart.js's `exports` map does not expose `dist/chart.umd.min.js`, so its main entry is
// resolved and the UMD file read beside it.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { OhmystackError } from '../model/errors/ohmystack-error.js';

const UMD_FILE = 'chart.umd.min.js';

/**
 * Returns the path of Chart.js's minified UMD bundle, as installed beside ohmystack.
 *
 * @example chartJsPath() // '/app/node_modules/chart.js/dist/chart.umd.min.js'
 * @throws {OhmystackError} (code 'capability_missing') when chart.js is not installed
 */
export function chartJsPath(): string {
  try {
    const require = createRequire(typeof __filename === 'string' ? __filename : import.meta.url);
    return join(dirname(require.resolve('chart.js')), UMD_FILE);
  } catch (cause) {
    throw chartJsMissing(cause);
  }
}

/**
 * Returns the source of Chart.js's minified UMD bundle (about 210 kB), which defines `window.Chart`.
 *
 * @example readChartJsSource().startsWith('/*!\n * Chart.js') // true
 * @throws {OhmystackError} (code 'capability_missing') when chart.js is not installed
 */
export function readChartJsSource(): string {
  const path = chartJsPath();
  try {
    return readFileSync(path, 'utf8');
  } catch (cause) {
    throw chartJsMissing(cause);
  }
}

function chartJsMissing(cause: unknown): OhmystackError {
  return new OhmystackError({
    message: 'Chart.js (chart.js/dist/chart.umd.min.js) not found',
    code: 'capability_missing',
    source: 'report',
    hint: 'chart.js is a dependency of ohmystack; reinstall dependencies (npm install)',
    cause,
  });
}
