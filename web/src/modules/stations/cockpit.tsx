// What the stations module adds to the cockpit: one panel (StationsPanel), loaded with its map when shown.
import { lazy } from 'react';
import type { CockpitPanel } from '../../cockpit/modules';

export const cockpitPanels: CockpitPanel[] = [{ key: 'stations', Panel: lazy(() => import('./StationsPanel')) }];
