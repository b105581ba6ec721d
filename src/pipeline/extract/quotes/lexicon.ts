// Words that tell who is speaking and what a quotation is: speech verbs (the cue), nouns that
// introduce titles of works, role nouns ("the minister"), organisation nouns ("the ministry") and
// pronouns. Rules are data, each group with the reason it exists.

export interface WordRule {
  readonly id: string;
  readonly kind: string;
  /** Base forms; verbs are inflected by `verbForms`. */
  readonly match: readonly string[];
  readonly reason: string;
}

/** Verbs of saying and their near kin: the cue that attributes a quotation to a source. */
export const CUE_VERBS: readonly WordRule[] = [
  { id: "cue.say", kind: "speech", match: ["say", "tell", "add", "ask", "write", "state", "explain", "note", "declare", "reply", "respond", "answer", "continue", "recall", "remark", "comment", "observe", "speak", "testify", "report", "announce", "repeat", "reiterate", "read", "quote", "put", "tweet", "post", "text", "email", "sing", "chant", "shout", "yell", "scream", "whisper", "exclaim", "interject", "muse", "wonder", "inquire", "conclude", "summarize", "type", "retweet", "recount", "relate"],
    reason: "verbs that report words as spoken or written: they introduce direct quotes" },
  { id: "cue.stance", kind: "stance", match: ["claim", "insist", "argue", "contend", "assert", "maintain", "suggest", "predict", "warn", "caution", "urge", "demand", "promise", "vow", "pledge", "swear", "threaten", "boast", "brag", "complain", "lament", "joke", "quip", "admit", "acknowledge", "concede", "confirm", "deny", "reveal", "disclose", "emphasize", "stress", "insinuate", "allege", "charge", "counter", "retort", "scoff", "protest", "object", "agree", "estimate", "forecast", "promise", "guarantee", "assure", "reassure", "plead", "beg", "pray", "hope", "fear", "worry", "believe", "think", "feel", "encourage", "invite", "instruct", "order", "advise", "recommend", "propose", "mention", "hint", "imply", "signal", "indicate", "point", "express", "decry", "denounce", "condemn", "criticize", "criticise", "attack", "blast", "slam", "lambast", "mock", "ridicule", "dismiss", "reject", "question", "challenge", "accuse", "blame", "praise", "hail", "laud", "applaud", "thank", "congratulate", "defend", "welcome", "celebrate", "cite", "tout", "describe", "characterize", "characterise", "portray", "call", "label", "dub", "brand", "term", "nickname", "refer", "deem", "consider", "cheer", "rail", "fume", "vent", "confess", "affirm", "declare", "proclaim", "insinuate", "liken", "reference", "exhort", "rate", "implore", "scold", "rebuke", "chide", "berate", "fault", "assail", "tease", "taunt", "surmise", "speculate", "theorize", "conclude", "find", "rule", "determine", "pronounce", "vow"],
    reason: "verbs that carry someone's words or verdict: in news they govern quoted fragments (mixed quotes)" },
];

/** Irregular forms that a suffix rule cannot make. */
const IRREGULAR: Record<string, readonly string[]> = {
  say: ["said"], tell: ["told"], write: ["wrote", "written"], speak: ["spoke", "spoken"], read: ["read"],
  put: ["put"], sing: ["sang", "sung"], swear: ["swore", "sworn"], think: ["thought"], feel: ["felt"],
  find: ["found"], forecast: ["forecast"], text: ["texted"], email: ["emailed"],
};

/** Base, third person, past and -ing forms of a regular English verb, plus known irregulars. */
export function verbForms(base: string): string[] {
  const forms = new Set([base, ...(IRREGULAR[base] ?? [])]);
  const e = base.endsWith("e");
  const y = /[^aeiou]y$/.test(base);
  forms.add(/(?:s|sh|ch|x|z|o)$/.test(base) ? `${base}es` : y ? `${base.slice(0, -1)}ies` : `${base}s`);
  // Doubling for short stressed stems (quip -> quipped, chat -> chatted); "admit" and "refer" too.
  const doubled = /^(?:quip|admit|refer|plan|stop|chat|rebut|commit|permit|submit|regret)$/.test(base);
  const stem = doubled ? base + base.at(-1) : base;
  if (!IRREGULAR[base] || base === "text" || base === "email") forms.add(e ? `${base}d` : y ? `${base.slice(0, -1)}ied` : `${stem}ed`);
  forms.add(e && !base.endsWith("ee") ? `${base.slice(0, -1)}ing` : `${stem}ing`);
  return [...forms];
}

const formsOf = (rules: readonly WordRule[]): Map<string, string> => {
  const map = new Map<string, string>();
  for (const r of rules) for (const base of r.match) for (const f of verbForms(base)) if (!map.has(f)) map.set(f, r.kind);
  return map;
};

/** Every inflected cue verb, with its kind. */
export const CUE_FORMS: ReadonlyMap<string, string> = formsOf(CUE_VERBS);

/**
 * Cue verbs that are too common in other senses to attribute a quotation on their own when it is
 * not adjacent: "put" needs "it" ("as she put it"), "read" needs a text as subject, "point" needs
 * "out", "call" needs an object. They still count when they stand right next to the quotation.
 */
export const WEAK_CUES: ReadonlySet<string> = new Set(["put", "read", "point", "find", "rule", "determine", "consider", "think", "believe", "feel", "hope", "fear", "worry", "agree", "order", "express", "welcome", "thank", "invite", "signal", "indicate"]);

/** Prepositional cues: "according to X". */
export const ACCORDING_TO = ["according", "to"] as const;

