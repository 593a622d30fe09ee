// What the routing estimators' tests share: an HTTP client made for a replica on 127.0.0.1 (no robots,
// no cookies, no rate limit to speak of, quick retries) and the places they route between.
import { createHttpClient } from '../../../src/http/http-client.js';

/** A client for the replicas: `retries` quick retries (1 ms backoff). */
export const routerTestHttp = (retries = 1) =>
  createHttpClient({
    respectRobots: false,
    cookies: false,
    perHostRate: 1000,
    retry: { limit: retries, backoffMs: 1, maxBackoffMs: 2 },
  });

export const HAPJEONG = { lat: 37.5496, lng: 126.9139 };
export const GANGNAM = { lat: 37.4979, lng: 127.0276 };
export const CITY_HALL = { lat: 37.5665, lng: 126.978 };
export const BUSAN = { lat: 35.1798, lng: 129.075 };
