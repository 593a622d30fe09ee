import type { RawPosting } from '../../model/raw-posting.js';
import { compact } from '../_compact.js';
import { readId, readText } from '../_read-values.js';
import { uniqueTexts } from '../_text-lists.js';
import { rallitRegion } from './regions.js';
import type { RallitDetail, RallitListItem } from './schema.js';
import { RALLIT_SOURCE, rallitPositionUrl } from './urls.js';

// Rallit writes "no dates" as the sentinels 1970-01-01 / 9999-12-31 (상시 채용).
const OPEN_START = /^1970-01-01/;
const OPEN_END = /^9999-12-31/;

/**
 * Returns the RawPosting of one Rallit position, list item or detail. `career.text` joins `jobLevels`
 * ('JUNIOR,MIDDLE') as given; turning levels into years is the normalizer's job (normalizeCareer).
 *
 * @example mapRallitPosition({ id: 1, title: '플랫폼 엔지니어', companyName: '솔빛', jobLevels: ['JUNIOR'] }, item, fetchedAt).career // { text: 'JUNIOR' }
 */
export function mapRallitPosition(
  p: RallitListItem & Partial<RallitDetail>,
  raw: unknown,
  fetchedAt: string,
): RawPosting {
  const sourceId = String(p.id);
  const levels = uniqueTexts(p.jobLevels && p.jobLevels.length > 0 ? p.jobLevels : [p.jobLevel]);
  const ended = readText(p.endedAt);
  const started = readText(p.startedAt);
  const alwaysOpen = ended !== undefined && OPEN_END.test(ended);
  const street = readText([p.addressMain, p.addressDetail].filter(Boolean).join(' '));
  return compact({
    source: RALLIT_SOURCE,
    sourceId,
    url: readText(p.url) ?? rallitPositionUrl(sourceId),
    fetchedAt,
    title: p.title,
    company: p.companyName,
    companyId: readId(p.companyId),
    categories: uniqueTexts((p.jobs ?? []).map((j) => j.name)),
    stackTags: uniqueTexts(p.jobSkillKeywords ?? []),
    career: levels.length > 0 ? { text: levels.join(',') } : undefined,
    // The list only has a region code ('GURO_GASAN'); the detail has the street address.
    locations:
      street === undefined ? uniqueTexts([p.addressRegion && rallitRegion(p.addressRegion)]) : [street],
    deadline: alwaysOpen ? undefined : ended,
    alwaysOpen: ended === undefined ? undefined : alwaysOpen,
    tags: [],
    sections: compact({
      mainTasks: p.responsibilities ?? undefined,
      requirements: p.basicQualifications ?? undefined,
      preferred: p.preferredQualifications ?? undefined,
    }),
    postedAt: started !== undefined && !OPEN_START.test(started) ? started : undefined,
    payload: raw,
  });
}
