// The volunteers module (志愿服务: volunteers, teams, service orders, points rules) as the platform sees it
// (platform/module.ts); listed once in modules/registry.ts.
import { defineModule } from '../../platform/module.js';
import { volunteersErrors } from './volunteers.errors.js';
import { volunteersFigures } from './volunteers.figures.js';
import { volunteersNotices } from './volunteers.notices.js';
import { escalateOverdue, pendingOrders } from './volunteers.orders.js';
import { volunteerRoutes } from './volunteers.routes.js';
import * as schemas from './volunteers.schemas.js';

export const volunteersModule = defineModule({
  name: 'volunteers',
  schemas,
  routes: volunteerRoutes,
  errors: volunteersErrors,
  notices: volunteersNotices,
  figures: volunteersFigures,
  pending: { orders: pendingOrders },
  jobs: [{ name: 'volunteers.escalate', cron: '*/5 * * * *', run: escalateOverdue, runAtStart: true }],
  tables: [
    'volunteers',
    'volunteer_teams',
    'volunteer_team_members',
    'volunteer_team_logs',
    'service_items',
    'service_orders',
    'service_order_events',
    'volunteer_point_rules',
    'volunteer_activities',
    'volunteer_hours',
    'volunteer_certificates',
  ],
  encrypted: { service_orders: ['requester_phone_cipher'] },
  repath: [
    'volunteer_teams',
    'volunteer_team_logs',
    'service_items',
    'service_orders',
    'volunteer_point_rules',
    'volunteer_activities',
    'volunteer_hours',
  ],
});
