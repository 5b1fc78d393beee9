/**
 * A variant's images and video. Its code (pica, the preparer) and strings load only when a post is
 * open in Compose, in their own chunk.
 */
import { Suspense, lazy } from 'react';
import { WithStrings } from '@/components/ui/with-strings';
import type { Post } from '@/storage/schemas';

const MediaList = lazy(() => import('./media-list').then((m) => ({ default: m.MediaList })));

export function MediaSection({ variant }: { variant: Post }) {
  return (
    <Suspense fallback={null}>
      <WithStrings part="media">
        <MediaList variant={variant} />
      </WithStrings>
    </Suspense>
  );
}
