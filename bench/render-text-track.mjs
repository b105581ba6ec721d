#!/usr/bin/env node
// Renders HTML test pages as the plain-text track sees them: the whole page's visible text as a
// browser copies it (window title first, one block element per paragraph, <br> as a line break,
// scripts, styles and hidden elements left out), into <dir>/text/<file>.txt for the boilerplate
// scorer's `--input text`.
//   node bench/render-text-track.mjs fixtures/news-pages [more dirs]
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { load } from "cheerio/slim";

const SKIP = new Set(["script", "style", "noscript", "template", "head", "svg", "iframe", "select", "textarea", "input", "button"]);
const BLOCK = new Set(["address", "article", "aside", "blockquote", "body", "dd", "details", "dialog", "div", "dl", "dt", "fieldset",
  "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr", "li", "main", "nav", "ol", "p", "pre",
  "section", "summary", "table", "tr", "ul", "caption", "legend"]);

function render(html) {
  const $ = load(html);
  const title = $("title").first().text().trim();
  const blocks = [];
  let cur = "";
  const flush = () => {
    const t = cur.replace(/[^\S\n]+/g, " ").replace(/ *\n */g, "\n").trim();
    if (t) blocks.push(t);
    cur = "";
  };
  const walk = (node) => {
    if (node.type === "text") { cur += node.data; return; }
    if (node.type !== "tag" && node.type !== "root") return;
    if (node.type === "tag") {
      if (SKIP.has(node.name)) return;
      const a = node.attribs;
      if (a.hidden !== undefined || /display\s*:\s*none/i.test(a.style ?? "")) return;
      if (node.name === "br") { cur += "\n"; return; }
      if (node.name === "td" || node.name === "th") cur += " ";
    }
    const block = node.type === "tag" && BLOCK.has(node.name);
    if (block) flush();
    for (const c of node.children) walk(c);
    if (block) flush();
  };
  walk($.root()[0]);
  flush();
  return [title, ...blocks].filter(Boolean).join("\n\n") + "\n";
}

for (const dir of process.argv.slice(2)) {
  mkdirSync(join(dir, "text"), { recursive: true });
  for (const f of readdirSync(join(dir, "html")).filter((n) => n.endsWith(".html")).sort()) {
    writeFileSync(join(dir, "text", `${f}.txt`), render(readFileSync(join(dir, "html", f), "utf8")));
  }
}
