// Lowest degree asked for (학력). Forms: Jumpit `education: 8` / '대학교졸업(4년) 이상', Saramin '대졸↑' and
// '대졸(4년제) 이상', Remember's `bachelor | master | doctor | none`.
import type { Education, EducationLevel } from '../model/posting.js';
import { cleanText } from './clean-text.js';

const MAX_INPUT = 200;

/** Lowest first: a posting asking '대졸 이상 (석사 우대)' needs a bachelor. */
const LEVEL_ORDER: readonly EducationLevel[] = [
  'any',
  'highschool',
  'associate',
  'bachelor',
  'master',
  'doctor',
];

const LEVEL_LABELS: Readonly<Record<EducationLevel, string>> = {
  any: '학력무관',
  highschool: '고졸 이상',
  associate: '초대졸 이상',
  bachelor: '대졸 이상',
  master: '석사 이상',
  doctor: '박사',
};

/**
 * Saramin `edu_lv` codes (0 무관, 1 고졸, 2 대졸(2,3년), 3 대졸(4년), 4 석사, 5 박사, 6 고졸 이상,
 * 7 초대졸 이상, 8 대졸(4년) 이상, 9 석사 이상): 0–5 are the levels in order, 6–9 the '이상' forms of
 * 고졸 to 석사, which ask for the same lowest degree. Jumpit (a Saramin service) sends the same
 * numbers: its `education: 8` comes with '대학교졸업(4년) 이상'. Only 8 is confirmed there — the rest
 * is inferred.
 */
const EDU_CODES: readonly EducationLevel[] = [...LEVEL_ORDER, ...LEVEL_ORDER.slice(1, 5)];

// '학력무관', '학력 무관', 'none' (Remember), 'irrelevant', 'any'
const ANY = /무관|상관\s*없|\bnone\b|\bany\b|irrelevant|not required/;
// '박사', 'doctor' (Remember), 'Ph.D'
const DOCTOR = /박사|doctor|ph\.?\s?d|doctoral/;
// '석사', 'master' (Remember)
const MASTER = /석사|master|\bm\.?s\b|graduate degree/;
// '초대졸↑', '대졸(2,3년)', '전문대', '2,3년제', '2~3년제', 'associate'
const ASSOCIATE = /초대졸|전문대|2\s*[,~·-]?\s*3\s*년|associate|college/;
// '대졸↑', '대졸(4년) 이상', '대학교졸업(4년) 이상', '대졸(4년제) 이상', '학사', 'bachelor'
const BACHELOR = /대졸|대학교?\s*졸업|4\s*년제|학사|bachelor|university|\bb\.?s\b/;
// '고졸↑', '고졸 이상', '고등학교 졸업', 'high school'
const HIGHSCHOOL = /고졸|고등학교|high\s?school|중졸|중학교/;
// '졸업예정자 가능', '졸업 예정', 'expected'
const EXPECTED = /졸업\s*예정|예정자|expected/;

const RULES: ReadonlyArray<readonly [RegExp, EducationLevel]> = [
  [DOCTOR, 'doctor'],
  [MASTER, 'master'],
  [ASSOCIATE, 'associate'],
  [HIGHSCHOOL, 'highschool'],
];

/**
 * Returns the lowest degree a text asks for, whether graduating students may apply (`expectedOk`) and
 * one canonical label; `null` when no level is named. When several levels appear the lowest wins;
 * '학력무관' beats everything. Accepts Remember enums (bachelor|master|doctor|none) and Saramin/Jumpit
 * numeric codes ('8' = 대졸(4년) 이상). 중졸 counts as highschool-or-lower, i.e. `highschool` (the
 * schema has no lower level).
 *
 * @example normalizeEducation('대졸(4년제) 이상') // { level: 'bachelor', expectedOk: false, label: '대졸 이상' }
 * @example normalizeEducation('고졸↑ 졸업예정자 가능') // { level: 'highschool', expectedOk: true, label: '고졸 이상 (졸업예정자 가능)' }
 */
export function normalizeEducation(text: string): Education | null {
  if (typeof text !== 'string') return null;
  const t = cleanText(text.length > MAX_INPUT ? text.slice(0, MAX_INPUT) : text).toLowerCase();
  if (t === '') return null;
  const expectedOk = EXPECTED.test(t);
  if (/^\d$/.test(t)) return make(EDU_CODES[Number(t)] ?? 'any', expectedOk);
  if (ANY.test(t)) return make('any', expectedOk);
  let lowest = -1;
  for (const [rule, level] of RULES) {
    if (rule.test(t)) lowest = minIndex(lowest, LEVEL_ORDER.indexOf(level));
  }
  // '대졸' is also inside '초대졸': count bachelor only when it appears outside that word.
  if (BACHELOR.test(t.replace(/초대졸/g, ''))) lowest = minIndex(lowest, LEVEL_ORDER.indexOf('bachelor'));
  const level = LEVEL_ORDER[lowest];
  return level ? make(level, expectedOk) : null;
}

function minIndex(current: number, next: number): number {
  return current === -1 ? next : Math.min(current, next);
}

function make(level: EducationLevel, expectedOk: boolean): Education {
  const base = LEVEL_LABELS[level];
  return { level, expectedOk, label: expectedOk && level !== 'any' ? `${base} (졸업예정자 가능)` : base };
}
