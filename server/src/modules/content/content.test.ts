import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  type Agent,
  adminAgent,
  auditRows,
  buildAccount,
  buildMember,
  dbKinds,
  memberAgent,
} from '../../../test/harness.js';
import { useWorld } from '../../../test/world.js';
import { sql } from '../../platform/sql.js';
import { MAX_IMAGES_PER_DAY } from './content.images.js';
import { SEARCH_WINDOW } from './content.reading.js';

describe.each(dbKinds)('articles on %s', (kind) => {
  const { t, tree, clock } = useWorld(kind, { clock: new Date('2026-12-01T02:00:00Z') });
  let countyEditor: Agent;
  let secondEditor: Agent;
  let u1Editor: Agent;
  let u2Editor: Agent;
  let reader: Agent;
  let siblingReader: Agent;
  let readerId: number;
  beforeAll(async () => {
    countyEditor = await adminAgent(t, await buildAccount(t, { role: 'editor', union: tree.c1 }));
    secondEditor = await adminAgent(t, await buildAccount(t, { role: 'editor', union: tree.c1 }));
    u1Editor = await adminAgent(t, await buildAccount(t, { role: 'editor', union: tree.u1 }));
    u2Editor = await adminAgent(t, await buildAccount(t, { role: 'editor', union: tree.u2 }));
    const m = await buildMember(t, tree.u1);
    readerId = m.id;
    reader = await memberAgent(t, m.phone);
    siblingReader = await memberAgent(t, (await buildMember(t, tree.u2)).phone);
  });

  const draft = (unionId: number, extra: Record<string, unknown> = {}) => ({
    unionId,
    kind: 'notice',
    title: '关于开展职工疗休养的通知',
    bodyHtml: '<p>各基层工会：今年疗休养报名即日开始。</p>',
    ...extra,
  });
  const titles = async (agent: Agent, query = '') =>
    ((await agent.get(`/api/me/articles${query}`)).json().items as Array<{ title: string }>).map((a) => a.title);
  /** A base union's article: its editor publishes at once (no review below the county). */
  const published = async (title: string, extra: Record<string, unknown> = {}) => {
    const created = (await u1Editor.post('/api/articles', draft(tree.u1.id, { title, ...extra }))).json();
    const res = await u1Editor.post(`/api/articles/${created.id}/publish`);
    expect(res.json().status).toBe('published');
    return created.id as number;
  };

  it('attaches documents by their bytes up to exactly 20 MB, and serves them to editors and readers only', async () => {
    const created = (await u1Editor.post('/api/articles', draft(tree.u1.id, { title: '疗休养报名通知' }))).json();
    const attach = (name: string, bytes: Buffer, headers: Record<string, string> = {}) =>
      u1Editor.request(
        'POST',
        `/api/articles/${created.id}/attachments?name=${encodeURIComponent(name)}`,
        { raw: bytes },
        headers,
      );
    const pdf = Buffer.concat([Buffer.from('%PDF-1.7\n'), Buffer.alloc(20 * 1024 * 1024 - 9, 0x20)]);
    expect(pdf.length).toBe(20 * 1024 * 1024);
    const first = await attach('疗休养报名表.pdf', pdf);
    expect(first.statusCode, first.body).toBe(200);
    // A workbook named .xls downloads as what its bytes are: .xlsx.
    const book = new ExcelJS.Workbook();
    book.addWorksheet('报名').addRow(['姓名', '单位']);
    const xlsx = Buffer.from(await book.xlsx.writeBuffer());
    const second = (await attach('报名汇总.xls', xlsx)).json();
    expect(
      second.attachments.map((a: { name: string; mediaType: string; bytes: number }) => [a.name, a.bytes]),
    ).toEqual([
      ['疗休养报名表.pdf', pdf.length],
      ['报名汇总.xlsx', xlsx.length],
    ]);
    // One byte over, an executable renamed .pdf, a ZIP that is no Office document: refused, nothing added.
    const over = await attach('大.pdf', Buffer.from('x'), { 'content-length': String(20 * 1024 * 1024 + 1) });
    expect([over.statusCode, over.json().error.code]).toEqual([413, 'PAYLOAD_TOO_LARGE']);
    const exe = Buffer.concat([Buffer.from('MZ\x90\0', 'latin1'), Buffer.alloc(100)]);
    expect((await attach('说明.pdf', exe)).json().error.code).toBe('ARTICLE_ATTACHMENT_TYPE');
    const zip = Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), Buffer.alloc(26), Buffer.from('notes.txt')]);
    expect((await attach('资料.zip', zip)).json().error.code).toBe('ARTICLE_ATTACHMENT_TYPE');
    expect((await u1Editor.get(`/api/articles/${created.id}`)).json().attachments).toHaveLength(2);

    await u1Editor.post(`/api/articles/${created.id}/publish`);
    // Published: the article (and its attachments) can no longer change.
    expect((await attach('再加.pdf', Buffer.from('%PDF-1.4'))).statusCode).toBe(403);
    const read = (await reader.get(`/api/me/articles/${created.id}`)).json();
    const [pdfId, xlsxId] = read.attachments.map((a: { id: number }) => a.id);
    const download = await reader.get(`/api/articles/${created.id}/attachments/${xlsxId}`);
    expect(download.statusCode).toBe(200);
    expect(download.headers['content-type']).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    expect(download.headers['content-disposition']).toBe(
      `attachment; filename="file"; filename*=UTF-8''${encodeURIComponent('报名汇总.xlsx')}`,
    );
    expect(download.rawPayload.equals(xlsx)).toBe(true);
    // Another base union's member and editor do not even learn that it exists.
    expect((await siblingReader.get(`/api/articles/${created.id}/attachments/${pdfId}`)).statusCode).toBe(404);
    expect((await u2Editor.get(`/api/articles/${created.id}/attachments/${pdfId}`)).statusCode).toBe(404);
    // An attachment id of another article is not found through this one.
    expect((await reader.get(`/api/articles/${created.id + 1}/attachments/${pdfId}`)).statusCode).toBe(404);
    expect(
      (await auditRows(t, 'article.attachment_add')).filter((a) => a.target_id === String(created.id)),
    ).toHaveLength(2);
  });

  it('keeps at most ten attachments and removes one while the article is a draft', async () => {
    const created = (await u1Editor.post('/api/articles', draft(tree.u1.id, { title: '附件上限' }))).json();
    const url = `/api/articles/${created.id}/attachments?name=${encodeURIComponent('表.pdf')}`;
    for (let i = 0; i < 10; i++) {
      expect((await u1Editor.post(url, { raw: `%PDF-1.4 ${i}` })).statusCode).toBe(200);
    }
    expect((await u1Editor.post(url, { raw: '%PDF-1.4 11' })).json().error.code).toBe('ARTICLE_ATTACHMENTS_FULL');
    const all = (await u1Editor.get(`/api/articles/${created.id}`)).json().attachments as Array<{ id: number }>;
    const left = await u1Editor.delete(`/api/articles/${created.id}/attachments/${all[0]?.id}`);
    expect(left.json().attachments.map((a: { id: number }) => a.id)).toEqual(all.slice(1).map((a) => a.id));
    expect((await u1Editor.post(url, { raw: '%PDF-1.4 again' })).statusCode).toBe(200);
  });

  it('stores only the allow-listed HTML: no script, no javascript: link, no image from another host', async () => {
    const res = await u1Editor.post(
      '/api/articles',
      draft(tree.u1.id, {
        bodyHtml:
          '<h1>标题</h1><p onclick="steal()">正文<script>alert(1)</script></p>' +
          '<a href="javascript:alert(1)">点我</a><a href="https://www.acftu.org/">全总</a>' +
          '<img src="https://evil.example/x.png" onerror="alert(1)"><style>p{display:none}</style>',
      }),
    );
    expect(res.statusCode).toBe(200);
    expect(res.json().bodyHtml).toBe(
      '<h2>标题</h2><p>正文</p><a target="_blank" rel="noopener noreferrer nofollow">点我</a>' +
        '<a href="https://www.acftu.org/" target="_blank" rel="noopener noreferrer nofollow">全总</a>',
    );
    // The summary is the text of the body when none is given.
    expect(res.json().summary).toBe('标题 正文 点我全总');
  });

  it('takes JPEG and PNG images by their bytes, keeps only its own in articles, and serves them with ranges', async () => {
    const png = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.alloc(992, 7)]);
    const up = await u1Editor.post('/api/articles/images', { raw: png });
    expect(up.statusCode).toBe(200);
    const url = up.json().url as string;
    expect(url).toMatch(/^\/media\/articles\/[A-Za-z0-9_-]{24}\.png$/);
    // A renamed executable, an SVG, an empty body and a member are refused; nothing is stored for them.
    const before = await t.db.query(sql`select id from article_images`);
    expect((await u1Editor.post('/api/articles/images', { raw: 'MZ\x90\x00 not an image' })).json().error.code).toBe(
      'ARTICLE_IMAGE_TYPE',
    );
    expect((await u1Editor.post('/api/articles/images', { raw: '<svg onload="alert(1)"/>' })).statusCode).toBe(415);
    expect((await u1Editor.post('/api/articles/images', { raw: '' })).json().error.code).toBe('FILE_EMPTY');
    expect((await reader.post('/api/articles/images', { raw: png })).statusCode).toBe(403);
    expect(await t.db.query(sql`select id from article_images`)).toHaveLength(before.length);
    // Exactly at the day's limit the next one waits until tomorrow.
    const editorId = (await u1Editor.get('/api/auth/session')).json().account.id as number;
    await t.db.query(sql`insert into article_images (key, media_type, size_bytes, sha256, uploaded_by, created_at)
      select 'articles/limit' || g || 'aaaaaaaaaaaaaaaaaaaa.png', 'image/png', 1, 'x', ${editorId}, ${clock.now()}
      from generate_series(2, ${MAX_IMAGES_PER_DAY}) g`);
    const limited = await u1Editor.post('/api/articles/images', { raw: png });
    expect(limited.json().error).toMatchObject({ code: 'RATE_LIMITED' });
    await t.db.query(sql`delete from article_images where key like 'articles/limit%'`);
    // One byte over 5 MB is refused before it is read.
    const big = Buffer.concat([png, Buffer.alloc(5 * 1024 * 1024 - png.length + 1)]);
    expect((await u1Editor.post('/api/articles/images', { raw: big })).statusCode).toBe(413);
    // Whole, cached for a year, then a range (how a video will seek), then a range past the end.
    const whole = await reader.get(url);
    expect(whole.statusCode).toBe(200);
    expect(whole.headers['content-type']).toBe('image/png');
    expect(whole.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(whole.rawPayload.equals(png)).toBe(true);
    const part = await reader.request('GET', url, undefined, { range: 'bytes=8-11' });
    expect(part.statusCode).toBe(206);
    expect(part.headers['content-range']).toBe('bytes 8-11/1000');
    expect([...part.rawPayload]).toEqual([7, 7, 7, 7]);
    expect((await reader.request('GET', url, undefined, { range: 'bytes=1000-' })).statusCode).toBe(416);
    const tail = await reader.request('GET', url, undefined, { range: 'bytes=-2' });
    expect(tail.headers['content-range']).toBe('bytes 998-999/1000');
    // A header this server does not use (two ranges, a backwards one) is ignored: the whole image, 200.
    for (const ignored of ['bytes=0-1,5-6', 'bytes=9-3', 'items=0-1'])
      expect((await reader.request('GET', url, undefined, { range: ignored })).statusCode).toBe(200);
    expect((await reader.get('/media/articles/AAAAAAAAAAAAAAAAAAAAAAAA.png')).statusCode).toBe(404);
    // In an article: the platform's own image stays, another host's goes.
    const res = await u1Editor.post(
      '/api/articles',
      draft(tree.u1.id, { bodyHtml: `<p>图</p><img src="${url}" alt="现场"><img src="https://evil.example${url}">` }),
    );
    expect(res.json().bodyHtml).toBe(`<p>图</p><img src="${url}" alt="现场" />`);
  });

  it('refuses a body that is nothing once made safe, and stores nothing', async () => {
    const before = await t.db.query(sql`select id from articles`);
    const res = await u1Editor.post(
      '/api/articles',
      draft(tree.u1.id, { bodyHtml: '<script>alert(1)</script><img src=x>' }),
    );
    expect(res.statusCode).toBe(400);
    expect(res.json().error).toMatchObject({ code: 'ARTICLE_EMPTY', field: 'bodyHtml' });
    expect(await t.db.query(sql`select id from articles`)).toHaveLength(before.length);
  });

  it('refuses to write for a union outside the editor’s subtree, like a missing one', async () => {
    // U1 and U2 are siblings whose ids share a prefix; U2's editor cannot write for U1, nor read U1's drafts.
    const res = await u2Editor.post('/api/articles', draft(tree.u1.id));
    expect(res.statusCode).toBe(404);
    const mine = (await u1Editor.post('/api/articles', draft(tree.u1.id, { title: 'U1 的草稿' }))).json();
    expect((await u2Editor.get(`/api/articles/${mine.id}`)).statusCode).toBe(404);
    expect((await u2Editor.post(`/api/articles/${mine.id}/publish`)).statusCode).toBe(404);
    const listed = (await u2Editor.get('/api/articles?pageSize=100')).json().items as Array<{ id: number }>;
    expect(listed.map((a) => a.id)).not.toContain(mine.id);
    expect((await reader.post('/api/articles', draft(tree.u1.id))).statusCode).toBe(403);
  });

  it('a county article needs a second editor: not its own sender; history and audit follow every step', async () => {
    const created = (
      await countyEditor.post('/api/articles', draft(tree.c1.id, { kind: 'policy', title: '县级政策' }))
    ).json();
    expect(created).toMatchObject({ status: 'draft', needsReview: true, actions: expect.arrayContaining(['submit']) });
    expect(created.actions).not.toContain('publish');
    const direct = await countyEditor.post(`/api/articles/${created.id}/publish`);
    expect(direct.json().error.code).toBe('ARTICLE_REVIEW_REQUIRED');
    expect((await countyEditor.post(`/api/articles/${created.id}/submit`)).json().status).toBe('in_review');
    // The sender neither approves nor sends back; they see nothing to review, the second editor sees one.
    expect((await countyEditor.post(`/api/articles/${created.id}/approve`)).json().error.code).toBe(
      'ARTICLE_OWN_REVIEW',
    );
    expect((await countyEditor.get('/api/pending')).json().counts['content.reviews']).toBe(0);
    expect((await secondEditor.get('/api/pending')).json().counts['content.reviews']).toBe(1);
    expect(await titles(reader)).not.toContain('县级政策');
    const rejected = await secondEditor.post(`/api/articles/${created.id}/reject`, { reason: '请补充政策依据' });
    expect(rejected.json().status).toBe('draft');
    await countyEditor.post(`/api/articles/${created.id}/submit`);
    const approved = (await secondEditor.post(`/api/articles/${created.id}/approve`)).json();
    expect(approved.status).toBe('published');
    expect(approved.events.map((e: { kind: string }) => e.kind)).toEqual([
      'created',
      'submitted',
      'rejected',
      'submitted',
      'approved',
    ]);
    expect(approved.events[2].reason).toBe('请补充政策依据');
    expect(await titles(reader)).toContain('县级政策');
    expect((await auditRows(t, 'article.approve')).map((r) => r.target_id)).toContain(String(created.id));
  });

  it('shows members what their union and those above publish, never a sibling’s, pinned then newest', async () => {
    await published('旧闻');
    clock.advance(60_000);
    await published('新闻');
    clock.advance(60_000);
    await published('置顶公告', { pinned: true });
    clock.advance(60_000);
    const mine = await titles(reader);
    const order = mine.filter((x) => ['旧闻', '新闻', '置顶公告'].includes(x));
    expect(order).toEqual(['置顶公告', '新闻', '旧闻']);
    expect(mine[0]).toBe('置顶公告');
    // U2 is U1's sibling (ids sharing a prefix): its member sees none of U1's articles, but the county's policy.
    const theirs = await titles(siblingReader);
    expect(theirs).not.toContain('新闻');
    expect(theirs).toContain('县级政策');
  });

  it('narrows the audience by category and tag, and shows an article from its time until it expires', async () => {
    await published('骑手专享', { audienceCategories: ['rider'] });
    await published('有标签的才看得到', { audienceTags: ['劳模'] });
    await published('明天发布', { publishAt: new Date(clock.now().getTime() + 86_400_000).toISOString() });
    await published('一小时后下线', { expiresAt: new Date(clock.now().getTime() + 3_600_000).toISOString() });
    let seen = await titles(reader);
    expect(seen).not.toContain('骑手专享');
    expect(seen).not.toContain('有标签的才看得到');
    expect(seen).not.toContain('明天发布');
    expect(seen).toContain('一小时后下线');
    await t.db.query(sql`update members set category = 'rider', tags = '{劳模}' where id = ${readerId}`);
    clock.advance(3_600_000); // exactly at the expiry: gone
    seen = await titles(reader);
    expect(seen).toContain('骑手专享');
    expect(seen).toContain('有标签的才看得到');
    expect(seen).not.toContain('一小时后下线');
    clock.advance(86_400_000 - 3_600_000); // exactly at the publish time: shown
    expect(await titles(reader)).toContain('明天发布');
  });

  it('counts a member’s read once, and a withdrawn article leaves the list; an edit makes it a draft again', async () => {
    const id = await published('读一次');
    const opened = await reader.get(`/api/me/articles/${id}`);
    expect(opened.json()).toMatchObject({
      title: '读一次',
      read: true,
      bodyHtml: '<p>各基层工会：今年疗休养报名即日开始。</p>',
    });
    await reader.get(`/api/me/articles/${id}`);
    expect((await u1Editor.get(`/api/articles/${id}`)).json().reads).toBe(1);
    expect((await siblingReader.get(`/api/me/articles/${id}`)).statusCode).toBe(404);
    const edit = await u1Editor.put(`/api/articles/${id}`, draft(tree.u1.id, { title: '读一次（改）' }));
    expect(edit.json().error.code).toBe('ARTICLE_NOT_EDITABLE');
    expect((await u1Editor.post(`/api/articles/${id}/withdraw`)).json().status).toBe('withdrawn');
    expect(await titles(reader)).not.toContain('读一次');
    expect((await reader.get(`/api/me/articles/${id}`)).statusCode).toBe(404);
    const edited = (await u1Editor.put(`/api/articles/${id}`, draft(tree.u1.id, { title: '读一次（改）' }))).json();
    expect(edited).toMatchObject({ status: 'draft', title: '读一次（改）' });
  });

  it('finds articles by Chinese words: a compound finds its parts, two-character words work, best first', async () => {
    await published('疗休养政策解读', { bodyHtml: '<p>全县在册会员每年可参加一次疗休养和体检。</p>' });
    await published('工会会员服务指南', { bodyHtml: '<p>工会会员可以享受普惠服务。</p>' });
    await published('无关的通知', { bodyHtml: '<p>停车场维修。</p>' });
    const search = async (q: string, agent = reader) => {
      const res = await agent.get(`/api/me/articles?q=${encodeURIComponent(q)}`);
      expect(res.statusCode).toBe(200);
      return res.json().items as Array<{ title: string; words: string[] }>;
    };
    // "工会会员" is cut into 工会 + 会员: it finds the article that says only 会员, below the one that says both.
    // Editors search their subtree's articles the same way.
    const editorsFind = (await u1Editor.get(`/api/articles?q=${encodeURIComponent('体检')}`)).json().items;
    expect(editorsFind.map((a: { title: string }) => a.title)).toEqual(['疗休养政策解读']);
    const found = await search('工会会员');
    const titles = found.map((a) => a.title);
    expect(titles).toContain('疗休养政策解读');
    expect(titles.indexOf('工会会员服务指南')).toBeLessThan(titles.indexOf('疗休养政策解读'));
    expect(titles).not.toContain('无关的通知');
    expect(found[0]?.words).toEqual(['工会会员', '工会', '会员']);
    // A two-character word, and full-width input from an IME.
    expect((await search('体检')).map((a) => a.title)).toEqual(['疗休养政策解读']);
    expect((await search('ＡＢＣ停车场')).map((a) => a.title)).toEqual(['无关的通知']);
    // Query syntax is only text; nothing found is an empty page, not an error.
    expect(await search("会员' & ! | (")).not.toHaveLength(0);
    expect(await search('！？')).toEqual([]);
    // Search stays within the member's audience: U2's member finds none of U1's articles.
    expect((await search('体检', siblingReader)).map((a) => a.title)).toEqual([]);
  });

  it('adds this year’s articles and reads of a subtree to its cockpit, and nothing of a sibling’s', async () => {
    const figures = async (agent: Agent) =>
      Object.fromEntries(
        ((await agent.get('/api/cockpit/overview')).json().figures as Array<{ key: string; value: number }>)
          .filter((f) => f.key.startsWith('content.'))
          .map((f) => [f.key, f.value]),
      );
    const c1Admin = await adminAgent(t, await buildAccount(t, { role: 'union_admin', union: tree.c1 }));
    const c2Admin = await adminAgent(t, await buildAccount(t, { role: 'union_admin', union: tree.c2 }));
    const c1Before = await figures(c1Admin);
    expect(await figures(c2Admin)).toEqual({ 'content.articlesPublished': 0, 'content.articleReads': 0 });
    const u3Editor = await adminAgent(t, await buildAccount(t, { role: 'editor', union: tree.u3 }));
    const u3Reader = await memberAgent(t, (await buildMember(t, tree.u3)).phone);
    const ids: number[] = [];
    for (const title of ['乙县公告一', '乙县公告二']) {
      const created = (await u3Editor.post('/api/articles', draft(tree.u3.id, { title }))).json();
      await u3Editor.post(`/api/articles/${created.id}/publish`);
      ids.push(created.id);
    }
    await u3Editor.post(`/api/articles/${ids[1]}/withdraw`);
    await u3Reader.get(`/api/me/articles/${ids[0]}`);
    await u3Reader.get(`/api/me/articles/${ids[0]}`);
    expect(await figures(c2Admin)).toEqual({ 'content.articlesPublished': 1, 'content.articleReads': 1 });
    expect(await figures(c1Admin)).toEqual(c1Before);
  });

  it('refuses an expiry before the publish time, or in the past, and an unknown kind', async () => {
    const at = clock.now().getTime();
    for (const schedule of [
      { publishAt: new Date(at + 7_200_000).toISOString(), expiresAt: new Date(at + 3_600_000).toISOString() },
      { expiresAt: new Date(at - 1000).toISOString() },
      { expiresAt: new Date(at).toISOString() },
    ]) {
      const res = await u1Editor.post('/api/articles', draft(tree.u1.id, schedule));
      expect(res.json().error.code).toBe('ARTICLE_BAD_SCHEDULE');
    }
    expect((await u1Editor.post('/api/articles', draft(tree.u1.id, { kind: 'ad' }))).statusCode).toBe(400);
  });
});

