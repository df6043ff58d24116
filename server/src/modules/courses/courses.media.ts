// A lesson's video or PDF: checked by its bytes (an .exe renamed .mp4 is refused), scanned like evidence, stored
// in the media store under a random name, and served from /media/lessons/<name> with byte ranges so a video
// seeks. Like published pictures, they are public to whoever has the address and hold no personal data.
import crypto from 'node:crypto';
import type { FastifyReply } from 'fastify';
import type { Ctx } from '../../platform/context.js';
import { AppError, notFound } from '../../platform/errors.js';
import { sendStored } from '../files/files.images.js';
import { scan, sniffMediaType } from '../files/files.service.js';

/** Videos are read whole before they are stored, so the limit also bounds the memory an upload takes. */
export const MAX_VIDEO_BYTES = 200 * 1024 * 1024;
export const MAX_PDF_BYTES = 20 * 1024 * 1024;
export const lessonMediaName = /^[A-Za-z0-9_-]{24}\.(?:mp4|pdf)$/;
export const lessonMediaUrl = (key: string | null) => (key ? `/media/${key}` : null);

// Brands of the ISO base media format that are still pictures (HEIF/AVIF), not videos.
const pictureBrands = new Set(['heic', 'heix', 'mif1', 'msf1', 'avif', 'avis']);

/** 'video/mp4' for an ISO base media file (ftyp box first, not a picture brand), 'application/pdf', or null. */
export function sniffLessonMedia(bytes: Buffer): 'video/mp4' | 'application/pdf' | null {
  if (bytes.length >= 12 && bytes.subarray(4, 8).toString('latin1') === 'ftyp') {
    return pictureBrands.has(bytes.subarray(8, 12).toString('latin1')) ? null : 'video/mp4';
  }
  return sniffMediaType(bytes) === 'application/pdf' ? 'application/pdf' : null;
}

/**
 * A video's length in whole seconds, from the movie header box (moov › mvhd: timescale and duration, ISO/IEC
 * 14496-12 §8.2.2), wherever moov sits in the file; null when there is none or it is malformed.
 */
export function mp4Seconds(bytes: Buffer): number | null {
  const box = (from: number, to: number, type: string): { start: number; end: number } | null => {
    let at = from;
    while (at + 8 <= to) {
      let size = bytes.readUInt32BE(at);
      let header = 8;
      if (size === 1) {
        if (at + 16 > to) return null;
        size = Number(bytes.readBigUInt64BE(at + 8));
        header = 16;
      } else if (size === 0) size = to - at;
      if (size < header || at + size > to) return null;
      if (bytes.subarray(at + 4, at + 8).toString('latin1') === type) return { start: at + header, end: at + size };
      at += size;
    }
    return null;
  };
  const moov = box(0, bytes.length, 'moov');
  const mvhd = moov && box(moov.start, moov.end, 'mvhd');
  if (!mvhd) return null;
  const version = bytes[mvhd.start];
  const need = version === 1 ? 32 : 20;
  if (mvhd.end - mvhd.start < need) return null;
  const timescale = bytes.readUInt32BE(mvhd.start + (version === 1 ? 20 : 12));
  const duration = version === 1 ? Number(bytes.readBigUInt64BE(mvhd.start + 24)) : bytes.readUInt32BE(mvhd.start + 16);
  if (timescale === 0 || duration === 0 || duration === 0xffffffff) return null;
  return Math.max(1, Math.round(duration / timescale));
}

export interface StoredLessonMedia {
  key: string;
  bytes: number;
  /** A video's length; null for a PDF. */
  seconds: number | null;
}

/** Checks and stores a lesson's file. The size limit was applied by the route before the body was read. */
export async function storeLessonMedia(
  ctx: Ctx,
  { body, kind }: { body: unknown; kind: 'video' | 'pdf' },
): Promise<StoredLessonMedia> {
  if (body !== undefined && body !== null && !Buffer.isBuffer(body)) throw new AppError('LESSON_FILE_WRONG_TYPE');
  const bytes = Buffer.isBuffer(body) ? body : Buffer.alloc(0);
  if (bytes.length === 0) throw new AppError('FILE_EMPTY');
  const max = kind === 'video' ? MAX_VIDEO_BYTES : MAX_PDF_BYTES;
  if (bytes.length > max) throw new AppError('FILE_TOO_LARGE', { max: `${max / 1024 / 1024} MB` });
  const type = sniffLessonMedia(bytes);
  if (type !== (kind === 'video' ? 'video/mp4' : 'application/pdf')) throw new AppError('LESSON_FILE_WRONG_TYPE');
  const seconds = kind === 'video' ? mp4Seconds(bytes) : null;
  if (kind === 'video' && seconds === null) throw new AppError('LESSON_VIDEO_UNREADABLE');
  const verdict = await scan(ctx, bytes);
  if (!verdict.clean) throw new AppError('FILE_INFECTED', { signature: verdict.signature });
  const key = `lessons/${crypto.randomBytes(18).toString('base64url')}.${kind === 'video' ? 'mp4' : 'pdf'}`;
  await ctx.services.media.put(key, bytes, type);
  return { key, bytes: bytes.length, seconds };
}

export function sendLessonMedia(
  ctx: Ctx,
  { reply, name, range }: { reply: FastifyReply; name: string; range: string | undefined },
) {
  if (!lessonMediaName.test(name)) throw notFound();
  return sendStored(ctx, { reply, key: `lessons/${name}`, range });
}
