// Every CSS selector the JobKorea parsers use, in one place, so a redesign touches only this file.
// The 2026 Next.js pages mark components with `data-sentry-component` ('CardJob'); those names have
// proved steadier than the utility class names next to them.

/** Selectors of the JobKorea search page and the `GI_Read` detail page. */
export const JOBKOREA_SELECTORS = {
  list: {
    /** One job card of the new search page. */
    card: '[data-sentry-component="CardJob"]',
    /** Any anchor to the posting; its href carries the GI number. */
    link: 'a[href*="/Recruit/GI_Read/"]',
    title: '[data-sentry-component="Title"]',
    /** The company anchor is the posting link that is neither the logo nor the title. */
    company: 'a[href*="/Recruit/GI_Read/"]:not([data-sentry-component]) span',
    logo: '[data-sentry-component="CompanyLogo"] img',
    /** Grey chips: region (place icon) and industry/job keywords (briefcase icon). */
    chip: '[data-sentry-component="GrayChip"]',
    chipIcon: '[class*="emoji--"]',
    badge: '[data-sentry-component="BadgeItem"]',
    button: 'button',
    /** Containers whose text is already read by a more specific selector above. */
    handled:
      '[data-sentry-component="Title"], [data-sentry-component="GrayChip"], [data-sentry-component="BadgeItem"], button, a[href*="/Recruit/GI_Read/"]',
  },
  detail: {
    jsonLd: 'script[type="application/ld+json"]',
    canonical: 'link[rel="canonical"]',
    ogUrl: 'meta[property="og:url"]',
    ogTitle: 'meta[property="og:title"]',
    heading: 'h1',
    /** '모집분야' row at the top of 모집요강. */
    field: '[data-sentry-component="RecruitmentField"]',
    /** Label/value rows: 모집인원, 고용형태, 급여, 근무시간, 근무지주소, 경력, 학력 … */
    item: '[data-sentry-component="RecruitmentItem"]',
    /** Older GI_Read markup: definition lists of label/value pairs. */
    term: 'dl dt',
    listEntry: 'li',
    button: 'button',
  },
} as const;

/** The leaf icon class of a search-card chip, e.g. 'emoji--basicemoji-place2' → 'place2'. */
export const JOBKOREA_CHIP_ICON = /emoji--basicemoji-([\w-]+)/;

/** The GI number inside a posting link, e.g. '/Recruit/GI_Read/49759955?Oem_Code=C1'. */
export const JOBKOREA_GI_ID = /\/Recruit\/GI_Read\/(\d+)/i;
