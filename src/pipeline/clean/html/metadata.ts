// The page's own description of itself: JSON-LD (NewsArticle, Article ...), OpenGraph and other
// <meta> tags, <link rel=canonical>, <time>, <html lang>. Structured data is preferred over what the
// visible page suggests because the publisher wrote it for machines; each field falls back in a fixed
// order, most specific source first.
import type { Metadata } from "../../doc.js";
import { isoDate } from "../dates.js";
import type { AnyNode, Element } from "./dom.js";
import { attr, collapse, isElement, rawText } from "./dom.js";
import { parseEmbeddedJson } from "./json-ld.js";

/** JSON-LD types that describe the article itself (schema.org CreativeWork subtypes used for news). */
const ARTICLE_TYPES = /^(?:(?:News|Reportage|Analysis|Opinion|Review|Background|Scholarly|Tech|Satirical|Advertiser)*Article|BlogPosting|LiveBlogPosting|Report|SocialMediaPosting|WebPage|ItemPage|Blog|CreativeWork)$/;
/** A page whose JSON-LD describes a plain WebPage is weaker evidence than an Article: ranked lower. */
const WEAK_TYPES = /^(?:WebPage|ItemPage|Blog|CreativeWork)$/;

interface PageFacts {
  readonly meta: Map<string, string>;
  readonly jsonLd: unknown[];
  title: string | null;
  firstH1: string | null;
  canonical: string | null;
  lang: string | null;
  time: string | null;
  authorLinks: string[];
}

/** `<meta>` keys are matched case-insensitively; the first value of a key wins, as most parsers do. */
function remember(facts: PageFacts, key: string, value: string): void {
  const k = key.trim().toLowerCase();
  if (k && value.trim() && !facts.meta.has(k)) facts.meta.set(k, collapse(value));
}

function collect(root: AnyNode): PageFacts {
  const facts: PageFacts = { meta: new Map(), jsonLd: [], title: null, firstH1: null, canonical: null, lang: null, time: null, authorLinks: [] };
  const stack: AnyNode[] = [root];
  while (stack.length) {
    const node = stack.pop()!;
    if (!isElement(node)) {
      if (node.type === "root") for (let i = node.children.length - 1; i >= 0; i--) stack.push(node.children[i]!);
      continue;
    }
    const el: Element = node;
    switch (el.name) {
      case "meta": {
        const content = el.attribs["content"];
        if (content !== undefined) {
          for (const key of ["property", "name", "itemprop", "http-equiv"]) {
            const k = el.attribs[key];
            if (k) remember(facts, k, content);
          }
        }
        continue;
      }
      case "script":
        if (/ld\+json/i.test(attr(el, "type"))) {
          const data = parseEmbeddedJson(rawTextOfScript(el));
          if (data !== null) facts.jsonLd.push(data);
        }
        continue;
      case "style":
        continue;
      case "title":
        facts.title ??= collapse(rawTextOfScript(el)) || null;
        continue;
      case "link":
        if (/\bcanonical\b/i.test(attr(el, "rel"))) facts.canonical ??= attr(el, "href").trim() || null;
        continue;
      case "html":
        facts.lang ??= attr(el, "lang") || attr(el, "xml:lang") || null;
        break;
      case "h1":
        facts.firstH1 ??= collapse(rawText(el)) || null;
        break;
      case "time":
        facts.time ??= attr(el, "datetime") || null;
        break;
      case "a":
        if (/\bauthor\b/i.test(attr(el, "rel"))) {
          const name = collapse(rawText(el));
          if (name) facts.authorLinks.push(name);
        }
        break;
    }
    for (let i = el.children.length - 1; i >= 0; i--) stack.push(el.children[i]!);
  }
  return facts;
}

/** Script and title content is one or more text nodes. */
function rawTextOfScript(el: Element): string {
  let s = "";
  for (const c of el.children) if (c.type === "text") s += c.data;
  return s;
}

type Json = Record<string, unknown>;
const isObject = (v: unknown): v is Json => typeof v === "object" && v !== null && !Array.isArray(v);

/** Every object in the JSON-LD blocks, @graph and nested arrays flattened. */
function ldObjects(blocks: readonly unknown[]): Json[] {
  const out: Json[] = [];
  const visit = (v: unknown, depth: number): void => {
    if (depth > 4) return;
    if (Array.isArray(v)) for (const x of v) visit(x, depth + 1);
    else if (isObject(v)) {
      out.push(v);
      if (v["@graph"]) visit(v["@graph"], depth + 1);
    }
  };
  for (const b of blocks) visit(b, 0);
  return out;
}

function types(o: Json): string[] {
  const t = o["@type"];
  return (Array.isArray(t) ? t : [t]).filter((x): x is string => typeof x === "string");
}

/** The JSON-LD object that describes the article: a real Article type beats a generic WebPage. */
function articleObject(objects: readonly Json[]): Json | null {
  let weak: Json | null = null;
  for (const o of objects) {
    const ts = types(o);
    if (ts.some((t) => ARTICLE_TYPES.test(t) && !WEAK_TYPES.test(t))) return o;
    if (!weak && ts.some((t) => WEAK_TYPES.test(t)) && (o["headline"] || o["datePublished"])) weak = o;
  }
  return weak;
}

function str(v: unknown): string | null {
  if (typeof v === "string") return collapse(decodeEntities(v)) || null;
  if (Array.isArray(v)) return str(v[0]);
  return null;
}

