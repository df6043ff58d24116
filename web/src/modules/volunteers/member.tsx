// The volunteers module in the member app: 志愿服务 (register, teams, orders to take) for members, and 点单 (order a
// service) for anyone signed in by phone, resident or member; their entries in 服务 (关爱).
import { HeartOutline, TeamOutline } from 'antd-mobile-icons';
import { type MemberModule, named } from '../../member/kit/routing';

const volunteer = () => import('./VolunteerHome');
const orders = () => import('./VolunteerOrders');
const team = () => import('./TeamLog');
const service = () => import('./ServiceOrders');
const activities = () => import('./MemberActivities');
const certificate = () => import('./HoursCertificate');

export const memberRoutes: MemberModule['memberRoutes'] = [
  { path: '/volunteer', signedIn: true, page: named(volunteer, 'VolunteerHome') },
  { path: '/volunteer/orders', signedIn: true, page: named(orders, 'VolunteerOrders') },
  { path: '/volunteer/teams/:id', signedIn: true, page: named(team, 'TeamLog') },
  { path: '/volunteer/activities', signedIn: true, page: named(activities, 'Activities') },
  { path: '/volunteer/activities/:id/scan', signedIn: true, page: named(activities, 'ActivityScan') },
  { path: '/volunteer/hours', signedIn: true, page: named(activities, 'MyHours') },
  { path: '/volunteer/certificates/:code', signedIn: true, page: named(certificate, 'HoursCertificatePage') },
  // The check of a printed code: whoever holds the paper, signed in or not.
  { path: '/volunteer-certificates/:code', signedIn: false, page: named(certificate, 'HoursCertificateCheck') },
  { path: '/service-orders', signedIn: true, page: named(service, 'ServiceHome') },
  { path: '/service-orders/:id', signedIn: true, page: named(service, 'ServiceOrderPage') },
];

export const memberServices: MemberModule['memberServices'] = [
  {
    key: 'volunteer',
    label: 'volunteer.title',
    path: '/volunteer',
    icon: <TeamOutline />,
    group: 'care',
    membersOnly: true,
  },
  {
    key: 'service-orders',
    label: 'serviceOrder.title',
    path: '/service-orders',
    icon: <HeartOutline />,
    group: 'care',
    membersOnly: false,
  },
];
