// A GeoCache on disk, so geocodes survive across runs and processes: one JSON-lines file per provider
// (the key's prefix before ':'), loaded on first use, rewritten atomically (temp file + rename) in
// debounced batches. Only this module of ohmystack/geo touches node:fs.
import { mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { GeoCache } from '../types.js';

/** Options of `fileCache`. */
export interface FileCacheOptions {
  /** The directory holding the cache files; created on the first write. */
  dir: string;
  /**
   * How long writes are gathered before they are written together (ms). The timer keeps the process
   * alive until then, so a run that forgets `flush()` still persists its geocodes.
   * @default 1000
   */
  flushDelayMs?: number;
  /**
   * The clock, in epoch milliseconds; tests inject one to expire entries without waiting.
   * @default Date.now
   */
  now?: () => number;
}

/** A `GeoCache` in files, with `flush()` to write pending entries now. */
export interface FileCache extends GeoCache {
  getItem(key: string): Promise<unknown>;
  setItem(key: string, value: unknown, options?: { ttl?: number }): void;
  /** Writes every pending entry now; resolves when the files are renamed into place. */
  flush(): Promise<void>;
}

interface Entry {
  value: unknown;
  /** Epoch ms after which the entry is ignored; null without a TTL. */
  expires: number | null;
}

interface Shard {
  file: string;
  entries: Map<string, Entry>;
  /** Entries written since the last flush; a flush overlays them on what is on disk now. */
  dirty: Map<string, Entry>;
  loaded: Promise<void> | undefined;
}

const UNSAFE = /[^A-Za-z0-9_-]/g;

/** 'kakao:서울특별시 …' → 'kakao.jsonl'; keys without a prefix share '_default.jsonl'. */
function shardName(key: string): string {
  const colon = key.indexOf(':');
  const prefix = colon > 0 ? key.slice(0, colon).replace(UNSAFE, '_') : '';
  return `${prefix || '_default'}.jsonl`;
}

/** Reads a shard file into a Map, skipping torn or foreign lines and expired entries. */
async function readShard(file: string, now: number): Promise<Map<string, Entry>> {
  const out = new Map<string, Entry>();
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch {
    return out; // no file yet (or unreadable): an empty cache, never an error for a cache
  }
  for (const line of text.split('\n')) {
    if (!line) continue;
    try {
      const row = JSON.parse(line) as { k?: unknown; v?: unknown; e?: unknown };
      if (typeof row.k !== 'string') continue;
      const expires = typeof row.e === 'number' ? row.e : null;
      if (expires !== null && expires <= now) continue;
      out.set(row.k, { value: row.v, expires });
    } catch {
      // A line from an older format or a damaged file: drop it, keep the rest.
    }
  }
  return out;
}

/**
 * Returns a `GeoCache` persisted under `dir`: `getItem` answers the stored value or null (absent or
 * expired), `setItem(key, value, { ttl })` (seconds) is kept in memory at once and written within
 * `flushDelayMs`, each entry with its expiry. Files are replaced atomically, and a flush merges what
 * other processes wrote meanwhile, so several runs may share one directory.
 *
 * @default flushDelayMs 1000
 * @example
 * const cache = fileCache({ dir: '.ohmystack/geocache' });
 * const geo = cachedGeocoder(gazetteerGeocoder(), cache);
 * await geo.geocode('서울특별시 강남구 테헤란로 152');
 * await cache.flush();
 * @throws from `flush()` only, when the directory cannot be written.
 */
export function fileCache(options: FileCacheOptions): FileCache {
  const dir = options.dir;
  const delay = Math.max(0, options.flushDelayMs ?? 1000);
  const now = options.now ?? Date.now;
  const shards = new Map<string, Shard>();
  let timer: ReturnType<typeof setTimeout> | undefined;
  // Flushes run one after another, so two never rename over each other within this process.
  let chain: Promise<void> = Promise.resolve();

  const shardOf = (key: string): Shard => {
    const name = shardName(key);
    let shard = shards.get(name);
    if (shard === undefined) {
      shard = { file: join(dir, name), entries: new Map(), dirty: new Map(), loaded: undefined };
      shards.set(name, shard);
    }
    return shard;
  };

  const load = (shard: Shard): Promise<void> => {
    shard.loaded ??= readShard(shard.file, now()).then((disk) => {
      // Entries set before the load finished are newer than the disk's.
      for (const [key, entry] of disk) if (!shard.entries.has(key)) shard.entries.set(key, entry);
    });
    return shard.loaded;
  };

  const writeShard = async (shard: Shard): Promise<void> => {
    if (shard.dirty.size === 0) return;
    const pending = new Map(shard.dirty);
    const at = now();
    const merged = await readShard(shard.file, at);
    for (const [key, entry] of pending) merged.set(key, entry);
    let text = '';
    for (const [k, { value, expires }] of merged) {
      if (expires !== null && expires <= at) continue;
      text += `${JSON.stringify({ k, v: value, e: expires })}\n`;
    }
    await mkdir(dir, { recursive: true });
    const temp = `${shard.file}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`;
    try {
      await writeFile(temp, text, 'utf8');
      await rename(temp, shard.file);
    } catch (error) {
      await rm(temp, { force: true });
      throw error;
    }
    // Keep entries re-written during the flush dirty for the next one.
    for (const [key, entry] of pending) if (shard.dirty.get(key) === entry) shard.dirty.delete(key);
    for (const [key, entry] of merged) if (!shard.entries.has(key)) shard.entries.set(key, entry);
  };

  const flush = (): Promise<void> => {
    if (timer !== undefined) {
      clearTimeout(timer);
      timer = undefined;
    }
    const run = chain.then(async () => {
      for (const shard of shards.values()) await writeShard(shard);
    });
    // The chain continues after a failed flush; the failure goes to this flush's caller.
    chain = run.catch(() => undefined);
    return run;
  };

  return {
    async getItem(key) {
      const shard = shardOf(key);
      await load(shard);
      const entry = shard.entries.get(key);
      if (entry === undefined) return null;
      if (entry.expires !== null && entry.expires <= now()) {
        shard.entries.delete(key);
        return null;
      }
      return entry.value;
    },
    setItem(key, value, setOptions) {
      const ttl = setOptions?.ttl;
      const entry: Entry = { value, expires: ttl !== undefined && ttl > 0 ? now() + ttl * 1000 : null };
      const shard = shardOf(key);
      shard.entries.set(key, entry);
      shard.dirty.set(key, entry);
      // A background flush has nobody to report to; its entries stay dirty and `flush()` retries.
      timer ??= setTimeout(() => {
        timer = undefined;
        flush().catch(() => undefined);
      }, delay);
    },
    flush,
  };
}
