/**
 * Finding post roots in a document or in a subtree the page just added or changed. Feeds add items in
 * bulk and update counts in place, so a change may be a whole post, several posts, or a text node deep
 * inside one; all three map to the set of top-level roots they touch.
 */

/**
 * Every top-level root in `scope` (a document, or an element not itself inside a root), in document
 * order. A root inside another root is a quoted/shared post or a comment and is left out. Document order
 * puts a nested root right after its ancestor root and before the next top-level one, so comparing with
 * the last top-level root is enough — no selector matching up the ancestor chain for each root, which
 * cost more than reading the posts on long feeds.
 */
export function topLevelRoots(scope: ParentNode, selector: string): Element[] {
  const roots: Element[] = [];
  let last: Element | undefined;
  for (const root of scope.querySelectorAll(selector)) {
    if (last?.contains(root)) continue;
    roots.push(root);
    last = root;
  }
  return roots;
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
