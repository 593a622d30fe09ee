// The page's stylesheet: readable on screen and in print, no web fonts (nothing is fetched); the font
// stack names each platform's Korean system font before the generic families.
import { KOREAN_FONT_STACK } from './korean-font-stack.js';

/** Returns the CSS of the report page. */
export function reportStyles(): string {
  return `
:root { color-scheme: light; --ink: #1f2933; --muted: #616e7c; --line: #d9e2ec; --card: #f5f7fa; }
* { box-sizing: border-box; }
body { margin: 0 auto; max-width: 1100px; padding: 24px; color: var(--ink);
  font: 15px/1.5 ${KOREAN_FONT_STACK}; }
h1 { font-size: 1.6rem; margin: 0 0 4px; }
h2 { font-size: 1.2rem; margin: 0 0 4px; }
.muted { color: var(--muted); font-size: 0.9rem; }
.notice { background: #fff4ce; color: #5c4400; border: 1px solid #f0d36e; padding: 10px 14px; border-radius: 6px; font-weight: 600; }
.totals { display: grid; grid-template-columns: repeat(auto-fit, minmax(150px, 1fr)); gap: 12px; margin: 16px 0 24px; }
.totals div { background: var(--card); border-radius: 8px; padding: 10px 14px; }
.totals dt { color: var(--muted); font-size: 0.85rem; }
.totals dd { margin: 2px 0 0; font-size: 1.3rem; font-weight: 600; }
section { border-top: 1px solid var(--line); padding: 20px 0; }
.chart-box { position: relative; height: 360px; margin: 12px 0; }
.map-box { margin: 12px 0; max-width: 575px; }
.map-box svg { width: 100%; height: auto; display: block; }
.map-box path:hover { fill-opacity: 0.75; }
table { border-collapse: collapse; font-size: 0.85rem; margin-top: 8px; }
th, td { border: 1px solid var(--line); padding: 3px 8px; text-align: right; }
th:first-child, td:first-child { text-align: left; }
.error { background: #fde8e8; color: #9b1c1c; padding: 8px 12px; border-radius: 6px; }
code { font-size: 0.85rem; word-break: break-all; }
footer { border-top: 1px solid var(--line); padding-top: 12px; }
`;
}
