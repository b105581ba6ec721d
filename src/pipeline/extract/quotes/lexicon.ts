// Words that tell who is speaking and what a quotation is: speech verbs (the cue), nouns that
// introduce titles of works, role nouns ("the minister"), organisation nouns ("the ministry") and
// pronouns. Rules are data, each group with the reason it exists.

export type CueKind = "speech" | "stance" | "weak";

export interface WordRule {
  readonly id: string;
  readonly kind: CueKind;
  /** Base forms, inflected by `verbForms` unless `inflected` is false (words of other languages). */
  readonly match: readonly string[];
  readonly inflected?: boolean;
  readonly reason: string;
}

/** Verbs of saying and their near kin: the cue that attributes a quotation to a source. */
export const CUE_VERBS: readonly WordRule[] = [
  { id: "cue.say", kind: "speech", match: ["say", "tell", "add", "ask", "write", "state", "explain", "note", "declare", "reply", "respond", "answer", "continue", "recall", "remark", "comment", "observe", "speak", "testify", "report", "announce", "repeat", "reiterate", "quote", "tweet", "post", "text", "email", "sing", "chant", "shout", "yell", "scream", "whisper", "exclaim", "interject", "muse", "wonder", "inquire", "conclude", "summarize", "type", "retweet", "recount", "relate", "put"],
    reason: "verbs that report words as spoken or written: they introduce direct quotes (\"put\" only in \"as she put it\")" },
  { id: "cue.stance", kind: "stance", match: ["claim", "insist", "argue", "contend", "assert", "maintain", "suggest", "predict", "warn", "caution", "urge", "demand", "promise", "vow", "pledge", "swear", "threaten", "boast", "brag", "complain", "lament", "joke", "quip", "admit", "acknowledge", "concede", "confirm", "deny", "reveal", "disclose", "emphasize", "stress", "allege", "charge", "counter", "retort", "scoff", "protest", "object", "estimate", "forecast", "guarantee", "assure", "reassure", "plead", "beg", "encourage", "instruct", "advise", "recommend", "propose", "mention", "hint", "imply", "decry", "denounce", "condemn", "criticize", "criticise", "attack", "blast", "slam", "lambast", "mock", "ridicule", "dismiss", "reject", "question", "challenge", "accuse", "blame", "praise", "hail", "laud", "applaud", "congratulate", "defend", "celebrate", "cite", "tout", "describe", "characterize", "characterise", "portray", "call", "label", "dub", "brand", "term", "nickname", "refer", "deem", "cheer", "rail", "fume", "vent", "confess", "affirm", "proclaim", "insinuate", "liken", "compare", "reference", "exhort", "rate", "implore", "scold", "rebuke", "chide", "berate", "fault", "assail", "tease", "taunt", "surmise", "speculate", "theorize", "pronounce", "rule", "find", "determine"],
    reason: "verbs that carry someone's words or verdict (a court rules, a study finds): in news they govern quoted fragments (mixed quotes)" },
  { id: "cue.weak", kind: "weak", match: ["think", "believe", "feel", "hope", "fear", "worry", "agree", "consider", "order", "express", "welcome", "thank", "invite", "signal", "indicate", "read", "point"],
    reason: "verbs of opinion or finding, common in other senses: a cue only when the sentence has no other (\"point\" only in \"point out\")" },
  { id: "cue.foreign", kind: "speech", inflected: false, match: [
    "sagte", "sagt", "sagten", "gesagt", "detto", "dicho", "gezegd", "erklärte", "erklärt", "betonte", "betont", "meinte", "schrieb", "fügte", "ergänzte", "warnte",
    "dit", "déclaré", "affirmé", "expliqué", "ajouté", "souligné", "déclare", "affirme", "explique", "ajoute", "estime",
    "dijo", "afirmó", "declaró", "explicó", "añadió", "señaló", "aseguró", "disse", "dichiarato", "affermato", "spiegato",
    "afirmou", "declarou", "explicou", "zei", "verklaarde", "schreef"],
    reason: "speech verbs of German, French, Spanish, Italian, Portuguese and Dutch, for quotes in those languages" },
];

/**
 * Nouns of saying that attribute a quotation to their possessor ("Reyes’s claim that there were
 * “thousands of burglaries”", "his promise of “homes, homes, homes”").
 */
export const CUE_NOUNS: ReadonlySet<string> = new Set([
  "claim", "claims", "statement", "statements", "remark", "remarks", "comment", "comments", "assertion", "promise",
  "promises", "warning", "accusation", "charge", "description", "suggestion", "prediction", "insistence", "argument",
  "contention", "words", "vow", "pledge", "boast", "complaint", "tweet", "tweets", "message", "answer", "response",
  "reply", "declaration", "admission", "denial", "verdict", "assessment", "characterization", "depiction", "slogan",
]);

