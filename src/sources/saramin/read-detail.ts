import { type CheerioAPI, load } from 'cheerio';
import { readText } from '../_read-values.js';
import { SARAMIN_REC_IDX, SARAMIN_SELECTORS } from './selectors.js';

const S = SARAMIN_SELECTORS.detail;

/** Returns the text of an element without page chrome (headings, tooltips, buttons). */
function cleanText(element: ReturnType<CheerioAPI>): string | undefined {
  const copy = element.clone();
  copy.find(S.chrome).remove();
  return readText(copy.text());
}

/** Returns dt → dd text for the `dt` elements a selector finds; the first of a label wins. */
function readPairs($: CheerioAPI, termSelector: string): Record<string, string> {
  const pairs: Record<string, string> = {};
  for (const term of $(termSelector).toArray()) {
    const label = cleanText($(term));
    const value = cleanText($(term).nextAll('dd').first());
    if (label !== undefined && value !== undefined && !(label in pairs)) pairs[label] = value;
  }
  return pairs;
}

/** Returns the HTML of the content blocks (detail, benefit, company) that hold any text. */
function readSections($: CheerioAPI): Record<string, string> {
  const sections: Record<string, string> = {};
  for (const [name, selector] of Object.entries(S.sections)) {
    const block = $(selector).first().clone();
    block.find(S.chrome).remove();
    const html = block.html()?.trim();
    // The detail body often sits in an iframe (`view-detail`): a block with no text of its own is left out.
    if (html && readText(block.text()) !== undefined) sections[name] = html;
  }
  return sections;
}

/**
 * Returns what a `view-ajax` detail holds as a plain record — rec_idx (given or found in the page),
 * title, company, 핵심 정보 and 접수기간 pairs, the map block's address and point, and section HTML —
 * plus whether anything of a posting was found at all.
 *
 * @example readSaraminDetail(html, '41232704').record.summary['경력'] // '신입·경력 1~10년'
 */
export function readSaraminDetail(
  html: string,
  id: string | undefined,
): { record: Record<string, unknown>; recognized: boolean } {
  const $ = load(html);
  const companyLink = $(S.company).first();
  const place = $(S.location).first();
  const pageId =
    readText($(S.recIdxInput).first().attr('value')) ??
    $('[href*="rec_idx="], [src*="rec_idx="]')
      .toArray()
      .map((el) => ($(el).attr('href') ?? $(el).attr('src'))?.match(SARAMIN_REC_IDX)?.[1])
      .find(Boolean);
  const summary = readPairs($, S.summaryTerm);
  const record: Record<string, unknown> = {
    id: id ?? pageId,
    title: cleanText($(S.title).first()),
    company: cleanText(companyLink),
    companyHref: companyLink.attr('href') ?? companyLink.find('a').first().attr('href'),
    summary,
    period: readPairs($, S.periodTerm),
    address: readText(place.attr('data-address')),
    latitude: readText(place.attr('data-latitude')),
    longitude: readText(place.attr('data-longitude')),
    sections: readSections($),
  };
  for (const key of Object.keys(record)) if (record[key] === undefined) delete record[key];
  const recognized = record.title !== undefined || Object.keys(summary).length > 0 || $(S.header).length > 0;
  return { record, recognized };
}
