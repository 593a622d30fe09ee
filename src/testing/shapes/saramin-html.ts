import {
  careerText,
  coordinatesOf,
  escapeHtml as esc,
  fullAddress,
  postalCode,
  roadAddress,
} from '../_shape-parts.js';
import type { SyntheticPosting } from '../generate-postings.js';
import { daysBetween, jobNameOf, shortEducation, tildeDate } from './_korean-codes.js';

// Saramin HTML (search cards `div.item_recruit`, job-category rows `.list_item` > `.box_item`, the
// view-ajax detail's `.jv_*` blocks). Class names follow the real pages; the markup around them is
// invented.

function cardCareer(posting: SyntheticPosting): string {
  return posting.newcomer && posting.maxCareer === null ? '경력무관' : careerText(posting);
}

function yymmdd(day: string): string {
  return `${day.slice(2, 4)}/${day.slice(5, 7)}/${day.slice(8, 10)}`;
}

/** Returns one `div.item_recruit[value=rec_idx]` search card. */
export function saraminSearchCard(posting: SyntheticPosting): string {
  const id = posting.id;
  const title = esc(posting.title);
  const href = `/zf_user/jobs/relay/view?view_type=search&amp;rec_idx=${id}&amp;location=ts&amp;searchword=&amp;t_ref=search`;
  const conditions = [
    `<span><a href="/zf_user/jobs/list/domestic?loc_mcd=101000">${esc(posting.sido)}</a> <a href="/zf_user/jobs/list/domestic?loc_cd=101010">${esc(posting.sigungu)}</a></span>`,
    `<span>${esc(cardCareer(posting))}</span>`,
    `<span>${esc(shortEducation(posting.education))}</span>`,
    `<span>${esc(posting.employmentType.replace(/\s*\(.*\)$/, ''))}</span>`,
    ...(/\d/.test(posting.salary) ? [`<span>${esc(posting.salary)}</span>`] : []),
  ];
  const sectors = [jobNameOf(posting), ...posting.stacks]
    .map((name) => `<a href="/zf_user/search?searchword=${encodeURIComponent(name)}">${esc(name)}</a>`)
    .join(', ');
  return `<div class="item_recruit" value="${id}" id="rec-${id}">
  <div class="area_job">
    <h2 class="job_tit"><a href="${href}" title="${title}" class="data_layer"><span>${title}</span></a></h2>
    <div class="job_date"><span class="date">${posting.closesAt === null ? '상시채용' : esc(tildeDate(posting.closesAt).replace('~', '~ '))}</span></div>
    <div class="job_condition">${conditions.join('')}</div>
    <div class="job_sector">${sectors} <span class="job_day">등록일 ${yymmdd(posting.postedAt)}</span></div>
  </div>
  <div class="area_corp"><strong class="corp_name"><a href="/zf_user/company-info/view?csn=${posting.companyId}000" title="${esc(posting.company)}" target="_blank">${esc(posting.company)}</a></strong></div>
</div>`;
}

/** Returns the whole `/zf_user/search/recruit` page: cards, the total ('총 1,234건') and page links. */
export function saraminSearchPage(
  postings: readonly SyntheticPosting[],
  page: { searchword: string; page: number; pageCount: number; total: number },
): string {
  const links = pageLinks(
    page,
    (n) =>
      `/zf_user/search/recruit?searchword=${encodeURIComponent(page.searchword)}&amp;recruitPage=${n}&amp;recruitPageCount=${page.pageCount}`,
  );
  return `<!DOCTYPE html><html lang="ko"><head><meta charset="utf-8"><title>${esc(page.searchword)} 채용정보 | 사람인</title></head>
<body><div id="content"><div class="header_search"><span class="cnt_result">총 ${page.total.toLocaleString('en-US')}건</span></div>
<section id="recruit_info" class="recruit_info"><div class="content" id="recruit_info_list">
${postings.map(saraminSearchCard).join('\n')}
</div><div class="pagination">${links}</div></section></div></body></html>`;
}

