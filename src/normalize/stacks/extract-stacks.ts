import { toMatchForm } from './_match-form.js';
import { type AhoCorasick, buildAhoCorasick } from './aho-corasick.js';
import { STACK_IDS, STACK_PATTERNS, STACK_VERSIONED } from './dictionary.gen.js';

// Particles and light nouns that may follow a Hangul name: '자바를', '파이썬 경험', '스프링으로'. Longest
// first so that '으로' is tried before '으' would be (no particle is a prefix of a name we care about).
const PARTICLES = [
  '이랑',
  '으로',
  '에서',
  '하고',
  '경험',
  '개발',
  '기반',
  '까지',
  '부터',
  '처럼',
  '을',
  '를',
  '이',
  '가',
  '은',
  '는',
  '와',
  '과',
  '의',
  '에',
  '로',
  '및',
  '등',
  '도',
  '만',
  '랑',
];

// Context that makes an ambiguous name a technology: 'C 언어', 'Go language', 'R programming'.
const LANGUAGE_CONTEXT = /^ ?(?:언어|language|lang\b|programming|프로그래밍)/;
// What may separate two items of one list: 'Python, Go', 'Go/Rust', 'Kotlin 및 Swift', 'Go와 Rust'.
const LIST_GAP =
  /^[\s,/·ㆍ•|&()[\]{}+:;'"`<>~*]*(?:(?:and|or|및|또는|혹은|와|과|이나|나|랑)[\s,/·ㆍ•|&()[\]{}:;]*)?$/;
const MAX_LIST_GAP = 16;

interface Matcher {
  automaton: AhoCorasick;
  /** Per pattern: id index. */
  stack: Int32Array;
  /** Per pattern: 1 when the name is ambiguous and needs context. */
  gated: Uint8Array;
  /** Per pattern: bit 1 first char is [a-z0-9], bit 2 last char is, bit 4 first is Hangul, bit 8 last is. */
  edges: Uint8Array;
}

let matcher: Matcher | undefined;

const isAlnum = (c: number): boolean => (c >= 97 && c <= 122) || (c >= 48 && c <= 57);
const isHangul = (c: number): boolean =>
  (c >= 0xac00 && c <= 0xd7a3) || (c >= 0x1100 && c <= 0x11ff) || (c >= 0x3130 && c <= 0x318f);

function getMatcher(): Matcher {
  if (matcher !== undefined) return matcher;
  const lines = STACK_PATTERNS.split('\n');
  const patterns: string[] = [];
  const stack = new Int32Array(lines.length);
  const gated = new Uint8Array(lines.length);
  const edges = new Uint8Array(lines.length);
  lines.forEach((line, i) => {
    const [pattern = '', index = '0', flag = '0'] = line.split('\t');
    patterns.push(pattern);
    stack[i] = Number.parseInt(index, 36);
    gated[i] = flag === '1' ? 1 : 0;
    const first = pattern.charCodeAt(0);
    const last = pattern.charCodeAt(pattern.length - 1);
    edges[i] =
      (isAlnum(first) ? 1 : 0) |
      (isAlnum(last) ? 2 : 0) |
      (isHangul(first) ? 4 : 0) |
      (isHangul(last) ? 8 : 0);
  });
  matcher = { automaton: buildAhoCorasick(patterns), stack, gated, edges };
  return matcher;
}

function hasParticleAt(text: string, at: number): boolean {
  for (const p of PARTICLES) if (text.startsWith(p, at)) return true;
  return false;
}

// 'python3', 'java 17' is handled by the space; 'html5', 'vue3.x': digits right after a versioned name.
function endAfterVersion(text: string, at: number): number {
  let i = at;
  while (i < text.length) {
    const c = text.charCodeAt(i);
    if ((c >= 48 && c <= 57) || c === 46 || c === 120) i++;
    else break;
  }
  return i;
}

// One-letter names ('c', 'r') inside 'R&D', 'C-level' or "R's" are words, not languages.
const LETTER_JOINERS = new Set([38, 39, 8217]);

function boundaryOk(text: string, start: number, end: number, flags: number, versioned: boolean): boolean {
  if (
    end - start === 1 &&
    (LETTER_JOINERS.has(text.charCodeAt(start - 1)) || LETTER_JOINERS.has(text.charCodeAt(end)))
  ) {
    return false;
  }
  if (start > 0) {
    const before = text.charCodeAt(start - 1);
    if (flags & 1 && isAlnum(before)) return false;
    if (flags & 4 && isHangul(before)) return false;
  }
  if (end < text.length) {
    const after = text.charCodeAt(end);
    if (flags & 2 && isAlnum(after)) {
      if (!versioned || after < 48 || after > 57) return false;
      const rest = endAfterVersion(text, end);
      if (rest < text.length && isAlnum(text.charCodeAt(rest))) return false;
    }
    if (flags & 8 && isHangul(after) && !hasParticleAt(text, end)) return false;
  }
  return true;
}

/**
 * Returns the canonical ids of the known technologies mentioned in free text, in first-seen order,
 * without duplicates. One Aho–Corasick pass, leftmost-longest ('spring boot' beats 'spring', '자바스크립트'
 * beats '자바'), never inside a longer word; Korean names may carry particles ('React를', '파이썬 경험').
 *
 * Ambiguous names (C, R, Go, Swift, Spark, Rails, Unity…) count only in a tech context: followed by
 * 언어/language/lang/programming/프로그래밍, or in a list with another accepted technology — separated only
 * by punctuation or a conjunction ('Python, Go', 'Go와 Rust' after 'Kotlin,'). Tag-only aliases ('노드',
 * '뷰') are never extracted. Never throws.
 *
 * @example extractStacks('React를 이용한 개발 경험, Spring Boot 및 자바스크립트') // ['react', 'spring-boot', 'javascript']
 */
export function extractStacks(text: string): string[] {
  if (typeof text !== 'string' || text.length === 0) return [];
  const m = getMatcher();
  const t = toMatchForm(text);
  const found: number[] = []; // (start, end, pattern) triples
  m.automaton.scan(t, (pattern, start, end) => {
    const stack = m.stack[pattern]!;
    if (boundaryOk(t, start, end, m.edges[pattern]!, STACK_VERSIONED.charCodeAt(stack) === 49)) {
      found.push(start, end, pattern);
    }
  });
  if (found.length === 0) return [];

  // Leftmost-longest: order by start, then longer first, and keep what does not overlap a kept match.
  const order = Array.from({ length: found.length / 3 }, (_, i) => i * 3);
  order.sort((a, b) => found[a]! - found[b]! || found[b + 1]! - found[a + 1]!);
  const kept: number[] = [];
  let reach = 0;
  for (const at of order) {
    if (found[at]! < reach) continue;
    kept.push(at);
    reach = found[at + 1]!;
  }

  const accepted = kept.map((at) => {
    const pattern = found[at + 2]!;
    return m.gated[pattern] === 0 || LANGUAGE_CONTEXT.test(t.slice(found[at + 1]!, found[at + 1]! + 13));
  });
  // Spread acceptance along lists until nothing changes: 'Python, Go, Rust' accepts Go, then Rust.
  const listed = (a: number, b: number): boolean => {
    const gapStart = found[kept[a]! + 1]!;
    const gapEnd = found[kept[b]!]!;
    return gapEnd - gapStart <= MAX_LIST_GAP && LIST_GAP.test(t.slice(gapStart, gapEnd));
  };
  for (let changed = true; changed; ) {
    changed = false;
    for (let i = 0; i < kept.length; i++) {
      if (accepted[i]) continue;
      if (
        (i > 0 && accepted[i - 1] && listed(i - 1, i)) ||
        (i + 1 < kept.length && accepted[i + 1] && listed(i, i + 1))
      ) {
        accepted[i] = true;
        changed = true;
      }
    }
  }

  const seen = new Set<number>();
  const out: string[] = [];
  kept.forEach((at, i) => {
    const stack = m.stack[found[at + 2]!]!;
    if (!accepted[i] || seen.has(stack)) return;
    seen.add(stack);
    out.push(STACK_IDS[stack]!);
  });
  return out;
}
