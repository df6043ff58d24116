// 学堂 in a browser: the county's editor builds a course from a real MP4 uploaded with progress and publishes it; a
// member enrols under 服务, watches the video to the end (the server counts the time), and gets a certificate that
// names them; the certificate's code checks out on the public page with the name masked.
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { adminSignIn, demoMemberPhone, launch, MEMBER_SLOT, memberOnPhone, watchErrors } from './browser';

const base = inject('baseUrl');
const video = path.join(import.meta.dirname, '../../server/test/fixtures/lesson.mp4');
let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(() => browser?.close());

describe('学堂 in a browser', () => {
  it('an editor publishes a video course; a member completes the lesson and gets a checkable certificate', async () => {
    const title = `安全操作视频课${Date.now() % 100000}`;
    const editor = await (await browser.newContext({ viewport: { width: 1440, height: 900 } })).newPage();
    const editorErrors = watchErrors(editor);
    await adminSignIn(editor, base, 'editor');
    await editor.getByRole('menuitem', { name: /学堂课程/ }).click();
    await editor.getByTestId('course-new').click();
    const form = editor.getByRole('dialog').last();
    await form.getByRole('combobox').first().fill('龙游县总工会');
    await editor.locator('.ant-select-item-option', { hasText: '龙游县总工会（县区总工会）' }).first().click();
    await editor.getByTestId('course-title').fill(title);
    await editor.getByTestId('course-create').click();
    // The new course opens in its drawer: upload the video with a title, watch the lesson appear with its length.
    await editor.getByTestId('lesson-file-title').fill('叉车安全操作演示');
    await editor.getByTestId('lesson-file').setInputFiles(video);
    const lessons = editor.getByTestId('course-lesson-list');
    await expect.poll(() => lessons.innerText()).toContain('1. 叉车安全操作演示');
    expect(await lessons.innerText()).toContain('视频 · 时长 4 秒');
    await editor.getByTestId('course-publish').click();
    await editor.getByRole('button', { name: /确\s*定|OK/ }).click();
    await expect.poll(() => editor.getByText('课程已发布，课时不能修改；如需调整请先撤回').count()).toBe(1);
    expect(editorErrors).toEqual([]);

    const phone = await demoMemberPhone(base, MEMBER_SLOT.courses);
    const { page: member, errors } = await memberOnPhone(browser, base, phone);
    await member.goto(`${base}/services`);
    await member.getByText('学堂', { exact: true }).click();
    await member.getByTestId('course-list').getByText(title).click();
    await member.getByRole('button', { name: '报名学习' }).click();
    await member.getByRole('button', { name: '开始学习' }).click();

    // The video plays to its end (muted, as a page may start it without a tap); its end is reported.
    const player = member.getByTestId('lesson-video');
    await player.waitFor();
    await member.waitForFunction(() => (document.querySelector('video')?.readyState ?? 0) >= 1);
    await player.evaluate((v: HTMLVideoElement) => {
      v.muted = true;
      return v.play();
    });
    await expect
      .poll(() => member.getByText('恭喜你学完全部课时，结业证书已经生成').count(), { timeout: 20_000 })
      .toBe(1);
    await member.getByRole('button', { name: '查看结业证书' }).click();
    const certificate = member.getByTestId('certificate');
    await expect.poll(() => certificate.innerText()).toContain(title);
    const text = await certificate.innerText();
    const code = /证书编号：([0-9A-Z]{12})/.exec(text)?.[1] ?? '';
    expect(code).toMatch(/^[0-9A-HJKMNP-TV-Z]{12}$/);
    // The member's own certificate carries the full name the union holds for them.
    const me = (await (await member.context().request.get(`${base}/api/me`)).json()) as { member: { name: string } };
    expect(text).toContain(`${me.member.name} 同志完成了“${title}”全部 1 个课时的学习`);
    expect(errors).toEqual([]);

    // Anyone checks the printed code, signed in or not: valid, the name masked.
    const stranger = await (await browser.newContext({ viewport: { width: 375, height: 800 } })).newPage();
    await stranger.goto(`${base}/course-certificates/${code}`);
    const check = stranger.getByTestId('certificate-check');
    await expect.poll(() => check.innerText()).toContain(title);
    const name = [...me.member.name];
    expect(await check.innerText()).toContain(
      name.length === 2 ? `${name[0]}*` : `${name[0]}${'*'.repeat(name.length - 2)}${name[name.length - 1]}`,
    );
    expect(await check.innerText()).not.toContain(me.member.name);
  });
});
