// The profile rules (regional lines, weights): versioned, published by the province's officer.
import { requirePermissionSomewhere } from '../../platform/access.js';
import { audit } from '../../platform/audit.js';
import { now } from '../../platform/clock.js';
import { type Ctx, transaction } from '../../platform/context.js';
import { AppError } from '../../platform/errors.js';
import { sql } from '../../platform/sql.js';
import { idsInPath } from '../../platform/tree.js';
import { initialRuleConfig } from './assistance.profile.js';
import { type RuleConfig, ruleConfig } from './assistance.schemas.js';

export async function currentRules(ctx: Ctx): Promise<{ version: number; config: RuleConfig }> {
  const [row] = await ctx.db.query<{ version: number; config: RuleConfig }>(
    sql`select version, config from assistance_rule_sets order by version desc limit 1`,
  );
  if (row) return row;
  // First use: the shipped defaults become version 1 (recorded, so profiles can point at them).
  await ctx.db.query(sql`insert into assistance_rule_sets (version, config, note)
    values (1, ${JSON.stringify(initialRuleConfig)}::jsonb, '初始规则 initial rules') on conflict do nothing`);
  return currentRules(ctx);
}

/** Only an officer of a top-level federation changes the rules (they apply everywhere). */
function requireRuleAuthor(ctx: Ctx) {
  const admin = requirePermissionSomewhere(ctx.actor, 'assistance.handle');
  const top = admin.grants.some((g) => g.role === 'assistance_officer' && idsInPath(g.unionPath).length === 1);
  if (!top) throw new AppError('FORBIDDEN');
  return admin;
}

export async function listRuleSets(ctx: Ctx) {
  requirePermissionSomewhere(ctx.actor, 'assistance.handle');
  await currentRules(ctx);
  const rows = await ctx.db.query<{
    version: number;
    config: RuleConfig;
    note: string;
    created_at: Date;
    username: string | null;
  }>(
    sql`select r.*, a.username from assistance_rule_sets r left join accounts a on a.id = r.created_by order by version desc`,
  );
  return {
    items: rows.map((r) => ({
      version: r.version,
      config: r.config,
      note: r.note,
      createdAt: r.created_at.toISOString(),
      createdBy: r.username,
    })),
  };
}

export async function publishRuleSet(ctx: Ctx, { config, note }: { config: RuleConfig; note: string }) {
  const admin = requireRuleAuthor(ctx);
  const checked = ruleConfig.parse(config);
  return transaction(ctx, async (ctx) => {
    const current = await currentRules(ctx);
    const version = current.version + 1;
    await ctx.db.query(sql`insert into assistance_rule_sets (version, config, note, created_by)
      values (${version}, ${JSON.stringify(checked)}::jsonb, ${note}, ${admin.accountId})`);
    await audit(ctx, {
      action: 'assistance.rules.publish',
      targetType: 'assistance_rule_set',
      targetId: version,
      after: checked,
    });
    return { version, config: checked, note, createdAt: now(ctx).toISOString(), createdBy: admin.username };
  });
}
