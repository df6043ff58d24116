// A certificate of volunteer hours: the volunteer's own, printable, with its code and where to check it; and the
// public check of a printed code (the name masked), for an employer or a school holding the paper.
import { Button, ErrorBlock, List, Result } from 'antd-mobile';
import { useParams } from 'react-router';
import { api, call } from '../../api/client';
import { useI18n } from '../../i18n';
import { AsyncView } from '../../member/kit/AsyncView';
import { PageBar } from '../../member/kit/PageBar';
import { useAsync } from '../../shared/useAsync';
import '../../shared/certificate.css';

const day = (iso: string, lang: string) =>
  new Date(iso).toLocaleDateString(lang, { dateStyle: 'long', timeZone: 'Asia/Shanghai' });
const checkUrl = (code: string) => `${window.location.origin}/volunteer-certificates/${code}`;

export function HoursCertificatePage() {
  const { t, lang } = useI18n();
  const code = String(useParams().code);
  const certificate = useAsync(
    () => call(api.GET('/api/me/volunteer/certificates/{code}', { params: { path: { code } } })),
    [code],
  );
  return (
    <>
      <PageBar back="/volunteer/hours">{t('volunteer.certificate')}</PageBar>
      <AsyncView state={certificate}>
        {(c) => (
          <>
            <article className="certificate" data-testid="hours-certificate-paper">
              <h1>{t('volunteer.certificate')}</h1>
              <p className="certificate-body">
                {t('volunteer.cert.body', { name: c.name, union: c.unionName, n: c.activities, hours: c.hours })}
              </p>
              <p className="certificate-issuer">{t('volunteer.cert.issuer')}</p>
              <p>{t('volunteer.cert.date', { date: day(c.issuedAt, lang) })}</p>
              <p className="certificate-code">{t('volunteer.cert.code', { code: c.code })}</p>
              <p className="certificate-check">{t('volunteer.cert.check', { url: checkUrl(c.code) })}</p>
            </article>
            <div className="no-print" style={{ margin: 12 }}>
              <Button block color="primary" onClick={() => window.print()}>
                {t('volunteer.print')}
              </Button>
            </div>
          </>
        )}
      </AsyncView>
    </>
  );
}

export function HoursCertificateCheck() {
  const { t, lang } = useI18n();
  const code = String(useParams().code);
  const certificate = useAsync(
    () => call(api.GET('/api/volunteer-certificates/{code}', { params: { path: { code } } })),
    [code],
  );
  return (
    <>
      <PageBar>{t('volunteer.check.title')}</PageBar>
      {certificate.error?.status === 404 || certificate.error?.status === 400 ? (
        <ErrorBlock status="empty" title={t('volunteer.check.invalid')} description={code} />
      ) : (
        <AsyncView state={certificate}>
          {(c) => (
            <>
              <Result status="success" title={t('volunteer.check.valid')} description={c.code} />
              <List className="m-list" data-testid="hours-certificate-check">
                <List.Item extra={c.name}>{t('volunteer.check.holder')}</List.Item>
                <List.Item extra={c.unionName}>{t('volunteer.check.union')}</List.Item>
                <List.Item extra={t('volunteer.hoursValue', { n: c.hours })}>{t('volunteer.check.hours')}</List.Item>
                <List.Item extra={c.activities}>{t('volunteer.check.activities')}</List.Item>
                <List.Item extra={day(c.issuedAt, lang)}>{t('volunteer.check.date')}</List.Item>
              </List>
              <p className="m-muted" style={{ margin: 12 }}>
                {t('volunteer.check.note')}
              </p>
            </>
          )}
        </AsyncView>
      )}
    </>
  );
}
