import { lookupStack } from './_lookup.js';
import {
  STACK_IDS,
  STACK_KIND_OF,
  STACK_KINDS,
  STACK_NAMES,
  STACK_PARENTS,
  type StackId,
} from './dictionary.gen.js';

/** What the curated dictionary says about one technology. `category` is the record's kind. */
export interface StackInfo {
  /** Canonical id, e.g. 'spring-boot'. */
  id: string;
  /** Display name, e.g. 'Spring Boot'. */
  name: string;
  /** 'language' | 'framework' | 'library' | 'database' | 'cloud' | 'devops' | 'tool' | 'platform' | 'concept' | 'certification'. */
  category: string;
}

const infos: (StackInfo | undefined)[] = [];
let parents: string[] | undefined;

function infoAt(index: number): StackInfo {
  let info = infos[index];
  if (info === undefined) {
    const kind = STACK_KINDS[Number(STACK_KIND_OF[index])] ?? 'concept';
    info = Object.freeze({ id: STACK_IDS[index]!, name: STACK_NAMES[index]!, category: kind });
    infos[index] = info;
  }
  return info;
}

/**
 * Returns the id, display name and category of a tag the curated dictionary knows by any alias, or
 * `undefined` — no guessing, no fuzzy match: 'Java' ≠ 'JavaScript', 'C' ≠ 'C++' ≠ 'C#', 'Go' ≠ 'Django',
 * 'MySQL' ≠ 'MSSQL'. A single tag only; split composite tags with `splitStackTags` first.
 *
 * @example stackInfo('스프링 부트') // { id: 'spring-boot', name: 'Spring Boot', category: 'framework' }
 */
export function stackInfo(tag: string): StackInfo | undefined {
  if (typeof tag !== 'string') return undefined;
  const index = lookupStack(tag);
  return index < 0 ? undefined : infoAt(index);
}

/**
 * Returns every canonical id of the curated dictionary, sorted.
 *
 * @example stackIds().includes('egovframe') // true (전자정부프레임워크)
 */
export function stackIds(): readonly StackId[] {
  return STACK_IDS;
}

/**
 * Returns the parent id of a known id ('aws-ec2' → 'aws', 'spring-boot' → 'spring'), or `undefined`.
 *
 * @example stackParent(stackInfo('스프링부트')?.id ?? '') // 'spring'
 */
export function stackParent(id: string): string | undefined {
  parents ??= STACK_PARENTS.split(',');
  const index = (STACK_IDS as readonly string[]).indexOf(id);
  const parent = index < 0 ? '' : (parents[index] ?? '');
  return parent === '' ? undefined : STACK_IDS[Number.parseInt(parent, 36)];
}
