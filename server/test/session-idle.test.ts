// A session's idle window (AS-14) on both databases: slid by use at most once a minute, written in a batch a second
// later; a session idle past its window is refused and deleted. Values sit either side of the minute.
import { describe, expect, it } from 'vitest';
import { hashToken, sessionPolicy } from '../src/platform/auth/sessions.js';
import { sql } from '../src/platform/sql.js';
import { buildMember, dbKinds, memberAgent } from './harness.js';
import { useWorld } from './world.js';

describe.each(dbKinds)('a member session’s idle window on %s', (kind) => {
  const { t, tree } = useWorld(kind);

  async function signedIn() {
    const m = await buildMember(t, tree.u1);
    const agent = await memberAgent(t, m.phone);
    const token = (agent.cookie ?? '').split(';')[0]?.split('=')[1] ?? '';
    return { agent, hash: hashToken(token) };
  }
  const lastSeenAgo = async (hash: string) => {
    const [row] = await t.db.query<{ ago: number }>(sql`
      select extract(epoch from now() - last_seen_at)::float8 as ago from sessions where token_hash = ${hash}`);
    return row?.ago;
  };

  it('slides a window last slid more than a minute ago, in the batch written a second later', async () => {
    const { agent, hash } = await signedIn();
    await t.db.query(sql`update sessions set last_seen_at = now() - interval '61 seconds' where token_hash = ${hash}`);
    expect((await agent.get('/api/me')).statusCode).toBe(200);
    await expect.poll(() => lastSeenAgo(hash), { timeout: 3000, interval: 50 }).toBeLessThan(5);
  });

  it('does not write again within the minute', async () => {
    const { agent, hash } = await signedIn();
    await t.db.query(sql`update sessions set last_seen_at = now() - interval '59 seconds' where token_hash = ${hash}`);
    expect((await agent.get('/api/me')).statusCode).toBe(200);
    await new Promise((r) => setTimeout(r, 1500));
    expect(await lastSeenAgo(hash)).toBeGreaterThan(59);
  });

  it('refuses and deletes a session idle past its window', async () => {
    const { agent, hash } = await signedIn();
    const idle = sessionPolicy.member.idleMinutes;
    await t.db.query(sql`update sessions set last_seen_at = now() - make_interval(mins => ${idle + 1})
      where token_hash = ${hash}`);
    expect((await agent.get('/api/me')).statusCode).toBe(401);
    expect(await lastSeenAgo(hash)).toBeUndefined();
  });
});
