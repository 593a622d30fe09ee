import { describe, expect, it } from 'vitest';
import { reportAggregator } from '../../../src/report/report-aggregator.js';
import { reportData } from '../../../src/report/report-data.js';
import { family, posting, stack } from './_rows.js';

const NOW = new Date('2026-12-01T00:00:00Z');
// Monday 11-23, Sunday 11-29 (same week), Monday 11-30 (next week).
const MON = '20261123T0900';
const SUN = '20261129T2100';
const NEXT = '20261130T0900';

describe('reportData: stack demand per week', () => {
  it('counts a posting once per week and stack, however many runs saw it', () => {
    const data = reportData(
      {
        postings: [],
        features: [
          stack('a', 'java', MON),
          stack('a', 'java', SUN), // same week again
          stack('a', 'java', NEXT),
          stack('b', 'java', SUN),
          stack('b', 'react', SUN),
          stack('c', 'react', NEXT),
        ],
      },
      { now: NOW },
    );
    expect(data.stackWeekly).toEqual({
      weeks: ['2026-11-23', '2026-11-30'],
      series: [
        { stack: 'java', counts: [2, 1], postings: 2 },
        { stack: 'react', counts: [1, 1], postings: 2 },
      ],
    });
  });

  it('keeps the top N stacks by distinct postings, ties by name', () => {
    const features = [
      ...['a', 'b', 'c'].map((id) => stack(id, 'python', MON)),
      ...['a', 'b'].map((id) => stack(id, 'kotlin', MON)),
      ...['a', 'b'].map((id) => stack(id, 'go', MON)),
      stack('a', 'rust', MON),
    ];
    const data = reportData({ postings: [], features }, { topStacks: 3, now: NOW });
    expect(data.stackWeekly.series.map((s) => [s.stack, s.postings])).toEqual([
      ['python', 3],
      ['go', 2],
      ['kotlin', 2],
    ]);
  });

  it('leaves rows of an undated run out of the weeks but counts them', () => {
    const data = reportData(
      { postings: [], features: [stack('a', 'java', 'manual-run'), stack('b', 'java', MON)] },
      { now: NOW },
    );
    expect(data.stackWeekly.weeks).toEqual(['2026-11-23']);
    expect(data.stackWeekly.series).toEqual([{ stack: 'java', counts: [1], postings: 2 }]);
    expect(data.totals.undatedFeatureRows).toBe(1);
  });

  it('uses a run date given with addRun over the run id (a manifest knows best)', () => {
    const report = reportAggregator({ now: NOW });
    report.addRun('manual-run', '2026-11-30');
    report.addFeature(stack('a', 'java', 'manual-run'));
    expect(report.result().stackWeekly.weeks).toEqual(['2026-11-30']);
  });
});

describe('reportData: stack demand by region', () => {
  it('counts distinct postings per sido × stack for the top regions and stacks', () => {
    const features = [
      stack('a', 'java', MON),
      stack('a', 'java', NEXT),
      stack('a', 'spring', MON),
      stack('b', 'java', MON, { sido: '경기도' }),
      stack('c', 'react', MON, { sido: '경기도' }),
      stack('d', 'react', MON, { sido: null }),
      stack('e', 'java', MON, { sido: '부산광역시' }),
    ];
    const data = reportData({ postings: [], features }, { topRegions: 3, topRegionStacks: 2, now: NOW });
    // 경기도 has b and c; 부산, 서울 and no-address have one each: ties go by name, null last.
    expect(data.stackRegion.regions).toEqual(['경기도', '부산광역시', '서울특별시']);
    expect(data.stackRegion.regionPostings).toEqual([2, 1, 1]);
    expect(data.stackRegion.series).toEqual([
      { stack: 'java', counts: [1, 1, 1], postings: 3 },
      { stack: 'react', counts: [1, 0, 0], postings: 2 },
    ]);
  });

  it('keeps postings without an address as a null region', () => {
    const data = reportData(
      { postings: [], features: [stack('a', 'java', MON, { sido: null })] },
      { now: NOW },
    );
    expect(data.stackRegion.regions).toEqual([null]);
  });
});

describe('reportData: job families', () => {
  it('counts distinct postings and companies per family, busiest first', () => {
    const features = [
      family('a', 'backend', MON),
      family('a', 'backend', NEXT),
      family('b', 'backend', MON, { company: '네이버' }),
      family('c', 'backend', MON),
      family('c', 'frontend', MON),
      stack('c', 'react', MON),
    ];
    expect(reportData({ postings: [], features }, { now: NOW }).jobFamilies).toEqual([
      { family: 'backend', postings: 3, companies: 2 },
      { family: 'frontend', postings: 1, companies: 1 },
    ]);
  });
});

