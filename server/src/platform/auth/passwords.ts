// Admin passwords: argon2id at the OWASP minimum (m=19 MiB, t=2, p=1), a complexity rule (MLPS, see
// SECURITY.md D1), a shipped blocklist of common passwords (AS-04), and a strength estimate by
// zxcvbn-ts (issue 21 §7): composition rules alone pass `Aa1!aaaa`; the estimator counts the guesses a
// cracker needs, knowing dictionaries, keyboard walks, repeats, dates and the account's own names.
import crypto from 'node:crypto';
import fs from 'node:fs';
import { type Algorithm, hash, verify } from '@node-rs/argon2';
import { ZxcvbnFactory } from '@zxcvbn-ts/core';
import * as common from '@zxcvbn-ts/language-common';
import { AppError } from '../errors.js';

/** zxcvbn's 0-4 score: 3 is "safely unguessable" (about 10^8 guesses or more) for an online-attacked login. */
export const MIN_STRENGTH_SCORE = 3;
let estimator: ZxcvbnFactory | undefined;
const strength = (password: string, context: string[]) => {
  estimator ??= new ZxcvbnFactory({ dictionary: { ...common.dictionary }, graphs: common.adjacencyGraphs });
  return estimator.check(password.slice(0, 128), context).score;
};

const ARGON2ID = 2 as Algorithm;
const options = { algorithm: ARGON2ID, memoryCost: 19456, timeCost: 2, parallelism: 1 };

export const hashPassword = (password: string) => hash(password, options);
export const verifyPassword = (stored: string, password: string) => verify(stored, password).catch(() => false);

let blocklist: Set<string> | undefined;
function commonPasswords(): Set<string> {
  blocklist ??= new Set(
    fs
      .readFileSync(new URL('./common-passwords.txt', import.meta.url), 'utf8')
      .split('\n')
      .map((l) => l.trim().toLowerCase())
      .filter((l) => l && !l.startsWith('#')),
  );
  return blocklist;
}

/** Throws PASSWORD_TOO_WEAK / PASSWORD_TOO_COMMON; `context` holds names the password must not contain. */
export function checkPasswordPolicy(password: string, context: string[] = []): void {
  const classes = [/[a-z]/, /[A-Z]/, /[0-9]/, /[^A-Za-z0-9]/].filter((re) => re.test(password)).length;
  if ([...password].length < 8 || [...password].length > 128 || classes < 3) throw new AppError('PASSWORD_TOO_WEAK');
  const lower = password.toLowerCase();
  // Strip a trailing run of digits/symbols so "Password123!" matches "password".
  const stem = lower.replace(/[^a-z]+$/, '').replace(/^[^a-z]+/, '');
  const list = commonPasswords();
  if (list.has(lower) || list.has(stem)) throw new AppError('PASSWORD_TOO_COMMON');
  for (const word of context) {
    const w = word.trim().toLowerCase();
    if (w.length >= 3 && lower.includes(w)) throw new AppError('PASSWORD_TOO_COMMON');
  }
  if (strength(password, context) < MIN_STRENGTH_SCORE) throw new AppError('PASSWORD_TOO_WEAK');
}

/** A random initial password that satisfies the policy (AS-07). */
export function randomInitialPassword(): string {
  const alphabet = 'ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789';
  let body = '';
  for (let i = 0; i < 12; i++) body += alphabet[crypto.randomInt(alphabet.length)];
  return `${body}#${crypto.randomInt(10)}a`;
}
