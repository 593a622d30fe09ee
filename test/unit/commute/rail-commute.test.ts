import { describe, expect, it } from 'vitest';
import { commuteFrom, estimateCommute, offlineCommute } from '../../../src/commute/index.js';
import { DEFAULT_COMMUTE_MODEL } from '../../../src/commute/model.js';
import { railGraph } from '../../../src/commute/rail/rail-graph.js';
import { DEFAULT_RAIL_MODEL } from '../../../src/commute/rail/rail-model.js';
import { railTree } from '../../../src/commute/rail/rail-tree.js';
import { haversineKm } from '../../../src/geo/distance.js';

const GANGNAM = { lat: 37.49799, lng: 127.02791 };
const PANGYO = { lat: 37.394761, lng: 127.111217 };
const HONGDAE = { lat: 37.55729, lng: 126.92469 };
const SEOUL_STATION = { lat: 37.5547, lng: 126.9707 };
const JEJU_CITY_HALL = { lat: 33.4996, lng: 126.5312 };
const BUSAN_CITY_HALL = { lat: 35.1798, lng: 129.075 };
const SEOGWIPO = { lat: 33.2541, lng: 126.5601 };

describe('offline transit over the rail network', () => {
  it('rides 신분당선 from 강남 to 판교 in 15–25 minutes station to station', () => {
    const e = estimateCommute(GANGNAM, PANGYO)!;
    expect(e.via).toBe('rail');
    expect(e.route).toMatchObject({ from: '강남', to: '판교', lines: ['신분당선'], transfers: 0 });
    expect(e.route!.minutes).toBeGreaterThanOrEqual(12);
    expect(e.route!.minutes).toBeLessThanOrEqual(25);
  });

  it('takes 35–45 minutes door to door from 홍대입구 to 강남', () => {
    const e = estimateCommute(HONGDAE, GANGNAM)!;
    expect(e).toMatchObject({ mode: 'transit', via: 'rail', daily: true });
    expect(e.minutes).toBeGreaterThanOrEqual(33);
    expect(e.minutes).toBeLessThanOrEqual(47);
    expect(e.route!.from).toBe('홍대입구');
    expect(e.route!.to).toBe('강남');
  });

  it('answers far better than the straight-line model did for an express line', () => {
    // 서울역 → 인천공항: 공항철도, about an hour; the old model said well over two.
    const e = estimateCommute(SEOUL_STATION, { lat: 37.447, lng: 126.4526 })!;
    expect(e.route?.lines).toEqual(['공항철도']);
    expect(e.minutes).toBeGreaterThan(50);
    expect(e.minutes).toBeLessThan(80);
  });

  it('falls back to the bus where no station is near', () => {
    // 안성 시내 and 평택 안중: no rail within reach of the 안성 end.
    const e = estimateCommute({ lat: 37.0078, lng: 127.2797 }, { lat: 37.0, lng: 127.2 })!;
    expect(e.via).toBe('bus');
    expect(e.route).toBeUndefined();
  });
});

