// Layer three: the article is the element whose blocks add up to the most prose. Each block adds its
// prose and takes away its link text, so the winner is the smallest element that holds the article's
// paragraphs without the menus, teaser lists and footers around them (a maximum-sum subtree).
// Inside it, link lists, keyword-matched lines and the short tail after the last paragraph go too.
import type { RemovedKind } from "../../../schema/article.js";
import { isRelatedHeading, lineRuleFor, RELATED_HEADING } from "../rules.js";
import type { Element, ParentNode } from "./dom.js";
import type { HtmlBlock } from "./linearize.js";

/** Above this share of link text a block is a menu entry or a teaser, not article text. */
const MAX_LINK_DENSITY = 0.5;
/**
 * A sentence of the article that links a long name or title ("To solve this you want to keep two
 * versions of your dependencies:") is more link than text and still the article's; a teaser or a
 * menu entry is not a sentence, or is link from end to end.
 */
const MAX_SENTENCE_LINK_DENSITY = 0.8;
const MIN_SENTENCE_WORDS = 8;
const isLinkedSentence = (b: HtmlBlock): boolean => b.heading === 0 && /[.:!?]["“”»«)'’]*$/u.test(b.text) && b.text.split(/\s+/).length >= MIN_SENTENCE_WORDS;
/** A block this long, with sentence punctuation, counts as prose. Shorter ones are labels. */
const MIN_PROSE_CHARS = 80;
/** What a short non-link block (a date, a label, a button) costs a candidate container. */
const SHORT_BLOCK_PENALTY = 0;

export interface Verdict {
  readonly keep: boolean;
  readonly kind: RemovedKind;
  readonly ruleId: string;
  readonly reason: string;
  /** Blocks of one removal share a group, so that removed[] lists it once. */
  readonly group: unknown;
}

/** The rule id of what lies outside the chosen element, by the step of the cascade that chose it. */
const OUTSIDE_RULE: Readonly<Record<Choice["step"], string>> = {
  "item-prop": "html-outside-article-body",
  "article-element": "html-outside-article-element",
  "dom-score": "html-outside-article",
  fallback: "html-fallback-best-block",
};

const KEEP: Verdict = { keep: true, kind: "other", ruleId: "", reason: "", group: null };

/** A short first paragraph that ends like a sentence ("It was a night to remember.") is the article's. */
const SENTENCE = /\p{L}[.!?…]["“”»«)'’]*$/u;
/** A line that ends in a colon or a question mark and is this short introduces something. */
const MAX_PROMPT_CHARS = 50;
/** Longer "headings" are paragraphs inside a heading element that the page forgot to close. */
const MAX_HEADING_CHARS = 150;
/** What each character of link text costs a candidate, against one for each character of prose. */
const LINK_PENALTY = 1;
/**
 * One block of inline links (a "Read also" box between two paragraphs, printed twice for phone and
 * desktop) is one interruption and costs at most this much; a menu is many blocks and costs in full.
 */
const MAX_BLOCK_LINK_PENALTY = 250;

/** Two sentences in one "heading" make it a paragraph set in a heading element. */
const isHeading = (b: HtmlBlock): boolean => b.heading > 0 && b.text.length <= MAX_HEADING_CHARS && !/[.!?]\s+\p{Lu}/u.test(b.text);
const linkDensity = (b: HtmlBlock): number => b.linkChars / Math.max(1, b.text.length);
const isProse = (b: HtmlBlock): boolean =>
  !isHeading(b) && linkDensity(b) <= MAX_LINK_DENSITY && b.text.length >= MIN_PROSE_CHARS && /[.!?;:"“”»«]/.test(b.text);

function value(b: HtmlBlock): number {
  const ld = linkDensity(b);
  if (ld > MAX_LINK_DENSITY) return -Math.min(b.linkChars, MAX_BLOCK_LINK_PENALTY) * LINK_PENALTY;
  if (isHeading(b)) return 0;
  if (isProse(b)) return b.text.length * (1 - ld);
  return -SHORT_BLOCK_PENALTY;
}

function isInside(el: Element, container: Element): boolean {
  for (let n: ParentNode | null = el; n; n = n.parent) if (n === container) return true;
  return false;
}

/** Each element's best running sum of block values, counted from its start (see bestContainer). */
function peaksOf(blocks: readonly HtmlBlock[], include: (b: HtmlBlock) => boolean, valueOf: (b: HtmlBlock) => number): Map<Element, number> {
  const sums = new Map<Element, number>();
  const peaks = new Map<Element, number>();
  for (const b of blocks) {
    if (!include(b)) continue;
    const v = valueOf(b);
    for (let n: ParentNode | null = b.owner; n && n.type !== "root"; n = n.parent) {
      const sum = (sums.get(n as Element) ?? 0) + v;
      sums.set(n as Element, sum);
      if (sum > (peaks.get(n as Element) ?? 0)) peaks.set(n as Element, sum);
    }
  }
  return peaks;
}

function topOf(peaks: ReadonlyMap<Element, number>, accept: (el: Element) => boolean = () => true): Element | null {
  let best: Element | null = null;
  let bestSum = 0;
  for (const [el, peak] of peaks) {
    if (peak > bestSum && accept(el)) {
      best = el;
      bestSum = peak;
    }
  }
  return best;
}

/**
 * The element with the highest sum of block values under it, counted from its start up to its best
 * point: what follows an element's last paragraph (a list of show notes, tags, a teaser grid) is
 * trimmed later and does not count against it.
 */
export function bestContainer(blocks: readonly HtmlBlock[]): Element | null {
  return topOf(peaksOf(blocks, (b) => !b.mark, value));
}

/** The best container by prose (as above), or by text with links counted as text (a page of links). */
export function scoredContainer(blocks: readonly HtmlBlock[], by: "prose" | "text"): Element | null {
  return topOf(peaksOf(blocks, (b) => !b.mark, by === "prose" ? value : (b) => b.text.length));
}

/** How the article's element was found: the steps of the cascade, each with its reason. */
export interface Choice {
  readonly container: Element | null;
  readonly step: "item-prop" | "article-element" | "dom-score" | "fallback";
  readonly reason: string;
}

/**
 * A declared container that lies apart from the best-scoring element replaces it when it holds this
 * share of its prose: the scoring took a comment thread or a sidebar of teasers for the article.
 * One that contains the scored element, or lies inside it, confirms it: the scoring knows better
 * where the body ends, and the lead the page sets before its declared body is the article's too.
 */
const MIN_STRUCTURED_SHARE = 0.5;

const isArticleBody = (el: Element): boolean => (el.attribs["itemprop"] ?? "").split(/\s+/).includes("articleBody");

/**
 * The cascade: the element the page itself declares as the body (itemprop=articleBody), then the
 * <article> that holds the page's main heading, then the element with the most prose. A declared
 * element is taken only when it holds about as much prose as the scoring found: a page that marks a
 * summary or a teaser as its body is read by the scoring.
 */
export function chooseContainer(blocks: readonly HtmlBlock[]): Choice {
  const peaks = peaksOf(blocks, (b) => !b.mark, value);
  const best = topOf(peaks);
  const scored: Choice = { container: best, step: "dom-score", reason: "outside the element that holds the article" };
  if (!best) return scored;
  const bestPeak = peaks.get(best) ?? 0;
  const itemProp = topOf(peaks, isArticleBody);
  const headed = new Set<Element>();
  for (const b of blocks) {
    if (b.heading !== 1 || b.mark) continue;
    for (let n: ParentNode | null = b.owner; n && n.type !== "root"; n = n.parent) if ((n as Element).name === "article") headed.add(n as Element);
  }
  const article = topOf(peaks, (el) => headed.has(el));
  const candidates: [Element | null, Choice["step"], string][] = [
    [itemProp, "item-prop", "outside the element the page marks as the article body (itemprop=articleBody)"],
    [article, "article-element", "outside the <article> element that holds the page's main heading"],
  ];
  for (const [el, step, reason] of candidates) {
    if (!el) continue;
    const peak = peaks.get(el) ?? 0;
    if (isInside(best, el) || isInside(el, best)) return { ...scored, reason: `${scored.reason}, which ${step === "item-prop" ? "the page's declared article body" : "the <article> with the main heading"} confirms` };
    if (peak >= bestPeak * MIN_STRUCTURED_SHARE) return { container: el, step, reason };
  }
  return scored;
}

/**
 * Blocks cut by a "Related articles" heading inside the article: the heading's own section when that
 * section is not the article's, else everything after it when less prose follows than came before.
 */
function relatedCuts(blocks: readonly HtmlBlock[], inside: readonly boolean[]): Set<number> {
  const cut = new Set<number>();
  const proseChars = blocks.map((b, i) => (inside[i] && !b.mark && isProse(b) ? b.text.length : 0));
  const total = proseChars.reduce((a, b) => a + b, 0);
  let before = 0;
  for (let i = 0; i < blocks.length; i++) {
    before += proseChars[i]!;
    const b = blocks[i]!;
    if (!inside[i] || b.mark || cut.has(i) || linkDensity(b) > MAX_LINK_DENSITY || !isRelatedHeading(b.text)) continue;
    cut.add(i);
    const section = b.heading ? b.owner.parent : null;
    let sectionProse = 0;
    const inSection: number[] = [];
    if (section && section.type !== "root") {
      for (let j = i + 1; j < blocks.length && isInside(blocks[j]!.owner, section as Element); j++) {
        inSection.push(j);
        sectionProse += proseChars[j]!;
      }
    }
    // Paragraphs that go on right after the label and a few links are the article's, not the stories'.
    const box = boxAfter(blocks, inside, proseChars, i);
    if (box) {
      for (const j of box) cut.add(j);
    } else if (inSection.length && sectionProse < total / 2) {
      for (const j of inSection) cut.add(j);
    } else if (total - before < before) {
      for (let j = i + 1; j < blocks.length; j++) if (inside[j]) cut.add(j);
    }
  }
  return cut;
}

/** Links and labels a box of related stories set into the article may hold. */
const MAX_BOX_BLOCKS = 6;
/** Paragraphs in a row after such a box that show the article going on. */
const MIN_RESUMED_PARAGRAPHS = 2;

/**
 * The blocks of a small box of links under a related-stories label, when the article goes on
 * after it ("Related coverage", two links, then the next paragraph); null when what follows the
 * label is a list of stories to the end.
 */
function boxAfter(blocks: readonly HtmlBlock[], inside: readonly boolean[], proseChars: readonly number[], h: number): number[] | null {
  const box: number[] = [];
  let j = h + 1;
  for (; j < blocks.length && box.length <= MAX_BOX_BLOCKS; j++) {
    if (!inside[j] || blocks[j]!.mark) continue;
    if (proseChars[j]! > 0) break;
    box.push(j);
  }
  let resumed = 0;
  for (let k = j; k < blocks.length && resumed < MIN_RESUMED_PARAGRAPHS; k++) {
    if (!inside[k] || blocks[k]!.mark) continue;
    if (proseChars[k]! === 0 || isRelatedHeading(blocks[k]!.text)) break;
    resumed++;
  }
  return box.length <= MAX_BOX_BLOCKS && resumed >= MIN_RESUMED_PARAGRAPHS ? box : null;
}

/** Siblings of one kind in a row that make a list of teasers rather than paragraphs. */
const MIN_REPEATED_SIBLINGS = 3;
/**
 * A teaser's headline is a link: this share of its text at least, in most of the siblings. (A card
 * that links only its picture looks like a paragraph with a link, and taking those as teasers cut
 * real sections of the development pages.)
 */
const MIN_TEASER_LINK_SHARE = 0.25;
const MIN_TEASER_SHARE_OF_SIBLINGS = 0.75;
/** A teaser is a headline and a line or two; longer siblings are the article's sections. */
const MAX_TEASER_CHARS = 500;

/** Cards are boxes; paragraphs that share a class and each hold a link are still paragraphs. */
const CARD_TAGS: ReadonlySet<string> = new Set(["div", "article", "section", "li", "aside", "figure"]);

/**
 * The page's own repeated blocks inside the article's element: siblings with the same tag and class
 * (a card of a teaser grid, an entry of a "more stories" list), at least three, most of them led by
 * a link. Paragraphs share a class too, but they are not mostly link text.
 */
function repeatedTeasers(blocks: readonly HtmlBlock[], inside: readonly boolean[], container: Element | null): Set<Element> {
  const out = new Set<Element>();
  if (!container) return out;
  const chars = new Map<Element, [number, number]>();
  blocks.forEach((b, i) => {
    if (!inside[i] || b.mark) return;
    for (let n: ParentNode | null = b.owner; n && n !== container && n.type !== "root"; n = n.parent) {
      const c = chars.get(n as Element) ?? [0, 0];
      chars.set(n as Element, [c[0] + b.text.length, c[1] + b.linkChars]);
    }
  });
  const groups = new Map<unknown, Map<string, Element[]>>();
  for (const el of chars.keys()) {
    // The first class names the kind of block; later ones often name its place ("first", "odd").
    const cls = (el.attribs["class"] ?? "").trim().split(/\s+/)[0] ?? "";
    if (cls === "") continue;
    const byKey = groups.get(el.parent) ?? new Map<string, Element[]>();
    groups.set(el.parent, byKey);
    const key = `${el.name} ${cls}`;
    byKey.set(key, [...(byKey.get(key) ?? []), el]);
  }
  for (const byKey of groups.values()) {
    for (const members of byKey.values()) {
      if (members.length < MIN_REPEATED_SIBLINGS) continue;
      if (!CARD_TAGS.has(members[0]!.name)) continue;
      const teasers = members.filter((m) => {
        const [text, links] = chars.get(m)!;
        return text <= MAX_TEASER_CHARS && links >= text * MIN_TEASER_LINK_SHARE;
      });
      if (teasers.length >= MIN_REPEATED_SIBLINGS && teasers.length >= members.length * MIN_TEASER_SHARE_OF_SIBLINGS) for (const m of members) out.add(m);
    }
  }
  return out;
}

const inTeaser = (b: HtmlBlock, teasers: ReadonlySet<Element>, container: Element | null): boolean => {
  if (!teasers.size) return false;
  for (let n: ParentNode | null = b.owner; n && n !== container && n.type !== "root"; n = n.parent) if (teasers.has(n as Element)) return true;
  return false;
};

/** `keepLinks`: a page that is nothing but links keeps them (the fallback's last attempt). */
export function judgeBlocks(blocks: readonly HtmlBlock[], choice: Choice = chooseContainer(blocks), keepLinks = false): Verdict[] {
  const container = choice.container;
  const inside = blocks.map((b) => container !== null && isInside(b.owner, container));
  const cuts = relatedCuts(blocks, inside);
  const teasers = keepLinks ? new Set<Element>() : repeatedTeasers(blocks, inside, container);
  const teaserGroup = { id: "teasers" };
  const relatedGroup = { id: "related" };
  let firstProse = -1;
  let lastProse = -1;
  blocks.forEach((b, i) => {
    if (inside[i] && !b.mark && isProse(b)) {
      if (firstProse < 0) firstProse = i;
      lastProse = i;
    }
  });
  const outsideGroup = { id: "outside" };
  const verdicts = blocks.map((b, i): Verdict => {
    if (b.mark && b.rule) return { keep: false, kind: b.rule.kind, ruleId: b.rule.id, reason: b.rule.reason, group: b.mark };
    if (!inside[i]) {
      return { keep: false, kind: linkDensity(b) > MAX_LINK_DENSITY ? "navigation" : "other", ruleId: OUTSIDE_RULE[choice.step], reason: choice.reason, group: outsideGroup };
    }
    if (!keepLinks && linkDensity(b) > (isLinkedSentence(b) ? MAX_SENTENCE_LINK_DENSITY : MAX_LINK_DENSITY)) {
      return { keep: false, kind: "related", ruleId: "html-link-list", reason: "mostly link text: a menu or a teaser", group: b.owner.parent ?? b.owner };
    }
    if (inTeaser(b, teasers, container)) return { keep: false, kind: "related", ruleId: "html-repeated-teasers", reason: "one of a run of sibling blocks of one class, mostly links: a list of teasers", group: teaserGroup };
    if (cuts.has(i)) return { keep: false, kind: "related", ruleId: RELATED_HEADING.id, reason: RELATED_HEADING.reason, group: relatedGroup };
    const line = lineRuleFor(b.text);
    if (line) return { keep: false, kind: line.kind, ruleId: line.id, reason: line.reason, group: b };
    if (i > lastProse && (isHeading(b) || (b.text.length < MAX_PROMPT_CHARS && /[?:]$/.test(b.text)))) {
      return { keep: false, kind: "other", ruleId: "html-after-article", reason: "a heading or a prompt after the last paragraph (\"Autoren:\", \"Gefällt Ihnen der Artikel?\")", group: outsideGroup };
    }
    if (i < firstProse && !isHeading(b) && !isProse(b) && b.text.length < MIN_PROSE_CHARS / 2 && !SENTENCE.test(b.text)) {
      return { keep: false, kind: "other", ruleId: "html-before-article", reason: "short labels before the first paragraph (dates, categories)", group: outsideGroup };
    }
    return KEEP;
  });
  return withoutOrphanHeadings(blocks, inside, withoutTeaserExcerpts(blocks, inside, verdicts));
}

/** A teaser's excerpt is a sentence or two; a longer paragraph under a linked heading is the article's. */
const MAX_EXCERPT_CHARS = 300;
/** An excerpt cut short with an ellipsis says it is one, and may run longer. */
const MAX_CUT_EXCERPT_CHARS = 500;
const CUT_SHORT = /(?:…|\.\.\.|\[…\]|\[\.\.\.\])\.?$/u;
/** Removed blocks (a category, a byline, a date) that may stand between a teaser's parts. */
const MAX_TEASER_GAP = 3;

/**
 * The link that ends a teaser card ("mehr", "Read more"). A list of links after a short paragraph
 * is a menu, or the page's own list (a press service's index), not the end of a card.
 */
const MORE_LINK = /^(?:read more|more|read the (?:full )?(?:story|article)|full story|continue reading|mehr|weiterlesen|weiter|zum (?:artikel|beitrag)|lire (?:la suite|plus)|en savoir plus|leer más|ver más|seguir leyendo|czytaj (?:dalej|więcej)|więcej)(?![\p{L}\p{N}])/iu;

const TEASER_EXCERPT = {
  id: "html-teaser-excerpt",
  reason: "the excerpt of a teaser: one short paragraph between a headline that links elsewhere and the teaser's \"more\" link",
};

/**
 * A card of a list of other stories as the page sets it into the article: a heading that is all
 * link, one short paragraph, then a "more" link. The headline and the
 * link go as link text; the paragraph between them is the card's excerpt and goes with them.
 */
function withoutTeaserExcerpts(blocks: readonly HtmlBlock[], inside: readonly boolean[], verdicts: Verdict[]): Verdict[] {
  const isLinkedHeadline = (j: number): boolean => blocks[j]!.heading > 0 && verdicts[j]!.ruleId === "html-link-list";
  for (let i = 0; i < blocks.length; i++) {
    const b = blocks[i]!;
    if (!verdicts[i]!.keep || !inside[i] || isHeading(b)) continue;
    if (b.text.length > (CUT_SHORT.test(b.text) ? MAX_CUT_EXCERPT_CHARS : MAX_EXCERPT_CHARS)) continue;
    let before = -1;
    for (let j = i - 1; j >= 0 && j >= i - 1 - MAX_TEASER_GAP && inside[j] && !verdicts[j]!.keep; j--) {
      if (isLinkedHeadline(j)) {
        before = j;
        break;
      }
    }
    if (before < 0) continue;
    let after = -1;
    for (let j = i + 1; j < blocks.length && j <= i + 1 + MAX_TEASER_GAP && inside[j] && !verdicts[j]!.keep; j++) {
      if (LIST_RULES.has(verdicts[j]!.ruleId)) {
        if (MORE_LINK.test(blocks[j]!.text)) after = j;
        break;
      }
    }
    if (after < 0) continue;
    verdicts[i] = { keep: false, kind: "related", ruleId: TEASER_EXCERPT.id, reason: TEASER_EXCERPT.reason, group: verdicts[after]!.group };
  }
  return verdicts;
}

/** Removals that show a heading's section to be a list of other stories. */
const LIST_RULES: ReadonlySet<string> = new Set(["html-link-list", "html-repeated-teasers"]);

const ORPHAN_HEADING = {
  id: "html-heading-over-links",
  reason: "a heading over nothing but links to other stories (\"So macht Radfahren sonst noch Spaß\", \"Read further\"): the list went, its heading goes too",
};

/**
 * A heading (below the main one) whose section, up to the next heading or the end of the article,
 * keeps nothing and lost at least one list of links: the heading of a teaser list set into the
 * article. A section that keeps one paragraph keeps its heading; the page's title is never touched.
 */
function withoutOrphanHeadings(blocks: readonly HtmlBlock[], inside: readonly boolean[], verdicts: Verdict[]): Verdict[] {
  // From the end: a box's label above its own heading ("Related", then "Read further") goes too.
  for (let i = blocks.length - 1; i >= 0; i--) {
    const h = blocks[i]!;
    if (!verdicts[i]!.keep || h.heading < 2 || !isHeading(h)) continue;
    if (sectionIsLinks(blocks, inside, verdicts, i)) verdicts[i] = { keep: false, kind: "related", ruleId: ORPHAN_HEADING.id, reason: ORPHAN_HEADING.reason, group: verdicts[i + 1]!.group };
  }
  return verdicts;
}

/**
 * Whether what follows heading `h` lost a list of links and kept nothing: up to the end of the
 * element that holds the heading when that element holds more (a box of "more stories"), else up
 * to the next heading or the end of the article.
 */
function sectionIsLinks(blocks: readonly HtmlBlock[], inside: readonly boolean[], verdicts: readonly Verdict[], h: number): boolean {
  const box = blocks[h]!.owner.parent;
  const inBox = (j: number): boolean => box !== null && box.type !== "root" && isInside(blocks[j]!.owner, box as Element);
  const boxed = h + 1 < blocks.length && inside[h + 1] && inBox(h + 1);
  let lists = 0;
  for (let j = h + 1; j < blocks.length && inside[j]; j++) {
    if (boxed && !inBox(j)) break;
    const v = verdicts[j]!;
    if (v.keep) {
      if (boxed || !isHeading(blocks[j]!)) return false;
      break;
    }
    if (LIST_RULES.has(v.ruleId)) lists++;
  }
  return lists > 0;
}
