// The text of a quote made of several quoted parts: “It’s finished,” she said of the election.
// “In my head, anyway.” is one quote of two parts. Its text joins the parts' own words, with " … "
// where the reporter's words were left out, a blank line where the quote runs on into the next
// paragraph, and a space between two quotations that follow each other directly.
import type { Span } from "../schema/article.js";

export function joinQuoteParts(text: string, parts: readonly Span[]): string {
  let out = "";
  parts.forEach((p, i) => {
    if (i > 0) {
      const gap = text.slice(parts[i - 1]!.end, p.start);
      out += /[\p{L}\p{N}]/u.test(gap) ? " … " : gap.includes("\n") ? "\n\n" : " ";
    }
    out += text.slice(p.start, p.end);
  });
  return out;
}
