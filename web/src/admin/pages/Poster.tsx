import QRCode from 'qrcode';
import { useEffect, useState } from 'react';
import { useParams } from 'react-router';
import { api, call } from '../../api/client';
import { useI18n } from '../../i18n';
import { useAsync } from '../../shared/useAsync';
import { joinUrl } from '../components/JoinQr';

/** A4 poster for a union's join QR code; the browser prints it or saves it as PDF. */
export default function Poster() {
  const { t } = useI18n();
  const id = Number(useParams().id);
  const union = useAsync(() => call(api.GET('/api/unions/{id}', { params: { path: { id } } })), [id]);
  const [png, setPng] = useState('');
  useEffect(() => {
    QRCode.toDataURL(joinUrl(id), { margin: 1, width: 900 }).then(setPng);
  }, [id]);
  if (!union.data) return null;
  return (
    <div className="a-poster">
      <h1>{t('poster.title')}</h1>
      <h2>{union.data.name}</h2>
      {png && <img src={png} alt={joinUrl(id)} />}
      <p className="a-poster-sub">{t('poster.subtitle')}</p>
      <p className="a-poster-steps">{t('poster.steps')}</p>
      <button type="button" className="a-poster-print" onClick={() => window.print()}>
        {t('admin.unions.poster')}
      </button>
    </div>
  );
}
