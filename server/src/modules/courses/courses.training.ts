// Offline sessions a cadre records (班前十分钟, 星火课堂, lectures): the date, the topic, how many attended, and up to
// three photos from the site. They roll up to the cockpit by the union's subtree.
import type { z } from 'zod';
import { inScope, requireAdmin } from '../../platform/access.js';
import { audit } from '../../platform/audit.js';
import { chinaDay, now } from '../../platform/clock.js';
import { type Ctx, transaction } from '../../platform/context.js';
import { AppError, notFound } from '../../platform/errors.js';
import { paginate } from '../../platform/pagination.js';
import { sql } from '../../platform/sql.js';
import { storePicture } from '../files/files.images.js';
import { unionPathFor } from '../unions/unions.lookup.js';
import { presentTraining } from './courses.presenter.js';
import type { trainingBody, trainingQuery } from './courses.schemas.js';
import { type TrainingRow, trainingKinds } from './courses.tables.js';

export const MAX_TRAINING_PHOTO_BYTES = 5 * 1024 * 1024;
const PHOTOS = 3;

const selectTraining = sql.raw(`select t.id, t.union_id, t.union_path, u.name as union_name, t.kind, t.topic,
    to_char(t.held_on, 'YYYY-MM-DD') as held_on, t.attendees, t.photos, t.created_at
  from training_sessions t join unions u on u.id = t.union_id`);

async function load(ctx: Ctx, id: number): Promise<TrainingRow> {
  const [t] = await ctx.db.query<TrainingRow>(sql`${selectTraining} where t.id = ${id}
    and ${inScope(ctx.actor, 'content.edit', sql.raw('t.union_path'))}`);
  if (!t) throw notFound();
  return t;
}

const filterOf = (ctx: Ctx, query: z.infer<typeof trainingQuery>) =>
  sql`${inScope(ctx.actor, 'content.edit', sql.raw('t.union_path'))}
    ${query.unionId ? sql`and t.union_id = ${query.unionId}` : sql``}
    ${query.kind ? sql`and t.kind = ${query.kind}` : sql``}`;

export async function listTraining(ctx: Ctx, query: z.infer<typeof trainingQuery>) {
  requireAdmin(ctx.actor);
  const where = filterOf(ctx, query);
  return paginate<TrainingRow, ReturnType<typeof presentTraining>>(
    ctx,
    query,
    {
      rows: sql`${selectTraining} where ${where} order by t.held_on desc, t.id desc`,
      count: sql`select 1 from training_sessions t where ${where}`,
    },
    (rows) => rows.map(presentTraining),
  );
}

/** This China year's sessions and attendances of the caller's subtrees (under the list's filters), by kind. */
export async function trainingSummary(ctx: Ctx, query: z.infer<typeof trainingQuery>) {
  requireAdmin(ctx.actor);
  const year = chinaDay(now(ctx)).slice(0, 4);
  const rows = await ctx.db.query<{ kind: TrainingRow['kind']; sessions: number; attendances: number }>(sql`
    select t.kind, count(*)::int as sessions, coalesce(sum(t.attendees), 0)::int as attendances
    from training_sessions t where ${filterOf(ctx, query)} and t.held_on >= ${`${year}-01-01`}::date
      and t.held_on < ${`${Number(year) + 1}-01-01`}::date
    group by t.kind`);
  const byKind = trainingKinds.map((kind) => {
    const r = rows.find((x) => x.kind === kind);
    return { kind, sessions: Number(r?.sessions ?? 0), attendances: Number(r?.attendances ?? 0) };
  });
  return {
    sessions: byKind.reduce((s, k) => s + k.sessions, 0),
    attendances: byKind.reduce((s, k) => s + k.attendances, 0),
    byKind,
  };
}

export async function recordTraining(ctx: Ctx, body: z.infer<typeof trainingBody>) {
  const admin = requireAdmin(ctx.actor);
  const path = await unionPathFor(ctx, { unionId: body.unionId, permission: 'content.edit' });
  // A session is recorded after it was held: China's today is the latest date.
  if (body.heldOn > chinaDay(now(ctx))) throw new AppError('TRAINING_DATE_FUTURE', { field: 'heldOn' });
  return transaction(ctx, async (tx) => {
    const [t] = await tx.db.query<{ id: number }>(sql`insert into training_sessions (union_id, union_path, kind, topic,
        held_on, attendees, recorded_by)
      values (${body.unionId}, ${path}, ${body.kind}, ${body.topic}, ${body.heldOn}, ${body.attendees},
        ${admin.accountId})
      returning id`);
    const id = Number(t?.id);
    await audit(tx, { action: 'training.record', targetType: 'training', targetId: id, unionPath: path });
    return presentTraining(await load(tx, id));
  });
}

export async function addTrainingPhoto(ctx: Ctx, { id, body }: { id: number; body: unknown }) {
  requireAdmin(ctx.actor);
  const t = await load(ctx, id);
  if (t.photos.length >= PHOTOS) throw new AppError('TRAINING_PHOTOS_FULL');
  const picture = await storePicture(ctx, {
    body,
    folder: 'training',
    maxBytes: MAX_TRAINING_PHOTO_BYTES,
    wrongType: 'TRAINING_PHOTO_WRONG_TYPE',
  });
  return transaction(ctx, async (tx) => {
    // Checked again under the row lock: two uploads at once cannot make a fourth photo.
    const added = await tx.db.query(sql`update training_sessions set photos = photos || ${picture.key}::text
      where id = ${id} and cardinality(photos) < ${PHOTOS} returning id`);
    if (added.length === 0) throw new AppError('TRAINING_PHOTOS_FULL');
    await audit(tx, { action: 'training.photo', targetType: 'training', targetId: id, unionPath: t.union_path });
    return presentTraining(await load(tx, id));
  });
}

export async function removeTraining(ctx: Ctx, id: number) {
  requireAdmin(ctx.actor);
  const t = await load(ctx, id);
  return transaction(ctx, async (tx) => {
    await tx.db.query(sql`delete from training_sessions where id = ${id}`);
    await audit(tx, {
      action: 'training.remove',
      targetType: 'training',
      targetId: id,
      unionPath: t.union_path,
      before: { topic: t.topic, heldOn: t.held_on, attendees: t.attendees },
    });
    return { ok: true as const };
  });
}
