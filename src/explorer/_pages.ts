// The explorer's HTML: one server-rendered shell per view — navigation, labelled forms, empty places
// the page script fills from the JSON API — and the page that says plainly when the lake is missing or
// empty. Every value from the lake goes through escapeHtml; labels for the script travel as a JSON
// block the browser never runs.
import { EmploymentType } from '../model/posting.js';
import { employmentLabel } from '../normalize/employment.js';
import { JOB_FAMILIES } from '../normalize/position.js';
import { stackInfo } from '../normalize/stacks/index.js';
import { escapeHtml, jsonScriptText } from '../report/escape-html.js';
import { SYNTHETIC_NOTICE } from '../report/synthetic-lake.js';
import type { Facets, LakeState } from './explorer-data.js';

/** The views, by path. */
export type ExplorerView = 'search' | 'posting' | 'trends' | 'map' | 'for-me';

const NAV: readonly [ExplorerView, string, string][] = [
  ['search', '/', '공고 검색'],
  ['trends', '/trends', '트렌드'],
  ['map', '/map', '지도'],
  ['for-me', '/for-me', '나에게 맞는 공고'],
];

/** Korean names of the sources ohmystack ships; other source ids show as they are. */
const SOURCE_NAMES: Readonly<Record<string, string>> = {
  jumpit: '점핏',
  wanted: '원티드',
  programmers: '프로그래머스',
  saramin: '사람인',
  jobkorea: '잡코리아',
  rallit: '랠릿',
  jsonld: '회사 채용 페이지',
};

const number = new Intl.NumberFormat('ko-KR');
/** Stacks the stack field suggests: the most named ones. */
const DATALIST_STACKS = 300;

/** What every page shows: the view, its title and main content, and the lake's state. */
interface PageParts {
  view: ExplorerView;
  title: string;
  main: string;
  state: LakeState;
  /** The lake was written by `ohmystack demo`: every page says its postings are not real. */
  synthetic: boolean;
  facets?: Facets;
  /** Chart.js is loaded only where charts are drawn. */
  charts?: boolean;
}

/** Returns a whole page. */
export function pageHtml(parts: PageParts): string {
  const nav = NAV.map(
    ([view, href, text]) =>
      `<a href="${href}"${view === parts.view ? ' aria-current="page"' : ''}>${escapeHtml(text)}</a>`,
  ).join('');
  const labels = parts.facets ? labelsOf(parts.facets) : {};
  return `<!doctype html>
<html lang="ko">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(parts.title)} — ohmystack 탐색기</title>
<link rel="icon" href="/favicon.ico">
<link rel="stylesheet" href="/assets/explorer.css">
</head>
<body data-view="${parts.view}" data-state="loading">
<header><a class="brand" href="/">ohmystack 탐색기</a><nav aria-label="보기">${nav}</nav></header>
${parts.synthetic ? `<p class="notice" role="note">${SYNTHETIC_NOTICE}</p>\n` : ''}${lakeNote(parts.state)}
<main>
${parts.main}
</main>
<script type="application/json" id="explorer-labels">${jsonScriptText(labels)}</script>
${parts.charts ? '<script src="/assets/chart.js"></script>\n' : ''}<script src="/assets/explorer.js"></script>
</body>
</html>
`;
}

function lakeNote(state: LakeState): string {
  if (state.kind !== 'ready') return '';
  const span = state.firstDay ? `, ${state.firstDay} ~ ${state.lastDay}` : '';
  const from = state.source === 'database' ? '운영 데이터베이스의 열린 공고' : '레이크의 현재 공고';
  return `<p class="lake-note">${from} ${number.format(state.postings)}건 (채용 ${number.format(state.jobs)}건), 수집 ${number.format(state.runs)}회${escapeHtml(span)}</p>`;
}

