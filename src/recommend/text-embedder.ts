// The seam for sentence embeddings: a service plugs in the model of its choice; the library ships none
// and never downloads one.
import type { RecommendablePosting } from './types.js';

/**
 * Turns texts into vectors of one fixed length; similar meaning, similar direction. Any sentence
 * embedding model fits behind it (a hosted API, a local ONNX model).
 *
 * @example
 * const embedder: TextEmbedder = { embed: async (texts) => model.encode(texts) };
 * await recommend({ intro: '자바 백엔드 3년차입니다' }, postings, { embedder });
 */
export interface TextEmbedder {
  /** Returns one vector per text, in order. */
  embed(texts: string[]): Promise<number[][]>;
}

/** Characters of posting text sent to an embedder; models read a few hundred tokens at most. */
const MAX_TEXT = 2000;

/**
 * Returns the text of a posting an embedder compares with an introduction: its title and the
 * description sections that say what the work is (intro, main tasks, requirements, preferred), or the
 * title and stacks when the posting has no sections.
 *
 * @example postingText({ title: '백엔드 개발자', sections: { mainTasks: 'API 개발' }, stacks: ['java'] }) // '백엔드 개발자\nAPI 개발'
 */
export function postingText(posting: Pick<RecommendablePosting, 'title' | 'sections' | 'stacks'>): string {
  const s = posting.sections ?? {};
  const body = [s.intro, s.mainTasks, s.requirements, s.preferred].filter(
    (part): part is string => typeof part === 'string' && part.trim() !== '',
  );
  const text = [posting.title, ...(body.length > 0 ? body : [posting.stacks.join(', ')])].join('\n');
  return text.length > MAX_TEXT ? text.slice(0, MAX_TEXT) : text;
}

/**
 * Cosine similarity of two vectors, 0 when either is empty, zero, of another length or not finite.
 *
 * @example cosineSimilarity([1, 0], [1, 1]) // ≈ 0.7071
 */
export function cosineSimilarity(a: readonly number[], b: readonly number[]): number {
  if (!Array.isArray(a) || !Array.isArray(b) || a.length !== b.length || a.length === 0) return 0;
  let dot = 0;
  let na = 0;
  let nb = 0;
  for (let i = 0; i < a.length; i++) {
    const x = a[i]!;
    const y = b[i]!;
    dot += x * y;
    na += x * x;
    nb += y * y;
  }
  const cos = dot / Math.sqrt(na * nb);
  return Number.isFinite(cos) ? Math.max(-1, Math.min(1, cos)) : 0;
}
