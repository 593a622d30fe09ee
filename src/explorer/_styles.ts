// The explorer's stylesheet, served from /assets/explorer.css (the CSP allows no inline style): no web
// fonts, the Korean system fonts of every platform first.
import { KOREAN_FONT_STACK } from '../report/korean-font-stack.js';

/** CSS of every explorer page. */
export const EXPLORER_STYLES = `
:root { color-scheme: light; --ink: #1f2933; --muted: #52606d; --line: #d9e2ec; --card: #f5f7fa; --accent: #1f6feb; }
* { box-sizing: border-box; }
body { margin: 0 auto; max-width: 1100px; padding: 0 20px 40px; color: var(--ink); font: 15px/1.55 ${KOREAN_FONT_STACK}; }
header { display: flex; flex-wrap: wrap; align-items: baseline; gap: 8px 24px; padding: 16px 0 8px; border-bottom: 1px solid var(--line); }
.brand { font-weight: 700; font-size: 1.15rem; color: var(--ink); text-decoration: none; }
nav a { margin-right: 14px; color: var(--accent); text-decoration: none; }
nav a[aria-current="page"] { color: var(--ink); font-weight: 700; border-bottom: 2px solid var(--accent); }
a:focus-visible, button:focus-visible, input:focus-visible, select:focus-visible, textarea:focus-visible { outline: 3px solid #f0b429; outline-offset: 2px; }
h1 { font-size: 1.35rem; margin: 18px 0 8px; }
h2 { font-size: 1.1rem; margin: 20px 0 6px; }
.muted, .lake-note { color: var(--muted); font-size: 0.9rem; }
.notice { background: #fffbea; border: 1px solid #f7d070; border-radius: 8px; padding: 12px 16px; }
.error { background: #fde8e8; color: #9b1c1c; border-radius: 6px; padding: 8px 12px; }
form.filters { display: grid; grid-template-columns: repeat(auto-fill, minmax(200px, 1fr)); gap: 10px 16px; background: var(--card); padding: 14px; border-radius: 8px; }
form.filters .wide { grid-column: 1 / -1; }
label { display: block; font-size: 0.85rem; color: var(--muted); margin-bottom: 2px; }
label.inline { display: inline; color: var(--ink); font-size: 0.95rem; }
input, select, textarea, button { font: inherit; }
input[type="text"], input[type="search"], input[type="number"], input[type="date"], select, textarea { width: 100%; padding: 5px 8px; border: 1px solid #9aa5b1; border-radius: 5px; background: #fff; }
button { padding: 6px 16px; border: 0; border-radius: 5px; background: var(--accent); color: #fff; cursor: pointer; }
button:disabled { background: #9aa5b1; cursor: default; }
.results { list-style: none; padding: 0; margin: 12px 0; }
.results li { border-bottom: 1px solid var(--line); padding: 10px 2px; }
.results .title { font-weight: 600; }
.results .title a { color: var(--accent); text-decoration: none; }
.results .title a:hover, .results .title a:focus-visible { text-decoration: underline; }
.meta { color: var(--muted); font-size: 0.88rem; }
.chips { display: flex; flex-wrap: wrap; gap: 4px; margin: 4px 0 0; padding: 0; list-style: none; }
.chips li { border: 0; padding: 0 8px; background: #e6f0ff; border-radius: 10px; font-size: 0.8rem; }
.reasons { margin: 4px 0 0 18px; padding: 0; font-size: 0.9rem; }
.results .reasons li { border: 0; padding: 1px 0; }
.score { font-weight: 700; color: var(--accent); margin-right: 6px; }
.pager { display: flex; align-items: center; gap: 12px; }
dl.fields { display: grid; grid-template-columns: max-content 1fr; gap: 4px 16px; }
dl.fields dt { color: var(--muted); }
dl.fields dd { margin: 0; }
.chart-box { position: relative; height: 380px; margin: 12px 0; }
.map-box svg { max-width: 100%; height: auto; }
.map-layout { display: grid; grid-template-columns: minmax(0, 3fr) minmax(0, 2fr); gap: 20px; }
@media (max-width: 800px) { .map-layout { grid-template-columns: 1fr; } }
table { border-collapse: collapse; font-size: 0.88rem; }
th, td { border: 1px solid var(--line); padding: 3px 8px; text-align: right; }
th:first-child, td:first-child { text-align: left; }
`;
