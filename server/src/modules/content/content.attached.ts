// The attachments listed with an article (content.attachments.ts adds, removes and serves them).
import type { Ctx } from '../../platform/context.js';
import { sql } from '../../platform/sql.js';
import { presentAttachment } from './content.presenter.js';
import type { AttachmentRow } from './content.tables.js';

export async function attachmentsOf(ctx: Ctx, articleId: number) {
  const rows = await ctx.db.query<AttachmentRow>(sql`select * from article_attachments where article_id = ${articleId}
    order by id`);
  return rows.map(presentAttachment);
}
