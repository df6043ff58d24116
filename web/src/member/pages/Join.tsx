import { Button, Form, Input, List, NoticeBar, Result, Selector, Toast } from 'antd-mobile';
import { useCallback, useEffect, useState } from 'react';
import { useNavigate, useParams } from 'react-router';
import { ApiError, api, call } from '../../api/client';
import { members } from '../../api/enums';
import { useI18n } from '../../i18n';
import { checkIdNumber } from '../../shared/idNumber';
import { useAsync } from '../../shared/useAsync';
import { PageBar } from '../kit/PageBar';

const categories = members.memberCategories;
const politicals = ['masses', 'league_member', 'party_member', 'probationary', 'other'] as const;
const educations = ['junior', 'senior', 'vocational', 'college', 'bachelor', 'master', 'doctor', 'primary'] as const;
type Category = (typeof categories)[number];

interface Picked {
  id: number;
  name: string;
  note?: string;
}

/** Remote search list: type, see matches, tap one. */
function SearchPick(props: {
  placeholder: string;
  picked: Picked | null;
  onPick: (p: Picked | null) => void;
  search: (q: string) => Promise<Picked[]>;
  testId: string;
}) {
  const [q, setQ] = useState('');
  const [hits, setHits] = useState<Picked[]>([]);
  useEffect(() => {
    if (q.trim().length < 2) return setHits([]);
    const timer = setTimeout(
      () =>
        props
          .search(q)
          .then(setHits)
          .catch(() => setHits([])),
      250,
    );
    return () => clearTimeout(timer);
  }, [q, props.search]);
  if (props.picked) {
    return (
      <List.Item
        data-testid={`${props.testId}-picked`}
        description={props.picked.note}
        extra={
          <Button size="mini" onClick={() => props.onPick(null)}>
            ×
          </Button>
        }
      >
        {props.picked.name}
      </List.Item>
    );
  }
  return (
    <>
      <Input placeholder={props.placeholder} value={q} onChange={setQ} clearable data-testid={props.testId} />
      {hits.map((h) => (
        <List.Item key={h.id} onClick={() => props.onPick(h)} description={h.note} arrowIcon={false}>
          {h.name}
        </List.Item>
      ))}
    </>
  );
}

