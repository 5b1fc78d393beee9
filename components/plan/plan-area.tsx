/** The Plan area: the post editor when a post is open, the agenda always. */
import { useSignals } from '@preact/signals-react/runtime';
import { editingPost, openPost } from '@/components/state/navigation';
import { useApp } from '@/components/ui/settings-context';
import { AgendaView } from './agenda-view';
import { ExportPlan } from './export-plan';
import { PostEditor } from './post-editor';

export function PlanArea() {
  useSignals();
  const { t } = useApp();
  const postId = editingPost.value;
  return (
    <>
      <div className="toolbar">
        <button type="button" className="button button--primary" onClick={() => openPost('new')}>
          {t('plan.new')}
        </button>
      </div>
      {postId && <PostEditor postId={postId} />}
      <AgendaView />
      <ExportPlan />
      <p className="help">
        <span className="badge">{t('empty.badge')}</span> {t('plan.stillToCome')}
      </p>
    </>
  );
}
