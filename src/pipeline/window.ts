// The extractors that cost most per word (dates through chrono, quotes, agreements) read a huge
// document only up to doc.detailEnd, where compromise's tagging stopped (tag-budget.ts): past it
// the words carry no context tags for their rules to read, and reading them would take the
// document past its time budget. Each such stage sees the document cut there; offsets are
// unchanged, because the cut keeps the text's beginning.
import type { ArticleDoc } from "./doc.js";
import type { Stage } from "./stage.js";
import { tailEntities } from "./tail-entities.js";

/** The document as far as doc.detailEnd: text, paragraphs, sentences and tokens before it. */
export function detailView(doc: ArticleDoc): ArticleDoc {
  const end = doc.detailEnd;
  if (end >= doc.text.length) return doc;
  let sentences = 0;
  while (sentences < doc.sentences.length && doc.sentences[sentences]!.end <= end) sentences++;
  const tokens = sentences === 0 ? 0 : doc.sentences[sentences - 1]!.endToken;
  const paragraphs = [];
  for (const p of doc.paragraphs) {
    if (p.start >= end) break;
    paragraphs.push(p.end <= end ? p : { start: p.start, end });
  }
  return {
    ...doc,
    text: doc.text.slice(0, end),
    paragraphs,
    sentences: doc.sentences.slice(0, sentences),
    tokens: doc.tokens.slice(0, tokens),
  };
}

/** What a stage found in the detailed view, on the whole document's text and segments again. */
const wholeAgain = (found: ArticleDoc, doc: ArticleDoc): ArticleDoc =>
  ({ ...found, text: doc.text, paragraphs: doc.paragraphs, sentences: doc.sentences, tokens: doc.tokens });

/** A stage that reads only the detailed part of a huge document; every other document is read whole. */
export function withinDetail(stage: Stage): Stage {
  return {
    name: stage.name,
    essential: stage.essential,
    run(doc, ctx) {
      if (doc.detailEnd >= doc.text.length) return stage.run(doc, ctx);
      return wholeAgain(stage.run(detailView(doc), ctx), doc);
    },
  };
}

/**
 * The entity stage on a huge document: its rules read the detailed part, then the plain scan
 * (tail-entities.ts) finds names in the rest, knowing those the rules found.
 */
export function withTailScan(stage: Stage): Stage {
  return {
    name: stage.name,
    essential: stage.essential,
    run(doc, ctx) {
      if (doc.detailEnd >= doc.text.length) return stage.run(doc, ctx);
      const head = wholeAgain(stage.run(detailView(doc), ctx), doc);
      const tail = tailEntities(head);
      ctx.debug(() => `entities: the plain scan past ${doc.detailEnd} found ${tail.people.length} people, ${tail.organizations.length} organizations, ${tail.places.length} places`);
      return {
        ...head,
        people: [...head.people, ...tail.people],
        organizations: [...head.organizations, ...tail.organizations],
        places: [...head.places, ...tail.places],
      };
    },
  };
}
