// The report's aggregation, one row at a time, so a lake of any number of runs is read once without
// keeping its rows: what stays in memory is one integer and one map place per distinct job and one Set
// member per distinct (group, job) pair (day or week × stack, region × stack, family).
//
// Days and weeks come from the run that saw a posting (its KST `dt`), not from `posted_at`: several sites give no
// posting date, a lake only sees a posting while it is open (so `posted_at` would pile demand into weeks
// before the lake existed, where only survivors are counted), and `dt` is what queryLake's and Athena's
// stackDemandByWeek use — the report and the warehouse then agree on every number.

import { toKstIso } from '../model/kst.js';
import { parseRunId } from '../model/run.js';
import {
  compareKeys,
  type DistinctCounter,
  distinctCounter,
  postingIndex,
  topKeys,
} from './_distinct-counter.js';
import { jobFamilyName, stackDisplayName } from './display-names.js';
import { kstWeekStart } from './kst-week.js';
import { koreaMapPlace } from './map/korea-shapes.js';
import type { KoreaMapPlace } from './map/types.js';
import { trendGranularity } from './trend-granularity.js';
import type {
  MapChart,
  ReportData,
  ReportDataOptions,
  ReportFeatureInput,
  ReportPostingInput,
  ResolvedReportDataOptions,
  StackSeries,
} from './types.js';

/** A report being built row by row; {@link reportData} is the same over whole iterables. */
export interface ReportAggregator {
  /** Adds one row of the postings dataset. */
  addPosting(row: ReportPostingInput): void;
  /** Adds one row of the features dataset (stack rows feed charts 1–2, position rows chart 3). */
  addFeature(row: ReportFeatureInput): void;
  /** Names a run the data covers, with its KST date when known (a manifest's `dt`); rows name theirs too. */
  addRun(runId: string, dt?: string): void;
  /** Counts rows left out before they reached the aggregator (invalid lake rows). */
  skip(rows?: number): void;
  /** Returns the report of everything added so far. */
  result(): ReportData;
}

/**
 * Returns an empty {@link ReportAggregator}: feed it rows as they are read, then call `result()`.
 *
 * @default options topStacks 10, topRegionStacks 8, topRegions 10, synthetic false, now new Date()
 * @example
 * const report = reportAggregator({ topStacks: 5 });
 * for (const row of postingRows) report.addPosting(row);
 * for (const row of featureRows) report.addFeature(row);
 * report.result().totals.postings // 1200
 */
