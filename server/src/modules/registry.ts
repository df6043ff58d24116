// Every domain module, one line each. Adding a domain: its folder, with a `<name>.module.ts`, and a line here.
// The app registers their routes, the job runner their jobs, the retention job their rules, and the tests
// read their tables, error codes and authorization expectations from this list.
export { accountsModule } from './accounts/accounts.module.js';
export { appealsModule } from './appeals/appeals.module.js';
export { assistanceModule } from './assistance/assistance.module.js';
export { auditModule } from './audit/audit.module.js';
export { authModule } from './auth/auth.module.js';
export { cardsModule } from './cards/cards.module.js';
export { cockpitModule } from './cockpit/cockpit.module.js';
export { consultationsModule } from './consultations/consultations.module.js';
export { contentModule } from './content/content.module.js';
export { contestsModule } from './contests/contests.module.js';
export { correctionsModule } from './corrections/corrections.module.js';
export { coursesModule } from './courses/courses.module.js';
export { documentsModule } from './documents/documents.module.js';
export { employersModule } from './employers/employers.module.js';
export { exportsModule } from './exports/exports.module.js';
export { filesModule } from './files/files.module.js';
export { importsModule } from './imports/imports.module.js';
export { jobsModule } from './jobs/jobs.module.js';
export { membersModule } from './members/members.module.js';
export { membershipModule } from './membership/membership.module.js';
export { offersModule } from './offers/offers.module.js';
export { pointsModule } from './points/points.module.js';
export { stationsModule } from './stations/stations.module.js';
export { systemModule } from './system/system.module.js';
export { transfersModule } from './transfers/transfers.module.js';
export { unionsModule } from './unions/unions.module.js';
export { volunteersModule } from './volunteers/volunteers.module.js';
export { vouchersModule } from './vouchers/vouchers.module.js';
