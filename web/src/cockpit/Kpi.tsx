// One figure of the big screen: its value large, its label below; `testId` lets tests read the figure.
import type { ReactNode } from 'react';

export function Kpi({ testId, value, label }: { testId: string; value: ReactNode; label: string }) {
  return (
    <div className="c-kpi" data-testid={testId}>
      <div className="c-kpi-value">{value}</div>
      <div className="c-kpi-label">{label}</div>
    </div>
  );
}
