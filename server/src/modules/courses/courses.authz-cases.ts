// Who may call the courses module's endpoints: the expected answer of each caller (test/authz/kit.ts), run by
// test/authz-matrix.test.ts against union U1's objects. A new endpoint without an entry fails that test.
import { at, type Case, type Fixture, LIST, OBJECT, PUBLIC_OK, unique } from '../../../test/authz/kit.js';
import { sql } from '../../platform/sql.js';
import { newCertificateCode } from './courses.certificates.js';

/** Members learn; no admin has a member's view. */
const MEMBER = { anonymous: 401, member: 200, sibling: 403, parent: 403 };
const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]);

/** A course of U1 with `lessons` article lessons (no reading time), in `status`. */
async function course(f: Fixture, status: 'draft' | 'published' = 'draft', lessons = 1): Promise<number> {
  const [c] = await f.t.db.query<{ id: number }>(sql`insert into courses (union_id, union_path, title, category,
      status, created_by)
    values (${f.tree.u1.id}, ${f.tree.u1.path}, ${`矩阵课程${unique()}`}, 'skills', ${status}, ${f.accountId})
    returning id`);
  for (let n = 1; n <= lessons; n++) {
    await f.t.db.query(sql`insert into course_lessons (course_id, position, title, kind, body)
      values (${c?.id}, ${n}, ${`第${n}课`}, 'article', '<p>课文</p>')`);
  }
  return Number(c?.id);
}

const firstLesson = async (f: Fixture, courseId: number) => {
  const [l] = await f.t.db.query<{ id: number }>(sql`select id from course_lessons where course_id = ${courseId}
    order by position limit 1`);
  return Number(l?.id);
};

/** A lesson of a published U1 course the fixture member is enrolled in (and has opened, when asked). */
async function enrolledLesson(f: Fixture, opened = false): Promise<number> {
  const id = await course(f, 'published');
  await f.t.db.query(sql`insert into course_enrolments (course_id, member_id, union_id, union_path)
    values (${id}, ${f.memberId}, ${f.tree.u1.id}, ${f.tree.u1.path})`);
  const lessonId = await firstLesson(f, id);
  if (opened) {
    await f.t.db.query(sql`insert into lesson_progress (lesson_id, member_id, course_id)
      values (${lessonId}, ${f.memberId}, ${id})`);
  }
  return lessonId;
}

async function training(f: Fixture): Promise<number> {
  const [t] = await f.t.db.query<{ id: number }>(sql`insert into training_sessions (union_id, union_path, kind, topic,
      held_on, attendees, recorded_by)
    values (${f.tree.u1.id}, ${f.tree.u1.path}, 'pre_shift', '矩阵班前十分钟', current_date, 12, ${f.accountId})
    returning id`);
  return Number(t?.id);
}

const lessonUrl = async (f: Fixture, tail: string) => {
  const id = await course(f, 'draft', 2);
  return `/api/courses/${id}/lessons/${await firstLesson(f, id)}${tail}`;
};

const ofU1 = (json: unknown, f: Fixture) =>
  !(json as { items: Array<{ union: { id: number } }> }).items.some((i) => i.union.id === f.tree.u1.id);

