// Reads the optional fields of a loosely typed record (a RawPosting as it arrived, not as typed), so a
// field of the wrong type becomes "missing" with a warning instead of a crash.
import { hasText } from './clean-text.js';

/** Returns a non-empty trimmed string for a string or finite number, else null. */
export function identifier(value: unknown): string | null {
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  if (typeof value !== 'string') return null;
  const text = value.trim();
  return text.length > 0 ? text : null;
}

/** Reads optional fields of a loosely typed record, noting each one of the wrong type in `warnings`. */
export class FieldReader {
  constructor(
    private readonly record: Record<string, unknown>,
    private readonly warnings: string[],
  ) {}

  string(key: string): string | undefined {
    const value = this.record[key];
    if (value === undefined || value === null) return undefined;
    if (typeof value === 'string') return value;
    if (typeof value === 'number' && Number.isFinite(value)) return String(value);
    this.warnings.push(`${key}: expected a string, got ${typeof value}`);
    return undefined;
  }

  id(key: string): string | null {
    return identifier(this.record[key]);
  }

  strings(key: string): string[] {
    const value = this.record[key];
    if (value === undefined || value === null) return [];
    if (typeof value === 'string') return hasText(value) ? [value] : [];
    if (!Array.isArray(value)) {
      this.warnings.push(`${key}: expected a list of strings, got ${typeof value}`);
      return [];
    }
    const strings = value.filter((item): item is string => typeof item === 'string');
    if (strings.length < value.length)
      this.warnings.push(`${key}: ${value.length - strings.length} non-string item(s) ignored`);
    return strings;
  }

  object<T>(key: string): T | undefined {
    const value = this.record[key];
    if (value === undefined || value === null) return undefined;
    if (typeof value === 'object' && !Array.isArray(value)) return value as T;
    if (key === 'career' || key === 'salary') {
      // A bare string is the common shorthand of both ('경력 3~5년', '3,000만원').
      if (typeof value === 'string') return { text: value } as T;
    }
    this.warnings.push(`${key}: expected an object, got ${Array.isArray(value) ? 'array' : typeof value}`);
    return undefined;
  }
}
