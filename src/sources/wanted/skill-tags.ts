// Wanted lists give skill tags as integer ids only. These are the ids whose names public clients of
// Wanted's filters agree on; the rest stay as 'wanted-skill:<id>' tags until the tag dictionary
// (static.wanted.co.kr/tags?tags=skill) is fetched by a collector.

/** Wanted skill-tag id → the name Wanted shows. */
export const WANTED_SKILL_TAGS: Readonly<Record<number, string>> = {
  1411: 'Git',
  1412: 'Github',
  1438: 'Android',
  1457: 'iOS',
  1459: 'Linux',
  1464: 'MySQL',
  1469: 'React',
  1530: 'C / C++',
  1539: 'HTML',
  1541: 'JavaScript',
  1544: 'Kotlin',
  1552: 'PHP',
  1554: 'Python',
  1562: 'SQL',
  1563: 'Swift',
  1698: 'AWS',
  1786: 'C++',
  2217: 'Docker',
  3078: 'Spring Framework',
  3451: 'JPA',
};

/**
 * Returns the known skill names for `ids` and a `'wanted-skill:<id>'` tag for each id it cannot name,
 * so no id is lost.
 *
 * @example resolveWantedSkillTags([1698, 10268]) // { names: ['AWS'], unresolved: ['wanted-skill:10268'] }
 */
export function resolveWantedSkillTags(ids: readonly number[]): { names: string[]; unresolved: string[] } {
  const names: string[] = [];
  const unresolved: string[] = [];
  for (const id of ids) {
    const name = WANTED_SKILL_TAGS[id];
    if (name === undefined) unresolved.push(`wanted-skill:${id}`);
    else names.push(name);
  }
  return { names, unresolved };
}
