/** Several weekdays at once, as a group of checkboxes: short names shown, full names read out. */
import { useApp } from '@/components/ui/settings-context';
import { ISO_WEEKDAYS, weekdayName } from './weekday-names';

export function WeekdayPicker({ selected, onChange, name }: { selected: readonly number[]; onChange: (weekdays: number[]) => void; name: string }) {
  const { t, locale } = useApp();
  const toggle = (weekday: number, on: boolean) => onChange(on ? [...selected, weekday].sort((a, b) => a - b) : selected.filter((day) => day !== weekday));
  return (
    <fieldset className="field">
      <legend>{t('slots.days')}</legend>
      <div className="weekday-picker">
        {ISO_WEEKDAYS.map((weekday) => (
          <label key={weekday} className="weekday-picker__day">
            <input type="checkbox" name={name} aria-label={weekdayName(locale, weekday, 'long')} checked={selected.includes(weekday)} onChange={(e) => toggle(weekday, e.target.checked)} />
            <span aria-hidden="true">{weekdayName(locale, weekday, 'short')}</span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}
