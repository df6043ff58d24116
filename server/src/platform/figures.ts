// Figures a module adds to the cockpit, declared in its definition (`figures` in platform/module.ts): each one
// number over a union subtree in a period, so a new domain's figures reach the big screen without the cockpit
// knowing the domain. The cockpit asks every registered figure for the subtree on screen and this year.
import type { Ctx } from './context.js';

export interface FigureScope {
  /** The union subtree on screen. */
  path: string;
  /** This calendar year in China time: [from, to). */
  from: Date;
  to: Date;
}
/** A count, or null where fewer people stand behind it than may be shown. */
export type FigureQuery = (ctx: Ctx, scope: FigureScope) => Promise<number | null>;

const registry = new Map<string, FigureQuery>();

/** Registers `<module>.<name>`; the label is the console's message `cockpit.figure.<module>.<name>`. */
export function registerFigure(key: string, query: FigureQuery): void {
  if (registry.has(key)) throw new Error(`figure ${key} is registered twice`);
  registry.set(key, query);
}

/** Every registered figure for the scope, in the order modules are listed. */
export async function moduleFigures(
  ctx: Ctx,
  scope: FigureScope,
): Promise<Array<{ key: string; value: number | null }>> {
  return Promise.all([...registry].map(async ([key, query]) => ({ key, value: await query(ctx, scope) })));
}
