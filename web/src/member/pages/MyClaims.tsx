import { ErrorBlock, SpinLoading } from 'antd-mobile';
import { useNavigate } from 'react-router';
import { useI18n } from '../../i18n';
import { useAsync } from '../../shared/useAsync';
import { ClaimCard, loadClaims } from '../components/ClaimCard';
import { PageBar } from '../kit/PageBar';

export default function MyClaims() {
  const { t, lang } = useI18n();
  const navigate = useNavigate();
  const claims = useAsync(loadClaims, []);
  return (
    <>
      <PageBar back={'/'}>{t('claims.title')}</PageBar>
      {claims.loading && !claims.data && (
        <div className="m-center">
          <SpinLoading color="primary" />
        </div>
      )}
      {claims.error && <ErrorBlock status="default" title={claims.error.text(lang)} />}
      {claims.data?.items.length === 0 && <ErrorBlock status="empty" title={t('common.empty')} />}
      {claims.data?.items.map((c) => (
        <ClaimCard
          key={c.id}
          claim={c}
          onChanged={claims.reload}
          showTitle
          onOpen={() => navigate(`/benefits/${c.offer.id}`)}
        />
      ))}
    </>
  );
}
