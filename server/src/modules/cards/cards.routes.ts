import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { noStore } from '../../platform/http.js';
import { cardView, publicKeyView, verifyBody, verifyResult } from './cards.schemas.js';
import { myCard, publicKey, verifyCard } from './cards.service.js';

export async function cardRoutes(app: FastifyInstance) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['cards'];
  r.get(
    '/api/me/card',
    { ...noStore, schema: { tags, summary: 'My e-card with a fresh signed QR token', response: { 200: cardView } } },
    (req) => myCard(req.ctx),
  );
  r.get(
    '/api/card/public-key',
    {
      schema: {
        tags,
        summary: 'Public: the key stations use to verify e-cards offline',
        response: { 200: publicKeyView },
      },
    },
    async (req) => publicKey(req.ctx),
  );
  r.post(
    '/api/card/verify',
    {
      schema: {
        tags,
        summary: 'Public: verify an e-card token online (also catches ended memberships)',
        body: verifyBody,
        response: { 200: verifyResult },
      },
    },
    (req) => verifyCard(req.ctx, req.body.token),
  );
}
