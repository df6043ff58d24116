// 附近驿站 in the member app: find the nearest stations (from the phone's position, or a typed place when the
// position is refused), filtered by kind, amenity and "open now", on a map above the list; a station's page with
// one-tap navigation in Amap, Baidu or Tencent Maps, its rooms and reviews; the page the poster's QR code opens to
// check in; booking a room's slot; and my bookings and visits, each to be rated once.
import {
  Button,
  CapsuleTabs,
  Dialog,
  Empty,
  List,
  NoticeBar,
  Rate,
  Result,
  SearchBar,
  Selector,
  Switch,
  Tabs,
  Tag,
  TextArea,
  Toast,
} from 'antd-mobile';
import { lazy, Suspense, useCallback, useEffect, useMemo, useState } from 'react';
import { useNavigate, useParams, useSearchParams } from 'react-router';
import { ApiError, api, call } from '../../api/client';
import { stations as enums } from '../../api/enums';
import { type Lang, type MessageKey, useI18n } from '../../i18n';
import { AsyncView } from '../../member/kit/AsyncView';
import { PageBar } from '../../member/kit/PageBar';
import { useAsync } from '../../shared/useAsync';
import './stations.css';

const StationMap = lazy(() => import('./StationMap'));

type Amenity = { key: string; nameZh: string; nameEn: string };

function useAmenities() {
  const { lang } = useI18n();
  const list = useAsync(() => call(api.GET('/api/station-amenities')), []);
  return useMemo(() => {
    const items = (list.data?.items ?? []) as Amenity[];
    const name = (key: string) => {
      const a = items.find((x) => x.key === key);
      return a ? (lang === 'en' ? a.nameEn : a.nameZh) : '';
    };
    return { items, name };
  }, [list.data, lang]);
}

const distance = (km: number, t: ReturnType<typeof useI18n>['t']) =>
  km < 1 ? t('stations.m', { m: Math.round(km * 1000) }) : t('stations.km', { km: km.toFixed(1) });

// Stations, slots and deadlines are set in China time, and shown in it wherever the phone is.
const CHINA = 'Asia/Shanghai';
const when = (iso: string, lang: Lang) =>
  new Date(iso).toLocaleString(lang, {
    month: 'numeric',
    day: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    timeZone: CHINA,
  });

function failText(e: unknown, lang: Lang, t: ReturnType<typeof useI18n>['t']) {
  return e instanceof ApiError ? e.text(lang) : t('stations.failed');
}

type Origin = { lat: number; lng: number } | { place: string } | null;

/** The phone's position, once; null when refused or unavailable (then a place is typed). */
function usePosition() {
  const [state, setState] = useState<{ origin: Origin; locating: boolean; refused: boolean }>({
    origin: null,
    locating: true,
    refused: false,
  });
  const locate = useCallback(() => {
    setState((s) => ({ ...s, locating: true }));
    if (!navigator.geolocation) {
      setState({ origin: null, locating: false, refused: true });
      return;
    }
    navigator.geolocation.getCurrentPosition(
      (p) => setState({ origin: { lat: p.coords.latitude, lng: p.coords.longitude }, locating: false, refused: false }),
      () => setState((s) => ({ origin: s.origin, locating: false, refused: true })),
      { enableHighAccuracy: true, timeout: 8000, maximumAge: 60_000 },
    );
  }, []);
  useEffect(() => locate(), [locate]);
  return { ...state, locate, setPlace: (place: string) => setState((s) => ({ ...s, origin: { place } })) };
}

