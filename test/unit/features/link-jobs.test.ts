import { describe, expect, it } from 'vitest';
import { jobTitleKey } from '../../../src/features/job-title-key.js';
import { linkJobs } from '../../../src/features/link-jobs.js';
import type { Posting } from '../../../src/model/posting.js';
import { makePosting } from './_posting.js';

const pangyo = makePosting().address;

function copy(source: string, sourceId: string, overrides: Partial<Posting> = {}): Posting {
  return makePosting({ id: `${source}:${sourceId}`, source, sourceId, ...overrides });
}

describe('jobTitleKey', () => {
  it.each([
    ['[병역특례] 백엔드 개발자', '카카오'],
    ['백엔드 개발자 (경력)', '카카오'],
    ['[카카오] 백엔드 개발자 채용 (경력 3년 이상)', '(주)카카오'],
    ['카카오 백엔드 개발자 경력직 채용', '카카오'],
    ['Backend Engineer', '카카오'],
    ['[정규직] 서버 개발자 모집', '카카오'],
    ['백엔드 개발자 (신입/경력)', '카카오'],
  ])('strips site decorations: %s', (title, company) => {
    expect(jobTitleKey(title, company)).toBe(jobTitleKey('백엔드 개발자', '카카오'));
  });

  it.each([
    ['백엔드 개발자 (결제)', '백엔드 개발자 (정산)'],
    ['Java 백엔드 개발자', 'Node.js 백엔드 개발자'],
    ['백엔드 개발자', '프론트엔드 개발자'],
    ['시니어 백엔드 개발자', '백엔드 개발자'],
  ])('keeps what tells two openings apart: %s / %s', (a, b) => {
    expect(jobTitleKey(a, '카카오')).not.toBe(jobTitleKey(b, '카카오'));
  });
});

describe('linkJobs', () => {
  it('gives the copies of one job on three sites one jobId', () => {
    const jumpit = copy('jumpit', '1', {
      title: '[병역특례] 백엔드 개발자 (Kotlin/Spring)',
      companyId: 'j-7',
    });
    const wanted = copy('wanted', '2', {
      title: 'Backend Engineer (Kotlin/Spring)',
      stacks: ['kotlin', 'spring-boot'],
      postedAt: '2026-11-22T09:00:00+09:00',
    });
    const saramin = copy('saramin', '3', {
      title: '[(주)카카오] 백엔드 개발자 (Kotlin/Spring) 채용 (경력 3년 이상)',
      company: '카카오',
      companyId: null,
      stacks: [],
      address: { sido: '경기도', sigungu: '성남시 분당구', query: '경기도 성남시 분당구' },
      postedAt: '2026-11-18',
    });
    const [a, b, c] = linkJobs([jumpit, wanted, saramin]);
    expect(a!.jobId).toMatch(/^[0-9a-f]{16}$/);
    expect(b!.jobId).toBe(a!.jobId);
    expect(c!.jobId).toBe(a!.jobId);
  });

  it('keeps two backend openings of one company two jobs', () => {
    const payments = [
      copy('jumpit', '1', { title: '백엔드 개발자 (결제)' }),
      copy('wanted', '2', { title: '백엔드 개발자 (정산)' }),
    ];
    const [a, b] = linkJobs(payments);
    expect(a!.jobId).not.toBe(b!.jobId);
  });

  it('does not link one title when place, career, stacks or posting day disagree', () => {
    const base = copy('jumpit', '1');
    const others: Partial<Posting>[] = [
      { address: { ...pangyo!, sido: '서울특별시', sigungu: '강남구', query: '서울특별시 강남구' } },
      { career: { minYears: 7, maxYears: null, newcomer: false, label: '경력 7년 이상' } },
      { career: { minYears: 0, maxYears: null, newcomer: true, label: '신입' } },
      { stacks: ['react', 'typescript'], mentionedStacks: [] },
      { postedAt: '2026-09-01T10:00:00+09:00' },
      { company: '네이버', companyId: null },
    ];
    for (const other of others) {
      const [a, b] = linkJobs([base, copy('wanted', '2', other)]);
      expect(a!.jobId, JSON.stringify(other)).not.toBe(b!.jobId);
    }
  });

  it('never links two postings of one site', () => {
    const [a, b] = linkJobs([copy('jumpit', '1'), copy('jumpit', '2')]);
    expect(a!.jobId).not.toBe(b!.jobId);
  });

  it('ties company names together through a site company id', () => {
    const kakao = copy('wanted', '1', { company: '카카오', companyId: 'w-1', title: '데이터 엔지니어' });
    const english = copy('wanted', '9', { company: 'Kakao', companyId: 'w-1', title: '마케터' });
    const jumpit = copy('jumpit', '2', { company: 'Kakao', companyId: 'j-1', title: '데이터 엔지니어' });
    const [a, , c] = linkJobs([kakao, english, jumpit]);
    expect(c!.jobId).toBe(a!.jobId);
  });

  it('gives the same ids in any order and keeps ids postings already carry', () => {
    const postings = [
      copy('jumpit', '1'),
      copy('wanted', '2'),
      copy('saramin', '3', { title: '프론트엔드 개발자' }),
    ];
    const forward = linkJobs(postings).map((posting) => [posting.id, posting.jobId]);
    const backward = linkJobs([...postings].reverse()).map((posting) => [posting.id, posting.jobId]);
    expect(Object.fromEntries(backward)).toEqual(Object.fromEntries(forward));

    // The Jumpit copy is unlisted; the Wanted copy keeps the job's id, and a new copy joins it.
    const kept = linkJobs([
      { ...postings[1]!, jobId: forward[0]![1]! },
      copy('jobkorea', '4', { title: '[카카오] 백엔드 개발자 (Kotlin/Spring) 채용' }),
    ]);
    expect(kept.map((posting) => posting.jobId)).toEqual([forward[0]![1], forward[0]![1]]);
  });

  it('links copies within a company that has a hundred openings of one role', () => {
    const day = (n: number) => new Date(Date.UTC(2026, 0, 1) + n * 86_400_000).toISOString().slice(0, 10);
    const postings: Posting[] = [];
    for (let i = 0; i < 100; i++) {
      postings.push(copy('jumpit', `j${i}`, { title: '백엔드 개발자', postedAt: day(15 * i) }));
      postings.push(copy('wanted', `w${i}`, { title: 'Backend Engineer', postedAt: day(15 * i + 2) }));
    }
    const linked = linkJobs(postings);
    for (let i = 0; i < 100; i++) {
      expect(linked[2 * i + 1]!.jobId).toBe(linked[2 * i]!.jobId);
    }
    expect(new Set(linked.map((posting) => posting.jobId)).size).toBe(100);
  });

  it('leaves a posting without a company alone', () => {
    const [a, b] = linkJobs([copy('jumpit', '1', { company: '' }), copy('wanted', '2', { company: '' })]);
    expect(a!.jobId).not.toBe(b!.jobId);
  });
});
