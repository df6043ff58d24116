// Evidence uploads. The type is decided by the file's first bytes, never by its name or the client's
// header; contents are encrypted and stored in the database (outside any web root, shared by every
// process). A file is readable by its uploader until it is attached, then by whoever may read the
// application or appeal it proves: the owning module registers that rule here. Every upload is scanned for
// malware before it is stored (AS-46): an infected one is refused and audited, and when the scanner cannot
// be reached nothing is stored, so no unscanned file reaches another reader.
import crypto from 'node:crypto';
import { type Actor, scopePaths } from '../../platform/access.js';
import { audit } from '../../platform/audit.js';
import type { Ctx } from '../../platform/context.js';
import { AppError, notFound } from '../../platform/errors.js';
import { fileAccessRule } from '../../platform/file-access.js';
import { auditUnmaskedRead } from '../../platform/reveal-watch.js';
import type { ScanVerdict } from '../../platform/scanner.js';
import { sql } from '../../platform/sql.js';
import { type FileSummary, presentFileSummary } from './files.presenter.js';
import type { FilePurpose } from './files.schemas.js';

export type { FileSummary };

export const MAX_FILE_BYTES = 10 * 1024 * 1024;
const MAX_PENDING_PER_DAY = 30;

export type MediaType = 'image/jpeg' | 'image/png' | 'application/pdf';
export type AttachedKind = 'assistance' | 'appeal';

/** The media type proven by the magic bytes, or null for anything else (executables, HTML, SVG, ...). */
export function sniffMediaType(bytes: Buffer): MediaType | null {
  if (bytes.length >= 3 && bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff) return 'image/jpeg';
  const png = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
  if (bytes.length >= 8 && png.every((b, i) => bytes[i] === b)) return 'image/png';
  if (bytes.subarray(0, 5).toString('latin1') === '%PDF-') return 'application/pdf';
  return null;
}

const purposeKind: Record<FilePurpose, AttachedKind> = {
  assistance_evidence: 'assistance',
  appeal_evidence: 'appeal',
};
// Who may upload for a purpose from the console.
const purposePermission = { assistance_evidence: 'assistance.handle', appeal_evidence: 'case.handle' } as const;

function uploader(actor: Actor): { kind: 'member' | 'admin'; id: number | null; phoneHash: string | null } {
  if (actor.kind === 'admin') return { kind: 'admin', id: actor.accountId, phoneHash: null };
  if (actor.kind === 'member') return { kind: 'member', id: actor.memberId, phoneHash: actor.phoneHash };
  throw new AppError('UNAUTHENTICATED');
}

/** File names are kept for display only: path parts and control characters are dropped. */
export function cleanFileName(name: string): string {
  const base = name.split(/[\\/]/).pop() ?? '';
  const cleaned = [...base]
    .filter((c) => c.charCodeAt(0) >= 0x20 && c.charCodeAt(0) !== 0x7f && !'"<>'.includes(c))
    .join('')
    .trim()
    .slice(0, 120);
  return cleaned || 'file';
}

const extensions: Record<string, string> = {
  'image/jpeg': '.jpg',
  'image/png': '.png',
  'application/pdf': '.pdf',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': '.docx',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': '.xlsx',
  'application/vnd.openxmlformats-officedocument.presentationml.presentation': '.pptx',
};

/** The name a download is saved under: the uploaded name without its own extension, plus the checked type's. */
export function downloadName(name: string, mediaType: string): string {
  const base =
    cleanFileName(name)
      .replace(/\.[^.]*$/, '')
      .replace(/^\.+/, '') || 'file';
  return `${base}${extensions[mediaType] ?? ''}`;
}

export async function uploadFile(
  ctx: Ctx,
  { purpose, name, body }: { purpose: FilePurpose; name: string; body: unknown },
) {
  const who = uploader(ctx.actor);
  if (body !== undefined && body !== null && !Buffer.isBuffer(body)) throw new AppError('FILE_TYPE_NOT_ALLOWED');
  const bytes = Buffer.isBuffer(body) ? body : Buffer.alloc(0);
  if (ctx.actor.kind === 'admin' && scopePaths(ctx.actor, purposePermission[purpose]).length === 0) {
    throw new AppError('FORBIDDEN');
  }
  if (bytes.length === 0) throw new AppError('FILE_EMPTY');
  if (bytes.length > MAX_FILE_BYTES) throw new AppError('FILE_TOO_LARGE', { max: '10 MB' });
  const mediaType = sniffMediaType(bytes);
  if (!mediaType) throw new AppError('FILE_TYPE_NOT_ALLOWED');
  const owner = who.kind === 'admin' ? sql`uploaded_by_id = ${who.id}` : sql`uploaded_by_phone_hash = ${who.phoneHash}`;
  const [pending] = await ctx.db.query<{ n: number }>(sql`
    select count(*)::int as n from files where uploaded_by_kind = ${who.kind} and ${owner}
      and attached_id is null and created_at > now() - interval '1 day'`);
  if ((pending?.n ?? 0) >= MAX_PENDING_PER_DAY)
    throw new AppError('RATE_LIMITED', { wait: { zh: '明天', en: 'tomorrow' } });
  const sha256 = crypto.createHash('sha256').update(bytes).digest('hex');
  const verdict = await scan(ctx, bytes);
  if (!verdict.clean) {
    await audit(ctx, {
      action: 'file.infected',
      outcome: 'failure',
      targetType: 'file',
      detail: { purpose, name: cleanFileName(name), sha256, signature: verdict.signature },
    });
    throw new AppError('FILE_INFECTED', { signature: verdict.signature });
  }
  const [row] = await ctx.db.query<{ id: number; created_at: Date }>(sql`
    insert into files (purpose, media_type, size_bytes, sha256, original_name, content_cipher, uploaded_by_kind,
      uploaded_by_id, uploaded_by_phone_hash, scanned_at, scanned_by)
    values (${purpose}, ${mediaType}, ${bytes.length}, ${sha256}, ${cleanFileName(name)},
      ${ctx.services.pii.encryptBytes(bytes)}, ${who.kind}, ${who.id}, ${who.phoneHash}, now(),
      ${ctx.services.scanner.name})
    returning id, created_at`);
  if (!row) throw new Error('file insert returned nothing');
  return { id: row.id, name: cleanFileName(name), mediaType, sizeBytes: bytes.length };
}

