// Helpers of the deployment test (deploy.e2e.ts): what an operator's tools do (an authenticator app, an environment
// file, a client trusting the site's certificate), written here from their standards rather than taken from the app.
import { spawnSync } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import http from 'node:http';
import https from 'node:https';

/** RFC 6238 (SHA-1, 30 s, 6 digits) from the RFC, not from the server's code: what an authenticator app computes. */
export function totp(secretBase32: string, at = Date.now()): string {
  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';
  let bits = '';
  for (const ch of secretBase32.replace(/=+$/, '').toUpperCase())
    bits += alphabet.indexOf(ch).toString(2).padStart(5, '0');
  const key = Buffer.from((bits.match(/.{8}/g) ?? []).map((b) => Number.parseInt(b, 2)));
  const counter = Buffer.alloc(8);
  counter.writeBigUInt64BE(BigInt(Math.floor(at / 1000 / 30)));
  const mac = crypto.createHmac('sha1', key).update(counter).digest();
  const offset = (mac[19] ?? 0) & 0xf;
  return String((mac.readUInt32BE(offset) & 0x7fffffff) % 1_000_000).padStart(6, '0');
}

/** Reads `KEY=value` lines (an EnvironmentFile), keeping comments out. */
export function parseEnv(text: string): Record<string, string> {
  const env: Record<string, string> = {};
  for (const line of text.split('\n')) {
    const m = line.match(/^([A-Z_][A-Z0-9_]*)=(.*)$/);
    if (m?.[1]) env[m[1]] = m[2] ?? '';
  }
  return env;
}

/** An HTTP(S) request trusting `ca`, optionally from another loopback address, read whole. */
export function request(
  url: string,
  opts: {
    method?: string;
    headers?: Record<string, string>;
    body?: Buffer | string;
    localAddress?: string;
    ca?: string;
  },
): Promise<{ status: number; headers: http.IncomingHttpHeaders; body: Buffer }> {
  const u = new URL(url);
  const lib = u.protocol === 'https:' ? https : http;
  return new Promise((resolve, reject) => {
    const req = lib.request(
      u,
      { method: opts.method ?? 'GET', headers: opts.headers, ca: opts.ca, localAddress: opts.localAddress },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () =>
          resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }),
        );
      },
    );
    req.on('error', reject);
    req.end(opts.body);
  });
}

export function findNginx(): string {
  const found = [
    '/usr/sbin/nginx',
    spawnSync('sh', ['-c', 'command -v nginx'], { encoding: 'utf8' }).stdout.trim(),
  ].find((p) => p && fs.existsSync(p));
  if (!found) throw new Error('nginx not found: apt-get install nginx libnginx-mod-http-brotli-static');
  return found;
}

/**
 * A minimal main nginx.conf around the site file, as Debian's includes sites-enabled: its modules (brotli_static),
 * and every path nginx writes in `dir`, so it runs beside any nginx the machine has.
 */
export function nginxMainConf(dir: string, site: string): string {
  for (const sub of ['body', 'proxy', 'fastcgi', 'uwsgi', 'scgi']) fs.mkdirSync(`${dir}/${sub}`, { recursive: true });
  const modules = fs.existsSync('/etc/nginx/modules-enabled') ? 'include /etc/nginx/modules-enabled/*.conf;\n' : '';
  // As root the workers would switch to nobody, who cannot read the test's temporary folders.
  const user = process.getuid?.() === 0 ? 'user root;\n' : '';
  return `${modules}${user}
worker_processes 1;
pid ${dir}/nginx.pid;
error_log ${dir}/nginx-error.log warn;
events { worker_connections 512; }
http {
  include /etc/nginx/mime.types;
  default_type application/octet-stream;
  access_log ${dir}/nginx-access.log;
  client_body_temp_path ${dir}/body;
  proxy_temp_path ${dir}/proxy;
  fastcgi_temp_path ${dir}/fastcgi;
  uwsgi_temp_path ${dir}/uwsgi;
  scgi_temp_path ${dir}/scgi;
  include ${site};
}
`;
}
