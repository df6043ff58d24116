// A member's own cases of one kind (appeals, aid applications, and later mutual-aid claims, volunteer orders):
// a title bar, what the service is, a button to start a new case, and a card per case linking to it.
import { Button, Card, NoticeBar, Tag } from 'antd-mobile';
import type { ReactNode } from 'react';
import { useNavigate } from 'react-router';
import type { ApiError } from '../../api/client';
import { AsyncView } from './AsyncView';
import { PageBar } from './PageBar';

export interface CaseCard {
  id: number;
  title: string;
  status: { label: string; color: 'default' | 'primary' | 'success' | 'warning' | 'danger' };
  body: ReactNode;
}

export function CaseList<T>(props: {
  title: string;
  intro: string;
  start: { label: string; to: string; testId: string };
  empty: string;
  /** Where a case opens: `${base}/${id}`. */
  base: string;
  state: { data?: { items: T[] }; error?: ApiError; loading: boolean; reload: () => Promise<void> };
  card: (item: T) => CaseCard;
}) {
  const navigate = useNavigate();
  return (
    <>
      <PageBar back="/">{props.title}</PageBar>
      <NoticeBar content={props.intro} color="info" wrap />
      <div style={{ margin: 12 }}>
        <Button block color="primary" onClick={() => navigate(props.start.to)} data-testid={props.start.testId}>
          {props.start.label}
        </Button>
      </div>
      <AsyncView state={props.state}>
        {(data) =>
          data.items.length === 0 ? (
            <div className="m-empty">{props.empty}</div>
          ) : (
            data.items.map((item) => {
              const c = props.card(item);
              return (
                <Card
                  key={c.id}
                  title={c.title}
                  extra={<Tag color={c.status.color}>{c.status.label}</Tag>}
                  onClick={() => navigate(`${props.base}/${c.id}`)}
                  style={{ margin: 12, borderRadius: 12 }}
                >
                  {c.body}
                </Card>
              );
            })
          )
        }
      </AsyncView>
    </>
  );
}
