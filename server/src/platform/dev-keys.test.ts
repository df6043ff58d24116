import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { readOrCreateKeyFile } from './dev-keys.js';

const run = promisify(execFile);

describe('development key files', () => {
  it('processes starting together on a fresh folder all read the same whole key', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'zg-keys-'));
    const file = path.join(dir, 'data', 'keys.json');
    const script = path.join(dir, 'race.ts');
    fs.writeFileSync(
      script,
      `import { readOrCreateKeyFile } from ${JSON.stringify(path.resolve(__dirname, 'dev-keys.ts'))};
while (Date.now() < Number(process.env.GO)) {} // line up at the start, as servers started together do
const keys = readOrCreateKeyFile(${JSON.stringify(file)}, () => ({ key: 'k'.repeat(100000) + process.pid }));
console.log(keys.key.slice(100000));`,
    );
    const env = { ...process.env, GO: String(Date.now() + 1500) };
    const outputs = await Promise.all(
      Array.from({ length: 6 }, () =>
        run(process.execPath, ['--import', 'tsx', script], { env }).then((r) => r.stdout.trim()),
      ),
    );
    expect(new Set(outputs).size).toBe(1);
    expect(fs.readdirSync(path.dirname(file))).toEqual(['keys.json']);
    expect(fs.statSync(file).mode & 0o777).toBe(0o600);
    expect(readOrCreateKeyFile(file, () => ({ key: 'other' })).key.slice(100000)).toBe(outputs[0]);
    fs.rmSync(dir, { recursive: true, force: true });
  });
});
