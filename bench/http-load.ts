// A lean HTTP/1.1 load generator: kept-alive sockets, one request in flight per socket, responses read by
// Content-Length. The benchmarks share a 2-core machine with the servers they measure, so every cycle the
// generator spends is taken from the server: a general-purpose client (undici's Pool: a promise, a body
// stream and header objects per request) used most of a core and inflated the latencies it measured.
// This does what wrk and autocannon do: write prebuilt bytes, find the blank line, count the body.
import net from 'node:net';

export interface Shot {
  status: number;
  ms: number;
  /** When the answer arrived, in ms from the burst's start. */
  at: number;
  body?: string;
}

export interface LoadRequest {
  path: string;
  method: 'GET' | 'POST';
  headers?: Record<string, string>;
  body?: string;
}

interface Waiter {
  resolve: (r: { status: number; body: string }) => void;
  reject: (e: Error) => void;
}

const HEADER_END = Buffer.from('\r\n\r\n');

/** One kept-alive socket; a reset socket is reopened on the next request. */
export class Connection {
  private socket: net.Socket | null = null;
  private chunks: Buffer[] = [];
  private waiter: Waiter | null = null;

  constructor(
    private host: string,
    private port: number,
  ) {}

  private open(): Promise<net.Socket> {
    return new Promise((resolve, reject) => {
      const socket = net.connect({ host: this.host, port: this.port, noDelay: true });
      socket.once('connect', () => resolve(socket));
      socket.once('error', reject);
      socket.on('data', (chunk) => this.onData(chunk));
      socket.on('close', () => {
        if (this.socket === socket) this.socket = null;
        this.fail(new Error('connection closed'));
      });
      socket.on('error', (error) => this.fail(error));
    });
  }

  private fail(error: Error) {
    const w = this.waiter;
    this.waiter = null;
    this.chunks = [];
    w?.reject(error);
  }

  private onData(chunk: Buffer) {
    this.chunks.push(chunk);
    const data = this.chunks.length === 1 ? chunk : Buffer.concat(this.chunks);
    const end = data.indexOf(HEADER_END);
    if (end < 0) return;
    const head = data.toString('latin1', 0, end);
    const match = /\r\ncontent-length:\s*(\d+)/i.exec(head);
    if (!match) return this.fail(new Error(`response without content-length: ${head.slice(0, 80)}`));
    const bodyStart = end + 4;
    const bodyEnd = bodyStart + Number(match[1]);
    if (data.length < bodyEnd) {
      this.chunks = [data];
      return;
    }
    this.chunks = bodyEnd < data.length ? [data.subarray(bodyEnd)] : [];
    const w = this.waiter;
    this.waiter = null;
    w?.resolve({ status: Number(head.slice(9, 12)), body: data.toString('utf8', bodyStart, bodyEnd) });
  }

  async send(bytes: Buffer): Promise<{ status: number; body: string }> {
    if (!this.socket) this.socket = await this.open();
    const socket = this.socket;
    return new Promise((resolve, reject) => {
      this.waiter = { resolve, reject };
      socket.write(bytes);
    });
  }

  close() {
    this.socket?.destroy();
    this.socket = null;
  }
}

export interface Target {
  connections: Connection[];
  host: string;
}

/** Opens `count` sockets spread across the servers, once: a rush's clients are connected when it opens. */
export function connect(urls: string[], count: number): Target[] {
  return urls.map((u) => {
    const { hostname, port } = new URL(u);
    const connections = Array.from(
      { length: Math.ceil(count / urls.length) },
      () => new Connection(hostname, Number(port)),
    );
    return { connections, host: `${hostname}:${port}` };
  });
}

export const disconnect = (targets: Target[]) => {
  for (const t of targets) for (const c of t.connections) c.close();
};

export function encode(host: string, r: LoadRequest): Buffer {
  let head = `${r.method} ${r.path} HTTP/1.1\r\nhost: ${host}\r\n`;
  for (const [k, v] of Object.entries(r.headers ?? {})) head += `${k}: ${v}\r\n`;
  if (r.body === undefined) return Buffer.from(`${head}\r\n`);
  return Buffer.from(`${head}content-length: ${Buffer.byteLength(r.body)}\r\n\r\n${r.body}`);
}

/** One request on one socket of `target`, retried with the same bytes after a reset, as `burst` does. */
export async function send(target: Target, connection: Connection, r: LoadRequest) {
  const bytes = encode(target.host, r);
  const t0 = performance.now();
  for (let attempt = 0; ; attempt++) {
    try {
      const res = await connection.send(bytes);
      return { ...res, ms: performance.now() - t0 };
    } catch (error) {
      if (attempt >= 5) throw error;
    }
  }
}

/**
 * Fires `count` requests over every socket of `targets`, each socket sending its next request as soon as
 * the previous one is answered. A reset socket's request is retried with the same bytes (and so the same
 * idempotency key), as a client would. `keepBody` says which answers' bodies the caller needs.
 */
export async function burst(
  targets: Target[],
  count: number,
  request: (i: number) => LoadRequest,
  keepBody: (status: number, r: LoadRequest) => boolean = () => false,
) {
  const shots: Shot[] = new Array(count);
  let retries = 0;
  let next = 0;
  const started = performance.now();
  const worker = async (target: Target, connection: Connection) => {
    while (next < count) {
      const i = next++;
      const r = request(i);
      const bytes = encode(target.host, r);
      const t0 = performance.now();
      let res: { status: number; body: string } | null = null;
      for (let attempt = 0; !res; attempt++) {
        try {
          res = await connection.send(bytes);
        } catch (error) {
          retries += 1;
          if (attempt >= 5) throw error;
        }
      }
      const t1 = performance.now();
      const shot: Shot = { status: res.status, ms: t1 - t0, at: t1 - started };
      if (keepBody(res.status, r)) shot.body = res.body;
      shots[i] = shot;
    }
  };
  const sockets = targets.flatMap((t) => t.connections.map((c) => [t, c] as const));
  await Promise.all(sockets.map(([t, c]) => worker(t, c)));
  const seconds = (performance.now() - started) / 1000;
  return { shots, seconds, rps: count / seconds, retries };
}
