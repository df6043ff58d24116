// Request logging (issue 20): one line per request; a successful read is logged at debug (not at info, where it cost
// a cheap request more than its handler), while writes, refusals and failures stay at info with their request id.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Agent, createTestApp, type TestApp } from './harness.js';

describe('request log lines at info', () => {
  let t: TestApp;
  const lines: Array<{ level: number; msg: string; reqId?: string; res?: { statusCode: number } }> = [];
  beforeAll(async () => {
    t = await createTestApp('pglite', {}, { logStream: { write: (line) => lines.push(JSON.parse(line)) } });
  });
  afterAll(() => t.close());
  const completed = () => lines.filter((l) => l.msg === 'request completed');

  it('leaves successful reads out and keeps one line for each write, refusal and failure', async () => {
    const agent = new Agent(t);
    const ok = await agent.get('/api/ping');
    expect(ok.statusCode).toBe(200);
    expect(completed()).toEqual([]);
    const refused = await agent.get('/api/me');
    expect(refused.statusCode).toBe(401);
    const write = await agent.post('/api/auth/logout');
    const logged = completed().map((l) => [l.level, l.res?.statusCode, l.reqId]);
    expect(logged).toEqual([
      [30, 401, refused.headers['x-request-id']],
      [30, write.statusCode, write.headers['x-request-id']],
    ]);
    // No second "incoming request" line for any of them.
    expect(lines.filter((l) => l.msg === 'incoming request')).toEqual([]);
  });
});
