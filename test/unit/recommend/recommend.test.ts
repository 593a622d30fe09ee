import { describe, expect, it } from 'vitest';
import type { CommuteEstimator } from '../../../src/commute/index.js';
import { ProfileError } from '../../../src/model/errors/profile-error.js';
import { createRecommender, type Profile, recommend, recommendMany } from '../../../src/recommend/index.js';
import { filler, job, NOW, PLACES, together } from './_postings.js';

const ids = (list: { posting: { id: string } }[]): string[] => list.map((r) => r.posting.id);

describe('recommend: what never appears', () => {
  it('leaves out expired postings (flag or a deadline before the KST day of now) and closed ones', async () => {
    const open = job(['java']);
    const flagged = job(['java'], { expired: true });
    const pastDeadline = job(['java'], { deadline: { kind: 'date', date: '2026-11-30' } });
    const lastDay = job(['java'], { deadline: { kind: 'date', date: '2026-12-01' } });
    const closed = job(['java']);
    const result = await recommend({ stacks: 'java' }, [open, flagged, pastDeadline, lastDay, closed], {
      now: NOW,
      closedIds: [closed.id],
    });
    expect(ids(result).sort()).toEqual([open.id, lastDay.id].sort());
  });

  it('never gives a newcomer a posting whose minimum is above 0 years', async () => {
    const junior = job(['java'], {
      career: { minYears: 0, maxYears: 2, newcomer: true, label: '신입~경력 2년' },
    });
    const senior = job(['java'], {
      career: { minYears: 7, maxYears: null, newcomer: false, label: '경력 7년 이상' },
    });
    const one = job(['java'], { career: { minYears: 1, maxYears: 3, newcomer: false, label: '경력 1~3년' } });
    for (const profile of [
      { stacks: 'java', newcomer: true },
      { stacks: 'java', years: 0 },
    ]) {
      const result = await recommend(profile, [junior, senior, one], { now: NOW });
      expect(ids(result)).toEqual([junior.id]);
      expect(result[0]?.reasons).toContain('신입 가능');
    }
  });

  it('with maxMinutes, leaves out postings beyond it, without a point, and not a daily commute', async () => {
    const near = job(['java'], { at: PLACES.mapo });
    const far = job(['java'], { at: PLACES.pangyo });
    const unknown = job(['java'], { at: null });
    const jeju = job(['java'], { at: PLACES.jeju });
    const profile = { stacks: 'java', home: PLACES.home, commute: { maxMinutes: 40 } };
    const result = await recommend(profile, [near, far, unknown, jeju], { now: NOW });
    expect(ids(result)).toEqual([near.id]);
    const generous = await recommend(
      { ...profile, commute: { maxMinutes: 300 } },
      [near, far, unknown, jeju],
      {
        now: NOW,
      },
    );
    expect(ids(generous)).toEqual([near.id, far.id]);
  });

  it('with maxMinutes, leaves out a trip the estimator says is not a daily commute, however short', async () => {
    const stub: CommuteEstimator = {
      name: 'stub',
      estimate: async (_from, to) => ({
        ...{ km: 5, mode: 'transit', region: 'capital', intensity: 0.1, label: '가까움', estimate: true },
        minutes: 20,
        // Within reach of the limit, yet the estimator says no one makes this trip daily.
        daily: to.lng < 127,
        provider: 'stub',
      }),
    };
    const near = job(['java'], { at: PLACES.mapo });
    const island = job(['java'], { at: PLACES.gangnam });
    const limited = await recommend(
      { stacks: 'java', home: PLACES.home, commute: { maxMinutes: 60 } },
      [island, near],
      {
        now: NOW,
        commute: stub,
      },
    );
    expect(ids(limited)).toEqual([near.id]);
    const open = await recommend({ stacks: 'java', home: PLACES.home }, [island, near], {
      now: NOW,
      commute: stub,
    });
    expect(ids(open).sort()).toEqual([near.id, island.id].sort());
    expect(open.find((r) => r.posting.id === island.id)?.reasons).toContain(
      '매일 통근 어려움 (대중교통 약 20분)',
    );
  });

  it('leaves out excluded companies by name in any spelling or by id', async () => {
    const kakao = job(['java'], { company: '카카오' });
    const byId = job(['java'], { companyId: 'naver-1' });
    const other = job(['java']);
    const result = await recommend(
      { stacks: 'java', excludeCompanies: ['(주)카카오', 'NAVER-1'] },
      [kakao, byId, other],
      {
        now: NOW,
      },
    );
    expect(ids(result)).toEqual([other.id]);
  });
});

