import { Button, Card, Dialog, List, Tag, TextArea, Toast } from 'antd-mobile';
import { useState } from 'react';
import { ApiError, api, call } from '../../api/client';
import { useI18n } from '../../i18n';
import { useAsync } from '../../shared/useAsync';
import { PageBar } from '../kit/PageBar';

/** Free consultations with the union's lawyers: pick an open slot, say what it is about; cancel in time. */
export default function Legal() {
  const { t, lang } = useI18n();
  const slots = useAsync(() => call(api.GET('/api/me/legal-slots')), []);
  const mine = useAsync(() => call(api.GET('/api/me/consultations')), []);
  const [topic, setTopic] = useState('');
  const fail = (e: unknown) => Toast.show({ icon: 'fail', content: e instanceof ApiError ? e.text(lang) : String(e) });
  const when = (s: { startsAt: string; endsAt: string }) =>
    `${new Date(s.startsAt).toLocaleString(lang, { month: 'numeric', day: 'numeric', weekday: 'short', hour: '2-digit', minute: '2-digit', timeZone: 'Asia/Shanghai' })}–${new Date(s.endsAt).toLocaleTimeString(lang, { hour: '2-digit', minute: '2-digit', timeZone: 'Asia/Shanghai' })}`;
  const book = async (slotId: number) => {
    const ok = await Dialog.confirm({
      title: t('legal.topic'),
      content: <TextArea placeholder={t('legal.topicHint')} onChange={setTopic} rows={3} maxLength={500} />,
    });
    if (!ok) return;
    try {
      await call(api.POST('/api/me/consultations', { body: { slotId, topic: topic || t('legal.topicDefault') } }));
      Toast.show({ icon: 'success', content: t('legal.booked') });
      await Promise.all([slots.reload(), mine.reload()]);
    } catch (e) {
      fail(e);
      await slots.reload();
    }
  };
  const cancel = async (id: number) => {
    if (!(await Dialog.confirm({ content: t('legal.cancelConfirm') }))) return;
    try {
      await call(api.POST('/api/me/consultations/{id}/cancel', { params: { path: { id } } }));
      await Promise.all([slots.reload(), mine.reload()]);
    } catch (e) {
      fail(e);
    }
  };
  return (
    <>
      <PageBar back={'/'}>{t('legal.title')}</PageBar>
      {mine.data && mine.data.items.length > 0 && (
        <List header={t('legal.mine')} style={{ margin: 12, borderRadius: 12, overflow: 'hidden' }}>
          {mine.data.items.map((b) => (
            <List.Item
              key={b.id}
              description={`${b.slot.lawyer} · ${t(`legal.mode.${b.slot.mode}` as const)}${b.slot.place ? ` · ${b.slot.place}` : ''}${b.outcome ? ` · ${b.outcome}` : ''}`}
              extra={
                b.status === 'booked' ? (
                  <Button size="mini" onClick={() => cancel(b.id)}>
                    {t('legal.cancel')}
                  </Button>
                ) : (
                  <Tag>{t(`legal.status.${b.status}` as const)}</Tag>
                )
              }
            >
              {when(b.slot)}
            </List.Item>
          ))}
        </List>
      )}
      <List header={t('legal.open')} style={{ margin: 12, borderRadius: 12, overflow: 'hidden' }}>
        {slots.data?.items.length === 0 && <List.Item>{t('legal.noSlots')}</List.Item>}
        {slots.data?.items.map((s) => (
          <List.Item
            key={s.id}
            description={`${s.lawyer} · ${s.union} · ${t(`legal.mode.${s.mode}` as const)}${s.place ? ` · ${s.place}` : ''}`}
            extra={
              s.booked ? (
                <Tag>{t('legal.full')}</Tag>
              ) : (
                <Button size="mini" color="primary" onClick={() => book(s.id)} data-testid={`book-${s.id}`}>
                  {t('legal.book')}
                </Button>
              )
            }
          >
            {when(s)}
          </List.Item>
        ))}
      </List>
      <Card style={{ margin: 12, borderRadius: 12, color: '#666', fontSize: 13 }}>{t('legal.note')}</Card>
    </>
  );
}
