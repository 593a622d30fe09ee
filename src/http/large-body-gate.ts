// How many answers may grow large at once. Every request in flight may read its first 512 KiB freely
// (more than any real list or detail answer seen); past that, a body waits for one of a few slots, and
// the socket's own flow control holds the site back meanwhile. Without it, sixteen requests in flight
// could each hold a cap's worth of bytes at the same moment (16 × 10 MiB live); with two slots, at most
// 16 × 512 KiB plus two caps, about 28 MiB. Peak RSS on a crawl where a tenth of 2,000 answers are
// 200 MB or endless is still set mostly by garbage the collector has not reclaimed yet: 208–230 MB with
// the gate on a quiet machine, 225 MB without it.

/** Bytes a body may hold before it needs a slot. */
export const LARGE_BODY_BYTES = 512 * 1024;

/** A counting semaphore over the bodies that went past {@link LARGE_BODY_BYTES}. */
export interface LargeBodyGate {
  /**
   * Returns a release function once a slot is free; the wait ends early, throwing `signal`'s reason,
   * when `signal` aborts (a timeout keeps counting while a body waits).
   */
  enter(signal: AbortSignal): Promise<() => void>;
}

/**
 * Returns a gate that lets `slots` bodies at a time grow past {@link LARGE_BODY_BYTES}.
 *
 * @example const release = await gate.enter(signal); try { … } finally { release(); }
 */
export function largeBodyGate(slots: number): LargeBodyGate {
  let free = slots;
  const waiting: Array<() => void> = [];
  const release = () => {
    const next = waiting.shift();
    if (next) next();
    else free++;
  };
  return {
    enter(signal) {
      if (signal.aborted) return Promise.reject(signal.reason);
      if (free > 0) {
        free--;
        return Promise.resolve(once(release));
      }
      return new Promise((resolve, reject) => {
        const admit = () => {
          signal.removeEventListener('abort', abandon);
          resolve(once(release));
        };
        const abandon = () => {
          waiting.splice(waiting.indexOf(admit), 1);
          reject(signal.reason);
        };
        waiting.push(admit);
        signal.addEventListener('abort', abandon, { once: true });
      });
    },
  };
}

function once(release: () => void): () => void {
  let released = false;
  return () => {
    if (released) return;
    released = true;
    release();
  };
}
