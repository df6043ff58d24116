// Demo articles of 龙游县总工会, so the member home's 工会资讯 and the console's 内容管理 are not empty in a demo:
// written by the demo editor and approved by the county's admin (a county's articles need a second editor).
// The bodies go through the same sanitiser as an editor's.
import { sanitizeArticleHtml, textOf } from '../modules/content/content.sanitize.js';
import { articleVector } from '../modules/content/content.search.js';
import type { Queryable } from '../platform/db.js';
import { sql } from '../platform/sql.js';

const articles: Array<{
  kind: string;
  title: string;
  summary: string;
  body: string;
  pinned?: boolean;
  daysAgo: number;
}> = [
  {
    kind: 'notice',
    title: '关于开展冬季“送温暖”活动的通知',
    summary: '各基层工会摸排困难职工和新就业形态劳动者，12 月底前报送名单。',
    pinned: true,
    daysAgo: 1,
    body:
      '<p>各乡镇（街道）总工会、各基层工会：</p><p>为把党和政府的关怀送到职工心坎上，县总工会决定开展冬季“送温暖”活动。</p>' +
      '<h2>一、走访对象</h2><ul><li>因病、因灾、因意外致困的职工家庭；</li><li>外卖骑手、快递员、网约车司机等新就业形态劳动者；</li>' +
      '<li>坚守一线的环卫、交通、电力等岗位职工。</li></ul><h2>二、工作要求</h2><p>请于 12 月 31 日前在管理后台报送走访名单，' +
      '困难职工可在“智工”应用“帮扶救助”中直接申请。</p>',
  },
  {
    kind: 'guide',
    title: '新就业形态劳动者入会指引',
    summary: '扫码即可申请入会，审核通过后电子会员证立即生效。',
    daysAgo: 5,
    body:
      '<p>外卖骑手、快递员、网约车司机、货车司机、家政服务员都可以加入工会。</p><h2>怎么入会</h2>' +
      '<ol><li>用手机扫描所在站点或联合工会的入会二维码；</li><li>填写姓名、身份证号和从事的行业；</li>' +
      '<li>工会审核通过后，短信通知您，电子会员证随即生效。</li></ol><blockquote>入会自愿，会费按规定缴纳，' +
      '困难会员可申请减免。</blockquote>',
  },
  {
    kind: 'news',
    title: '县总工会为户外劳动者送上冬季“暖心包”',
    summary: '首批 500 份暖心包送到骑手驿站，内含护膝、手套和防风面罩。',
    daysAgo: 9,
    body:
      '<p>近日，县总工会在城区爱心驿站为户外劳动者发放首批 500 份冬季“暖心包”，内含护膝、手套和防风面罩。</p>' +
      '<p>驿站提供饮水、热饭、充电和休息，全天开放。会员在“智工”应用中可查看附近驿站。</p>',
  },
];

export async function seedContent(db: Queryable, longyou: { id: number; path: string }) {
  const [editor] = await db.query<{ id: number }>(sql`select id from accounts where username = 'editor'`);
  const [reviewer] = await db.query<{ id: number }>(sql`select id from accounts where username = 'longyou'`);
  if (!editor || !reviewer) return;
  for (const a of articles) {
    const at = new Date(Date.now() - a.daysAgo * 86_400_000);
    await db.query(sql`insert into articles (union_id, union_path, kind, title, summary, body_html, pinned, status,
        author_account_id, submitted_by, reviewed_by, published_at, created_at, updated_at, search_vector)
      values (${longyou.id}, ${longyou.path}, ${a.kind}, ${a.title}, ${a.summary}, ${sanitizeArticleHtml(a.body)},
        ${a.pinned ?? false}, 'published', ${editor.id}, ${editor.id}, ${reviewer.id}, ${at}, ${at}, ${at},
        ${articleVector(a.title, `${a.summary} ${textOf(a.body)}`)})`);
  }
}