export function reportAggregator(options: ReportDataOptions = {}): ReportAggregator {
  const resolved = resolveReportDataOptions(options);
  // Charts count jobs: a job posted on three sites is one member; a row without job_id is its own.
  const postings = postingIndex();
  const postingIds = postingIndex();
  const listed = new Set<number>();
  const companies = new Set<string>();
  const sources = new Set<string>();
  const runDates = new Map<string, string | null>();
  const stackTotals = distinctCounter<string>();
  const stackDays = new Map<string, DistinctCounter<string>>();
  const stackWeeks = new Map<string, DistinctCounter<string>>();
  const stackRegions = new Map<string, DistinctCounter<string | null>>();
  const regionTotals = distinctCounter<string | null>();
  const families = distinctCounter<string>();
  const familyCompanies = new Map<string, Set<string>>();
  const classified = new Set<number>();
  // A job's place on the map, from the first of its rows that has one; a later row may add the 시군구.
  const places = new Map<number, KoreaMapPlace>();
  let postingRows = 0;
  let featureRows = 0;
  let skippedRows = 0;
  let undatedFeatureRows = 0;

  function dateOfRun(runId: string): string | null {
    let dt = runDates.get(runId);
    if (dt === undefined) {
      dt = parseRunId(runId)?.dt ?? null;
      runDates.set(runId, dt);
    }
    return dt;
  }

  function nested<K>(groups: Map<string, DistinctCounter<K>>, key: string): DistinctCounter<K> {
    let counter = groups.get(key);
    if (!counter) {
      counter = distinctCounter<K>();
      groups.set(key, counter);
    }
    return counter;
  }

  function addPosting(row: ReportPostingInput): void {
    postingRows++;
    dateOfRun(row.run_id);
    const member = postings.of(row.job_id ?? row.id);
    postingIds.of(row.id);
    listed.add(member);
    companies.add(row.company);
    sources.add(row.source);
    const known = places.get(member);
    if (known?.sigungu) return;
    const place = koreaMapPlace(row);
    if (place.sido !== null && (!known || place.sigungu !== null)) places.set(member, place);
  }

  function addFeature(row: ReportFeatureInput): void {
    featureRows++;
    const member = postings.of(row.job_id ?? row.posting_id);
    const dt = dateOfRun(row.run_id);
    if (row.kind === 'position') {
      classified.add(member);
      families.add(row.value, member);
      const names = familyCompanies.get(row.value) ?? new Set<string>();
      names.add(row.company);
      familyCompanies.set(row.value, names);
      return;
    }
    stackTotals.add(row.value, member);
    regionTotals.add(row.sido, member);
    nested(stackRegions, row.value).add(row.sido, member);
    const week = dt === null ? null : kstWeekStart(dt);
    if (dt === null || week === null) {
      undatedFeatureRows++;
      return;
    }
    nested(stackDays, row.value).add(dt, member);
    nested(stackWeeks, row.value).add(week, member);
  }

  function result(): ReportData {
    const runIds = [...runDates.keys()].sort();
    const dates = [...runDates.values()]
      .filter((dt): dt is string => dt !== null && kstWeekStart(dt) !== null)
      .sort();
    const granularity = trendGranularity(dates);
    const periods = [
      ...new Set(granularity === 'week' ? dates.map((dt) => kstWeekStart(dt)!) : dates),
    ].sort();
    const stackEntries = stackTotals.entries();
    const regions = topKeys(regionTotals.entries(), resolved.topRegions);
    const seriesOf = <K>(
      stacks: string[],
      keys: K[],
      groups: Map<string, DistinctCounter<K>>,
    ): StackSeries[] =>
      stacks.map((stack) => ({
        stack,
        name: stackDisplayName(stack),
        counts: keys.map((key) => groups.get(stack)?.count(key) ?? 0),
        postings: stackTotals.count(stack),
      }));
    return {
      generatedAt: kstIso(resolved.now),
      totals: {
        postings: postingIds.size,
        jobs: listed.size,
        companies: companies.size,
        sources: [...sources].sort(compareKeys),
        runs: runIds.length,
        firstDate: dates[0] ?? null,
        lastDate: dates.at(-1) ?? null,
        postingRows,
        featureRows,
        skippedRows,
        undatedFeatureRows,
        unclassifiedJobs: [...listed].filter((member) => !classified.has(member)).length,
        unplacedJobs: listed.size - [...listed].filter((member) => places.has(member)).length,
      },
      runIds,
      synthetic: resolved.synthetic,
      stackTrend: {
        granularity,
        periods,
        series: seriesOf(
          topKeys(stackEntries, resolved.topStacks),
          periods,
          granularity === 'week' ? stackWeeks : stackDays,
        ),
      },
      stackRegion: {
        regions,
        regionPostings: regions.map((region) => regionTotals.count(region)),
        series: seriesOf(topKeys(stackEntries, resolved.topRegionStacks), regions, stackRegions),
      },
      jobFamilies: topKeys(families.entries(), Number.POSITIVE_INFINITY).map((family) => ({
        family,
        name: jobFamilyName(family),
        postings: families.count(family),
        companies: familyCompanies.get(family)?.size ?? 0,
      })),
      map: mapOf(listed, places),
    };
  }

  return {
    addPosting,
    addFeature,
    addRun(runId, dt) {
      runDates.set(runId, dt ?? parseRunId(runId)?.dt ?? null);
    },
    skip(rows = 1) {
      skippedRows += rows;
    },
    result,
  };
}

/**
 * Returns the options with their defaults.
 *
 * @example resolveReportDataOptions({ topStacks: 5 }).topRegions // 10
 */
export function resolveReportDataOptions(options: ReportDataOptions = {}): ResolvedReportDataOptions {
  return {
    topStacks: options.topStacks ?? 10,
    topRegionStacks: options.topRegionStacks ?? 8,
    topRegions: options.topRegions ?? 10,
    synthetic: options.synthetic ?? false,
    now: options.now ?? new Date(),
  };
}

/** Jobs per map shape: every listed job once, at its place, or counted as unplaced. */
function mapOf(listed: ReadonlySet<number>, places: ReadonlyMap<number, KoreaMapPlace>): MapChart {
  const map: MapChart = { sido: {}, sigungu: {}, unplaced: 0, sidoOnly: 0 };
  for (const member of listed) {
    const place = places.get(member);
    if (!place?.sido) {
      map.unplaced++;
      continue;
    }
    map.sido[place.sido] = (map.sido[place.sido] ?? 0) + 1;
    if (place.sigungu === null) map.sidoOnly++;
    else map.sigungu[place.sigungu] = (map.sigungu[place.sigungu] ?? 0) + 1;
  }
  return map;
}

/** Returns a moment as ISO 8601 in KST ('2026-11-29T09:00:00+09:00'). */
function kstIso(moment: Date): string {
  return toKstIso(moment, 'seconds');
}
