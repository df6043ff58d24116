// Who may call the content module's endpoints: the expected answer of each caller (test/authz/kit.ts), run by
// test/authz-matrix.test.ts against union U1's objects. A new endpoint without an entry fails that test.
import { at, type Case, type Fixture, LIST, OBJECT, PUBLIC_OK, unique } from '../../../test/authz/kit.js';
import { sql } from '../../platform/sql.js';

/** Members read; no admin has a reader's list. */
const READER = { anonymous: 401, member: 200, sibling: 403, parent: 403 };

/** An article of U1 (base: no review) or C1 (county: reviewed), written by U1's officer, in `status`. */
async function article(f: Fixture, status: string, on: 'u1' | 'c1' = 'u1'): Promise<number> {
  const union = f.tree[on];
  const [row] = await f.t.db.query<{ id: number }>(sql`insert into articles (union_id, union_path, kind, title,
      summary, body_html, status, author_account_id, submitted_by, published_at)
    values (${union.id}, ${union.path}, 'notice', ${`矩阵通知${unique()}`}, '矩阵', '<p>矩阵正文</p>', ${status},
      ${f.accountId}, ${status === 'in_review' ? f.accountId : null}, ${status === 'published' ? new Date() : null})
    returning id`);
  return Number(row?.id);
}

const body = (f: Fixture) => ({ unionId: f.tree.u1.id, kind: 'news', title: '矩阵新闻', bodyHtml: '<p>矩阵</p>' });

const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]);

/** An article of U1 in `status` with one PDF attached: `/api/articles/<id>/attachments/<attachment id>`. */
async function attachmentUrl(f: Fixture, status: string): Promise<string> {
  const id = await article(f, status);
  const key = `attachments/MatrixAttachment${String(unique()).padStart(8, '0')}.pdf`;
  await f.t.services.media.put(key, Buffer.from('%PDF-1.4 矩阵'), 'application/pdf');
  const [a] = await f.t.db.query<{ id: number }>(sql`insert into article_attachments (article_id, name, media_key,
      media_type, size_bytes, uploaded_by)
    values (${id}, '矩阵附件.pdf', ${key}, 'application/pdf', 12, ${f.accountId}) returning id`);
  return `/api/articles/${id}/attachments/${a?.id}`;
}

export const contentAuthz: Record<string, Case> = {
  // Any editor may place an image; it belongs to no union until an article shows it.
  'POST /api/articles/images': {
    request: () => ({ body: { raw: png } }),
    expect: { anonymous: 401, member: 403, sibling: 200, parent: 200 },
  },
  // Published pictures: whoever has the (random) address.
  'GET /media/articles/{name}': {
    request: async (f) => {
      await f.t.services.media.put('articles/MatrixImage-000000000001.png', png, 'image/png');
      return { url: '/media/articles/MatrixImage-000000000001.png' };
    },
    expect: PUBLIC_OK,
  },
  'GET /api/me/articles': {
    request: async (f) => {
      await article(f, 'published');
      return { method: 'GET', url: '/api/me/articles' };
    },
    expect: READER,
  },
  'GET /api/me/articles/{id}': at(READER, (f) => article(f, 'published')),
  'GET /api/articles': {
    request: async (f) => {
      await article(f, 'draft');
      return { method: 'GET', url: '/api/articles?pageSize=100' };
    },
    expect: LIST,
    noLeak: (json, f) =>
      !(json as { items: Array<{ union: { id: number } }> }).items.some((a) => a.union.id === f.tree.u1.id),
  },
  'POST /api/articles': { request: (f) => ({ method: 'POST', url: '/api/articles', body: body(f) }), expect: OBJECT },
  'GET /api/articles/{id}': at(OBJECT, (f) => article(f, 'draft')),
  'PUT /api/articles/{id}': at(
    OBJECT,
    (f) => article(f, 'draft'),
    (f) => body(f),
  ),
  'POST /api/articles/{id}/publish': at(OBJECT, (f) => article(f, 'draft')),
  'POST /api/articles/{id}/submit': at(OBJECT, (f) => article(f, 'draft', 'c1')),
  'POST /api/articles/{id}/approve': at(OBJECT, (f) => article(f, 'in_review', 'c1')),
  'POST /api/articles/{id}/reject': at(OBJECT, (f) => article(f, 'in_review', 'c1'), { reason: '矩阵退回' }),
  'POST /api/articles/{id}/withdraw': at(OBJECT, (f) => article(f, 'published')),
  'POST /api/articles/{id}/attachments': {
    request: async (f) => ({
      url: `/api/articles/${await article(f, 'draft')}/attachments?name=${encodeURIComponent('附件.pdf')}`,
      body: { raw: '%PDF-1.4 矩阵附件' },
    }),
    expect: OBJECT,
  },
  'DELETE /api/articles/{id}/attachments/{attachmentId}': {
    request: async (f) => ({ url: await attachmentUrl(f, 'draft') }),
    expect: OBJECT,
  },
  // Its editors, and the members the article is published to.
  'GET /api/articles/{id}/attachments/{attachmentId}': {
    request: async (f) => ({ url: await attachmentUrl(f, 'published') }),
    expect: { anonymous: 401, member: 200, sibling: 404, parent: 200 },
  },
};
