// Who may do what to an article: editors (content.edit) on the publishing union or above; a second editor reviews
// when the union's level needs it, never the one who sent it for review.
import { can, definePolicy } from '../../platform/access.js';
import type { ArticleRow } from './content.tables.js';

const editor = (actor: Parameters<typeof can>[0], a: ArticleRow) => can(actor, 'content.edit', a.union_path);
const submitter = (actor: Parameters<typeof can>[0], a: ArticleRow) =>
  actor.kind === 'admin' && actor.accountId === a.submitted_by;
const editable = (a: ArticleRow) => a.status === 'draft' || a.status === 'withdrawn';

export const articlePolicy = definePolicy<ArticleRow>()({
  read: (actor, a) => editor(actor, a),
  edit: (actor, a) => editable(a) && editor(actor, a),
  /** Straight to readers: only where no review is needed. */
  publish: (actor, a) => editable(a) && !a.needs_review && editor(actor, a),
  submit: (actor, a) => editable(a) && a.needs_review && editor(actor, a),
  approve: (actor, a) => a.status === 'in_review' && editor(actor, a) && !submitter(actor, a),
  /** Back to draft with a reason: by a reviewer, not the one who sent it (they withdraw it instead). */
  reject: (actor, a) => a.status === 'in_review' && editor(actor, a) && !submitter(actor, a),
  /** A published article off the readers' lists; an article in review back to draft. */
  withdraw: (actor, a) => (a.status === 'published' || a.status === 'in_review') && editor(actor, a),
});
