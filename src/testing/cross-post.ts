// One job posted on several sites, as companies do: each site's copy is titled and filled in that
// site's manner — Saramin and JobKorea bracket the company and end with '채용', Jumpit flags
// '[병역특례]', Wanted writes the role in English now and then — with the tags a site's form allowed,
// posted a few days apart. The copy carries the job it belongs to, so a test can score job linking.
import type { Random } from './_random.js';
import type { SyntheticPosting } from './generate-postings.js';

const DAY_MS = 86_400_000;

/** Sites whose copies this knows how to word; any other site gets the title as it is. */
export type CrossPostSite = 'jumpit' | 'wanted' | 'programmers' | 'saramin' | 'jobkorea' | (string & {});

/**
 * Returns `posting` as `site` would list it under the site's own posting id `id`: same company, role,
 * place, career and deadline; the title in the site's wording, some stacks left out or reordered, the
 * posting day up to four days later, and `jobKey` naming the job (the original's own key, or
 * '{originSite}:{original id}').
 *
 * @example crossPost(jumpitPosting, 'jumpit', 'saramin', 52000013, random).title
 * // '[카카오] 백엔드 개발자 경력직 채용'
 */
export function crossPost(
  posting: SyntheticPosting,
  originSite: string,
  site: CrossPostSite,
  id: number,
  random: Random,
): SyntheticPosting {
  const kept = posting.stacks.length > 2 && random.chance(0.4) ? posting.stacks.slice(0, -1) : posting.stacks;
  const stacks = random.chance(0.5) ? [...kept].reverse() : kept;
  const posted = Date.parse(`${posting.postedAt}T00:00:00Z`) + random.int(0, 4) * DAY_MS;
  return {
    ...posting,
    id,
    title: wordTitle(posting, site, random),
    stacks,
    postedAt: new Date(posted).toISOString().slice(0, 10),
    intro: `${posting.company}에서 ${posting.title} 포지션을 모집합니다. ${posting.intro}`,
    jobKey: posting.jobKey ?? `${originSite}:${posting.id}`,
  };
}

function wordTitle(posting: SyntheticPosting, site: CrossPostSite, random: Random): string {
  const { title } = posting;
  const brand = posting.company.replace(/\(주\)|㈜|주식회사|\(.*?\)/g, '').trim();
  const career = posting.newcomer ? '신입' : `경력 ${posting.minCareer}년 이상`;
  switch (site) {
    case 'saramin':
      return random.pick([
        `[${brand}] ${title} 채용`,
        `[${brand}] ${title} 경력직 채용 (${career})`,
        `${brand} ${title} 채용`,
      ]);
    case 'jobkorea':
      return random.pick([`[${posting.company}] ${title} 모집`, `${title} (${career}) 채용`]);
    case 'jumpit':
      return random.chance(0.3) ? `[병역특례] ${title}` : title;
    case 'wanted':
      return random.chance(0.3) ? title.replace('백엔드 개발자', 'Backend Engineer') : title;
    default:
      return title;
  }
}