export function StationFinder() {
  const { t, lang } = useI18n();
  const navigate = useNavigate();
  const position = usePosition();
  const amenities = useAmenities();
  const [kinds, setKinds] = useState<string[]>([]);
  const [wanted, setWanted] = useState<string[]>([]);
  const [openNow, setOpenNow] = useState(false);
  const [typed, setTyped] = useState('');
  const [mapFailed, setMapFailed] = useState(false);
  const origin = position.origin;
  const tiles = useAsync(() => call(api.GET('/api/public/map-settings')), []);
  const found = useAsync(
    () =>
      origin
        ? call(
            api.GET('/api/public/stations/nearby', {
              params: {
                query: {
                  ...('place' in origin ? { place: origin.place } : { lat: origin.lat, lng: origin.lng }),
                  kinds: kinds.join(',') || undefined,
                  amenities: wanted.join(',') || undefined,
                  openNow: openNow ? 'true' : undefined,
                  limit: 20,
                },
              },
            }),
          )
        : Promise.resolve(null),
    [JSON.stringify(origin), kinds.join(), wanted.join(), openNow],
  );
  const pick = useCallback((id: number) => navigate(`/stations/${id}`), [navigate]);
  const fail = useCallback(() => setMapFailed(true), []);
  return (
    <>
      <PageBar back="/services">{t('stations.title')}</PageBar>
      <div className="st-page" data-testid="station-finder">
        {position.locating && !origin && <p className="st-origin">{t('stations.locating')}</p>}
        {(position.refused || (origin && 'place' in origin)) && (
          <>
            {!origin && <NoticeBar color="info" wrap content={t('stations.positionRefused')} />}
            <SearchBar
              placeholder={t('stations.placeHint')}
              value={typed}
              onChange={setTyped}
              onSearch={(v) => v.trim() && position.setPlace(v.trim())}
              data-testid="station-place"
            />
          </>
        )}
        <div className="st-filters">
          <Switch checked={openNow} onChange={setOpenNow} data-testid="station-open-now" />
          <span>{t('stations.openNow')}</span>
          <Button size="mini" fill="none" onClick={position.locate}>
            {t('stations.locate')}
          </Button>
        </div>
        <Selector
          multiple
          value={wanted}
          onChange={setWanted}
          options={amenities.items.map((a) => ({ label: amenities.name(a.key), value: a.key }))}
          data-testid="station-amenities"
        />
        <div className="st-filters">
          <Selector
            multiple
            value={kinds}
            onChange={setKinds}
            options={enums.stationKinds.map((k) => ({ label: t(`stations.kind.${k}`), value: k }))}
          />
        </div>
        {found.error && <NoticeBar color="alert" wrap content={found.error.text(lang)} />}
        {found.data && (
          <>
            <p className="st-origin">
              {found.data.origin.from === 'place'
                ? t('stations.fromPlace', { place: found.data.origin.place ?? '' })
                : t('stations.fromHere')}
            </p>
            {mapFailed ? (
              <NoticeBar color="info" wrap content={t('stations.mapFailed')} data-testid="station-map-failed" />
            ) : (
              tiles.data &&
              found.data.items.length > 0 && (
                <Suspense fallback={<div className="st-map" />}>
                  <StationMap
                    tiles={tiles.data}
                    origin={found.data.origin}
                    stations={found.data.items}
                    onPick={pick}
                    onFail={fail}
                  />
                </Suspense>
              )
            )}
            {found.data.items.length === 0 ? (
              <Empty className="m-empty" description={t('stations.none')} />
            ) : (
              <List className="m-list" data-testid="station-list">
                {found.data.items.map((s) => (
                  <List.Item
                    key={s.id}
                    onClick={() => pick(s.id)}
                    extra={distance(s.km, t)}
                    description={
                      <>
                        <div>{s.address}</div>
                        <div className="st-card-line">
                          <Tag color={s.open ? 'success' : 'default'}>
                            {t(s.open ? 'stations.open' : 'stations.closed')}
                          </Tag>
                          <Tag color="primary" fill="outline">
                            {t(`stations.kind.${s.kind}`)}
                          </Tag>
                          {s.amenities.map((a) => (
                            <Tag key={a} fill="outline">
                              {amenities.name(a)}
                            </Tag>
                          ))}
                        </div>
                      </>
                    }
                  >
                    {s.name}
                  </List.Item>
                ))}
              </List>
            )}
          </>
        )}
        <Button block fill="outline" onClick={() => navigate('/stations/mine')} style={{ marginTop: 12 }}>
          {t('stations.mine')}
        </Button>
      </div>
    </>
  );
}

