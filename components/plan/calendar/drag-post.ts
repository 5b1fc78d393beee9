/**
 * HTML5 drag and drop of post chips. The post's id travels in a type of our own, so a drop of text or
 * a file from elsewhere is not mistaken for a post, and a day accepts only what it can move.
 */
import type { DragEvent } from 'react';

const POST_TYPE = 'application/x-mkakati-post';

export function startPostDrag(event: DragEvent, postId: string): void {
  event.dataTransfer.setData(POST_TYPE, postId);
  event.dataTransfer.effectAllowed = 'move';
}

/** Props for an element that takes dropped posts; `onPost` gets the id. */
export function postDropTarget(onPost: (postId: string) => void) {
  // The highlight is a data attribute set directly: React does not own it, and a re-render per
  // dragover event (dozens a second) would be wasted work.
  const mark = (event: DragEvent, on: boolean) => {
    if (on) (event.currentTarget as HTMLElement).dataset.dropping = 'true';
    else delete (event.currentTarget as HTMLElement).dataset.dropping;
  };
  return {
    onDragOver(event: DragEvent) {
      // Only while dragging is the data unreadable; its types are what tell a post from anything else.
      if (!Array.from(event.dataTransfer.types).includes(POST_TYPE)) return;
      event.preventDefault();
      event.dataTransfer.dropEffect = 'move';
      mark(event, true);
    },
    onDragLeave(event: DragEvent) {
      // Leaving for one of its own children (a chip in the day) is still being over the day.
      if (event.relatedTarget instanceof Node && event.currentTarget.contains(event.relatedTarget)) return;
      mark(event, false);
    },
    onDrop(event: DragEvent) {
      const postId = event.dataTransfer.getData(POST_TYPE);
      mark(event, false);
      if (!postId) return;
      event.preventDefault();
      event.stopPropagation();
      onPost(postId);
    },
  };
}
