/**
 * Root finding (utils/collect/roots.ts): each alternative of a root selector list is queried on its own
 * (much faster in Chromium), so these tests pin what the list as a whole would give — document order,
 * no repeats, nested roots left out — and the splitting of the list itself.
 */
import { describe, expect, it } from 'vitest';
import { alternativesOf, rootsTouchedBy, topLevelRoots } from '@/utils/collect/roots';

function page(html: string): Document {
  return new DOMParser().parseFromString(`<!doctype html><body>${html}</body>`, 'text/html');
}

const ids = (elements: readonly Element[]): string[] => elements.map((element) => element.id);

describe('alternativesOf', () => {
  it('splits at top-level commas only', () => {
    expect(alternativesOf('a, b[x="1,2"],c:is(d, e) ,  f[y=\'3,4\']')).toEqual(['a', 'b[x="1,2"]', 'c:is(d, e)', "f[y='3,4']"]);
  });
  it('keeps an escaped comma inside its alternative and drops empty ones', () => {
    expect(alternativesOf('#a\\,b, , c')).toEqual(['#a\\,b', 'c']);
  });
});

describe('topLevelRoots', () => {
  it('merges the alternatives in document order, once each, whatever the order of the list', () => {
    const doc = page('<section id="1"></section><article id="2"></article><div class="card" id="3"></div><article class="card" id="4"></article><section id="5"></section>');
    expect(ids(topLevelRoots(doc, 'article, .card, section'))).toEqual(['1', '2', '3', '4', '5']);
    expect(ids(topLevelRoots(doc, '.card, section, article'))).toEqual(['1', '2', '3', '4', '5']);
    expect(ids(topLevelRoots(doc, 'article'))).toEqual(['2', '4']);
    expect(topLevelRoots(doc, 'aside, nav')).toEqual([]);
  });

  it('gives the same roots for alternatives of one tag written as one tag:is(…) (as TikTok writes its articles)', () => {
    const doc = page(
      '<article data-e2e="item" id="1"></article><article id="one-2"></article><div data-e2e="item" id="3"></div>' +
        '<article data-e2e="item" id="one-4"><article id="one-5"></article></article><span data-e2e="item" id="6"></span><article id="7"></article>',
    );
    const expected = ['1', 'one-2', '3', 'one-4', '6'];
    expect(ids(topLevelRoots(doc, 'article[data-e2e="item"], article[id^="one-"], div[data-e2e="item"], [data-e2e="item"]'))).toEqual(expected);
    expect(ids(topLevelRoots(doc, 'article:is([data-e2e="item"], [id^="one-"]), div[data-e2e="item"], [data-e2e="item"]'))).toEqual(expected);
  });

  it('merges a shorter list whose matches are partly nested in the longer list’s roots, partly top-level', () => {
    const doc = page(
      '<main id="m"><article id="a1"><section id="n1"></section></article><section id="s1"></section><article id="a2"></article>' +
        '<article id="a3"><div><section id="n2"><article id="n3"></article></section></div></article><section id="s2"><article id="n4"></article></section></main>',
    );
    expect(ids(topLevelRoots(doc, 'article, section'))).toEqual(['a1', 's1', 'a2', 'a3', 's2']);
    // A scope inside a root: the root above the scope does not hide the scope's own roots.
    const inner = page('<article id="outer"><div id="scope"><section id="x"></section><article id="y"><section id="z"></section></article></div></article>');
    expect(ids(topLevelRoots(inner.getElementById('scope') as Element, 'article, section'))).toEqual(['x', 'y']);
  });

  it('leaves out a root inside another root, of the same alternative or another', () => {
    const doc = page('<article id="a"><article id="a1"></article><section id="a2"></section></article><section id="b"><article id="b1"></article></section><article id="c"></article>');
    expect(ids(topLevelRoots(doc, 'section, article'))).toEqual(['a', 'b', 'c']);
  });

  it('reads within a subtree, and the root around a changed node', () => {
    const doc = page('<main id="m"><article id="a"><p id="p">x</p></article><article id="b"></article></main><article id="c"></article>');
    expect(ids(topLevelRoots(doc.getElementById('m') as Element, 'article, aside'))).toEqual(['a', 'b']);
    expect(ids(rootsTouchedBy(doc.getElementById('p') as Element, 'article, aside'))).toEqual(['a']);
  });
});