export const coursesAuthz: Record<string, Case> = {
  'GET /api/courses': {
    request: async (f) => {
      await course(f);
      return { url: '/api/courses?pageSize=100' };
    },
    expect: LIST,
    noLeak: ofU1,
  },
  'POST /api/courses': {
    request: (f) => ({ body: { unionId: f.tree.u1.id, title: '矩阵新课', category: 'safety' } }),
    expect: OBJECT,
  },
  // Each editor sees the course offers of their own subtrees: the list is empty or theirs, never U1's to a sibling.
  'GET /api/courses/seat-offers': {
    request: async (f) => {
      await f.t.db.query(sql`update offers set kind = 'course' where id = ${await f.offer()}`);
      return {};
    },
    expect: LIST,
    noLeak: ofU1,
  },
  'GET /api/courses/{id}': at(OBJECT, (f) => course(f)),
  'PATCH /api/courses/{id}': at(OBJECT, (f) => course(f), { title: '改名' }),
  'POST /api/courses/{id}/publish': at(OBJECT, (f) => course(f)),
  'POST /api/courses/{id}/withdraw': at(OBJECT, (f) => course(f, 'published')),
  'POST /api/courses/{id}/lessons': at(OBJECT, (f) => course(f), { title: '图文课', body: '<p>内容</p>' }),
  'POST /api/courses/{id}/lessons/upload': {
    request: async (f) => ({
      url: `/api/courses/${await course(f)}/lessons/upload?title=${encodeURIComponent('文档课')}&kind=pdf`,
      body: { raw: '%PDF-1.4 矩阵' },
    }),
    expect: OBJECT,
  },
  'POST /api/courses/{id}/lessons/{lessonId}/move': {
    request: async (f) => ({ url: await lessonUrl(f, '/move'), body: { position: 2 } }),
    expect: OBJECT,
  },
  'DELETE /api/courses/{id}/lessons/{lessonId}': {
    request: async (f) => ({ url: await lessonUrl(f, '') }),
    expect: OBJECT,
  },
  // Published lesson files: whoever has the (random) address.
  'GET /media/lessons/{name}': {
    request: async (f) => {
      await f.t.services.media.put('lessons/MatrixLesson-00000000001.pdf', Buffer.from('%PDF-1.4'), 'application/pdf');
      return { url: '/media/lessons/MatrixLesson-00000000001.pdf' };
    },
    expect: PUBLIC_OK,
  },
  'GET /api/training-sessions': {
    request: async (f) => {
      await training(f);
      return { url: '/api/training-sessions?pageSize=100' };
    },
    expect: LIST,
    noLeak: ofU1,
  },
  // Each admin sees the figures of their own subtrees: the sibling's are its own, never U1's.
  'GET /api/training-sessions/summary': { request: () => ({}), expect: LIST },
  'POST /api/training-sessions': {
    request: (f) => ({
      body: { unionId: f.tree.u1.id, kind: 'class', topic: '矩阵课堂', heldOn: '2026-01-05', attendees: 30 },
    }),
    expect: OBJECT,
  },
  'POST /api/training-sessions/{id}/photos': {
    request: async (f) => ({ id: await training(f), body: { raw: png } }),
    expect: OBJECT,
  },
  'DELETE /api/training-sessions/{id}': at(OBJECT, training),
  'GET /media/training/{name}': {
    request: async (f) => {
      await f.t.services.media.put('training/MatrixPhoto-000000000001.png', png, 'image/png');
      return { url: '/media/training/MatrixPhoto-000000000001.png' };
    },
    expect: PUBLIC_OK,
  },
  'GET /api/me/courses': {
    request: async (f) => {
      await course(f, 'published');
      return { url: '/api/me/courses' };
    },
    expect: MEMBER,
  },
  'GET /api/me/courses/{id}': at(MEMBER, (f) => course(f, 'published')),
  'POST /api/me/courses/{id}/enrol': at(MEMBER, (f) => course(f, 'published')),
  'POST /api/me/lessons/{id}/open': at(MEMBER, (f) => enrolledLesson(f)),
  'POST /api/me/lessons/{id}/progress': at(MEMBER, (f) => enrolledLesson(f, true), { positionSeconds: 0 }),
  'POST /api/me/lessons/{id}/complete': at(MEMBER, (f) => enrolledLesson(f, true)),
  'GET /api/me/certificates/{code}': {
    request: async (f) => {
      const id = await course(f, 'published');
      const code = newCertificateCode();
      await f.t.db.query(sql`insert into course_certificates (code, course_id, member_id, union_path)
        values (${code}, ${id}, ${f.memberId}, ${f.tree.u1.path})`);
      return { url: `/api/me/certificates/${code}` };
    },
    expect: MEMBER,
  },
  'GET /api/certificates/{code}': {
    request: async (f) => {
      const id = await course(f, 'published');
      const code = newCertificateCode();
      await f.t.db.query(sql`insert into course_certificates (code, course_id, member_id, union_path)
        values (${code}, ${id}, ${f.memberId}, ${f.tree.u1.path})`);
      return { url: `/api/certificates/${code}` };
    },
    expect: PUBLIC_OK,
  },
};