/** Returns how a job-category row notes its registration: '오늘 등록', '3일 전 등록'. */
function registeredNote(postedAt: string, today: string): string {
  const days = daysBetween(postedAt, today);
  return days <= 0 ? '오늘 등록' : `${days}일 전 등록`;
}

/** Returns one job-category list row: `.list_item#rec-{id}` holding a `.box_item` card. */
export function saraminCategoryCard(posting: SyntheticPosting, options: { today: string }): string {
  const id = posting.id;
  const title = esc(posting.title);
  const company = esc(posting.company);
  const sectors = [jobNameOf(posting), ...posting.stacks].map((name) => `<span>${esc(name)}</span>`).join('');
  const deadline = posting.closesAt === null ? '상시채용' : tildeDate(posting.closesAt).replace('~', '~ ');
  return `<div id="rec-${id}" class="list_item"><div class="box_item">
  <div class="col company_nm"><a href="/zf_user/company-info/view?csn=${posting.companyId}000&amp;popup_yn=y" class="str_tit" title="${company}" target="_blank">${company}</a></div>
  <div class="col notification_info">
    <div class="job_tit"><a class="str_tit" id="rec_link_${id}" href="/zf_user/jobs/relay/view?view_type=list&amp;rec_idx=${id}" target="_blank" title="${title}"><span>${title}</span></a></div>
    <div class="job_meta"><span class="job_sector">${sectors}</span></div>
  </div>
  <div class="col recruit_info"><ul>
    <li><p class="work_place">${esc(posting.sido)} ${esc(posting.sigungu)}</p></li>
    <li><p class="career">${esc(cardCareer(posting))}</p></li>
    <li><p class="education">${esc(shortEducation(posting.education))}</p></li>
  </ul></div>
  <div class="col support_info">
    <p class="support_type"><button type="button" class="sri_btn_xs">입사지원</button></p>
    <p class="support_detail"><span class="deadlines">${esc(deadline)}</span> <span class="reg_date">${registeredNote(posting.postedAt, options.today)}</span></p>
  </div>
</div></div>`;
}

/**
 * Returns the whole `/zf_user/jobs/list/job-category` page: rows, the total and page links; a page
 * without rows says it found nothing, as the real list does.
 */
export function saraminCategoryPage(
  postings: readonly SyntheticPosting[],
  page: { page: number; pageCount: number; total: number; today: string },
): string {
  const links = pageLinks(
    page,
    (n) => `/zf_user/jobs/list/job-category?cat_mcls=2&amp;page=${n}&amp;page_count=${page.pageCount}`,
  );
  const rows =
    postings.length === 0
      ? '<p class="info_no_result">검색결과가 없습니다.</p>'
      : postings.map((posting) => saraminCategoryCard(posting, { today: page.today })).join('\n');
  return `<!DOCTYPE html><html lang="ko"><head><meta charset="utf-8"><title>IT개발·데이터 채용정보 - 직업별 | 사람인</title></head>
<body><div id="sri_section"><div class="wrap_list_recruit"><div class="list_header"><span class="total_count">총 <em>${page.total.toLocaleString('en-US')}</em>건</span></div>
<section class="list_recruiting"><div class="list_body">
${rows}
</div></section><div class="pagination">${links}</div></div></div></body></html>`;
}

function summaryRows(posting: SyntheticPosting): string {
  const dl = (term: string, value: string) => `<dl><dt>${term}</dt><dd>${value}</dd></dl>`;
  const [kind, ...rest] = posting.employmentType.split(' ');
  return [
    `<div class="col">`,
    dl('경력', `<strong>${esc(cardCareer(posting))}</strong>`),
    dl('학력', `<strong>${esc(posting.education)}</strong>`),
    dl(
      '근무형태',
      `<strong>${esc(kind ?? '')}</strong>${rest.length > 0 ? ` ${esc(rest.join(' '))}` : ''} | 수습기간 3개월`,
    ),
    `</div><div class="col">`,
    dl('급여', esc(posting.salary)),
    dl('근무일시', '주 5일(월~금) 10:00~19:00'),
    dl('근무지역', `${esc(posting.sido)} ${esc(posting.sigungu)}`),
    `</div>`,
  ].join('');
}

