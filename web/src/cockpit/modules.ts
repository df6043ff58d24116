// Every module's `cockpit.tsx` (web/src/modules/<name>/): the panels it adds to the big screen, shown after the
// cockpit's own, for the union on screen. A module's panel loads its heavy parts (a map, a chart) itself.
import type { ComponentType } from 'react';

export interface CockpitPanel {
  key: string;
  Panel: ComponentType<{ unionId?: number }>;
}

export const cockpitPanels: CockpitPanel[] = Object.values(
  import.meta.glob<{ cockpitPanels: CockpitPanel[] }>('../modules/*/cockpit.tsx', { eager: true }),
).flatMap((m) => m.cockpitPanels);
