// The one scrubber every text that leaves the library passes: errors, warnings, reports, quarantine
// entries, lake and database rows. It knows secret values (keys, tokens, passwords), not patterns, so
// it also catches a server that echoes a key back in a place no pattern expects. Scrubbing returns
// copies and gives back the very same value when nothing in it was secret, so the clean path costs no
// allocation.

/** What replaces a secret. */
export const SECRET_MASK = '***';

/** Shorter values are not masked: masking 'abc' everywhere would garble ordinary text. */
const MIN_SECRET_LENGTH = 4;

/** How deep a value or a chain of causes is followed; deeper parts are checked whole (see tooDeep). */
const MAX_DEPTH = 64;

/** Replaces every known secret value in text, values and errors. */
export interface SecretScrubber {
  /**
   * Learns more secret values (blank, missing and short ones are ignored); returns the scrubber. Each
   * value is also known in the forms a URL, a form body or JSON text writes it in, and a URL's
   * password on its own (a driver may quote it without the rest of the URL).
   */
  add(...values: readonly (string | null | undefined)[]): SecretScrubber;
  /** How many distinct texts (values and their written forms) are masked. */
  readonly size: number;
  /**
   * Returns `text` with every secret replaced by '***', longest first, so a URL is masked whole before
   * its password is.
   *
   * @example createSecretScrubber(['kakao-key-1']).scrub('KakaoAK kakao-key-1') // 'KakaoAK ***'
   */
  scrub(text: string): string;
  /**
   * Returns `value` with secrets masked in every string of it, keys included, however deep (plain
   * objects and arrays; errors inside are scrubbed as errors). Other objects (dates, buffers, class
   * instances) are kept as they are.
   *
   * @example createSecretScrubber(['kakao-key-1']).scrubValue({ errorType: 'KakaoAK kakao-key-1' }) // { errorType: 'KakaoAK ***' }
   */
  scrubValue<T>(value: T): T;
  /**
   * Returns `error` with secrets masked in its message, stack, cause chain and every own field (a
   * hint, a body, a URL): a copy with the same prototype, so `instanceof` and `code` still hold. A
   * value that is not an error is scrubbed as a value.
   *
   * @example createSecretScrubber(['kakao-key-1']).scrubError(new Error('bad key kakao-key-1')).message // 'bad key ***'
   */
  scrubError<T>(error: T): T;
}

/**
 * Returns a scrubber that knows `values` (more can be added later).
 *
 * @example createSecretScrubber([process.env.KAKAO_REST_API_KEY]).scrub(message)
 * @example createSecretScrubber(['postgres://app:s3cret@db/x']).scrub('password s3cret rejected') // 'password *** rejected'
 */
export function createSecretScrubber(values: Iterable<string | null | undefined> = []): SecretScrubber {
  const known = new Set<string>();
  // Longest first, so a value that contains another is masked whole.
  let masked: string[] = [];

  const scrub = (text: string): string => {
    let out = text;
    for (const secret of masked) if (out.includes(secret)) out = out.split(secret).join(SECRET_MASK);
    return out;
  };

  const scrubValue = <T>(value: T): T =>
    masked.length === 0 ? value : (walk(value, { scrub, path: new Set() }) as T);

  const scrubber: SecretScrubber = {
    add(...more) {
      let grew = false;
      for (const value of more) {
        if (typeof value !== 'string' || known.has(value)) continue;
        known.add(value);
        for (const form of writtenForms(value)) {
          if (form.length < MIN_SECRET_LENGTH || masked.includes(form)) continue;
          masked.push(form);
          grew = true;
        }
      }
      if (grew) masked = [...masked].sort((a, b) => b.length - a.length);
      return scrubber;
    },
    get size() {
      return masked.length;
    },
    scrub: (text) => (masked.length === 0 ? text : scrub(text)),
    scrubValue,
    scrubError: scrubValue,
  };
  return scrubber.add(...values);
}

/** The value as given and as a URL, a form body or JSON text writes it, plus a URL's password. */
function writtenForms(value: string): string[] {
  const forms = [value, encodeURIComponent(value), new URLSearchParams({ v: value }).toString().slice(2)];
  forms.push(JSON.stringify(value).slice(1, -1));
  const password = passwordOf(value);
  if (password) {
    forms.push(password);
    try {
      forms.push(decodeURIComponent(password));
    } catch {
      // A malformed escape ('%zz') cannot be decoded; the password is masked as written.
    }
  }
  return forms;
}

