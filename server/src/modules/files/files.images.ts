// Pictures other modules publish (article illustrations, station photos): accepting the bytes once, the same way,
// and serving them from the media store with byte ranges. A picture's type is read from its bytes (JPEG or PNG
// only: no SVG, whose scripts would run), it is scanned like evidence, and it is stored under a random key, so its
// address is unguessable and never changes (it is cached for a year). They are public to whoever has the address,
// like any published picture, and must hold no personal data.
import crypto from 'node:crypto';
import type { FastifyReply } from 'fastify';
import type { Ctx } from '../../platform/context.js';
import type { ErrorCode } from '../../platform/error-codes.js';
import { AppError, notFound } from '../../platform/errors.js';
import type { ByteRange } from '../../platform/storage.js';
import { scan, sniffMediaType } from './files.service.js';

const extension = { 'image/jpeg': 'jpg', 'image/png': 'png' } as const;
/** The file name of a stored picture: 24 random characters and its type. */
export const pictureName = /^[A-Za-z0-9_-]{24}\.(?:jpg|png)$/;

export interface AcceptedPicture {
  /** `<folder>/<name>`, the media store's key. */
  key: string;
  name: string;
  bytes: Buffer;
  mediaType: 'image/jpeg' | 'image/png';
  sha256: string;
}

/**
 * Checks an uploaded picture (present, within `maxBytes`, JPEG or PNG by its bytes, clean) and stores it under
 * `<folder>/<random name>`. `wrongType` is the refusal the caller's users understand for any other file.
 */
export async function storePicture(
  ctx: Ctx,
  { body, folder, maxBytes, wrongType }: { body: unknown; folder: string; maxBytes: number; wrongType: ErrorCode },
): Promise<AcceptedPicture> {
  if (body !== undefined && body !== null && !Buffer.isBuffer(body)) throw new AppError(wrongType);
  const bytes = Buffer.isBuffer(body) ? body : Buffer.alloc(0);
  if (bytes.length === 0) throw new AppError('FILE_EMPTY');
  if (bytes.length > maxBytes) throw new AppError('FILE_TOO_LARGE', { max: `${maxBytes / 1024 / 1024} MB` });
  const mediaType = sniffMediaType(bytes);
  if (mediaType !== 'image/jpeg' && mediaType !== 'image/png') throw new AppError(wrongType);
  const verdict = await scan(ctx, bytes);
  if (!verdict.clean) throw new AppError('FILE_INFECTED', { signature: verdict.signature });
  const name = `${crypto.randomBytes(18).toString('base64url')}.${extension[mediaType]}`;
  const key = `${folder}/${name}`;
  await ctx.services.media.put(key, bytes, mediaType);
  return { key, name, bytes, mediaType, sha256: crypto.createHash('sha256').update(bytes).digest('hex') };
}

/**
 * One range, `bytes=a-b`, `bytes=a-` or `bytes=-n`, against an object of `size` bytes: the bytes, 'unsatisfiable'
 * when it lies outside the object (416), or null for a header this server does not use (several ranges, another
 * unit, nonsense), which is ignored and the whole object sent, as RFC 9110 allows.
 */
export function parseRange(header: string, size: number): ByteRange | 'unsatisfiable' | null {
  const m = /^bytes=(\d*)-(\d*)$/.exec(header.trim());
  if (!m || (m[1] === '' && m[2] === '')) return null;
  const start = m[1] === '' ? Math.max(0, size - Number(m[2])) : Number(m[1]);
  const end = m[1] === '' || m[2] === '' ? size - 1 : Math.min(Number(m[2]), size - 1);
  if (m[1] !== '' && m[2] !== '' && Number(m[2]) < start) return null;
  return start <= end && start < size ? { start, end } : 'unsatisfiable';
}

/** Sends a stored picture (`folder/name`), honouring one byte range; 404 for a name that is not a picture's. */
export async function sendPicture(
  ctx: Ctx,
  { reply, folder, name, range }: { reply: FastifyReply; folder: string; name: string; range: string | undefined },
) {
  if (!pictureName.test(name)) throw notFound();
  return sendStored(ctx, { reply, key: `${folder}/${name}`, range });
}

/**
 * Sends a published object of the media store under an unguessable, never-reused key (a picture, a lesson's video
 * or PDF), honouring one byte range so a video can seek; cached for a year. The caller checks the key's shape.
 */
export async function sendStored(
  ctx: Ctx,
  { reply, key, range }: { reply: FastifyReply; key: string; range: string | undefined },
) {
  const meta = await ctx.services.media.head(key);
  if (!meta) throw notFound();
  reply.header('accept-ranges', 'bytes').header('x-content-type-options', 'nosniff');
  const wanted = range === undefined ? null : parseRange(range, meta.size);
  if (wanted === 'unsatisfiable') return reply.code(416).header('content-range', `bytes */${meta.size}`).send();
  const object = await ctx.services.media.get(key, wanted ?? undefined);
  if (!object) throw notFound();
  reply.header('content-type', object.contentType).header('cache-control', 'public, max-age=31536000, immutable');
  if (wanted) {
    reply.code(206).header('content-range', `bytes ${wanted.start}-${wanted.end}/${meta.size}`);
    reply.header('content-length', wanted.end - wanted.start + 1);
  } else reply.header('content-length', meta.size);
  return reply.send(object.body);
}
