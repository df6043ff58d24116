// 学堂 in the member app: the courses open to me and mine, one course with my progress per lesson and "continue",
// and enrolment (through a place in the course offer when seats are limited).
import { Button, Empty, InfiniteScroll, List, NoticeBar, ProgressBar, Tabs, Tag, Toast } from 'antd-mobile';
import { useCallback, useState } from 'react';
import { useNavigate, useParams } from 'react-router';
import { ApiError, api, call } from '../../api/client';
import { type MessageKey, useI18n } from '../../i18n';
import { AsyncView } from '../../member/kit/AsyncView';
import { PageBar } from '../../member/kit/PageBar';
import { useAsync } from '../../shared/useAsync';
import { studyTime } from './format';
import './courses.css';

const PAGE_SIZE = 20;
type MyCourse = Awaited<ReturnType<typeof loadPage>>['items'][number];
const loadPage = (mine: 'all' | 'enrolled', page: number) =>
  call(api.GET('/api/me/courses', { params: { query: { mine, page, pageSize: PAGE_SIZE } } }));

export function CourseList() {
  const { t } = useI18n();
  const [mine, setMine] = useState<'all' | 'enrolled'>('all');
  return (
    <>
      <PageBar back="/services">{t('courses.title')}</PageBar>
      <Tabs activeKey={mine} onChange={(key) => setMine(key as 'all' | 'enrolled')}>
        <Tabs.Tab key="all" title={t('courses.all')} />
        <Tabs.Tab key="enrolled" title={t('courses.mine')} />
      </Tabs>
      <CoursePages key={mine} mine={mine} />
    </>
  );
}

/** One tab's courses, a page at a time as the member scrolls. */
function CoursePages({ mine }: { mine: 'all' | 'enrolled' }) {
  const { t } = useI18n();
  const navigate = useNavigate();
  const [items, setItems] = useState<MyCourse[]>([]);
  const [more, setMore] = useState(true);
  const [page, setPage] = useState(1);
  const loadMore = useCallback(async () => {
    const res = await loadPage(mine, page);
    setItems((before) => [...before, ...res.items]);
    setPage(page + 1);
    setMore(page * PAGE_SIZE < res.total);
  }, [mine, page]);
  return (
    <>
      {!more && items.length === 0 && (
        <Empty className="m-empty" description={t(mine === 'all' ? 'courses.none' : 'courses.noneMine')} />
      )}
      {items.length > 0 && (
        <List className="m-list" data-testid="course-list">
          {items.map((c) => (
            <List.Item
              key={c.id}
              onClick={() => navigate(`/courses/${c.id}`)}
              description={
                c.enrolled ? (
                  <CourseProgress done={c.completedLessons} of={c.lessonCount} />
                ) : (
                  `${t(`courses.category.${c.category}` as MessageKey)} · ${t('courses.lessons', { n: c.lessonCount })} · ${c.union.name}`
                )
              }
              extra={c.completedAt ? <Tag color="success">{t('courses.graduated')}</Tag> : undefined}
            >
              {c.title}
            </List.Item>
          ))}
        </List>
      )}
      <InfiniteScroll loadMore={loadMore} hasMore={more}>
        {more ? t('common.loading') : ''}
      </InfiniteScroll>
    </>
  );
}

export function CourseDetail() {
  const { t, lang } = useI18n();
  const navigate = useNavigate();
  const id = Number(useParams().id);
  const course = useAsync(() => call(api.GET('/api/me/courses/{id}', { params: { path: { id } } })), [id]);
  const [enrolling, setEnrolling] = useState(false);
  const enrol = async () => {
    setEnrolling(true);
    try {
      await call(api.POST('/api/me/courses/{id}/enrol', { params: { path: { id } } }));
      Toast.show({ content: t('courses.enrolled') });
      await course.reload();
    } catch (e) {
      Toast.show({ content: e instanceof ApiError ? e.text(lang) : t('courses.failed') });
    } finally {
      setEnrolling(false);
    }
  };
  return (
    <>
      <PageBar back="/courses">{t('courses.title')}</PageBar>
      <AsyncView state={course}>
        {(c) => {
          const resume = c.resumeLessonId ?? c.lessons[0]?.id;
          return (
            <div className="course-page" data-testid="course-detail">
              <h2 className="course-title">{c.title}</h2>
              <p className="course-meta">
                {t(`courses.category.${c.category}` as MessageKey)} · {t('courses.by', { union: c.union.name })}
              </p>
              {c.summary && <p>{c.summary}</p>}
              {c.enrolled && <CourseProgress done={c.completedLessons} of={c.lessonCount} />}
              {c.seatsOffer && !c.enrolled && !c.seatsOffer.holding && (
                <NoticeBar
                  wrap
                  color="alert"
                  content={t('courses.seats', { title: c.seatsOffer.title })}
                  extra={
                    <Button size="mini" onClick={() => navigate(`/benefits/${c.seatsOffer?.id}`)}>
                      {t('courses.toSeats')}
                    </Button>
                  }
                />
              )}
              <div className="course-actions">
                {c.certificateCode ? (
                  <Button block color="success" onClick={() => navigate(`/certificates/${c.certificateCode}`)}>
                    {t('courses.certificate')}
                  </Button>
                ) : c.enrolled ? (
                  resume !== undefined && (
                    <Button block color="primary" size="large" onClick={() => navigate(`/lessons/${resume}`)}>
                      {t(c.lessons.some((l) => l.progress) ? 'courses.continue' : 'courses.start')}
                    </Button>
                  )
                ) : (
                  <Button
                    block
                    color="primary"
                    size="large"
                    loading={enrolling}
                    disabled={Boolean(c.seatsOffer && !c.seatsOffer.holding)}
                    onClick={enrol}
                  >
                    {t('courses.enrol')}
                  </Button>
                )}
              </div>
              <List className="m-list" data-testid="course-lessons">
                {c.lessons.map((l) => (
                  <List.Item
                    key={l.id}
                    onClick={c.enrolled ? () => navigate(`/lessons/${l.id}`) : undefined}
                    arrowIcon={c.enrolled}
                    description={`${t(`courses.kind.${l.kind}` as MessageKey)} · ${t(
                      l.kind === 'video' ? 'courses.length' : 'courses.readFor',
                      { time: studyTime(t, l.seconds) },
                    )}`}
                    extra={
                      l.progress?.completed ? (
                        <Tag color="success">{t('courses.lessonDone')}</Tag>
                      ) : l.progress ? (
                        <Tag color="primary" fill="outline">
                          {t('courses.lessonStarted')}
                        </Tag>
                      ) : undefined
                    }
                  >
                    {l.position}. {l.title}
                  </List.Item>
                ))}
              </List>
            </div>
          );
        }}
      </AsyncView>
    </>
  );
}

/** "已学 1 / 2 课时" above a bar: the bar's own text wrapped at phone width. */
function CourseProgress({ done, of }: { done: number; of: number }) {
  const { t } = useI18n();
  return (
    <div className="course-progress">
      <span>{t('courses.progress', { done, of })}</span>
      <ProgressBar percent={(100 * done) / Math.max(1, of)} />
    </div>
  );
}
