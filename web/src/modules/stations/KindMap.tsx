// The cockpit's map of stations, a dot per station coloured by its kind, framed to fit them all. Tiles come from
// the installation's MAP_TILE_URL in their own datum; where they cannot load the dots still stand on the dark
// screen in their places, so the spread of stations stays readable.
import L from 'leaflet';
import 'leaflet/dist/leaflet.css';
import { useEffect, useRef } from 'react';
import type { Schemas } from '../../shared/session';
import type { Tiles } from './StationMap';
import { tiledMap } from './tiledMap';

type PanelStation = Schemas['StationsPanelView']['stations'][number];

export const KIND_COLOURS: Record<PanelStation['kind'], string> = {
  rest: '#36cfc9',
  red: '#ff4d4f',
  gig: '#faad14',
  workers_home: '#69b1ff',
  activity_centre: '#95de64',
  partner_venue: '#d3adf7',
};

export function KindMap({ tiles, stations }: { tiles: Tiles; stations: PanelStation[] }) {
  const box = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (!box.current) return;
    const at = (s: PanelStation): [number, number] =>
      tiles.datum === 'wgs84' ? [s.lat, s.lng] : [s.gcj02.lat, s.gcj02.lng];
    const { map } = tiledMap(box.current, tiles);
    for (const s of stations)
      L.circleMarker(at(s), { radius: 6, color: '#fff', weight: 1, fillColor: KIND_COLOURS[s.kind], fillOpacity: 0.9 })
        .bindTooltip(s.name)
        .addTo(map);
    map.fitBounds(L.latLngBounds(stations.map(at)).pad(0.15), { maxZoom: 15 });
    return () => {
      map.remove();
    };
  }, [tiles, stations]);
  return <div ref={box} className="c-map" data-testid="cockpit-stations-map" />;
}