function hoursText(
  h: { allDay: boolean; weekly: Array<{ day: number; open: string; close: string }>; holidays: string },
  t: ReturnType<typeof useI18n>['t'],
) {
  const of = (d: number) =>
    h.weekly
      .filter((s) => s.day === d)
      .map((s) => `${s.open}–${s.close}`)
      .join('、');
  const same = [1, 2, 3, 4, 5, 6, 7].every((d) => of(d) === of(1));
  const spans = h.allDay
    ? [t('stations.allDay')]
    : same
      ? [`${t('stations.everyDay')} ${of(1)}`]
      : [1, 2, 3, 4, 5, 6, 7]
          .map((d) => (of(d) ? `${t(`stations.weekday.${d}` as MessageKey)} ${of(d)}` : ''))
          .filter(Boolean);
  return h.holidays === 'closed' ? [...spans, t('stations.holidaysClosed')] : spans;
}

export function StationPage() {
  const { t } = useI18n();
  const navigate = useNavigate();
  const id = Number(useParams().id);
  const amenities = useAmenities();
  const station = useAsync(() => call(api.GET('/api/public/stations/{id}', { params: { path: { id } } })), [id]);
  return (
    <>
      <PageBar back="/stations">{t('stations.title')}</PageBar>
      <AsyncView state={station}>
        {(s) => (
          <div className="st-page" data-testid="station-page">
            <h2 className="st-title">{s.name}</h2>
            <div className="st-card-line">
              <Tag color={s.open ? 'success' : 'default'}>{t(s.open ? 'stations.open' : 'stations.closed')}</Tag>
              <Tag color="primary" fill="outline">
                {t(`stations.kind.${s.kind}`)}
              </Tag>
              {s.owner !== 'union' && (
                <Tag fill="outline">
                  {s.ownerName || t('stations.ownedBy', { owner: t(`stations.owner.${s.owner}`) })}
                </Tag>
              )}
              {s.movable && <Tag fill="outline">{t('stations.movable')}</Tag>}
            </div>
            <div className="st-nav" data-testid="station-nav">
              {(['amap', 'baidu', 'tencent'] as const).map((app) => (
                <a key={app} href={s.navigation[app].web} target="_blank" rel="noreferrer" data-testid={`nav-${app}`}>
                  <Button block size="small" color={app === 'amap' ? 'primary' : 'default'}>
                    {t(`stations.nav.${app}`)}
                  </Button>
                </a>
              ))}
            </div>
            <List className="m-list">
              <List.Item description={s.address}>{t('stations.address')}</List.Item>
              <List.Item description={hoursText(s.hours, t).join('；')}>{t('stations.hours')}</List.Item>
              {s.contact && (
                <List.Item description={<a href={`tel:${s.contact}`}>{s.contact}</a>}>
                  {t('stations.contact')}
                </List.Item>
              )}
              {s.amenities.length > 0 && (
                <List.Item
                  description={
                    <div className="st-card-line">
                      {s.amenities.map((a) => (
                        <Tag key={a} fill="outline">
                          {amenities.name(a)}
                        </Tag>
                      ))}
                    </div>
                  }
                >
                  {t('stations.amenities')}
                </List.Item>
              )}
            </List>
            {s.story && (
              <>
                <h3>{t('stations.story')}</h3>
                <p className="st-story">{s.story}</p>
              </>
            )}
            {s.rooms.length > 0 && (
              <List header={t('stations.rooms')} className="m-list">
                {s.rooms.map((r) => (
                  <List.Item
                    key={r.id}
                    description={`${t('stations.roomLine', { n: r.capacity, days: r.horizonDays, time: r.releaseTime })}${
                      r.needsApproval ? ` · ${t('stations.needsApproval')}` : ''
                    }`}
                    extra={
                      <Button
                        size="small"
                        color="primary"
                        onClick={() => navigate(`/stations/${s.id}/rooms/${r.id}`)}
                        data-testid={`room-${r.id}`}
                      >
                        {t('stations.book')}
                      </Button>
                    }
                  >
                    {r.name}
                  </List.Item>
                ))}
              </List>
            )}
            <h3>{t('stations.reviews')}</h3>
            {s.rating.count === 0 ? (
              <p className="st-origin">{t('stations.noReviews')}</p>
            ) : (
              <>
                <p className="st-origin">{t('stations.rating', { avg: s.rating.average ?? 0, n: s.rating.count })}</p>
                {s.reviews.map((r) => (
                  <div key={r.id} className="st-review">
                    <Rate readOnly value={r.rating} style={{ '--star-size': '14px' }} /> {r.name}
                    {r.comment && <div>{r.comment}</div>}
                    {r.reply && <div className="st-reply">{t('stations.reply', { reply: r.reply })}</div>}
                  </div>
                ))}
              </>
            )}
          </div>
        )}
      </AsyncView>
    </>
  );
}

