// Every CSS selector the JSON-LD readers use, in one place.

/** Selectors of a page that may carry schema.org JSON-LD or be a client-rendered shell. */
export const JSONLD_SELECTORS = {
  /** `application/ld+json`, also with a charset parameter or odd casing of the type. */
  jsonLd: 'script[type*="ld+json" i]',
  /** Next.js state (pages router); its presence without a posting means the page builds itself. */
  nextData: 'script#__NEXT_DATA__',
  /** Mount points of SPA frameworks: React/CRA, Vue, Next.js, Nuxt, Gatsby, Angular, Svelte(Kit), Quasar. */
  mountPoint: '#root, #app, #__next, #__nuxt, #___gatsby, #q-app, #svelte, app-root, [data-reactroot]',
  script: 'script',
  noscript: 'noscript',
} as const;
