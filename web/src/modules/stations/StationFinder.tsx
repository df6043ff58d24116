// 附近驿站: the nearest stations from the phone's position, or a typed place when the position is refused,
// filtered by kind, amenity and "open now", on a map (its own lazy chunk) above the list.
import { Button, Empty, List, NoticeBar, SearchBar, Selector, Switch, Tag } from 'antd-mobile';
import { lazy, Suspense, useCallback, useEffect, useState } from 'react';
import { useNavigate } from 'react-router';
import { api, call } from '../../api/client';
import { stations as enums } from '../../api/enums';
import { useI18n } from '../../i18n';
import { PageBar } from '../../member/kit/PageBar';
import { useAsync } from '../../shared/useAsync';
import './stations.css';
import { distance, useAmenities } from './memberKit';

const StationMap = lazy(() => import('./StationMap'));

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
