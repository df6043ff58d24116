// Vitest global setup: a throwaway PostgreSQL cluster from the installed binaries on a loopback port,
// so every API test also runs against a real server. As root, the cluster runs as `postgres`.
import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';

export function findBin(name: string): string {
  const onPath = spawnSync('sh', ['-c', `command -v ${name}`], { encoding: 'utf8' }).stdout.trim();
  if (onPath) return onPath;
  const debian = fs.existsSync('/usr/lib/postgresql')
    ? fs
        .readdirSync('/usr/lib/postgresql')
        .sort()
        .reverse()
        .map((v) => `/usr/lib/postgresql/${v}/bin/${name}`)
    : [];
  const found = debian.find((p) => fs.existsSync(p));
  if (!found)
    throw new Error(`${name} not found: install PostgreSQL (apt-get install postgresql) or set ZG_TEST_PG_URL`);
  return found;
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() =>
        typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port')),
      );
    });
  });
}

/** Starts a throwaway cluster; `stop` removes it. Used by the test suite, the crash test and the benchmarks. */
export async function startCluster(opts: { fsync?: boolean } = {}): Promise<{ url: string; stop: () => void }> {
  const asRoot = process.getuid?.() === 0;
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'zg-pg-'));
  const port = await freePort();
  const run = (bin: string, args: string[]) => {
    const cmd = asRoot ? 'runuser' : bin;
    const fullArgs = asRoot ? ['-u', 'postgres', '--', bin, ...args] : args;
    execFileSync(cmd, fullArgs, { stdio: 'pipe' });
  };
  if (asRoot) execFileSync('chown', ['postgres', dir]);
  run(findBin('initdb'), ['-D', dir, '-U', 'postgres', '--auth=trust', '-E', 'UTF8', '--locale=C']);
  run(findBin('pg_ctl'), [
    '-D',
    dir,
    '-l',
    path.join(dir, 'log'),
    '-w',
    'start',
    '-o',
    `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c fsync=${opts.fsync ? 'on' : 'off'} -c max_connections=200`,
  ]);
  return {
    url: `postgres://postgres@127.0.0.1:${port}/postgres`,
    stop: () => {
      try {
        run(findBin('pg_ctl'), ['-D', dir, '-m', 'immediate', 'stop']);
      } finally {
        fs.rmSync(dir, { recursive: true, force: true });
      }
    },
  };
}

export default async function setup(project: TestProject) {
  if (process.env.ZG_TEST_PG_URL) {
    project.provide('pgUrl', process.env.ZG_TEST_PG_URL);
    return;
  }
  const cluster = await startCluster();
  project.provide('pgUrl', cluster.url);
  return cluster.stop;
}

declare module 'vitest' {
  export interface ProvidedContext {
    pgUrl: string;
  }
}
