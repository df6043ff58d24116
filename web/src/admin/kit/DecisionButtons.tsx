// Approve and reject (or refuse) buttons for a row, shown only for the actions the server allows, with the
// required reason asked in a modal before a rejection. The decision pages each had their own copy.
import { Button, Space } from 'antd';
import { useState } from 'react';
import { type MessageKey, useI18n } from '../../i18n';
import { ReasonModal } from '../components/ReasonModal';
import { useAct } from '../components/useAct';

interface Decision {
  /** The action name the server lists in the row's `actions`. */
  action: string;
  label: string;
  /** What the toast says once it is done ("已同意，已通知会员"). */
  done: MessageKey;
}

export function DecisionButtons(props: {
  actions: readonly string[];
  approve: Decision & { run: () => Promise<unknown> };
  reject: Decision & { run: (reason: string) => Promise<unknown> };
  /** Reloads the list after a decision. */
  after: () => unknown;
}) {
  const { t } = useI18n();
  const act = useAct(props.after);
  const [asking, setAsking] = useState(false);
  const { approve, reject } = props;
  return (
    <Space size={0}>
      {props.actions.includes(approve.action) && (
        <Button type="link" size="small" onClick={() => act(approve.run, approve.done)}>
          {approve.label}
        </Button>
      )}
      {props.actions.includes(reject.action) && (
        <Button type="link" size="small" danger onClick={() => setAsking(true)}>
          {reject.label}
        </Button>
      )}
      <ReasonModal
        open={asking}
        title={reject.label}
        label={t('admin.applications.rejectReason')}
        onCancel={() => setAsking(false)}
        onSubmit={async (reason) => {
          if (await act(() => reject.run(reason), reject.done)) setAsking(false);
        }}
      />
    </Space>
  );
}
