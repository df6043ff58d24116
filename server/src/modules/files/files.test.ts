import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Agent, adminAgent, buildAccount, buildTree, createTestApp, type TestApp } from '../../../test/harness.js';
import { cleanFileName, downloadName, sniffMediaType } from './files.service.js';

describe('file type and name', () => {
  it('decides the type by the first bytes only', () => {
    expect(sniffMediaType(Buffer.from([0xff, 0xd8, 0xff, 0xe0]))).toBe('image/jpeg');
    expect(sniffMediaType(Buffer.from('%PDF-1.7\n'))).toBe('application/pdf');
    expect(sniffMediaType(Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"/>'))).toBeNull();
    expect(sniffMediaType(Buffer.from('MZ\x90\x00'))).toBeNull();
    expect(sniffMediaType(Buffer.from('GIF89a'))).toBeNull();
  });
  it('keeps names for display only: no path, no control characters, no quotes', () => {
    expect(cleanFileName('../../etc/passwd')).toBe('passwd');
    expect(cleanFileName('C:\\x\\证明.pdf')).toBe('证明.pdf');
    expect(cleanFileName('a"\r\nb.png')).toBe('ab.png');
    expect(cleanFileName('///')).toBe('file');
  });
  it('names a download by its checked type, never by the uploaded extension', () => {
    expect(downloadName('x.html', 'application/pdf')).toBe('x.pdf');
    expect(downloadName('证明.PDF.exe', 'image/png')).toBe('证明.PDF.png');
    expect(downloadName('.htaccess', 'image/jpeg')).toBe('file.jpg');
    expect(downloadName('工资条', 'image/jpeg')).toBe('工资条.jpg');
  });
});

describe('uploads', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp('pglite');
  });
  afterAll(() => t.close());

  it('needs a signed-in member or an officer of the matching purpose', async () => {
    const tree = await buildTree(t);
    const pdf = { raw: '%PDF-1.4 test' };
    expect((await new Agent(t).request('POST', '/api/files?purpose=appeal_evidence&name=a.pdf', pdf)).statusCode).toBe(
      401,
    );
    const editor = await adminAgent(t, await buildAccount(t, { role: 'editor', union: tree.c1 }));
    expect((await editor.request('POST', '/api/files?purpose=appeal_evidence&name=a.pdf', pdf)).statusCode).toBe(403);
    const handler = await adminAgent(t, await buildAccount(t, { role: 'case_handler', union: tree.c1 }));
    const ok = await handler.request('POST', '/api/files?purpose=appeal_evidence&name=a.pdf', pdf);
    expect(ok.json()).toMatchObject({ mediaType: 'application/pdf', sizeBytes: 13 });
    expect((await handler.request('POST', '/api/files?purpose=assistance_evidence&name=a.pdf', pdf)).statusCode).toBe(
      403,
    );
    expect(
      (await handler.request('POST', '/api/files?purpose=appeal_evidence&name=a.pdf', { raw: '' })).statusCode,
    ).toBe(400);
    // Nobody else reads an unattached upload.
    const other = await adminAgent(t, await buildAccount(t, { role: 'case_handler', union: tree.c1 }));
    expect((await other.get(`/api/files/${ok.json().id}`)).statusCode).toBe(404);
    expect((await handler.get(`/api/files/${ok.json().id}`)).statusCode).toBe(200);
  });

  it('serves evidence as a download named after the type its bytes were checked to be', async () => {
    const tree = await buildTree(t);
    const handler = await adminAgent(t, await buildAccount(t, { role: 'case_handler', union: tree.c1 }));
    const up = await handler.request('POST', '/api/files?purpose=appeal_evidence&name=x.html', { raw: '%PDF-1.4 x' });
    const res = await handler.get(`/api/files/${up.json().id}`);
    expect(res.headers['content-type']).toBe('application/pdf');
    expect(res.headers['content-disposition']).toBe(`attachment; filename="file"; filename*=UTF-8''x.pdf`);
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    // A JSON body is not a file.
    const json = await handler.post('/api/files?purpose=appeal_evidence&name=a.pdf', { bytes: 'x' });
    expect(json.json().error.code).toBe('FILE_TYPE_NOT_ALLOWED');
  });
});
