import {
  Button,
  Card,
  Checkbox,
  Dialog,
  Form,
  Input,
  List,
  NoticeBar,
  Selector,
  Steps,
  Switch,
  Tag,
  TextArea,
  Toast,
} from 'antd-mobile';
import { useState } from 'react';
import { useNavigate, useParams } from 'react-router';
import { ApiError, api, call, type UploadedFile } from '../../api/client';
import { assistance } from '../../api/enums';
import { type MessageKey, useI18n } from '../../i18n';
import { fenToYuan, yuanToFen } from '../../shared/money';
import { useAsync } from '../../shared/useAsync';
import EvidencePicker from '../components/EvidencePicker';
import { CaseList } from '../kit/CaseList';
import { PageBar } from '../kit/PageBar';
import { Submitted, submittedState } from '../kit/Submitted';

const causes = assistance.causes;
const employments = assistance.employments;
const relations = ['self', 'spouse', 'child', 'parent', 'other'] as const;
const conditions = assistance.healthConditions;
const tierColor = { deep: 'danger', accident: 'warning', relative: 'primary', none: 'default' } as const;
const statusColor = (s: string) =>
  s === 'refused' || s === 'withdrawn' ? 'danger' : s === 'disbursed' || s === 'approved' ? 'success' : 'primary';

/** My applications, newest first, with a button to apply. */
export function AssistanceList() {
  const { t, lang } = useI18n();
  const mine = useAsync(() => call(api.GET('/api/me/assistance')), []);
  return (
    <CaseList
      title={t('assistance.title')}
      intro={t('assistance.intro')}
      start={{ label: t('assistance.apply'), to: '/assistance/new', testId: 'assistance-apply' }}
      empty={t('assistance.none')}
      base="/assistance"
      state={mine}
      card={(a) => ({
        id: a.id,
        title: t(`assistance.cause.${a.cause}` as const),
        status: { label: t(`assistance.status.${a.status}` as const), color: statusColor(a.status) },
        body: (
          <>
            <Tag color={tierColor[a.tier]}>{t(`assistance.tier.${a.tier}` as const)}</Tag>
            <span style={{ marginLeft: 8, color: '#666', fontSize: 13 }}>
              {new Date(a.createdAt).toLocaleDateString(lang)}
            </span>
            {a.approvedFen !== null && (
              <div style={{ marginTop: 6 }}>
                {t('assistance.approvedAmount', { amount: fenToYuan(a.approvedFen, lang) })} ·{' '}
                {t('assistance.paidAmount', { amount: fenToYuan(a.disbursedFen, lang) })}
              </div>
            )}
          </>
        ),
      })}
    />
  );
}

interface Person {
  relation: (typeof relations)[number];
  age: string;
  income: string;
  dependant: boolean;
}

