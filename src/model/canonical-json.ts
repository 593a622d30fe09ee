// One serialization for everything that is compared or hashed across runs: list items, posting rows,
// tracked lifecycle fields, the taxonomy. Object keys are sorted at every depth, so equal data gives
// equal text whatever order a site (or our own code) built its keys in.

/**
 * Returns `value` as JSON with object keys sorted at every depth, so equal data gives equal text.
 * Like JSON.stringify it drops object members whose value is `undefined` (a missing key and an
 * `undefined` one read the same), writes `undefined` array slots, NaN and ±Infinity as null, and
 * writes a top-level `undefined` as 'null' so every value has a text. Dates become ISO strings (an
 * invalid one null), bigints decimal strings, and a value that contains itself '"[Circular]"'.
 *
 * @example canonicalJson({ 회사: '카카오', a: ['자바', undefined], b: undefined }) // '{"a":["자바",null],"회사":"카카오"}'
 * @example canonicalJson({ b: 1, a: 2 }) === canonicalJson({ a: 2, b: 1 }) // true
 */
export function canonicalJson(value: unknown): string {
  // Without objects to sort, JSON.stringify already writes the canonical text, natively and several
  // times faster: rows of scalars and string lists (posting rows, row-id parts) take this path.
  if (hasNoObjects(value, 0)) return JSON.stringify(value) ?? 'null';
  return write(value, []) ?? 'null';
}

// Deeper nesting takes the careful path, which also survives an array that contains itself.
const MAX_QUICK_DEPTH = 8;

/** True when `value` is made of strings, numbers, booleans, null, undefined and arrays of them only. */
function hasNoObjects(value: unknown, depth: number): boolean {
  if (value === null) return true;
  switch (typeof value) {
    case 'string':
    case 'number':
    case 'boolean':
    case 'undefined':
      return true;
    case 'object':
      if (!Array.isArray(value) || depth >= MAX_QUICK_DEPTH) return false;
      for (let i = 0; i < value.length; i++) if (!hasNoObjects(value[i], depth + 1)) return false;
      return true;
    default:
      return false;
  }
}

// `open` holds the objects being written above this one: a repeat is a cycle, not a shared reference.
function write(value: unknown, open: object[]): string | undefined {
  switch (typeof value) {
    case 'string':
      return JSON.stringify(value);
    case 'number':
      return Number.isFinite(value) ? String(value) : 'null';
    case 'boolean':
      return value ? 'true' : 'false';
    case 'bigint':
      return `"${value}"`;
    case 'object':
      break;
    default:
      // undefined, functions and symbols have no JSON: absent, as in JSON.stringify.
      return undefined;
  }
  if (value === null) return 'null';
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? 'null' : `"${value.toISOString()}"`;
  if (open.includes(value)) return '"[Circular]"';
  open.push(value);
  let text = Array.isArray(value) ? '[' : '{';
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      if (i > 0) text += ',';
      text += write(value[i], open) ?? 'null';
    }
    text += ']';
  } else {
    const record = value as Record<string, unknown>;
    let first = true;
    for (const key of Object.keys(record).sort()) {
      const member = write(record[key], open);
      if (member === undefined) continue;
      text += `${first ? '' : ','}${JSON.stringify(key)}:${member}`;
      first = false;
    }
    text += '}';
  }
  open.pop();
  return text;
}
