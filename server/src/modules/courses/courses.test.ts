// 学堂 through the real app: an editor builds a course from an article, a real MP4 and a PDF; a member enrols,
// learns with study time counted on the server's clock (skipping ahead and seeking back earn nothing), resumes
// where they left off, and gets a certificate whose code anyone can check. Seats come from a course offer.
// Offline sessions (班前十分钟) add to the cockpit of their subtree only. Expected figures are worked out here.
import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { Agent, adminAgent, buildAccount, buildMember, dbKinds, memberAgent } from '../../../test/harness.js';
import { useWorld } from '../../../test/world.js';
import { sql } from '../../platform/sql.js';
import { mp4Seconds } from './courses.media.js';

const START = '2026-12-07T01:00:00Z'; // 09:00 in China
const video = fs.readFileSync(path.join(import.meta.dirname, '../../../test/fixtures/lesson.mp4'));
const pdf = Buffer.from('%PDF-1.4\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n');

/** An ISO base media box: 32-bit size, four-letter type, payload (ISO/IEC 14496-12 §4.2). */
const box = (type: string, ...payload: Buffer[]) => {
  const body = Buffer.concat(payload);
  const head = Buffer.alloc(8);
  head.writeUInt32BE(8 + body.length);
  head.write(type, 4, 'latin1');
  return Buffer.concat([head, body]);
};
/** mvhd version 0: version/flags, creation, modification, timescale, duration, then the rest zeroed. */
const mvhd0 = (timescale: number, duration: number) => {
  const b = Buffer.alloc(100);
  b.writeUInt32BE(timescale, 12);
  b.writeUInt32BE(duration, 16);
  return box('mvhd', b);
};
/** mvhd version 1: 64-bit times and duration. */
const mvhd1 = (timescale: number, duration: bigint) => {
  const b = Buffer.alloc(112);
  b[0] = 1;
  b.writeUInt32BE(timescale, 20);
  b.writeBigUInt64BE(duration, 24);
  return box('mvhd', b);
};
const ftyp = box('ftyp', Buffer.from('isom\0\0\x02\0isomiso2avc1mp41', 'latin1'));

describe('reading a video length from its movie header', () => {
  it('finds mvhd inside moov wherever moov sits, in both versions, and refuses what has none', () => {
    // 90,000 ticks a second for 5,400,000 ticks: 60 s. moov after a large mdat, as cameras write it.
    const late = Buffer.concat([
      ftyp,
      box('mdat', Buffer.alloc(5000)),
      box('moov', box('trak'), mvhd0(90_000, 5_400_000)),
    ]);
    expect(mp4Seconds(late)).toBe(60);
    expect(mp4Seconds(Buffer.concat([ftyp, box('moov', mvhd1(1000, 3_600_500n))]))).toBe(3601);
    expect(mp4Seconds(Buffer.concat([ftyp, box('mdat', Buffer.alloc(10))]))).toBeNull();
    // A size that runs past the end, and a zero timescale, are malformed.
    const broken = Buffer.concat([ftyp, box('moov', mvhd0(600, 6000))]);
    broken.writeUInt32BE(99_999, ftyp.length);
    expect(mp4Seconds(broken)).toBeNull();
    expect(mp4Seconds(Buffer.concat([ftyp, box('moov', mvhd0(0, 6000))]))).toBeNull();
    // The fixture was made by ffmpeg as a 4-second clip.
    expect(mp4Seconds(video)).toBe(4);
  });
});

