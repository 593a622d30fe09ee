// A run's identity: its KST slot. Lake keys, database loads and source state are all scoped by it, which
// is what makes running the same slot twice leave the same data.

import { kstWallClock } from './kst.js';

/** Where a run's files go and what it is called: `dt`/`hr` partitions and the path-safe id. */
export interface RunSlot {
  /** Path-safe KST slot, e.g. '20261129T0900'. */
  runId: string;
  /** KST date 'YYYY-MM-DD'. */
  dt: string;
  /** KST hour 'HH'. */
  hr: string;
  /** The slot's start, ISO 8601 with +09:00. */
  startsAt: string;
}

/**
 * Returns the KST slot a moment falls in. Slots are `hours` long from midnight KST (3 h: the eight
 * daily runs 00, 03, …, 21); the run id names the slot's start, so every moment of one slot gets the
 * same id.
 *
 * @default hours 3
 * @example runSlot(new Date('2026-11-29T00:30:00Z')) // { runId: '20261129T0900', dt: '2026-11-29', hr: '09', … }
 */
export function runSlot(at: Date = new Date(), hours = 3): RunSlot {
  const local = kstWallClock(at);
  const hour = Math.floor(Number(local.slice(11, 13)) / hours) * hours;
  const dt = local.slice(0, 10);
  const hr = String(hour).padStart(2, '0');
  return { runId: `${dt.replaceAll('-', '')}T${hr}00`, dt, hr, startsAt: `${dt}T${hr}:00:00+09:00` };
}

const RUN_ID = /^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})$/;

/**
 * Returns the slot of a run id ('20261129T0900'), or null when it is not one.
 *
 * @example parseRunId('20261129T0900')?.dt // '2026-11-29'
 */
export function parseRunId(runId: string): RunSlot | null {
  const match = RUN_ID.exec(runId);
  if (!match) return null;
  const [, y, m, d, h, min] = match;
  const dt = `${y}-${m}-${d}`;
  // Date.parse rolls '2026-02-30' over into March, so the day must come back unchanged to be real.
  const day = new Date(`${dt}T00:00:00Z`);
  if (Number(h) > 23 || Number(min) > 59 || Number.isNaN(day.getTime())) return null;
  if (day.toISOString().slice(0, 10) !== dt) return null;
  return { runId, dt, hr: h!, startsAt: `${dt}T${h}:${min}:00+09:00` };
}
