import { careerText, escapeHtml as esc, fullAddress, scriptJson } from '../_shape-parts.js';
import type { SyntheticPosting } from '../generate-postings.js';
import { jobPostingJsonLd } from './json-ld.js';

// A company career site: each job page carries a schema.org JobPosting in a JSON-LD script. The
// client-rendered variant ships an empty shell and an inline script that builds the JSON-LD and the content
// at runtime, so only a browser sees them (the browser path of DESIGN.md "Testing").

function section(title: string, text: string): string {
  return `<section class="job-section"><h2>${title}</h2><p>${text.split('\n').map(esc).join('<br>')}</p></section>`;
}

function jobBody(posting: SyntheticPosting): string {
  return `<main class="job-detail"><p class="job-company">${esc(posting.company)}</p><h1 class="job-title">${esc(posting.title)}</h1>
<ul class="job-facts"><li>${esc(careerText(posting))}</li><li>${esc(posting.employmentType)}</li><li>${esc(fullAddress(posting, { full: true }))}</li><li>${posting.stacks.map(esc).join(' · ')}</li></ul>
${section('회사 소개', posting.intro)}${section('주요 업무', posting.mainTasks)}${section('자격 요건', posting.requirements)}${section('우대 사항', posting.preferred)}</main>`;
}

/** Returns a static job page whose JSON-LD JobPosting is in the HTML as served. */
export function careersJobPage(posting: SyntheticPosting, options: { url: string }): string {
  const ld = jobPostingJsonLd(posting, { url: options.url });
  return `<!DOCTYPE html><html lang="ko"><head><meta charset="utf-8"><title>${esc(posting.title)} | ${esc(posting.company)} 채용</title>
<link rel="canonical" href="${esc(options.url)}"/>
<script type="application/ld+json">${scriptJson(ld)}</script></head>
<body>${jobBody(posting)}</body></html>`;
}

/**
 * Returns a client-rendered job page: the served HTML holds no JobPosting and no posting text; an
 * inline script decodes them (base64 UTF-8 JSON) and inserts the JSON-LD and the content after a tick,
 * then marks `<body data-rendered="true">`.
 */
export function careersAppPage(posting: SyntheticPosting, options: { url: string }): string {
  const payload = Buffer.from(
    JSON.stringify({ ld: jobPostingJsonLd(posting, { url: options.url }), html: jobBody(posting) }),
    'utf8',
  ).toString('base64');
  return `<!DOCTYPE html><html lang="ko"><head><meta charset="utf-8"><title>채용</title></head>
<body><noscript>이 페이지를 보려면 자바스크립트를 활성화해 주세요.</noscript><div id="app"></div>
<script>
(function () {
  var data = "${payload}";
  setTimeout(function () {
    var bytes = Uint8Array.from(atob(data), function (c) { return c.charCodeAt(0); });
    var job = JSON.parse(new TextDecoder().decode(bytes));
    var script = document.createElement('script');
    script.type = 'application/ld+json';
    script.textContent = JSON.stringify(job.ld);
    document.head.appendChild(script);
    document.title = job.ld.title + ' | ' + job.ld.hiringOrganization.name + ' 채용';
    document.getElementById('app').innerHTML = job.html;
    document.body.setAttribute('data-rendered', 'true');
  }, 30);
})();
</script></body></html>`;
}

/** One `<url>` of the career sitemap. */
export interface SitemapEntry {
  loc: string;
  /** 'YYYY-MM-DD'. */
  lastmod: string;
}

/** Returns a sitemaps.org `urlset` listing the job pages. */
export function careersSitemap(entries: readonly SitemapEntry[]): string {
  const urls = entries.map(
    (entry) =>
      `  <url><loc>${esc(entry.loc)}</loc><lastmod>${entry.lastmod}</lastmod><changefreq>daily</changefreq></url>`,
  );
  return `<?xml version="1.0" encoding="UTF-8"?>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
${urls.join('\n')}
</urlset>
`;
}
