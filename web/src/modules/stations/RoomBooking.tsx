// Booking a room: the days up to its horizon, each day's slots with places left (or when they open), one tap.
import { Button, CapsuleTabs, Dialog, Empty, Toast } from 'antd-mobile';
import { useState } from 'react';
import { useNavigate, useParams } from 'react-router';
import { api, call } from '../../api/client';
import { useI18n } from '../../i18n';
import { AsyncView } from '../../member/kit/AsyncView';
import { PageBar } from '../../member/kit/PageBar';
import { useAsync } from '../../shared/useAsync';
import './stations.css';
import { CHINA, failText, when } from './memberKit';

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
