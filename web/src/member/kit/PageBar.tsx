// A page's title bar: the title as the page's heading, and a back button with a name ("返回" / "Back") that goes
// to the page above in the app, not wherever the browser came from (a link opened from a text has no history).
// Written here rather than antd-mobile's NavBar, whose back area is an unnamed role="button" even when empty.
import { LeftOutline } from 'antd-mobile-icons';
import type { ReactNode } from 'react';
import { useNavigate } from 'react-router';
import { useI18n } from '../../i18n';

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
          onClick={() => navigate(back)}
        >
          <LeftOutline />
        </button>
      )}
      <h1 className="m-bar-title">{children}</h1>
    </header>
  );
}
