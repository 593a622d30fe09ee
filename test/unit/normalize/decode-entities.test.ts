import { describe, expect, it } from 'vitest';
import { decodeEntities } from '../../../src/normalize/decode-entities.js';

describe('decodeEntities', () => {
  it.each([
    // Named entities the old hand-kept tables lacked, and the common ones they had.
    ['경력 3년&hellip; 우대', '경력 3년… 우대'],
    ['서울&middot;경기', '서울·경기'],
    ['Java&#x2F;Spring', 'Java/Spring'],
    ['We&rsquo;re hiring', 'We’re hiring'],
    ['a&nbsp;b', 'a\u00A0b'],
    ['&frac12; 재택', '½ 재택'],
    ['&lsaquo;주요업무&rsaquo;', '‹주요업무›'],
    ['&bullet; 복지', '• 복지'],
    ['x &CounterClockwiseContourIntegral; y', 'x ∳ y'],
    ['서울 &gt; 강남구', '서울 > 강남구'],
    ['&#39;따옴표&#39; &quot;q&quot; &amp;', '\'따옴표\' "q" &'],
    ['&#x1F600; &#128512;', '😀 😀'],
    // Decoded once: '&amp;lt;' is the text '&lt;'.
    ['&amp;lt;', '&lt;'],
    // Only references closed by ';', and only known names.
    ['AT&T &copy 2026', 'AT&T &copy 2026'],
    ['&unknown; 그대로', '&unknown; 그대로'],
    ['&notit;', '&notit;'],
    // A broken numeric reference vanishes rather than leaving U+FFFD.
    ['&#0;a&#xD800;b&#99999999;c', 'abc'],
    // A replacement character already in the text is not the decoder's to remove.
    ['\uFFFD &#0;', '\uFFFD \uFFFD'],
    ['', ''],
    ['엔티티 없음', '엔티티 없음'],
  ])('%j → %j', (text, expected) => {
    expect(decodeEntities(text)).toBe(expected);
  });
});
