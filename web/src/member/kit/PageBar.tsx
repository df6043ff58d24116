// A page's title bar. The back arrow is a named button ("返回" / "Back") for screen readers, and goes to the
// page above in the app, not wherever the browser came from (a link opened from a text has no history).
import { NavBar } from 'antd-mobile';
import { LeftOutline } from 'antd-mobile-icons';
import type { ReactNode } from 'react';
import { useNavigate } from 'react-router';
import { useI18n } from '../../i18n';

export function PageBar({ back, children }: { back?: string; children: ReactNode }) {
  const { t } = useI18n();
  const navigate = useNavigate();
  return (
    <NavBar
      back={null}
      backIcon={
        back ? (
          <button type="button" className="m-back" aria-label={t('common.back')} data-testid="page-back">
            <LeftOutline />
          </button>
        ) : (
          false
        )
      }
      onBack={back ? () => navigate(back) : undefined}
    >
      {children}
    </NavBar>
  );
}
