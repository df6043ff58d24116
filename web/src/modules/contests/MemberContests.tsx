// 知识竞赛 in the member app: the contests open to me, one contest with my best, rank and the leaderboard, and the
// attempt itself, one question at a time with the server's deadline. The right answer shows only after mine is in.
import { Button, Checkbox, Empty, List, NoticeBar, ProgressBar, Radio, Result, Space, Tag, Toast } from 'antd-mobile';
import { useMemo, useState } from 'react';
import { useNavigate, useParams } from 'react-router';
import { ApiError, api, call } from '../../api/client';
import { useI18n } from '../../i18n';
import { clockOffset, useCountdown } from '../../member/components/Countdown';
import { AsyncView } from '../../member/kit/AsyncView';
import { PageBar } from '../../member/kit/PageBar';
import { useAsync } from '../../shared/useAsync';
import './contests.css';

const when = (iso: string, lang: string) =>
  new Date(iso).toLocaleString(lang, { dateStyle: 'short', timeStyle: 'short' });

export function ContestList() {
  const { t, lang } = useI18n();
  const navigate = useNavigate();
  const contests = useAsync(() => call(api.GET('/api/me/contests')), []);
  return (
    <>
      <PageBar back="/services">{t('contests.title')}</PageBar>
      <AsyncView state={contests}>
        {({ items }) =>
          items.length === 0 ? (
            <Empty className="m-empty" description={t('contests.none')} />
          ) : (
            <List className="m-list" data-testid="contest-list">
              {items.map((c) => (
                <List.Item
                  key={c.id}
                  onClick={() => navigate(`/contests/${c.id}`)}
                  description={`${c.union.name} · ${when(c.opensAt, lang)} – ${when(c.closesAt, lang)}`}
                  extra={
                    <Tag color={c.open ? 'success' : 'default'}>{t(c.open ? 'contests.open' : 'contests.closed')}</Tag>
                  }
                >
                  {c.title}
                </List.Item>
              ))}
            </List>
          )
        }
      </AsyncView>
    </>
  );
}

export function ContestDetail() {
  const { t, lang } = useI18n();
  const navigate = useNavigate();
  const id = Number(useParams().id);
  const contest = useAsync(() => call(api.GET('/api/me/contests/{id}', { params: { path: { id } } })), [id]);
  const board = useAsync(
    () => call(api.GET('/api/me/contests/{id}/leaderboard', { params: { path: { id }, query: { pageSize: 10 } } })),
    [id],
  );
  const [starting, setStarting] = useState(false);
  const start = async () => {
    setStarting(true);
    try {
      const attempt = await call(api.POST('/api/me/contests/{id}/attempts', { params: { path: { id } } }));
      navigate(`/contest-attempts/${attempt.id}`);
    } catch (e) {
      Toast.show({ content: e instanceof ApiError ? e.text(lang) : t('contests.failed') });
      setStarting(false);
    }
  };
  return (
    <>
      <PageBar back="/contests">{t('contests.title')}</PageBar>
      <AsyncView state={contest}>
        {(c) => (
          <div className="contest-page" data-testid="contest-detail">
            <h2 className="contest-title">{c.title}</h2>
            {c.description && <p>{c.description}</p>}
            <List className="m-list">
              <List.Item extra={`${when(c.opensAt, lang)} – ${when(c.closesAt, lang)}`}>
                {t('contests.window')}
              </List.Item>
              <List.Item extra={t('contests.rules', { n: c.questionsPerAttempt, s: c.secondsPerQuestion })}>
                {t('contests.howItWorks')}
              </List.Item>
              <List.Item extra={t('contests.left', { n: c.attemptsLeftToday, of: c.attemptsPerDay })}>
                {t('contests.today')}
              </List.Item>
              {c.pointsPerCorrect > 0 && (
                <List.Item extra={t('contests.pointsRule', { n: c.pointsPerCorrect })}>
                  {t('contests.points')}
                </List.Item>
              )}
            </List>
            {c.best && (
              <NoticeBar
                color="info"
                wrap
                data-testid="contest-best"
                content={t('contests.myBest', {
                  correct: c.best.correct,
                  total: c.questionsPerAttempt,
                  rank: c.best.rank,
                  points: c.pointsEarned,
                })}
              />
            )}
            <div className="contest-actions">
              {c.runningAttemptId ? (
                <Button
                  block
                  color="primary"
                  size="large"
                  onClick={() => navigate(`/contest-attempts/${c.runningAttemptId}`)}
                >
                  {t('contests.resume')}
                </Button>
              ) : (
                <Button
                  block
                  color="primary"
                  size="large"
                  loading={starting}
                  disabled={!c.open || c.attemptsLeftToday === 0}
                  onClick={start}
                  data-testid="contest-start"
                >
                  {!c.open
                    ? t('contests.closed')
                    : c.attemptsLeftToday === 0
                      ? t('contests.noneLeft')
                      : t('contests.start')}
                </Button>
              )}
            </div>
            <List header={t('contests.leaderboard')} className="m-list" data-testid="contest-board">
              {(board.data?.items ?? []).map((r) => (
                <List.Item
                  key={`${r.rank}-${r.name}-${r.ms}`}
                  prefix={<span className="contest-rank">{r.rank}</span>}
                  description={r.union}
                  extra={t('contests.scoreLine', { correct: r.correct, s: (r.ms / 1000).toFixed(1) })}
                >
                  {r.name}
                </List.Item>
              ))}
              {board.data && board.data.items.length === 0 && <List.Item>{t('contests.noResults')}</List.Item>}
            </List>
          </div>
        )}
      </AsyncView>
    </>
  );
}