describe('reportData: the map', () => {
  it('places each posting once at its 시군구, at the mean position, radius ∝ √count', () => {
    const postings = [
      posting('a', MON, { lat: 37.4, lng: 127.0 }),
      posting('a', NEXT, { lat: 10, lng: 10 }), // the same posting again: not counted twice
      posting('b', MON, { lat: 37.6, lng: 127.1 }),
      posting('c', MON, { lat: 37.5, lng: 127.05 }),
      posting('d', MON, { lat: 37.5, lng: 127.05 }),
      posting('e', MON, { sigungu: '분당구', sido: '경기도', lat: 37.38, lng: 127.11 }),
      posting('f', MON, { lat: null, lng: null }),
      posting('g', MON, { lat: 0, lng: 0 }),
      posting('h', MON, { lat: null, lng: null }),
      posting('h', NEXT, { sido: '경기도', sigungu: '분당구', lat: 37.4, lng: 127.12 }), // geocoded later
    ];
    const { map } = reportData({ postings, features: [] }, { mapLabels: 1, now: NOW });
    expect(map.places).toEqual([
      { sido: '서울특별시', sigungu: '강남구', lat: 37.5, lng: 127.05, postings: 4, r: 28, labelled: true },
      { sido: '경기도', sigungu: '분당구', lat: 37.39, lng: 127.115, postings: 2, r: 21, labelled: false },
    ]);
    expect(map.unplaced).toBe(1);
    expect(map.outside).toBe(1);
    expect(map.bounds.minLng).toBeLessThan(125);
    expect(map.bounds.maxLng).toBeGreaterThan(131.8); // 독도
    expect(map.bounds.aspectRatio).toBeGreaterThan(1);
    expect(map.bounds.aspectRatio).toBeLessThan(1.2);
  });

  it('keeps a place without 시군구 as its sido alone', () => {
    const { map } = reportData(
      { postings: [posting('a', MON, { sigungu: null })], features: [] },
      { now: NOW },
    );
    expect(map.places[0]).toMatchObject({ sido: '서울특별시', sigungu: null, postings: 1 });
  });
});

describe('reportData: totals and runs', () => {
  it('counts distinct postings, companies, sources and the runs covered', () => {
    const data = reportData(
      {
        runs: [{ runId: '20261120T0000' }],
        postings: [
          posting('a', MON),
          posting('a', NEXT),
          posting('b', MON, { company: '네이버', source: 'wanted' }),
          posting('c', NEXT, { company: '카카오' }),
        ],
        features: [stack('a', 'java', SUN)],
      },
      { now: NOW },
    );
    expect(data.totals).toEqual({
      postings: 3,
      jobs: 3,
      companies: 2,
      sources: ['jumpit', 'wanted'],
      runs: 4,
      firstDate: '2026-11-20',
      lastDate: '2026-11-30',
      postingRows: 4,
      featureRows: 1,
      skippedRows: 0,
      undatedFeatureRows: 0,
    });
    expect(data.runIds).toEqual(['20261120T0000', MON, SUN, NEXT]);
    expect(data.generatedAt).toBe('2026-12-01T09:00:00+09:00');
  });

  it('counts a job posted on several sites once', () => {
    const data = reportData(
      {
        postings: [
          posting('jumpit:1', MON, { job_id: 'j1' }),
          posting('wanted:2', MON, { job_id: 'j1', source: 'wanted' }),
          posting('saramin:3', MON, { job_id: 'j2', source: 'saramin' }),
          // Written before jobs were linked: its own job.
          posting('jobkorea:4', MON),
        ],
        features: [
          stack('jumpit:1', 'java', MON, { job_id: 'j1' }),
          stack('wanted:2', 'java', MON, { job_id: 'j1' }),
          stack('saramin:3', 'java', MON, { job_id: 'j2' }),
          family('jumpit:1', 'backend', MON, { job_id: 'j1' }),
          family('wanted:2', 'backend', MON, { job_id: 'j1' }),
        ],
      },
      { now: NOW },
    );
    expect([data.totals.postings, data.totals.jobs]).toEqual([4, 3]);
    expect(data.stackWeekly.series).toEqual([{ stack: 'java', counts: [2], postings: 2 }]);
    expect(data.jobFamilies).toEqual([{ family: 'backend', postings: 1, companies: 1 }]);
    expect(data.map.places[0]?.postings).toBe(3);
  });

  it('gives an empty, well-formed report for no rows', () => {
    const data = reportData({ postings: [], features: [] }, { now: NOW });
    expect(data.totals.postings).toBe(0);
    expect([data.totals.firstDate, data.totals.lastDate]).toEqual([null, null]);
    expect(data.stackWeekly).toEqual({ weeks: [], series: [] });
    expect(data.map.places).toEqual([]);
  });

  it('streams: the aggregator fed row by row equals reportData over arrays', () => {
    const postings = [posting('a', MON), posting('b', NEXT, { sido: '경기도', sigungu: '분당구' })];
    const features = [stack('a', 'java', MON), family('a', 'backend', MON), stack('b', 'go', NEXT)];
    const report = reportAggregator({ now: NOW });
    for (const row of postings) report.addPosting(row);
    for (const row of features) report.addFeature(row);
    report.skip(2);
    const streamed = report.result();
    expect(streamed.totals.skippedRows).toBe(2);
    expect({ ...streamed, totals: { ...streamed.totals, skippedRows: 0 } }).toEqual(
      reportData({ postings, features }, { now: NOW }),
    );
  });

  it('gives JSON-safe data (what the page receives is what was computed)', () => {
    const data = reportData(
      { postings: [posting('a', MON)], features: [stack('a', 'java', MON)] },
      { now: NOW },
    );
    expect(JSON.parse(JSON.stringify(data))).toEqual(data);
  });
});
