// A station's page for members: open or not, one-tap navigation in Amap, Baidu or Tencent Maps (each in its own
// datum, from the server), hours, amenities, story, rooms to book and reviews with the station's replies.
import { Button, ImageViewer, List, Rate, Tag } from 'antd-mobile';
import { useNavigate, useParams } from 'react-router';
import { api, call } from '../../api/client';
import { type MessageKey, useI18n } from '../../i18n';
import { AsyncView } from '../../member/kit/AsyncView';
import { PageBar } from '../../member/kit/PageBar';
import { useAsync } from '../../shared/useAsync';
import './stations.css';
import { useAmenities } from './memberKit';

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
            {s.photos.length > 0 && (
              <div className="st-photos" data-testid="station-photos">
                {s.photos.map((p, i) => (
                  <button
                    key={p.name}
                    type="button"
                    onClick={() => ImageViewer.Multi.show({ images: s.photos.map((x) => x.url), defaultIndex: i })}
                  >
                    <img src={p.url} alt={t('stations.photoOf', { name: s.name, n: i + 1 })} loading="lazy" />
                  </button>
                ))}
              </div>
            )}
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
