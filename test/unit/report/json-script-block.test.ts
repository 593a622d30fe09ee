// Property: whatever strings the scraped data holds, the report's JSON block ends where the page put it
// and hands the data back unchanged — checked with a real HTML parser (parse5 through cheerio), and on
// the raw text the way a browser's tokenizer looks for the end of a script.

import { load } from 'cheerio';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { renderReportHtml } from '../../../src/report/render-report-html.js';
import { reportData } from '../../../src/report/report-data.js';
import { family, posting, stack } from './_rows.js';

const RUN = '20261123T0900';
// Plain strings plus fragments that matter to HTML and script parsing, glued together at random.
const fragment = fc.oneof(
  fc.string(),
  fc.string({ unit: 'binary' }),
  fc.constantFrom(
    '</script',
    '</SCRIPT>',
    '<script>',
    '<!--',
    '-->',
    '<![CDATA[',
    ']]>',
    '"',
    "'",
    '&',
    '\u2028',
    '\\',
    '\ud800',
  ),
);
const name = fc.array(fragment, { maxLength: 5 }).map((parts) => parts.join(''));

describe('the JSON script block (property)', () => {
  it('arbitrary names never end the block early, add elements, or change the data', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(name, name, name), { minLength: 1, maxLength: 4 }),
        name,
        (rows, title) => {
          const data = reportData(
            {
              postings: rows.map(([company, place], index) =>
                posting(`p${index}`, RUN, { company, source: company, sido: place, sigungu: place }),
              ),
              features: rows.flatMap(([company, place, value], index) => [
                stack(`p${index}`, value, RUN, { sido: place, company }),
                family(`p${index}`, value, RUN, { company }),
              ]),
            },
            { now: new Date('2026-12-01T00:00:00Z') },
          );
          const html = renderReportHtml(data, { title, chartJsSource: 'window.Chart = function () {};' });
          const open = '<script type="application/json" id="report-data">';
          const start = html.indexOf(open) + open.length;
          const end = html.slice(start).search(/<\/script/i) + start;
          const block = html.slice(start, end);
          expect(block).not.toContain('<');
          // The block runs to the closing tag the page wrote, right before Chart.js's script.
          expect(html.slice(end)).toMatch(/^<\/script>\n<script>window\.Chart/);
          expect(JSON.parse(block)).toEqual(data);

          const $ = load(html);
          expect($('script').length).toBe(3);
          expect(
            $('body *')
              .toArray()
              .map((element) => (element as { name: string }).name),
          ).not.toContain('img');
          expect(JSON.parse($('#report-data').text())).toEqual(data);
        },
      ),
      { numRuns: 150 },
    );
  });
});
