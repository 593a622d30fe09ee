import { type CheerioAPI, load } from 'cheerio';
import { isRecord, readText } from '../_read-values.js';
import { uniqueTexts } from '../_text-lists.js';
import { JOBKOREA_GI_ID, JOBKOREA_SELECTORS } from './selectors.js';

const S = JOBKOREA_SELECTORS.detail;

/** Returns the text of a value cell: list entries joined by ', ', else its leaf spans joined by a space. */
function valueText($: CheerioAPI, cell: ReturnType<CheerioAPI>): string | undefined {
  const value = cell.clone();
  value.find(S.button).remove();
  const entries = value.find(S.listEntry).toArray();
  if (entries.length > 0)
    return readText(
      entries
        .map((li) => readText($(li).text()) ?? '')
        .filter(Boolean)
        .join(', '),
    );
  // '인턴' and '(근무기간 2개월, 정규직 전환 가능)' sit in sibling spans with no space between them.
  const leaves = value
    .find('span')
    .toArray()
    .filter((span) => $(span).children('span').length === 0)
    .map((span) => readText($(span).text()));
  return readText(leaves.length > 0 ? leaves.filter(Boolean).join(' ') : value.text());
}

/** Returns label → value for every 모집요강 row and every older `dl` pair of the page. */
function readFields($: CheerioAPI): Record<string, string> {
  const fields: Record<string, string> = {};
  const put = (label: string | undefined, value: string | undefined) => {
    if (label !== undefined && value !== undefined && !(label in fields)) fields[label] = value;
  };
  for (const row of $(`${S.field}, ${S.item}`).toArray()) {
    // The first span is the label ('고용형태'); everything after it is the value.
    const label = readText($(row).find('span').first().text());
    const rest = $(row).clone();
    rest.find('span').first().remove();
    put(label, valueText($, rest));
  }
  for (const term of $(S.term).toArray()) put(readText($(term).text()), valueText($, $(term).next('dd')));
  return fields;
}

/** Returns every JSON-LD node of the page (arrays and `@graph` flattened) and whether any block was unreadable. */
function readJsonLd($: CheerioAPI): { nodes: unknown[]; broken: number } {
  const nodes: unknown[] = [];
  let broken = 0;
  for (const script of $(S.jsonLd).toArray()) {
    let value: unknown;
    try {
      value = JSON.parse($(script).text());
    } catch {
      // A broken JSON-LD block is counted in the payload; the visible fields still describe the posting.
      broken += 1;
      continue;
    }
    const queue = Array.isArray(value) ? [...value] : [value];
    while (queue.length > 0) {
      const node = queue.shift();
      if (isRecord(node) && Array.isArray(node['@graph'])) queue.push(...node['@graph']);
      else nodes.push(node);
    }
  }
  return { nodes, broken };
}

/** Returns true for a JSON-LD node whose `@type` is or includes 'JobPosting'. */
function isJobPosting(node: unknown): boolean {
  if (!isRecord(node)) return false;
  const type = node['@type'];
  return type === 'JobPosting' || (Array.isArray(type) && type.includes('JobPosting'));
}

/** Returns the skill names of the Next.js flight data (`"skills":[{"name":"Java",…}]`, escaped or not). */
function readFlightSkills(html: string): string[] {
  const names: string[] = [];
  for (const block of html.matchAll(/\\?"skills\\?"\s*:\s*\[(.*?)\]/gs)) {
    for (const m of (block[1] ?? '').matchAll(/\\?"name\\?"\s*:\s*\\?"([^"\\]+)/g)) names.push(m[1] ?? '');
  }
  return uniqueTexts(names);
}

/**
 * Returns what a GI_Read page (or a fragment of it) holds as a plain record — id (page or `id`), title,
 * company, label/value fields, the JSON-LD JobPosting and skills — plus whether anything was found at all.
 *
 * @example readJobKoreaDetail(html, '49759955').record.fields['고용형태'] // '정규직'
 */
export function readJobKoreaDetail(
  html: string,
  id: string | undefined,
): { record: Record<string, unknown>; recognized: boolean } {
  const $ = load(html);
  const { nodes, broken } = readJsonLd($);
  const jsonLd = nodes.find(isJobPosting);
  const ld = isRecord(jsonLd) ? jsonLd : undefined;
  const org = ld?.hiringOrganization;
  const pageUrls = [
    $(S.canonical).attr('href'),
    $(S.ogUrl).attr('content'),
    typeof ld?.url === 'string' ? ld.url : undefined,
  ];
  const pageId = pageUrls.map((u) => u?.match(JOBKOREA_GI_ID)?.[1]).find(Boolean);
  const fields = readFields($);
  const title =
    (typeof ld?.title === 'string' ? readText(ld.title) : undefined) ??
    readText($(S.ogTitle).attr('content')) ??
    readText($(S.heading).first().text());
  const company = isRecord(org) ? readText(org.name) : readText(org);
  const skillField = Object.entries(fields).find(([label]) => /스킬|기술\s*스택|skill/i.test(label))?.[1];
  const ldSkills = Array.isArray(ld?.skills)
    ? ld.skills
    : typeof ld?.skills === 'string'
      ? ld.skills.split(',')
      : [];
  const record: Record<string, unknown> = {
    id: id ?? pageId,
    title,
    company,
    fields,
    jsonLd,
    skills: uniqueTexts([...readFlightSkills(html), ...ldSkills, ...(skillField?.split(',') ?? [])]),
  };
  if (broken > 0) record.brokenJsonLd = broken;
  for (const key of Object.keys(record)) if (record[key] === undefined) delete record[key];
  return { record, recognized: ld !== undefined || Object.keys(fields).length > 0 || title !== undefined };
}
