// Titles and roles that stand before a person's name ("Defense Minister Shinjiro Koizumi",
// "midfielder Roy Keane", "Mr Smith"). A title makes the name that follows a person and is kept
// in the person's `titles`. Heads end a title; modifiers may stand before a head ("Deputy Prime
// Minister", "Defense Secretary"). Honorifics make a person but are not titles worth listing.

export interface TitleWord {
  readonly id: string;
  readonly kind: "head" | "modifier" | "honorific";
  /** Lower-case words as written (no trailing period). */
  readonly words: readonly string[];
  readonly reason: string;
}

const head = (id: string, words: string[], reason: string): TitleWord => ({ id, kind: "head", words, reason });
const modifier = (id: string, words: string[], reason: string): TitleWord => ({ id, kind: "modifier", words, reason });

export const TITLE_WORDS: readonly TitleWord[] = [
  head("office", [
    "president", "minister", "secretary", "chancellor", "premier", "governor", "mayor", "senator", "sen",
    "representative", "rep", "congressman", "congresswoman", "ambassador", "envoy", "commissioner",
    "speaker", "chairman", "chairwoman", "chairperson", "chair", "spokesman", "spokeswoman", "spokesperson",
    "leader", "director", "treasurer", "attorney-general", "secretary-general", "prosecutor", "judge",
    "justice", "magistrate", "consul", "deputy", "counterpart", "adviser", "advisor", "aide", "official",
    "vice-president", "president-elect", "mp", "lawmaker", "legislator", "delegate", "negotiator",
    "coordinator", "administrator", "superintendent", "inspector", "controller", "registrar", "gov",
    "amb", "premier", "commissar", "ombudsman", "mediator", "monitor", "observer", "secretary-general",
    "councilman", "councilwoman", "councilmember", "councillor", "councilor", "alderman", "alderwoman",
    "assemblyman", "assemblywoman", "assemblymember", "selectman", "sheriff", "comptroller", "coroner",
    // Local boards and part-time judges: "Supervisor Janet Kowal", "Recorder Philip Nash".
    "supervisor", "freeholder", "recorder",
  ], "Offices of state and of public bodies: news names their holders this way."),
  head("business", [
    "ceo", "executive", "manager", "founder", "owner", "president", "analyst", "economist", "strategist",
    "trader", "dealer", "broker", "banker", "partner", "editor", "correspondent", "reporter", "columnist",
    "publisher", "researcher", "professor", "lecturer", "scientist", "lawyer", "attorney", "spokesman",
    "journalist", "writer", "author", "novelist", "poet", "playwright", "singer", "actor", "actress",
    "artist", "composer", "conductor", "director", "film-maker", "photographer", "doctor", "surgeon",
    "businessman", "businesswoman", "tycoon", "billionaire", "entrepreneur", "industrialist",
    "activist", "dissident", "campaigner", "diplomat", "historian", "commentator", "architect",
    "chemist", "physicist", "engineer", "pilot", "astronaut", "student", "teacher", "nurse",
    "officer", "counsel", "solicitor", "barrister", "head", "dean", "principal", "curator", "cofounder",
    "co-founder", "chairman-elect", "investor", "consultant",
  ], "Business and professional roles that introduce a named person."),
  head("military", [
    "general", "gen", "colonel", "col", "lieutenant", "lt", "major", "maj", "captain", "capt", "commander",
    "admiral", "adm", "sergeant", "sgt", "corporal", "brigadier", "marshal", "commandant", "chief-of-staff",
  ], "Military and police ranks."),
  head("royal-religious", [
    "king", "queen", "prince", "princess", "duke", "duchess", "emperor", "empress", "sheikh", "sultan",
    "emir", "pope", "cardinal", "archbishop", "bishop", "rabbi", "imam", "ayatollah", "reverend", "rev",
    "father", "sister", "brother", "crown", "patriarch", "priest", "cleric", "monk", "nun", "mullah",
    "lama", "metropolitan", "chief", "fr",
  ], "Royal and religious titles."),
  head("sport", [
    "coach", "striker", "midfielder", "defender", "goalkeeper", "keeper", "forward", "winger", "captain",
    "skipper", "batsman", "bowler", "spinner", "all-rounder", "opener", "pitcher", "reliever", "starter",
    "outfielder", "shortstop", "catcher", "quarterback", "driver", "rider", "jockey", "trainer", "champion",
    "runner-up", "seed", "qualifier", "teammate", "team-mate", "international", "sprinter", "swimmer",
    "player", "referee", "umpire", "hurdler", "cyclist", "golfer", "boxer", "veteran", "newcomer",
    "left-hander", "right-hander", "wicketkeeper", "wicket-keeper", "fullback", "centre-back",
  ], "Sporting roles: results pages introduce players and officials by their position."),
  head("member-of-public", [
    "passenger", "commuter", "motorist", "shopper", "homeowner", "pensioner", "retiree", "parishioner",
  ], "What a member of the public is to the story, written as a title before the name (\"Passenger Liam Doyle\")."),
  modifier("office-modifier", [
    "prime", "foreign", "defense", "defence", "finance", "interior", "home", "trade", "economy",
    "economics", "justice", "health", "education", "energy", "oil", "labour", "labor", "agriculture",
    "transport", "industry", "culture", "environment", "information", "state", "deputy", "vice",
    "acting", "former", "ex", "chief", "senior", "junior", "general", "first", "second", "assistant",
    "executive", "managing", "national", "security", "affairs", "public", "security", "treasury",
    "commerce", "communications", "sports", "tourism", "cabinet", "government", "party", "opposition",
    "army", "navy", "police", "military", "presidential", "royal", "crown", "grand", "high", "supreme",
    "head", "team", "club", "press", "fellow", "world", "olympic", "defending", "top", "co",
    "farm", "development", "economic", "planning", "fisheries", "housing", "social", "welfare",
    "water", "mines", "petroleum", "industry", "privatisation", "privatization", "reform", "budget",
    "customs", "immigration", "aviation", "telecommunications", "media", "science", "research",
    "technology", "regional", "local", "municipal", "provincial", "federal", "central", "foreign-affairs",
    "human", "rights", "women's", "youth", "family", "veterans", "war", "peace", "election", "electoral",
    "parliamentary", "legislative", "majority", "minority", "union", "labour-party", "finance-ministry",
    "shadow", "operating", "financial", "marketing", "legal", "medical", "associate", "commercial",
    "investment", "operations", "sales", "product", "creative", "artistic", "editorial", "news", "political",
    "non-executive", "principal", "district", "general",
  ], "Words that qualify an office: only a title when a head word follows."),
  { id: "honorific", kind: "honorific", words: ["mr", "mrs", "ms", "miss", "dr", "sir", "dame", "lord", "lady", "mme", "herr", "monsieur", "madame", "signor"], reason: "Forms of address: a person follows, but they are not offices." },
];

const index = new Map<string, TitleWord[]>();
for (const t of TITLE_WORDS) for (const w of t.words) index.set(w, [...(index.get(w) ?? []), t]);

const clean = (word: string): string => word.toLowerCase().replace(/\.$/, "");

export const isTitleHead = (word: string): boolean => (index.get(clean(word)) ?? []).some((t) => t.kind === "head");
export const isTitleModifier = (word: string): boolean => (index.get(clean(word)) ?? []).some((t) => t.kind === "modifier");
export const isHonorific = (word: string): boolean => (index.get(clean(word)) ?? []).some((t) => t.kind === "honorific");
export const isTitleWord = (word: string): boolean => index.has(clean(word));
