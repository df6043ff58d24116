// A page's title bar: the title as the page's heading, and a back button with a name ("返回" / "Back").
// Back behaves like the web view's own back (WeChat's arrow, Android's back key, 浙里办's bar): it steps back
// through the app's history, so the two never disagree and never loop. A page opened straight from a link in a text
// has no app history behind it; there back goes to the page above in the app, replacing the entry, so the system
// back then leaves the app as the member expects.
// Written here rather than antd-mobile's NavBar, whose back area is an unnamed role="button" even when empty.
import { LeftOutline } from 'antd-mobile-icons';
import type { ReactNode } from 'react';
import { useNavigate } from 'react-router';
import { useI18n } from '../../i18n';

/** React Router numbers the entries it pushes (history.state.idx); 0 is where the app was entered. */
const inAppHistory = () => ((window.history.state as { idx?: number } | null)?.idx ?? 0) > 0;

export function PageBar({ back, children }: { back?: string; children: ReactNode }) {
  const { t } = useI18n();
  const navigate = useNavigate();
  return (
    <header className="m-bar">
      {back && (
        <button
          type="button"
          className="m-back"
          aria-label={t('common.back')}
          data-testid="page-back"
          onClick={() => (inAppHistory() ? navigate(-1) : navigate(back, { replace: true }))}
        >
          <LeftOutline />
        </button>
      )}
      <h1 className="m-bar-title">{children}</h1>
    </header>
  );
}