/** A scan that could not finish is an outage, never a pass. Any module storing uploaded bytes scans through it. */
export async function scan(ctx: Ctx, bytes: Buffer): Promise<ScanVerdict> {
  try {
    return await ctx.services.scanner.scan(bytes);
  } catch {
    throw new AppError('FILE_SCAN_UNAVAILABLE');
  }
}

/**
 * Attaches the caller's own, still unattached uploads to a record. Anything else (someone else's file,
 * a file already attached, one uploaded for another purpose) is refused and nothing is attached.
 */
export async function attachFiles(
  ctx: Ctx,
  { fileIds, kind, attachedId }: { fileIds: number[]; kind: AttachedKind; attachedId: number },
) {
  if (fileIds.length === 0) return;
  const who = uploader(ctx.actor);
  const owner = who.kind === 'admin' ? sql`uploaded_by_id = ${who.id}` : sql`uploaded_by_phone_hash = ${who.phoneHash}`;
  const purposes = Object.entries(purposeKind)
    .filter(([, k]) => k === kind)
    .map(([p]) => p);
  const rows = await ctx.db.query<{ id: number }>(sql`
    update files set attached_kind = ${kind}, attached_id = ${attachedId}
    where id = any(${fileIds}::bigint[]) and attached_id is null and uploaded_by_kind = ${who.kind} and ${owner}
      and purpose = any(${purposes}::text[])
    returning id`);
  if (rows.length !== new Set(fileIds).size) throw new AppError('FILE_NOT_USABLE', { field: 'evidenceFileIds' });
}

/** The files attached to a record (metadata only), for the owning module's presenter. */
export async function attachedFiles(
  ctx: Ctx,
  { kind, attachedId }: { kind: AttachedKind; attachedId: number },
): Promise<FileSummary[]> {
  const rows = await ctx.db.query<{
    id: number;
    original_name: string;
    media_type: MediaType;
    size_bytes: number;
    created_at: Date;
  }>(sql`select id, original_name, media_type, size_bytes, created_at from files
    where attached_kind = ${kind} and attached_id = ${attachedId} order by id`);
  return rows.map(presentFileSummary);
}

export async function readFile(ctx: Ctx, id: number) {
  const who = uploader(ctx.actor);
  const [row] = await ctx.db.query<{
    id: number;
    original_name: string;
    media_type: MediaType;
    content_cipher: Buffer | Uint8Array;
    uploaded_by_kind: string;
    uploaded_by_id: number | null;
    uploaded_by_phone_hash: string | null;
    attached_kind: AttachedKind | null;
    attached_id: number | null;
    scanned_at: Date | null;
    infected_signature: string | null;
  }>(sql`select * from files where id = ${id}`);
  if (!row) throw notFound();
  const ownUpload =
    row.uploaded_by_kind === who.kind &&
    (who.kind === 'admin' ? row.uploaded_by_id === who.id : row.uploaded_by_phone_hash === who.phoneHash);
  const recordPath =
    row.attached_kind && row.attached_id
      ? ((await fileAccessRule(row.attached_kind)?.(ctx, row.attached_id)) ?? null)
      : null;
  if (!ownUpload && recordPath === null) throw notFound();
  const bytes = ctx.services.pii.decryptBytes(Buffer.from(row.content_cipher));
  let infected = row.infected_signature;
  if (!row.scanned_at && !ownUpload) {
    // Stored before uploads were scanned: scanned now, before it reaches anyone but its uploader.
    const verdict = await scan(ctx, bytes);
    infected = verdict.clean ? null : verdict.signature;
    await ctx.db.query(sql`update files set scanned_at = now(), scanned_by = ${ctx.services.scanner.name},
      infected_signature = ${infected} where id = ${row.id}`);
  }
  if (infected) throw new AppError('FILE_INFECTED', { signature: infected });
  if (ctx.actor.kind === 'admin') {
    await auditUnmaskedRead(ctx, {
      action: 'file.read',
      targetType: row.attached_kind ?? 'file',
      targetId: row.attached_id ?? row.id,
      // Filed under the record's union, so that subtree's auditors see it (and any alert it raises).
      unionPath: recordPath,
      detail: { fileId: row.id },
    });
  }
  return { name: row.original_name, mediaType: row.media_type, bytes };
}