/** The password of a URL as written in it; undefined when `value` is no URL or has none. */
function passwordOf(value: string): string | undefined {
  if (!value.includes('@')) return undefined;
  try {
    return new URL(value).password || undefined;
  } catch {
    return undefined;
  }
}

/** What one scrub walk carries: the masking, and the objects on the path to the current one. */
interface Walk {
  scrub(text: string): string;
  path: Set<object>;
}

/** Returns `value` scrubbed, the same reference when nothing in it changed. */
function walk(value: unknown, walker: Walk): unknown {
  if (typeof value === 'string') return walker.scrub(value);
  if (typeof value !== 'object' || value === null) return value;
  // A value that contains itself (an error that is its own cause) cannot be copied whole.
  if (walker.path.has(value)) return '[Circular]';
  if (walker.path.size >= MAX_DEPTH) return tooDeep(value, walker);
  walker.path.add(value);
  try {
    if (Array.isArray(value)) return walkArray(value, walker);
    if (isError(value)) return walkError(value, walker);
    const proto = Object.getPrototypeOf(value) as unknown;
    return proto === Object.prototype || proto === null ? walkRecord(value, proto, walker) : value;
  } finally {
    walker.path.delete(value);
  }
}

function walkArray(value: readonly unknown[], walker: Walk): unknown[] {
  let copy: unknown[] | undefined;
  for (let i = 0; i < value.length; i++) {
    const item: unknown = value[i];
    const scrubbed = walk(item, walker);
    if (scrubbed !== item) {
      copy ??= value.slice();
      copy[i] = scrubbed;
    }
  }
  return copy ?? (value as unknown[]);
}

function walkRecord(value: object, proto: unknown, walker: Walk): object {
  let changed = false;
  const entries = Object.entries(value).map(([key, item]) => {
    const scrubbedKey = walker.scrub(key);
    const scrubbed = walk(item, walker);
    if (scrubbedKey !== key || scrubbed !== item) changed = true;
    return [scrubbedKey, scrubbed] as const;
  });
  if (!changed) return value;
  const copy = proto === null ? (Object.create(null) as Record<string, unknown>) : {};
  for (const [key, item] of entries) copy[key] = item;
  return copy;
}

// An error from another realm (a vm context, a worker's copy) fails `instanceof Error` but is one.
function isError(value: object): value is Error {
  return value instanceof Error || Object.prototype.toString.call(value) === '[object Error]';
}

/**
 * Returns a copy of `error` with every own data field scrubbed (message, stack, cause, hint, body, url,
 * fields of subclasses, symbol-keyed ones too), or `error` itself when none held a secret. The copy is
 * a native error with the original's prototype, so it prints, chains and `instanceof`s like it.
 */
function walkError(error: Error, walker: Walk): Error {
  const descriptors = Object.getOwnPropertyDescriptors(error) as Record<PropertyKey, PropertyDescriptor>;
  let changed = false;
  for (const key of Reflect.ownKeys(descriptors)) {
    const descriptor = descriptors[key]!;
    if (!('value' in descriptor)) continue;
    const scrubbed = walk(descriptor.value, walker);
    if (scrubbed === descriptor.value) continue;
    descriptors[key] = { ...descriptor, value: scrubbed };
    changed = true;
  }
  if (!changed) return error;
  const copy = new Error();
  Object.setPrototypeOf(copy, Object.getPrototypeOf(error));
  for (const key of Reflect.ownKeys(copy)) delete (copy as unknown as Record<PropertyKey, unknown>)[key];
  Object.defineProperties(copy, descriptors);
  return copy;
}

/**
 * Returns a value nested deeper than the walk follows: itself when its JSON text holds no secret, else
 * (or when it has no JSON text) a marker, because a secret must not get through by hiding deep.
 */
function tooDeep(value: object, walker: Walk): unknown {
  try {
    const text = isError(value) ? `${value.message}\n${value.stack}` : JSON.stringify(value);
    if (text !== undefined && walker.scrub(text) === text) return value;
  } catch {
    // Not serializable (a cycle through a class instance): the marker below.
  }
  return '[Too deep]';
}
