// Row types of the content module's tables (migrations/20261202T1300_articles.sql).
export const articleKinds = ['news', 'policy', 'notice', 'guide'] as const;
export type ArticleKind = (typeof articleKinds)[number];
export const articleStatuses = ['draft', 'in_review', 'published', 'withdrawn'] as const;
export type ArticleStatus = (typeof articleStatuses)[number];

export interface ArticleRow {
  id: number;
  union_id: number;
  union_path: string;
  union_name: string;
  union_level: 'province' | 'city' | 'county' | 'township' | 'base';
  kind: ArticleKind;
  title: string;
  summary: string;
  body_html: string;
  tags: string[];
  audience_categories: string[];
  audience_tags: string[];
  pinned: boolean;
  publish_at: Date | null;
  expires_at: Date | null;
  status: ArticleStatus;
  author_account_id: number;
  author_name: string;
  submitted_by: number | null;
  reviewed_by: number | null;
  published_at: Date | null;
  created_at: Date;
  updated_at: Date;
  reads: number;
  /** Set by the loader: whether this union's articles need a second editor (CONTENT_REVIEW_FROM_LEVEL). */
  needs_review: boolean;
}

export interface AttachmentRow {
  id: number;
  article_id: number;
  name: string;
  media_key: string;
  media_type: string;
  size_bytes: number;
}
