/** The live counter under a text box: used / limit in the platform's own count, amber near the limit, red past it. */
import { useApp } from '@/components/ui/settings-context';
import type { Platform } from '@/storage/schemas';
import { countText } from '@/utils/compose/count-text';
import type { TextField } from '@/utils/compose/limits';

export function TextCounter({ platform, text, field = 'post', id }: { platform: Platform; text: string; field?: TextField; id?: string }) {
  const { t } = useApp();
  const count = countText(platform, text, { field });
  if (count.limit === null) return null;
  const tags = count.hashtags;
  return (
    <p id={id} className="compose-counter" data-level={count.level}>
      <span>{t('compose.count', { used: count.used, limit: count.limit })}</span>
      {count.level === 'near' && <strong> · {t('compose.left', { count: count.remaining ?? 0 })}</strong>}
      {count.level === 'over' && <strong> · {t('compose.over', { count: -(count.remaining ?? 0) })}</strong>}
      {tags && tags.used > 0 && (
        <span data-level={tags.level}> · {t('compose.hashtagCount', { used: tags.used, limit: tags.limit })}</span>
      )}
    </p>
  );
}