/** The application form: household, health, costs, story, proof; sent only with separate consent (PI-04). */
export function AssistanceApply() {
  const { t, lang } = useI18n();
  const navigate = useNavigate();
  const [cause, setCause] = useState<(typeof causes)[number]>('illness');
  const [employment, setEmployment] = useState<(typeof employments)[number]>('employed');
  const [emergency, setEmergency] = useState(false);
  const [people, setPeople] = useState<Person[]>([{ relation: 'self', age: '', income: '', dependant: false }]);
  const [condition, setCondition] = useState<(typeof conditions)[number]>('healthy');
  const [healthNote, setHealthNote] = useState('');
  const [medical, setMedical] = useState('0');
  const [story, setStory] = useState('');
  const [files, setFiles] = useState<UploadedFile[]>([]);
  const [consent, setConsent] = useState(false);
  const [guardianConsent, setGuardianConsent] = useState(false);
  const [busy, setBusy] = useState(false);
  // PI-05: a child under 14 in the household needs the guardian's (the applicant's) own consent.
  const hasMinor = people.some((p) => p.relation !== 'self' && p.age !== '' && Number(p.age.normalize('NFKC')) < 14);
  const update = (i: number, patch: Partial<Person>) =>
    setPeople(people.map((p, j) => (j === i ? { ...p, ...patch } : p)));
  const submit = async () => {
    const household = people.map((p) => ({
      relation: p.relation,
      age: Number(p.age.normalize('NFKC')),
      annualIncomeFen: yuanToFen(p.income || '0'),
      dependant: p.dependant,
    }));
    const medicalFen = yuanToFen(medical || '0');
    if (household.some((p) => p.annualIncomeFen === null || !Number.isInteger(p.age) || p.age < 0 || p.age > 120)) {
      Toast.show({ icon: 'fail', content: t('assistance.checkHousehold') });
      return;
    }
    if (medicalFen === null) {
      Toast.show({ icon: 'fail', content: t('assistance.checkMedical') });
      return;
    }
    setBusy(true);
    try {
      const res = await call(
        api.POST('/api/me/assistance', {
          body: {
            cause,
            employment,
            emergency,
            household: household as Array<{
              relation: Person['relation'];
              age: number;
              annualIncomeFen: number;
              dependant: boolean;
            }>,
            health: { condition, note: healthNote || null },
            medicalSelfPaidFen: medicalFen,
            story,
            evidenceFileIds: files.map((f) => f.id),
            consent: true,
            guardianConsent: hasMinor && guardianConsent,
          },
        }),
      );
      navigate(`/assistance/${res.id}`, { replace: true, state: submittedState });
    } catch (e) {
      Toast.show({ icon: 'fail', content: e instanceof ApiError ? e.text(lang) : String(e) });
    } finally {
      setBusy(false);
    }
  };
  return (
    <>
      <PageBar back={'/assistance'}>{t('assistance.apply')}</PageBar>
      <Form layout="vertical">
        <Form.Item label={t('assistance.causeLabel')}>
          <Selector
            columns={3}
            value={[cause]}
            onChange={(v) => v[0] && setCause(v[0])}
            options={causes.map((c) => ({ value: c, label: t(`assistance.cause.${c}` as const) }))}
          />
        </Form.Item>
        <Form.Item label={t('assistance.employmentLabel')}>
          <Selector
            columns={3}
            value={[employment]}
            onChange={(v) => v[0] && setEmployment(v[0])}
            options={employments.map((c) => ({ value: c, label: t(`assistance.employment.${c}` as const) }))}
          />
        </Form.Item>
        <Form.Item label={t('assistance.emergency')} description={t('assistance.emergencyHint')}>
          <Switch checked={emergency} onChange={setEmergency} />
        </Form.Item>
        <Form.Header>{t('assistance.household')}</Form.Header>
        {people.map((p, i) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: rows have no identity until submitted
          <Card key={i} style={{ margin: '0 12px 8px', background: '#fafafa' }}>
            <Selector
              columns={3}
              value={[p.relation]}
              onChange={(v) => v[0] && update(i, { relation: v[0] })}
              options={relations.map((r) => ({ value: r, label: t(`assistance.relation.${r}` as const) }))}
            />
            <div className="m-person-fields">
              <div className="m-person-field">
                <span>{t('assistance.age')}</span>
                <Input
                  placeholder={t('assistance.agePlaceholder')}
                  value={p.age}
                  onChange={(v) => update(i, { age: v })}
                  inputMode="numeric"
                  aria-label={t('assistance.age')}
                  data-testid={`person-age-${i}`}
                />
              </div>
              <div className="m-person-field">
                <span>{t('assistance.income')}</span>
                <Input
                  placeholder={t('assistance.incomePlaceholder')}
                  value={p.income}
                  onChange={(v) => update(i, { income: v })}
                  inputMode="decimal"
                  aria-label={t('assistance.income')}
                  data-testid={`person-income-${i}`}
                />
              </div>
            </div>
            <div style={{ display: 'flex', justifyContent: 'space-between', marginTop: 8 }}>
              <Checkbox checked={p.dependant} onChange={(v) => update(i, { dependant: v })}>
                {t('assistance.dependant')}
              </Checkbox>
              {/* The applicant's own row stays: an application is about their household. */}
              {people.length > 1 && p.relation !== 'self' && (
                <Button size="mini" onClick={() => setPeople(people.filter((_, j) => j !== i))}>
                  {t('assistance.removePerson')}
                </Button>
              )}
            </div>
          </Card>
        ))}
        <div style={{ margin: '0 12px 12px' }}>
          <Button
            size="small"
            disabled={people.length >= 30}
            onClick={() => setPeople([...people, { relation: 'child', age: '', income: '0', dependant: true }])}
            data-testid="add-person"
          >
            {t('assistance.addPerson')}
          </Button>
        </div>
        <Form.Item label={t('assistance.health')}>
          <Selector
            columns={4}
            value={[condition]}
            onChange={(v) => v[0] && setCondition(v[0])}
            options={conditions.map((c) => ({ value: c, label: t(`assistance.condition.${c}` as const) }))}
          />
          <Input
            aria-label={t('assistance.healthNote')}
            placeholder={t('assistance.healthNote')}
            value={healthNote}
            onChange={setHealthNote}
            maxLength={200}
          />
        </Form.Item>
        <Form.Item label={t('assistance.medical')} description={t('assistance.medicalHint')}>
          <Input
            aria-label={t('assistance.medical')}
            value={medical}
            onChange={setMedical}
            inputMode="decimal"
            data-testid="medical"
          />
        </Form.Item>
        <Form.Item label={t('assistance.story')}>
          <label htmlFor="assistance-story" className="m-sr-only">
            {t('assistance.story')}
          </label>
          <TextArea
            id="assistance-story"
            value={story}
            onChange={setStory}
            maxLength={1000}
            rows={4}
            showCount
            data-testid="story"
          />
        </Form.Item>
        <Form.Item label={t('evidence.label')}>
          <EvidencePicker purpose="assistance_evidence" files={files} onChange={setFiles} />
        </Form.Item>
        <Form.Item>
          <NoticeBar content={t('assistance.consentText')} color="alert" wrap />
          <Checkbox checked={consent} onChange={setConsent} style={{ marginTop: 8 }} data-testid="consent">
            {t('assistance.consent')}
          </Checkbox>
          {hasMinor && (
            <Checkbox
              checked={guardianConsent}
              onChange={setGuardianConsent}
              style={{ marginTop: 8 }}
              data-testid="guardian-consent"
            >
              {t('assistance.guardianConsent')}
            </Checkbox>
          )}
        </Form.Item>
      </Form>
      <div style={{ margin: 12 }}>
        <Button
          block
          color="primary"
          disabled={!consent || (hasMinor && !guardianConsent) || !story.trim()}
          loading={busy}
          onClick={submit}
          data-testid="assistance-submit"
        >
          {t('assistance.submit')}
        </Button>
      </div>
    </>
  );
}

