// The audit log is read in words (web/src/admin/pages/Audit.tsx): every action the server can write has a
// sentence in both languages. Actions are found in the source: literal codes, and the few built from a step.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const src = path.resolve(import.meta.dirname, '../src');
const web = path.resolve(import.meta.dirname, '../../web/src/i18n');
const files = (dir: string): string[] =>
  fs
    .readdirSync(dir, { withFileTypes: true })
    .flatMap((e) => (e.isDirectory() ? files(path.join(dir, e.name)) : [path.join(dir, e.name)]));
const sources = files(src)
  .filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts') && !f.endsWith('.authz-cases.ts'))
  .map((f) => fs.readFileSync(f, 'utf8'));

/** Actions built from a variable: each prefix with every value its variable can take (see the source named). */
const built: Record<string, string[]> = {
  // appeals.service.ts transition(): the steps of appeals.policy.ts allowedFrom.
  'appeal.': ['accept', 'refer', 'refuse', 'start', 'requestInfo', 'note', 'resolve', 'reopen', 'reply', 'rate'],
  // auth.member-login.ts issueCode(): CodePurpose.
  'auth.code_': ['login', 'change_phone'],
  // exports.service.ts decide().
  'export.': ['approve', 'refuse'],
  // membership.service.ts decide().
  'membership.': ['approve', 'reject'],
};

function actionCodes(texts: string[]): { literal: string[]; prefixes: string[] } {
  const literal = new Set<string>();
  const prefixes = new Set<string>();
  for (const text of texts) {
    for (const m of text.matchAll(/\baction: '([a-z_]+\.[a-z_.]+)'/g)) literal.add(m[1] as string);
    for (const m of text.matchAll(/\baction: `([a-z_.]+)\$\{/g)) prefixes.add(m[1] as string);
  }
  return { literal: [...literal].sort(), prefixes: [...prefixes].sort() };
}

/** The central audit messages of a language and every module's own (web/src/modules/<name>/audit.<lang>.ts). */
const modulesDir = path.resolve(web, '../modules');
const catalogue = (lang: string) =>
  [
    path.join(web, `${lang}.audit.ts`),
    ...fs.readdirSync(modulesDir).map((m) => path.join(modulesDir, m, `audit.${lang}.ts`)),
  ]
    .filter((f) => fs.existsSync(f))
    .map((f) => fs.readFileSync(f, 'utf8'))
    .join('\n');

describe('audit actions in words', () => {
  const { literal, prefixes } = actionCodes(sources);
  const all = [...literal, ...Object.entries(built).flatMap(([p, values]) => values.map((v) => `${p}${v}`))];

  it('knows how every action built from a variable is spelled', () => {
    expect(prefixes).toEqual(Object.keys(built).sort());
  });

  it('has a sentence for every action in Chinese and in English', () => {
    expect(all.length).toBeGreaterThan(80);
    for (const lang of ['zh-CN', 'en']) {
      const text = catalogue(lang);
      const missing = all.filter((code) => !text.includes(`'audit.action.${code}':`));
      expect(missing, lang).toEqual([]);
    }
  });

  it('finds literal and built actions (the scan above can fail)', () => {
    const planted = actionCodes([
      "await audit(ctx, { action: 'stations.booking_cancel', targetType: 'booking' });",
      'await audit(ctx, { action: `volunteer.${step}`, targetType: "order" });',
      "const frame = { action: 'deny' };",
    ]);
    expect(planted).toEqual({ literal: ['stations.booking_cancel'], prefixes: ['volunteer.'] });
  });
});
