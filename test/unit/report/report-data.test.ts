import { describe, expect, it } from 'vitest';
import { reportAggregator } from '../../../src/report/report-aggregator.js';
import { reportData } from '../../../src/report/report-data.js';
import { family, posting, stack } from './_rows.js';

const NOW = new Date('2026-12-01T00:00:00Z');
// Monday 11-23, Sunday 11-29 (same week), Monday 11-30 (next week).
const MON = '20261123T0900';
const SUN = '20261129T2100';
const NEXT = '20261130T0900';

describe('reportData: stack demand over time', () => {
  it('counts a job once per day and stack, however many runs saw it, with display names', () => {
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
    // Three days within a month: drawn per day.
    expect(data.stackTrend).toEqual({
      granularity: 'day',
      periods: ['2026-11-23', '2026-11-29', '2026-11-30'],
      series: [
        { stack: 'java', name: 'Java', counts: [1, 2, 1], postings: 2 },
        { stack: 'react', name: 'React', counts: [0, 1, 1], postings: 2 },
      ],
    });
  });

  it('counts per Monday-based KST week when the days span more than a month', () => {
    const OCTOBER = '20261005T0900'; // a Monday
    const data = reportData(
      {
        postings: [],
        features: [
          stack('a', 'java', OCTOBER),
          stack('a', 'java', MON),
          stack('a', 'java', SUN), // same week as MON: once
          stack('b', 'java', SUN),
          stack('b', 'java', NEXT),
        ],
      },
      { now: NOW },
    );
    expect(data.stackTrend.granularity).toBe('week');
    expect(data.stackTrend.periods).toEqual(['2026-10-05', '2026-11-23', '2026-11-30']);
    expect(data.stackTrend.series).toEqual([{ stack: 'java', name: 'Java', counts: [1, 2, 1], postings: 2 }]);
  });

  it('shows the current distribution when the data covers one day (a line needs two points)', () => {
    const data = reportData(
      { postings: [], features: [stack('a', 'cpp', MON), stack('b', 'cpp', MON), stack('b', 'csharp', MON)] },
      { now: NOW },
    );
    expect(data.stackTrend).toEqual({
      granularity: 'snapshot',
      periods: ['2026-11-23'],
      series: [
        { stack: 'cpp', name: 'C++', counts: [2], postings: 2 },
        { stack: 'csharp', name: 'C#', counts: [1], postings: 1 },
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
    expect(data.stackTrend.series.map((s) => [s.stack, s.postings])).toEqual([
      ['python', 3],
      ['go', 2],
      ['kotlin', 2],
    ]);
  });

  it('leaves rows of an undated run out of the periods but counts them', () => {
    const data = reportData(
      { postings: [], features: [stack('a', 'java', 'manual-run'), stack('b', 'java', MON)] },
      { now: NOW },
    );
    expect(data.stackTrend.periods).toEqual(['2026-11-23']);
    expect(data.stackTrend.series).toEqual([{ stack: 'java', name: 'Java', counts: [1], postings: 2 }]);
    expect(data.totals.undatedFeatureRows).toBe(1);
  });

  it('uses a run date given with addRun over the run id (a manifest knows best)', () => {
    const report = reportAggregator({ now: NOW });
    report.addRun('manual-run', '2026-11-30');
    report.addFeature(stack('a', 'java', 'manual-run'));
    expect(report.result().stackTrend.periods).toEqual(['2026-11-30']);
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
      { stack: 'java', name: 'Java', counts: [1, 1, 1], postings: 3 },
      { stack: 'react', name: 'React', counts: [1, 0, 0], postings: 2 },
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
  it('counts distinct jobs and companies per family, busiest first, with Korean names', () => {
    const features = [
      family('a', 'backend', MON),
      family('a', 'backend', NEXT),
      family('b', 'backend', MON, { company: '네이버' }),
      family('c', 'backend', MON),
      family('c', 'frontend', MON),
      stack('c', 'react', MON),
    ];
    expect(reportData({ postings: [], features }, { now: NOW }).jobFamilies).toEqual([
      { family: 'backend', name: '서버/백엔드', postings: 3, companies: 2 },
      { family: 'frontend', name: '프론트엔드', postings: 1, companies: 1 },
    ]);
  });

  it('counts the jobs without a family instead of leaving them out', () => {
    const data = reportData(
      {
        postings: [
          posting('a', MON),
          posting('b', MON),
          posting('c', MON, { job_id: 'j' }),
          posting('d', MON, { job_id: 'j' }),
        ],
        features: [family('a', 'backend', MON), family('d', 'qa', MON, { job_id: 'j' })],
      },
      { now: NOW },
    );
    // b has no family; c and d are one job, classified through d.
    expect(data.totals.unclassifiedJobs).toBe(1);
  });
});

describe('reportData: the map', () => {
  it('counts each job once at its 시군구 shape, by region code first and by names otherwise', () => {
    const postings = [
      posting('a', MON, { region_code: '1168010100' }),
      posting('a', NEXT, { region_code: '4113510100' }), // the same job again: not counted twice
      posting('b', MON), // 서울특별시 강남구 by name
      posting('c', MON, { sido: '경기', sigungu: '성남시 분당구' }),
      posting('d', MON, { sido: null, sigungu: null, region_code: '4119210100' }), // 원미구 → 부천시's shape
      posting('e', MON, { sido: null, sigungu: null }),
      posting('f', MON, { sido: '경기도', sigungu: '수원시' }), // a city without its 구: 시도 only
      posting('g', MON, { sido: null, sigungu: null }),
      posting('g', NEXT, { sido: '경기도', sigungu: '분당구' }), // placed by a later run
    ];
    const { map, totals } = reportData({ postings, features: [] }, { now: NOW });
    expect(map).toEqual({
      sido: { '11': 2, '41': 4 },
      sigungu: { '11680': 2, '41135': 2, '41190': 1 },
      unplaced: 1,
      sidoOnly: 1,
    });
    expect(totals.unplacedJobs).toBe(1);
  });

  it('adds the 시군구 when a later row of a job has it', () => {
    const { map } = reportData(
      {
        postings: [
          posting('a', MON, { sigungu: null }),
          posting('a', NEXT, { sigungu: '강남구' }),
          posting('a', NEXT, { sigungu: '서초구' }), // once placed at a 시군구, a job stays there
        ],
        features: [],
      },
      { now: NOW },
    );
    expect(map).toEqual({ sido: { '11': 1 }, sigungu: { '11680': 1 }, unplaced: 0, sidoOnly: 0 });
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
      unclassifiedJobs: 3,
      unplacedJobs: 0,
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
    expect(data.stackTrend.series).toEqual([{ stack: 'java', name: 'Java', counts: [2], postings: 2 }]);
    expect(data.jobFamilies).toEqual([{ family: 'backend', name: '서버/백엔드', postings: 1, companies: 1 }]);
    expect(data.map.sigungu['11680']).toBe(3);
    expect(data.totals.unclassifiedJobs).toBe(2);
  });

  it('gives an empty, well-formed report for no rows', () => {
    const data = reportData({ postings: [], features: [] }, { now: NOW });
    expect(data.totals.postings).toBe(0);
    expect([data.totals.firstDate, data.totals.lastDate]).toEqual([null, null]);
    expect(data.stackTrend).toEqual({ granularity: 'snapshot', periods: [], series: [] });
    expect(data.map).toEqual({ sido: {}, sigungu: {}, unplaced: 0, sidoOnly: 0 });
    expect(data.synthetic).toBe(false);
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
