/** What the colours mean: the platforms or pillars on screen, and the marks of special days. */
import { useSignals } from '@preact/signals-react/runtime';
import { colorBy } from '@/components/state/calendar';
import { useApp } from '@/components/ui/settings-context';
import { PLATFORMS } from '@/storage/schemas';
import { pillarColor, type ArrangedPosts } from './arrange-posts';

export function CalendarLegend({ arranged }: { arranged: ArrangedPosts }) {
  useSignals();
  const { t } = useApp();
  const shown = [...arranged.byDay.values()].flat();
  const entries =
    colorBy.value === 'platform'
      ? PLATFORMS.filter((platform) => shown.some(({ post }) => post.platform === platform)).map((platform) => ({ color: `platform-${platform}`, name: t(`platform.${platform}`) }))
      : [
          ...arranged.pillars.map((pillar) => ({ color: pillarColor(pillar, arranged.pillars), name: pillar })),
          ...(shown.some(({ post }) => !post.pillar) ? [{ color: 'pillar-none', name: t('calendar.legend.noPillar') }] : []),
        ];
  return (
    <ul className="calendar-legend" aria-label={t('calendar.legend')}>
      {entries.map(({ color, name }) => (
        <li key={color + name}>
          <span className="dot" data-color={color} aria-hidden="true" /> {name}
        </li>
      ))}
      {(['holiday', 'marketing', 'event', 'collaboration'] as const).map((kind) => (
        <li key={kind}>
          <span className="mark-swatch" data-kind={kind} aria-hidden="true" /> {t(`calendar.marker.${kind}`)}
        </li>
      ))}
    </ul>
  );
}
