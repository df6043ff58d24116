// A console list page: a card with a title, optional filters and hint, the server's error in the reader's
// language, and a table paginated by the server (`usePagedList`). Every list page had its own copy of this.
import { Card, Table, type TableProps, Typography } from 'antd';
import { type DependencyList, type ReactNode, useState } from 'react';
import { useI18n } from '../../i18n';
import { useAsync } from '../../shared/useAsync';

export const PAGE_SIZE = 20;

interface Page<T> {
  items: T[];
  total: number;
}

/** Loads one page at a time; changing `deps` (the filters) goes back to page 1. */
export function usePagedList<T>(load: (page: number, pageSize: number) => Promise<Page<T>>, deps: DependencyList) {
  const [page, setPage] = useState(1);
  const [filtersKey, setFiltersKey] = useState(JSON.stringify(deps));
  const key = JSON.stringify(deps);
  // New filters start again at the first page (set during render: no request for the stale page).
  if (key !== filtersKey) {
    setFiltersKey(key);
    setPage(1);
  }
  const list = useAsync(() => load(page, PAGE_SIZE), [page, key]);
  return { ...list, page, setPage };
}

export function ListPage<T extends { id: number | string }>(props: {
  title: ReactNode;
  list: ReturnType<typeof usePagedList<T>>;
  columns: NonNullable<TableProps<T>['columns']>;
  filters?: ReactNode;
  hint?: ReactNode;
  extra?: ReactNode;
  /** Width below which the table scrolls sideways (phones, narrow windows). */
  scrollX?: number;
  empty?: string;
  expandable?: TableProps<T>['expandable'];
  rowSelection?: TableProps<T>['rowSelection'];
  /** Opens a row (its drawer): the whole row is the target. */
  onOpen?: (row: T) => void;
  children?: ReactNode;
}) {
  const { t, lang } = useI18n();
  const { list } = props;
  return (
    <Card title={props.title} extra={props.extra}>
      {props.hint && <Typography.Paragraph type="secondary">{props.hint}</Typography.Paragraph>}
      {props.filters && <div style={{ marginBottom: 12 }}>{props.filters}</div>}
      {list.error && <Typography.Text type="danger">{list.error.text(lang)}</Typography.Text>}
      <Table<T>
        rowKey="id"
        size="small"
        loading={list.loading}
        dataSource={list.data?.items ?? []}
        // The table greys its empty text (about 2:1); the kit's own message is ordinary secondary text.
        locale={props.empty ? { emptyText: <span className="a-empty">{props.empty}</span> } : undefined}
        scroll={{ x: props.scrollX ?? 800 }}
        expandable={props.expandable}
        rowSelection={props.rowSelection}
        onRow={
          props.onOpen ? (row) => ({ onClick: () => props.onOpen?.(row), style: { cursor: 'pointer' } }) : undefined
        }
        pagination={serverPagination(t, {
          current: list.page,
          pageSize: PAGE_SIZE,
          total: list.data?.total ?? 0,
          onChange: list.setPage,
        })}
        columns={props.columns}
      />
      {props.children}
    </Card>
  );
}

/** The table's pager for a list the server pages: the total in the reader's language, no page-size switch. */
export function serverPagination(
  t: ReturnType<typeof useI18n>['t'],
  page: { current: number; pageSize: number; total: number; onChange: (page: number) => void },
) {
  return { ...page, showTotal: (n: number) => t('common.total', { n }), showSizeChanger: false };
}
