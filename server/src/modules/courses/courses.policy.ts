// Who may do what to a course: editors (content.edit) of the course's union or above. Lessons change only while
// the course is not published, so no member's progress refers to a lesson that moved under them.
import { can, definePolicy } from '../../platform/access.js';
import type { CourseRow } from './courses.tables.js';

const editor = (actor: Parameters<typeof can>[0], c: CourseRow) => can(actor, 'content.edit', c.union_path);

export const coursePolicy = definePolicy<CourseRow>()({
  read: (actor, c) => editor(actor, c),
  edit: (actor, c) => c.status !== 'published' && editor(actor, c),
  publish: (actor, c) => c.status !== 'published' && editor(actor, c),
  withdraw: (actor, c) => c.status === 'published' && editor(actor, c),
});
