// The `ohmystack` executable (dist/cli.js, built ESM-only with a `#!/usr/bin/env node` banner; in a
// checkout `tsx src/cli/main.ts`). It only wires the process to runCli and exits with its code once
// stdout and stderr are flushed — exiting earlier would cut a piped --json report short.
import { readFileSync } from 'node:fs';
import { runCli } from './index.js';
import { nodeIo } from './io.js';

const code = await runCli(process.argv.slice(2), nodeIo(packageVersion()));
// A lingering keep-alive socket must not hold a finished command open, so exit explicitly — after a write
// callback on each stream, which runs once everything written before it is flushed.
process.stdout.write('', () => process.stderr.write('', () => process.exit(code)));

/** The version in package.json: one level up from dist/cli.js, two from src/cli/main.ts. */
function packageVersion(): string {
  for (const path of ['../package.json', '../../package.json']) {
    try {
      const manifest = JSON.parse(readFileSync(new URL(path, import.meta.url), 'utf8'));
      if (manifest.name === 'ohmystack') return String(manifest.version);
    } catch {
      // Not at this level: try the next.
    }
  }
  return '0.0.0';
}
