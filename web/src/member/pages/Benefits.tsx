import { ErrorBlock, List, SpinLoading, Tabs, Tag } from 'antd-mobile';
import { useMemo, useState } from 'react';
import { useNavigate } from 'react-router';
import { api, call } from '../../api/client';
import { useI18n } from '../../i18n';
import { useAsync } from '../../shared/useAsync';
import { clockOffset, formatSpan, useCountdown } from '../components/Countdown';
import { PageBar } from '../kit/PageBar';

const loadOffers = (kind?: Kind) => call(api.GET('/api/me/offers', { params: { query: kind ? { kind } : {} } }));
type Offer = Awaited<ReturnType<typeof loadOffers>>['items'][number];
type Kind = 'voucher' | 'course' | 'activity' | 'subsidy';

/** What is open to me now, opening soon (with a countdown on the server's clock), or recently closed. */
export default function Benefits() {
  const { t, lang } = useI18n();
  const navigate = useNavigate();
  const [kind, setKind] = useState<Kind | 'all'>('all');
  const list = useAsync(() => loadOffers(kind === 'all' ? undefined : kind), [kind]);
  const serverTime = list.data?.serverTime;
  const offset = useMemo(() => (serverTime ? clockOffset(serverTime) : 0), [serverTime]);
  return (
    <>
      <PageBar back={'/'}>{t('benefits.title')}</PageBar>
      <Tabs activeKey={kind} onChange={(k) => setKind(k as Kind | 'all')}>
        <Tabs.Tab title={t('benefits.tab.all')} key="all" />
        {(['voucher', 'course', 'activity', 'subsidy'] as const).map((k) => (
          <Tabs.Tab title={t(`offer.kind.${k}`)} key={k} />
        ))}
      </Tabs>
      {list.loading && !list.data && (
        <div className="m-center">
          <SpinLoading color="primary" />
        </div>
      )}
      {list.error && <ErrorBlock status="default" title={list.error.text(lang)} />}
      {list.data && list.data.items.length === 0 && <ErrorBlock status="empty" title={t('offer.empty')} />}
      {list.data && list.data.items.length > 0 && (
        <List style={{ margin: 12, borderRadius: 12, overflow: 'hidden' }}>
          {list.data.items.map((o) => (
            <OfferRow key={o.id} offer={o} offset={offset} onOpen={() => navigate(`/benefits/${o.id}`)} />
          ))}
        </List>
      )}
    </>
  );
}

function OfferRow({ offer, offset, onOpen }: { offer: Offer; offset: number; onOpen: () => void }) {
  const { t } = useI18n();
  const left = useCountdown(offer.phase === 'upcoming' ? offer.opensAt : null, offset);
  const color = offer.phase === 'open' ? 'success' : offer.phase === 'upcoming' ? 'warning' : 'default';
  return (
    <List.Item
      onClick={onOpen}
      data-testid={`offer-${offer.id}`}
      description={
        <span>
          <Tag color="primary" fill="outline">
            {t(`offer.kind.${offer.kind}` as const)}
          </Tag>{' '}
          <Tag color={color}>{t(`offer.phase.${offer.phase}` as const)}</Tag>{' '}
          {offer.mode === 'first_come'
            ? t('offer.left', { left: offer.left, capacity: offer.capacity })
            : t('offer.mode.lottery')}
        </span>
      }
      extra={
        offer.phase === 'upcoming' ? (
          <span className="m-countdown">{formatSpan(left, (n) => t('common.days', { n }))}</span>
        ) : null
      }
    >
      {offer.title}
    </List.Item>
  );
}
