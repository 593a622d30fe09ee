// A run's manifest: built from the files a run wrote, validated with zod on read. Readers trust only
// it, so its row counts count each part once even when a part is written in several formats.
import { createHash } from 'node:crypto';
import { z } from 'zod';
import { ValidationError } from '../../model/errors/validation-error.js';
import type { Dataset, ManifestFile, RunContext, RunManifest } from '../types.js';
import { partOfKey } from './layout.js';

/** The lake schema version manifests carry; bumped when row shapes change incompatibly. */
export const LAKE_SCHEMA_VERSION = 1;

const DatasetSchema = z.enum(['raw', 'postings', 'features']);

/** zod schema of one manifest file entry. */
export const ManifestFileSchema = z.object({
  key: z.string().min(1),
  dataset: DatasetSchema,
  format: z.enum(['jsonl', 'csv', 'parquet']),
  rows: z.number().int().nonnegative(),
  bytes: z.number().int().nonnegative(),
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
});

/** zod schema of a run manifest. */
export const RunManifestSchema = z.object({
  runId: z.string().min(1),
  dt: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
  hr: z.string().regex(/^\d{2}$/),
  schemaVersion: z.number().int().positive(),
  createdAt: z.string(),
  files: z.array(ManifestFileSchema),
  rows: z.partialRecord(DatasetSchema, z.number().int().nonnegative()),
});

/**
 * Returns the hex sha256 of bytes.
 *
 * @example sha256Hex(new TextEncoder().encode('채용')) // 64 hex chars
 */
export function sha256Hex(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/**
 * Returns a manifest entry for bytes written under `key`.
 *
 * @example manifestFile('postings/dt=2026-11-29/hr=09/20261129T0900-00000.jsonl', 'postings', 'jsonl', 2, bytes)
 */
export function manifestFile(
  key: string,
  dataset: Dataset,
  format: ManifestFile['format'],
  rows: number,
  bytes: Uint8Array,
): ManifestFile {
  return { key, dataset, format, rows, bytes: bytes.byteLength, sha256: sha256Hex(bytes) };
}

/** Options of {@link buildManifest}. */
export interface BuildManifestOptions {
  /**
   * @default LAKE_SCHEMA_VERSION
   */
  schemaVersion?: number;
  /**
   * When the manifest was made.
   * @default new Date()
   */
  now?: Date;
}

/**
 * Returns the manifest of a run: files sorted by key, and rows per dataset counting each part once
 * (a part written as jsonl and parquet holds the same rows).
 *
 * @example buildManifest({ runId: '20261129T0900', dt: '2026-11-29', hr: '09' }, files).rows.postings // 100000
 */
export function buildManifest(
  context: Pick<RunContext, 'runId' | 'dt' | 'hr'>,
  files: readonly ManifestFile[],
  options: BuildManifestOptions = {},
): RunManifest {
  const sorted = [...files].sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  const rows: Partial<Record<Dataset, number>> = {};
  const seenParts = new Set<string>();
  for (const file of sorted) {
    const part = partOfKey(file.key);
    if (seenParts.has(part)) continue;
    seenParts.add(part);
    rows[file.dataset] = (rows[file.dataset] ?? 0) + file.rows;
  }
  return {
    runId: context.runId,
    dt: context.dt,
    hr: context.hr,
    schemaVersion: options.schemaVersion ?? LAKE_SCHEMA_VERSION,
    createdAt: (options.now ?? new Date()).toISOString(),
    files: sorted,
    rows,
  };
}

/**
 * Returns the manifest in `value` (parsed JSON), checked field by field.
 *
 * @example parseManifest(JSON.parse(text)).files.length // 6
 * @throws {ValidationError} when it is not a manifest, or the copies of a part disagree on rows
 */
export function parseManifest(value: unknown): RunManifest {
  const result = RunManifestSchema.safeParse(value);
  if (!result.success) {
    throw new ValidationError({
      what: 'run manifest',
      issues: result.error.issues.map((issue) => ({ path: issue.path.map(String), message: issue.message })),
      input: value,
    });
  }
  const manifest = result.data as RunManifest;
  const partRows = new Map<string, number>();
  for (const [index, file] of manifest.files.entries()) {
    const part = partOfKey(file.key);
    const rows = partRows.get(part);
    if (rows !== undefined && rows !== file.rows) {
      throw new ValidationError({
        what: 'run manifest',
        issues: [
          { path: ['files', index, 'rows'], message: `copies of ${part} disagree (${rows} vs ${file.rows})` },
        ],
      });
    }
    partRows.set(part, file.rows);
  }
  return manifest;
}

/**
 * Returns the manifest's files of one dataset, one per part, in the format preferred first.
 *
 * @example filesOfDataset(manifest, 'postings', ['parquet', 'jsonl']) // the parquet copy of each part
 */
export function filesOfDataset(
  manifest: RunManifest,
  dataset: Dataset,
  prefer: readonly ManifestFile['format'][] = ['jsonl', 'parquet'],
): ManifestFile[] {
  const byPart = new Map<string, ManifestFile>();
  for (const file of manifest.files) {
    if (file.dataset !== dataset || !prefer.includes(file.format)) continue;
    const part = partOfKey(file.key);
    const current = byPart.get(part);
    if (!current || prefer.indexOf(file.format) < prefer.indexOf(current.format)) byPart.set(part, file);
  }
  return [...byPart.values()].sort((a, b) => (a.key < b.key ? -1 : 1));
}
