// A Leaflet map on the installation's tiles (MAP_TILE_URL), as both station maps want it: no animations (a map can
// be taken down mid-animation: tiles failing, a new search, a drill-down), the tiles' credit without Leaflet's own
// link (an English word on a Chinese screen), and the tile layer handed back so a caller can watch it load.
import L from 'leaflet';
import type { Tiles } from './StationMap';

export function tiledMap(box: HTMLElement, tiles: Tiles): { map: L.Map; layer: L.TileLayer } {
  const map = L.map(box, {
    zoomControl: false,
    attributionControl: !!tiles.attribution,
    zoomAnimation: false,
    fadeAnimation: false,
    markerZoomAnimation: false,
  });
  map.attributionControl?.setPrefix(false);
  const layer = L.tileLayer(tiles.tileUrl, {
    subdomains: tiles.subdomains,
    attribution: tiles.attribution,
    maxZoom: 18,
  }).addTo(map);
  return { map, layer };
}
