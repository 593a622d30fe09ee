import type { CheerioAPI } from 'cheerio';
import type { ParseResult } from '../../model/quarantine.js';
import type { RawPosting } from '../../model/raw-posting.js';
import { compact } from '../_compact.js';
import type { ParseOptions } from '../_fetched-at.js';
import { parseCards } from '../_parse-cards.js';
import { readText } from '../_read-values.js';
import { uniqueTexts } from '../_text-lists.js';
import { SaraminSearchCard } from './schema.js';
import { SARAMIN_REC_IDX, SARAMIN_SELECTORS } from './selectors.js';
import { csnOf, SARAMIN_SOURCE, saraminJobUrl, saraminUrlOf } from './urls.js';

const S = SARAMIN_SELECTORS.search;
const C = SARAMIN_SELECTORS.category;

// cheerio does not re-export domhandler's node type; take it from the API instead of a transitive dep.
type Node = Parameters<CheerioAPI['contains']>[0];

// The condition spans are [location, career, education, employment, salary?], but a card may leave one out,
// so each is recognised by its wording: '신입·경력', '대졸↑', '300 만원'.
const CAREER = /신입|경력/;
const EDUCATION = /졸|학력|대학|석사|박사/;
const SALARY = /만원|\d\s*원|연봉|월급|시급|내규|면접\s*후/;
// '상시채용', '채용시', '수시채용' — no deadline.
const ALWAYS_OPEN = /상시|채용\s*시|수시/;
// '등록일 26/09/26', '수정일 26/09/26' (YY/MM/DD).
const DAY = /(등록일|수정일)\s*(\d{2})\/(\d{2})\/(\d{2})/;
// A job-category card's dates: '~ 12/15(월)', '오늘마감', '18시마감', 'D-3', '상시채용', '채용시'.
const DEADLINE = /~\s*\d{1,2}[./]\d{1,2}|마감|D-\d+|상시|채용\s*시|수시/i;
// …and its registration note, which is not a deadline: '3일 전 등록', '(2시간 전 수정)', '등록일 26/09/26'.
const REGISTERED = /^\(?\s*\d+\s*(?:일|시간|분)\s*전\s*(?:등록|수정)|^(?:등록|수정)일/;
// A job-category row's id attribute: 'rec-49123456'.
const ROW_ID = /(\d+)$/;

/** Returns the record without its undefined values, so absent fields stay absent for the schema. */
function withoutUndefined(record: Record<string, unknown>): Record<string, unknown> {
  for (const key of Object.keys(record)) if (record[key] === undefined) delete record[key];
  return record;
}

/**
 * Returns a job-category card (`.box_item`) in the search card's shape: its labelled place, career and
 * education become the conditions, and its dates are told apart by wording.
 */
function readCategoryCard($: CheerioAPI, element: Node): Record<string, unknown> {
  const card = $(element);
  const link = card.find(C.title).first();
  const company = card.find(C.company).first();
  const labelled = (selector: string) => readText(card.find(selector).first().text());
  const dates = uniqueTexts(
    card
      .find(C.dates)
      .toArray()
      .map((el) => $(el).text()),
  );
  return withoutUndefined({
    id: link.attr('href')?.match(SARAMIN_REC_IDX)?.[1] ?? card.closest(C.row).attr('id')?.match(ROW_ID)?.[1],
    title: readText(link.attr('title')) ?? readText(link.text()),
    company: readText(company.attr('title')) ?? readText(company.text()),
    companyHref: company.attr('href'),
    deadline: dates.find((text) => DEADLINE.test(text) && !REGISTERED.test(text)),
    conditions: uniqueTexts([labelled(C.place), labelled(C.career), labelled(C.education)]),
    sectors: uniqueTexts(
      card
        .find(C.sector)
        .toArray()
        .map((el) => $(el).text()),
    ),
    day: dates.find((text) => DAY.test(text)),
  });
}

/** Returns every text of a card as a plain record; validation happens afterwards, per card. */
function readCard($: CheerioAPI, element: Node): Record<string, unknown> {
  if (!$(element).is(S.card)) return readCategoryCard($, element);
  const card = $(element);
  const link = card.find(S.title).first();
  const company = card.find(S.company).first();
  const record: Record<string, unknown> = {
    id: readText(card.attr('value')) ?? link.attr('href')?.match(SARAMIN_REC_IDX)?.[1],
    title: readText(link.attr('title')) ?? readText(link.text()),
    company: readText(company.text()),
    companyHref: company.attr('href'),
    deadline: readText(card.find(S.deadline).first().text()),
    conditions: card
      .find(S.condition)
      .toArray()
      .map((span) => readText($(span).text()) ?? '')
      .filter(Boolean),
    sectors: uniqueTexts(
      card
        .find(S.sector)
        .toArray()
        .map((a) => $(a).text()),
    ),
    day: readText(card.find(S.day).first().text()),
  };
  return withoutUndefined(record);
}

/** Returns the condition texts by meaning: the first is the place unless its wording says otherwise. */
function readConditions(conditions: readonly string[]) {
  const out: {
    location?: string;
    career?: string;
    education?: string;
    employment?: string;
    salary?: string;
  } = {};
  conditions.forEach((text, index) => {
    const kind = CAREER.test(text)
      ? 'career'
      : EDUCATION.test(text)
        ? 'education'
        : SALARY.test(text)
          ? 'salary'
          : index === 0
            ? 'location'
            : 'employment';
    out[kind] ??= text;
  });
  return out;
}

/** Returns '등록일 26/09/26' as a posting date and '수정일 26/09/26' as an update date ('2026-09-26'). */
function readDay(day: string | undefined): { postedAt?: string; updatedAt?: string } {
  const match = day === undefined ? null : DAY.exec(day);
  if (!match) return {};
  const date = `20${match[2]}-${match[3]}-${match[4]}`;
  return match[1] === '등록일' ? { postedAt: date } : { updatedAt: date };
}

/**
 * Returns the RawPostings of one Saramin list page — the search (`/zf_user/search/recruit`,
 * `div.item_recruit` cards) or the job-category list (`/zf_user/jobs/list/job-category`, `.box_item`
 * cards) — and a quarantine entry for each card without a rec_idx, title or company. Deadlines are kept
 * as written ('~ 10/11(일)', '오늘마감', '상시채용'); `.job_sector` keywords become stack tags. A page
 * that links postings (`rec_idx=`) but shows no card, or reads like a block page, gives one
 * 'unrecognized_markup' entry; a search without results ('검색결과가 없습니다') gives nothing.
 *
 * @throws {ParseError} when the body is not an HTML string.
 * @example
 * const { items } = parseSearch(html);
 * items[0]?.url // 'https://www.saramin.co.kr/zf_user/jobs/relay/view?rec_idx=…'
 */
export function parseSearch(body: unknown, opts?: ParseOptions): ParseResult<RawPosting> {
  return parseCards(body, opts, {
    source: SARAMIN_SOURCE,
    card: `${S.card}, ${C.card}`,
    postingLink: SARAMIN_REC_IDX,
    readCard,
    schema: SaraminSearchCard,
    urlOf: saraminUrlOf,
    toRaw: (card, raw, fetchedAt) => {
      const c = readConditions(card.conditions);
      return compact({
        source: SARAMIN_SOURCE,
        sourceId: card.id,
        url: saraminJobUrl(card.id),
        fetchedAt,
        title: card.title,
        company: card.company,
        // The search page's csn is an encrypted token, still stable per company.
        companyId: csnOf(card.companyHref),
        stackTags: card.sectors,
        career: c.career === undefined ? undefined : { text: c.career },
        locations: uniqueTexts([c.location]),
        deadline: card.deadline,
        alwaysOpen: ALWAYS_OPEN.test(card.deadline ?? '') ? true : undefined,
        employmentType: c.employment,
        salary: c.salary === undefined ? undefined : { text: c.salary },
        education: c.education,
        tags: [],
        sections: {},
        ...readDay(card.day),
        payload: raw,
      });
    },
  });
}