export default function Join() {
  const { t, lang } = useI18n();
  const navigate = useNavigate();
  const params = useParams();
  const viaUnionId = params.unionId ? Number(params.unionId) : undefined;
  const editing = new URLSearchParams(location.search).get('edit');
  const via = useAsync(
    () =>
      viaUnionId
        ? call(api.GET('/api/join/unions/{id}', { params: { path: { id: viaUnionId } } }))
        : Promise.resolve(null),
    [viaUnionId],
  );
  // A member who scans a join QR (or opens the form) is told where they belong and how to move instead.
  const me = useAsync(() => call(api.GET('/api/me')), []);
  const [name, setName] = useState('');
  const [idNumber, setIdNumber] = useState('');
  const [category, setCategory] = useState<Category>('employee');
  const [employer, setEmployer] = useState<Picked | null>(null);
  const [noEmployer, setNoEmployer] = useState(false);
  const [area, setArea] = useState<Picked | null>(null);
  const [job, setJob] = useState('');
  const [political, setPolitical] = useState<string | null>(null);
  const [education, setEducation] = useState<string | null>(null);
  const [coords, setCoords] = useState<{ lng: number; lat: number } | null>(null);
  const [chosen, setChosen] = useState<number | null>(null);
  // Joint or industry unions that take this category of worker in the chosen area.
  const serving = useAsync(
    () =>
      category !== 'employee' && area
        ? call(api.GET('/api/join/unions', { params: { query: { category, areaUnionId: area.id } } })).then((r) =>
            r.items.filter((u) => u.level === 'base'),
          )
        : Promise.resolve([]),
    [category, area?.id],
  );
  const [busy, setBusy] = useState(false);
  // Fields the person has left: their problems show beside them from then on, not while first typing.
  const [touched, setTouched] = useState<{ name?: boolean; idNumber?: boolean }>({});
  const [submitted, setSubmitted] = useState(false);
  const id = checkIdNumber(idNumber);
  const idMessage =
    id.state === 'wrong'
      ? t(`join.id.${id.problem}`)
      : id.state === 'typing' && touched.idNumber
        ? t('join.id.short', { n: id.missing })
        : id.state === 'ok'
          ? t('join.id.ok', { date: id.birthDate, gender: t(`join.gender.${id.gender}`) })
          : null;
  const nameMissing = touched.name && name.trim().length === 0;

  const searchEmployers = useCallback(
    async (q: string) =>
      (await call(api.GET('/api/join/employers', { params: { query: { q } } }))).items.map((e) => ({
        id: e.id,
        name: e.name,
        note: e.unionName,
      })),
    [],
  );
  const searchAreas = useCallback(
    async (q: string) =>
      (await call(api.GET('/api/join/unions', { params: { query: { q } } }))).items
        .filter((u) => u.level !== 'base')
        .map((u) => ({ id: u.id, name: u.name, note: u.parentName ?? undefined })),
    [],
  );

  // Editing: start from the pending application (the ID number is typed again: it is only shown masked).
  useEffect(() => {
    if (!editing) return;
    call(api.GET('/api/me/applications')).then(({ items }) => {
      const a = items.find((i) => i.id === Number(editing));
      if (!a) return;
      setName(a.name);
      setCategory(a.category);
      setJob(a.job ?? '');
      setPolitical(a.politicalStatus);
      setEducation(a.education);
      if (a.employer) setEmployer({ id: a.employer.id, name: a.employer.name });
      else setArea({ id: a.union.id, name: a.union.name });
    });
  }, [editing]);

  const locate = () =>
    navigator.geolocation?.getCurrentPosition(
      (p) => setCoords({ lng: p.coords.longitude, lat: p.coords.latitude }),
      () => undefined,
      { timeout: 8000 },
    );

  const submit = async () => {
    if (!viaUnionId && !employer && !area) {
      Toast.show({ content: t('join.needEmployerOrArea') });
      return;
    }
    setBusy(true);
    const body = {
      name,
      idNumber,
      category,
      employerId: noEmployer ? null : (employer?.id ?? null),
      areaUnionId: area?.id ?? null,
      chosenUnionId: chosen,
      viaUnionId: viaUnionId ?? null,
      job: job || null,
      politicalStatus: (political as (typeof politicals)[number] | null) ?? null,
      education: (education as (typeof educations)[number] | null) ?? null,
      lng: coords?.lng ?? null,
      lat: coords?.lat ?? null,
    };
    try {
      if (editing)
        await call(api.PUT('/api/me/applications/{id}', { params: { path: { id: Number(editing) } }, body }));
      else await call(api.POST('/api/me/applications', { body }));
      setSubmitted(true);
    } catch (e) {
      const err = e instanceof ApiError ? e : null;
      Toast.show({ icon: 'fail', content: err ? err.text(lang) : String(e), duration: 4000 });
    } finally {
      setBusy(false);
    }
  };

  if (submitted) {
    return (
      <>
        <PageBar back={'/'}>{t('join.title')}</PageBar>
        <Result
          status="success"
          title={editing ? t('join.resubmitted') : t('join.submitted')}
          description={t('join.submittedHint')}
          data-testid="join-submitted"
        />
        <div className="m-block">
          <Button block color="primary" onClick={() => navigate('/', { replace: true })} data-testid="join-progress">
            {t('join.seeProgress')}
          </Button>
        </div>
      </>
    );
  }

  const membership = me.data?.member;
  if (membership && !editing) {
    const elsewhere = via.data && via.data.id !== membership.union.id && via.data.level === 'base';
    return (
      <>
        <PageBar back={'/'}>{t('join.title')}</PageBar>
        <Result
          status="info"
          title={t('join.alreadyMember', { name: membership.union.name })}
          description={elsewhere ? t('join.transferInstead', { name: via.data?.name ?? '' }) : t('join.alreadyHint')}
          data-testid="join-already-member"
        />
        <div style={{ padding: 16, display: 'grid', gap: 12 }}>
          {elsewhere && (
            <Button
              block
              color="primary"
              onClick={() => navigate(`/transfer?to=${via.data?.id}`)}
              data-testid="join-transfer"
            >
              {t('join.transferTo', { name: via.data?.name ?? '' })}
            </Button>
          )}
          <Button block onClick={() => navigate('/')}>
            {t('join.backHome')}
          </Button>
        </div>
      </>
    );
  }

  return (
    <>
      <PageBar back={'/'}>{t('join.title')}</PageBar>
      {viaUnionId && via.error && <NoticeBar content={via.error.text(lang)} color="alert" wrap />}
      {via.data && (
        <NoticeBar content={t('join.viaUnion', { name: via.data.name })} color="info" wrap data-testid="join-via" />
      )}
      <Form
        layout="vertical"
        footer={
          <Button
            block
            color="primary"
            size="large"
            loading={busy}
            onClick={submit}
            disabled={!name.trim() || id.state !== 'ok'}
          >
            {editing ? t('join.resubmit') : t('join.submit')}
          </Button>
        }
      >
        <Form.Item
          label={t('join.name')}
          required
          description={nameMissing ? <span className="m-field-error">{t('join.nameMissing')}</span> : undefined}
        >
          <Input
            value={name}
            onChange={setName}
            onBlur={() => setTouched((s) => ({ ...s, name: true }))}
            maxLength={50}
            data-testid="join-name"
            aria-label={t('join.name')}
          />
        </Form.Item>
        <Form.Item
          label={t('join.idNumber')}
          required
          help={t('join.idNumberHint')}
          description={
            idMessage ? (
              <span
                className={id.state === 'ok' ? 'm-field-ok' : id.state === 'wrong' ? 'm-field-error' : 'm-field-hint'}
                data-testid="join-id-check"
                role={id.state === 'wrong' ? 'alert' : undefined}
              >
                {idMessage}
              </span>
            ) : undefined
          }
        >
          <Input
            value={idNumber}
            onChange={setIdNumber}
            onBlur={() => setTouched((s) => ({ ...s, idNumber: true }))}
            maxLength={24}
            data-testid="join-id"
            aria-label={t('join.idNumber')}
          />
        </Form.Item>
        <Form.Item label={t('join.category')} required>
          <Selector
            columns={3}
            value={[category]}
            onChange={(v) => v[0] && setCategory(v[0])}
            options={categories.map((c) => ({ value: c, label: t(`category.${c}` as const) }))}
          />
        </Form.Item>
        {!viaUnionId && (
          <Form.Item label={t('join.employer')}>
            {!noEmployer && (
              <SearchPick
                placeholder={t('join.employerSearch')}
                picked={employer}
                onPick={setEmployer}
                search={searchEmployers}
                testId="join-employer"
              />
            )}
            <Selector
              value={noEmployer ? ['none'] : []}
              onChange={(v) => {
                setNoEmployer(v.includes('none'));
                if (v.includes('none')) setEmployer(null);
              }}
              options={[{ value: 'none', label: t('join.noEmployer') }]}
            />
          </Form.Item>
        )}
        {!viaUnionId && (noEmployer || !employer) && (
          <Form.Item label={t('join.area')}>
            <SearchPick
              placeholder={t('join.areaSearch')}
              picked={area}
              onPick={setArea}
              search={searchAreas}
              testId="join-area"
            />
          </Form.Item>
        )}
        {serving.data && serving.data.length > 0 && (
          <Form.Item label={t('join.chosenUnion')}>
            <Selector
              columns={1}
              value={chosen ? [chosen] : []}
              onChange={(v) => setChosen(v[0] ?? null)}
              options={serving.data.map((u) => ({ value: u.id, label: u.name }))}
            />
          </Form.Item>
        )}
        {category !== 'employee' && (
          <Form.Item>
            <Button size="small" onClick={locate} disabled={!!coords}>
              {coords ? t('join.located') : t('join.location')}
            </Button>
          </Form.Item>
        )}
        <Form.Item label={`${t('join.job')}（${t('join.optional')}）`}>
          <Input value={job} onChange={setJob} maxLength={50} />
        </Form.Item>
        <Form.Item label={`${t('join.political')}（${t('join.optional')}）`}>
          <Selector
            columns={3}
            value={political ? [political] : []}
            onChange={(v) => setPolitical(v[0] ?? null)}
            options={politicals.map((p) => ({ value: p, label: t(`political.${p}` as const) }))}
          />
        </Form.Item>
        <Form.Item label={`${t('join.education')}（${t('join.optional')}）`}>
          <Selector
            columns={4}
            value={education ? [education] : []}
            onChange={(v) => setEducation(v[0] ?? null)}
            options={educations.map((e) => ({ value: e, label: t(`education.${e}` as const) }))}
          />
        </Form.Item>
      </Form>
    </>
  );
}
