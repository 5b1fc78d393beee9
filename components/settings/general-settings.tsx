/** Brand time zone, country, language, reminders (lead time, digest, follow-ups, weekly review) and capture scope: each saved as it changes. */
import { useId, useMemo, useState } from 'react';
import { announcePlanChange } from '@/components/ui/announce-plan-change';
import { Field } from '@/components/ui/field';
import { useApp } from '@/components/ui/settings-context';
import { CAPTURE_SCOPES } from '@/storage/schemas';
import { updateSettings, type SettingsPatch } from '@/storage/settings';
import { countryOptions } from '@/utils/calendar/countries';
import { LANGUAGE_NAMES, LANGUAGES, type Language } from '@/utils/languages';
import { timeZoneOptions } from '@/utils/time/zones';
import { FollowUpFields } from './follow-up-fields';
import { WeeklyReviewFields } from './weekly-review-fields';
import { describeFailure } from '@/components/ui/describe-validation';

export function GeneralSettings() {
  const { settings, locale, t } = useApp();
  const [status, setStatus] = useState<string>('');
  const id = useId();
  const countries = useMemo(() => countryOptions(locale), [locale]);
  const zones = useMemo(() => timeZoneOptions(settings.timeZone), [settings.timeZone]);

  async function save(patch: SettingsPatch) {
    try {
      await updateSettings(patch);
      setStatus(t('settings.saved'));
      // Lead time, digest time and follow-ups decide when reminders fire: the background re-arms.
      await announcePlanChange();
    } catch (error) {
      setStatus(t('settings.invalid', { detail: describeFailure(error, t) }));
    }
  }

  return (
    <section className="card" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('settings.general')}</h2>
      <Field id={`${id}-zone`} label={t('settings.timeZone.label')} help={t('settings.timeZone.help')}>
        <select value={settings.timeZone} onChange={(e) => void save({ timeZone: e.target.value })}>
          {zones.map((zone) => (
            <option key={zone}>{zone}</option>
          ))}
        </select>
      </Field>
      <Field id={`${id}-country`} label={t('settings.country.label')}>
        <select value={settings.country ?? ''} onChange={(e) => void save({ country: e.target.value || null })}>
          <option value="">{t('settings.country.none')}</option>
          {countries.map(({ code, name }) => (
            <option key={code} value={code}>
              {name}
            </option>
          ))}
        </select>
      </Field>
      <Field id={`${id}-language`} label={t('settings.language.label')}>
        <select value={settings.language} onChange={(e) => void save({ language: e.target.value as Language })}>
          {LANGUAGES.map((language) => (
            <option key={language} value={language} lang={language}>
              {LANGUAGE_NAMES[language]}
            </option>
          ))}
        </select>
      </Field>
      <Field id={`${id}-lead`} label={t('settings.lead.label')}>
        <input
          type="number"
          min={0}
          max={10080}
          step={5}
          defaultValue={settings.notificationLeadMinutes}
          key={settings.notificationLeadMinutes}
          onBlur={(e) => void save({ notificationLeadMinutes: e.target.valueAsNumber })}
        />
      </Field>
      <Field id={`${id}-digest`} label={t('settings.digest.label')}>
        <input
          type="time"
          defaultValue={settings.digestTime ?? ''}
          key={settings.digestTime ?? ''}
          onBlur={(e) => void save({ digestTime: e.target.value || null })}
        />
      </Field>
      <FollowUpFields save={save} />
      <WeeklyReviewFields save={save} />
      <fieldset className="field">
        <legend>{t('settings.scope.label')}</legend>
        {CAPTURE_SCOPES.map((scope) => (
          <label key={scope} className="choice">
            <input
              type="radio"
              name={`${id}-scope`}
              value={scope}
              checked={settings.captureScope === scope}
              onChange={() => void save({ captureScope: scope })}
            />
            {t(`settings.scope.${scope}`)}
          </label>
        ))}
      </fieldset>
      <p role="status" className="status">
        {status}
      </p>
    </section>
  );
}
