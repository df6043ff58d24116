// The stations module's console routes: the stations (system portal and managers' portal), one station, and the
// pioneer index, after 法律咨询.
import { EnvironmentOutlined, RiseOutlined } from '@ant-design/icons';
import { type AdminRoute, page } from '../../admin/kit/routing';

const runsStations = (s: { permissions: readonly string[] }) =>
  s.permissions.includes('station.manage') || s.permissions.includes('station.operate');

export const adminRoutes: AdminRoute[] = [
  {
    path: 'stations',
    allow: runsStations,
    menu: { label: 'st.menu', icon: <EnvironmentOutlined /> },
    page: page(() => import('./StationsPage')),
  },
  { path: 'stations/:id', allow: runsStations, page: page(() => import('./StationDetail')) },
  {
    path: 'station-index',
    after: 'stations',
    allow: 'station.manage',
    menu: { label: 'st.index.menu', icon: <RiseOutlined /> },
    page: page(() => import('./StationIndexPage')),
  },
];
