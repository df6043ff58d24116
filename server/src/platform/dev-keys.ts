// Development key files: generated in the data folder on first start when no key is configured.
// Several processes may start at once on a fresh folder (two servers sharing one rush, a test and its
// server), so the file appears whole or not at all: written under a private name, then linked into place,
// which fails if another process got there first, and then everyone reads the winner's keys.
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

export function readOrCreateKeyFile<T>(file: string, create: () => T): T {
  if (!fs.existsSync(file)) {
    fs.mkdirSync(path.dirname(file), { recursive: true });
    const draft = `${file}.${process.pid}.${crypto.randomBytes(4).toString('hex')}`;
    fs.writeFileSync(draft, JSON.stringify(create(), null, 2), { mode: 0o600 });
    try {
      fs.linkSync(draft, file);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    } finally {
      fs.rmSync(draft, { force: true });
    }
  }
  return JSON.parse(fs.readFileSync(file, 'utf8')) as T;
}