describe('recommend: ranking', () => {
  it('stack fit dominates: a posting without any stack match never outranks one with a match', async () => {
    const matchPoorFit = job(['java', 'oracle', 'jsp', 'struts'], {
      at: PLACES.pangyo,
      career: { minYears: 5, maxYears: 8, newcomer: false, label: '경력 5~8년' },
    });
    const noMatchPerfect = job(['react'], { at: PLACES.mapo });
    // Weights that would rank the other way without the tiers.
    const result = await recommend(
      { stacks: 'java', years: 3, home: PLACES.home },
      [noMatchPerfect, matchPoorFit],
      {
        now: NOW,
        weights: { stacks: 0.01, career: 1, commute: 1 },
      },
    );
    expect(ids(result)).toEqual([matchPoorFit.id, noMatchPerfect.id]);
    expect(result[0]!.score).toBeGreaterThanOrEqual(0.5);
    expect(result[1]!.score).toBeLessThan(0.5);
    expect(result[1]!.reasons[0]).toBe('기술 일치 없음');
  });

  it('weighs a rare skill above a common one', async () => {
    const common = Array.from({ length: 20 }, () => job(['java'], { at: PLACES.jeju }));
    const rare = job(['elixir']);
    const usual = job(['java']);
    const result = await recommend({ stacks: ['java', 'elixir'] }, [...common, usual, rare], {
      now: NOW,
      limit: 2,
    });
    expect(ids(result)[0]).toBe(rare.id);
  });

  it('charges a shortfall of the minimum more the larger the gap, and excludes beyond 3 years', async () => {
    const postings = [1, 2, 3, 4, 5, 6].map((min) =>
      job(['java'], {
        career: { minYears: min, maxYears: null, newcomer: false, label: `경력 ${min}년 이상` },
      }),
    );
    const result = await recommend({ stacks: 'java', years: 1 }, postings, { now: NOW });
    expect(ids(result)).toEqual(postings.slice(0, 4).map((p) => p.id));
    const career = result.map((r) => r.parts.career);
    for (let k = 1; k < career.length; k++) expect(career[k]).toBeLessThan(career[k - 1]!);
    expect(result[2]!.reasons).toContain('경력 1년: 요건 3년 이상 (2년 부족)');
    const strict = await recommend({ stacks: 'java', years: 1 }, postings, {
      now: NOW,
      hard: { career: true },
    });
    expect(ids(strict)).toEqual([postings[0]!.id]);
  });

  it('lists one entry per job and its other copies in alsoOn', async () => {
    const a = job(['java'], { jobId: 'job-1', id: 'wanted:1' });
    const b = job(['java', 'spring'], { jobId: 'job-1', id: 'jumpit:1' });
    const c = job(['java'], { jobId: 'job-1', id: 'saramin:1', expired: true });
    const solo = job(['java']);
    const result = await recommend({ stacks: 'java, spring' }, [a, b, c, solo], { now: NOW });
    expect(ids(result)).toEqual(['jumpit:1', solo.id]);
    expect(result[0]!.alsoOn).toEqual(['wanted:1']);
    expect(result[1]!.alsoOn).toEqual([]);
  });

  it('keeps stacks the dictionary does not know, matches them as written and warns', async () => {
    const custom = job(['사내프레임워크x']);
    const other = job(['react']);
    const result = await recommend({ stacks: ['사내프레임워크X', 'java'] }, [other, custom], { now: NOW });
    expect(ids(result)[0]).toBe(custom.id);
    expect(result[0]!.reasons[0]).toBe('사내프레임워크x 일치');
    expect(result.warnings).toEqual(['stack "사내프레임워크x" is not in the dictionary; matched as written']);
    expect(Array.isArray(result)).toBe(true);
  });

  it('ranks postings without a point when no commute limit is set, saying the commute is unknown', async () => {
    const nowhere = job(['java'], { at: null });
    const near = job(['java'], { at: PLACES.mapo });
    const result = await recommend({ stacks: 'java', home: PLACES.home }, [nowhere, near], { now: NOW });
    expect(ids(result)).toEqual([near.id, nowhere.id]);
    expect(result[1]!.commute).toBeNull();
    expect(result[1]!.parts.commute).toBeNull();
    expect(result[1]!.reasons).toContain('통근 정보 없음 (위치 미상)');
  });

  it('gives short reasons in Korean', async () => {
    const posting = job(['java', 'spring', 'jpa'], { at: PLACES.gangnam });
    const [first] = await recommend(
      {
        stacks: 'java, spring',
        years: 3,
        home: PLACES.home,
        commute: { mode: 'transit' },
        regions: ['부산'],
      },
      [...together('spring', 'jpa', 6), ...filler(10), posting],
      { now: NOW },
    );
    expect(first!.posting.id).toBe(posting.id);
    expect(first!.reasons[0]).toBe('Java·Spring Framework 일치, JPA 유사');
    expect(first!.reasons[1]).toBe('경력 3년: 요건 2~5년');
    expect(first!.reasons[2]).toMatch(/^대중교통 약 \d+분 \((매우 가까움|가까움|보통|멀다|매우 멀다)\)$/);
    expect(first!.reasons).toContain('희망 지역 아님');
  });

  it('shows a Spring Boot developer Spring and JPA postings through related skills', async () => {
    const spring = job(['spring', 'mysql'], { at: PLACES.mapo });
    const jpa = job(['jpa', 'querydsl'], { at: PLACES.mapo });
    const unrelated = job(['react', 'typescript'], { at: PLACES.mapo });
    const postings = [...together('spring-boot', 'jpa', 6), spring, jpa, unrelated];
    const result = await recommend({ stacks: '스프링부트' }, postings, { now: NOW, limit: 20 });
    const byId = new Map(result.map((r) => [r.posting.id, r]));
    expect(byId.get(spring.id)?.reasons[0]).toBe('Spring Framework 유사');
    expect(byId.get(jpa.id)?.reasons[0]).toBe('JPA 유사');
    expect(byId.get(spring.id)!.score).toBeGreaterThan(byId.get(unrelated.id)!.score);
    expect(byId.get(jpa.id)!.score).toBeGreaterThan(byId.get(unrelated.id)!.score);
    // Related counts less than exact.
    const exact = await recommend({ stacks: 'spring' }, [spring], { now: NOW });
    expect(exact[0]!.parts.stacks).toBeGreaterThan(byId.get(spring.id)!.parts.stacks);
  });

  it('reads soft preferences as a part and hard ones as filters', async () => {
    const seoul = job(['java']);
    const busan = job(['java'], {
      address: { sido: '부산광역시', sigungu: '해운대구', query: '부산 해운대구' },
    });
    const soft = await recommend({ stacks: 'java', regions: ['부산 해운대구'] }, [seoul, busan], {
      now: NOW,
    });
    expect(ids(soft)).toEqual([busan.id, seoul.id]);
    expect(soft[1]!.reasons).toContain('희망 지역 아님');
    const hard = await recommend({ stacks: 'java', regions: ['해운대'] }, [seoul, busan], {
      now: NOW,
      hard: { regions: true },
    });
    expect(ids(hard)).toEqual([busan.id]);
  });
});

