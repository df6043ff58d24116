// A team's page in the member app: its work log, newest first; the leader adds entries (date, what was done, people
// served) and up to three photos each, and any member may leave the team.
import { Button, Card, Dialog, Empty, Form, Image, Input, Space, Stepper, TextArea, Toast } from 'antd-mobile';
import { useRef, useState } from 'react';
import { useNavigate, useParams } from 'react-router';
import { ApiError, api, call, postBytes } from '../../api/client';
import { useI18n } from '../../i18n';
import { AsyncView } from '../../member/kit/AsyncView';
import { PageBar } from '../../member/kit/PageBar';
import { useAsync } from '../../shared/useAsync';

/** Today in China, as the log's dates are. */
const chinaToday = () => new Date(Date.now() + 8 * 3_600_000).toISOString().slice(0, 10);

export function TeamLog() {
  const { t, lang } = useI18n();
  const navigate = useNavigate();
  const id = Number(useParams().id);
  const me = useAsync(() => call(api.GET('/api/me/volunteer')), []);
  const logs = useAsync(
    () => call(api.GET('/api/me/volunteer/teams/{id}/logs', { params: { path: { id }, query: { pageSize: 50 } } })),
    [id],
  );
  const team = me.data?.teams.find((x) => x.id === id);
  const leave = async () => {
    if (!(await Dialog.confirm({ content: t('volunteer.leaveConfirm') }))) return;
    try {
      await call(api.POST('/api/me/volunteer/teams/{id}/leave', { params: { path: { id } } }));
      Toast.show({ content: t('volunteer.left') });
      navigate('/volunteer', { replace: true });
    } catch (e) {
      Toast.show({ content: e instanceof ApiError ? e.text(lang) : String(e) });
    }
  };
  return (
    <>
      <PageBar back="/volunteer">{team?.name ?? t('volunteer.teamLog')}</PageBar>
      {team?.mine === 'leader' && <NewEntry teamId={id} onSaved={logs.reload} />}
      <h2 className="m-list-header" style={{ margin: '12px 12px 0' }}>
        {t('volunteer.teamLog')}
      </h2>
      <AsyncView state={logs}>
        {(page) =>
          page.items.length === 0 ? (
            <Empty className="m-empty" description={t('volunteer.noLogs')} />
          ) : (
            <div data-testid="team-log">
              {page.items.map((l) => (
                <Card key={l.id} style={{ margin: 12, borderRadius: 12 }}>
                  <div>{l.body}</div>
                  <div className="m-muted">
                    {t('volunteer.logMeta', { date: l.happenedOn, author: l.author ?? '', n: l.peopleServed })}
                  </div>
                  <Space wrap style={{ marginTop: 6 }}>
                    {l.photoUrls.map((u) => (
                      <Image key={u} src={u} width={64} height={64} fit="cover" />
                    ))}
                    {team?.mine === 'leader' && l.photoUrls.length < 3 && (
                      <AddPhoto teamId={id} logId={l.id} onAdded={logs.reload} />
                    )}
                  </Space>
                </Card>
              ))}
            </div>
          )
        }
      </AsyncView>
      {team && (
        <div style={{ margin: 12 }}>
          <Button block fill="none" color="danger" onClick={leave}>
            {t('volunteer.leave')}
          </Button>
        </div>
      )}
    </>
  );
}

function NewEntry({ teamId, onSaved }: { teamId: number; onSaved: () => Promise<void> }) {
  const { t, lang } = useI18n();
  const [happenedOn, setDate] = useState(chinaToday());
  const [body, setBody] = useState('');
  const [peopleServed, setPeople] = useState(0);
  const save = async () => {
    try {
      await call(
        api.POST('/api/me/volunteer/teams/{id}/logs', {
          params: { path: { id: teamId } },
          body: { happenedOn, body, peopleServed },
        }),
      );
      Toast.show({ content: t('volunteer.logSaved') });
      setBody('');
      setPeople(0);
      await onSaved();
    } catch (e) {
      Toast.show({ content: e instanceof ApiError ? e.text(lang) : String(e) });
    }
  };
  return (
    <Card title={t('volunteer.writeLog')} style={{ margin: 12, borderRadius: 12 }}>
      <Form layout="vertical">
        <Form.Item label={t('volunteer.logDate')}>
          <Input type="date" value={happenedOn} onChange={setDate} aria-label={t('volunteer.logDate')} />
        </Form.Item>
        <Form.Item label={t('volunteer.logBody')}>
          <TextArea value={body} onChange={setBody} rows={3} maxLength={1000} data-testid="log-body" />
        </Form.Item>
        <Form.Item label={t('volunteer.logPeople')}>
          <Stepper min={0} max={100000} value={peopleServed} onChange={(v) => setPeople(Number(v))} />
        </Form.Item>
      </Form>
      <Button block color="primary" disabled={body.trim() === ''} onClick={save} data-testid="log-save">
        {t('volunteer.writeLog')}
      </Button>
    </Card>
  );
}

function AddPhoto({ teamId, logId, onAdded }: { teamId: number; logId: number; onAdded: () => Promise<void> }) {
  const { t, lang } = useI18n();
  const picker = useRef<HTMLInputElement>(null);
  const send = async (file: File) => {
    try {
      await postBytes(`/api/me/volunteer/teams/${teamId}/logs/${logId}/photos`, file);
      Toast.show({ content: t('volunteer.photoAdded') });
      await onAdded();
    } catch (e) {
      Toast.show({ content: e instanceof ApiError ? e.text(lang) : String(e) });
    }
  };
  return (
    <>
      <input
        ref={picker}
        type="file"
        hidden
        accept="image/jpeg,image/png"
        onChange={(e) => {
          const file = e.target.files?.[0];
          if (file) void send(file);
        }}
      />
      <Button size="mini" onClick={() => picker.current?.click()}>
        {t('volunteer.addPhoto')}
      </Button>
    </>
  );
}
