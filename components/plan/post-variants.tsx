/** The variants of one idea across platforms: open a sibling, or add a variant for another platform. */
import { useLiveQuery } from 'dexie-react-hooks';
import { useId, useState } from 'react';
import { openPost } from '@/components/state/navigation';
import { announcePlanChange } from '@/components/ui/announce-plan-change';
import { Select } from '@/components/ui/select';
import { useApp } from '@/components/ui/settings-context';
import { addVariant, listVariants } from '@/storage/posts';
import { PLATFORMS, type Platform, type Post } from '@/storage/schemas';

export function PostVariants({ post }: { post: Post }) {
  const { t } = useApp();
  const id = useId();
  const variants = useLiveQuery(() => listVariants(post), [post.id, post.groupId]) ?? [post];
  const free = PLATFORMS.filter((platform) => !variants.some((variant) => variant.platform === platform));
  const [platform, setPlatform] = useState<Platform | ''>('');
  const chosen = platform && free.includes(platform) ? platform : free[0];

  async function add() {
    if (!chosen) return;
    const variant = await addVariant(post.id, chosen);
    await announcePlanChange();
    openPost(variant.id);
  }

  return (
    <div className="variants">
      <h3>{t('post.variants')}</h3>
      <p className="help">{t('post.variantsHelp')}</p>
      <div className="toolbar">
        {variants.map((variant) => (
          <button key={variant.id} type="button" className="chip" aria-current={variant.id === post.id} onClick={() => openPost(variant.id)}>
            {t(`platform.${variant.platform}`)}
          </button>
        ))}
      </div>
      {chosen && (
        <div className="toolbar">
          <label htmlFor={`${id}-platform`} className="sr-only">{t('post.variantPlatform')}</label>
          <Select id={`${id}-platform`} value={chosen} options={free.map((p) => ({ value: p, label: t(`platform.${p}`) }))} onChange={(v) => setPlatform(v as Platform)} />
          <button type="button" className="button" onClick={() => void add()}>{t('post.addVariant')}</button>
        </div>
      )}
    </div>
  );
}
