// Who may call the documents module's endpoints: the expected answer of each caller (test/authz/kit.ts), run by
// test/authz-matrix.test.ts against union U1's objects. A new endpoint without an entry fails that test.
import { at, type Case, type Fixture, LIST, OBJECT } from '../../../test/authz/kit.js';
import { sql } from '../../platform/sql.js';

/**
 * A document C1 sent to its base unions when U1 was the only one (the sibling U2 came later), so the sibling's
 * admin neither sent nor received it.
 */
async function document(f: Fixture): Promise<number> {
  const [d] = await f.t.db.query<{ id: number }>(sql`insert into documents (union_id, union_path, title, body_html,
      recipient_level, reply_required, sent_by, sent_at)
    values (${f.tree.c1.id}, ${f.tree.c1.path}, '矩阵公文', '<p>矩阵</p>', 'base', true, ${f.accountId}, now())
    returning id`);
  await f.t.db.query(sql`insert into document_recipients (document_id, union_id, union_path)
    values (${d?.id}, ${f.tree.u1.id}, ${f.tree.u1.path})`);
  return Number(d?.id);
}

/** Only a cadre of the receiving union signs or replies: none of the matrix's callers is one. */
const RECIPIENT_ONLY = { anonymous: 401, member: 403, sibling: 404, parent: 403 };

export const documentsAuthz: Record<string, Case> = {
  'POST /api/documents': {
    request: (f) => ({
      body: { unionId: f.tree.c1.id, title: '矩阵公文', bodyHtml: '<p>矩阵</p>', recipientLevel: 'base' },
    }),
    expect: OBJECT,
  },
  'GET /api/documents': {
    request: async (f) => {
      await document(f);
      return { url: '/api/documents?box=sent&pageSize=100' };
    },
    expect: LIST,
    noLeak: (json, f) =>
      !(json as { items: Array<{ from: { id: number } }> }).items.some((d) => d.from.id === f.tree.c1.id),
  },
  'GET /api/documents/{id}': at(OBJECT, document),
  'GET /api/documents/{id}/recipients': at(OBJECT, document),
  'POST /api/documents/{id}/read': at(RECIPIENT_ONLY, document, (f) => ({ unionId: f.tree.u1.id })),
  'POST /api/documents/{id}/reply': at(RECIPIENT_ONLY, document, (f) => ({ unionId: f.tree.u1.id, text: '已落实' })),
  'POST /api/documents/{id}/remind': at(OBJECT, document),
};