describe('recommend: commute and text', () => {
  it('asks a router estimator only about a shortlist, and the offline model about every candidate it needs', async () => {
    let asked = 0;
    const router: CommuteEstimator = {
      name: 'router',
      estimate: async (_from, to) => {
        asked++;
        return {
          minutes: 30,
          km: 5,
          mode: 'transit',
          region: 'capital',
          intensity: 0.16,
          label: '가까움',
          daily: to.lat > 34,
          estimate: true,
          provider: 'router',
        };
      },
    };
    const postings = Array.from({ length: 400 }, (_, k) =>
      job(['java'], { at: { lat: 37.4 + k / 2000, lng: 127 + k / 2000 } }),
    );
    const result = await recommend({ stacks: 'java', home: PLACES.home }, postings, {
      now: NOW,
      commute: router,
      limit: 3,
      shortlist: 10,
    });
    expect(result).toHaveLength(3);
    expect(asked).toBeGreaterThan(0);
    expect(asked).toBeLessThanOrEqual(128 + 3);
    expect(result[0]!.reasons).toContain('대중교통 약 30분 (가까움)');
  });

  it('switches the commute term off with weights.commute = 0', async () => {
    const far = job(['java', 'spring']);
    const near = job(['java']);
    far.geo = { ...PLACES.pangyo, precision: 'building', provider: 'test' };
    const on = await recommend({ stacks: 'java, spring', home: PLACES.home }, [far, near], {
      now: NOW,
      weights: { commute: 1, stacks: 0.05 },
    });
    const off = await recommend({ stacks: 'java, spring', home: PLACES.home }, [far, near], {
      now: NOW,
      weights: { commute: 0, stacks: 0.05 },
    });
    expect(ids(on)).toEqual([near.id, far.id]);
    expect(ids(off)).toEqual([far.id, near.id]);
    expect(off[0]!.commute).not.toBeNull();
  });

  it('blends the similarity of the introduction and the posting text into the stack part', async () => {
    // A deterministic bag-of-words embedder: each word hashed into one of 64 dimensions.
    const embedder = {
      calls: 0,
      async embed(texts: string[]): Promise<number[][]> {
        this.calls++;
        return texts.map((text) => {
          const v = new Array<number>(64).fill(0);
          for (const word of text.toLowerCase().split(/\s+/)) {
            let h = 0;
            for (const ch of word) h = (h * 31 + ch.charCodeAt(0)) >>> 0;
            v[h % 64]! += 1;
          }
          return v;
        });
      },
    };
    const payments = job(['java'], { title: '결제', sections: { mainTasks: '결제 정산 시스템 개발' } });
    const games = job(['java'], { title: '게임', sections: { mainTasks: '게임 서버 매칭 개발' } });
    const profile = { stacks: 'java', intro: 'java 결제 정산 시스템 개발 경험' };
    const plain = await recommend(profile, [games, payments], { now: NOW });
    expect(ids(plain)).toEqual([games.id, payments.id]);
    expect(plain[0]!.parts.text).toBeUndefined();
    const blended = await recommend(profile, [games, payments], { now: NOW, embedder });
    expect(ids(blended)).toEqual([payments.id, games.id]);
    expect(blended[0]!.parts.text).toBeGreaterThan(blended[1]!.parts.text!);
    expect(blended[0]!.reasons.at(-1)).toMatch(/^자기소개 유사도 0\.\d\d$/);
    expect(embedder.calls).toBeGreaterThan(0);
  });
});

