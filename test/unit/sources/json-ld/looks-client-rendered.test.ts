import { describe, expect, it } from 'vitest';
import { looksClientRendered } from '../../../../src/sources/json-ld/looks-client-rendered.js';
import { fixtureText } from '../_fixture.js';

const LONG = '담당 업무와 자격 요건을 자세히 적은 공고 본문입니다. '.repeat(10);

describe('looksClientRendered', () => {
  it.each([
    ['an empty #root with a bundle', fixtureText('json-ld/spa-shell.html'), true],
    ['__NEXT_DATA__ without a posting', fixtureText('json-ld/next-data.html'), true],
    ['a page with a JobPosting', fixtureText('json-ld/posting-page.html'), false],
    [
      'an empty #app with an inline script',
      '<html><body><div id="app"></div><script>boot()</script></body></html>',
      true,
    ],
    [
      'inlined Nuxt state',
      `<html><body><main>${LONG}</main><script>window.__NUXT__={}</script></body></html>`,
      true,
    ],
    ['a static page without scripts', '<html><body><h1>채용 공고</h1><p>본문</p></body></html>', false],
    [
      'a rendered page with scripts',
      `<html><body><div id="root"><p>${LONG}</p></div><script src="/a.js"></script></body></html>`,
      false,
    ],
    [
      'a short page with a bundle',
      '<html><body><p>로딩 중</p><script src="/a.js"></script></body></html>',
      true,
    ],
    ['an empty string', '', false],
    ['a non-string', 42, false],
  ])('%s → %s', (_name, html, expected) => {
    expect(looksClientRendered(html)).toBe(expected);
  });
});
