import { cleanText } from '../clean-text.js';
import { lookupStack } from './_lookup.js';
import { squashKey } from './squash-key.js';

// Separators of composite tags other than '/': 'React, TypeScript', 'Java·Kotlin', 'AWS(EC2, S3)', 'Kafka | Redis'.
const SEPARATORS = /[,，、·ㆍ•|;\n()[\]{}（）]/;
// 및/등 as whole words inside a piece: 'MySQL 및 Redis', 'Docker 등'.
const CONNECTIVES = /(?<=^|\s)(?:및|등)(?=\s|$)/;
// A piece that is only a version: 'Python (3.x)' → '3.x', 'Java(17+)' → '17+'. Dropped, not a stack.
const VERSION_ONLY = /^v?\d+(?:\.(?:\d+|x))*\+?$/i;
// Known names hold at most three slash-separated parts ('Oracle PL/SQL', 'TCP/IP').
const MAX_SLASH_PARTS = 3;

function isSlashName(text: string): boolean {
  return squashKey(text).includes('/') && lookupStack(text) >= 0;
}

function splitSlashes(piece: string, out: string[]): void {
  if (!piece.includes('/') || isSlashName(piece)) {
    out.push(piece);
    return;
  }
  // 'Java/TCP/IP' → 'Java', 'TCP/IP': at each part take the longest run that names a known slash name.
  const parts = piece.split('/');
  for (let i = 0; i < parts.length; ) {
    let taken = 1;
    for (let j = Math.min(parts.length, i + MAX_SLASH_PARTS); j > i + 1; j--) {
      if (isSlashName(parts.slice(i, j).join('/'))) {
        taken = j - i;
        break;
      }
    }
    out.push(parts.slice(i, i + taken).join('/'));
    i += taken;
  }
}

/**
 * Returns the single tags inside composite ones, cleaned (NFKC, spacing) and in order: splits on `,` `/`
 * `·` `|` `;` 및 등 and parentheses, but keeps names known to contain a slash whole ('TCP/IP', 'CI/CD',
 * 'PL/SQL', 'UI/UX', 'A/B 테스트', 'AI/인공지능'). Pieces that are only a version ('3.x') are dropped.
 *
 * @example splitStackTags('AWS(EC2, S3) 및 자바/스프링') // ['AWS', 'EC2', 'S3', '자바', '스프링']
 * @example splitStackTags(['C/C++', 'TCP/IP']) // ['C', 'C++', 'TCP/IP']
 */
export function splitStackTags(tags: string | readonly string[]): string[] {
  const list: readonly unknown[] = typeof tags === 'string' ? [tags] : Array.isArray(tags) ? tags : [];
  const out: string[] = [];
  for (const tag of list) {
    if (typeof tag !== 'string') continue;
    const raw = cleanText(tag);
    if (raw === '') continue;
    const pieces: string[] = [];
    for (const chunk of raw.split(SEPARATORS)) {
      for (const part of chunk.split(CONNECTIVES)) {
        const piece = part.trim();
        if (piece) splitSlashes(piece, pieces);
      }
    }
    // 및/등 again after the slash split: '/등 C' only shows its connective once '/' is gone.
    for (const piece of pieces) {
      for (const part of piece.split(CONNECTIVES)) {
        const trimmed = part.trim();
        if (trimmed !== '' && !VERSION_ONLY.test(trimmed)) out.push(trimmed);
      }
    }
  }
  return out;
}
