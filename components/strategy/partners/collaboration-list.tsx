/**
 * A partner's collaborations grouped by status, in the plan's order (idea, proposed, agreed, scheduled,
 * done, declined), each group a list with its heading.
 */
import { useId } from 'react';
import { useApp } from '@/components/ui/settings-context';
import { COLLABORATION_STATUSES, type Collaboration, type Partner } from '@/storage/schemas';
import { CollaborationItem } from './collaboration-item';

export function CollaborationList({ partner, collaborations }: { partner: Partner; collaborations: readonly Collaboration[] }) {
  const { t } = useApp();
  const id = useId();
  if (collaborations.length === 0) return <p className="help">{t('strategy.partners.noCollaborations', { name: partner.name })}</p>;
  const groups = COLLABORATION_STATUSES.map((status) => ({ status, members: collaborations.filter((c) => c.status === status) })).filter((group) => group.members.length > 0);
  return (
    <div className="collaboration-groups">
      {groups.map(({ status, members }) => (
        <div key={status} className="collaboration-group" data-status={status}>
          <h5 id={`${id}-${status}`}>{t('strategy.partners.group', { status: t(`strategy.partners.status.${status}`), count: members.length })}</h5>
          <ul className="collaboration-group__list" aria-labelledby={`${id}-${status}`}>
            {members.map((collaboration) => (
              <CollaborationItem key={collaboration.id} partner={partner} collaboration={collaboration} />
            ))}
          </ul>
        </div>
      ))}
    </div>
  );
}
