// A pasted page as lines: each non-empty line is one block of the page (a menu entry, a heading, a
// paragraph). Lines keep the index of their paragraph (blank-line separated) so that the output can
// put the article's paragraphs back together.

export interface TextLine {
  readonly text: string;
  /** Index of the blank-line separated paragraph the line belongs to. */
  readonly paragraph: number;
  readonly words: number;
}

/** Chinese and Japanese write without spaces: about two characters make a word. */
const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/gu;
const CHARS_PER_CJK_WORD = 2;

function wordCount(text: string): number {
  const spaced = text.split(/\s+/).length;
  const cjk = text.match(CJK)?.length ?? 0;
  return cjk ? Math.max(spaced, Math.round(cjk / CHARS_PER_CJK_WORD)) : spaced;
}

export function splitLines(input: string): TextLine[] {
  const out: TextLine[] = [];
  input.split(/\n[^\S\n]*\n\s*/).forEach((para, paragraph) => {
    for (const raw of para.split("\n")) {
      // Non-breaking and zero-width spaces are what an empty line of a web page is made of.
      const text = raw.replace(/[\u00a0\u200b\u2009\u202f\ufeff]/g, " ").trim();
      if (text) out.push({ text, paragraph, words: wordCount(text) });
    }
  });
  return out;
}
