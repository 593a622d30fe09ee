import { careerText, escapeHtml as esc, fullAddress, scriptJson } from '../_shape-parts.js';
import type { SyntheticPosting } from '../generate-postings.js';
import { daysBetween, jobNameOf, shortEducation, tildeDate } from './_korean-codes.js';
import { jobPostingJsonLd } from './json-ld.js';

// JobKorea's 2026 Next.js pages: search cards marked `data-sentry-component="CardJob"` with GrayChip spans
// (emoji icon classes say place / briefcase), and GI_Read pages with a JobPosting JSON-LD, 모집요강 rows
// (`RecruitmentField`, `RecruitmentItem`) and flight data with `skills`. The component names follow
// src/sources/jobkorea/selectors.ts; the utility classes around them are invented.

const ORIGIN = 'https://www.jobkorea.co.kr';

// JobKorea writes careers without a space: '경력3~5년', '경력5년↑', '경력무관'.
function cardCareer(posting: SyntheticPosting): string {
  if (posting.newcomer && posting.maxCareer === null) return '경력무관';
  return careerText(posting).replace('경력 ', '경력');
}

function deadlineText(posting: SyntheticPosting, today: string): string {
  if (posting.closesAt === null) return '상시채용';
  // Cards show either 'D-19' or '~12/31(목)'; alternate so parsers meet both.
  return posting.id % 2 === 0
    ? `D-${Math.max(0, daysBetween(today, posting.closesAt))}`
    : tildeDate(posting.closesAt);
}

function chip(icon: string, text: string): string {
  return `<div class="chip chip-gray" data-sentry-component="GrayChip"><div class="chip-icon"><span class="emoji--basicemoji-${icon} emoji-16"></span></div><span class="chip-text">${esc(text)}</span></div>`;
}

/** Returns one `CardJob` search card; `listNo` is the card's place in the results. */
export function jobkoreaSearchCard(
  posting: SyntheticPosting,
  options: { today: string; stext: string; listNo: number },
): string {
  const href = `${ORIGIN}/Recruit/GI_Read/${posting.id}?Oem_Code=C1&amp;logpath=1&amp;stext=${encodeURIComponent(options.stext)}&amp;listno=${options.listNo}&amp;sc=630`;
  const metas = [
    cardCareer(posting),
    shortEducation(posting.education),
    deadlineText(posting, options.today),
  ];
  if (/만원/.test(posting.salary)) metas.push(posting.salary);
  const badge = posting.newcomer
    ? '<div class="badges" data-sentry-component="BadgeItem"><span class="badge-pink">신입 지원 가능</span></div>'
    : '';
  return `<article class="job-card" data-sentry-component="CardJob" data-sentry-source-file="index.tsx"><div class="job-card-row">
<a href="${href}" class="job-card-logo" data-sentry-component="CompanyLogo"><div class="logo-box"><img alt="${esc(posting.company)} 로고" src="https://cdn.example.test/jobkorea/logo/${posting.companyId}.gif"/></div></a>
<div class="job-card-main">
<div class="job-card-top">${badge}<div class="job-card-scrap"><button type="button" data-sentry-component="BaseButton"><i class="icon icon--scrap"></i><span class="sr-only">스크랩</span></button></div></div>
<div class="job-card-title"><a href="${href}" class="title-link" data-sentry-component="Title"><span class="title-text">${esc(posting.title)}</span></a></div>
<span class="job-card-company"><a href="${href}" data-sentry-element="BaseLink"><span class="company-text">${esc(posting.company)}</span><span class="company-sub"></span></a></span>
<div class="job-card-chips">${chip('place2', `${posting.sido} ${posting.sigungu}`)}${chip('briefcase', `IT·정보통신, ${jobNameOf(posting)}`)}<div class="apply"><button type="button" data-sentry-component="Button">즉시 지원</button></div></div>
<div class="job-card-meta">${metas.map((text) => `<span class="meta-text">${esc(text)}</span>`).join('')}</div>
</div></div></article>`;
}