// A broad word is in half of all articles: a search ranks only the newest SEARCH_WINDOW matches, and counts at most
// that many, so its cost stops growing with the archive (bench:content).
describe.each(dbKinds)('article search over a large archive on %s', (kind) => {
  const { t, tree, clock } = useWorld(kind, { clock: new Date('2026-12-01T02:00:00Z') });

  it('ranks the newest thousand matches and counts at most a thousand', async () => {
    const editor = await buildAccount(t, { role: 'editor', union: tree.u1 });
    const reader = await memberAgent(t, (await buildMember(t, tree.u1)).phone);
    const at = clock.now().getTime();
    // Every article says 会员 once in its body; the oldest of all, just outside the window, also has it in its title,
    // which would rank it first if the whole archive were ranked. The newest 1,000 include one titled match too.
    const write = (title: string, minutesAgo: number, titled: boolean) => sql`(${tree.u1.id}, ${tree.u1.path}, 'news',
      ${title}, '<p>会员</p>', 'published', ${editor.id}, ${new Date(at - minutesAgo * 60_000)},
      ${titled ? sql`setweight(to_tsvector('simple', '会员'), 'A') || ` : sql``}setweight(to_tsvector('simple', '会员'), 'B'))`;
    const rows = [write('会员之家', SEARCH_WINDOW + 5, true), write('会员日', 500, true)];
    for (let k = 1; k <= SEARCH_WINDOW; k++) if (k !== 500) rows.push(write(`通知第${k}期`, k, false));
    await t.db.query(sql`insert into articles (union_id, union_path, kind, title, body_html, status,
      author_account_id, published_at, search_vector) values ${sql.join(rows)}`);

    const page = (await reader.get(`/api/me/articles?q=${encodeURIComponent('会员')}&pageSize=3`)).json();
    expect(page.total).toBe(SEARCH_WINDOW);
    // Best first among the window: the titled match 500 minutes old, then the newest of the rest.
    expect(page.items.map((a: { title: string }) => a.title)).toEqual(['会员日', '通知第1期', '通知第2期']);
    // The last page ends at the window: its last item is the 1,000th newest, and the titled article beyond is absent.
    const last = (await reader.get(`/api/me/articles?q=${encodeURIComponent('会员')}&pageSize=100&page=10`)).json();
    expect(last.items).toHaveLength(100);
    expect(last.items.at(-1).title).toBe(`通知第${SEARCH_WINDOW}期`);
    // Below the window the count is exact: 体检 is in no article.
    expect((await reader.get(`/api/me/articles?q=${encodeURIComponent('体检')}`)).json().total).toBe(0);
  });
});
