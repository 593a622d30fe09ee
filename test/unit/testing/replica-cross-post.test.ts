import { describe, expect, it } from 'vitest';
import { jobTitleKey } from '../../../src/features/job-title-key.js';
import { ReplicaState } from '../../../src/testing/replica/state.js';
import { SITE_NAMES, type SiteName } from '../../../src/testing/replica/types.js';

const counts = (n: number) =>
  Object.fromEntries(SITE_NAMES.map((site) => [site, n])) as Record<SiteName, number>;

describe('replica cross-posting', () => {
  it('posts a share of jobs on two or three boards, each copy labelled and worded by its site', () => {
    const state = new ReplicaState(counts(100), 5, '2026-11-29', 0.3);
    const copies = SITE_NAMES.flatMap((site) =>
      state.live(site).flatMap((posting) => (posting.jobKey ? [{ site, posting }] : [])),
    );
    // Every site keeps the count it was asked for; the careers site is not a job board.
    for (const site of SITE_NAMES) expect(state.live(site)).toHaveLength(100);
    expect(copies.some(({ site }) => site === 'careers')).toBe(false);
    const copiedShare = (copies.length + new Set(copies.map(({ posting }) => posting.jobKey)).size) / 500;
    expect(copiedShare).toBeGreaterThan(0.25);
    expect(copiedShare).toBeLessThan(0.4);
    for (const { site, posting } of copies) {
      const [originSite, originId] = posting.jobKey!.split(':') as [SiteName, string];
      expect(originSite).not.toBe(site);
      const original = state.find(originSite, Number(originId))!.posting;
      expect(posting.company).toBe(original.company);
      expect(jobTitleKey(posting.title, posting.company)).toBe(jobTitleKey(original.title, original.company));
      expect(posting.stacks.every((stack) => original.stacks.includes(stack))).toBe(true);
    }
    expect(copies.some(({ site, posting }) => site === 'saramin' && posting.title.endsWith('채용'))).toBe(
      true,
    );
  });

  it('posts nothing twice by default', () => {
    const state = new ReplicaState(counts(50), 5, '2026-11-29');
    expect(
      SITE_NAMES.every((site) => state.live(site).every((posting) => posting.jobKey === undefined)),
    ).toBe(true);
  });
});
