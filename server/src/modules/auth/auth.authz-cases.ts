// Who may call the auth module's endpoints: the expected answer of each caller (test/authz/kit.ts), run by
// test/authz-matrix.test.ts against union U1's objects. A new endpoint without an entry fails that test.
import { type Case, PUBLIC_OK, unique } from '../../../test/authz/kit.js';

export const authAuthz: Record<string, Case> = {
  'GET /api/auth/session': { request: () => ({ method: 'GET', url: '/api/auth/session' }), expect: PUBLIC_OK },
  'POST /api/auth/admin/login': {
    request: () => ({ method: 'POST', url: '/api/auth/admin/login', body: { username: 'nobody', password: 'wrong' } }),
    expect: { anonymous: 401, member: 401, sibling: 401, parent: 401 },
  },
  'POST /api/auth/admin/totp': {
    request: () => ({ method: 'POST', url: '/api/auth/admin/totp', body: { code: '000000' } }),
    expect: { anonymous: 401, member: 401, sibling: 403, parent: 403 },
  },
  'POST /api/auth/admin/password': {
    request: () => ({
      method: 'POST',
      url: '/api/auth/admin/password',
      body: { currentPassword: 'wrong', newPassword: 'Another#Pass9' },
    }),
    expect: { anonymous: 401, member: 401, sibling: 400, parent: 400 },
  },
  'POST /api/auth/totp/setup': {
    request: () => ({ method: 'POST', url: '/api/auth/totp/setup' }),
    expect: { anonymous: 401, member: 401, sibling: 200, parent: 200 },
  },
  'POST /api/auth/totp/enable': {
    request: () => ({ method: 'POST', url: '/api/auth/totp/enable', body: { code: '000000' } }),
    expect: { anonymous: 401, member: 401, sibling: 401, parent: 401 },
  },
  'POST /api/auth/sms/request': {
    request: () => ({
      method: 'POST',
      url: '/api/auth/sms/request',
      body: { phone: `1370000${String(unique()).padStart(4, '0')}` },
    }),
    expect: PUBLIC_OK,
  },
  // A cadre's own phone for reminders: admins only, each for their own account (nothing of another's to reach).
  'POST /api/auth/phone/code': {
    request: () => ({
      method: 'POST',
      url: '/api/auth/phone/code',
      body: { phone: `1370001${String(unique()).padStart(4, '0')}` },
    }),
    expect: { anonymous: 401, member: 403, sibling: 200, parent: 200 },
  },
  'PUT /api/auth/phone': {
    request: () => ({ method: 'PUT', url: '/api/auth/phone', body: { phone: '13700019999', code: '000000' } }),
    expect: { anonymous: 401, member: 403, sibling: 401, parent: 401 },
  },
  'DELETE /api/auth/phone': {
    request: () => ({ method: 'DELETE', url: '/api/auth/phone' }),
    expect: { anonymous: 401, member: 403, sibling: 200, parent: 200 },
  },
  'POST /api/auth/member/login': {
    request: () => ({ method: 'POST', url: '/api/auth/member/login', body: { phone: '13700009999', code: '000000' } }),
    expect: { anonymous: 401, member: 401, sibling: 401, parent: 401 },
  },
  'GET /api/auth/sessions': {
    request: () => ({ method: 'GET', url: '/api/auth/sessions' }),
    expect: { anonymous: 401, member: 200, sibling: 200, parent: 200 },
  },
  'POST /api/auth/sessions/{sid}/end': {
    request: () => ({ method: 'POST', url: '/api/auth/sessions/0123456789abcdef/end' }),
    expect: { anonymous: 401, member: 200, sibling: 200, parent: 200 },
  },
  'POST /api/auth/logout': {
    request: () => ({ method: 'POST', url: '/api/auth/logout' }),
    expect: PUBLIC_OK,
    last: true,
  },
};
