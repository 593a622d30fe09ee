// State in files: one JSON file per source, replaced atomically (write a temp file, then rename over
// the old one), so a crash mid-write leaves the previous state, never half a file.
import { randomBytes } from 'node:crypto';
import { mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { z } from 'zod';
import { ParseError } from '../../model/errors/parse-error.js';
import type { SourceState, StateStore } from '../types.js';

/** Options of {@link fileStateStore}. */
export interface FileStateStoreOptions {
  /** The folder that holds one `<source>.json` per source; created when missing. @default '.ohmystack/state' */
  dir?: string;
}

const SourceStateSchema = z.object({
  version: z.literal(1),
  seen: z.record(
    z.string(),
    z.object({ fingerprint: z.string(), seenAt: z.string(), posting: z.string().optional() }),
  ),
  updatedAt: z.string(),
});

/**
 * Returns a state store that keeps each source's state in `<dir>/<source>.json`, written atomically.
 *
 * @throws {ParseError} from `get` when a state file is not valid state (it is left in place for a look).
 * @example
 * const state = fileStateStore({ dir: '.ohmystack/state' });
 * const run = jumpit().collect({ state });
 */
export function fileStateStore(options: FileStateStoreOptions = {}): StateStore {
  const dir = options.dir ?? '.ohmystack/state';
  const fileOf = (source: string) => join(dir, `${fileNameOf(source)}.json`);
  return {
    async get(source) {
      let text: string;
      try {
        text = await readFile(fileOf(source), 'utf8');
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
        throw error;
      }
      let json: unknown;
      try {
        json = JSON.parse(text);
      } catch (error) {
        throw new ParseError({
          message: `state file ${fileOf(source)} is not JSON`,
          source,
          cause: error,
          hint: hint(fileOf(source)),
        });
      }
      const parsed = SourceStateSchema.safeParse(json);
      if (!parsed.success)
        throw new ParseError({
          message: `state file ${fileOf(source)} is not source state`,
          source,
          cause: parsed.error,
          hint: hint(fileOf(source)),
        });
      return parsed.data satisfies SourceState;
    },
    async set(source, state) {
      await mkdir(dir, { recursive: true });
      const target = fileOf(source);
      const temp = `${target}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`;
      try {
        await writeFile(temp, `${JSON.stringify(state, null, 2)}\n`, 'utf8');
        // rename() replaces the target in one step on POSIX and Windows alike.
        await rename(temp, target);
      } catch (error) {
        await rm(temp, { force: true });
        throw error;
      }
    },
  };
}

// Source ids are short slugs ('jumpit'), but a user-made source could hold '/' or ':'.
function fileNameOf(source: string): string {
  return source.replace(/[^\w.-]/g, (char) => `%${char.charCodeAt(0).toString(16).padStart(2, '0')}`);
}

function hint(file: string): string {
  return `delete ${file} to start over (the next run fetches every posting again)`;
}
