/**
 * A sliding one-second window over admitted requests. Refused requests do not count, so a client
 * that waits out `Retry-After` gets through.
 */
export class RateLimiter {
  private admitted: number[] = [];

  /** Returns true when a request arriving at `now` (ms) is within `perSecond`. */
  allow(perSecond: number, now: number): boolean {
    while (this.admitted.length > 0 && now - this.admitted[0]! >= 1000) this.admitted.shift();
    if (this.admitted.length >= perSecond) return false;
    this.admitted.push(now);
    return true;
  }
}
