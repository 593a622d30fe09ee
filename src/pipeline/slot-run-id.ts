// A run id names the start of a KST 3-hour slot ('20261129T0900'): the ids the schedule and runSlot
// give. One that only looks like one ('20261399T9999', '20260230T0900', '20261129T1000') would reach the
// run with no slot behind it, or write a partition no scheduled run ever reads, so it is refused here.
import { parseRunId, runSlot } from '../model/run.js';

const SHAPE = /^\d{8}T\d{4}$/;

/**
 * Returns what is wrong with a run id, or undefined for the start of a KST slot (00, 03, …, 21 o'clock
 * on a real date).
 *
 * @example runIdProblem('20261129T0900') // undefined
 * @example runIdProblem('20261129T1000') // "'20261129T1000' does not start a KST slot … (e.g. '20261129T0900')"
 */
export function runIdProblem(runId: string): string | undefined {
  if (!SHAPE.test(runId))
    return `expected a KST slot such as '20261129T0900' (YYYYMMDDTHH00), got '${runId}'`;
  const slot = parseRunId(runId);
  if (!slot) return `'${runId}' is not a real date and time (YYYYMMDDTHHMM, KST)`;
  const start = runSlot(new Date(slot.startsAt)).runId;
  if (start !== runId) {
    return `'${runId}' does not start a KST slot: slots start at 00, 03, 06, …, 21 o'clock on the minute (e.g. '${start}')`;
  }
  return undefined;
}
