/** Asks before deleting a goal, naming the campaigns that aim at it (they stay, without the goal). */
import { useLiveQuery } from 'dexie-react-hooks';
import { Confirm } from '@/components/ui/confirm';
import { useApp } from '@/components/ui/settings-context';
import { campaignsOfGoal, deleteGoal } from '@/storage/goals';
import type { Goal } from '@/storage/schemas';

export function GoalDelete({ goal, onDone }: { goal: Goal; onDone: (message: string) => void }) {
  const { t, locale } = useApp();
  const campaigns = useLiveQuery(() => campaignsOfGoal(goal.id), [goal.id]);
  if (!campaigns) return null;
  const message = campaigns.length
    ? t('strategy.goals.confirmDeleteCampaigns', { title: goal.title, count: campaigns.length, names: new Intl.ListFormat(locale, { type: 'conjunction' }).format(campaigns) })
    : t('strategy.goals.confirmDelete', { title: goal.title });
  return (
    <Confirm
      message={message}
      confirmLabel={t('strategy.goals.deleteConfirm')}
      onConfirm={() =>
        void deleteGoal(goal.id).then(
          ({ unlinkedCampaigns }) => onDone(t('strategy.goals.deleted', { count: unlinkedCampaigns })),
          (error: unknown) => onDone(String(error)),
        )
      }
      onCancel={() => onDone('')}
    />
  );
}
