// Public surface of ohmystack/sources: the site factories, the shared HTTP client, state stores and the
// browser renderer. Internal modules (`_`-prefixed) are never re-exported.

// The HTTP client lives in ohmystack/http; sources take it as `http`, so it stays importable from here.
export type {
  FetchOptions,
  HttpClientOptions,
  LoginContext,
  PoliteHttpClient,
  RetryEvent,
  RetryOptions,
} from '../http/index.js';
export { createHttpClient } from '../http/index.js';
export type { ChromiumRendererOptions } from './chromium-renderer.js';
export { chromiumRenderer } from './chromium-renderer.js';
export type { SourceFactory } from './define-source.js';
export { defineSource } from './define-source.js';
export type { JobKoreaOptions } from './jobkorea/index.js';
export { jobkorea, jobkoreaParsers } from './jobkorea/index.js';
export type { JsonLdJobPostingOptions } from './json-ld/index.js';
export { jsonLdJobPosting, jsonLdParsers } from './json-ld/index.js';
export type { JumpitOptions } from './jumpit/index.js';
export { jumpit, jumpitParsers } from './jumpit/index.js';
export type { ProgrammersOptions } from './programmers/index.js';
export { programmers, programmersParsers } from './programmers/index.js';
export { rallitParsers } from './rallit/index.js';
export type { SaraminOptions } from './saramin/index.js';
export { saramin, saraminParsers } from './saramin/index.js';
export type { FileStateStoreOptions } from './state/file-state-store.js';
export { fileStateStore } from './state/file-state-store.js';
export { memoryStateStore } from './state/memory-state-store.js';
export type {
  BrowserRenderer,
  CollectOptions,
  DetailPlan,
  HttpClient,
  HttpResponse,
  HttpStats,
  ListParseContext,
  ListStream,
  ParseContext,
  RequestSpec,
  SearchParams,
  SiteAdapter,
  Source,
  SourceOptions,
  SourceProgress,
  SourceResult,
  SourceRun,
  SourceState,
  SourceStatus,
  StateStore,
} from './types.js';
export type { WantedOptions } from './wanted/index.js';
export { wanted, wantedParsers } from './wanted/index.js';
