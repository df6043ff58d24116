// 零工驿站: a station's daily board of gigs (open to anyone: it hangs on the station's screen) and the walk-in
// registrations its staff take at the counter. A walk-in's phone that belongs to a member becomes (or updates) that
// member's job-seeker profile, with the consent given at the counter; anyone else is kept as the station's walk-in,
// texted the gigs later posted at that station when they agreed to it (jobs.matching.ts).
import type { z } from 'zod';
import { audit } from '../../platform/audit.js';
import { chinaDay, now } from '../../platform/clock.js';
import { type Ctx, transaction } from '../../platform/context.js';
import { AppError, notFound } from '../../platform/errors.js';
import { maskPhone } from '../../platform/mask.js';
import { sql } from '../../platform/sql.js';
import { parsePhone } from '../../platform/validators.js';
import { stationFor } from '../stations/stations.access.js';
import type { walkinBody } from './jobs.schemas.js';

/** The station's open gigs today, newest first: title, employer, pay, place, how many wanted, closing date. */
export async function gigBoard(ctx: Ctx, stationId: number) {
  const [station] = await ctx.db.query<{ id: number; name: string }>(sql`select id, name from stations
    where id = ${stationId}`);
  if (!station) throw notFound();
  const gigs = await ctx.db.query<{
    id: number;
    title: string;
    employer_name: string;
    pay_min: number;
    pay_max: number;
    pay_unit: 'hour' | 'day' | 'month' | 'piece';
    hours: string;
    headcount: number;
    closes_on: string;
  }>(sql`select id, title, employer_name, pay_min, pay_max, pay_unit, hours, headcount,
      to_char(closes_on, 'YYYY-MM-DD') as closes_on
    from jobs where station_id = ${stationId} and status = 'published' and kind = 'gig'
      and closes_on >= ${chinaDay(now(ctx))}::date
    order by published_at desc, id desc limit 100`);
  return {
    station: { id: Number(station.id), name: station.name },
    day: chinaDay(now(ctx)),
    items: gigs.map((g) => ({
      id: Number(g.id),
      title: g.title,
      employer: g.employer_name,
      payMin: Number(g.pay_min),
      payMax: Number(g.pay_max),
      payUnit: g.pay_unit,
      hours: g.hours,
      headcount: Number(g.headcount),
      closesOn: g.closes_on,
    })),
  };
}

export async function registerWalkin(ctx: Ctx, body: z.infer<typeof walkinBody>) {
  const station = await stationFor(ctx, { id: body.stationId, need: 'operate' });
  const phone = parsePhone(body.phone);
  if (!phone) throw new AppError('VALIDATION_FAILED', { field: 'phone' });
  const { pii } = ctx.services;
  const phoneHash = pii.hash('phone', phone);
  const admin = ctx.actor.kind === 'admin' ? ctx.actor.accountId : 0;
  return transaction(ctx, async (tx) => {
    const [member] = await tx.db.query<{ id: number; union_path: string }>(sql`select id, union_path from members
      where phone_hash = ${phoneHash} and status = 'active'`);
    const at = now(tx);
    if (member) {
      await tx.db.query(sql`insert into job_seekers (member_id, union_path, kinds, skills, consent, consented_at,
          withdrawn_at, updated_at)
        values (${member.id}, ${member.union_path}, ${body.kinds}::text[], ${body.skills}::text[], ${body.consent},
          ${body.consent ? at : null}, ${body.consent ? null : at}, ${at})
        on conflict (member_id) do update set kinds = excluded.kinds, skills = excluded.skills,
          consent = excluded.consent,
          consented_at = case when excluded.consent and not job_seekers.consent then excluded.consented_at
            else job_seekers.consented_at end,
          withdrawn_at = case when excluded.consent then null
            when job_seekers.consent then excluded.withdrawn_at else job_seekers.withdrawn_at end,
          updated_at = excluded.updated_at`);
    } else {
      await tx.db.query(sql`insert into job_walkins (station_id, union_path, name, phone_cipher, phone_hash, skills,
          kinds, consent, registered_by, registered_at)
        values (${station.id}, ${station.union_path}, ${body.name}, ${pii.encrypt(phone)}, ${phoneHash},
          ${body.skills}::text[], ${body.kinds}::text[], ${body.consent}, ${admin}, ${at})
        on conflict (station_id, phone_hash) do update set name = excluded.name, skills = excluded.skills,
          kinds = excluded.kinds, consent = excluded.consent, registered_by = excluded.registered_by,
          registered_at = excluded.registered_at`);
    }
    await audit(tx, {
      action: 'jobs.walkin_register',
      targetType: 'station',
      targetId: Number(station.id),
      unionPath: station.union_path,
      after: { member: Boolean(member), consent: body.consent },
    });
    return { member: Boolean(member) };
  });
}

/** The station's walk-ins, newest first, phones masked (members' registrations are their own profiles). */
export async function listWalkins(ctx: Ctx, stationId: number) {
  await stationFor(ctx, { id: stationId, need: 'operate' });
  const rows = await ctx.db.query<{
    id: number;
    name: string;
    phone_cipher: string;
    skills: string[];
    kinds: string[];
    consent: boolean;
    registered_at: Date;
  }>(sql`select id, name, phone_cipher, skills, kinds, consent, registered_at from job_walkins
    where station_id = ${stationId} order by registered_at desc limit 200`);
  return {
    items: rows.map((r) => ({
      id: Number(r.id),
      name: r.name,
      phone: maskPhone(ctx.services.pii.decrypt(r.phone_cipher)),
      skills: r.skills,
      kinds: r.kinds as Array<'gig' | 'long_term'>,
      consent: r.consent,
      registeredAt: new Date(r.registered_at).toISOString(),
    })),
  };
}
