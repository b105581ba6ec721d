// What the words around a name say about a company or association that has no legal form and no
// known head word ("Orbitra", "PulsePath", "Gavi"): news writes such names in a few fixed frames.
// Each rule reads the text right before or after one mention; one mention is enough, since every
// mention of a name takes the type of its surest one.

export interface OrgContextRule {
  readonly id: string;
  /** Where the pattern is read: the text before the name (ending at it) or after it (starting at its end). */
  readonly kind: "before" | "after";
  readonly match: RegExp;
  readonly reason: string;
}

/** Nouns for kinds of bodies that an apposition gives a name ("Orbitra, a rocket maker"). */
const KINDS = "company|companies|firm|maker|manufacturer|start-?up|startup|charity|exchange|platform|alliance|group|operator|retailer|chain|lender|insurer|carrier|airline|developer|producer|supplier|broadcaster|publisher|network|app|service|provider|foundation|organi[sz]ation|campaign|non-?profit|fund|conglomerate|subsidiary|brand|studio|consultancy|think[- ]tank|watchdog|union|association|club|agency|bank|utility|utilities|miner|brewer|carmaker|automaker|shipbuilder|shipper|distributor|refiner|regulator|newspaper|broker|brokerage|exchange operator|bourse";

export const ORG_CONTEXT_RULES: readonly OrgContextRule[] = [
  {
    id: "shares-of",
    kind: "before",
    match: /\b(?:shares|stock|stake|investors?|listing) (?:of|in) (?:the )?$/iu,
    reason: "Only companies have shares or a stake taken in them: \"Shares of PulsePath rose\".",
  },
  {
    id: "staff-at",
    kind: "before",
    match: /\b(?:analysts?|economists?|strategists?|traders?|researchers?|engineers?|executives?|employees|staff|workers|lawyers?|pilots|crews?|drivers|nurses|miners|dockers|cabin crew) (?:at|with) (?:the )?$/iu,
    reason: "People named by their work \"at\" a name work for a body: \"analysts at Peel Hunt said\".",
  },
  {
    id: "office-of",
    kind: "before",
    match: /\b(?:chief executive|chief financial officer|chief operating officer|ceo|cfo|chairman|chairwoman|co-?founder|founder|board|spokes(?:man|woman|person)) (?:of|for|at) (?:the )?$/iu,
    reason: "The office of a company or association, or its voice, before the name: \"a spokesperson for Pedal\".",
  },
  {
    id: "possessive-office",
    kind: "after",
    match: /^['’]s? (?:chief executive|chief financial|chief operating|ceo|cfo|board|shareholders|shares|stock|share price|headquarters|employees|workforce|subsidiar(?:y|ies)|factor(?:y|ies)|revenues?|profits?|customers|co-?founder|founder|chairman|chairwoman|management|valuation|market value)\b/iu,
    reason: "What only a company or association has, in the possessive: \"Orbitra's chief executive\", \"Wicketly's founder\".",
  },
  {
    id: "statement-or-market",
    kind: "after",
    match: /^ (?:said in a statement|shares (?:rose|fell|jumped|slumped|dropped|gained|climbed|lost|slid|soared)|(?:rose|fell|lost|gained|jumped|slid) \d+(?:\.\d+)? ?(?:%|percent|per cent)(?! of))/iu,
    reason: "A body speaks in statements and its shares move: \"Crestline said in a statement\", \"Rocket Lab lost 3%\".",
  },
  {
    id: "its-after-verb",
    kind: "after",
    match: /^ (?:has |have |had |will |would )?(?:said|says|announced|reported|posted|cut|cuts|raised|lowered|lifted|trimmed|warned|expects?|shut|closed|sold|bought|recalled)(?: (?:on|late on|early on|last) \p{Lu}\p{Ll}+)?(?: that)? its\b/u,
    reason: "A name that a sentence goes on to call \"its\" is a body: \"Brickvale Toys said on Monday that its chief executive\", \"Hanbit cut its forecast\"; a person would be \"his\" or \"her\".",
  },
  {
    id: "which-owns",
    kind: "after",
    match: /^, which (?:owns|operates|runs|manages|employs|publishes|broadcasts|sells|makes|manufactures|controls|bought|acquired|develops|holds the rights|is owned by|is listed)\b/iu,
    reason: "\"Meta, which owns WhatsApp\": what a body does to its holdings and products, in a relative clause that a person would open with \"who\".",
  },
  {
    id: "apposition-kind",
    kind: "after",
    match: new RegExp(`^, (?:a|an|the|one of (?:the )?[^,.;]{0,40}?)(?: [\\p{L}'’-]+){0,4} (?:${KINDS})s?\\b(?! (?:of|for) [\\p{Lu}])(?! (?:\\p{Lu}[\\p{L}'’-]* ){0,3}(?:said|says|told|added|reported|announced|noted|wrote|stated|quoted)\\b)`, "iu"),
    reason: "An apposition that says what the name is: \"Orbitra, a rocket maker\", \"Gavi, the vaccine alliance\"; not the subject of a clause after a comma (\"... in Tianjin, the newspaper said\", \"... in Shiraz, the evening newspaper Resalat reported\").",
  },
];

/** How far around a mention the rules read. */
const REACH = 60;

/** The rule whose pattern fits around the mention start..end, if any. */
export function orgContext(text: string, start: number, end: number): OrgContextRule | null {
  const before = text.slice(Math.max(0, start - REACH), start);
  const after = text.slice(end, end + REACH);
  for (const r of ORG_CONTEXT_RULES) if (r.match.test(r.kind === "before" ? before : after)) return r;
  return null;
}
