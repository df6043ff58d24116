// Codes printed on a paper (a certificate of completion, a certificate of volunteer hours) that anyone holding it can
// check online. Twelve characters of Crockford's base32: no I, L, O or U, so a code read aloud or copied by hand is not
// misread; 60 random bits, so guessing one is hopeless.
import { randomInt } from 'node:crypto';
import { z } from 'zod';

const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
/** The same set as a SQL check: `code ~ '^[0-9A-HJKMNP-TV-Z]{12}$'`. */
export const CHECK_CODE = /^[0-9A-HJKMNP-TV-Z]{12}$/;

export const newCheckCode = () => Array.from({ length: 12 }, () => ALPHABET[randomInt(32)]).join('');

/** A route's `:code`, refused (400) unless it could be a code at all. */
export const checkCodeParam = z.strictObject({ code: z.string().regex(CHECK_CODE) });
