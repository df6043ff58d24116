// A list of articles for a member: pinned and kind tags, the publishing union and date, unread ones in bold.
import { List, Tag } from 'antd-mobile';
import type { ReactNode } from 'react';
import { useNavigate } from 'react-router';
import type { components } from '../../api/schema';
import { useI18n } from '../../i18n';

export type ArticleItem = components['schemas']['ReaderArticleResult'];

/** The title with the searched words marked (React escapes the text: no HTML is built). */
function Marked({ text, words }: { text: string; words: string[] }) {
  if (words.length === 0) return <>{text}</>;
  const escaped = words.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  const parts = text.split(new RegExp(`(${escaped.join('|')})`, 'gi'));
  return (
    <>
      {parts.map((part, i) =>
        i % 2 === 1 ? (
          // biome-ignore lint/suspicious/noArrayIndexKey: parts of one string, in order
          <mark key={i} className="m-mark">
            {part}
          </mark>
        ) : (
          part
        ),
      )}
    </>
  );
}

export function ArticleList({
  items,
  testId = 'news-list',
  header,
}: {
  items: ArticleItem[];
  testId?: string;
  header?: ReactNode;
}) {
  const { t, lang } = useI18n();
  const navigate = useNavigate();
  if (items.length === 0) return null;
  return (
    <List className="m-list" data-testid={testId} header={header}>
      {items.map((a) => (
        <List.Item
          key={a.id}
          onClick={() => navigate(`/news/${a.id}`)}
          description={
            <>
              <span translate="no">{a.union}</span> · {new Date(a.publishedAt).toLocaleDateString(lang)}
            </>
          }
        >
          <span style={{ fontWeight: a.read ? 400 : 600 }}>
            {a.pinned && (
              <Tag color="danger" style={{ marginRight: 4 }}>
                {t('news.pinned')}
              </Tag>
            )}
            <Tag color="primary" fill="outline" style={{ marginRight: 4 }}>
              {t(`news.kind.${a.kind}`)}
            </Tag>
            <Marked text={a.title} words={a.words} />
          </span>
        </List.Item>
      ))}
    </List>
  );
}
