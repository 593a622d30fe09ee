import type { SourceState, StateStore } from '../types.js';

/**
 * Returns a state store that keeps each source's state in memory for the life of the object; values
 * are copied in and out, so a caller mutating what it got never changes what is stored.
 *
 * @example
 * const state = memoryStateStore();
 * const run = jumpit().collect({ state });
 */
export function memoryStateStore(): StateStore {
  const states = new Map<string, SourceState>();
  return {
    async get(source) {
      const state = states.get(source);
      return state === undefined ? undefined : structuredClone(state);
    },
    async set(source, state) {
      states.set(source, structuredClone(state));
    },
  };
}
