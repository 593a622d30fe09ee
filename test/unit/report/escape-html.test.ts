import { describe, expect, it } from 'vitest';
import { escapeHtml, jsonScriptText } from '../../../src/report/escape-html.js';

describe('escapeHtml', () => {
  it.each([
    ['(주)카카오', '(주)카카오'],
    ['R&D <팀>', 'R&amp;D &lt;팀&gt;'],
    ['"><script>alert(1)</script>', '&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;'],
    ["' onmouseover='x", '&#39; onmouseover=&#39;x'],
    ['&amp;', '&amp;amp;'],
  ])('%j → %j', (text, html) => {
    expect(escapeHtml(text)).toBe(html);
  });
});

describe('jsonScriptText', () => {
  it.each([
    '</script><script>alert(1)</script>',
    '</SCRIPT >',
    '<!--<script>',
    'a\u2028b\u2029c',
    '\\<',
    '\ud800 lone surrogate',
  ])('%j has no "<" and parses back unchanged', (text) => {
    const value = { company: text, list: [text, null, 1] };
    const json = jsonScriptText(value);
    expect(json).not.toContain('<');
    expect(json).not.toMatch(/[\u2028\u2029]/);
    expect(JSON.parse(json)).toEqual(value);
  });
});
