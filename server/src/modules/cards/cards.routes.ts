import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { routeDoc } from '../../platform/route-doc.js';
import { cardView, publicKeyView, verifyBody, verifyResult } from './cards.schemas.js';
import { myCard, publicKey, verifyCard } from './cards.service.js';

export async function cardRoutes(app: FastifyInstance) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const doc = routeDoc('cards');
  r.get('/api/me/card', doc('My e-card with a fresh signed QR token', { noStore: true, ok: cardView }), (req) =>
    myCard(req.ctx),
  );
  r.get(
    '/api/card/public-key',
    doc('Public: the key stations use to verify e-cards offline', { ok: publicKeyView }),
    async (req) => publicKey(req.ctx),
  );
  r.post(
    '/api/card/verify',
    doc('Public: verify an e-card token online (also catches ended memberships)', {
      body: verifyBody,
      ok: verifyResult,
    }),
    (req) => verifyCard(req.ctx, req.body.token),
  );
}
