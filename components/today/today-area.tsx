/**
 * Today: the date in the brand's time zone, what is overdue, a warning while a platform cannot be read,
 * what is due, and the week so far.
 */
import { useState } from 'react';
import { openArea } from '@/components/state/navigation';
import { useApp } from '@/components/ui/settings-context';
import { WorkspaceSummary } from '@/components/ui/workspace-summary';
import { formatDate } from '@/utils/i18n/format';
import { CollectorWarning } from './collector-warning';
import { DueToday } from './due-today';
import { GoalsToday } from './goals-today';
import { OverduePosts } from './overdue-posts';
import { todayWindow } from './today-window';
import { WeekProgress } from './week-progress';

export function TodayArea() {
  const { locale, settings } = useApp();
  // Read once when the area opens: the side panel is reopened far more often than it spans midnight.
  const [now] = useState(Date.now);
  const window = todayWindow(now, settings.timeZone);
  return (
    <>
      <p className="today-date" data-testid="today-date">
        {formatDate(locale, now, settings.timeZone)}
      </p>
      <OverduePosts now={now} />
      <CollectorWarning />
      <DueToday range={window.today} now={now} />
      <WeekProgress range={window.week} />
      <GoalsToday now={now} />
      <WorkspaceSummary onOpenSettings={() => openArea('settings')} />
    </>
  );
}