/** Irregular forms that a suffix rule cannot make. */
const IRREGULAR: Record<string, readonly string[]> = {
  say: ["said"], tell: ["told"], write: ["wrote", "written"], speak: ["spoke", "spoken"], read: ["read"],
  put: ["put"], sing: ["sang", "sung"], swear: ["swore", "sworn"], think: ["thought"], feel: ["felt"],
  find: ["found"], forecast: ["forecast"],
};

/** Base, third person, past and -ing forms of a regular English verb, plus known irregulars. */
export function verbForms(base: string): string[] {
  const forms = new Set([base, ...(IRREGULAR[base] ?? [])]);
  const e = base.endsWith("e");
  const y = /[^aeiou]y$/.test(base);
  forms.add(/(?:s|sh|ch|x|z|o)$/.test(base) ? `${base}es` : y ? `${base.slice(0, -1)}ies` : `${base}s`);
  // Doubling for short stressed stems (quip -> quipped, admit -> admitted, refer -> referred).
  const doubled = /^(?:quip|admit|refer|rebut|commit|permit|submit|regret)$/.test(base);
  const stem = doubled ? base + base.at(-1) : base;
  if (!IRREGULAR[base]) forms.add(e ? `${base}d` : y ? `${base.slice(0, -1)}ied` : `${stem}ed`);
  forms.add(e && !base.endsWith("ee") ? `${base.slice(0, -1)}ing` : `${stem}ing`);
  return [...forms];
}

export interface CueForm {
  readonly kind: CueKind;
  /** A word of another language: compromise does not tag it as a verb. */
  readonly foreign: boolean;
}

/** Every form of every cue verb, with its kind; the first rule that makes a form keeps it. */
export const CUE_FORMS: ReadonlyMap<string, CueForm> = (() => {
  const map = new Map<string, CueForm>();
  for (const r of CUE_VERBS) {
    const foreign = r.inflected === false;
    for (const base of r.match) for (const f of foreign ? [base] : verbForms(base)) if (!map.has(f)) map.set(f, { kind: r.kind, foreign });
  }
  return map;
})();

/** Nouns before a quoted title of a work ("the film “North Line”", "her book “The Long Road”"). */
export const WORK_NOUNS: ReadonlySet<string> = new Set([
  "film", "movie", "book", "novel", "memoir", "biography", "song", "album", "single", "track", "show", "program",
  "programme", "series", "sitcom", "documentary", "play", "musical", "opera", "poem", "article", "op-ed", "column",
  "essay", "editorial", "episode", "podcast", "broadcast", "newspaper", "magazine", "painting", "exhibition",
  "exhibit", "game", "video", "ad", "advert", "advertisement", "commercial", "spot", "slogan", "hashtag", "campaign",
  "initiative", "plan", "bill", "act", "law", "report", "study", "memo", "speech", "sermon", "lecture", "tour",
  "event", "forum", "conference", "rally", "platform", "manifesto", "blog", "website", "site", "page", "segment",
  "headline", "chapter", "section", "edition", "issue", "installment",
]);

/** Past participles of verbs of naming: after a noun ("a group called “…”") they give its name. */
export const NAMING_VERBS: ReadonlySet<string> = new Set([
  "called", "dubbed", "labeled", "labelled", "nicknamed", "termed", "branded", "named", "titled", "marked", "tagged",
]);

/** Words after which a quoted phrase is a name or title, not speech (titled “Reckless”). */
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
  "rabbi", "imam", "cleric", "diplomat", "envoy", "negotiator", "deputy", "vice", "head", "boss",
  "partner", "contender", "challenger", "incumbent", "rival", "opponent", "frontrunner",
  "front-runner", "widow", "widower", "mother", "father", "wife", "husband", "son", "daughter", "brother", "sister",
  "friend", "colleague", "campaigner", "chairperson", "commander", "marshal", "sheriff", "superintendent",
  "inspector", "detective", "agent", "trooper", "councilman", "councilwoman", "councillor", "councilor",
  "assemblyman", "assemblywoman", "delegate",
]);

/**
 * People named by what they are or do rather than by office (singular forms): as speakers they are
 * given as written when the text names no one ("Protesters chanted", "a source said").
 */
