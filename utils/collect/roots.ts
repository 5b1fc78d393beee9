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
  const matches = matchesInOrder(scope, selector);
  for (let i = 0; i < matches.length; i++) {
    const root = matches[i]!;
    if (last?.contains(root)) continue;
    roots.push(root);
    last = root;
  }
  return roots;
}

/**
 * The elements of `scope` matching the selector list that can be top-level roots, in document order, each
 * once (every top-level root is among them; a nested one may be too, `topLevelRoots` drops it). Chromium
 * matches a selector list several times slower than the same selectors one by one (YouTube's nine root
 * tags: 3.5 ms over a 1,000-card feed as one list, 1.3 ms as nine queries), so each alternative is queried
 * alone (adapters write alternatives of one tag as one `tag:is(…)`: one walk of the page for all of them). A
 * page usually has roots of one alternative only; when several match, their lists are merged in document
 * order (each list already is), comparing positions only where the heads differ.
 */
function matchesInOrder(scope: ParentNode, selector: string): ArrayLike<Element> {
  const lists: NodeListOf<Element>[] = [];
  let longest = 0;
  for (const alternative of alternativesOf(selector)) {
    const matches = scope.querySelectorAll(alternative);
    if (matches.length === 0) continue;
    if (lists.length !== 0 && matches.length > (lists[longest] as NodeListOf<Element>).length) longest = lists.length;
    lists.push(matches);
  }
  // One list (the usual case) is used as it is.
  if (lists.length <= 1) return lists[0] ?? [];
  // Several: the longest one, then each other one's matches that may be top-level, merged in. A match inside
  // another root of the scope is left out before merging (topLevelRoots would leave it out anyway): one
  // `closest()` over a few ancestors, where merging costs a compareDocumentPosition (both ancestor chains, to
  // the top of the page) per match. YouTube's feed nests a video renderer in some of its rich items: merging
  // those took a third of finding the roots.
  let merged: Element[] = Array.from(lists[longest] as NodeListOf<Element>);
  for (let k = 0; k < lists.length; k++) {
    if (k === longest) continue;
    const list = lists[k] as NodeListOf<Element>;
    const outer: Element[] = [];
    for (let i = 0; i < list.length; i++) {
      const match = list[i] as Element;
      if (!insideAnotherRoot(match, scope, selector)) outer.push(match);
    }
    if (outer.length !== 0) merged = mergeInOrder(merged, outer);
  }
  return merged;
}

/** Whether `match` sits inside another element of `scope` matching `selector` (the scope itself excluded). */
function insideAnotherRoot(match: Element, scope: ParentNode, selector: string): boolean {
  const around = match.parentElement?.closest(selector);
  if (!around || around === scope) return false;
  // `around` is an ancestor of a match in the scope: below the scope, or the scope's own ancestor. In a
  // document every element is below it.
  return (scope as Node).nodeType === Node.DOCUMENT_NODE || (scope as Node).contains(around);
}

/** Two lists in document order as one, in document order, without repeats. */
function mergeInOrder(a: readonly Element[], b: readonly Element[]): Element[] {
  const merged: Element[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    const x = a[i] as Element;
    const y = b[j] as Element;
    if (x === y) {
      merged.push(x);
      i++;
      j++;
    } else if (x.compareDocumentPosition(y) & Node.DOCUMENT_POSITION_FOLLOWING) {
      merged.push(x);
      i++;
    } else {
      merged.push(y);
      j++;
    }
  }
  for (; i < a.length; i++) merged.push(a[i] as Element);
  for (; j < b.length; j++) merged.push(b[j] as Element);
  return merged;
}

const alternativesCache = new Map<string, readonly string[]>();

/**
 * The top-level alternatives of a selector list: `a, b[x="1,2"], :is(c, d)` → three. Commas inside
 * quotes, brackets or parentheses do not split. Adapters have one fixed list each, so this is cached.
 */
export function alternativesOf(selector: string): readonly string[] {
  const cached = alternativesCache.get(selector);
  if (cached) return cached;
  const parts: string[] = [];
  let depth = 0;
  let quote = '';
  let start = 0;
  for (let i = 0; i < selector.length; i++) {
    const c = selector[i];
    if (quote) {
      if (c === '\\') i++;
      else if (c === quote) quote = '';
    } else if (c === '"' || c === "'") quote = c;
    else if (c === '\\') i++;
    else if (c === '(' || c === '[') depth++;
    else if (c === ')' || c === ']') depth--;
    else if (c === ',' && depth === 0) {
      parts.push(selector.slice(start, i).trim());
      start = i + 1;
    }
  }
  parts.push(selector.slice(start).trim());
  const alternatives = parts.filter((part) => part !== '');
  alternativesCache.set(selector, alternatives);
  return alternatives;
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
