/** The posts linked to a campaign, with their status, in time order. */
import { useLiveQuery } from 'dexie-react-hooks';
import { PostLine } from '@/components/plan/post-line';
import { useApp } from '@/components/ui/settings-context';
import { listCampaignPosts } from '@/storage/campaigns';

export function CampaignPosts({ campaignId }: { campaignId: string }) {
  const { t } = useApp();
  const posts = useLiveQuery(() => listCampaignPosts(campaignId), [campaignId]);
  if (!posts) return null;
  return (
    <div>
      <h3>{t('campaign.posts')}</h3>
      {posts.length === 0 ? (
        <p className="help">{t('campaign.noPosts')}</p>
      ) : (
        <ul className="post-list">
          {posts.map((post) => (
            <PostLine key={post.id} post={post} />
          ))}
        </ul>
      )}
    </div>
  );
}
