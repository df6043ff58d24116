// One lesson in the member app. Opening it starts its clock on the server and makes it where "continue" goes.
// A video resumes where the member left it and reports its position every few seconds, on pause and at the end;
// the server counts the study time. An article or PDF is finished with "我已学完" once its reading time has passed.
import { Button, NoticeBar, Result, Toast } from 'antd-mobile';
import { useEffect, useRef, useState } from 'react';
import { useNavigate, useParams } from 'react-router';
import { ApiError, api, call } from '../../api/client';
import { useI18n } from '../../i18n';
import { AsyncView } from '../../member/kit/AsyncView';
import { PageBar } from '../../member/kit/PageBar';
import { useAsync } from '../../shared/useAsync';
import { studyTime } from './format';
import './courses.css';

/** Seconds of playback between two reports while a video plays. */
const REPORT_EVERY_MS = 5000;

type Lesson = Awaited<ReturnType<typeof openLesson>>;
type Settled = { completed: boolean; courseCompleted: boolean; certificateCode: string | null };
const openLesson = (id: number) => call(api.POST('/api/me/lessons/{id}/open', { params: { path: { id } } }));

export function LessonPage() {
  const { t } = useI18n();
  const id = Number(useParams().id);
  const lesson = useAsync(() => openLesson(id), [id]);
  const [settled, setSettled] = useState<Settled | null>(null);
  // A new lesson (the "next" button) starts unsettled.
  // biome-ignore lint/correctness/useExhaustiveDependencies: reset when the lesson changes
  useEffect(() => setSettled(null), [id]);
  return (
    <AsyncView state={lesson}>
      {(l) => (
        <>
          <PageBar back={`/courses/${l.courseId}`}>{l.courseTitle}</PageBar>
          <div className="lesson-page" data-testid="lesson-page">
            <h2 className="course-title">
              {l.position}. {l.title}
            </h2>
            {l.kind === 'video' && <VideoLesson lesson={l} onSettled={setSettled} />}
            {l.kind === 'article' && (
              // biome-ignore lint/security/noDangerouslySetInnerHtml: the server stored it through its allow-list sanitiser
              <div className="m-article-body" dangerouslySetInnerHTML={{ __html: l.body }} />
            )}
            {l.kind === 'pdf' && l.mediaUrl && (
              <Button
                block
                fill="outline"
                onClick={() => {
                  window.open(l.mediaUrl ?? '', '_blank', 'noopener');
                }}
              >
                {t('courses.openPdf')}
              </Button>
            )}
            {l.kind !== 'video' && !settled?.completed && !l.progress?.completed && (
              <ReadingFinish lesson={l} onSettled={setSettled} />
            )}
            <Outcome lesson={l} settled={settled} />
          </div>
        </>
      )}
    </AsyncView>
  );
}

function VideoLesson({ lesson, onSettled }: { lesson: Lesson; onSettled: (s: Settled) => void }) {
  const { t } = useI18n();
  const video = useRef<HTMLVideoElement>(null);
  const lastReport = useRef(0);
  const sending = useRef(false);
  const report = async () => {
    const v = video.current;
    if (!v || sending.current) return;
    sending.current = true;
    lastReport.current = Date.now();
    try {
      const res = await call(
        api.POST('/api/me/lessons/{id}/progress', {
          params: { path: { id: lesson.id } },
          body: { positionSeconds: v.currentTime },
        }),
      );
      if (res.progress.completed) onSettled({ ...res, completed: true });
    } catch {
      Toast.show({ content: t('courses.failed') });
    } finally {
      sending.current = false;
    }
  };
  return (
    <>
      <NoticeBar wrap color="info" content={t('courses.watchHint')} />
      {/* biome-ignore lint/a11y/useMediaCaption: lessons are uploaded by unions without caption files */}
      <video
        ref={video}
        className="lesson-video"
        data-testid="lesson-video"
        src={lesson.mediaUrl ?? undefined}
        controls
        playsInline
        preload="metadata"
        onLoadedMetadata={(e) => {
          // Resume where the member left off, unless that was the very end.
          const at = lesson.progress?.positionSeconds ?? 0;
          if (at > 0 && at < e.currentTarget.duration - 1) e.currentTarget.currentTime = at;
        }}
        onTimeUpdate={() => {
          if (Date.now() - lastReport.current >= REPORT_EVERY_MS) void report();
        }}
        onPlay={() => {
          lastReport.current = Date.now();
        }}
        onPause={() => void report()}
        onEnded={() => void report()}
      />
    </>
  );
}

function ReadingFinish({ lesson, onSettled }: { lesson: Lesson; onSettled: (s: Settled) => void }) {
  const { t, lang } = useI18n();
  // Counted from this page's opening: never shorter than the server's count, which began at the first opening.
  const [left, setLeft] = useState(lesson.seconds);
  const [sending, setSending] = useState(false);
  useEffect(() => {
    if (left <= 0) return;
    const timer = setTimeout(() => setLeft(left - 1), 1000);
    return () => clearTimeout(timer);
  }, [left]);
  const finish = async () => {
    setSending(true);
    try {
      const res = await call(api.POST('/api/me/lessons/{id}/complete', { params: { path: { id: lesson.id } } }));
      onSettled({ ...res, completed: res.progress.completed });
    } catch (e) {
      Toast.show({ content: e instanceof ApiError ? e.text(lang) : t('courses.failed') });
    } finally {
      setSending(false);
    }
  };
  return (
    <div className="course-actions">
      <Button block color="primary" size="large" disabled={left > 0} loading={sending} onClick={finish}>
        {left > 0 ? t('courses.finishIn', { time: studyTime(t, left) }) : t('courses.finish')}
      </Button>
    </div>
  );
}

function Outcome({ lesson, settled }: { lesson: Lesson; settled: Settled | null }) {
  const { t } = useI18n();
  const navigate = useNavigate();
  if (settled?.courseCompleted && settled.certificateCode) {
    return (
      <Result
        status="success"
        title={t('courses.courseFinished')}
        description={
          <Button color="success" onClick={() => navigate(`/certificates/${settled.certificateCode}`)}>
            {t('courses.certificate')}
          </Button>
        }
      />
    );
  }
  if (!settled?.completed && !lesson.progress?.completed) return null;
  return (
    <div className="course-actions">
      <NoticeBar color="success" content={t('courses.lessonFinished')} />
      {lesson.nextLessonId ? (
        <Button block color="primary" onClick={() => navigate(`/lessons/${lesson.nextLessonId}`)}>
          {t('courses.next')}
        </Button>
      ) : (
        <Button block onClick={() => navigate(`/courses/${lesson.courseId}`)}>
          {t('courses.backToCourse')}
        </Button>
      )}
    </div>
  );
}
