// The finder's map (Leaflet, the map library most self-hosted apps use; loaded only on this page). Tiles come from
// the installation's MAP_TILE_URL; markers are placed in the tiles' datum (GCJ-02 for Amap's, WGS-84 for
// Tianditu's or OpenStreetMap's). When the tiles cannot load (no network to the tile server, a blocked host) the map
// steps aside and the list alone remains, saying why.
import gcoord from 'gcoord';
import L from 'leaflet';
import 'leaflet/dist/leaflet.css';
import { useEffect, useRef } from 'react';
import { tiledMap } from './tiledMap';

export interface MapStation {
  id: number;
  name: string;
  lat: number;
  lng: number;
  gcj02: { lat: number; lng: number };
  open: boolean;
}

export interface Tiles {
  tileUrl: string;
  subdomains: string;
  datum: 'wgs84' | 'gcj02';
  attribution: string;
}

export default function StationMap(props: {
  tiles: Tiles;
  origin: { lat: number; lng: number };
  stations: MapStation[];
  onPick: (id: number) => void;
  onFail: () => void;
}) {
  const box = useRef<HTMLDivElement>(null);
  const { tiles, origin, stations, onPick, onFail } = props;
  useEffect(() => {
    if (!box.current) return;
    const place = (p: { lat: number; lng: number }, gcj?: { lat: number; lng: number }): [number, number] => {
      if (tiles.datum === 'wgs84') return [p.lat, p.lng];
      if (gcj) return [gcj.lat, gcj.lng];
      const [lng, lat] = gcoord.transform([p.lng, p.lat], gcoord.WGS84, gcoord.GCJ02) as [number, number];
      return [lat, lng];
    };
    const { map, layer } = tiledMap(box.current, tiles);
    let loaded = 0;
    let failed = 0;
    layer
      .on('tileload', () => {
        loaded += 1;
      })
      .on('tileerror', () => {
        failed += 1;
        if (failed >= 3 && loaded === 0) onFail();
      });
    // The view, and with it the first tiles, only once the layer is watched.
    map.setView(place(origin), 13);
    // A map that shows nothing after a few seconds counts as failed too (tiles that hang rather than error).
    const timer = window.setTimeout(() => {
      if (loaded === 0) onFail();
    }, 6000);
    L.circleMarker(place(origin), { radius: 7, color: '#1677ff', fillOpacity: 0.9 }).addTo(map);
    const points: Array<[number, number]> = [place(origin)];
    for (const s of stations) {
      const at = place(s, s.gcj02);
      points.push(at);
      L.circleMarker(at, { radius: 9, color: s.open ? '#c8102e' : '#999', fillOpacity: 0.7 })
        .bindTooltip(s.name)
        .on('click', () => onPick(s.id))
        .addTo(map);
    }
    if (points.length > 1) map.fitBounds(L.latLngBounds(points), { padding: [24, 24], maxZoom: 15, animate: false });
    return () => {
      window.clearTimeout(timer);
      map.remove();
    };
  }, [tiles, origin, stations, onPick, onFail]);
  return <div ref={box} className="st-map" data-testid="station-map" />;
}
