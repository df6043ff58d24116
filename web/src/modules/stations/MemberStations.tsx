// 附近驿站 in the member app: find the nearest stations (from the phone's position, or a typed place when the
// position is refused), filtered by kind, amenity and "open now", on a map above the list; a station's page with
// one-tap navigation in Amap, Baidu or Tencent Maps, its rooms and reviews; the page the poster's QR code opens to
// check in; booking a room's slot; and my bookings and visits, each to be rated once. One lazy chunk: member.tsx
// names each page of it.
export { MyStations } from './MyStations';
export { RoomBooking } from './RoomBooking';
export { StationFinder } from './StationFinder';
export { StationPage } from './StationPage';
export { StationVisit } from './StationVisit';