/** Returns the page of a lake that is missing or holds no posting: what is wrong and what to run. */
export function unavailableMain(state: LakeState): string {
  const what =
    state.kind === 'missing'
      ? `레이크 폴더가 없습니다: <code>${escapeHtml(state.dir)}</code>`
      : `레이크에 공고가 없습니다 (완료된 수집이 없습니다): <code>${escapeHtml(state.dir)}</code>`;
  return `<h1>보여 줄 공고가 없습니다</h1>
<div class="notice" role="status"><p>${what}</p>
<p>예제 데이터로 시작하려면 <code>npx ohmystack demo --out demo</code>를 실행한 뒤 <code>npx ohmystack serve --lake demo/lake</code>로 다시 여세요. 수집을 한 번 마친 레이크라면 <code>--lake</code> 경로를 확인하세요.</p></div>`;
}

/** Returns the search view's form and result list. */
export function searchMain(facets: Facets): string {
  const careers = ['<option value="">전체</option>', '<option value="신입">신입</option>']
    .concat(Array.from({ length: 15 }, (_, i) => `<option value="${i + 1}">${i + 1}년</option>`))
    .join('');
  const families = [
    '<option value="">전체</option>',
    ...JOB_FAMILIES.map((f) => `<option value="${f.id}">${escapeHtml(f.nameKo)}</option>`),
    '<option value="unclassified">미분류</option>',
  ].join('');
  const employment = [
    '<option value="">전체</option>',
    ...EmploymentType.options.map(
      (t) => `<option value="${t}">${escapeHtml(employmentLabel([t], false))}</option>`,
    ),
  ].join('');
  const sources = [
    '<option value="">전체</option>',
    ...facets.sources.map(
      (s) =>
        `<option value="${escapeHtml(s.id)}">${escapeHtml(sourceName(s.id))} (${number.format(s.postings)})</option>`,
    ),
  ].join('');
  const stackOptions = facets.stacks
    .slice(0, DATALIST_STACKS)
    .map((s) => `<option value="${escapeHtml(stackInfo(s.id)?.name ?? s.id)}"></option>`)
    .join('');
  return `<h1>공고 검색</h1>
<form id="search-form" class="filters" role="search" aria-label="공고 검색 조건">
<div class="wide"><label for="f-q">검색어 (제목, 회사, 지역, 스택)</label><input id="f-q" name="q" type="search" maxlength="400" placeholder="예: 백엔드 카카오"></div>
<div><label for="f-stack">기술 스택 (쉼표로 여럿)</label><input id="f-stack" name="stack" type="text" list="stack-list" maxlength="400" placeholder="예: React, 스프링부트"><datalist id="stack-list">${stackOptions}</datalist></div>
<div><label for="f-region">지역 (시도·시군구)</label><input id="f-region" name="region" type="text" maxlength="400" placeholder="예: 서울, 경기 분당구"></div>
<div><label for="f-career">경력</label><select id="f-career" name="career">${careers}</select></div>
<div><label for="f-family">직군</label><select id="f-family" name="family">${families}</select></div>
<div><label for="f-employment">고용 형태</label><select id="f-employment" name="employment">${employment}</select></div>
<div><label for="f-deadline">마감</label><select id="f-deadline" name="deadline"><option value="">전체</option><option value="open">진행 중</option><option value="week">7일 안에 마감</option><option value="always">상시·채용 시 마감</option><option value="expired">마감됨</option></select></div>
<div><label for="f-source">사이트</label><select id="f-source" name="source">${sources}</select></div>
<div><label for="f-sort">정렬</label><select id="f-sort" name="sort"><option value="recent">최신순</option><option value="deadline">마감 임박순</option><option value="company">회사명순</option><option value="title">제목순</option></select></div>
<div><button type="submit">검색</button></div>
</form>
<p id="result-count" aria-live="polite"></p>
<ol id="results" class="results"></ol>
<div class="pager"><button type="button" id="prev-page">이전</button><span id="page-info"></span><button type="button" id="next-page">다음</button></div>`;
}

/** Returns the posting view's place, filled by the script from /api/postings/:id. */
export function postingMain(id: string): string {
  return `<article id="posting" data-id="${escapeHtml(id)}"><p class="muted">공고를 불러오는 중…</p></article>`;
}

