// Element rules as data: which parts of a page are not the article, by meaning (tags, ARIA roles,
// hidden state) and by the names publishers give them (class and id). The first rule that matches an
// element decides its kind, so the specific markers come before the broad structural ones: a <nav>
// with class "share-bar" is a share widget, an <aside class="related"> a related-stories box.
import type { RemovedKind } from "../../../schema/article.js";

export interface ElementMatch {
  /** Tag names (lower case). */
  readonly tags?: readonly string[];
  /** ARIA roles. */
  readonly roles?: readonly string[];
  /** Tested on `id class` (lower case) of the element. */
  readonly marker?: RegExp;
}

export interface ElementRule {
  readonly id: string;
  readonly kind: RemovedKind;
  readonly match: ElementMatch;
  readonly reason: string;
  /**
   * An element with more prose than this (characters) is not what the rule is about: a caption or a
   * byline is short, and a form that wraps the whole page (as some CMS do) holds the article.
   */
  readonly maxProse?: number;
}

/**
 * Class and id names are written in every style (related-posts, relatedPosts, related_posts): they
 * are matched after `markerOf` has turned camelCase into kebab-case and lowered the case, so a
 * marker word is bounded by `B` before and `E` after.
 */
const B = "(?:^|[\\s_-])";
const E = "(?=$|[\\s_\\d-])";
const parts = (ws: string): RegExp => new RegExp(`(?:${ws})`);

/** `id class` of an element in the form the markers expect. */
export function markerOf(id: string, className: string): string {
  return `${id} ${className}`.replace(/([a-z])([A-Z])/g, "$1-$2").toLowerCase();
}