describe.each(dbKinds)('courses on %s', (kind) => {
  const { t, tree, clock } = useWorld(kind, { clock: START });
  let editor: Agent;
  let siblingEditor: Agent;
  let member: Agent;
  let memberName: string;
  let outsider: Agent;
  let courseId: number;
  const lessons: Record<'article' | 'video' | 'pdf', number> = { article: 0, video: 0, pdf: 0 };

  beforeAll(async () => {
    editor = await adminAgent(t, await buildAccount(t, { role: 'editor', union: tree.c1 }));
    siblingEditor = await adminAgent(t, await buildAccount(t, { role: 'editor', union: tree.c2 }));
    const m = await buildMember(t, tree.u1, { name: '张小明' });
    memberName = '张小明';
    member = await memberAgent(t, m.phone);
    outsider = await memberAgent(t, (await buildMember(t, tree.u3)).phone);
  });

  const upload = (id: number, query: string, bytes: Buffer, headers: Record<string, string> = {}) =>
    editor.request('POST', `/api/courses/${id}/lessons/upload?${query}`, { raw: bytes }, headers);

  it('builds a course from an article, a video and a PDF, and refuses files that are not what they claim', async () => {
    const created = await editor.post('/api/courses', {
      unionId: tree.c1.id,
      title: '安全生产第一课',
      summary: '班组长必修',
      category: 'safety',
    });
    expect(created.statusCode, created.body).toBe(200);
    courseId = created.json().id;
    expect((await editor.post(`/api/courses/${courseId}/publish`)).json().error.code).toBe('COURSE_NO_LESSONS');

    const article = await editor.post(`/api/courses/${courseId}/lessons`, {
      title: '安全须知',
      body: '<p>进入车间<script>alert(1)</script>必须佩戴安全帽。<a href="javascript:alert(1)">点我</a></p>',
      seconds: 30,
    });
    expect(article.statusCode, article.body).toBe(200);
    const stored = article.json().lessons[0];
    expect(stored.body).not.toMatch(/script|javascript:/);
    expect(stored.body).toContain('必须佩戴安全帽');

    const up = await upload(courseId, `title=${encodeURIComponent('操作演示')}&kind=video`, video);
    expect(up.statusCode, up.body).toBe(200);
    const v = up.json().lessons[1];
    expect(v).toMatchObject({ position: 2, kind: 'video', seconds: 4, mediaBytes: video.length });
    // Served with byte ranges, so the player can seek.
    const part = await member.request('GET', v.mediaUrl, undefined, { range: 'bytes=0-99' });
    expect(part.statusCode).toBe(206);
    expect(part.headers['content-range']).toBe(`bytes 0-99/${video.length}`);
    expect(part.rawPayload.equals(video.subarray(0, 100))).toBe(true);

    // An executable renamed .mp4, a PDF sent as a video, a picture's ISO brand: refused, nothing added.
    const exe = Buffer.concat([Buffer.from('MZ\x90\0', 'latin1'), Buffer.alloc(200)]);
    for (const [query, bytes] of [
      ['title=x&kind=video', exe],
      ['title=x&kind=video', pdf],
      ['title=x&kind=pdf', video],
      ['title=x&kind=video', Buffer.concat([box('ftyp', Buffer.from('heic\0\0\0\0mif1heic', 'latin1'))])],
    ] as const) {
      const res = await upload(courseId, query, bytes);
      expect(res.json().error.code).toBe('LESSON_FILE_WRONG_TYPE');
    }
    // A video without a movie header has no length to count against.
    expect(
      (await upload(courseId, 'title=x&kind=video', Buffer.concat([ftyp, box('mdat', Buffer.alloc(64))]))).json().error
        .code,
    ).toBe('LESSON_VIDEO_UNREADABLE');
    // A 2 GB upload is refused by its declared length, before its body is read.
    const huge = await upload(courseId, 'title=x&kind=video', Buffer.from('x'), { 'content-length': String(2 ** 31) });
    expect(huge.statusCode).toBe(413);
    expect(huge.json().error.code).toBe('PAYLOAD_TOO_LARGE');

    const doc = await upload(courseId, `title=${encodeURIComponent('制度文件')}&kind=pdf&seconds=0`, pdf);
    expect(doc.statusCode, doc.body).toBe(200);
    const all = doc.json().lessons as Array<{ id: number; kind: 'article' | 'video' | 'pdf'; position: number }>;
    expect(all.map((l) => [l.position, l.kind])).toEqual([
      [1, 'article'],
      [2, 'video'],
      [3, 'pdf'],
    ]);
    for (const l of all) lessons[l.kind] = l.id;

    // Reordering keeps positions 1..n: the PDF first, then back last.
    const moved = await editor.post(`/api/courses/${courseId}/lessons/${lessons.pdf}/move`, { position: 1 });
    expect(moved.json().lessons.map((l: { kind: string }) => l.kind)).toEqual(['pdf', 'article', 'video']);
    const back = await editor.post(`/api/courses/${courseId}/lessons/${lessons.pdf}/move`, { position: 3 });
    expect(back.json().lessons.map((l: { kind: string }) => l.kind)).toEqual(['article', 'video', 'pdf']);

    // Not the sibling county's editor's, neither by id nor in their list.
    expect((await siblingEditor.get(`/api/courses/${courseId}`)).statusCode).toBe(404);
    expect((await siblingEditor.get('/api/courses')).json().items).toEqual([]);

    const published = await editor.post(`/api/courses/${courseId}/publish`);
    expect(published.json()).toMatchObject({ status: 'published', lessonCount: 3, actions: ['read', 'withdraw'] });
    expect((await upload(courseId, 'title=x&kind=pdf', pdf)).json().error.code).toBe('COURSE_NOT_EDITABLE');
  });

  it('shows the course to members of the subtree only, and asks for enrolment before a lesson opens', async () => {
    const mine = (await member.get('/api/me/courses')).json();
    expect(mine.items.map((c: { id: number }) => c.id)).toEqual([courseId]);
    expect(mine.items[0]).toMatchObject({ enrolled: false, lessonCount: 3, resumeLessonId: null, seatsOffer: null });
    expect((await outsider.get('/api/me/courses')).json().items).toEqual([]);
    expect((await outsider.get(`/api/me/courses/${courseId}`)).statusCode).toBe(404);
    expect((await outsider.post(`/api/me/lessons/${lessons.video}/open`)).statusCode).toBe(404);
    expect((await member.post(`/api/me/lessons/${lessons.video}/open`)).json().error.code).toBe('COURSE_NOT_ENROLLED');
    const enrolled = await member.post(`/api/me/courses/${courseId}/enrol`);
    expect(enrolled.json()).toMatchObject({ enrolled: true, completedLessons: 0, resumeLessonId: lessons.article });
    // Enrolling twice changes nothing.
    expect((await member.post(`/api/me/courses/${courseId}/enrol`)).statusCode).toBe(200);
    const [n] = await t.db.query<{ n: number }>(sql`select count(*)::int as n from course_enrolments
      where course_id = ${courseId}`);
    expect(n?.n).toBe(1);
  });

  it('counts a video as watched only by the time that passed here, and finishes it at exactly 90 %', async () => {
    const report = async (ms: number, positionSeconds: number) => {
      clock.advance(ms);
      const res = await member.post(`/api/me/lessons/${lessons.video}/progress`, { positionSeconds });
      expect(res.statusCode, res.body).toBe(200);
      return res.json() as { progress: { positionSeconds: number; creditedSeconds: number; completed: boolean } };
    };
    const credited = async () => {
      const [p] = await t.db.query<{ c: number }>(sql`select credited_seconds as c from lesson_progress
        where lesson_id = ${lessons.video}`);
      return Number(p?.c);
    };
    expect((await member.post(`/api/me/lessons/${lessons.video}/open`)).json()).toMatchObject({
      kind: 'video',
      progress: { positionSeconds: 0, creditedSeconds: 0, completed: false },
      nextLessonId: lessons.pdf,
    });
    await report(1000, 1); // watched 1 s
    await report(500, 4); // skipped to the end after half a second: 0.5 s
    expect(await credited()).toBe(1.5);
    await report(0, 0); // seeked back: nothing
    expect(await credited()).toBe(1.5);
    expect((await member.post(`/api/me/lessons/${lessons.video}/complete`)).json().error.code).toBe(
      'LESSON_NOT_FINISHED',
    );
    const below = await report(2000, 2); // 3.5 s of the 3.6 s needed (90 % of 4 s)
    expect(below.progress.completed).toBe(false);
    // Resuming: the course points back at this lesson and its position.
    const course = (await member.get(`/api/me/courses/${courseId}`)).json();
    expect(course.resumeLessonId).toBe(lessons.video);
    expect(course.lessons[1].progress).toMatchObject({ positionSeconds: 2, completed: false });
    const at = await report(100, 2.1);
    expect(at.progress.completed).toBe(true);
  });

  it('finishes an article only after its reading time, then issues one certificate with a checkable code', async () => {
    const opened = await member.post(`/api/me/lessons/${lessons.article}/open`);
    expect(opened.json().body).toContain('必须佩戴安全帽');
    clock.advance(29_999);
    expect((await member.post(`/api/me/lessons/${lessons.article}/complete`)).json().error.code).toBe(
      'LESSON_NOT_FINISHED',
    );
    clock.advance(1);
    const article = (await member.post(`/api/me/lessons/${lessons.article}/complete`)).json();
    expect(article).toMatchObject({ progress: { completed: true }, courseCompleted: false, certificateCode: null });

    await member.post(`/api/me/lessons/${lessons.pdf}/open`);
    const last = (await member.post(`/api/me/lessons/${lessons.pdf}/complete`)).json();
    expect(last.courseCompleted).toBe(true);
    const code = last.certificateCode as string;
    expect(code).toMatch(/^[0-9ABCDEFGHJKMNPQRSTVWXYZ]{12}$/);
    // Finishing again returns the same certificate.
    expect((await member.post(`/api/me/lessons/${lessons.pdf}/complete`)).json().certificateCode).toBe(code);

    const own = (await member.get(`/api/me/certificates/${code}`)).json();
    expect(own).toMatchObject({
      code,
      courseTitle: '安全生产第一课',
      unionName: tree.c1.name,
      name: memberName,
      lessons: 3,
    });
    // Study time: 3.6 s of video, 30 s of the article, 0 s of the PDF.
    expect(own.studySeconds).toBe(33);
    const checked = await new Agent(t).get(`/api/certificates/${code}`);
    expect(checked.json()).toMatchObject({ code, name: '张*明', courseTitle: '安全生产第一课' });
    expect((await outsider.get(`/api/me/certificates/${code}`)).statusCode).toBe(404);
    expect(
      (await member.get(`/api/certificates/${code.replace(/.$/, code.endsWith('0') ? '1' : '0')}`)).statusCode,
    ).toBe(404);

    const listed = (await member.get('/api/me/courses?mine=enrolled')).json().items[0];
    expect(listed).toMatchObject({ completedLessons: 3, certificateCode: code });
    expect(listed.completedAt).not.toBeNull();
    const console = (await editor.get(`/api/courses/${courseId}`)).json();
    expect(console).toMatchObject({ enrolled: 1, completed: 1 });
  });

  it('lets only holders of a place in the course offer enrol when seats are limited', async () => {
    const officer = await adminAgent(t, await buildAccount(t, { role: 'union_admin', union: tree.c1 }));
    const offer = async (kind: string) =>
      (
        await officer.post('/api/offers', {
          unionId: tree.c1.id,
          kind,
          mode: 'first_come',
          title: `${kind} 名额`,
          capacity: 1,
          opensAt: '2026-12-07T00:00:00Z',
          closesAt: '2026-12-20T00:00:00Z',
        })
      ).json().id as number;
    const voucher = await offer('voucher');
    const seats = await offer('course');
    const base = { unionId: tree.c1.id, title: '叉车操作培训', category: 'skills' };
    expect((await editor.post('/api/courses', { ...base, offerId: voucher })).json().error.code).toBe(
      'COURSE_OFFER_INVALID',
    );
    const c = (await editor.post('/api/courses', { ...base, offerId: seats })).json();
    await editor.post(`/api/courses/${c.id}/lessons`, { title: '第一课', body: '<p>叉车</p>' });
    await editor.post(`/api/courses/${c.id}/publish`);
    expect((await member.post(`/api/me/courses/${c.id}/enrol`)).json().error.code).toBe('COURSE_SEAT_REQUIRED');
    const [me] = await t.db.query<{ id: number }>(sql`select id from members where name = ${memberName}`);
    await t.db.query(sql`insert into claims (offer_id, member_id, idem_key, quantity, status)
      values (${seats}, ${me?.id}, 'course-seat', 1, 'confirmed')`);
    const enrolled = await member.post(`/api/me/courses/${c.id}/enrol`);
    expect(enrolled.json()).toMatchObject({ enrolled: true, seatsOffer: { id: seats, holding: true } });
  });

  it('records offline sessions with photos, refuses tomorrow, and adds them to the cockpit of the subtree only', async () => {
    const base = { unionId: tree.u1.id, kind: 'pre_shift', topic: '班前十分钟：防暑降温', attendees: 12 };
    // 2026-12-07 09:00 in China (and a little later): tomorrow is refused, today is taken.
    expect((await editor.post('/api/training-sessions', { ...base, heldOn: '2026-12-08' })).json().error.code).toBe(
      'TRAINING_DATE_FUTURE',
    );
    const today = await editor.post('/api/training-sessions', { ...base, heldOn: '2026-12-07' });
    expect(today.statusCode, today.body).toBe(200);
    const spring = await editor.post('/api/training-sessions', {
      ...base,
      kind: 'class',
      topic: '星火课堂',
      heldOn: '2026-03-01',
      attendees: 40,
    });
    const wrong = await editor.post(`/api/training-sessions/${spring.json().id}/photos`, { raw: pdf });
    expect(wrong.json().error.code).toBe('TRAINING_PHOTO_WRONG_TYPE');
    // Last year's session is listed but not counted in this year's figures.
    await editor.post('/api/training-sessions', { ...base, heldOn: '2025-12-31', attendees: 99 });
    await siblingEditor.post('/api/training-sessions', {
      ...base,
      unionId: tree.u3.id,
      heldOn: '2026-12-01',
      attendees: 7,
    });

    const id = today.json().id;
    const png = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.alloc(100, 1)]);
    for (let i = 0; i < 3; i++) {
      expect((await editor.post(`/api/training-sessions/${id}/photos`, { raw: png })).statusCode).toBe(200);
    }
    const fourth = await editor.post(`/api/training-sessions/${id}/photos`, { raw: png });
    expect(fourth.json().error.code).toBe('TRAINING_PHOTOS_FULL');

    const list = (await editor.get('/api/training-sessions')).json();
    expect(list.items.map((s: { heldOn: string; attendees: number }) => [s.heldOn, s.attendees])).toEqual([
      ['2026-12-07', 12],
      ['2026-03-01', 40],
      ['2025-12-31', 99],
    ]);
    expect(list.items[0].photoUrls).toHaveLength(3);
    const photo = await member.get(list.items[0].photoUrls[0]);
    expect(photo.rawPayload.equals(png)).toBe(true);

    expect((await editor.get('/api/training-sessions/summary')).json()).toEqual({
      sessions: 2,
      attendances: 52,
      byKind: [
        { kind: 'pre_shift', sessions: 1, attendances: 12 },
        { kind: 'class', sessions: 1, attendances: 40 },
        { kind: 'lecture', sessions: 0, attendances: 0 },
      ],
    });
    const figures = async (union: typeof tree.c1) => {
      const admin = await adminAgent(t, await buildAccount(t, { role: 'union_admin', union }));
      const all = (await admin.get('/api/cockpit/overview')).json().figures as Array<{ key: string; value: number }>;
      return Object.fromEntries(all.filter((f) => f.key.startsWith('courses.')).map((f) => [f.key, f.value]));
    };
    expect(await figures(tree.c1)).toEqual({
      'courses.enrolments': 2,
      'courses.certificates': 1,
      'courses.trainingSessions': 2,
      'courses.trainingAttendances': 52,
    });
    expect(await figures(tree.c2)).toEqual({
      'courses.enrolments': 0,
      'courses.certificates': 0,
      'courses.trainingSessions': 1,
      'courses.trainingAttendances': 7,
    });
    expect((await siblingEditor.delete(`/api/training-sessions/${id}`)).statusCode).toBe(404);
    expect((await editor.delete(`/api/training-sessions/${id}`)).json()).toEqual({ ok: true });
  });
});
