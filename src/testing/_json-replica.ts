// The HTTP side every routing-API replica shares: listen on 127.0.0.1, write each JSON answer with its
// length, late when asked, never when it should hang, and 500 rather than hang on a replica bug.
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { closeLoopback, listenOnLoopback, PendingTimers } from './_loopback-server.js';

/** An answer the replica writes as is; `hang` holds the request open until the client gives up. */
export interface ReplicaAnswer {
  status: number;
  body: string;
  hang?: boolean;
}

/** What a replica's handler decides for one request. */
export interface ReplicaReply {
  answer: ReplicaAnswer;
  /** Delay before writing it, ms. */
  latencyMs: number;
}

/** A running JSON replica. */
export interface JsonReplicaServer {
  url: string;
  close(): Promise<void>;
}

/**
 * Returns a started server that answers every request with `handle`'s reply.
 *
 * @example const server = await startJsonReplica((req, url) => ({ answer: { status: 200, body: '{}' }, latencyMs: 0 }));
 */
export async function startJsonReplica(
  handle: (req: IncomingMessage, url: URL) => ReplicaReply,
): Promise<JsonReplicaServer> {
  const timers = new PendingTimers();
  const send = (res: ServerResponse, answer: ReplicaAnswer) => {
    const body = Buffer.from(answer.body, 'utf8');
    res.writeHead(answer.status, {
      'content-type': 'application/json;charset=UTF-8',
      'content-length': String(body.length),
    });
    res.end(body);
  };
  const server = createServer((req, res) => {
    let reply: ReplicaReply;
    try {
      reply = handle(req, new URL(req.url ?? '/', 'http://127.0.0.1'));
    } catch {
      reply = { answer: { status: 500, body: '{"error":"replica error"}' }, latencyMs: 0 };
    }
    if (reply.answer.hang) return; // closeLoopback drops the connection
    if (reply.latencyMs <= 0) send(res, reply.answer);
    else timers.later(reply.latencyMs, () => send(res, reply.answer));
  });
  const url = await listenOnLoopback(server);
  return { url, close: () => closeLoopback(server, timers) };
}
