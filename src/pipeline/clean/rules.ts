// Boilerplate rules as data: each has an id (reported as `reason` in removed[]), the kind of
// boilerplate it catches, what it matches, and why it exists. Grouped by kind.
import type { RemovedKind } from "../../schema/article.js";

export interface LineRule {
  readonly id: string;
  readonly kind: RemovedKind;
  readonly match: RegExp;
  /** Consent and credit text is fluent prose: a cap keeps real paragraphs that mention it safe. */
  readonly maxLength: number;
  readonly reason: string;
}

/** Headings after which a pasted page lists other stories, not the article. */
export const RELATED_HEADINGS: readonly LineRule[] = [
  {
    id: "related-heading",
    kind: "related",
    match: /^(?:related(?: articles| stories| content| news| coverage| posts)?|more (?:from|on|about|stories)\b.*|read more|read next|recommended(?: for you| stories)?|you (?:may|might) also like|most (?:read|popular|viewed)|see also|top stories|more news|weitere artikel|mehr zum thema|das könnte sie auch interessieren|lesen sie auch|auch interessant|à lire aussi|lire aussi|sur le même sujet|leer más|te puede interesar|czytaj (?:też|także)|zobacz (?:też|także))\s*:?$/iu,
    maxLength: 60,
    reason: "a heading that introduces links to other stories",
  },
];

export const LINE_RULES: readonly LineRule[] = [
  // cookie-banner
  {
    id: "cookie-notice",
    kind: "cookie-banner",
    match: /\b(?:(?:this|our) (?:web)?site uses cookies|we use cookies|uses cookies|cookie (?:policy|settings|preferences|consent)|accept (?:all )?cookies|manage (?:your )?(?:cookie|privacy) (?:settings|preferences|choices)|wir verwenden cookies|verwendet cookies|cookie-einstellungen|nous utilisons des cookies|utilise des cookies|utilizamos cookies|używamy plików cookie|pliki cookies?)\b/iu,
    maxLength: 600,
    reason: "a cookie or consent notice",
  },
  {
    id: "consent-button",
    kind: "cookie-banner",
    match: /^(?:accept|accept all|decline|reject|reject all|agree|i agree|got it|ok|okay|allow all|allow cookies|deny|manage preferences|manage options|more options|akzeptieren|alle akzeptieren|ablehnen|zustimmen|einverstanden|accepter|refuser|aceptar|rechazar|akceptuję|zgadzam się)\s*[.!]?$/iu,
    maxLength: 30,
    reason: "a consent dialog button",
  },
  // credit
  {
    id: "ai-credit",
    kind: "credit",
    match: /^(?:(?:reported|written|generated|created|summari[sz]ed|translated) (?:by|with) (?:ai|artificial intelligence)\b.*|(?:image|photo|illustration|picture)s? (?:generated|created) (?:by|with) (?:ai|artificial intelligence)\b.*)$/iu,
    maxLength: 120,
    reason: "a note that text or an image was made by AI",
  },
  {
    id: "photo-credit",
    kind: "credit",
    match: /^(?:(?:photo|image|picture|foto|bild|illustration|graphic|video)s?\s*(?:credit)?\s*(?::|by\b|©)|©|\(c\)\s|copyright\s|(?:getty images|reuters|ap photo|afp|dpa|epa)(?:\s*\/.*)?$)/iu,
    maxLength: 120,
    reason: "a photo credit or copyright line",
  },
  // share
  {
    id: "share-line",
    kind: "share",
    match: /^(?:share(?: this(?: article| story)?)?(?: on \w+)?|tweet|e-?mail|print|copy link|facebook|twitter|x|linkedin|whatsapp|pinterest|reddit|teilen|drucken|partager|compartir|udostępnij)\s*:?$/iu,
    maxLength: 40,
    reason: "a share or social-media button",
  },
  // newsletter
  {
    id: "newsletter-prompt",
    kind: "newsletter",
    match: /\b(?:sign up (?:for|to) (?:our|the) \w*\s*newsletter|subscribe to (?:our|the) \w*\s*newsletter|newsletter abonnieren|zum newsletter anmelden|abonnez-vous à (?:notre|la) newsletter)\b/iu,
    maxLength: 300,
    reason: "a newsletter or subscription prompt",
  },
];

/** The first line rule that matches a block of text, if any. */
export function lineRuleFor(text: string): LineRule | null {
  for (const r of LINE_RULES) if (text.length <= r.maxLength && r.match.test(text)) return r;
  return null;
}
