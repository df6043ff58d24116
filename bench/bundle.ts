// What a first visit downloads, per face: the JavaScript (gzip) a phone fetches to show the member home, and
// a browser to show the console's sign-in page, read from the build's import graph (Vite's manifest). Lazy
// pages are not counted: they come with their first visit. Each figure is printed beside the budget and
// beside the whole build (the naive way: one bundle with everything).
//
//   npm run build && npm run bench:bundle
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';

const dist = path.resolve(import.meta.dirname, '../web/dist');
const manifestPath = path.join(dist, '.vite/manifest.json');
if (!fs.existsSync(manifestPath)) throw new Error('build the web app first: npm run build');

interface Chunk {
  file: string;
  src?: string;
  isEntry?: boolean;
  imports?: string[];
  dynamicImports?: string[];
}
const manifest = JSON.parse(fs.readFileSync(manifestPath, 'utf8')) as Record<string, Chunk>;

/** Every chunk `keys` load before running: themselves and their static imports, transitively. */
function staticClosure(keys: string[], seen = new Set<string>()): Set<string> {
  for (const key of keys) {
    if (seen.has(key)) continue;
    seen.add(key);
    staticClosure(manifest[key]?.imports ?? [], seen);
  }
  return seen;
}

const gzipKb = (files: Iterable<string>) => {
  let bytes = 0;
  for (const file of files) bytes += zlib.gzipSync(fs.readFileSync(path.join(dist, file)), { level: 9 }).length;
  return bytes / 1024;
};
const filesOf = (keys: Set<string>) =>
  [...keys].map((k) => manifest[k]?.file as string).filter((f) => f.endsWith('.js'));

const entry = Object.keys(manifest).find((k) => manifest[k]?.isEntry) as string;
const face = (src: string) => {
  const key = Object.keys(manifest).find((k) => k.endsWith(src));
  if (!key) throw new Error(`no chunk for ${src}`);
  return key;
};
/** A chunk of its own only when lazily loaded; otherwise it is inside its face's chunk already. */
function optional(src: string): string[] {
  const key = Object.keys(manifest).find((k) => k.endsWith(src));
  return key ? [key] : [];
}
const allJs = [...new Set(Object.values(manifest).map((c) => c.file))].filter((f) => f.endsWith('.js'));
const whole = gzipKb(allJs);

// Loaded at once although imported dynamically: the face, the Chinese messages it shows, and the page it
// lands on (home for a signed-in member, sign-in for a first visit).
/** A chunk named in vite.config.ts (a part of the messages, with every module's share of it). */
const named = (name: string) => {
  const key = Object.keys(manifest).find((k) => manifest[k]?.file.startsWith(`assets/${name}-`));
  if (!key) throw new Error(`no chunk named ${name}`);
  return key;
};
const zh = named('zh-CN.member');
const zhConsole = named('zh-CN.console');
const rows = [
  {
    name: 'member home (first load)',
    keys: [entry, face('src/member/MemberApp.tsx'), zh, ...optional('src/member/pages/Home.tsx')],
    budget: 150,
  },
  {
    name: 'member sign-in (first load)',
    keys: [entry, face('src/member/MemberApp.tsx'), zh, face('src/member/pages/Login.tsx')],
    budget: 150,
  },
  {
    name: 'admin sign-in (first load)',
    keys: [entry, face('src/admin/AdminApp.tsx'), zh, zhConsole, ...optional('src/admin/pages/Login.tsx')],
    budget: 300,
  },
  { name: 'cockpit (first load)', keys: [entry, face('src/cockpit/CockpitApp.tsx'), zh, zhConsole], budget: null },
];
console.log(`whole build, every chunk: ${whole.toFixed(1)} KB gzip JS (${allJs.length} files)\n`);
let over = false;
for (const row of rows) {
  const kb = gzipKb(filesOf(staticClosure(row.keys)));
  const verdict = row.budget === null ? '' : kb <= row.budget ? `  within ${row.budget} KB` : `  OVER ${row.budget} KB`;
  if (row.budget !== null && kb > row.budget) over = true;
  console.log(
    `${row.name.padEnd(28)} ${kb.toFixed(1).padStart(7)} KB gzip JS  (${((kb / whole) * 100).toFixed(0)}% of the build)${verdict}`,
  );
}
process.exitCode = over ? 1 : 0;