/** Rating a visit or an attended booking, once. */
function ReviewForm({ target, onDone }: { target: { visitId: number } | { bookingId: number }; onDone: () => void }) {
  const { t, lang } = useI18n();
  const [rating, setRating] = useState(5);
  const [comment, setComment] = useState('');
  const [sending, setSending] = useState(false);
  const send = async () => {
    setSending(true);
    try {
      await call(api.POST('/api/me/station-reviews', { body: { ...target, rating, comment } }));
      Toast.show({ content: t('stations.reviewed') });
      onDone();
    } catch (e) {
      Toast.show({ content: failText(e, lang, t) });
    }
    setSending(false);
  };
  return (
    <div data-testid="station-review-form">
      <h3>{t('stations.rate')}</h3>
      <Rate value={rating} onChange={setRating} />
      <TextArea placeholder={t('stations.rateHint')} value={comment} onChange={setComment} maxLength={500} rows={3} />
      <Button block color="primary" loading={sending} onClick={send} data-testid="station-review-send">
        {t('stations.submitReview')}
      </Button>
    </div>
  );
}

export function StationVisit() {
  const { t, lang } = useI18n();
  const id = Number(useParams().id);
  const [params] = useSearchParams();
  const token = params.get('t') ?? '';
  const amenities = useAmenities();
  const station = useAsync(() => call(api.GET('/api/public/stations/{id}', { params: { path: { id } } })), [id]);
  const [service, setService] = useState('rest');
  const [visit, setVisit] = useState<{
    id: number;
    visitedAt: string;
    bookingId: number | null;
    repeated: boolean;
    reviewable: boolean;
  } | null>(null);
  const [reviewed, setReviewed] = useState(false);
  const [sending, setSending] = useState(false);
  const checkIn = async () => {
    setSending(true);
    try {
      setVisit(
        await call(api.POST('/api/me/stations/{id}/visits', { params: { path: { id } }, body: { token, service } })),
      );
    } catch (e) {
      Toast.show({ content: failText(e, lang, t) });
    }
    setSending(false);
  };
  return (
    <>
      <PageBar back={`/stations/${id}`}>{t('stations.visitTitle')}</PageBar>
      <AsyncView state={station}>
        {(s) => (
          <div className="st-page" data-testid="station-visit">
            {visit ? (
              <>
                <Result
                  status="success"
                  title={t('stations.checkedIn')}
                  description={t('stations.checkedInAt', { station: s.name, at: when(visit.visitedAt, lang) })}
                />
                {visit.repeated && <NoticeBar color="info" wrap content={t('stations.repeated')} />}
                {visit.bookingId && <NoticeBar color="success" wrap content={t('stations.bookingCheckedIn')} />}
                {visit.reviewable && !reviewed && (
                  <ReviewForm target={{ visitId: visit.id }} onDone={() => setReviewed(true)} />
                )}
              </>
            ) : (
              <>
                <h2 className="st-title">{s.name}</h2>
                <p>{t('stations.serviceUsed')}</p>
                <Selector
                  columns={3}
                  value={[service]}
                  onChange={(v) => v[0] && setService(v[0])}
                  options={['rest', ...s.amenities.filter((a) => a !== 'rest')].map((a) => ({
                    label: amenities.name(a),
                    value: a,
                  }))}
                />
                <Button
                  block
                  color="primary"
                  size="large"
                  loading={sending}
                  onClick={checkIn}
                  style={{ marginTop: 16 }}
                  data-testid="station-check-in"
                >
                  {t('stations.checkIn')}
                </Button>
              </>
            )}
          </div>
        )}
      </AsyncView>
    </>
  );
}

