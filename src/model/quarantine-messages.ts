import type { QuarantineCode, QuarantineEntry } from './quarantine.js';

const DESCRIPTIONS: Record<QuarantineCode, string> = {
  unreadable_body: 'the response body could not be read at all',
  invalid_item: 'an item did not have the shape the site usually sends',
  unrecognized_markup: 'a list page held no posting the parser could read, yet was not an empty result',
  missing_field: 'an item lacked a field that identifies it',
  invalid_posting: 'a posting could not be normalized',
  http_error: 'the request failed after its retries',
  body_too_large: 'the answer was larger than the client reads',
  offsite_url: 'content led off the site it came from',
  private_network: 'content led to a private network address',
  geocode_failed: 'no geocoder could place the address',
  sink_rejected: 'a sink refused the record',
};

/** Turns a quarantine entry into one readable line for logs and reports. */
export function describeQuarantine(entry: QuarantineEntry): string {
  const where = entry.path.length > 0 ? ` at ${entry.path.join('.')}` : '';
  const url = entry.url ? ` (${entry.url})` : '';
  return `[${entry.source}] ${DESCRIPTIONS[entry.code]}${where}: ${entry.message}${url}`;
}
