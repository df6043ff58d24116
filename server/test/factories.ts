// Factories for the records tests keep making: an offer, an appeal, an assistance application. Each goes
// through the API as a real caller would (so a factory never builds a state the product cannot reach), with
// defaults that pass every rule and `over` for what a test is about.
import type { Agent } from './harness.js';

const iso = (msFromNow: number) => new Date(Date.now() + msFromNow).toISOString();

async function ok(res: { statusCode: number; body: string; json(): unknown }, what: string) {
  if (res.statusCode !== 200) throw new Error(`${what} failed: ${res.body}`);
  return res.json() as { id: number; [field: string]: unknown };
}

/** The body of a first-come activity with a waitlist, open now for an hour. */
export const offerBody = (unionId: number, over: Record<string, unknown> = {}) => ({
  unionId,
  kind: 'activity',
  mode: 'first_come',
  title: '测试活动',
  capacity: 5,
  opensAt: iso(-1000),
  closesAt: iso(3_600_000),
  ...over,
});

/** Creates an offer as `officer` and publishes it (unless `draft`); returns its id. */
export async function createOffer(
  officer: Agent,
  unionId: number,
  over: Record<string, unknown> = {},
  opts: { draft?: boolean } = {},
): Promise<number> {
  const { id } = await ok(await officer.post('/api/offers', offerBody(unionId, over)), 'offer');
  if (!opts.draft) await ok(await officer.post(`/api/offers/${id}/publish`), 'publish');
  return id;
}

/** The body of a wage-arrears appeal by a worker. */
export const appealBody = (over: Record<string, unknown> = {}) => ({
  category: 'wage_arrears',
  employerName: '测试目标单位',
  amountOwedFen: 1_250_000,
  peopleAffected: 12,
  description: '三个月工资未发，共 12 人。',
  ...over,
});

/** Files an appeal as the member `worker`; returns its id. */
export async function fileAppeal(worker: Agent, over: Record<string, unknown> = {}): Promise<number> {
  return (await ok(await worker.post('/api/me/appeals', appealBody(over)), 'appeal')).id;
}

/** The body of a hardship application: a family of three, the spouse on dialysis. */
export const assistanceBody = (over: Record<string, unknown> = {}) => ({
  cause: 'illness',
  employment: 'employed',
  household: [
    { relation: 'self', age: 45, annualIncomeFen: 2_400_000, dependant: false },
    { relation: 'spouse', age: 44, annualIncomeFen: 0, dependant: true },
    { relation: 'child', age: 15, annualIncomeFen: 0, dependant: true },
  ],
  health: { condition: 'serious', note: '配偶尿毒症透析' },
  medicalSelfPaidFen: 3_000_000,
  story: '配偶长期透析，孩子读初中，家庭收入仅靠本人。',
  consent: true,
  ...over,
});

/** Applies for assistance as the member `applicant`; returns the application's id. */
export async function applyForAssistance(applicant: Agent, over: Record<string, unknown> = {}): Promise<number> {
  return (await ok(await applicant.post('/api/me/assistance', assistanceBody(over)), 'assistance')).id;
}
