// A pasted page as lines: each non-empty line is one block of the page (a menu entry, a heading, a
// paragraph). Lines keep the index of their paragraph (blank-line separated) so that the output can
// put the article's paragraphs back together.

export interface TextLine {
  readonly text: string;
  /** Index of the blank-line separated paragraph the line belongs to. */
  readonly paragraph: number;
  readonly words: number;
}

export function splitLines(input: string): TextLine[] {
  const out: TextLine[] = [];
  input.split(/\n[^\S\n]*\n\s*/).forEach((para, paragraph) => {
    for (const raw of para.split("\n")) {
      // Non-breaking and zero-width spaces are what an empty line of a web page is made of.
      const text = raw.replace(/[\u00a0\u200b\u2009\u202f\ufeff]/g, " ").trim();
      if (text) out.push({ text, paragraph, words: text.split(/\s+/).length });
    }
  });
  return out;
}