/** Returns the trends view: its form, two chart canvases and a table of the totals. */
export function trendsMain(): string {
  return `<h1>채용 트렌드</h1>
<form id="trends-form" class="filters" aria-label="트렌드 조건">
<div><label for="t-by">기준</label><select id="t-by" name="by"><option value="stack">기술 스택</option><option value="region">지역 (시도)</option><option value="family">직군</option></select></div>
<div><label for="t-from">시작일</label><input id="t-from" name="from" type="date"></div>
<div><label for="t-to">종료일</label><input id="t-to" name="to" type="date"></div>
<div><button type="submit">보기</button></div>
</form>
<p id="trend-note" class="muted" aria-live="polite"></p>
<div class="chart-box"><canvas id="trend-series" aria-label="기간별 공고 수 차트" role="img"></canvas></div>
<div class="chart-box"><canvas id="trend-totals" aria-label="기간 전체 공고 수 차트" role="img"></canvas></div>
<table id="trend-table" aria-label="기간 전체 공고 수"></table>`;
}

/** Returns the map view: the choropleth (an SVG drawn on the server) and the list of 시도. */
export function mapMain(svg: string): string {
  return `<h1>지역별 공고 지도</h1>
<p class="muted">시군구별 채용 공고 수 (여러 사이트의 같은 공고는 한 번만 셉니다). 지역을 누르면 그 지역 공고를 검색합니다.</p>
<div class="map-layout"><div class="map-box">${svg}</div>
<div><p id="map-note" class="muted" aria-live="polite"></p><table id="map-areas" aria-label="시도별 공고 수"></table></div></div>`;
}

/** Returns the "for me" view: the profile form and the list it is answered with. */
export function forMeMain(): string {
  const families = [
    '<option value="">상관없음</option>',
    ...JOB_FAMILIES.map((f) => `<option value="${f.id}">${escapeHtml(f.nameKo)}</option>`),
  ].join('');
  return `<h1>나에게 맞는 공고</h1>
<form id="profile-form" class="filters" aria-label="내 프로필">
<div class="wide"><label for="p-stacks">내 기술 스택 (쉼표로 여럿)</label><input id="p-stacks" name="stacks" type="text" maxlength="2000" placeholder="예: Java, Spring Boot, MySQL"></div>
<div class="wide"><label for="p-intro">또는 자기소개 (스택을 글에서 읽습니다)</label><textarea id="p-intro" name="intro" rows="3" maxlength="20000"></textarea></div>
<div><label for="p-years">경력 (년)</label><input id="p-years" name="years" type="number" min="0" max="60" step="1"></div>
<div><input id="p-newcomer" name="newcomer" type="checkbox"> <label class="inline" for="p-newcomer">신입입니다</label></div>
<div class="wide"><label for="p-home">집 주소</label><input id="p-home" name="home" type="text" maxlength="2000" placeholder="예: 서울 마포구 월드컵북로 396"></div>
<div><label for="p-mode">통근 수단</label><select id="p-mode" name="mode"><option value="transit">대중교통</option><option value="driving">자동차</option><option value="walking">도보</option></select></div>
<div><label for="p-max">최대 통근 시간 (분)</label><input id="p-max" name="maxMinutes" type="number" min="1" max="300" step="1"></div>
<div><label for="p-family">원하는 직군</label><select id="p-family" name="family">${families}</select></div>
<div><button type="submit">추천 받기</button></div>
</form>
<p id="recommend-status" aria-live="polite"></p>
<ol id="recommendations" class="results"></ol>`;
}

/** Returns the page for a path that is no view. */
export function notFoundMain(): string {
  return '<h1>없는 페이지입니다</h1><p><a href="/">공고 검색으로 가기</a></p>';
}

function sourceName(id: string): string {
  return SOURCE_NAMES[id] ?? id;
}

/** Names the page script shows instead of ids: stacks, job families, sources. */
function labelsOf(facets: Facets): Record<string, Record<string, string>> {
  return {
    stacks: Object.fromEntries(
      facets.stacks.flatMap((s) => {
        const name = stackInfo(s.id)?.name;
        return name !== undefined && name !== s.id ? [[s.id, name]] : [];
      }),
    ),
    families: Object.fromEntries(JOB_FAMILIES.map((f) => [f.id, f.nameKo])),
    sources: Object.fromEntries(facets.sources.map((s) => [s.id, sourceName(s.id)])),
  };
}