export const PEOPLE_NOUNS: ReadonlySet<string> = new Set([
  "source", "supporter", "critic", "fan", "crowd", "audience", "student", "teacher", "parent", "relative", "family",
  "member", "expert", "observer", "resident", "voter", "protester", "protestor", "demonstrator", "questioner",
  "witness", "viewer", "reader", "caller", "participant", "attendee", "employee", "worker", "staffer", "staff",
  "citizen", "neighbor", "neighbour", "native", "victim", "survivor", "user", "customer", "people", "person",
  "man", "woman", "official", "insider", "ally", "donor", "backer", "volunteer", "child", "friend",
  // Shares of those polled: "41 percent said".
  "percent", "majority", "plurality", "minority",
]);

/**
 * Nouns wire copy uses to name again a person it has just named, by age, stage of life or place in
 * a team ("the teenager said", "the striker said", "the mother of three said"): they describe no
 * office that someone else could hold, so the speaker is the person the passage is about.
 */
export const DESCRIPTOR_NOUNS: ReadonlySet<string> = new Set([
  "teenager", "teen", "youngster", "schoolboy", "schoolgirl", "pensioner", "retiree", "octogenarian",
  "nonagenarian", "centenarian", "striker", "forward", "midfielder", "defender", "goalkeeper", "winger",
  "batsman", "bowler", "quarterback", "pitcher", "sprinter", "golfer", "boxer", "swimmer",
]);

/** Parents named by their children ("the mother of three", "the father of two"). */
export const PARENT_NOUNS: ReadonlySet<string> = new Set(["mother", "father", "grandmother", "grandfather"]);

/**
 * Roles whose holder speaks for a body, not for themselves: "a spokeswoman for Northgate Ventures
 * said" is the fund speaking, as "a spokeswoman for the fund" and the later "the spokeswoman" are.
 * (An analyst at a bank speaks for herself.)
 */
export const SPOKESPERSON_NOUNS: ReadonlySet<string> = new Set(["spokesman", "spokeswoman", "spokesperson"]);

/** Documents that speak for their author: "the IMF report stated", "a Treasury memo says". */
export const DOCUMENT_NOUNS: ReadonlySet<string> = new Set([
  "statement", "report", "letter", "memo", "memorandum", "ruling", "study", "poll", "survey", "website", "document",
  "brief", "filing", "complaint", "release", "tweet", "post", "article", "editorial", "book", "ad", "video", "clip",
  "analysis", "review", "audit", "lawsuit", "suit", "piece", "bylaw",
]);

/**
 * Documents through which their issuer speaks in its own voice ("the company said in a statement
 * … “…,” the statement said"): a later "the statement" is the issuer. Works with a voice of their
 * own (an article, a study, a poll) stay the source they are.
 */
export const ISSUED_DOCUMENTS: ReadonlySet<string> = new Set([
  "statement", "release", "letter", "memo", "memorandum", "tweet", "post", "filing",
]);

/** Titles written short before a name, or one role named otherwise, and the roles they stand for ("Sen. Ortiz" is "the senator"). */
export const TITLE_ABBREVIATIONS: Readonly<Record<string, readonly string[]>> = {
  sen: ["senator"], rep: ["representative", "congressman", "congresswoman", "lawmaker"], gov: ["governor"],
  gen: ["general"], lt: ["lieutenant"], col: ["colonel"], sgt: ["sergeant"], adm: ["admiral"], pres: ["president"],
  sec: ["secretary"], amb: ["ambassador"], atty: ["attorney"], supt: ["superintendent"], cmdr: ["commander"],
  del: ["delegate"], prof: ["professor"], dr: ["doctor"], rev: ["reverend"], insp: ["inspector"], det: ["detective"],
  congressman: ["lawmaker", "representative"], congresswoman: ["lawmaker", "representative"], senator: ["lawmaker"],
  // "Representative Gloria Vance" is "the congresswoman" (gender is checked apart).
  representative: ["congressman", "congresswoman", "lawmaker"],
};

/**
 * Lower-case words that open a title before a name ("state Senator Raymond Okafor", "former Gov.
 * X"), which compromise may tag as verbs ("state"): the title, and an apposition before it, reach
 * past them.
 */
export const TITLE_MODIFIERS: ReadonlySet<string> = new Set([
  "state", "city", "county", "federal", "former", "acting", "interim", "then", "retired", "incoming", "outgoing",
]);

