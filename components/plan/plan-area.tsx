/** The Plan area: the post editor when a post is open, then the calendar, campaigns, slots or exports. */
import { useSignals } from '@preact/signals-react/runtime';
import { PLAN_SECTIONS, editingPost, openPost, planSection } from '@/components/state/navigation';
import { useApp } from '@/components/ui/settings-context';
import { CalendarView } from './calendar/calendar-view';
import { CampaignEditor } from './campaigns/campaign-editor';
import { CampaignList } from './campaigns/campaign-list';
import { EventList } from './events/event-list';
import { ExportPlan } from './export-plan';
import { PostEditor } from './post-editor';
import { PlanNextMonth } from './slots/plan-next-month';
import { SlotsEditor } from './slots/slots-editor';

export function PlanArea() {
  useSignals();
  const { t } = useApp();
  const postId = editingPost.value;
  const section = planSection.value;
  return (
    <>
      <div className="toolbar">
        <button type="button" className="button button--primary" onClick={() => openPost('new')}>
          {t('plan.new')}
        </button>
        <div className="segmented" role="group" aria-label={t('plan.sections')}>
          {PLAN_SECTIONS.map((name) => (
            <button key={name} type="button" aria-pressed={section === name} onClick={() => (planSection.value = name)}>
              {t(`plan.section.${name}`)}
            </button>
          ))}
        </div>
      </div>
      {postId && <PostEditor postId={postId} />}
      {section === 'calendar' && <CalendarView />}
      {section === 'campaigns' && (
        <>
          <CampaignEditor />
          <CampaignList />
          <EventList />
        </>
      )}
      {section === 'slots' && (
        <>
          <SlotsEditor />
          <PlanNextMonth />
        </>
      )}
      {section === 'export' && <ExportPlan />}
    </>
  );
}
