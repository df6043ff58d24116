// My bookings (with cancelling up to the deadline) and my visits, each to be rated once.
import { Button, Dialog, Empty, List, Tabs, Tag, Toast } from 'antd-mobile';
import { useState } from 'react';
import { api, call } from '../../api/client';
import { useI18n } from '../../i18n';
import { AsyncView } from '../../member/kit/AsyncView';
import { PageBar } from '../../member/kit/PageBar';
import { useAsync } from '../../shared/useAsync';
import './stations.css';
import { failText, ReviewForm, when } from './memberKit';

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
