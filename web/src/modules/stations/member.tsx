// The stations module in the member app: the finder (open to anyone, a rider who has not joined included), a
// station's page, the poster's check-in page, booking, and my bookings and visits; its entry in 服务 (关爱).
import { EnvironmentOutline } from 'antd-mobile-icons';
import { type MemberModule, named } from '../../member/kit/routing';

const pages = () => import('./MemberStations');

export const memberRoutes: MemberModule['memberRoutes'] = [
  { path: '/stations', signedIn: false, page: named(pages, 'StationFinder') },
  { path: '/stations/mine', signedIn: true, page: named(pages, 'MyStations') },
  { path: '/stations/:id', signedIn: false, page: named(pages, 'StationPage') },
  { path: '/stations/:id/visit', signedIn: true, page: named(pages, 'StationVisit') },
  { path: '/stations/:id/rooms/:roomId', signedIn: true, page: named(pages, 'RoomBooking') },
];

export const memberServices: MemberModule['memberServices'] = [
  {
    key: 'stations',
    label: 'stations.title',
    path: '/stations',
    icon: <EnvironmentOutline />,
    group: 'care',
    membersOnly: false,
  },
];
