// Whether a path exists, as a boolean: the doctor asks before it probes, so nothing it checks is created.
import { access } from 'node:fs/promises';

/**
 * Returns true when `path` exists (file or directory), false otherwise; never throws.
 *
 * @example await pathExists('.ohmystack/ohmystack.db') // false before the first run
 */
export function pathExists(path: string): Promise<boolean> {
  return access(path).then(
    () => true,
    () => false,
  );
}
