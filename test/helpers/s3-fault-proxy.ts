// A tiny HTTP proxy in front of an S3 replica: forwards every request untouched (the Host header too, so
// SigV4 signatures still match) and, on demand, answers some with a 500 S3 error or holds them first.
import { createServer, request } from 'node:http';
import type { AddressInfo } from 'node:net';

/** One request the proxy saw. */
export interface ProxiedRequest {
  method: string;
  url: string;
  /** What the proxy did: forwarded, failed with a status, or forwarded after a delay. */
  outcome: 'forwarded' | 'failed' | 'delayed';
}

/** Decides which requests a fault applies to. */
export type RequestMatch = (method: string, url: string) => boolean;

interface Fault {
  kind: 'fail' | 'delay';
  remaining: number;
  match: RequestMatch;
  status: number;
  ms: number;
}

/** A running fault proxy. */
export interface S3FaultProxy {
  /** 'http://127.0.0.1:<port>' — the S3 client's endpoint. */
  url: string;
  requests: ProxiedRequest[];
  /** Answers the next `count` matching requests with `status` (default 500, S3 'InternalError'). */
  fail(count: number, match?: RequestMatch, status?: number): void;
  /** Holds the next `count` matching requests for `ms` before forwarding them. */
  delay(count: number, ms: number, match?: RequestMatch): void;
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
    if (fault?.kind === 'fail') {
      requests.push({ method, url, outcome: 'failed' });
      const xml = `<?xml version="1.0" encoding="UTF-8"?>\n<Error><Code>InternalError</Code><Message>injected failure</Message></Error>`;
      res.writeHead(fault.status, {
        'content-type': 'application/xml',
        'content-length': String(Buffer.byteLength(xml)),
      });
      res.end(xml);
      return;
    }
    requests.push({ method, url, outcome: fault ? 'delayed' : 'forwarded' });
    if (fault?.kind === 'delay') await new Promise((resolve) => setTimeout(resolve, fault.ms));
    // The client may have given up while the request was held.
    if (res.destroyed) return;
    const forward = request(
      { host: upstream.hostname, port: upstream.port, method, path: url, headers: req.headers },
      (answer) => {
        res.writeHead(answer.statusCode ?? 502, answer.headers);
        answer.pipe(res);
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
      faults.push({ kind: 'fail', remaining: count, match, status, ms: 0 });
    },
    delay(count, ms, match = any) {
      faults.push({ kind: 'delay', remaining: count, match, status: 0, ms });
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
