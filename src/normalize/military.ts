// Alternative military service programmes (병역특례) offered by a posting, from tags and texts.
// Sources: Wanted `additional_apply_type: ['alternative_military']`, Jumpit's benefit tag `MILITARY`,
// free text in titles and benefits.
import type { MilitaryService } from '../model/posting.js';

/** Only the head of each text is read; programme mentions sit in titles, tags and benefit lines. */
const MAX_TEXT = 20_000;

// '병역특례', '병특', '대체복무', 'alternative_military', Jumpit 'MILITARY'
const EXEMPTION = /병역\s*특례|병특|대체\s*복무|alternative[\s_-]?military|^\s*military\s*$/i;
// '전문연구요원', '전문연', 'researcher (military)'
const RESEARCHER = /전문\s*연구\s*요원|전문연(?!구)|professional research personnel/i;
// '산업기능요원', '산기요', '보충역 산업기능요원', '현역 산업기능요원', '보충역 가능'
const INDUSTRIAL = /산업\s*기능\s*요원|산기요|보충역|industrial technical personnel/i;

/**
 * Returns which alternative-military-service programmes the texts mention: `researcher` for 전문연구요원,
 * `industrial` for 산업기능요원 (and its 현역/보충역 variants — '보충역' alone counts), `exemption` for
 * 병역특례 named in general (also Wanted `alternative_military` and a bare Jumpit `MILITARY` tag).
 * '군필' (service completed) is a requirement, not a programme, and is ignored.
 *
 * @example detectMilitaryService(['병역특례 (산업기능요원 보충역) 가능']) // { exemption: true, researcher: false, industrial: true }
 */
export function detectMilitaryService(texts: readonly string[]): MilitaryService {
  const result: MilitaryService = { exemption: false, researcher: false, industrial: false };
  if (!Array.isArray(texts)) return result;
  for (const raw of texts) {
    if (typeof raw !== 'string' || raw === '') continue;
    // No NFKC here: this runs over long texts on the hot path and the programme names are plain Hangul.
    const text = raw.length > MAX_TEXT ? raw.slice(0, MAX_TEXT) : raw;
    if (!result.exemption && EXEMPTION.test(text)) result.exemption = true;
    if (!result.researcher && RESEARCHER.test(text)) result.researcher = true;
    if (!result.industrial && INDUSTRIAL.test(text)) result.industrial = true;
  }
  return result;
}
