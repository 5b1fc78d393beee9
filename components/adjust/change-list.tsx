/**
 * A re-plan's changes, row by row, as the preview and the history show them: each planned post or slot
 * with what changes in it ("Format: Carousel → Reel", "Tuesday 18:00 → Wednesday 19:00"), and the rows
 * it creates. What is listed is exactly what is written (utils/suggest/replan.ts).
 */
import { weekdayName } from '@/components/plan/slots/weekday-names';
import { useApp } from '@/components/ui/settings-context';
import type { Campaign, Post, Slot } from '@/storage/schemas';
import type { RowChange } from '@/utils/suggest/replan';
import type { Names } from './present';

type PostField = 'format' | 'pillar' | 'topic' | 'segmentId' | 'hookId' | 'campaignId' | 'when';

export function ChangeList({ changes, names, campaigns }: { changes: readonly RowChange[]; names: Names; campaigns: ReadonlyMap<string, string> }) {
  return (
    <ul className="adjust-changes" data-testid="adjust-changes">
      {changes.map((change) => (
        <li key={`${change.table}:${change.after.id}`} data-change={change.table} data-id={change.after.id}>
          {change.table === 'posts' ? (
            <PostChange before={change.before} after={change.after} names={names} campaigns={campaigns} />
          ) : change.table === 'slots' ? (
            <SlotChange before={change.before} after={change.after} />
          ) : (
            <CampaignChange before={change.before} after={change.after} />
          )}
        </li>
      ))}
    </ul>
  );
}

/** A wall-calendar date in the locale, with its wall-clock time as written ("Tue, 15 Dec 18:00"). */
function formatWhen(locale: string, localDate: string, localTime: string | null): string {
  const day = new Intl.DateTimeFormat(locale, { weekday: 'short', day: 'numeric', month: 'short', timeZone: 'UTC' }).format(Date.parse(`${localDate}T12:00:00Z`));
  return localTime ? `${day} ${localTime}` : day;
}

function PostChange({ before, after, names, campaigns }: { before: Post | null; after: Post; names: Names; campaigns: ReadonlyMap<string, string> }) {
  const { t, locale } = useApp();
  const when = (post: Post) => (post.localDate ? formatWhen(locale, post.localDate, post.localTime) : t('adjust.change.noDate'));
  const head = `${t(`platform.${after.platform}`)} · ${when(before ?? after)} · ${after.title || t('adjust.change.untitled')}`;
  if (!before) return <span>{t('adjust.change.newPost', { post: `${t(`platform.${after.platform}`)} · ${when(after)} · ${t(`format.${after.format}`)} · ${after.title || t('adjust.change.untitled')}` })}</span>;
  const show: Record<PostField, (post: Post) => string> = {
    format: (post) => t(`format.${post.format}`),
    pillar: (post) => post.pillar || '—',
    topic: (post) => post.topic || '—',
    segmentId: (post) => (post.segmentId ? (names.segment.get(post.segmentId) ?? post.segmentId) : '—'),
    hookId: (post) => (post.hookId ? (names.hook.get(post.hookId) ?? post.hookId) : '—'),
    campaignId: (post) => (post.campaignId ? (campaigns.get(post.campaignId) ?? post.campaignId) : '—'),
    when,
  };
  const fields = (Object.keys(show) as PostField[]).filter((field) => show[field](before) !== show[field](after));
  return (
    <span>
      <span className="adjust-changes__what">{head}</span>
      {fields.map((field) => (
        <span key={field} className="adjust-changes__field" data-field={field}>
          {t(`adjust.change.field.${field}`)}: {show[field](before)} → {show[field](after)}
        </span>
      ))}
    </span>
  );
}

function SlotChange({ before, after }: { before: Slot | null; after: Slot }) {
  const { t, locale } = useApp();
  const at = (slot: Slot) => `${weekdayName(locale, slot.weekday, 'long')} ${slot.localTime}`;
  const what = `${t(`platform.${after.platform}`)} · ${t(`format.${after.format}`)}`;
  if (!before) return <span>{t('adjust.change.newSlot', { slot: `${what} · ${at(after)}` })}</span>;
  return <span>{t('adjust.change.slot', { slot: what, from: at(before), to: at(after) })}</span>;
}

function CampaignChange({ before, after }: { before: Campaign; after: Campaign }) {
  const { t } = useApp();
  return <span>{t('adjust.change.campaign', { campaign: after.name, from: `${before.start} – ${before.end}`, to: `${after.start} – ${after.end}` })}</span>;
}
