// The stations module as the platform sees it (platform/module.ts); listed once in modules/registry.ts.
import { defineModule } from '../../platform/module.js';
import { stationsErrors } from './stations.errors.js';
import { stationsFigures } from './stations.figures.js';
import { generateAllSlots, markNoShows } from './stations.rooms.js';
import { stationRoutes } from './stations.routes.js';
import * as schemas from './stations.schemas.js';

export const stationsModule = defineModule({
  name: 'stations',
  schemas,
  routes: stationRoutes,
  errors: stationsErrors,
  figures: stationsFigures,
  jobs: [
    // Each room's slots up to its horizon, so tomorrow's release is there before it opens.
    { name: 'stations.slots', cron: '5 0 * * *', run: generateAllSlots, runAtStart: true },
    { name: 'stations.no-shows', cron: '*/15 * * * *', run: markNoShows },
  ],
  tables: [
    'station_amenities',
    'stations',
    'station_managers',
    'station_rooms',
    'room_slots',
    'room_bookings',
    'station_visits',
    'station_reviews',
    'station_photos',
  ],
  repath: ['stations', 'room_bookings', 'station_visits', 'station_reviews'],
});