function periodText(day: string, time: string): string {
  return `${day.replaceAll('-', '.')} ${time}`;
}

/** Returns the HTML fragment that `POST /zf_user/jobs/relay/view-ajax` answers for one posting. */
export function saraminViewAjax(posting: SyntheticPosting): string {
  const point = coordinatesOf(posting);
  const id = posting.id;
  return `<div class="wrap_jview"><section class="jview jview-0-${id}">
<div class="wrap_jv_cont">
  <div class="wrap_jv_header"><div class="jv_header">
    <a href="/zf_user/company-info/view?csn=${posting.companyId}000" class="company" title="${esc(posting.company)}">${esc(posting.company)}</a>
    <h1 class="tit_job">${esc(posting.title)}</h1>
  </div></div>
  <div class="jv_cont jv_summary"><h2 class="jv_title">핵심 정보</h2><div class="cont">${summaryRows(posting)}</div></div>
  <div class="jv_cont jv_detail"><h2 class="jv_title">상세요강</h2><div class="cont">
    <iframe class="iframe_content" title="상세요강" src="/zf_user/jobs/relay/view-detail?rec_idx=${id}&amp;rec_seq=0"></iframe>
    <div class="user_content">${saraminDetailBody(posting)}</div>
  </div></div>
  <div class="jv_cont jv_howto"><h2 class="jv_title">접수기간 및 방법</h2><div class="cont box"><div class="status">
    <dl class="info_period"><dt>시작일</dt><dd>${periodText(posting.postedAt, '00:00')}</dd><dt class="end">마감일</dt><dd>${posting.closesAt === null ? '채용시' : periodText(posting.closesAt, '23:59')}</dd></dl>
  </div></div></div>
  <div class="jv_cont jv_benefit"><h2 class="jv_title">복리후생</h2><div class="cont"><dl><dt>지원금/보험</dt><dd>${posting.benefits.map(esc).join(', ')}</dd></dl></div></div>
  <div class="jv_cont jv_location" data-address="(${postalCode(posting)}) ${esc(roadAddress(posting))}" data-latitude="${point.lat}" data-longitude="${point.lng}">
    <h2 class="jv_title">근무지위치</h2><div class="cont box"><div class="address"><span class="spr_jview txt_adr">${esc(fullAddress(posting))}</span></div></div>
  </div>
  <div class="jv_cont jv_company"><h2 class="jv_title">기업정보</h2><div class="cont"><strong class="name">${esc(posting.company)}</strong></div></div>
</div></section></div>`;
}

/** Returns the 상세요강 body (what `view-detail` serves inside the iframe). */
export function saraminDetailBody(posting: SyntheticPosting): string {
  const block = (title: string, text: string) =>
    `<h3>${title}</h3><p>${text.split('\n').map(esc).join('<br>')}</p>`;
  return [
    block('회사소개', posting.intro),
    block('주요업무', posting.mainTasks),
    block('자격요건', posting.requirements),
    block('우대사항', posting.preferred),
  ].join('');
}

// Saramin's pager: ten page numbers around the current one, the current one as plain text.
function pageLinks(
  page: { page: number; pageCount: number; total: number },
  href: (n: number) => string,
): string {
  const lastPage = Math.max(1, Math.ceil(page.total / page.pageCount));
  return Array.from({ length: Math.min(10, lastPage) }, (_, i) => {
    const n = Math.floor((page.page - 1) / 10) * 10 + i + 1;
    if (n > lastPage) return '';
    return n === page.page
      ? `<span class="page">${n}</span>`
      : `<a href="${href(n)}" class="page" page="${n}">${n}</a>`;
  }).join('');
}
