// The page a station's QR poster opens: the member says which service they used, checks in, and may rate it.
import { Button, NoticeBar, Result, Selector, Toast } from 'antd-mobile';
import { useState } from 'react';
import { useParams, useSearchParams } from 'react-router';
import { api, call } from '../../api/client';
import { useI18n } from '../../i18n';
import { AsyncView } from '../../member/kit/AsyncView';
import { PageBar } from '../../member/kit/PageBar';
import { useAsync } from '../../shared/useAsync';
import './stations.css';
import { failText, ReviewForm, useAmenities, when } from './memberKit';

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