/** Nouns naming an organisation by kind: "the ministry said" is resolved to the nearest such body. */
export const ORG_NOUNS: ReadonlySet<string> = new Set([
  "ministry", "department", "agency", "campaign", "company", "firm", "corporation", "commission", "committee",
  "council", "government", "administration", "court", "union", "party", "group", "organization", "organisation",
  "association", "foundation", "institute", "bank", "police", "military", "army", "navy", "office", "board",
  "bureau", "embassy", "team", "network", "newspaper", "paper", "university", "school", "club", "coalition",
  "alliance", "federation", "league", "panel", "senate", "house", "congress", "parliament", "cabinet", "regime",
  "service", "authority", "authorities", "center", "centre", "fund", "charity", "society", "secretariat",
  "magazine", "station", "channel", "broadcaster", "outlet", "publication", "journal",
  "exchange", "platform", "retailer", "airline", "carrier", "lender", "insurer", "maker", "manufacturer",
  "operator", "chain", "startup", "start-up", "developer", "carmaker", "automaker", "chipmaker", "miner",
  "utility", "publisher", "studio", "brand",
]);

/**
 * Kinds of company and association that their names seldom hold ("the exchange said" of Kraxen,
 * "the company said" of PulsePath): when no organisation is named with the word, the body the
 * passage is about speaks. Public bodies are named with their kind ("the ministry", "the court").
 */
export const COMPANY_NOUNS: ReadonlySet<string> = new Set([
  "company", "firm", "corporation", "group", "exchange", "platform", "retailer", "airline", "carrier", "lender",
  "insurer", "maker", "manufacturer", "operator", "chain", "startup", "start-up", "developer", "carmaker",
  "automaker", "chipmaker", "miner", "utility", "publisher", "studio", "brand", "bank", "club", "charity",
  "union", "broadcaster", "team",
]);

/** Head words of public bodies, which "the company" does not name. */
export const PUBLIC_BODY_WORDS: ReadonlySet<string> = new Set([
  "ministry", "department", "commission", "court", "government", "agency", "police", "authority", "council",
  "parliament", "senate", "congress", "committee", "office", "regulator", "administration", "tribunal",
  "assembly", "house", "service", "bureau", "inspectorate", "ombudsman",
]);

export const PERSON_PRONOUNS: ReadonlySet<string> = new Set(["he", "she", "him", "her", "his", "hers"]);
export const FEMALE_PRONOUNS: ReadonlySet<string> = new Set(["she", "her", "hers"]);
/** "they", "we", "it" said: a body (the ministry, the campaign), the nearest organisation. */
export const GROUP_PRONOUNS: ReadonlySet<string> = new Set(["they", "we", "it"]);
/** "I said" in a report is its author: no one among the entities. */
export const FIRST_PERSON: ReadonlySet<string> = new Set(["i", "me"]);

/** Adverbs and auxiliaries that may stand between a speaker and the verb ("he also said"). */
/**
 * Auxiliaries that open the past tense of a speech verb in other languages ("a déclaré", "hat
 * gesagt", "ha detto", "heeft gezegd"): subject and quotation stand around the pair, not the verb.
 */
export const FOREIGN_AUXILIARIES: ReadonlySet<string> = new Set([
  "a", "ont", "avait", "avaient", "hat", "haben", "hatte", "hatten", "ha", "hanno", "aveva", "han", "había",
  "heeft", "hebben", "had", "har", "hade", "tem", "têm", "tinha",
]);

/**
 * Prepositions of other languages that end the speaker's phrase after the verb ("a déclaré la
 * ministre lors d'une conférence à Lyon"): compromise reads these words as nouns, so without them
 * the phrase would run on into the circumstances.
 */
export const FOREIGN_PHRASE_BREAKS: ReadonlySet<string> = new Set([
  "lors", "à", "au", "aux", "pendant", "dans", "devant", "après", "avant", "sur", "selon",
  "bei", "auf", "während", "vor", "nach", "im", "am", "mit", "gegenüber",
  "durante", "tras", "ante", "con", "en", "tijdens", "bij", "op", "na", "em", "no", "ao", "nel", "alla", "al", "per",
]);

export const BETWEEN_SUBJECT_AND_VERB: ReadonlySet<string> = new Set([
  "also", "later", "then", "once", "again", "repeatedly", "recently", "previously", "earlier", "still", "just",
  "further", "often", "frequently", "reportedly", "allegedly", "apparently", "publicly", "privately", "directly",
  "simply", "flatly", "bluntly", "quickly", "finally", "subsequently", "famously", "cynically", "quietly",
  "sharply", "strongly", "clearly", "explicitly", "essentially", "memorably", "angrily", "proudly", "curtly",
  "calmly", "emphatically", "firmly", "openly", "loudly", "softly", "succinctly", "tersely", "wryly", "jokingly",
  "candidly", "has", "have", "had", "is", "was", "are", "were", "will", "would", "could", "should", "did", "does",
  "do", "may", "might", "not", "never", "been", "be", "being",
]);