const chinaDay = (offset: number) =>
  new Date(Date.now() + 8 * 3_600_000 + offset * 86_400_000).toISOString().slice(0, 10);

export function RoomBooking() {
  const { t, lang } = useI18n();
  const navigate = useNavigate();
  const id = Number(useParams().id);
  const roomId = Number(useParams().roomId);
  const station = useAsync(() => call(api.GET('/api/public/stations/{id}', { params: { path: { id } } })), [id]);
  const room = station.data?.rooms.find((r) => r.id === roomId);
  const days = Array.from({ length: (room?.horizonDays ?? 7) + 1 }, (_, i) => chinaDay(i));
  const [day, setDay] = useState(chinaDay(0));
  const slots = useAsync(
    () => call(api.GET('/api/me/station-rooms/{id}/slots', { params: { path: { id: roomId }, query: { day } } })),
    [roomId, day],
  );
  const hhmm = (iso: string) =>
    new Date(iso).toLocaleTimeString(lang, { hour: '2-digit', minute: '2-digit', hourCycle: 'h23', timeZone: CHINA });
  const book = async (slot: { id: number; startsAt: string; endsAt: string }) => {
    const yes = await Dialog.confirm({
      content: t('stations.bookConfirm', { room: room?.name ?? '', time: `${day} ${hhmm(slot.startsAt)}` }),
    });
    if (!yes) return;
    try {
      const b = await call(api.POST('/api/me/room-bookings', { body: { slotId: slot.id } }));
      Toast.show({ content: t(b.status === 'pending' ? 'stations.pendingOk' : 'stations.bookedOk') });
      navigate('/stations/mine');
    } catch (e) {
      Toast.show({ content: failText(e, lang, t) });
      await slots.reload();
    }
  };
  return (
    <>
      <PageBar back={`/stations/${id}`}>{room?.name ?? t('stations.rooms')}</PageBar>
      <div className="st-page" data-testid="room-booking">
        <CapsuleTabs activeKey={day} onChange={setDay}>
          {days.map((d) => (
            <CapsuleTabs.Tab key={d} title={d.slice(5)} />
          ))}
        </CapsuleTabs>
        <AsyncView state={slots}>
          {({ items }) =>
            items.length === 0 ? (
              <Empty className="m-empty" />
            ) : (
              <div className="st-slots">
                {items.map((s) => {
                  const label = s.mine
                    ? t('stations.booked')
                    : s.bookable
                      ? t('stations.left', { n: s.left })
                      : s.left === 0
                        ? t('stations.full')
                        : Date.parse(s.opensAt) > Date.now()
                          ? t('stations.notReleased', { at: when(s.opensAt, lang) })
                          : t('stations.past');
                  return (
                    <Button
                      key={s.id}
                      color={s.mine ? 'success' : 'primary'}
                      fill={s.bookable ? 'solid' : 'outline'}
                      disabled={!s.bookable || !!s.mine}
                      onClick={() => book(s)}
                      data-testid={`slot-${hhmm(s.startsAt)}`}
                    >
                      {hhmm(s.startsAt)}–{hhmm(s.endsAt)}
                      <br />
                      <small>{label}</small>
                    </Button>
                  );
                })}
              </div>
            )
          }
        </AsyncView>
      </div>
    </>
  );
}

