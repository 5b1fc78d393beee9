/** The weekly review's settings: on or off, and the weekday and time (brand zone) of its reminder. */
import { useId } from 'react';
import { ISO_WEEKDAYS, weekdayName } from '@/components/plan/slots/weekday-names';
import { useApp } from '@/components/ui/settings-context';
import { weeklyReviewOf, type SettingsPatch } from '@/storage/settings';

export function WeeklyReviewFields({ save }: { save: (patch: SettingsPatch) => Promise<void> }) {
  const { settings, t, locale } = useApp();
  const id = useId();
  const review = weeklyReviewOf(settings);
  return (
    <fieldset className="field" data-testid="weekly-review-settings">
      <legend>{t('settings.weekly.label')}</legend>
      <label className="choice">
        <input type="checkbox" checked={review.enabled} onChange={(e) => void save({ weeklyReview: { ...review, enabled: e.target.checked } })} />
        {t('settings.weekly.enabled')}
      </label>
      <div className="toolbar">
        <label htmlFor={`${id}-weekday`}>{t('settings.weekly.weekday')}</label>
        <select id={`${id}-weekday`} disabled={!review.enabled} value={review.weekday} onChange={(e) => void save({ weeklyReview: { ...review, weekday: Number(e.target.value) } })}>
          {ISO_WEEKDAYS.map((weekday) => (
            <option key={weekday} value={weekday}>
              {weekdayName(locale, weekday, 'long')}
            </option>
          ))}
        </select>
        <label htmlFor={`${id}-time`}>{t('settings.weekly.time')}</label>
        <input
          id={`${id}-time`}
          type="time"
          disabled={!review.enabled}
          defaultValue={review.time}
          key={review.time}
          onBlur={(e) => {
            if (e.target.value && e.target.value !== review.time) void save({ weeklyReview: { ...review, time: e.target.value } });
          }}
        />
      </div>
    </fieldset>
  );
}
