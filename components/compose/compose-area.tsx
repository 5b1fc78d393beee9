/**
 * The Compose area: choose a planned post, then draft each platform variant of its idea beside the
 * platform. Loaded on demand with its strings (twitter-text, behind the counters and UTM tags, is big:
 * it stays out of the side panel's first chunk).
 */
import { useSignals } from '@preact/signals-react/runtime';
import { composingPost } from '@/components/state/navigation';
import { WithStrings } from '@/components/ui/with-strings';
import { ComposeEditor } from './compose-editor';
import { HashtagSetsSection } from './hashtag-sets-section';
import { PostPicker } from './post-picker';
import { TemplatesSection } from './templates-section';
import './compose.css';

export function ComposeArea() {
  useSignals();
  const postId = composingPost.value;
  return (
    <WithStrings part="compose">
      {postId ? <ComposeEditor key={postId} postId={postId} /> : <PostPicker />}
      <HashtagSetsSection />
      <TemplatesSection />
    </WithStrings>
  );
}
