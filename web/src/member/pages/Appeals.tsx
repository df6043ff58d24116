import {
  Button,
  Card,
  Form,
  Input,
  List,
  NoticeBar,
  Rate,
  Selector,
  Steps,
  Switch,
  Tag,
  TextArea,
  Toast,
} from 'antd-mobile';
import { useEffect, useState } from 'react';
import { useNavigate, useParams } from 'react-router';
import { ApiError, api, call, type UploadedFile } from '../../api/client';
import { appeals } from '../../api/enums';
import { type MessageKey, useI18n } from '../../i18n';
import { fenToYuan, yuanToFen } from '../../shared/money';
import { useAsync } from '../../shared/useAsync';
import EvidencePicker from '../components/EvidencePicker';
import { CaseList } from '../kit/CaseList';
import { PageBar } from '../kit/PageBar';
import { Submitted, submittedState } from '../kit/Submitted';

const categories = appeals.categories;
const dateTime: Intl.DateTimeFormatOptions = { month: 'long', day: 'numeric', hour: '2-digit', minute: '2-digit' };
const statusColor = (s: string) =>
  s === 'refused' ? 'danger' : s === 'resolved' ? 'success' : s === 'awaiting_worker' ? 'warning' : 'primary';

export function AppealList() {
  const { t, lang } = useI18n();
  const mine = useAsync(() => call(api.GET('/api/me/appeals')), []);
  return (
    <CaseList
      title={t('appeal.title')}
      intro={t('appeal.intro')}
      start={{ label: t('appeal.new'), to: '/appeals/new', testId: 'appeal-new' }}
      empty={t('appeal.none')}
      base="/appeals"
      state={mine}
      card={(a) => ({
        id: a.id,
        title: t(`appeal.category.${a.category}` as const),
        status: { label: t(`appeal.status.${a.status}` as const), color: statusColor(a.status) },
        body: (
          <>
            <div>{a.employerName}</div>
            <div style={{ color: '#666', fontSize: 13 }}>
              {a.union.name} · {new Date(a.createdAt).toLocaleDateString(lang)}
            </div>
          </>
        ),
      })}
    />
  );
}

