/**
 * Returns `obj` without its `undefined` values, so RawPostings carry only what the site gave.
 *
 * @example compact({ title: '백엔드 개발자', deadline: undefined }) // { title: '백엔드 개발자' }
 */
export function compact<T extends object>(obj: T): T {
  return Object.fromEntries(Object.entries(obj).filter(([, v]) => v !== undefined)) as T;
}