export function MyStations() {
  const { t, lang } = useI18n();
  const bookings = useAsync(() => call(api.GET('/api/me/room-bookings', { params: { query: { pageSize: 50 } } })), []);
  const visits = useAsync(() => call(api.GET('/api/me/station-visits', { params: { query: { pageSize: 50 } } })), []);
  const [reviewing, setReviewing] = useState<{ visitId: number } | { bookingId: number } | null>(null);
  const cancel = async (id: number) => {
    if (!(await Dialog.confirm({ content: t('stations.cancelConfirm') }))) return;
    try {
      await call(api.POST('/api/me/room-bookings/{id}/cancel', { params: { path: { id } } }));
      Toast.show({ content: t('stations.cancelled') });
      await bookings.reload();
    } catch (e) {
      Toast.show({ content: failText(e, lang, t) });
    }
  };
  const done = async () => {
    setReviewing(null);
    await Promise.all([bookings.reload(), visits.reload()]);
  };
  return (
    <>
      <PageBar back="/stations">{t('stations.mine')}</PageBar>
      <div className="st-page">
        {reviewing && <ReviewForm target={reviewing} onDone={done} />}
        <Tabs>
          <Tabs.Tab title={t('stations.myBookings')} key="bookings">
            <AsyncView state={bookings}>
              {({ items }) =>
                items.length === 0 ? (
                  <Empty className="m-empty" description={t('stations.noBookings')} />
                ) : (
                  <List className="m-list" data-testid="my-bookings">
                    {items.map((b) => (
                      <List.Item
                        key={b.id}
                        description={`${b.station.name} · ${when(b.startsAt, lang)}${
                          b.actions.includes('cancel')
                            ? ` · ${t('stations.cancelUntil', { at: when(b.cancelUntil, lang) })}`
                            : ''
                        }`}
                        extra={
                          <div className="st-card-line">
                            <Tag>{t(`stations.booking.${b.status}`)}</Tag>
                            {b.actions.includes('cancel') && (
                              <Button size="mini" onClick={() => cancel(b.id)}>
                                {t('stations.cancel')}
                              </Button>
                            )}
                            {b.reviewable && (
                              <Button size="mini" color="primary" onClick={() => setReviewing({ bookingId: b.id })}>
                                {t('stations.toReview')}
                              </Button>
                            )}
                          </div>
                        }
                      >
                        {b.room.name}
                      </List.Item>
                    ))}
                  </List>
                )
              }
            </AsyncView>
          </Tabs.Tab>
          <Tabs.Tab title={t('stations.myVisits')} key="visits">
            <AsyncView state={visits}>
              {({ items }) =>
                items.length === 0 ? (
                  <Empty className="m-empty" description={t('stations.noVisits')} />
                ) : (
                  <List className="m-list" data-testid="my-visits">
                    {items.map((v) => (
                      <List.Item
                        key={v.id}
                        description={when(v.visitedAt, lang)}
                        extra={
                          v.reviewable && (
                            <Button size="mini" color="primary" onClick={() => setReviewing({ visitId: v.id })}>
                              {t('stations.toReview')}
                            </Button>
                          )
                        }
                      >
                        {v.station.name}
                      </List.Item>
                    ))}
                  </List>
                )
              }
            </AsyncView>
          </Tabs.Tab>
        </Tabs>
      </div>
    </>
  );
}
