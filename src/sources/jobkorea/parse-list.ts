import type { CheerioAPI } from 'cheerio';
import type { ParseResult } from '../../model/quarantine.js';
import type { RawPosting } from '../../model/raw-posting.js';
import { compact } from '../_compact.js';
import type { ParseOptions } from '../_fetched-at.js';
import { parseCards } from '../_parse-cards.js';
import { readText } from '../_read-values.js';
import { uniqueTexts } from '../_text-lists.js';
import { classifyJobKoreaText, type JobKoreaTextKind } from './classify-text.js';
import { JobKoreaCard } from './schema.js';
import { JOBKOREA_CHIP_ICON, JOBKOREA_GI_ID, JOBKOREA_SELECTORS } from './selectors.js';
import { JOBKOREA_SOURCE, jobkoreaPostingUrl, jobkoreaUrlOf } from './urls.js';

const S = JOBKOREA_SELECTORS.list;

// cheerio does not re-export domhandler's node type; take it from the API instead of a transitive dep.
type Node = Parameters<CheerioAPI['contains']>[0];

/** Returns the texts grouped by what they are about, first-seen order kept. */
function groupTexts(texts: readonly string[]): Map<JobKoreaTextKind, string[]> {
  const groups = new Map<JobKoreaTextKind, string[]>();
  for (const text of texts) {
    const kind = classifyJobKoreaText(text);
    groups.set(kind, [...(groups.get(kind) ?? []), text]);
  }
  return groups;
}

/** Returns every text of a card as a plain record; validation happens afterwards, per card. */
function readCard($: CheerioAPI, element: Node): Record<string, unknown> {
  const card = $(element);
  const leafText = (el: Node): string | undefined => readText($(el).text());
  const href = card.find(S.link).first().attr('href');
  const logoAlt = readText(card.find(S.logo).first().attr('alt'));
  const company =
    card.find(S.company).toArray().map(leafText).find(Boolean) ?? logoAlt?.replace(/\s*로고$/, '');
  const chips = card
    .find(S.chip)
    .toArray()
    .map((chip) => {
      const icon = $(chip).find(S.chipIcon).attr('class')?.match(JOBKOREA_CHIP_ICON)?.[1];
      return compact({ icon, text: readText($(chip).text()) ?? '' });
    });
  // Leaf spans outside the title, company link, chips, badges and buttons: career, education, deadline…
  const texts = card
    .find('span')
    .toArray()
    .filter(
      (span) =>
        $(span).children('span').length === 0 &&
        $(span).closest(S.handled).length === 0 &&
        $(span).find(S.handled).length === 0,
    )
    .map(leafText);
  return {
    id: href?.match(JOBKOREA_GI_ID)?.[1],
    href,
    title: readText(card.find(S.title).first().text()),
    company,
    chips: chips.filter((c) => c.text !== ''),
    badges: uniqueTexts(card.find(S.badge).toArray().map(leafText)),
    buttons: uniqueTexts(card.find(S.button).toArray().map(leafText)),
    texts: uniqueTexts(texts),
  };
}

/** Returns the chip text with this icon, else the chip at `fallback` when no chip has an icon. */
function chipText(card: JobKoreaCard, icon: RegExp, fallback: number): string | undefined {
  const withIcon = card.chips.find((c) => c.icon !== undefined && icon.test(c.icon));
  if (withIcon) return withIcon.text;
  return card.chips.every((c) => c.icon === undefined) ? card.chips[fallback]?.text : undefined;
}

/**
 * Returns the RawPostings of one JobKorea search page (`/Search/?stext=…&tabType=recruit`, the
 * `CardJob` cards) and a quarantine entry for each card without an id, title or company. Cards carry
 * no employment type; region, career, education and deadline are kept as written ('D-19', '~09/13').
 * A page that links postings (`/Recruit/GI_Read/`) but shows no card, or reads like a block page, gives
 * one 'unrecognized_markup' entry; a search without results ('검색결과가 없습니다') gives nothing.
 *
 * @throws {ParseError} when the body is not an HTML string.
 * @example
 * const { items } = parseList(html);
 * items[0]?.locations // ['서울 마포구 외 14']
 */
export function parseList(body: unknown, opts?: ParseOptions): ParseResult<RawPosting> {
  return parseCards(body, opts, {
    source: JOBKOREA_SOURCE,
    card: S.card,
    postingLink: JOBKOREA_GI_ID,
    readCard,
    schema: JobKoreaCard,
    urlOf: jobkoreaUrlOf,
    toRaw: (card, raw, fetchedAt) => {
      const byKind = groupTexts(card.texts);
      const first = (kind: JobKoreaTextKind) => byKind.get(kind)?.[0];
      const career = first('career');
      const salary = first('salary');
      // The briefcase chip leads with the company's industry, then the jobs ('은행·금융, 백엔드개발자').
      // A lone item is a job. The industry is kept as a tag so a bank is not read as a job family.
      const keywords = uniqueTexts(chipText(card, /briefcase/, 1)?.split(',') ?? []);
      const industry = keywords.length > 1 ? keywords[0] : undefined;
      const jobs = keywords.length > 1 ? keywords.slice(1) : keywords;
      return compact({
        source: JOBKOREA_SOURCE,
        sourceId: card.id,
        url: jobkoreaPostingUrl(card.id),
        fetchedAt,
        title: card.title,
        company: card.company,
        categories: jobs,
        career: career === undefined ? undefined : { text: career },
        // '대구 달서구 외' / '서울 마포구 외 14' mean several places; the normalizer reads the suffix.
        locations: uniqueTexts([chipText(card, /place/, 0)]),
        deadline: first('deadline'),
        alwaysOpen: /상시|채용\s*시/.test(first('deadline') ?? '') ? true : undefined,
        employmentType: first('employment'),
        salary: salary === undefined ? undefined : { text: salary },
        education: first('education'),
        tags: uniqueTexts([
          ...card.badges,
          ...(byKind.get('other') ?? []),
          industry && `industry:${industry}`,
        ]),
        sections: {},
        payload: raw,
      });
    },
  });
}