describe('recommendMany and createRecommender', () => {
  it('answers each profile as recommend would', async () => {
    const postings = [
      ...together('spring-boot', 'jpa', 6),
      job(['java', 'spring'], { jobId: 'j' }),
      job(['java'], { jobId: 'j' }),
      job(['react', 'typescript'], { at: PLACES.gangnam }),
      job(['python'], { at: null }),
    ];
    const profiles = [
      { stacks: 'java', years: 3, home: PLACES.home },
      { stacks: 'react', newcomer: true },
      { intro: '파이썬과 장고로 3년 개발했습니다', commute: { maxMinutes: 90 }, home: PLACES.home },
    ];
    const many = await recommendMany(profiles, postings, { now: NOW, limit: 5 });
    for (const [k, profile] of profiles.entries()) {
      expect(many[k]).toEqual(await recommend(profile, postings, { now: NOW, limit: 5 }));
    }
    const recommender = createRecommender(postings, { now: NOW });
    expect(recommender.size).toBe(postings.length);
    expect(await recommender.recommend(profiles[0]!, { limit: 5 })).toEqual(many[0]);
  });
});

describe('recommend: profiles that cannot be used', () => {
  const postings = [job(['java'])];
  it.each([
    [{}, 'stacks'],
    [{ stacks: [] }, 'stacks'],
    [{ intro: '열심히 하겠습니다' }, 'intro'],
    [{ stacks: 'java', years: -1 }, 'years'],
    [{ stacks: 'java', years: 61 }, 'years'],
    [{ stacks: 'java', years: Number.POSITIVE_INFINITY }, 'years'],
    [{ stacks: 'java', years: Number.NaN }, 'years'],
    [{ stacks: 'java', years: 3, newcomer: true }, 'newcomer'],
    [{ stacks: 'java', home: '어딘지 모를 곳 123' }, 'home'],
    [{ stacks: 'java', home: { lat: 95, lng: 127 } }, 'home.lat'],
    [{ stacks: 'java', commute: { mode: 'bicycle' } }, 'commute.mode'],
    [{ stacks: 'java', commute: { maxMinutes: 0 } }, 'commute.maxMinutes'],
    [{ stacks: 'java', commute: { maxMinutes: 10_000 } }, 'commute.maxMinutes'],
    [{ stacks: 'java', families: ['backend', '우주비행'] }, 'families.1'],
    [{ stacks: 'java', regions: ['광주'] }, 'regions.0'],
    [{ stacks: 'java', employment: ['노예'] }, 'employment.0'],
    [{ stacks: 'java', salaryMin: -5 }, 'salaryMin'],
    [{ stacks: 'java', maxMinute: 30 }, '(profile)'],
    [null, '(profile)'],
  ])('%j → ProfileError on %s', async (profile, field) => {
    const error = await recommend(profile as Profile, postings, { now: NOW }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ProfileError);
    expect((error as ProfileError).field).toBe(field);
    expect((error as ProfileError).code).toBe('invalid_profile');
    expect((error as ProfileError).message).toContain(`profile.${field}`);
  });

  it('accepts families, regions and employment types in Korean', async () => {
    const result = await recommend(
      {
        stacks: 'java',
        families: ['서버/백엔드', 'frontend'],
        regions: ['서울', '분당구'],
        employment: ['정규직', 'intern'],
      },
      postings,
      { now: NOW },
    );
    expect(result).toHaveLength(1);
    expect(result[0]!.parts.preferences).toBe(1);
  });
});
