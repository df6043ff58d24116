// The real server as a child process, started the way `npm start` runs it (its Node flags), so a benchmark's load
// generator does not share an event loop with what it measures. Killed when the benchmark exits.
import { type ChildProcess, spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { repoRoot } from '../server/src/config.js';

const children = new Set<ChildProcess>();
process.on('exit', () => {
  for (const c of children) c.kill('SIGKILL');
});

// The servers run with the runtime flags of the server's own start script (server/package.json), so the
// benchmark measures what `npm start` runs: today a 64 MB young generation (see docs/architecture.md).
const startScript = (
  JSON.parse(fs.readFileSync(path.join(repoRoot, 'server/package.json'), 'utf8')) as {
    scripts: { start: string };
  }
).scripts.start;
const nodeFlags = startScript.split(/\s+/).filter((arg) => arg.startsWith('--max-'));

export function startServer(
  env: Record<string, string>,
  port: number,
  extraFlags: string[] = [],
): Promise<ChildProcess> {
  const child = spawn(
    process.execPath,
    [...nodeFlags, ...extraFlags, '--import', 'tsx', path.join(repoRoot, 'server/src/main.ts')],
    {
      env: {
        ...process.env,
        ...env,
        PORT: String(port),
        HOST: '127.0.0.1',
        SEED_DEMO: 'false',
        LOG_LEVEL: 'warn',
        NODE_ENV: 'development',
        COOKIE_SECURE: 'false',
      },
      stdio: ['ignore', 'pipe', 'inherit'],
    },
  );
  children.add(child);
  return new Promise((resolve, reject) => {
    child.stdout?.on('data', (chunk: Buffer) => {
      if (chunk.toString().includes('is running on')) resolve(child);
    });
    child.on('exit', (code) => reject(new Error(`server exited ${code}`)));
  });
}

export const stopServer = (child: ChildProcess) =>
  new Promise<void>((resolve) => {
    child.removeAllListeners('exit');
    child.on('exit', () => {
      children.delete(child);
      resolve();
    });
    child.kill('SIGTERM');
  });
