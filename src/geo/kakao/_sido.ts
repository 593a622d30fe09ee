// 시도 names from Kakao, made current. Kakao writes short names in search results ('전북') and full ones
// in coord2regioncode ('전북특별자치도'), and cached answers carry codes from before a reform
// (see the table below): the code prefix decides, the name is only a fallback.
import { findSido, getSido } from '../regions/regions.js';

// Codes retired by reforms → today's code: 강원도 42 → 51 (2023), 전라북도 45 → 52 (2024),
// 광주광역시 29 and 전라남도 46 → 전남광주통합특별시 12 (2026-07-01).
const LEGACY_SIDO_CODES: Readonly<Record<string, string>> = {
  '42': '51',
  '45': '52',
  '29': '12',
  '46': '12',
};

/** Returns the current official 시도 name for a 10-digit code's prefix, else for the name, else undefined. */
export function currentSido(code: string | undefined, name: string | undefined): string | undefined {
  if (code && /^\d{2}/.test(code)) {
    const prefix = code.slice(0, 2);
    const record = getSido(LEGACY_SIDO_CODES[prefix] ?? prefix);
    if (record) return record.name;
  }
  return name ? findSido(name)?.name : undefined;
}

/** Returns `addressName` with its first word (a 시도 in any form) replaced by `sido`, when both are known. */
export function withSido(addressName: string, sido: string | undefined): string {
  const space = addressName.indexOf(' ');
  const first = space < 0 ? addressName : addressName.slice(0, space);
  // Kakao's short '광주' is the former 광주광역시, never 경기도 광주시 (that one is '광주시' at depth 2).
  const isSido = findSido(first) !== undefined || first === '광주';
  const official = sido ?? findSido(first)?.name;
  if (!official || !isSido) return addressName;
  return space < 0 ? official : `${official}${addressName.slice(space)}`;
}
