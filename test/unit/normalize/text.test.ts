import { describe, expect, it } from 'vitest';
import { cleanDescription, htmlToText } from '../../../src/normalize/text.js';

describe('htmlToText', () => {
  it.each([
    ['<p>안녕하세요</p><p>카카오입니다</p>', '안녕하세요\n카카오입니다'],
    ['첫 줄<br>둘째 줄<br/>셋째 줄<BR />넷째', '첫 줄\n둘째 줄\n셋째 줄\n넷째'],
    ['<ul><li>백엔드 개발</li><li>API 설계 &amp; 운영</li></ul>', '• 백엔드 개발\n• API 설계 & 운영'],
    ['<div><h3 class="t">주요업무</h3><span>서버 개발</span></div>', '주요업무\n서버 개발'],
    ['<script>alert(1)</script>본문<style>.a{color:red}</style>', '본문'],
    ['<SCRIPT type="x">var a = "<p>";</SCRIPT>본문', '본문'],
    ['앞<!-- 주석 <p>x</p> -->뒤', '앞뒤'],
    ['&lt;b&gt;굵게&lt;/b&gt;', '<b>굵게</b>'],
    ['&amp;lt;', '&lt;'],
    ['&#39;따옴표&#39; &#x1F600; &quot;q&quot;', '\'따옴표\' 😀 "q"'],
    ['a&nbsp;&nbsp;b', 'a b'],
    ['&#0; &#xD800; &#99999999;x', 'x'],
    ['&unknown; 그대로', '&unknown; 그대로'],
    // Every entity of the HTML standard, not only a hand-kept few.
    [
      '<p>우대&middot;복지&hellip;</p><p>We&rsquo;re&nbsp;hiring &#x2F; 채용 &frac12;</p>',
      '우대·복지...\nWe’re hiring / 채용 1⁄2',
    ],
    ['<table><tr><td>A</td><td>B</td></tr><tr><td>C</td></tr></table>', 'A B\nC'],
    ['<주요업무> 서버 개발', '<주요업무> 서버 개발'],
    ['<React 경험자> 우대', '<React 경험자> 우대'],
    ['<a href="https://x.y">링크</a> 텍스트', '링크 텍스트'],
    ['<p>미완성 <script>var x', '미완성'],
    ['a < b 그리고 c > d', 'a < b 그리고 c > d'],
    ['', ''],
  ])('%j', (html, expected) => {
    expect(htmlToText(html)).toBe(expected);
  });
});

describe('cleanDescription', () => {
  it.each([
    ['✅ 문의: 010-1234-5678 / hr@kakao.com', '문의: [연락처] / [이메일]'],
    ['담당자 02-123-4567', '담당자 [연락처]'],
    ['대표번호 031.123.4567', '대표번호 [연락처]'],
    ['연락처 +82 10 1234 5678', '연락처 [연락처]'],
    ['연락처 +82-2-123-4567', '연락처 [연락처]'],
    ['연락처 (02) 1234-5678', '연락처 [연락처]'],
    ['연락처 01012345678', '연락처 [연락처]'],
    ['고객센터 1588-1234', '고객센터 [연락처]'],
    ['메일 recruit.team@some-company.co.kr 로', '메일 [이메일] 로'],
    ['전화 ０１０-１２３４-５６７８', '전화 [연락처]'],
    ['🚀 성장하는 팀 👩‍💻 함께해요 🇰🇷 1️⃣', '성장하는 팀 함께해요 1'],
    ['<p>🎉 환영</p><ul><li>복지 ✔</li></ul>', '환영\n• 복지'],
    ['모집기간 2026-08-31 까지, 연봉 3,600만원', '모집기간 2026-08-31 까지, 연봉 3,600만원'],
    ['  여러    공백\n\n\n\n줄바꿈  ', '여러 공백\n\n줄바꿈'],
    ['모집 &rsaquo; 백엔드 &mdash; 서버', '모집 › 백엔드 — 서버'],
    ['', ''],
  ])('%j', (text, expected) => {
    expect(cleanDescription(text)).toBe(expected);
  });
});
