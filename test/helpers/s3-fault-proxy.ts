// A tiny HTTP proxy in front of an S3 replica: forwards every request untouched (the Host header too, so
// SigV4 signatures still match) and, on demand, answers some with a 500 S3 error or a body of the test's
// own, holds them first, or cuts the replica's answer off halfway through its body.
import { createServer, request } from 'node:http';
import type { AddressInfo } from 'node:net';

/** One request the proxy saw. */
export interface ProxiedRequest {
  method: string;
  url: string;
  /** What the proxy did: forwarded, failed with a status, answered itself, forwarded after a delay, or cut. */
  outcome: 'forwarded' | 'failed' | 'replied' | 'delayed' | 'cut';
}

/** Decides which requests a fault applies to. */
export type RequestMatch = (method: string, url: string) => boolean;

interface Fault {
  kind: 'fail' | 'reply' | 'delay' | 'cut';
  remaining: number;
  match: RequestMatch;
  status: number;
  ms: number;
  body: string;
}

/** A running fault proxy. */
export interface S3FaultProxy {
  /** 'http://127.0.0.1:<port>' — the S3 client's endpoint. */
  url: string;
  requests: ProxiedRequest[];
  /** Answers the next `count` matching requests with `status` (default 500, S3 'InternalError'). */
  fail(count: number, match?: RequestMatch, status?: number): void;
  /** Answers the next `count` matching requests itself with `status` and the XML `body`. */
  reply(count: number, match: RequestMatch, status: number, body: string): void;
  /** Holds the next `count` matching requests for `ms` before forwarding them. */
  delay(count: number, ms: number, match?: RequestMatch): void;
  /** Forwards the next `count` matching requests but drops the connection halfway through the answer's body. */
  cut(count: number, match?: RequestMatch): void;
  /** Drops every pending fault. */
  clear(): void;
  close(): Promise<void>;
}

const any: RequestMatch = () => true;

/** Returns a started proxy on 127.0.0.1 forwarding to `target` ('http://127.0.0.1:<port>'). */
export async function startS3FaultProxy(target: string): Promise<S3FaultProxy> {
  const upstream = new URL(target);
  let faults: Fault[] = [];
  const requests: ProxiedRequest[] = [];
  const take = (method: string, url: string): Fault | undefined => {
    const fault = faults.find((f) => f.remaining > 0 && f.match(method, url));
    if (fault) fault.remaining--;
    return fault;
  };

  const server = createServer(async (req, res) => {
    const method = req.method ?? 'GET';
    const url = req.url ?? '/';
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const body = Buffer.concat(chunks);
    const fault = take(method, url);
    if (fault?.kind === 'fail' || fault?.kind === 'reply') {
      requests.push({ method, url, outcome: fault.kind === 'fail' ? 'failed' : 'replied' });
      const xml =
        fault.kind === 'reply'
          ? fault.body
          : `<?xml version="1.0" encoding="UTF-8"?>\n<Error><Code>InternalError</Code><Message>injected failure</Message></Error>`;
      res.writeHead(fault.status, {
        'content-type': 'application/xml',
        'content-length': String(Buffer.byteLength(xml)),
      });
      res.end(xml);
      return;
    }
    requests.push({ method, url, outcome: fault?.kind === 'cut' ? 'cut' : fault ? 'delayed' : 'forwarded' });
    if (fault?.kind === 'delay') await new Promise((resolve) => setTimeout(resolve, fault.ms));
    // The client may have given up while the request was held.
    if (res.destroyed) return;
    const forward = request(
      { host: upstream.hostname, port: upstream.port, method, path: url, headers: req.headers },
      (answer) => {
        res.writeHead(answer.statusCode ?? 502, answer.headers);
        if (fault?.kind !== 'cut') {
          answer.pipe(res);
          return;
        }
        // Half the body the headers promised, then a dropped connection.
        const chunks: Buffer[] = [];
        answer.on('data', (chunk: Buffer) => chunks.push(chunk));
        answer.on('end', () => {
          const whole = Buffer.concat(chunks);
          res.write(whole.subarray(0, Math.floor(whole.length / 2)), () => res.destroy());
        });
      },
    );
    forward.on('error', () => res.destroy());
    forward.end(body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    fail(count, match = any, status = 500) {
      faults.push({ kind: 'fail', remaining: count, match, status, ms: 0, body: '' });
    },
    reply(count, match, status, body) {
      faults.push({ kind: 'reply', remaining: count, match, status, ms: 0, body });
    },
    delay(count, ms, match = any) {
      faults.push({ kind: 'delay', remaining: count, match, status: 0, ms, body: '' });
    },
    cut(count, match = any) {
      faults.push({ kind: 'cut', remaining: count, match, status: 0, ms: 0, body: '' });
    },
    clear() {
      faults = [];
    },
    async close() {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
