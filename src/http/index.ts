// Public surface of ohmystack/http: the one polite HTTP client that sources, geocoders and commute
// routers share, and the request and response shapes it works with.

export type {
  FetchOptions,
  HttpClientOptions,
  LoginContext,
  PoliteHttpClient,
  RetryEvent,
  RetryOptions,
} from './http-client.js';
export { createHttpClient } from './http-client.js';
export type { HttpClient, HttpResponse, HttpStats, RequestSpec, SearchParams } from './types.js';
