import { toKstIso } from '../../model/kst.js';
import type { ParseResult } from '../../model/quarantine.js';
import type { RawPosting } from '../../model/raw-posting.js';
import { compact } from '../_compact.js';
import type { ParseOptions } from '../_fetched-at.js';
import { parseEnvelope } from '../_parse-envelope.js';
import { readDecodedText, readNumber, readText } from '../_read-values.js';
import { splitTexts, uniqueTexts } from '../_text-lists.js';
import { saraminCareer } from './career.js';
import { SaraminApiEnvelope, SaraminApiJob } from './schema.js';
import { csnOf, redactAccessKey, SARAMIN_SOURCE, saraminJobUrl, saraminUrlOf } from './urls.js';

/** Options of {@link parseApi}. */
export interface SaraminApiOptions extends ParseOptions {
  /** The Open API key the request used; any copy of it in the body is redacted as well. */
  accessKey?: string;
}

// close-type codes (https://oapi.saramin.co.kr/guide/job-search): 1 접수마감일, 2 채용시, 3 상시, 4 수시 —
// only 1 has a real deadline.
const OPEN_CLOSE_TYPE = /상시|채용\s*시|수시/;
const OPEN_CLOSE_CODES = new Set(['2', '3', '4']);
// Unix seconds before 2000 or after 2100 are sentinels, not dates.
const MIN_STAMP = 946_684_800;
const MAX_STAMP = 4_102_444_800;

/** Returns a unix-seconds stamp ('1790000000') as ISO 8601 in KST, else undefined. */
function stampIso(value: string | number | null | undefined): string | undefined {
  const seconds = readNumber(value);
  if (seconds === undefined || seconds < MIN_STAMP || seconds > MAX_STAMP) return undefined;
  return toKstIso(new Date(seconds * 1000));
}

/** Returns the code/name pairs of a `job-code` as 'saramin:<code>' ids followed by the names. */
function jobCodes(jobCode: { code?: unknown; name?: unknown } | null | undefined): string[] {
  const codes = splitTexts(typeof jobCode?.code === 'number' ? String(jobCode.code) : jobCode?.code);
  return [...codes.filter((c) => /^\d+$/.test(c)).map((c) => `saramin:${c}`), ...splitTexts(jobCode?.name)];
}

/**
 * Returns the RawPostings of one Saramin Open API answer (`GET /job-search`) and a quarantine entry for
 * each job that cannot be read. Entities in names are decoded ('서울 &gt; 강남구' → '서울 강남구'), comma
 * lists split, unix-second stamps turned into KST ISO dates; `job-code` gives categories as
 * 'saramin:<code>' ids and names, `keyword` the stack tags. Every `access-key=` in the body (and
 * `opts.accessKey` itself) is redacted before anything is kept.
 *
 * @throws {ParseError} when the body is not the `{jobs:{job:[]}}` envelope.
 * @example
 * const { items } = parseApi({ jobs: { count: 1, start: 0, total: '1', job: [job] } });
 * items[0]?.locations // ['서울 강남구']
 */
export function parseApi(body: unknown, opts?: SaraminApiOptions): ParseResult<RawPosting> {
  const safe = redactAccessKey(body, opts?.accessKey);
  return parseEnvelope(safe, opts, {
    source: SARAMIN_SOURCE,
    what: 'Saramin Open API job-search answer',
    envelope: SaraminApiEnvelope,
    items: (envelope) => envelope.jobs.job,
    path: ['jobs', 'job'],
    schema: SaraminApiJob,
    urlOf: saraminUrlOf,
    toRaw: (job, raw, fetchedAt) => {
      const sourceId = String(job.id);
      const p = job.position;
      const closeType = job['close-type'];
      const closeName = readDecodedText(closeType?.name);
      const alwaysOpen =
        closeName !== undefined
          ? OPEN_CLOSE_TYPE.test(closeName)
          : OPEN_CLOSE_CODES.has(String(closeType?.code ?? ''));
      const expires = stampIso(job['expiration-timestamp']) ?? readText(job['expiration-date']);
      const salary = readDecodedText(job.salary?.name);
      const industry = readDecodedText(p.industry?.name);
      return compact({
        source: SARAMIN_SOURCE,
        sourceId,
        url: saraminJobUrl(sourceId),
        fetchedAt,
        title: readDecodedText(p.title) ?? p.title,
        company: readDecodedText(job.company.detail.name) ?? job.company.detail.name,
        companyId: csnOf(job.company.detail.href),
        categories: uniqueTexts([...splitTexts(p['job-mid-code']?.name), ...jobCodes(p['job-code'])]),
        // Keywords mix stacks and job words ('DBMS,소프트웨어개발,Java,Spring'); the stack normalizer sorts them.
        stackTags: splitTexts(job.keyword),
        career: saraminCareer(p['experience-level']),
        // 'a > b' is the API's region path: '서울 > 강남구' reads '서울 강남구'.
        locations: splitTexts(p.location?.name).map((l) => l.replace(/\s*>\s*/g, ' ')),
        // An open-ended posting carries a far-off stamp or none; its close type is the honest deadline.
        deadline: alwaysOpen ? (closeName ?? expires) : expires,
        alwaysOpen: closeType == null ? undefined : alwaysOpen,
        employmentType: readDecodedText(p['job-type']?.name),
        salary: salary === undefined ? undefined : { text: salary },
        education: readDecodedText(p['required-education-level']?.name),
        tags: uniqueTexts([
          industry && `industry:${industry}`,
          stampIso(job['opening-timestamp']) && `opening:${stampIso(job['opening-timestamp'])}`,
          readNumber(job.active) === 0 ? 'inactive' : undefined,
        ]),
        sections: {},
        postedAt: stampIso(job['posting-timestamp']) ?? readText(job['posting-date']),
        updatedAt: stampIso(job['modification-timestamp']),
        payload: raw,
      });
    },
  });
}
