// Pages nested without end (unclosed <font>, <div> 100 000 deep) parse in linear time and never
// reach a recursion limit: elements below MAX_DEPTH are not opened, their text stays in the page.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { extract } from "../../../../src/index.js";
import { MAX_DEPTH, parsePage, rawText, type AnyNode } from "../../../../src/pipeline/clean/html/dom.js";
import { runBin } from "../../../helpers/run-bin.js";

function depth(root: AnyNode): number {
  let max = 0;
  const stack: Array<[AnyNode, number]> = [[root, 0]];
  while (stack.length) {
    const [node, d] = stack.pop()!;
    max = Math.max(max, d);
    if ("children" in node) for (const c of node.children) stack.push([c, d + 1]);
  }
  return max;
}

const ARTICLE = readFileSync(new URL("../../../../fixtures/articles/html-consent-related/input.html", import.meta.url), "utf8");
const body = /<body[^>]*>([\s\S]*)<\/body>/i.exec(ARTICLE)![1]!;

describe("parsePage", () => {
  it("parses ordinary markup as htmlparser2 does", () => {
    const root = parsePage("<p>One <b>two</b></p><script>var x = '<p>';</script><p>three<br>four");
    expect(rawText(root)).toBe("One twothreefour");
    expect(depth(root)).toBe(3);
  });

  it("keeps no element below MAX_DEPTH, and all the text", () => {
    const n = 100_000;
    const t0 = performance.now();
    const root = parsePage(`${"<div>".repeat(n)}deep text${"</div>".repeat(n)}<p>after</p>`);
    expect(performance.now() - t0).toBeLessThan(2000);
    expect(depth(root)).toBeLessThanOrEqual(MAX_DEPTH + 1);
    expect(rawText(root)).toBe("deep textafter");
  });

  it("keeps scripts out of the text at any depth", () => {
    const root = parsePage(`${"<font>".repeat(1000)}<script>var hidden = 1;</script>shown`);
    expect(rawText(root)).toBe("shown");
  });
});

describe("extract on deeply nested pages", () => {
  for (const [name, html] of [
    ["an article inside 100 000 <div>", `<html><body>${"<div>".repeat(100_000)}${body}${"</div>".repeat(100_000)}</body></html>`],
    ["an article after 5 000 unclosed <font>", `<html><body>${"<font>".repeat(5000)}${body}`],
    ["an article inside 5 000 <div> never closed", `<html><body>${"<div><span>".repeat(5000)}${body}`],
  ] as const) {
    it(`reads ${name}`, async () => {
      const r = await extract(html);
      expect(r.ok).toBe(true);
      if (!r.ok) return;
      expect(r.article.text.length).toBeGreaterThan(200);
      expect(r.article.people.length + r.article.organizations.length + r.article.places.length).toBeGreaterThan(0);
    });
  }

  it("prints a record, not exit 70, through the binary", async () => {
    const r = await runBin(["-"], { stdin: `<html><body>${"<div>".repeat(20_000)}<p>Some text.</p>` });
    expect(r.stderr).not.toMatch(/call stack/);
    expect(r.code).toBe(0);
  });
});
