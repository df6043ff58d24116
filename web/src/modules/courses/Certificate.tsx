// A certificate of completion: the member's own, printable, and the public check of a printed code (name masked).
import { Button, ErrorBlock, List, Result } from 'antd-mobile';
import { useParams } from 'react-router';
import { api, call } from '../../api/client';
import { useI18n } from '../../i18n';
import { AsyncView } from '../../member/kit/AsyncView';
import { PageBar } from '../../member/kit/PageBar';
import { useAsync } from '../../shared/useAsync';
import { studyTime } from './format';
import '../../shared/certificate.css';
import './courses.css';

const day = (iso: string, lang: string) => new Date(iso).toLocaleDateString(lang, { dateStyle: 'long' });
const checkUrl = (code: string) => `${window.location.origin}/course-certificates/${code}`;

export function CertificatePage() {
  const { t, lang } = useI18n();
  const code = String(useParams().code);
  const certificate = useAsync(
    () => call(api.GET('/api/me/certificates/{code}', { params: { path: { code } } })),
    [code],
  );
  return (
    <>
      <PageBar back="/courses">{t('courses.cert.heading')}</PageBar>
      <AsyncView state={certificate}>
        {(c) => (
          <>
            <article className="certificate" data-testid="certificate">
              <h1>{t('courses.cert.heading')}</h1>
              <p className="certificate-body">
                {t('courses.cert.body', {
                  name: c.name,
                  course: c.courseTitle,
                  n: c.lessons,
                  time: studyTime(t, c.studySeconds),
                })}
              </p>
              <p className="certificate-issuer">{t('courses.cert.issuer', { union: c.unionName })}</p>
              <p>{t('courses.cert.date', { date: day(c.issuedAt, lang) })}</p>
              <p className="certificate-code">{t('courses.cert.code', { code: c.code })}</p>
              <p className="certificate-check">{t('courses.cert.check', { url: checkUrl(c.code) })}</p>
            </article>
            <div className="course-actions no-print">
              <Button block color="primary" onClick={() => window.print()}>
                {t('courses.cert.print')}
              </Button>
            </div>
          </>
        )}
      </AsyncView>
    </>
  );
}

export function CertificateCheck() {
  const { t, lang } = useI18n();
  const code = String(useParams().code);
  const certificate = useAsync(() => call(api.GET('/api/certificates/{code}', { params: { path: { code } } })), [code]);
  return (
    <>
      <PageBar>{t('courses.check.title')}</PageBar>
      {certificate.error?.status === 404 ? (
        <ErrorBlock status="empty" title={t('courses.check.invalid')} description={code} />
      ) : (
        <AsyncView state={certificate}>
          {(c) => (
            <>
              <Result status="success" title={t('courses.check.valid')} description={c.code} />
              <List className="m-list" data-testid="certificate-check">
                <List.Item extra={c.name}>{t('courses.check.holder')}</List.Item>
                <List.Item extra={c.courseTitle}>{t('courses.check.course')}</List.Item>
                <List.Item extra={c.unionName}>{t('courses.check.issuer')}</List.Item>
                <List.Item extra={day(c.issuedAt, lang)}>{t('courses.check.date')}</List.Item>
              </List>
            </>
          )}
        </AsyncView>
      )}
    </>
  );
}
