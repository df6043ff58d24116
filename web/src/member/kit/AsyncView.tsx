// What a member page shows while its data loads, when it fails (the server's message, and a retry), and once it
// is here. Pages used to show nothing at all while loading or after an error.
import { Button, ErrorBlock, SpinLoading } from 'antd-mobile';
import type { ReactNode } from 'react';
import type { ApiError } from '../../api/client';
import { useI18n } from '../../i18n';

export function AsyncView<T>(props: {
  state: { data?: T; error?: ApiError; loading: boolean; reload: () => Promise<void> };
  children: (data: T) => ReactNode;
}) {
  const { t, lang } = useI18n();
  const { data, error, loading, reload } = props.state;
  if (error) {
    return (
      <ErrorBlock status="default" title={error.text(lang)} description="">
        <Button size="small" onClick={() => void reload()}>
          {t('common.retry')}
        </Button>
      </ErrorBlock>
    );
  }
  if (data === undefined || (loading && data === undefined)) {
    return (
      <div className="m-center">
        <SpinLoading color="primary" />
      </div>
    );
  }
  return <>{props.children(data)}</>;
}