/** JSON-LD strings sometimes carry HTML entities that the publisher double-encoded. */
function decodeEntities(s: string): string {
  return s.includes("&") ? s.replace(/&(?:amp|quot|#39|apos|lt|gt|nbsp);/g, (e) => ENTITIES[e] ?? e) : s;
}
const ENTITIES: Readonly<Record<string, string>> = { "&amp;": "&", "&quot;": "\"", "&#39;": "'", "&apos;": "'", "&lt;": "<", "&gt;": ">", "&nbsp;": " " };

function names(v: unknown): string[] {
  if (typeof v === "string") return splitNames(v);
  if (Array.isArray(v)) return v.flatMap(names);
  if (isObject(v)) return str(v["name"]) ? [str(v["name"])!] : [];
  return [];
}

/** "Anna Muster, Ben Beispiel und Carla Test": several authors in one string. */
function splitNames(s: string): string[] {
  return collapse(s).split(/\s*(?:,|;|\||&|\band\b|\bund\b|\bet\b|\bi\b)\s*/u).map((x) => x.trim()).filter(isPersonName);
}

/** An author field holds names, not URLs, handles or the publication. */
function isPersonName(s: string): boolean {
  return s.length >= 3 && s.length <= 80 && !/[/@:]|^https?|www\./i.test(s) && /\p{L}/u.test(s);
}

function unique(xs: readonly string[]): string[] {
  const seen = new Set<string>();
  return xs.filter((x) => {
    const k = x.toLowerCase();
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

function language(raw: string | null | undefined): string | null {
  const m = /^([a-z]{2})(?:$|[-_])/i.exec((raw ?? "").trim());
  return m ? m[1]!.toLowerCase() : null;
}

function absoluteUrl(raw: string | null | undefined): string | null {
  const s = (raw ?? "").trim();
  return /^https?:\/\/[^\s]+$/i.test(s) ? s : null;
}

/** "Headline | Site" and "Headline - Site": the <title> often carries the site's name. */
function withoutSiteName(title: string, site: string | null): string {
  const parts = title.split(/\s+[|–—·»-]\s+/);
  if (parts.length < 2) return title;
  if (site) {
    const s = site.toLowerCase();
    const kept = parts.filter((p) => p.toLowerCase() !== s);
    if (kept.length && kept.length < parts.length) return kept.join(" - ");
  }
  // Without a known site name, keep the longest part: headlines outlast section and site names.
  return parts.reduce((a, b) => (b.length > a.length ? b : a));
}

export function readMetadata(root: AnyNode): Metadata {
  return readPage(root).meta;
}

/** What the page says about itself, and the article's text as its JSON-LD gives it (or null). */
export function readPage(root: AnyNode): { meta: Metadata; articleBody: string | null } {
  const f = collect(root);
  const ld = articleObject(ldObjects(f.jsonLd));
  const body = ld?.["articleBody"];
  return { meta: metadataOf(f, ld), articleBody: typeof body === "string" && body.trim() ? decodeEntities(body.trim()) : null };
}

function metadataOf(f: PageFacts, ld: Json | null): Metadata {
  const m = (k: string): string | null => f.meta.get(k) ?? null;
  const ldv = (k: string): unknown => (ld ? ld[k] : undefined);
  const publisher = ldv("publisher");

  const siteName = m("og:site_name") ?? (isObject(publisher) ? str(publisher["name"]) : null) ?? m("application-name");
  const metaTitle = m("og:title") ?? m("twitter:title");
  const title = str(ldv("headline")) ?? f.firstH1 ?? (metaTitle ? withoutSiteName(metaTitle, siteName) : null)
    ?? (f.title ? withoutSiteName(f.title, siteName) : null);

  const published = isoDate(str(ldv("datePublished")))
    ?? isoDate(m("article:published_time")) ?? isoDate(m("datepublished")) ?? isoDate(m("publishdate"))
    ?? isoDate(m("publish-date")) ?? isoDate(m("pubdate")) ?? isoDate(m("date")) ?? isoDate(m("dc.date"))
    ?? isoDate(m("dcterms.date")) ?? isoDate(m("dc.date.issued")) ?? isoDate(m("sailthru.date"))
    ?? isoDate(m("parsely-pub-date")) ?? isoDate(str(ldv("dateCreated"))) ?? isoDate(f.time);
  const modified = isoDate(str(ldv("dateModified"))) ?? isoDate(m("article:modified_time"))
    ?? isoDate(m("og:updated_time")) ?? isoDate(m("datemodified")) ?? isoDate(m("last-modified"));

  let authors = unique(names(ldv("author")));
  if (!authors.length) authors = unique([...splitNames(m("author") ?? ""), ...splitNames(m("article:author") ?? ""), ...splitNames(m("dc.creator") ?? ""), ...splitNames(m("parsely-author") ?? "")]);
  if (!authors.length) authors = unique(f.authorLinks.filter(isPersonName));

  return {
    title,
    published,
    modified,
    authors,
    siteName,
    canonicalUrl: absoluteUrl(f.canonical) ?? absoluteUrl(m("og:url")) ?? absoluteUrl(str(ldv("url"))),
    description: m("description") ?? m("og:description") ?? m("twitter:description") ?? str(ldv("description")),
    language: language(f.lang) ?? language(m("content-language")) ?? language(m("og:locale")) ?? language(str(ldv("inLanguage"))),
  };
}