export const ELEMENT_RULES: readonly ElementRule[] = [
  // cookie-banner: consent vendors use fixed container ids (OneTrust, Cookiebot, Didomi, Usercentrics,
  // Quantcast, Sourcepoint, Borlabs, Complianz, CookieYes, tarteaucitron, Axeptio, iubenda ...).
  {
    id: "html-consent",
    kind: "cookie-banner",
    match: {
      marker: parts("cookie|consent|gdpr|dsgvo|onetrust|optanon|cybot|cookiebot|didomi|usercentrics|qc-cmp|quantcast|sp_message|sp-message-container|truste|borlabs|cmplz|complianz|cky-|cookieyes|tarteaucitron|axeptio|iubenda|klaro|privacy-?(?:banner|notice|overlay|popup|manager)|cc-(?:window|banner|revoke)"),
    },
    reason: "a cookie or consent banner",
  },
  // comments before related: "comment-list" and "related-comments" are both reader comments.
  {
    id: "html-comments",
    kind: "comments",
    match: { marker: parts(`${B}comments?(?:[-_]?(?:list|area|section|wrap|wrapper|form|respond|reply|container|count|link|block|box|thread|title))?${E}|${B}comment-?(?:body|content|meta|author)|disqus|${B}respond${E}|${B}reply${E}|kommentare|leserkommentar|commentaires|komentarze`) },
    reason: "reader comments and the form to write one",
  },
  {
    id: "html-share",
    kind: "share",
    match: { marker: parts(`${B}share|sharing|sharebar|shariff|addthis|sharethis|social-?(?:media|links|icons|buttons|share|bar|bookmarks)|${B}social${E}|socials|sociable|${B}follow-?us|teilen${E}|print-?link|${B}sns${E}`) },
    reason: "share and social-media buttons",
  },
  {
    id: "html-newsletter",
    kind: "newsletter",
    match: { marker: parts(`newsletter|${B}subscri(?:be|ption)|${B}signup|sign-up|${B}paywall|piano-|${B}offer-?box|regwall|${B}abo-?(?:box|teaser|promo|shop)|${B}plus-?teaser|${B}premium-?(?:teaser|banner|box)|${B}registration-?wall|mailchimp|mc4wp`) },
    reason: "a newsletter or subscription prompt",
  },
  {
    id: "html-related",
    kind: "related",
    match: {
      marker: parts(`related|${B}recommend|${B}recirc|${B}more-?(?:articles|stories|news|posts|from|on)|${B}most-?(?:read|popular|viewed|shared|commented)|mostread|mostpopular|${B}popular-?(?:posts|articles|stories)|${B}read-?(?:more|next|also)|${B}also-?read|${B}further-?reading|${B}next-?(?:article|post|story)|${B}prev(?:ious)?-?(?:article|post)|post-?navigation|nav-?links|${B}trending|outbrain|taboola|plista|ligatus|${B}yarpp|jp-relatedposts|${B}weitere|${B}empfehl|${B}lesetipp|${B}mehr-?zum|${B}topic-?list|${B}tag-?cloud|${B}tags${E}|${B}teaser-?(?:list|box|grid|block|row|container)|${B}teasers${E}|${B}widget-?area|${B}widgets${E}|widget_(?:recent|categories|archive|tag|meta|rss|nav|popular|related)|${B}sidebar|${B}side-?bar|${B}rail${E}|${B}aside${E}|widget_text|textwidget|widgettitle|widgetcontainer`),
    },
    reason: "links to other stories",
  },
  {
    id: "html-ad",
    kind: "ad",
    match: {
      marker: parts(`${B}(?<!(?:has|no|with|without|show|hide|is|non)-)(?:ad|ads|adv|advert|adverts|advertisement|advertising|adslot|adunit|adbox|ad-?slot|ad-?container|ad-?wrapper|ad-?banner|gpt-?ad|dfp|adsense|sponsor(?:ed)?|anzeige|werbung|reklama|publicit[ée])${E}|google_ads|${B}banner-?ad|${B}ad-?(?:unit|zone|place|label|marker)`),
    },
    reason: "an advertisement or sponsored block",
  },
  {
    id: "html-adblock",
    kind: "ad",
    match: { marker: parts(`${B}(?:adb|ad-?block(?:er)?|anti-?ad-?block)-?(?:notification|notice|message|overlay|wall|detect|detected|detection|modal|banner)${E}|${B}adblock${E}`) },
    reason: "a request to switch off the ad blocker",
  },
  {
    id: "html-caption",
    kind: "caption",
    match: { tags: ["figcaption"], marker: parts(`${B}legend${E}|${B}bu${E}|${B}image-?(?:desc|description|subline)|${B}caption|${B}credits?${E}|${B}copyright|bildnachweis|${B}bildunterschrift|${B}photo-?credit|${B}image-?credit|${B}img-?(?:credit|desc|caption)|wp-caption-text|${B}media-?(?:caption|credit)`) },
    reason: "an image caption or photo credit",
    maxProse: 400,
  },
  {
    id: "html-box",
    kind: "related",
    match: { marker: parts(`${B}fact-?box|${B}info-?box|${B}float-?(?:rhs|right|left)${E}|${B}inline-?(?:text-?)?box|${B}pull-?quote|${B}teaser-?box|${B}inline-?teaser|${B}promo(?:-?box|-?teaser|-?banner)?${E}`) },
    reason: "a box set into the article that points elsewhere (fact box, promotion, pull quote)",
  },
  // Author boxes tell who wrote the piece in a paragraph or two: longer than a byline, still not the article.
  {
    id: "html-author-bio",
    kind: "credit",
    match: { marker: parts(`${B}author-?(?:box|bio|biography|info|card|details|profile|description|about)${E}|${B}about-?(?:the-?)?authors?${E}|${B}entry-?author|${B}bio-?box`) },
    reason: "a box about the author",
    maxProse: 1500,
  },
  {
    id: "html-byline",
    kind: "credit",
    match: { marker: parts(`${B}byline|${B}author-?(?:meta)|${B}dateline|${B}post-?meta|${B}entry-?meta|${B}article-?meta|${B}meta-?(?:data|info)${E}|${B}publish(?:ed)?-?(?:date|time|info)|${B}timestamp`) },
    reason: "a byline or dateline: authors and dates go to the metadata",
    maxProse: 300,
  },
  // Embedded players carry their own titles, durations and "Now playing" labels.
  {
    id: "html-player",
    kind: "other",
    match: { marker: parts(`${B}(?:video|audio|media|radio|podcast)-?player|${B}player-?(?:overlay|wrapper|container|controls?|title)${E}|${B}vjs-|${B}jw-?player|brightcove|${B}video-?(?:overlay|embed|wrapper|container|playlist)${E}`) },
    reason: "an embedded video or audio player",
    maxProse: 300,
  },
  {
    id: "html-navigation-marker",
    kind: "navigation",
    match: { marker: parts(`${B}(?:nav|navi|navbar|navigation|menu|menubar|megamenu|breadcrumbs?|crumbs|pagination|pager|skip-?links?|skip|toolbar|sitemap|topbar|top-?bar|masthead|site-?header|page-?header|header-?(?:nav|top|bar)|jump-?to|toc|table-?of-?contents|language-?(?:switch|select)|search-?(?:box|form|bar))${E}`) },
    reason: "site navigation",
  },
  {
    id: "html-footer-marker",
    kind: "footer",
    match: { marker: parts(`${B}(?:footer|site-?footer|page-?footer|colophon|copyright-?(?:bar|info))${E}`) },
    reason: "the page footer",
  },
  // Pop-ups: login, password reset, registration.
  {
    id: "html-popup",
    kind: "other",
    match: { marker: parts(`${B}(?:popup|pop-?over|modal|lightbox|drawer)${E}`) },
    reason: "a pop-up over the page",
  },
  // Structural rules: elements that by their meaning hold no article text.
  { id: "html-dialog", kind: "other", match: { tags: ["dialog"], roles: ["dialog", "alertdialog"] }, reason: "a dialog over the page" },
  { id: "html-nav", kind: "navigation", match: { tags: ["nav", "menu"], roles: ["navigation", "menubar", "menu", "search", "tablist"] }, reason: "page navigation" },
  { id: "html-header", kind: "navigation", match: { tags: ["header"], roles: ["banner"] }, reason: "the page header" },
  { id: "html-footer", kind: "footer", match: { tags: ["footer"], roles: ["contentinfo"] }, reason: "the page footer" },
  { id: "html-aside", kind: "other", match: { tags: ["aside"], roles: ["complementary"] }, reason: "a sidebar beside the article" },
  { id: "html-form", kind: "other", match: { tags: ["form", "fieldset"] }, reason: "a form (search, login, comment)", maxProse: 500 },
];

/** What a browser does not show. */
export const HIDDEN_RULE: ElementRule = { id: "html-hidden", kind: "other", match: {}, reason: "an element the page hides" };