type Attempt = Awaited<ReturnType<typeof loadAttempt>>;
type Answered = { correct: boolean; rightChoices: number[]; explanation: string };
const loadAttempt = (id: number) => call(api.GET('/api/me/contest-attempts/{id}', { params: { path: { id } } }));

export function ContestPlay() {
  const { t, lang } = useI18n();
  const navigate = useNavigate();
  const id = Number(useParams().id);
  const first = useAsync(() => loadAttempt(id), [id]);
  const [attempt, setAttempt] = useState<Attempt | null>(null);
  const [chosen, setChosen] = useState<number[]>([]);
  const [answered, setAnswered] = useState<Answered | null>(null);
  const [sending, setSending] = useState(false);
  const current = attempt ?? first.data ?? null;
  const q = answered ? null : current?.question;
  const serverTime = current?.serverTime;
  const offset = useMemo(() => (serverTime ? clockOffset(serverTime) : 0), [serverTime]);
  const left = useCountdown(q?.deadline ?? null, offset);

  const [nextAttempt, setNextAttempt] = useState<Attempt | null>(null);
  const submit = async () => {
    if (!current?.question) return;
    setSending(true);
    try {
      const res = await call(
        api.POST('/api/me/contest-attempts/{id}/answer', {
          params: { path: { id } },
          body: { position: current.question.position, choices: chosen },
        }),
      );
      setAnswered({ correct: res.correct, rightChoices: res.rightChoices, explanation: res.explanation });
      setAttempt({ ...res.attempt, question: current.question });
      setNextAttempt(res.attempt);
    } catch (e) {
      Toast.show({ content: e instanceof ApiError ? e.text(lang) : t('contests.failed') });
      // Time ran out or the question moved on: show where the attempt stands now.
      setChosen([]);
      setAttempt(await loadAttempt(id));
    } finally {
      setSending(false);
    }
  };
  const next = () => {
    setChosen([]);
    setAnswered(null);
    setAttempt(nextAttempt);
  };

  return (
    <>
      <PageBar back="/contests">{t('contests.title')}</PageBar>
      <AsyncView state={first}>
        {() => {
          if (!current) return null;
          if (current.status === 'finished' && !answered) {
            return (
              <Result
                status="success"
                title={t('contests.finished')}
                description={
                  <span data-testid="contest-result">
                    {t('contests.resultLine', {
                      correct: current.correct,
                      total: current.total,
                      s: (current.ms / 1000).toFixed(1),
                    })}
                    {current.points > 0 && ` ${t('contests.pointsEarned', { n: current.points })}`}
                    {current.rank !== null && ` ${t('contests.rankLine', { rank: current.rank })}`}
                  </span>
                }
              />
            );
          }
          const shown = answered ? current.question : q;
          if (!shown) return null;
          const multiple = shown.kind === 'multiple';
          return (
            <div className="contest-page" data-testid="contest-play">
              <ProgressBar percent={((shown.position + (answered ? 1 : 0)) / shown.total) * 100} />
              <p className="m-muted">
                {t('contests.questionOf', { n: shown.position + 1, total: shown.total })} ·{' '}
                {t(`quiz.kind.${shown.kind}`)}
                {!answered && ` · ${t('contests.secondsLeft', { s: Math.max(0, Math.ceil(left / 1000)) })}`}
              </p>
              <h3 className="contest-question" data-testid="contest-stem">
                {shown.stem}
              </h3>
              {multiple ? (
                <Checkbox.Group
                  key={shown.position}
                  value={chosen}
                  onChange={(v) => setChosen(v as number[])}
                  disabled={!!answered}
                >
                  <Space direction="vertical" block>
                    {shown.options.map((o, i) => (
                      <Checkbox key={o} value={i}>
                        <Option text={o} i={i} answered={answered} />
                      </Checkbox>
                    ))}
                  </Space>
                </Checkbox.Group>
              ) : (
                // Keyed by question and always controlled (null: none chosen): the group must not keep the previous
                // question's choice, or choosing the same letter again would change nothing.
                <Radio.Group
                  key={shown.position}
                  value={chosen[0] ?? null}
                  onChange={(v) => setChosen([v as number])}
                  disabled={!!answered}
                >
                  <Space direction="vertical" block>
                    {shown.options.map((o, i) => (
                      <Radio key={o} value={i}>
                        <Option text={o} i={i} answered={answered} />
                      </Radio>
                    ))}
                  </Space>
                </Radio.Group>
              )}
              {answered && (
                <p
                  className={`contest-feedback ${answered.correct ? 'is-right' : 'is-wrong'}`}
                  data-testid="contest-feedback"
                >
                  {t(answered.correct ? 'contests.right' : 'contests.wrong')}
                  {answered.explanation ? ` ${answered.explanation}` : ''}
                </p>
              )}
              <div className="contest-actions">
                {answered ? (
                  <Button block color="primary" size="large" onClick={next} data-testid="contest-next">
                    {nextAttempt?.status === 'finished' ? t('contests.seeResult') : t('contests.next')}
                  </Button>
                ) : (
                  <Button
                    block
                    color="primary"
                    size="large"
                    loading={sending}
                    disabled={chosen.length === 0}
                    onClick={submit}
                    data-testid="contest-submit"
                  >
                    {t('contests.submit')}
                  </Button>
                )}
                {current.status === 'finished' && answered === null && (
                  <Button block onClick={() => navigate(`/contests/${current.contestId}`)}>
                    {t('contests.back')}
                  </Button>
                )}
              </div>
            </div>
          );
        }}
      </AsyncView>
    </>
  );
}

function Option({ text, i, answered }: { text: string; i: number; answered: Answered | null }) {
  const right = answered?.rightChoices.includes(i);
  return (
    <span className={right ? 'contest-right' : undefined}>
      {String.fromCharCode(65 + i)}. {text}
      {right && ' ✓'}
    </span>
  );
}
