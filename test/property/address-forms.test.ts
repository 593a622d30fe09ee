// Properties of the forms the address parser reads beyond the textbook ones, over the whole region
// table: every 시도 glued to every one of its 시군구, every one-syllable slip in a 시도 name, every
// district name several 시도 share.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { romanize } from '../../src/geo/address/_romanize.js';
import { readSido } from '../../src/geo/address/_sido-spelling.js';
import { findLegalDong } from '../../src/geo/address/legal-dong-index.js';
import { findRoad } from '../../src/geo/address/road-index.js';
import { parseAddress, readLocation } from '../../src/geo/index.js';
import { findSigungu, listEupmyeondong, listSido, listSigungu } from '../../src/geo/regions/regions.js';

const sidos = listSido();
const records = listSigungu();
const sidoName = (code: string): string => sidos.find((s) => s.code === code)?.name ?? '';
// A Hangul syllable anywhere in the block.
const syllable = fc.integer({ min: 0xac00, max: 0xd7a3 }).map((c) => String.fromCharCode(c));

describe('a 시도 glued to its 시군구', () => {
  it('reads every 시도 form glued to every 시군구 of that 시도', () => {
    for (const sido of sidos) {
      for (const rec of listSigungu(sido.code)) {
        for (const form of [sido.shortName, sido.name]) {
          const a = parseAddress(`${form}${rec.name} 테헤란로 1`);
          expect([form + rec.name, a?.sido, a?.sigungu]).toStrictEqual([
            form + rec.name,
            sido.name,
            rec.name,
          ]);
        }
      }
    }
  });
});

describe('slips inside a 시도 name', () => {
  it('reads a full 시도 name split by a space anywhere', () => {
    for (const sido of sidos) {
      for (let at = 1; at < sido.name.length; at++) {
        const raw = `${sido.name.slice(0, at)} ${sido.name.slice(at)} 1`;
        expect([raw, parseAddress(raw)?.sido]).toStrictEqual([raw, sido.name]);
      }
    }
  });

  it('reads one changed, added or dropped syllable as that 시도 or as nothing, never another', () => {
    const longNames = sidos.filter((s) => s.name.length >= 4);
    fc.assert(
      fc.property(
        fc.constantFrom(...longNames),
        fc.nat(),
        syllable,
        fc.constantFrom('replace', 'insert', 'delete'),
        (sido, at, s, edit) => {
          const k = at % sido.name.length;
          const head = sido.name.slice(0, k);
          const tail = sido.name.slice(k);
          const slipped =
            edit === 'replace'
              ? head + s + tail.slice(1)
              : edit === 'insert'
                ? head + s + tail
                : head + tail.slice(1);
          const read = parseAddress(`${slipped} 테헤란로 1`)?.sido;
          if (read !== undefined && findSigungu(slipped).length === 0) {
            expect([slipped, read]).toStrictEqual([slipped, sido.name]);
          }
        },
      ),
      { numRuns: 2000 },
    );
  });

  it('never reads a 시군구 or 읍면동 name as a misspelt 시도', () => {
    for (const rec of records) {
      for (const word of rec.name.split(' '))
        expect([word, readSido([word], 0)]).toStrictEqual([word, undefined]);
      for (const emd of listEupmyeondong(rec.code)) {
        expect([emd.name, readSido([emd.name], 0)]).toStrictEqual([emd.name, undefined]);
      }
    }
  });

  it('never corrects a 시군구 name: a slipped one stays unread, at 시도 precision', () => {
    const seoul = listSigungu('11');
    fc.assert(
      fc.property(fc.constantFrom(...seoul), fc.nat(), syllable, (rec, at, s) => {
        const k = at % rec.name.length;
        const slipped = rec.name.slice(0, k) + s + rec.name.slice(k + 1);
        // A slip that lands on another real name or stem ('중구' → '중랑') is that name, not a correction.
        if (['', '구', '시', '군'].some((suffix) => findSigungu(slipped + suffix, '11').length > 0)) return;
        // A slip that lands on a real road or 법정동 of Seoul ('은평로', '성북동') is that place, and
        // rightly proves its 시군구 when only one has it.
        if (findRoad(slipped, '11') || findLegalDong(slipped, '11').length > 0) return;
        // No road after it: a road found in one 시군구 only would rightly prove that 시군구.
        const a = parseAddress(`서울 ${slipped}`);
        expect(a?.sigungu).toBeUndefined();
      }),
      { numRuns: 2000 },
    );
  });
});

describe('a district several 시도 share', () => {
  it('is never given a 시도 without a hint, and every reading is kept', () => {
    const shared = new Set(records.map((r) => r.gu ?? r.name).filter((n) => findSigungu(n).length > 1));
    expect(shared.size).toBeGreaterThan(5);
    for (const name of shared) {
      const raw = `${name} 테스트로 1`;
      const reading = readLocation(raw);
      expect([raw, reading.kind, reading.addresses]).toStrictEqual([raw, 'ambiguous', []]);
      for (const rec of findSigungu(name)) {
        expect(reading.candidates).toContainEqual({ sido: sidoName(rec.sidoCode), sigungu: rec.name });
      }
    }
  });
});

describe('romanized', () => {
  it('reads every 시군구 written in Revised Romanization with its 시도', () => {
    const seoulAndGyeonggi = records.filter((r) => r.sidoCode === '11' || r.sidoCode === '41');
    for (const rec of seoulAndGyeonggi) {
      const words = rec.name
        .split(' ')
        .reverse()
        .map((w) => `${romanize(w.slice(0, -1))}-${romanize(w.slice(-1))}`);
      const raw = `1 Some-ro, ${words.join(', ')}, ${rec.sidoCode === '11' ? 'Seoul' : 'Gyeonggi-do'}`;
      const a = parseAddress(raw);
      expect([raw, a?.sido, a?.sigungu]).toStrictEqual([raw, sidoName(rec.sidoCode), rec.name]);
    }
  });
});
