/**
 * Finding post roots in a document or in a subtree the page just added or changed. Feeds add items in
 * bulk and update counts in place, so a change may be a whole post, several posts, or a text node deep
 * inside one; all three map to the set of top-level roots they touch.
 */

/** Whether `element` sits inside another root: then it is a quoted/shared post or a comment. */
function isNested(element: Element, selector: string): boolean {
  return element.parentElement?.closest(selector) != null;
}

/** Every top-level root in `scope` (a document or an element), in document order. */
export function topLevelRoots(scope: ParentNode, selector: string): Element[] {
  return Array.from(scope.querySelectorAll(selector)).filter((root) => !isNested(root, selector));
}

/**
 * The top-level roots a mutation touched: the root that encloses `node`, or, when `node` encloses
 * roots (a batch of feed items), each of those.
 */
export function rootsTouchedBy(node: Node, selector: string): Element[] {
  const element = node instanceof Element ? node : node.parentElement;
  if (!element) return [];
  let outer: Element | null = element.closest(selector);
  if (outer) {
    // Climb to the outermost root: a change inside a quoted post is a change of the post around it.
    for (let up = outer.parentElement?.closest(selector); up; up = up.parentElement?.closest(selector)) outer = up;
    return [outer];
  }
  return topLevelRoots(element, selector);
}
