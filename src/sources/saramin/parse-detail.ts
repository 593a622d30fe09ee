import { ParseError } from '../../model/errors/parse-error.js';
import type { ParseResult } from '../../model/quarantine.js';
import type { RawPosting } from '../../model/raw-posting.js';
import { compact } from '../_compact.js';
import { fetchedAtOf, type ParseOptions } from '../_fetched-at.js';
import { parseItems } from '../_parse-items.js';
import { readHtml } from '../_read-body.js';
import { readId, readNumber } from '../_read-values.js';
import { uniqueTexts } from '../_text-lists.js';
import { readSaraminDetail } from './read-detail.js';
import { SaraminDetailRecord } from './schema.js';
import { csnOf, SARAMIN_SOURCE, saraminJobUrl, saraminUrlOf } from './urls.js';

/** Options of {@link parseDetail}. */
export interface SaraminDetailOptions extends ParseOptions {
  /**
   * The rec_idx the page was fetched for. A `view-ajax` answer usually names it (a hidden input, the
   * iframe link), but a trimmed fragment may not; without either the posting is quarantined.
   */
  id?: string | number;
}

// 근무지역/마감일 values meaning "no deadline": '상시채용', '채용시 마감', '수시채용'.
const ALWAYS_OPEN = /상시|채용\s*시|수시/;
// 핵심 정보 labels mapped to fields; every other pair is kept as a 'label:value' tag.
const MAPPED = new Set(['경력', '학력', '근무형태', '급여', '근무지역']);

/**
 * Returns the RawPosting of one Saramin `view-ajax` detail: header (company, title),
 * 핵심 정보 pairs (경력, 학력, 근무형태, 급여, 근무지역; others such as 근무일시 as 'label:value' tags),
 * the map block's address and point, 접수기간 (시작일 → postedAt, 마감일 → deadline) and the detail,
 * benefit and company blocks as sections (etc, benefits, intro). A page without a readable rec_idx
 * becomes one 'missing_field' issue.
 *
 * @throws {ParseError} when the body is not HTML, or is HTML with nothing of a posting in it.
 * @example
 * const { items } = parseDetail(html, { id: 41232704 });
 * items[0]?.coordinates // { lat: 37.76, lng: 126.77 }
 */
export function parseDetail(body: unknown, opts?: SaraminDetailOptions): ParseResult<RawPosting> {
  const html = readHtml(body, SARAMIN_SOURCE);
  const { record, recognized } = readSaraminDetail(html, readId(opts?.id));
  if (!recognized)
    throw new ParseError({
      message: 'page has no .wrap_jv_header, no 핵심 정보 pairs and no title',
      source: SARAMIN_SOURCE,
    });
  const fetchedAt = fetchedAtOf(opts);
  return parseItems([record], {
    source: SARAMIN_SOURCE,
    path: [],
    single: true,
    schema: SaraminDetailRecord,
    urlOf: saraminUrlOf,
    toRaw: (page, raw) => {
      const s = page.summary;
      const lat = readNumber(page.latitude);
      const lng = readNumber(page.longitude);
      const deadline = page.period.마감일;
      return compact({
        source: SARAMIN_SOURCE,
        sourceId: page.id,
        url: saraminJobUrl(page.id),
        fetchedAt,
        // A fragment without the header leaves these empty for the collector to fill from the card.
        title: page.title ?? '',
        company: page.company ?? '',
        companyId: csnOf(page.companyHref),
        career: s.경력 === undefined ? undefined : { text: s.경력 },
        // data-address is the street address ('(10857) 경기 파주시 한산로 69'); 근무지역 may list several areas.
        locations: uniqueTexts([page.address, s.근무지역]),
        coordinates:
          lat !== undefined && lng !== undefined && (lat !== 0 || lng !== 0) ? { lat, lng } : undefined,
        deadline,
        alwaysOpen: ALWAYS_OPEN.test(deadline ?? '') ? true : undefined,
        employmentType: s.근무형태,
        salary: s.급여 === undefined ? undefined : { text: s.급여 },
        education: s.학력,
        tags: Object.entries(s)
          .filter(([label]) => !MAPPED.has(label))
          .map(([label, value]) => `${label}:${value}`),
        sections: compact({
          intro: page.sections.company,
          benefits: page.sections.benefit,
          etc: page.sections.detail,
        }),
        postedAt: page.period.시작일,
        payload: raw,
      });
    },
  });
}