describe('transfers weigh in the choice of route', () => {
  const HAPJEONG = { lat: 37.5496, lng: 126.9139 };
  const JEONGBALSAN = { lat: 37.6584, lng: 126.7699 };

  it('takes at most one transfer from 합정 or 홍대입구 to 판교, and from 정발산 to 강남', () => {
    for (const [from, to] of [
      [HAPJEONG, PANGYO],
      [PANGYO, HAPJEONG],
      [HONGDAE, PANGYO],
      [JEONGBALSAN, GANGNAM],
    ] as const) {
      const e = estimateCommute(from, to)!;
      expect(e.via).toBe('rail');
      expect(e.route!.transfers).toBeLessThanOrEqual(1);
      expect(e.route!.lines).toHaveLength(e.route!.transfers + 1);
    }
    expect(estimateCommute(HAPJEONG, PANGYO)!.route).toMatchObject({
      from: '합정',
      to: '판교',
      lines: ['2호선', '신분당선'],
    });
  });

  it('reports the real minutes of the chosen path, not its penalized cost', () => {
    const graph = railGraph();
    const walkSecondsPerKm = (DEFAULT_COMMUTE_MODEL.walkDetour / DEFAULT_COMMUTE_MODEL.walkKmh) * 3600;
    const walk = (km: number) => km * walkSecondsPerKm;
    const tree = railTree(graph, HAPJEONG, walk)!;
    const pangyo = graph.stationNames.indexOf('판교');
    const leg = tree.leg(pangyo)!;
    expect(leg.transfers).toBe(1);
    // The cost carries the penalty once per transfer; the arrival does not.
    expect(tree.cost[pangyo]! - tree.arrival[pangyo]!).toBeCloseTo(
      leg.transfers * DEFAULT_RAIL_MODEL.transferPenaltySeconds,
      6,
    );

    // Door to door: walk to the station, enter, wait for the first train, ride (with the transfer's
    // walk and wait), walk to the door — and nothing else.
    const e = estimateCommute(HAPJEONG, PANGYO)!;
    const station = (name: string) => {
      const s = graph.stationNames.indexOf(name);
      return { lat: graph.coords[2 * s]!, lng: graph.coords[2 * s + 1]! };
    };
    const firstPlatform = graph.stationPlatforms[graph.stationNames.indexOf('합정')]!.find(
      (p) => graph.lines[graph.platformLine[p]!] === '2호선',
    )!;
    const parts =
      walk(haversineKm(HAPJEONG, station('합정'))) +
      DEFAULT_RAIL_MODEL.stationSeconds +
      graph.boardSeconds[firstPlatform]! +
      e.route!.minutes! * 60 +
      walk(haversineKm(station('판교'), PANGYO));
    expect(e.minutes * 60).toBeCloseTo(parts, 6);
    expect(e.minutes * 60).toBeCloseTo(tree.arrival[pangyo]! + walk(haversineKm(station('판교'), PANGYO)), 6);
  });
});

describe('trips that are not a daily commute', () => {
  it('flies from Seoul to Jeju: daily false, flight-like minutes', () => {
    const e = estimateCommute(SEOUL_STATION, JEJU_CITY_HALL)!;
    expect(e).toMatchObject({ daily: false, via: 'flight' });
    expect(e.minutes).toBeGreaterThan(120);
    expect(e.minutes).toBeLessThan(300);
    // Whatever the mode: nobody drives or walks to Jeju.
    expect(estimateCommute(SEOUL_STATION, JEJU_CITY_HALL, { mode: 'driving' })!.via).toBe('flight');
    expect(estimateCommute(JEJU_CITY_HALL, SEOUL_STATION)!.minutes).toBeCloseTo(e.minutes, 6);
  });

  it('takes the train from Seoul to Busan: daily false, KTX-like minutes', () => {
    const e = estimateCommute(SEOUL_STATION, BUSAN_CITY_HALL)!;
    expect(e).toMatchObject({ daily: false, via: 'intercity-rail' });
    expect(e.minutes).toBeGreaterThan(150);
    expect(e.minutes).toBeLessThan(300);
  });

  it('keeps a trip inside Jeju a daily commute by bus', () => {
    const e = estimateCommute(JEJU_CITY_HALL, SEOGWIPO)!;
    expect(e.daily).toBe(true);
    expect(e.via).toBe('bus');
  });
});

describe('one origin, many destinations', () => {
  const tos = [GANGNAM, PANGYO, null, HONGDAE, JEJU_CITY_HALL, { lat: Number.NaN, lng: 1 }, BUSAN_CITY_HALL];

  it('estimateMany equals estimate pair by pair, nulls included', async () => {
    const estimator = offlineCommute();
    for (const mode of ['transit', 'driving', 'walking'] as const) {
      const many = await estimator.estimateMany!(SEOUL_STATION, tos, { mode });
      const one = await Promise.all(
        tos.map((to) => (to ? estimator.estimate(SEOUL_STATION, to, { mode }) : Promise.resolve(null))),
      );
      expect(many).toEqual(one);
    }
  });

  it('commuteFrom answers like estimateCommute, and null for an invalid home or destination', () => {
    const fromHome = commuteFrom(HONGDAE);
    for (const to of tos) expect(fromHome(to)).toEqual(estimateCommute(HONGDAE, to));
    expect(commuteFrom({ lat: 200, lng: 0 })(GANGNAM)).toBeNull();
    expect(commuteFrom(undefined)(GANGNAM)).toBeNull();
    expect(fromHome({ lat: 37.5, lng: Number.POSITIVE_INFINITY })).toBeNull();
  });
});
