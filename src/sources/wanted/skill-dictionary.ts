import type { RawPosting } from '../../model/raw-posting.js';
import { isRecord, readId, readText } from '../_read-values.js';

// `static.wanted.co.kr/tags?tags=skill` answers id → title records. The envelope has varied, so any array of
// `{ id, title | text | name }` one level deep is read.
function* tagRecords(body: unknown): Generator<Record<string, unknown>> {
  const arrays = Array.isArray(body)
    ? [body]
    : isRecord(body)
      ? Object.values(body).filter(Array.isArray)
      : [];
  for (const array of arrays) for (const item of array) if (isRecord(item)) yield item;
}

/**
 * Returns Wanted's skill-tag dictionary (id → name) read from the tags endpoint's body; empty when the
 * body holds none.
 *
 * @example readSkillDictionary([{ id: 1554, title: 'Python' }]).get(1554) // 'Python'
 */
export function readSkillDictionary(body: unknown): Map<number, string> {
  const dictionary = new Map<number, string>();
  for (const record of tagRecords(body)) {
    const id = Number(readId(record.id));
    const name = readText(record.title) ?? readText(record.text) ?? readText(record.name);
    if (Number.isInteger(id) && name !== undefined) dictionary.set(id, name);
  }
  return dictionary;
}

const UNRESOLVED = /^wanted-skill:(\d+)$/;

/**
 * Returns the posting with every `'wanted-skill:<id>'` tag the dictionary names moved into `stackTags`.
 *
 * @example resolveSkillTags(raw, new Map([[10268, 'Terraform']])).stackTags // [..., 'Terraform']
 */
export function resolveSkillTags(item: RawPosting, dictionary: ReadonlyMap<number, string>): RawPosting {
  if (dictionary.size === 0 || !item.tags?.some((tag) => UNRESOLVED.test(tag))) return item;
  const stackTags = [...(item.stackTags ?? [])];
  const tags: string[] = [];
  for (const tag of item.tags) {
    const name = dictionary.get(Number(UNRESOLVED.exec(tag)?.[1]));
    if (name === undefined) tags.push(tag);
    else if (!stackTags.includes(name)) stackTags.push(name);
  }
  return { ...item, stackTags, tags };
}