/** Nouns before a quoted title of a work ("the film “13th”", "his book “The Art of the Deal”"). */
export const WORK_NOUNS: ReadonlySet<string> = new Set([
  "film", "movie", "book", "novel", "memoir", "biography", "song", "album", "single", "track", "show", "program",
  "programme", "series", "sitcom", "documentary", "play", "musical", "opera", "poem", "article", "op-ed", "column",
  "essay", "editorial", "episode", "podcast", "broadcast", "newspaper", "magazine", "painting", "exhibition",
  "exhibit", "game", "video", "ad", "advert", "advertisement", "commercial", "spot", "slogan", "hashtag", "campaign",
  "initiative", "plan", "bill", "act", "law", "report", "study", "memo", "speech", "sermon", "lecture", "tour",
  "event", "forum", "conference", "rally", "platform", "manifesto", "blog", "website", "site", "page", "segment",
  "headline", "chapter", "section",
]);

/** Words after which a quoted phrase is a name or title, not speech (titled “Arrogant”). */
export const TITLE_INTRODUCERS: ReadonlySet<string> = new Set(["titled", "entitled", "subtitled", "headlined"]);

/** Nouns naming a person by role: "the minister said" is resolved to the person holding it. */
export const ROLE_NOUNS: ReadonlySet<string> = new Set([
  "minister", "president", "senator", "governor", "mayor", "secretary", "chairman", "chairwoman", "chair",
  "spokesman", "spokeswoman", "spokesperson", "director", "official", "leader", "nominee", "candidate",
  "businessman", "businesswoman", "congressman", "congresswoman", "lawmaker", "legislator", "aide", "adviser",
  "advisor", "ambassador", "chief", "commissioner", "judge", "justice", "lawyer", "attorney", "prosecutor",
  "professor", "economist", "analyst", "expert", "founder", "host", "anchor", "moderator", "announcer", "narrator",
  "manager", "officer", "general", "admiral", "king", "queen", "prince", "princess", "pope", "premier",
  "chancellor", "representative", "speaker", "strategist", "pollster", "consultant", "doctor", "physician",
  "author", "writer", "journalist", "reporter", "columnist", "editor", "researcher", "scientist", "activist",
  "organizer", "owner", "executive", "ceo", "coach", "captain", "player", "star", "actor", "actress", "singer",
  "rapper", "comedian", "billionaire", "mogul", "magnate", "veteran", "priest", "pastor", "reverend", "bishop",
  "rabbi", "imam", "cleric", "diplomat", "envoy", "negotiator", "deputy", "vice", "head", "boss", "founder",
  "partner", "candidate", "contender", "challenger", "incumbent", "rival", "opponent", "frontrunner",
  "front-runner", "widow", "widower", "mother", "father", "wife", "husband", "son", "daughter", "brother", "sister",
  "friend", "colleague", "campaigner", "chairperson", "commander", "marshal", "sheriff", "superintendent",
  "inspector", "detective", "agent", "trooper", "councilman", "councilwoman", "councillor", "councilor",
  "assemblyman", "assemblywoman", "delegate",
]);

/** Documents that speak for their author: "the IMF report stated", "a Homeland Security memo says". */
export const DOCUMENT_NOUNS: ReadonlySet<string> = new Set([
  "statement", "report", "letter", "memo", "memorandum", "ruling", "study", "poll", "survey", "website", "document",
  "brief", "filing", "complaint", "release", "tweet", "post", "article", "editorial", "book", "ad", "video", "clip",
  "spokesman", "spokeswoman", "spokesperson", "campaign", "office", "analysis", "review", "audit", "lawsuit", "suit",
]);

/** Nouns naming an organisation by kind: "the ministry said" is resolved to the nearest such body. */
export const ORG_NOUNS: ReadonlySet<string> = new Set([
  "ministry", "department", "agency", "campaign", "company", "firm", "corporation", "commission", "committee",
  "council", "government", "administration", "court", "union", "party", "group", "organization", "organisation",
  "association", "foundation", "institute", "bank", "police", "military", "army", "navy", "office", "board",
  "bureau", "embassy", "team", "network", "newspaper", "paper", "university", "school", "club", "coalition",
  "alliance", "federation", "league", "panel", "senate", "house", "congress", "parliament", "cabinet", "regime",
  "service", "authority", "authorities", "center", "centre", "fund", "charity", "society", "secretariat",
  "statement", "report", "ruling", "letter", "memo", "study", "poll", "survey", "website", "magazine", "station",
  "channel", "broadcaster", "outlet", "publication", "journal", "times", "post",
]);

export const PERSON_PRONOUNS: ReadonlySet<string> = new Set(["he", "she", "him", "her"]);
export const GROUP_PRONOUNS: ReadonlySet<string> = new Set(["they", "we", "it"]);
export const FIRST_PERSON: ReadonlySet<string> = new Set(["i", "me", "we", "us"]);

/** Adverbs and auxiliaries that may stand between a speaker and the verb ("he also said"). */
export const BETWEEN_SUBJECT_AND_VERB: ReadonlySet<string> = new Set([
  "also", "later", "then", "once", "again", "repeatedly", "recently", "previously", "earlier", "still", "just",
  "further", "often", "frequently", "reportedly", "allegedly", "apparently", "publicly", "privately", "directly",
  "simply", "flatly", "bluntly", "quickly", "finally", "has", "have", "had", "is", "was", "are", "were", "will",
  "would", "could", "should", "did", "does", "do", "may", "might", "not", "never", "been", "be", "being",
  "subsequently", "famously", "cynically", "quietly", "sharply", "strongly", "clearly", "explicitly", "essentially", "memorably", "angrily", "proudly", "curtly", "calmly", "emphatically", "firmly",
  "openly", "loudly", "softly", "succinctly", "tersely", "wryly", "jokingly", "candidly", "bluntly",
]);
