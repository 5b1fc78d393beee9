/** The composer for one planned idea: a text box per platform variant, UTM tagging, and adding a variant. */
import { useLiveQuery } from 'dexie-react-hooks';
import { useId, useState } from 'react';
import { openComposer, openPost } from '@/components/state/navigation';
import { announcePlanChange } from '@/components/ui/announce-plan-change';
import { Select } from '@/components/ui/select';
import { useApp } from '@/components/ui/settings-context';
import { getCampaign } from '@/storage/campaigns';
import { addVariant, getPost, listVariants } from '@/storage/posts';
import { PLATFORMS, type Platform, type Post } from '@/storage/schemas';
import { slugify } from '@/utils/compose/utm';
import { VariantComposer } from './variant-composer';

export function ComposeEditor({ postId }: { postId: string }) {
  const { t } = useApp();
  const post = useLiveQuery<Post | null>(async () => (await getPost(postId)) ?? null, [postId]);
  if (post === undefined) return null;
  if (post === null) {
    return (
      <section className="card">
        <p role="alert">{t('post.notFound')}</p>
        <button type="button" className="button" onClick={() => openComposer(null)}>{t('compose.back')}</button>
      </section>
    );
  }
  return <IdeaComposer post={post} />;
}

function IdeaComposer({ post }: { post: Post }) {
  const { t } = useApp();
  const id = useId();
  const variants = useLiveQuery(() => listVariants(post), [post.id, post.groupId]);
  const campaign = useLiveQuery(async () => (post.campaignId ? ((await getCampaign(post.campaignId)) ?? null) : null), [post.campaignId]);
  const [utmOn, setUtmOn] = useState(false);
  const [platform, setPlatform] = useState<Platform | ''>('');
  // Each variant's pending autosave, so a new variant copies the text as typed, not as last saved.
  const [flushers] = useState(() => new Set<() => Promise<void>>());
  if (variants === undefined || campaign === undefined) return null;
  const free = PLATFORMS.filter((candidate) => !variants.some((variant) => variant.platform === candidate));
  const chosen = platform && free.includes(platform) ? platform : free[0];
  const utm = { on: utmOn, campaignSlug: campaign ? slugify(campaign.name) : null };

  async function add() {
    if (!chosen) return;
    await Promise.all([...flushers].map((flush) => flush()));
    await addVariant(post.id, chosen);
    await announcePlanChange();
  }

  return (
    <>
      <section className="card" aria-labelledby={`${id}-heading`}>
        <h2 id={`${id}-heading`}>{post.title || post.topic || t('reminder.untitled')}</h2>
        <div className="toolbar">
          <button type="button" className="button button--quiet" onClick={() => openComposer(null)}>{t('compose.back')}</button>
          <button type="button" className="button button--quiet" onClick={() => openPost(post.id)}>{t('compose.openInPlan')}</button>
        </div>
        <label className="choice">
          <input type="checkbox" checked={utmOn} onChange={(event) => setUtmOn(event.target.checked)} />
          <span>{t('compose.utm')}</span>
        </label>
        {chosen && (
          <div className="toolbar">
            <label htmlFor={`${id}-platform`} className="sr-only">{t('post.variantPlatform')}</label>
            <Select id={`${id}-platform`} value={chosen} options={free.map((p) => ({ value: p, label: t(`platform.${p}`) }))} onChange={(v) => setPlatform(v as Platform)} />
            <button type="button" className="button" onClick={() => void add()}>{t('post.addVariant')}</button>
          </div>
        )}
      </section>
      {variants.map((variant) => (
        <VariantComposer key={variant.id} variant={variant} utm={utm} flushers={flushers} />
      ))}
    </>
  );
}
