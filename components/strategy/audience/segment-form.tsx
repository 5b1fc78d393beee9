/** Create or edit a segment: who they are, what they care about and what bothers them, where to find them. */
import { useId, useState } from 'react';
import { Field } from '@/components/ui/field';
import { useApp } from '@/components/ui/settings-context';
import { PLATFORMS, type Platform, type Segment } from '@/storage/schemas';
import { createSegment, updateSegment, type SegmentInput } from '@/storage/strategy';
import { problemOf } from './errors';

/** The form as typed: lists one item per line, ages as text ('' = not set). */
export interface SegmentForm {
  name: string;
  description: string;
  interests: string;
  pains: string;
  ageMin: string;
  ageMax: string;
  location: string;
  platforms: Platform[];
  color: string;
}

export function segmentFormOf(segment: Segment | null): SegmentForm {
  if (!segment) return { name: '', description: '', interests: '', pains: '', ageMin: '', ageMax: '', location: '', platforms: [], color: '#7c3aed' };
  return {
    name: segment.name,
    description: segment.description,
    interests: segment.interests.join('\n'),
    pains: segment.pains.join('\n'),
    ageMin: segment.ageMin === null ? '' : String(segment.ageMin),
    ageMax: segment.ageMax === null ? '' : String(segment.ageMax),
    location: segment.location,
    platforms: segment.platforms,
    color: segment.color,
  };
}

/** An age as typed: '' is "not set"; anything but a whole number is left to the schema to refuse. */
const ageOf = (text: string): number | null => (text.trim() === '' ? null : Number(text));

export function segmentInputOf(form: SegmentForm): SegmentInput {
  return {
    name: form.name,
    description: form.description,
    interests: form.interests.split('\n'),
    pains: form.pains.split('\n'),
    ageMin: ageOf(form.ageMin),
    ageMax: ageOf(form.ageMax),
    location: form.location,
    // Kept in the order the platforms are listed, whatever order they were ticked in.
    platforms: PLATFORMS.filter((platform) => form.platforms.includes(platform)),
    color: form.color,
  };
}

export function SegmentFormCard({ segment, onDone }: { segment: Segment | null; onDone: (notice: string) => void }) {
  const { t } = useApp();
  const idPrefix = useId();
  const id = (name: string) => `${idPrefix}-${name}`;
  const [form, setForm] = useState(() => segmentFormOf(segment));
  const [problem, setProblem] = useState('');
  const change = (patch: Partial<SegmentForm>) => setForm((current) => ({ ...current, ...patch }));

  async function save() {
    try {
      const input = segmentInputOf(form);
      if (segment) await updateSegment(segment.id, input);
      else await createSegment(input);
      onDone(t('strategy.audience.segment.saved'));
    } catch (error) {
      setProblem(problemOf(t, error));
    }
  }

  return (
    <section className="card" aria-labelledby={id('heading')}>
      <h2 id={id('heading')}>{segment ? t('strategy.audience.segment.editTitle') : t('strategy.audience.segment.newTitle')}</h2>
      <form
        className="post-fields"
        onSubmit={(event) => {
          event.preventDefault();
          void save();
        }}
      >
        <Field id={id('name')} label={t('strategy.audience.field.name')}>
          <input autoFocus value={form.name} onChange={(e) => change({ name: e.target.value })} />
        </Field>
        <Field id={id('description')} label={t('strategy.audience.field.description')}>
          <textarea rows={3} value={form.description} onChange={(e) => change({ description: e.target.value })} />
        </Field>
        <Field id={id('interests')} label={t('strategy.audience.field.interests')} help={t('strategy.audience.onePerLine')}>
          <textarea rows={3} value={form.interests} onChange={(e) => change({ interests: e.target.value })} />
        </Field>
        <Field id={id('pains')} label={t('strategy.audience.field.pains')} help={t('strategy.audience.onePerLine')}>
          <textarea rows={3} value={form.pains} onChange={(e) => change({ pains: e.target.value })} />
        </Field>
        <div className="field-row">
          <Field id={id('age-min')} label={t('strategy.audience.field.ageMin')}>
            <input type="number" min={0} max={120} step={1} value={form.ageMin} onChange={(e) => change({ ageMin: e.target.value })} />
          </Field>
          <Field id={id('age-max')} label={t('strategy.audience.field.ageMax')}>
            <input type="number" min={0} max={120} step={1} value={form.ageMax} onChange={(e) => change({ ageMax: e.target.value })} />
          </Field>
        </div>
        <Field id={id('location')} label={t('strategy.audience.field.location')}>
          <input value={form.location} onChange={(e) => change({ location: e.target.value })} />
        </Field>
        <fieldset className="field">
          <legend>{t('strategy.audience.field.platforms')}</legend>
          <div className="audience-platforms">
            {PLATFORMS.map((platform) => (
              <label key={platform} className="choice">
                <input
                  type="checkbox"
                  checked={form.platforms.includes(platform)}
                  onChange={(e) =>
                    change({ platforms: e.target.checked ? [...form.platforms, platform] : form.platforms.filter((p) => p !== platform) })
                  }
                />
                {t(`platform.${platform}`)}
              </label>
            ))}
          </div>
        </fieldset>
        <Field id={id('color')} label={t('strategy.audience.field.color')}>
          <input type="color" value={form.color} onChange={(e) => change({ color: e.target.value })} />
        </Field>
        <div className="actions">
          <button type="submit" className="button button--primary">{t('strategy.audience.segment.save')}</button>
          <button type="button" className="button button--quiet" onClick={() => onDone('')}>{t('strategy.audience.cancel')}</button>
        </div>
      </form>
      <p role="alert" className="status status--error">{problem}</p>
    </section>
  );
}
