// What the member app's station pages share: amenity names, distances, China time, error words, the review form.
import { Button, Rate, TextArea, Toast } from 'antd-mobile';
import { useMemo, useState } from 'react';
import { ApiError, api, call } from '../../api/client';
import { type Lang, useI18n } from '../../i18n';
import { useAsync } from '../../shared/useAsync';
import './stations.css';

type Amenity = { key: string; nameZh: string; nameEn: string };

export function useAmenities() {
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

export const distance = (km: number, t: ReturnType<typeof useI18n>['t']) =>
  km < 1 ? t('stations.m', { m: Math.round(km * 1000) }) : t('stations.km', { km: km.toFixed(1) });

// Stations, slots and deadlines are set in China time, and shown in it wherever the phone is.
export const CHINA = 'Asia/Shanghai';
export const when = (iso: string, lang: Lang) =>
  new Date(iso).toLocaleString(lang, {
    month: 'numeric',
    day: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    timeZone: CHINA,
  });

export function failText(e: unknown, lang: Lang, t: ReturnType<typeof useI18n>['t']) {
  return e instanceof ApiError ? e.text(lang) : t('stations.failed');
}

/** Rating a visit or an attended booking, once. */
export function ReviewForm({
  target,
  onDone,
}: {
  target: { visitId: number } | { bookingId: number };
  onDone: () => void;
}) {
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
