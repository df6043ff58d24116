import { Button, ErrorBlock } from 'antd-mobile';
import { useEffect, useState } from 'react';
import { ApiError } from '../../api/client';
import { useI18n } from '../../i18n';
import { type Card, fetchCard, loadQrLibrary, takeEarlyCard } from '../warm';

/** The e-card: a QR of a signed token that the server re-issues every 30 seconds. */
export function Ecard() {
  const { t, lang } = useI18n();
  const [card, setCard] = useState<Card | null>(null);
  const [qr, setQr] = useState<string>('');
  const [error, setError] = useState<ApiError | null>(null);
  const [left, setLeft] = useState(0);

  useEffect(() => {
    let timer: ReturnType<typeof setTimeout>;
    let cancelled = false;
    const load = async () => {
      try {
        // The QR library comes with the card, not with the home screen; both are fetched at once (on a first
        // visit, already while the face loaded: warm.ts).
        const [next, { default: QRCode }] = await Promise.all([takeEarlyCard() ?? fetchCard(), loadQrLibrary()]);
        if (cancelled) return;
        setCard(next);
        setQr(await QRCode.toDataURL(next.token, { margin: 1, width: 240, errorCorrectionLevel: 'M' }));
        setError(null);
        setLeft(next.refreshSeconds);
        timer = setTimeout(load, next.refreshSeconds * 1000);
      } catch (e) {
        if (!cancelled) setError(e instanceof ApiError ? e : null);
        timer = setTimeout(load, 10_000);
      }
    };
    void load();
    return () => {
      cancelled = true;
      clearTimeout(timer);
    };
  }, []);
  useEffect(() => {
    const tick = setInterval(() => setLeft((s) => Math.max(0, s - 1)), 1000);
    return () => clearInterval(tick);
  }, []);

  if (error && !card) return <ErrorBlock status="default" title={error.text(lang)} />;
  if (!card) return null;
  return (
    <div className="m-card" data-testid="member-card">
      <div className="label">{t('card.title')}</div>
      <div className="name">{card.name}</div>
      <div className="row">
        <div>
          <div className="label">{t('member.home.cardNo')}</div>
          <div className="value">{card.cardNo}</div>
        </div>
        <div style={{ textAlign: 'right' }}>
          <div className="label">{t('member.home.union')}</div>
          <div>{card.unionName}</div>
        </div>
      </div>
      <div className="m-qr">
        {qr && <img src={qr} alt={card.cardNo} data-testid="card-qr" data-token={card.token} />}
        <div className="m-qr-hint">{t('card.refresh', { s: left })}</div>
      </div>
      <div className="m-card-foot">
        <span>{t('card.hint')}</span>
        <Button
          size="mini"
          fill="outline"
          className="m-noprint"
          onClick={() => window.print()}
          style={{ color: '#fff', borderColor: '#fff' }}
        >
          {t('card.print')}
        </Button>
      </div>
    </div>
  );
}
