import { Result } from 'antd-mobile';
import { type ReactNode, useEffect, useState } from 'react';
import { useLocation, useNavigate } from 'react-router';

/** What a form passes to the page it lands on, so that page can say the submission arrived. */
export const submittedState = { submitted: true } as const;

/**
 * The confirmation a member sees right after submitting a case: what happened, who has it now and how they will
 * hear back. It shows once, on the landing after submit: the flag is taken out of the history entry at once, so a
 * reload or a later visit shows the case without it.
 */
export function Submitted({ title, children, testId }: { title: string; children: ReactNode; testId: string }) {
  const location = useLocation();
  const navigate = useNavigate();
  const [shown] = useState(() => Boolean((location.state as { submitted?: boolean } | null)?.submitted));
  useEffect(() => {
    if (shown) navigate(location.pathname, { replace: true, state: null });
  }, [shown, navigate, location.pathname]);
  if (!shown) return null;
  return (
    <Result
      status="success"
      title={title}
      description={children}
      data-testid={testId}
      style={{ margin: 12, borderRadius: 12 }}
    />
  );
}
