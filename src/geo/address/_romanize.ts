// Hangul → Revised Romanization of Korean, as road signs and English addresses write place names
// ('영등포구' → 'yeongdeungpogu', '종로구' → 'jongnogu'). Only what place names need: the letters, the
// carry-over of a final consonant to a vowel, and the ㄴ/ㄹ/ㅁ assimilations.

const INITIALS = [
  'g',
  'kk',
  'n',
  'd',
  'tt',
  'r',
  'm',
  'b',
  'pp',
  's',
  'ss',
  '',
  'j',
  'jj',
  'ch',
  'k',
  't',
  'p',
  'h',
];
const MEDIALS = [
  'a',
  'ae',
  'ya',
  'yae',
  'eo',
  'e',
  'yeo',
  'ye',
  'o',
  'wa',
  'wae',
  'oe',
  'yo',
  'u',
  'wo',
  'we',
  'wi',
  'yu',
  'eu',
  'ui',
  'i',
];
// A final consonant before another consonant or at the end of a word (ㄱ, ㄲ, ㄳ → k; ㄹ and its
// clusters → l; ...), indexed like the Unicode jongseong.
const FINALS = [
  '',
  'k',
  'k',
  'k',
  'n',
  'n',
  'n',
  't',
  'l',
  'k',
  'm',
  'l',
  'l',
  'l',
  'p',
  'l',
  'm',
  'p',
  'p',
  't',
  't',
  'ng',
  't',
  't',
  'k',
  't',
  'p',
  't',
];
// The same final carried over to a following vowel ('을왕' → 'eurwang', '목욕' → 'mogyok').
const CARRIED = [
  '',
  'g',
  'kk',
  'k',
  'n',
  'n',
  'n',
  'd',
  'r',
  'g',
  'm',
  'l',
  'l',
  'l',
  'p',
  'r',
  'm',
  'b',
  'p',
  's',
  'ss',
  'ng',
  'j',
  'ch',
  'k',
  't',
  'p',
  '',
];
const SILENT_INITIAL = 11;
const R_INITIAL = 5;
const N_INITIAL = 2;
const M_INITIAL = 6;

interface Jamo {
  initial: number;
  medial: number;
  final: number;
}

function split(syllable: number): Jamo {
  const index = syllable - 0xac00;
  return { initial: Math.floor(index / 588), medial: Math.floor((index % 588) / 28), final: index % 28 };
}

/** The romanized final of `a` and initial of `b` when `b` follows `a` in one word. */
function joint(a: Jamo, b: Jamo): [string, string] {
  const fin = FINALS[a.final]!;
  const init = INITIALS[b.initial]!;
  if (a.final === 0) return ['', init];
  if (b.initial === SILENT_INITIAL) return ['', CARRIED[a.final]!];
  if (b.initial === R_INITIAL) {
    // 신라 → silla, 종로 → jongno, 백령 → baengnyeong, 협력 → hyeomnyeok.
    if (fin === 'n' || fin === 'l') return ['l', 'l'];
    if (fin === 'k') return ['ng', 'n'];
    if (fin === 'p') return ['m', 'n'];
    if (fin === 't') return ['n', 'n'];
    return [fin, 'n'];
  }
  if (b.initial === N_INITIAL || b.initial === M_INITIAL) {
    // 국민 → gungmin, 합니 → hamni, 설날 → seollal.
    if (fin === 'k') return ['ng', init];
    if (fin === 'p') return ['m', init];
    if (fin === 't') return ['n', init];
    if (fin === 'l' && b.initial === N_INITIAL) return ['l', 'l'];
  }
  return [fin, init];
}

const isSyllable = (code: number): boolean => code >= 0xac00 && code <= 0xd7a3;

/**
 * Returns the Revised Romanization of a Hangul word, lower case, letters only ('의사당대로' →
 * 'uisadangdaero'); characters other than Hangul syllables are dropped.
 *
 * @example romanize('영등포구') // 'yeongdeungpogu'
 */
export function romanize(word: string): string {
  const syllables: Jamo[] = [];
  for (let i = 0; i < word.length; i++) {
    const code = word.charCodeAt(i);
    if (isSyllable(code)) syllables.push(split(code));
  }
  let out = '';
  for (let k = 0; k < syllables.length; k++) {
    const s = syllables[k]!;
    const next = syllables[k + 1];
    if (k === 0) out += INITIALS[s.initial]!;
    out += MEDIALS[s.medial]!;
    if (next) {
      const [fin, init] = joint(s, next);
      out += fin + init;
    } else out += FINALS[s.final]!;
  }
  return out;
}
