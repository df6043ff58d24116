// The data folder holds the embedded database and, outside production, the key files: owner-only, like
// PostgreSQL's own data directory (MLPS 2.0 access control on stored data, issue 21 §3).
import fs from 'node:fs';
import path from 'node:path';

const GROUP_OTHER = 0o077;

/**
 * Makes `dir` and everything in it owner-only (folders 0700, files 0600), including what an older
 * version left readable, and sets this process's umask so every file written later (the database's
 * own files, key files, temporary files) is created owner-only too.
 */
export function secureDataDir(dir: string): void {
  process.umask(GROUP_OTHER);
  fs.mkdirSync(dir, { recursive: true, mode: 0o700 });
  tighten(dir);
}

/** Owner-only again for everything under `entry` (PGlite unpacks its initial cluster with the archive's modes). */
export function tighten(entry: string): void {
  const stat = fs.lstatSync(entry);
  if (stat.isSymbolicLink()) return; // never follow a link out of the folder
  if (stat.mode & GROUP_OTHER) fs.chmodSync(entry, stat.isDirectory() ? 0o700 : 0o600);
  if (stat.isDirectory()) for (const name of fs.readdirSync(entry)) tighten(path.join(entry, name));
}