/** "A tap and it goes straight to the union": category, employer, what is owed, proof, optional anonymity. */
export function AppealNew() {
  const { t, lang } = useI18n();
  const navigate = useNavigate();
  const me = useAsync(() => call(api.GET('/api/me')), []);
  const isMember = !!me.data?.member;
  const [category, setCategory] = useState<(typeof categories)[number]>('wage_arrears');
  const [employerName, setEmployerName] = useState('');
  const [owed, setOwed] = useState('');
  const [people, setPeople] = useState('1');
  const [description, setDescription] = useState('');
  const [anonymous, setAnonymous] = useState(false);
  const [workerName, setWorkerName] = useState('');
  const [areaQ, setAreaQ] = useState('');
  const [areas, setAreas] = useState<Array<{ id: number; name: string }>>([]);
  const [area, setArea] = useState<{ id: number; name: string } | null>(null);
  const [files, setFiles] = useState<UploadedFile[]>([]);
  const [busy, setBusy] = useState(false);
  useEffect(() => {
    if (areaQ.trim().length < 2) return setAreas([]);
    const timer = setTimeout(async () => {
      const res = await call(api.GET('/api/join/unions', { params: { query: { q: areaQ } } })).catch(() => ({
        items: [],
      }));
      setAreas(res.items.filter((u) => u.level !== 'base'));
    }, 250);
    return () => clearTimeout(timer);
  }, [areaQ]);
  const submit = async () => {
    const owedFen = owed.trim() ? yuanToFen(owed) : undefined;
    if (owedFen === null) {
      Toast.show({ icon: 'fail', content: t('appeal.checkAmount') });
      return;
    }
    setBusy(true);
    try {
      const res = await call(
        api.POST('/api/me/appeals', {
          body: {
            category,
            employerName,
            amountOwedFen: owedFen,
            peopleAffected: Number(people.normalize('NFKC')) || 1,
            description,
            anonymous,
            areaUnionId: area?.id,
            workerName: isMember ? undefined : workerName,
            evidenceFileIds: files.map((f) => f.id),
          },
        }),
      );
      navigate(`/appeals/${res.id}`, { replace: true, state: submittedState });
    } catch (e) {
      Toast.show({ icon: 'fail', content: e instanceof ApiError ? e.text(lang) : String(e) });
    } finally {
      setBusy(false);
    }
  };
  return (
    <>
      <PageBar back={'/appeals'}>{t('appeal.new')}</PageBar>
      <Form layout="vertical">
        <Form.Item label={t('appeal.categoryLabel')}>
          <Selector
            columns={3}
            value={[category]}
            onChange={(v) => v[0] && setCategory(v[0])}
            options={categories.map((c) => ({ value: c, label: t(`appeal.category.${c}` as const) }))}
          />
        </Form.Item>
        {!isMember && (
          <Form.Item label={t('appeal.workerName')}>
            <Input aria-label={t('appeal.workerName')} value={workerName} onChange={setWorkerName} maxLength={50} />
          </Form.Item>
        )}
        <Form.Item label={t('appeal.employer')}>
          <Input
            aria-label={t('appeal.employer')}
            value={employerName}
            onChange={setEmployerName}
            maxLength={100}
            data-testid="appeal-employer"
          />
        </Form.Item>
        {category === 'wage_arrears' && (
          <Form.Item label={t('appeal.owed')}>
            <Input
              aria-label={t('appeal.owed')}
              value={owed}
              onChange={setOwed}
              inputMode="decimal"
              data-testid="appeal-owed"
            />
          </Form.Item>
        )}
        <Form.Item label={t('appeal.people')}>
          <Input aria-label={t('appeal.people')} value={people} onChange={setPeople} inputMode="numeric" />
        </Form.Item>
        <Form.Item label={t('appeal.description')}>
          {/* antd-mobile's TextArea passes an id, not an aria-label, to its textarea: a label points at it. */}
          <label htmlFor="appeal-description" className="m-sr-only">
            {t('appeal.description')}
          </label>
          <TextArea
            id="appeal-description"
            value={description}
            onChange={setDescription}
            rows={4}
            maxLength={2000}
            showCount
            data-testid="appeal-text"
          />
        </Form.Item>
        <Form.Item label={t('appeal.area')} description={t('appeal.areaHint')}>
          {area ? (
            <List.Item
              extra={
                <Button size="mini" onClick={() => setArea(null)}>
                  ×
                </Button>
              }
            >
              {area.name}
            </List.Item>
          ) : (
            <>
              <Input
                aria-label={t('appeal.areaSearch')}
                placeholder={t('appeal.areaSearch')}
                value={areaQ}
                onChange={setAreaQ}
                clearable
              />
              {areas.map((u) => (
                <List.Item key={u.id} onClick={() => setArea(u)} arrowIcon={false}>
                  {u.name}
                </List.Item>
              ))}
            </>
          )}
        </Form.Item>
        <Form.Item label={t('evidence.label')}>
          <EvidencePicker purpose="appeal_evidence" files={files} onChange={setFiles} />
        </Form.Item>
        <Form.Item label={t('appeal.anonymous')} description={t('appeal.anonymousHint')}>
          <Switch checked={anonymous} onChange={setAnonymous} />
        </Form.Item>
      </Form>
      <div style={{ margin: 12 }}>
        <Button
          block
          color="primary"
          loading={busy}
          disabled={!employerName.trim() || !description.trim()}
          onClick={submit}
          data-testid="appeal-submit"
        >
          {t('appeal.submit')}
        </Button>
      </div>
    </>
  );
}

