import { Button, Dialog, ErrorBlock, Input, List, Result, SpinLoading, Stepper, Tag, Toast } from 'antd-mobile';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useNavigate, useParams } from 'react-router';
import { ApiError, api, call } from '../../api/client';
import { type MessageKey, useI18n } from '../../i18n';
import { useAsync } from '../../shared/useAsync';
import { ClaimCard } from '../components/ClaimCard';
import { clockOffset, formatSpan, useCountdown } from '../components/Countdown';
import { PageBar } from '../kit/PageBar';

const newKey = () => crypto.randomUUID().replaceAll('-', '');
const when = (iso: string | null, lang: string) => (iso ? new Date(iso).toLocaleString(lang) : '');

/**
 * One offer: details, a countdown on the server's clock, and the claim button. The claim pass is fetched
 * while the countdown runs, so the claim itself needs no sign-in round trip. A retry after a network
 * error reuses the same idempotency key: the server answers with the original result, never a second claim.
 */
export default function OfferDetail() {
  const { id } = useParams();
  const { t, lang } = useI18n();
  const navigate = useNavigate();
  const offer = useAsync(() => call(api.GET('/api/me/offers/{id}', { params: { path: { id: Number(id) } } })), [id]);
  const pass = useRef<{ pass: string; expiresAt: string } | null>(null);
  const intent = useRef<string>(newKey());
  const [busy, setBusy] = useState(false);
  const [quantity, setQuantity] = useState(1);
  const [survey, setSurvey] = useState('');
  const [result, setResult] = useState<{ ok: boolean; title: string; detail?: string; waitlist?: boolean } | null>(
    null,
  );

  const refreshPass = useCallback(async () => {
    pass.current = await call(api.POST('/api/me/claim-pass'));
  }, []);
  useEffect(() => {
    void refreshPass().catch(() => undefined);
    const timer = setInterval(() => void refreshPass().catch(() => undefined), 5 * 60_000);
    return () => clearInterval(timer);
  }, [refreshPass]);

  const data = offer.data;
  // Measured once per response: recomputing it on every render would freeze the server clock.
  const serverTime = data?.serverTime;
  const offset = useMemo(() => (serverTime ? clockOffset(serverTime) : 0), [serverTime]);
  const reload = offer.reload;
  const opensIn = useCountdown(data && data.phase === 'upcoming' ? data.opensAt : null, offset, reload);

  if (offer.loading && !data) {
    return (
      <div className="m-center">
        <SpinLoading color="primary" />
      </div>
    );
  }
  if (!data) return <ErrorBlock status="default" title={offer.error?.text(lang)} />;

  const lottery = data.mode === 'lottery';
  const active = data.myClaims.filter((c) => ['confirmed', 'applied', 'waitlisted', 'offered'].includes(c.status));
  const held = active
    .filter((c) => c.status === 'confirmed' || c.status === 'applied')
    .reduce((n, c) => n + c.quantity, 0);
  const canClaim = data.phase === 'open' && held < data.perMemberLimit && (lottery || data.left > 0);

  const claim = async () => {
    setBusy(true);
    try {
      if (!pass.current || Date.parse(pass.current.expiresAt) < Date.now() + 5000) await refreshPass();
      const send = () =>
        call(
          api.POST('/api/claims', {
            body: { offerId: data.id, idempotencyKey: intent.current, quantity, surveyAnswer: survey || undefined },
            params: { header: { 'x-zg-pass': pass.current?.pass } },
          }),
        );
      // A pass the server cannot read (signed by a rotated key, or by the other version during an upgrade, or
      // expired while the phone slept) is no refusal of the claim: a new pass, and once more with the same key.
      const res = await send().catch(async (e: unknown) => {
        if (!(e instanceof ApiError) || !['CLAIM_PASS_INVALID', 'CLAIM_PASS_EXPIRED'].includes(e.code)) throw e;
        await refreshPass();
        return send();
      });
      intent.current = newKey();
      setResult({
        ok: true,
        title: t(res.status === 'applied' ? 'offer.applied' : 'offer.claimed'),
        detail: res.voucherCodes.join(' '),
      });
      void reload();
    } catch (e) {
      const err = e instanceof ApiError ? e : null;
      // A definite refusal ends this attempt; a network failure keeps the key for the retry.
      if (err && err.status > 0 && err.status < 500) intent.current = newKey();
      setResult({
        ok: false,
        title: err?.text(lang) ?? String(e),
        waitlist: err?.code === 'OFFER_SOLD_OUT' && data.waitlist,
      });
      void reload();
    } finally {
      setBusy(false);
    }
  };

  const joinWaitlist = async () => {
    try {
      const res = await call(api.POST('/api/me/offers/{id}/waitlist', { params: { path: { id: data.id } } }));
      setResult({ ok: true, title: t('offer.waitlisted', { n: res.position }) });
      void reload();
    } catch (e) {
      Toast.show({ content: e instanceof ApiError ? e.text(lang) : String(e) });
    }
  };

  return (
    <>
      <PageBar back={'/benefits'}>{t(`offer.kind.${data.kind}` as const)}</PageBar>
      <div className="m-offer-head">
        <h2>{data.title}</h2>
        <div>
          <Tag color="primary">{t(`offer.mode.${data.mode}` as const)}</Tag>{' '}
          <Tag color={data.phase === 'open' ? 'success' : 'default'}>{t(`offer.phase.${data.phase}` as const)}</Tag>
        </div>
        {!lottery && (
          <div className="m-offer-left">{t('offer.left', { left: data.left, capacity: data.capacity })}</div>
        )}
        {data.phase === 'upcoming' && (
          <div className="m-countdown big" data-testid="countdown">
            {t('offer.opensIn', { time: formatSpan(opensIn, (n) => t('common.days', { n })) })}
          </div>
        )}
        {data.phase === 'open' && (
          <div className="m-muted">{t('offer.closesAt', { time: when(data.closesAt, lang) })}</div>
        )}
      </div>
      {data.description && <p className="m-para">{data.description}</p>}
      <List style={{ margin: 12, borderRadius: 12, overflow: 'hidden' }}>
        {data.startsAt && <List.Item extra={when(data.startsAt, lang)}>{t('offer.time')}</List.Item>}
        {(data.place || data.online) && (
          <List.Item extra={data.online ? t('offer.online') : data.place}>{t('offer.place')}</List.Item>
        )}
        {data.teacher && <List.Item extra={data.teacher}>{t('offer.teacher')}</List.Item>}
        {data.merchant && <List.Item extra={data.merchant.name}>{t('offer.merchant')}</List.Item>}
        {data.validUntil && <List.Item extra={when(data.validUntil, lang)}>{t('offer.validUntil')}</List.Item>}
        {data.pointsCost > 0 && (
          <List.Item extra={t('offer.cost', { n: data.pointsCost })}>{t('points.title')}</List.Item>
        )}
        <List.Item
          extra={[
            t('offer.limit', { n: data.perMemberLimit }),
            ...data.eligibleCategories.map((c) => t(`category.${c}` as MessageKey)),
            ...data.eligibleTags,
            data.minTenureDays ? t('offer.tenure', { n: data.minTenureDays }) : '',
          ]
            .filter(Boolean)
            .join(' · ')}
        >
          {t('offer.eligibility')}
        </List.Item>
      </List>
      {canClaim && (
        <div style={{ margin: 12 }}>
          {data.perMemberLimit > 1 && (
            <List style={{ borderRadius: 12, overflow: 'hidden', marginBottom: 12 }}>
              <List.Item
                extra={<Stepper min={1} max={data.perMemberLimit - held} value={quantity} onChange={setQuantity} />}
              >
                {t('offer.quantity')}
              </List.Item>
            </List>
          )}
          {data.surveyQuestion && (
            <List
              header={`${t('offer.survey')}：${data.surveyQuestion}`}
              style={{ borderRadius: 12, overflow: 'hidden', marginBottom: 12 }}
            >
              <List.Item>
                <Input aria-label={t('offer.survey')} value={survey} onChange={setSurvey} maxLength={500} />
              </List.Item>
            </List>
          )}
          <Button block color="danger" size="large" loading={busy} onClick={claim} data-testid="claim">
            {lottery ? t('offer.apply') : t('offer.claim')}
          </Button>
        </div>
      )}
      {data.phase === 'upcoming' && (
        // Where the button will be: the member sees where to tap, and nothing jumps when it opens.
        <div style={{ margin: 12 }}>
          <Button block color="danger" size="large" disabled data-testid="claim-soon">
            {t(lottery ? 'offer.applySoon' : 'offer.claimSoon', {
              time: formatSpan(opensIn, (n) => t('common.days', { n })),
            })}
          </Button>
        </div>
      )}
      {data.phase === 'open' && !lottery && data.left === 0 && data.waitlist && !active.length && (
        <div style={{ margin: 12 }}>
          <Button block onClick={joinWaitlist}>
            {t('offer.waitlist')}
          </Button>
        </div>
      )}
      {lottery && (data.lottery || data.phase === 'closed') && (
        <div style={{ margin: 12 }}>
          <Button block onClick={() => navigate(`/benefits/${data.id}/lottery`)}>
            {t('offer.lotteryResult')}
          </Button>
        </div>
      )}
      {data.myClaims.map((c) => (
        <ClaimCard key={c.id} claim={c} onChanged={reload} />
      ))}
      {result && (
        <Dialog
          visible
          content={
            <Result
              status={result.ok ? 'success' : 'warning'}
              title={result.title}
              description={result.detail ? `${t('wallet.code')}：${result.detail}` : undefined}
            />
          }
          closeOnMaskClick
          onClose={() => setResult(null)}
          actions={[
            ...(result.waitlist ? [{ key: 'wl', text: t('offer.waitlist'), onClick: () => void joinWaitlist() }] : []),
            ...(result.ok && data.kind === 'voucher'
              ? [{ key: 'wallet', text: t('wallet.title'), onClick: () => navigate('/wallet') }]
              : []),
            { key: 'ok', text: t('common.confirm'), onClick: () => setResult(null) },
          ]}
        />
      )}
    </>
  );
}
