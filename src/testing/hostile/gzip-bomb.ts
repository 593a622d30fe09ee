// A gzip bomb: about a megabyte that inflates to a gigabyte of a valid-looking document (its start, then
// spaces). Compressing a gigabyte takes a CPU-second or so, so each size and format is compressed once per
// process, on first use, and shared by every server after that.
import { constants, createGzip } from 'node:zlib';
import { paddedDocument } from './documents.js';
import type { Reply } from './reply.js';
import type { HostileFormat } from './types.js';

const bombs = new Map<string, Promise<Buffer>>();

async function compress(format: HostileFormat, bytes: number): Promise<Buffer> {
  // Run-length matching only: as small as the default strategy on one repeated byte, and four times faster.
  const gzip = createGzip({ level: 9, strategy: constants.Z_RLE });
  const chunks: Buffer[] = [];
  gzip.on('data', (chunk: Buffer) => chunks.push(chunk));
  const ended = new Promise<void>((resolve, reject) => {
    gzip.once('end', resolve);
    gzip.once('error', reject);
  });
  const { start } = paddedDocument(format);
  const spaces = Buffer.alloc(1024 * 1024, ' ');
  gzip.write(start);
  for (let left = bytes - start.length; left > 0; left -= spaces.length) {
    const piece = left >= spaces.length ? spaces : spaces.subarray(0, left);
    if (!gzip.write(piece)) await new Promise((resolve) => gzip.once('drain', resolve));
  }
  gzip.end();
  await ended;
  return Buffer.concat(chunks);
}

/**
 * Returns the gzip stream that inflates to `bytes` bytes of a `format` document; the same promise for the
 * same size and format.
 *
 * @example (await gzipBomb('json', 2 ** 30)).length // about 1 MB
 */
export function gzipBomb(format: HostileFormat, bytes: number): Promise<Buffer> {
  const key = `${format}:${bytes}`;
  let bomb = bombs.get(key);
  if (!bomb) {
    bomb = compress(format, bytes);
    bombs.set(key, bomb);
  }
  return bomb;
}

/** Returns once the bomb is written (with its Content-Length) or the client hung up. */
export async function answerGzipBomb(reply: Reply, format: HostileFormat, bytes: number): Promise<void> {
  const bomb = await gzipBomb(format, bytes);
  const { contentType } = paddedDocument(format);
  reply.head(200, { 'content-type': contentType, 'content-encoding': 'gzip', 'content-length': bomb.length });
  for (let at = 0; at < bomb.length; at += 64 * 1024) {
    if (!(await reply.write(bomb.subarray(at, at + 64 * 1024)))) return;
  }
  reply.end();
}