/** One application: the tier and why, the progress, any refusal reason, payments and help received. */
export function AssistanceDetail() {
  const { t, lang } = useI18n();
  const id = Number(useParams().id);
  const app = useAsync(() => call(api.GET('/api/assistance/{id}', { params: { path: { id } } })), [id]);
  const a = app.data;
  const withdraw = async () => {
    if (!(await Dialog.confirm({ content: t('assistance.withdrawConfirm') }))) return;
    try {
      await call(api.POST('/api/me/assistance/{id}/withdraw', { params: { path: { id } } }));
      await app.reload();
    } catch (e) {
      Toast.show({ icon: 'fail', content: e instanceof ApiError ? e.text(lang) : String(e) });
    }
  };
  if (!a) return <PageBar back={'/assistance'}>{t('assistance.title')}</PageBar>;
  return (
    <>
      <PageBar back={'/assistance'}>{t(`assistance.cause.${a.cause}` as const)}</PageBar>
      <Submitted title={t('assistance.submitted')} testId="assistance-submitted">
        {t('assistance.submittedTo', { union: a.union.name })}
      </Submitted>
      <Card style={{ margin: 12, borderRadius: 12 }}>
        <div style={{ display: 'flex', justifyContent: 'space-between' }}>
          <Tag color={statusColor(a.status)} data-testid="assistance-status">
            {t(`assistance.status.${a.status}` as const)}
          </Tag>
          <span style={{ color: '#666' }}>{a.union.name}</span>
        </div>
        {a.refusalReason && (
          <NoticeBar
            style={{ marginTop: 8 }}
            color="error"
            wrap
            content={t('assistance.refused', { reason: a.refusalReason })}
          />
        )}
        {a.approvedFen !== null && (
          <div style={{ marginTop: 8, fontSize: 16 }} data-testid="assistance-amounts">
            {t('assistance.approvedAmount', { amount: fenToYuan(a.approvedFen, lang) })} ·{' '}
            {t('assistance.paidAmount', { amount: fenToYuan(a.disbursedFen, lang) })}
          </div>
        )}
      </Card>
      <List header={t('assistance.profile')} style={{ margin: 12, borderRadius: 12, overflow: 'hidden' }}>
        <List.Item
          extra={
            <Tag color={tierColor[a.profile.tier]} data-testid="assistance-tier">
              {t(`assistance.tier.${a.profile.tier}` as const)}
            </Tag>
          }
          description={t('assistance.ruleVersion', { version: a.profile.ruleVersion })}
        >
          {t('assistance.tierLabel')}
        </List.Item>
        {a.profile.rules.map((r) => (
          <List.Item
            key={r.rule}
            prefix={<span style={{ color: r.fired ? '#ff3141' : '#bbb' }}>{r.fired ? '●' : '○'}</span>}
            description={r.text ? (lang === 'en' ? r.text.en : r.text.zh) : null}
          >
            {lang === 'en' ? r.label.en : r.label.zh}
          </List.Item>
        ))}
      </List>
      {a.disbursements.length > 0 && (
        <List header={t('assistance.payments')} style={{ margin: 12, borderRadius: 12, overflow: 'hidden' }}>
          {a.disbursements.map((d) => (
            <List.Item
              key={d.id}
              extra={fenToYuan(d.amountFen, lang)}
              description={t(`assistance.method.${d.method}` as const)}
            >
              {d.paidOn}
            </List.Item>
          ))}
        </List>
      )}
      {a.help.length > 0 && (
        <List header={t('assistance.helpReceived')} style={{ margin: 12, borderRadius: 12, overflow: 'hidden' }}>
          {a.help.map((h) => (
            <List.Item key={h.id} description={h.note}>
              {h.programName ?? t(`assistance.program.${h.kind}` as const)}
            </List.Item>
          ))}
        </List>
      )}
      <Card title={t('assistance.progress')} style={{ margin: 12, borderRadius: 12 }}>
        <Steps direction="vertical" current={a.events.length - 1}>
          {a.events.map((e, i) => (
            <Steps.Step
              // biome-ignore lint/suspicious/noArrayIndexKey: events are append-only and ordered
              key={i}
              title={t(`assistance.event.${e.kind}` as MessageKey)}
              description={new Date(e.at).toLocaleString(lang)}
            />
          ))}
        </Steps>
      </Card>
      {a.actions.includes('withdraw') && (
        <div style={{ margin: 12 }}>
          <Button block onClick={withdraw}>
            {t('assistance.withdraw')}
          </Button>
        </div>
      )}
    </>
  );
}
