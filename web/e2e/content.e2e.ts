import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { adminSignIn, demoMemberPhone, launch, MEMBER_SLOT, smsSignIn, watchErrors } from './browser';

const base = inject('baseUrl');
// A real 1×1 PNG, so the browser can decode what the server serves back.
const onePixelPng = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==',
  'base64',
);
let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(() => browser?.close());

/** The texts the demo's SMS sender has "sent" to a masked phone, newest first. */
async function devTexts(maskedPhone: string): Promise<string[]> {
  const inbox = (await (await fetch(`${base}/api/dev/sms-inbox`)).json()) as {
    items: Array<{ phone: string; body: string }>;
  };
  return inbox.items.filter((m) => m.phone === maskedPhone).map((m) => m.body);
}

async function admin(username: string) {
  const page = await (await browser.newContext({ viewport: { width: 1440, height: 900 } })).newPage();
  const errors = watchErrors(page);
  await adminSignIn(page, base, username);
  return { page, errors };
}

describe('content in a browser', () => {
  it('a county article is written, reviewed by a second editor, and read by a member on the home', async () => {
    const title = `关于职工疗休养的政策解读 ${Date.now() % 100000}`;
    // The county admin writes a policy in the rich text editor and sends it for review.
    const { page: writer, errors: writerErrors } = await admin('longyou');
    await writer.getByRole('menuitem', { name: /内容管理/ }).click();
    await writer.getByTestId('article-new').click();
    const drawer = writer.getByRole('dialog').last();
    await drawer.getByRole('combobox').first().fill('龙游县总工会');
    await writer.locator('.ant-select-item-option', { hasText: '龙游县总工会（县区总工会）' }).first().click();
    await drawer.getByLabel('类别', { exact: true }).click();
    await writer.locator('.ant-select-item-option', { hasText: '政策法规' }).click();
    await drawer.getByLabel('标题', { exact: true }).fill(title);
    const body = drawer.getByRole('textbox', { name: '正文' });
    await body.click();
    await drawer.getByRole('button', { name: '大标题' }).click();
    await writer.keyboard.type('适用范围');
    await writer.keyboard.press('Enter');
    await writer.keyboard.type('全县在册会员每年可参加一次疗休养。');
    // A photo goes in through the editor's image button: uploaded, checked and stored by the server.
    await drawer
      .getByTestId('rte-image-file')
      .setInputFiles({ name: '现场.png', mimeType: 'image/png', buffer: onePixelPng });
    await expect.poll(() => drawer.locator('.a-rte-body img').count()).toBe(1);
    await drawer.getByTestId('article-save').click();
    await writer.getByText('草稿已保存，会员还看不到').waitFor();
    // The phone-width preview shows what was saved, heading included.
    await expect.poll(() => drawer.locator('.a-phone h2').innerText()).toBe('适用范围');
    await drawer.getByTestId('article-submit').click();
    await writer.getByText('已提交审核，另一位编辑审核通过后发布').waitFor();
    expect(await drawer.getByTestId('article-approve').count()).toBe(0);
    expect(writerErrors).toEqual([]);

    // The county's editor finds it on 待办 and approves it.
    const { page: reviewer, errors: reviewerErrors } = await admin('editor');
    const waiting = reviewer.getByTestId('desk-content.reviews');
    await waiting.waitFor();
    await waiting.getByRole('button', { name: '去处理' }).click();
    await reviewer.getByRole('button', { name: title }).click();
    await reviewer.getByTestId('article-approve').click();
    await reviewer
      .getByRole('button', { name: /确\s*定|OK/ })
      .last()
      .click();
    await reviewer.getByText('已审核通过并发布').first().waitFor();
    await expect
      .poll(() => reviewer.getByRole('dialog').last().locator('.ant-timeline').innerText())
      .toMatch(/创建草稿[\s\S]*提交审核[\s\S]*审核通过并发布/);
    expect(reviewerErrors).toEqual([]);

    // A member of a base union under the county sees it on the home, opens it, and it reads as written.
    const phone = await demoMemberPhone(base, MEMBER_SLOT.content);
    const member = await (
      await browser.newContext({ viewport: { width: 375, height: 800 }, isMobile: true, hasTouch: true })
    ).newPage();
    const memberErrors = watchErrors(member);
    await member.goto(`${base}/login`);
    await smsSignIn(member, phone);
    const news = member.getByTestId('home-news');
    await news.waitFor();
    await news.getByText(title).click();
    const article = member.getByTestId('news-article');
    await article.waitFor();
    expect(await article.locator('h2').innerText()).toBe('适用范围');
    expect(await article.innerText()).toContain('全县在册会员每年可参加一次疗休养。');
    const photo = article.locator('img');
    expect(await photo.getAttribute('src')).toMatch(/^\/media\/articles\/[A-Za-z0-9_-]{24}\.png$/);
    expect(await photo.getAttribute('alt')).toBe('现场');
    await expect.poll(() => photo.evaluate((img) => (img as HTMLImageElement).naturalWidth)).toBe(1);
    await member.getByTestId('page-back').click();
    await member.getByTestId('home-news').waitFor();
    // Search in Chinese finds it by a word of its title, marked.
    await member.goto(`${base}/news`);
    const box = member.getByRole('searchbox').or(member.locator('.adm-search-bar input')).first();
    await box.fill('疗休养');
    await box.press('Enter');
    const hit = member.getByTestId('news-list').locator('.adm-list-item', { hasText: title });
    await hit.waitFor();
    expect(await hit.locator('mark').first().innerText()).toBe('疗休养');
    await box.fill('没有这样的词语');
    await box.press('Enter');
    await member.getByText('没有找到与“没有这样的词语”相关的资讯').waitFor();
    expect(memberErrors).toEqual([]);
  });

  it('a county sends a document down and reminds by text; a base union signs and replies from its desk', async () => {
    const title = `关于报送职工之家建设情况的通知 ${Date.now() % 100000}`;
    // The riders' union's officer gives a phone for reminders on the security page, proved by the texted code.
    const { page: base, errors: baseErrors } = await admin('rider-officer');
    await base.getByRole('menuitem', { name: /账号安全/ }).click();
    await base.getByRole('button', { name: '设置手机号' }).click();
    await base.getByLabel('手机号').fill('13966660001');
    await base.getByRole('button', { name: '发送验证码' }).click();
    await base.getByText('验证码已发送').waitFor();
    const code = (await devTexts('139****0001')).map((b) => b.match(/验证码 (\d{6})/)?.[1]).find(Boolean) ?? '';
    await base.getByLabel('短信验证码').fill(code);
    await base.getByTestId('reminder-phone-save').click();
    await expect.poll(() => base.getByTestId('reminder-phone').innerText()).toBe('139****0001');

    const { page: county, errors: countyErrors } = await admin('longyou');
    await county.getByRole('menuitem', { name: /公文/ }).click();
    await county.getByTestId('document-new').click();
    const composer = county.getByRole('dialog').last();
    await composer.getByRole('combobox').first().fill('龙游县总工会');
    await county.locator('.ant-select-item-option', { hasText: '龙游县总工会（县区总工会）' }).first().click();
    await composer.getByLabel('标题', { exact: true }).fill(title);
    await composer.getByRole('textbox', { name: '正文' }).click();
    await county.keyboard.type('请各基层工会报送本单位职工之家建设情况。');
    await composer.getByLabel('需要回复').click();
    await composer.getByLabel('办理期限（工作日）').fill('3');
    await composer.getByTestId('document-send').click();
    await county.getByText('已下发，收文单位的待办中会出现这份公文').waitFor();

    // One click reminds every union not done: the officer's phone gets the text.
    await county.reload();
    await county.locator('.ant-radio-button-wrapper', { hasText: '发文' }).click();
    await county.getByText(title).click();
    await county.getByRole('dialog').last().getByTestId('document-remind').click();
    await county.getByText(/^已催办 \d+ 家单位，短信提醒 1 人/).waitFor();
    await expect.poll(async () => (await devTexts('139****0001')).some((b) => b.includes(title))).toBe(true);
    expect(countyErrors).toEqual([]);

    // The officer finds it on 待办, signs for it and replies.
    await base.getByRole('menuitem', { name: /待办/ }).first().click();
    const waiting = base.getByTestId('desk-documents.inbox');
    await waiting.waitFor();
    await waiting.getByRole('button', { name: '去处理' }).click();
    await base.getByText(title).click();
    const drawer = base.getByRole('dialog').last();
    await drawer.getByTestId('document-sign').click();
    await base.getByText('已签收').first().waitFor();
    await drawer.getByRole('textbox', { name: '回复内容' }).fill('本单位已建成职工之家 1 个');
    await drawer.getByTestId('document-reply').click();
    await base.getByText('已回复，发文单位可以看到').waitFor();
    expect(baseErrors).toEqual([]);

    // The county sees the reply on its board.
    await county.reload();
    await county.locator('.ant-radio-button-wrapper', { hasText: '发文' }).click();
    await county.getByText(title).click();
    const board = county.getByRole('dialog').last();
    await expect.poll(() => board.locator('.ant-table').innerText()).toContain('本单位已建成职工之家 1 个');
  });
});
