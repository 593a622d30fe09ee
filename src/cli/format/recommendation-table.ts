// Recommendations as a terminal table: one line per job, its reasons on the same line so `grep` finds a
// company with why it was picked. Korean text is measured in columns (formatTable).
import type { CommuteEstimate } from '../../commute/index.js';
import type { Posting } from '../../model/posting.js';
import type { Recommendation } from '../../recommend/index.js';
import { formatMinutes } from '../../recommend/reasons.js';
import { formatTable } from './table.js';

const COLUMNS = ['#', 'company', 'title', 'score', 'commute', 'reasons', 'link'] as const;

/**
 * Returns the recommendations as an aligned table: rank, company (with its branch), title, score,
 * commute, reasons and the posting's link.
 *
 * @example
 * formatRecommendationTable(top)
 * // #  company  title          score  commute      reasons                                   link
 * // ─  ───────  ─────────────  ─────  ───────────  ────────────────────────────────────────  ─────────
 * // 1  카카오    백엔드 개발자    0.91  약 35분 (보통)  Java·Spring 일치 · 경력 3년: 요건 2~5년    https://…
 */
export function formatRecommendationTable(recommendations: readonly Recommendation<Posting>[]): string {
  if (recommendations.length === 0) return '(no posting fits this profile)';
  const rows = recommendations.map((r, i) => ({
    '#': i + 1,
    company: r.posting.branch ?? r.posting.company,
    title: r.posting.title,
    score: r.score.toFixed(2),
    commute: commuteText(r.commute),
    reasons: r.reasons.join(' · '),
    link: r.posting.url,
  }));
  // Reasons and links are read whole; the table may run wider than the terminal rather than cut them.
  return formatTable(rows, { columns: COLUMNS, maxWidth: 120 });
}

function commuteText(commute: CommuteEstimate | null): string {
  if (!commute) return '—';
  // The same wording as the reasons, so the column and the reason never disagree by a rounding.
  const minutes = formatMinutes(commute.minutes);
  return commute.daily === false ? `${minutes} (매일 통근 어려움)` : `${minutes} (${commute.label})`;
}
