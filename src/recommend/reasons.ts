// The Korean reasons shown beside a recommendation: short phrases a job seeker reads at a glance. Pure.
import type { CommuteEstimate, CommuteMode } from '../commute/index.js';
import { stackInfo } from '../normalize/stacks/index.js';

const MODE_NAMES: Readonly<Record<CommuteMode, string>> = {
  transit: '대중교통',
  driving: '자동차',
  walking: '도보',
};
const MAX_EXACT = 4;
const MAX_RELATED = 3;

const displayName = (id: string): string => stackInfo(id)?.name ?? id;

/**
 * Returns the stack reason: the matched skills by display name, then the near ones.
 *
 * @example stacksReason(['java', 'spring'], ['jpa']) // 'Java·Spring Framework 일치, JPA 유사'
 * @example stacksReason([], []) // '기술 일치 없음'
 */
export function stacksReason(exact: readonly string[], related: readonly string[]): string {
  const parts: string[] = [];
  if (exact.length > 0) parts.push(`${listNames(exact, MAX_EXACT)} 일치`);
  if (related.length > 0) parts.push(`${listNames(related, MAX_RELATED)} 유사`);
  return parts.length > 0 ? parts.join(', ') : '기술 일치 없음';
}

function listNames(ids: readonly string[], max: number): string {
  const names = ids.slice(0, max).map(displayName).join('·');
  return ids.length > max ? `${names} 외 ${ids.length - max}개` : names;
}

/**
 * Returns '약 35분' or '약 1시간 20분'.
 *
 * @example formatMinutes(95) // '약 1시간 35분'
 */
export function formatMinutes(minutes: number): string {
  const m = Math.max(1, Math.round(minutes));
  if (m < 60) return `약 ${m}분`;
  const h = Math.floor(m / 60);
  return m % 60 === 0 ? `약 ${h}시간` : `약 ${h}시간 ${m % 60}분`;
}

/**
 * Returns the commute reason: mode, minutes and how it feels; or why it is unknown.
 *
 * @example commuteReason({ mode: 'transit', minutes: 35, label: '보통', daily: true, … }, true) // '대중교통 약 35분 (보통)'
 * @example commuteReason(null, true) // '통근 정보 없음 (위치 미상)'
 */
export function commuteReason(estimate: CommuteEstimate | null, hasPoint: boolean): string {
  if (estimate === null) return hasPoint ? '통근 정보 없음 (경로 없음)' : '통근 정보 없음 (위치 미상)';
  const trip = `${MODE_NAMES[estimate.mode] ?? estimate.mode} ${formatMinutes(estimate.minutes)}`;
  return estimate.daily ? `${trip} (${estimate.label})` : `매일 통근 어려움 (${trip})`;
}

/**
 * Returns the text-similarity reason.
 *
 * @example textReason(0.724) // '자기소개 유사도 0.72'
 */
export function textReason(similarity: number): string {
  return `자기소개 유사도 ${similarity.toFixed(2)}`;
}