/** Returns the whole `/Search/?stext=…&tabType=recruit` page with its cards and total. */
export function jobkoreaSearchPage(
  postings: readonly SyntheticPosting[],
  options: { today: string; stext: string; page: number; pageSize: number; total: number },
): string {
  const cards = postings.map((posting, index) =>
    jobkoreaSearchCard(posting, {
      today: options.today,
      stext: options.stext,
      listNo: (options.page - 1) * options.pageSize + index + 1,
    }),
  );
  return `<!DOCTYPE html><html lang="ko"><head><meta charset="utf-8"><title>${esc(options.stext)} 채용정보 - 잡코리아</title></head>
<body><main class="search-main"><div class="search-summary" data-sentry-component="SearchResultCount"><strong class="total">${options.total.toLocaleString('en-US')}</strong>건</div>
<div class="search-list">${cards.join('\n')}</div>
<nav class="search-pagination" data-page="${options.page}" data-last-page="${Math.max(1, Math.ceil(options.total / options.pageSize))}"></nav></main></body></html>`;
}

function item(label: string, value: string): string {
  return `<div class="guide-row" data-sentry-component="RecruitmentItem"><span class="guide-label">${label}</span>${value}</div>`;
}

function textValue(text: string): string {
  return `<span class="guide-value">${esc(text)}</span>`;
}

function listValue(texts: readonly string[]): string {
  return `<ul class="guide-list">${texts.map((t) => `<li class="guide-li"><span class="dot" aria-hidden="true"></span><span class="guide-value">${esc(t)}</span></li>`).join('')}</ul>`;
}

// '인턴 (정규직 전환 가능)' is written as a bold kind and a parenthetical in sibling spans.
function employmentValue(text: string): string {
  const [, kind = text, note] = text.match(/^(\S+)\s*(\(.*\))?$/) ?? [];
  return `<div class="guide-employment"><div><span class="guide-strong">${esc(kind)}</span>${note ? `<span class="guide-value">${esc(note)}</span>` : ''}</div></div>`;
}

/** Returns the `/Recruit/GI_Read/{id}` page: JSON-LD JobPosting, 모집요강 rows and flight data with skills. */
export function jobkoreaDetailPage(posting: SyntheticPosting): string {
  const url = `${ORIGIN}/Recruit/GI_Read/${posting.id}`;
  const ld = jobPostingJsonLd(posting, { url, dateStyle: 'dotted', employmentStyle: 'jobkorea' });
  const flight = scriptJson({
    workFields: [jobNameOf(posting)],
    skills: posting.stacks.map((name, rank) => ({
      name,
      rank: rank + 1,
      manualInput: false,
      skillTypeCode: 'HARD_SKILL',
    })),
    salaryName: posting.salary,
    jobTypeName: posting.employmentType,
    applicationEndAt: posting.closesAt === null ? null : `${posting.closesAt}T23:59:59`,
  });
  return `<!DOCTYPE html><html lang="ko"><head><meta charset="utf-8">
<title>[${esc(posting.company)}] ${esc(posting.title)} - 잡코리아</title>
<link rel="canonical" href="${url}"/><meta property="og:url" content="${url}"/>
<meta property="og:title" content="${esc(posting.title)}"/>
<script type="application/ld+json">${scriptJson(ld)}</script></head>
<body><main class="gi-main"><div class="gi-header"><span class="gi-company">${esc(posting.company)}</span><h1 class="gi-title">${esc(posting.title)}</h1></div>
<div class="gi-guide" data-sentry-component="RecruitmentGuidelines"><span class="gi-guide-title">모집요강</span>
<div class="guide-field" data-sentry-component="RecruitmentField"><div class="guide-field-row"><div class="guide-field-label"><span>모집분야</span></div><div class="guide-field-value"><span class="guide-value">${esc(jobNameOf(posting))}</span></div></div></div>
<div class="guide-rows">
${item('모집인원', textValue('○명'))}
${item('고용형태', employmentValue(posting.employmentType))}
${item('급여', textValue(posting.salary))}
${item('근무시간', listValue(['10:00 ~ 19:00', '유연근무(시차출퇴근제)']))}
${item('근무지주소', textValue(fullAddress(posting, { full: true })))}
${item('경력', textValue(cardCareer(posting)))}
${item('학력', textValue(posting.education))}
${item('스킬', listValue(posting.stacks))}
</div></div>
<section class="gi-detail"><h2>상세요강</h2><p>${[posting.intro, posting.mainTasks, posting.requirements, posting.preferred].map((t) => esc(t).replaceAll('\n', '<br>')).join('<br><br>')}</p></section>
</main>
<script>self.__next_f=self.__next_f||[];self.__next_f.push([1,${scriptJson(`5:${flight}`)}]);</script>
</body></html>`;
}