/** Progress in the open: every step with its union, the handler's questions, the outcome; then a rating. */
export function AppealDetail() {
  const { t, lang } = useI18n();
  const id = Number(useParams().id);
  const appeal = useAsync(() => call(api.GET('/api/appeals/{id}', { params: { path: { id } } })), [id]);
  const [answer, setAnswer] = useState('');
  const [files, setFiles] = useState<UploadedFile[]>([]);
  const [stars, setStars] = useState(0);
  const [comment, setComment] = useState('');
  const a = appeal.data;
  const act = async (run: () => Promise<unknown>, done: string) => {
    try {
      await run();
      Toast.show({ icon: 'success', content: done });
      await appeal.reload();
    } catch (e) {
      Toast.show({ icon: 'fail', content: e instanceof ApiError ? e.text(lang) : String(e) });
    }
  };
  if (!a) return <PageBar back={'/appeals'}>{t('appeal.title')}</PageBar>;
  const question = [...a.events].reverse().find((e) => e.kind === 'info_requested')?.detail?.question as
    | string
    | undefined;
  return (
    <>
      <PageBar back={'/appeals'}>{t(`appeal.category.${a.category}` as const)}</PageBar>
      <Submitted title={t('appeal.submitted')} testId="appeal-submitted">
        {t('appeal.submittedTo', { union: a.union.name })}
        {a.firstResponse.dueAt &&
          ` ${t('appeal.submittedDue', { due: new Date(a.firstResponse.dueAt).toLocaleString(lang, dateTime) })}`}
      </Submitted>
      <Card style={{ margin: 12, borderRadius: 12 }}>
        <div style={{ display: 'flex', justifyContent: 'space-between' }}>
          <Tag color={statusColor(a.status)} data-testid="appeal-status">
            {t(`appeal.status.${a.status}` as const)}
          </Tag>
          <span style={{ color: '#666' }}>{a.union.name}</span>
        </div>
        <div style={{ marginTop: 8 }}>{a.employerName}</div>
        <div style={{ color: '#666', fontSize: 13, whiteSpace: 'pre-wrap' }}>{a.description}</div>
        {a.refusalReason && (
          <NoticeBar color="error" wrap content={t('appeal.refusedBecause', { reason: a.refusalReason })} />
        )}
        {a.referredTo && (
          <NoticeBar
            color="info"
            wrap
            content={t('appeal.referredTo', {
              to: t(`appeal.referral.${a.referredTo}` as const),
              note: a.referralNote ?? '',
            })}
          />
        )}
        {a.outcome && (
          <div style={{ marginTop: 8 }} data-testid="appeal-outcome">
            {t('appeal.outcome', { outcome: a.outcome, amount: fenToYuan(a.recoveredFen, lang) })}
          </div>
        )}
      </Card>
      {a.actions.includes('reply') && (
        <Card title={t('appeal.question')} style={{ margin: 12, borderRadius: 12 }}>
          <div style={{ marginBottom: 8 }}>{question}</div>
          <TextArea
            id="appeal-answer"
            aria-label={t('appeal.question')}
            value={answer}
            onChange={setAnswer}
            rows={3}
            maxLength={1000}
          />
          <EvidencePicker purpose="appeal_evidence" files={files} onChange={setFiles} />
          <Button
            block
            color="primary"
            style={{ marginTop: 8 }}
            disabled={!answer.trim()}
            onClick={() =>
              act(
                () =>
                  call(
                    api.POST('/api/me/appeals/{id}/reply', {
                      params: { path: { id } },
                      body: { text: answer, evidenceFileIds: files.map((f) => f.id) },
                    }),
                  ),
                t('appeal.replySent'),
              )
            }
          >
            {t('appeal.sendReply')}
          </Button>
        </Card>
      )}
      {a.actions.includes('rate') && (
        <Card title={t('appeal.rate')} style={{ margin: 12, borderRadius: 12 }}>
          {/* Plain buttons, not antd-mobile's Rate: that one listens to touch only, so a mouse could not rate. */}
          <div style={{ fontSize: 28 }} data-testid="appeal-stars">
            {[1, 2, 3, 4, 5].map((n) => (
              <button
                key={n}
                type="button"
                aria-pressed={n <= stars}
                aria-label={String(n)}
                onClick={() => setStars(n)}
                style={{
                  border: 0,
                  background: 'none',
                  padding: 2,
                  color: n <= stars ? '#ffb400' : '#ccc',
                  fontSize: 28,
                }}
              >
                ★
              </button>
            ))}
          </div>
          <Input
            aria-label={t('appeal.rateComment')}
            placeholder={t('appeal.rateComment')}
            value={comment}
            onChange={setComment}
            maxLength={200}
          />
          <Button
            block
            color="primary"
            style={{ marginTop: 8 }}
            disabled={!stars}
            data-testid="appeal-rate"
            onClick={() =>
              act(
                () =>
                  call(
                    api.POST('/api/me/appeals/{id}/rate', {
                      params: { path: { id } },
                      body: { rating: stars, comment: comment || null },
                    }),
                  ),
                t('appeal.rated'),
              )
            }
          >
            {t('appeal.rateSubmit')}
          </Button>
        </Card>
      )}
      {a.rating !== null && (
        <Card style={{ margin: 12, borderRadius: 12 }}>
          <Rate readOnly value={a.rating} /> {a.ratingComment}
        </Card>
      )}
      <Card title={t('appeal.progress')} style={{ margin: 12, borderRadius: 12 }}>
        <Steps direction="vertical" current={a.events.length - 1}>
          {a.events.map((e, i) => (
            <Steps.Step
              // biome-ignore lint/suspicious/noArrayIndexKey: events are append-only and ordered
              key={i}
              title={t(`appeal.event.${e.kind}` as MessageKey)}
              description={`${new Date(e.at).toLocaleString(lang)}${e.union ? ` · ${e.union}` : ''}`}
            />
          ))}
        </Steps>
      </Card>
    </>
  );
}
