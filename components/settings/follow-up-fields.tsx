/**
 * Follow-up reminders (storage/follow-ups.ts): on or off, and how long after publishing. Delays are
 * offered as a few day counts rather than free hours, so the choice reads the same in every language.
 */
import { useApp } from '@/components/ui/settings-context';
import { FOLLOW_UP_CHOICES, followUpsOf } from '@/storage/follow-ups';
import type { SettingsPatch } from '@/storage/settings';

export function FollowUpFields({ save }: { save: (patch: SettingsPatch) => Promise<void> }) {
  const { settings, t } = useApp();
  const followUps = followUpsOf(settings);

  function toggleDelay(hours: number, on: boolean) {
    const delaysHours = on ? [...followUps.delaysHours, hours].sort((a, b) => a - b) : followUps.delaysHours.filter((each) => each !== hours);
    void save({ followUps: { ...followUps, delaysHours } });
  }

  return (
    <fieldset className="field">
      <legend>{t('settings.followUps.label')}</legend>
      <label className="choice">
        <input type="checkbox" checked={followUps.enabled} onChange={(e) => void save({ followUps: { ...followUps, enabled: e.target.checked } })} />
        {t('settings.followUps.enabled')}
      </label>
      {FOLLOW_UP_CHOICES.map((hours) => (
        <label key={hours} className="choice">
          <input
            type="checkbox"
            disabled={!followUps.enabled}
            checked={followUps.delaysHours.includes(hours)}
            onChange={(e) => toggleDelay(hours, e.target.checked)}
          />
          {t('settings.followUps.after', { count: hours / 24 })}
        </label>
      ))}
    </fieldset>
  );
}
