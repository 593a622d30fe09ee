// Capability-gated cases of the conformance suites: a case an implementation cannot pass by design is
// skipped with the reason in its title and printed when the suite is registered, never skipped silently.
import { it } from 'vitest';

/** A test body; what `it` takes. */
type TestBody = () => Promise<void> | void;

/**
 * Returns a registrar like `it` that registers its case when `capable`, and otherwise registers it as
 * skipped, with `reason` in the title and on the console.
 *
 * @example
 * const itAborts = gatedIt('geocoder conformance: gazetteer', false, 'answers from memory at once');
 * itAborts('rejects an aborted call with AbortedError', async () => { … }); // skipped, and says why
 */
export function gatedIt(
  suite: string,
  capable: boolean,
  reason: string,
): (title: string, body: TestBody, timeout?: number) => void {
  return (title, body, timeout) => {
    if (capable) {
      it(title, body, timeout);
      return;
    }
    console.info(`[${suite}] skipped "${title}": ${reason}`);
    it.skip(`${title} (skipped: ${reason})`, body);
  };
}
