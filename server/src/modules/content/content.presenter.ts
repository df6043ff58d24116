// An article as editors see it (with its workflow, history and read count) and as members read it.
import { allowedActions } from '../../platform/access.js';
import type { Ctx } from '../../platform/context.js';
import type { MemberCategory } from '../members/members.schemas.js';
import { articlePolicy } from './content.policy.js';
import type { ArticleRow, AttachmentRow } from './content.tables.js';

const iso = (d: Date | null) => d?.toISOString() ?? null;

export function presentSummary(a: ArticleRow) {
  return {
    id: Number(a.id),
    kind: a.kind,
    title: a.title,
    summary: a.summary,
    union: { id: Number(a.union_id), name: a.union_name },
    tags: a.tags,
    pinned: a.pinned,
    status: a.status,
    publishAt: iso(a.publish_at ?? a.published_at),
    expiresAt: iso(a.expires_at),
    author: a.author_name,
    reads: Number(a.reads),
    updatedAt: a.updated_at.toISOString(),
  };
}

export interface HistoryEntry {
  kind: string;
  at: Date;
  by: string | null;
  reason: string | null;
}

export function presentArticle(ctx: Ctx, { a, history }: { a: ArticleRow; history: HistoryEntry[] }) {
  return {
    ...presentSummary(a),
    bodyHtml: a.body_html,
    audienceCategories: a.audience_categories as MemberCategory[],
    audienceTags: a.audience_tags,
    needsReview: a.needs_review,
    events: history.map((e) => ({ ...e, at: e.at.toISOString() })),
    actions: allowedActions(articlePolicy, ctx.actor, a),
  };
}

export interface ReaderRow {
  id: number;
  kind: ArticleRow['kind'];
  title: string;
  summary: string;
  union_name: string;
  pinned: boolean;
  shown_at: Date;
  read: boolean;
  body_html?: string;
  tags?: string[];
}

export function presentForReader(r: ReaderRow) {
  return {
    id: Number(r.id),
    kind: r.kind,
    title: r.title,
    summary: r.summary,
    union: r.union_name,
    pinned: r.pinned,
    publishedAt: r.shown_at.toISOString(),
    read: r.read,
  };
}

export const presentAttachment = (a: AttachmentRow) => ({
  id: Number(a.id),
  name: a.name,
  mediaType: a.media_type,
  bytes: Number(a.size_bytes),
});
