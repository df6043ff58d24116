// Loading offers (with their union's and merchant's names): the queries, kept out of the presenter.
import type { Queryable } from '../../platform/db.js';
import { notFound } from '../../platform/errors.js';
import { sql } from '../../platform/sql.js';
import type { OfferRow } from './offers.tables.js';

/** Offers with their union's and merchant's names: every read goes through this select. */
export const selectOffer = sql.raw(`select o.*, u.name as union_name, mc.name as merchant_name
  from offers o join unions u on u.id = o.union_id left join merchants mc on mc.id = o.merchant_id`);

/** One offer (with names), locked for the rest of the transaction when asked: the engine's lock order starts here. */
export async function findOffer(db: Queryable, id: number, forUpdate = false): Promise<OfferRow | undefined> {
  const [row] = await db.query<OfferRow>(
    forUpdate ? sql`${selectOffer} where o.id = ${id} for update of o` : sql`${selectOffer} where o.id = ${id}`,
  );
  return row;
}

export async function loadOffer(db: Queryable, id: number, forUpdate = false): Promise<OfferRow> {
  const row = await findOffer(db, id, forUpdate);
  if (!row) throw notFound();
  return row;
}
