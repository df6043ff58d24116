// What a union offers (programs the profile matches against) and what it may spend (yearly budgets).
import { inScope, requirePermissionSomewhere } from '../../platform/access.js';
import { audit } from '../../platform/audit.js';
import { type Ctx, transaction } from '../../platform/context.js';
import { AppError, notFound } from '../../platform/errors.js';
import { sql } from '../../platform/sql.js';
import { unionPathFor } from '../unions/unions.lookup.js';
import {
  type BudgetRow,
  type ProgramKind,
  type ProgramRow,
  presentBudget,
  presentProgram,
} from './assistance.presenter.js';
import type { Cause, Tier } from './assistance.schemas.js';

interface ProgramInput {
  unionId: number;
  kind: ProgramKind;
  name: string;
  description: string;
  tiers: Tier[];
  causes: Cause[];
  maxAmountFen?: number | null;
  active: boolean;
}

const selectProgram = sql.raw(
  'select p.*, u.name as union_name from assistance_programs p join unions u on u.id = p.union_id',
);

export async function listPrograms(ctx: Ctx) {
  requirePermissionSomewhere(ctx.actor, 'assistance.handle');
  const rows = await ctx.db.query<ProgramRow>(
    sql`${selectProgram} where ${inScope(ctx.actor, 'assistance.handle', sql.raw('p.union_path'))} order by p.active desc, p.id desc limit 500`,
  );
  return { items: rows.map(presentProgram) };
}

export async function saveProgram(ctx: Ctx, { id, input }: { id: number | null; input: ProgramInput }) {
  requirePermissionSomewhere(ctx.actor, 'assistance.handle');
  return transaction(ctx, async (ctx) => {
    const path = await unionPathFor(ctx, { unionId: input.unionId, permission: 'assistance.handle' });
    let programId = id;
    if (id === null) {
      const [row] = await ctx.db.query<{ id: number }>(sql`
        insert into assistance_programs (union_id, union_path, kind, name, description, tiers, causes, max_amount_fen, active)
        values (${input.unionId}, ${path}, ${input.kind}, ${input.name}, ${input.description}, ${input.tiers}::text[],
          ${input.causes}::text[], ${input.maxAmountFen ?? null}, ${input.active}) returning id`);
      programId = row?.id ?? 0;
    } else {
      const updated =
        await ctx.db.query(sql`update assistance_programs set union_id = ${input.unionId}, union_path = ${path},
        kind = ${input.kind}, name = ${input.name}, description = ${input.description}, tiers = ${input.tiers}::text[],
        causes = ${input.causes}::text[], max_amount_fen = ${input.maxAmountFen ?? null}, active = ${input.active}
        where id = ${id} and ${inScope(ctx.actor, 'assistance.handle', sql.raw('union_path'))} returning id`);
      if (updated.length === 0) throw notFound();
    }
    await audit(ctx, {
      action: 'assistance.program.save',
      targetType: 'assistance_program',
      targetId: programId ?? 0,
      unionPath: path,
      after: input,
    });
    const [row] = await ctx.db.query<ProgramRow>(sql`${selectProgram} where p.id = ${programId}`);
    if (!row) throw notFound();
    return presentProgram(row);
  });
}

export async function listBudgets(ctx: Ctx, year?: number) {
  requirePermissionSomewhere(ctx.actor, 'assistance.handle');
  const rows = await ctx.db.query<BudgetRow>(sql`select b.*, u.name as union_name from assistance_budgets b
    join unions u on u.id = b.union_id
    where ${inScope(ctx.actor, 'assistance.handle', sql.raw('b.union_path'))} ${year ? sql`and b.year = ${year}` : sql``}
    order by b.year desc, b.union_path limit 500`);
  return { items: rows.map(presentBudget) };
}

/** Sets a union's budget for a year; it can never go below what is already committed. */
export async function setBudget(ctx: Ctx, input: { unionId: number; year: number; amountFen: number }) {
  requirePermissionSomewhere(ctx.actor, 'assistance.handle');
  return transaction(ctx, async (ctx) => {
    const path = await unionPathFor(ctx, { unionId: input.unionId, permission: 'assistance.handle' });
    const [before] = await ctx.db.query<BudgetRow>(
      sql`select * from assistance_budgets where union_id = ${input.unionId} and year = ${input.year} for update`,
    );
    if (before && Number(before.committed_fen) > input.amountFen) {
      throw new AppError('ASSISTANCE_BUDGET_BELOW_COMMITTED', {
        field: 'amountFen',
        committed: (Number(before.committed_fen) / 100).toFixed(2),
      });
    }
    await ctx.db.query(sql`insert into assistance_budgets (union_id, union_path, year, amount_fen)
      values (${input.unionId}, ${path}, ${input.year}, ${input.amountFen})
      on conflict (union_id, year) do update set amount_fen = excluded.amount_fen`);
    await audit(ctx, {
      action: 'assistance.budget.set',
      targetType: 'assistance_budget',
      targetId: `${input.unionId}/${input.year}`,
      unionId: input.unionId,
      unionPath: path,
      before: before ? { amountFen: Number(before.amount_fen) } : null,
      after: { amountFen: input.amountFen },
    });
    const [row] = await ctx.db.query<BudgetRow>(sql`select b.*, u.name as union_name from assistance_budgets b
      join unions u on u.id = b.union_id where b.union_id = ${input.unionId} and b.year = ${input.year}`);
    if (!row) throw notFound();
    return presentBudget(row);
  });
}
