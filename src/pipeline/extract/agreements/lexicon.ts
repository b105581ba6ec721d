// The words that decide whether a sentence commits someone to something. Triggers are keyed on a
// verb AND what follows it: "signed a treaty" commits, "signed a letter" does not; "agreed to
// share" commits, "agreed that the talks were useful" is an opinion. Every rule has an id and a
// reason, printed by --debug.

/** What may follow a trigger verb for it to report a commitment. */
export type ComplementKind =
  | "infinitive"   // agreed to share, vowed to rebuild
  | "to-noun"      // agreed to a six-month extension, committed to resuming (gerund or noun)
  | "on-noun"      // agreed on mutual visits, agreed upon a pact
  | "that-clause"  // promised that it would help; for agree only with will/would/should
  | "object"       // signed a treaty, pledged $5 million
  | "bare";        // "the two sides agreed."

export interface TriggerRule {
  readonly id: string;
  readonly lemmas: readonly string[];
  readonly complements: readonly ComplementKind[];
  /** For "object": the object's nouns must include one of these (null: any noun except `rejectObjects`). */
  readonly objects: ReadonlySet<string> | null;
  readonly rejectObjects?: ReadonlySet<string>;
  /** For a passive, the nouns it must follow when they differ from `objects`. */
  readonly passiveObjects?: ReadonlySet<string>;
  /** The object must not be the subject of a clause ("analysts agree the majority is fragile"). */
  readonly objectNotSubject?: boolean;
  /** "that" complements must hold a modal (will, would, should, shall) to be a commitment. */
  readonly thatNeedsModal?: boolean;
  /** The rule also reads a passive: "a treaty was signed by X and Y". */
  readonly passive?: boolean;
  /** The verb commits even as a participle after a comma: "..., pledging to rebuild". */
  readonly strong?: boolean;
  /** "received assurances from X": the parties are the ones after "from". */
  readonly giverAfterFrom?: boolean;
  /** The object may be negotiations on the deal ("concluded negotiations on a free trade agreement"). */
  readonly throughTalks?: boolean;
  /** A particle the verb needs ("hammer out"). */
  readonly particle?: string;
  readonly reason: string;
}

const set = (...words: string[]): ReadonlySet<string> => new Set(words);

/** Nouns naming a concluded agreement. */
export const DEAL_NOUNS = set(
  "agreement", "agreements", "deal", "deals", "accord", "accords", "treaty", "treaties", "pact", "pacts",
  "memorandum", "memoranda", "mou", "protocol", "convention", "contract", "contracts", "ceasefire",
  "cease-fire", "truce", "armistice", "consensus", "compromise", "understanding", "settlement",
  "declaration", "communique", "communiqué", "charter", "framework", "arrangement", "arrangements",
  "roadmap", "bargain", "concordat", "entente", "alliance", "partnership", "clause",
);

/** Written statements whose authors commit by them: "a joint statement pledging to ...". */
export const DOCUMENT_NOUNS = set(
  "statement", "declaration", "communique", "communiqué", "resolution", "letter", "memorandum", "agreement",
  "accord", "treaty", "pact", "charter", "protocol",
);

/** Nouns naming a commitment that can be reaffirmed, made or expressed. */
export const COMMITMENT_NOUNS = set(
  "commitment", "commitments", "dedication", "pledge", "pledges", "promise", "promises", "vow", "vows",
  "willingness", "readiness", "resolve", "undertaking", "undertakings", "assurance", "assurances",
  "guarantee", "guarantees", "intention", "intent",
);

/** What one accepts when accepting is agreeing. */
export const ACCEPTABLE_NOUNS = set(
  "proposal", "proposals", "plan", "offer", "contract", "deal", "agreement", "terms", "ceasefire", "cease-fire",
  "truce", "invitation", "mediation", "compromise", "settlement", "resolution", "framework", "roadmap",
  "arrangement", "accord", "treaty", "pact",
);

/** Objects that make "resume", "deepen", "strengthen" ... cooperative. */
export const COOPERATION_NOUNS = set(
  "cooperation", "co-operation", "collaboration", "ties", "relations", "relationship", "partnership",
  "dialogue", "exchanges", "exercises", "drills", "trade", "aid", "assistance", "contacts", "links",
  "friendship", "alliance", "communication", "communications", "consultations", "coordination",
  "patrols", "flights", "talks", "negotiations", "peace", "security", "integration",
);

/** What is resumed or restored as cooperation; talks are consultations, not commitments. */
export const RESUMABLE_NOUNS: ReadonlySet<string> = new Set([...COOPERATION_NOUNS].filter((n) => !["talks", "negotiations", "dialogue", "consultations", "peace", "security"].includes(n)));

/** Things one offers or promises that are not commitments. */
export const NOT_OFFERED = set(
  "condolences", "sympathy", "sympathies", "prayers", "thanks", "congratulations", "resignation",
  "apology", "apologies", "explanation", "explanations", "opinion", "view", "views", "comment",
  "comments", "details", "detail", "insight", "glimpse", "no", "little", "few", "nothing", "evidence",
  "speech", "address", "lecture", "interview", "testimony", "statement", "briefing", "account", "reason",
  "reasons", "presentation", "performance", "birth", "way", "advice", "praise", "criticism",
);

/**
 * Objects a transitive "agree" does not take as the thing agreed (British usage agrees any
 * object: "agreed a ceasefire", "agreed a fee", "agreed personal terms"): a pronoun or a
 * quantity word there starts an opinion ("agree this is wrong", "agree much remains to be done").
 */
export const NOT_AGREED = set(
  "this", "that", "it", "these", "those", "much", "more", "most", "some", "nothing", "everything", "something",
  "all", "everyone", "everybody", "nobody", "none", "what", "which", "who", "him", "her", "them", "me", "us", "you",
);

/**
 * What a passive "agreed" must follow to report an agreement ("a ceasefire was agreed"); a
 * participle after other nouns describes ("a wider than agreed presence", "a pullout agreed by
 * the previous government").
 */
export const AGREEABLE_NOUNS: ReadonlySet<string> = new Set([
  ...DEAL_NOUNS, ...ACCEPTABLE_NOUNS, "timetable", "schedule", "package", "budget", "measures", "steps",
  "text", "date", "swap", "exchange", "statement", "price", "sale", "merger", "terms", "constitution",
  "reform", "reforms", "changes", "amendments", "rules", "guidelines", "conditions", "quotas", "quota",
]);

/** Disputes that are settled by an agreement with the other side ("settled the lawsuit"); not debts or bills. */
export const DISPUTE_NOUNS = set(
  "lawsuit", "lawsuits", "suit", "suits", "claims", "claim", "case", "cases", "dispute", "disputes", "litigation",
  "charges", "allegations", "complaint", "complaints", "differences", "row", "feud", "conflict", "standoff",
);

/** Nouns of negotiations: concluding them on a deal is reaching it ("concluded negotiations on a trade pact"). */
export const NEGOTIATION_NOUNS = set("negotiations", "talks", "negotiation");

/**
 * Subjects of a clause after "agreed that ... would" that make it an arrangement ("talks would
 * resume", "the ceasefire would take effect"), besides people and institutions; "growth would
 * slow" is an opinion.
 */
export const ARRANGEMENT_NOUNS: ReadonlySet<string> = new Set([
  ...DEAL_NOUNS, ...COOPERATION_NOUNS, "meeting", "meetings", "summit", "elections", "election", "vote",
  "referendum", "exchange", "swap", "withdrawal", "pullout", "handover", "transfer", "release", "visit",
  "visits", "border", "borders", "crossing", "crossings", "embassy", "embassies", "prisoners", "hostages",
  "troops", "forces", "observers", "monitors", "inspectors", "commission", "committee", "fund", "force",
]);

export const TRIGGER_RULES: readonly TriggerRule[] = [
  {
    id: "agree", lemmas: ["agree"], objects: null, passiveObjects: AGREEABLE_NOUNS, rejectObjects: NOT_AGREED, objectNotSubject: true, thatNeedsModal: true, passive: true, strong: true,
    complements: ["infinitive", "to-noun", "on-noun", "that-clause", "object", "bare"],
    reason: "agree to/on X is a commitment; agree that X is one only with will/would/should (else an opinion)",
  },
  {
    id: "commit", lemmas: ["commit"], objects: null, strong: true,
    complements: ["to-noun"],
    reason: "commit (oneself) to X; a bare object (committed crimes) is not a commitment",
  },
  {
    id: "pledge", lemmas: ["pledge", "promise"], objects: null, rejectObjects: NOT_OFFERED, strong: true,
    complements: ["infinitive", "that-clause", "object"],
    reason: "a pledge or promise of an act or of something (aid, support)",
  },
  {
    id: "vow", lemmas: ["vow", "swear"], objects: COOPERATION_NOUNS, strong: true,
    complements: ["infinitive", "that-clause", "object"],
    reason: "vow to X; hostile complements (retaliate, fight) are rejected as threats",
  },
  {
    id: "undertake", lemmas: ["undertake"], objects: null,
    complements: ["infinitive"],
    reason: "undertake to X (a formal promise); undertake a review is not",
  },
  {
    id: "offer", lemmas: ["offer"], objects: null, rejectObjects: NOT_OFFERED,
    complements: ["infinitive", "object"],
    reason: "an offer to act or of help; offers of condolences or details are not commitments",
  },
  {
    id: "sign-deal", lemmas: ["sign", "ink", "seal", "clinch", "conclude", "finalize", "finalise", "ratify", "initial", "strike", "reach", "forge", "renew", "extend", "broker"],
    objects: DEAL_NOUNS, passive: true, strong: true,
    complements: ["object"],
    reason: "signing, reaching or ratifying an agreement-like object; signed a letter is not an agreement",
  },
  {
    id: "approve-deal", lemmas: ["approve"], objects: DEAL_NOUNS,
    complements: ["object"],
    reason: "a council, parliament or board that approves an agreement with another party commits to it; approving a law or a budget is not an agreement, and endorsing one is support, not a party's commitment",
  },
  {
    id: "settle", lemmas: ["settle"], objects: DISPUTE_NOUNS,
    complements: ["object"],
    reason: "settling a lawsuit, claims or a dispute is agreeing with the other side; settling a bill is paying it",
  },
  {
    id: "conclude-talks", lemmas: ["conclude", "complete", "finalize", "finalise"], objects: DEAL_NOUNS, throughTalks: true,
    complements: ["object"],
    reason: "concluding negotiations on a deal is reaching it; concluding talks alone is not",
  },
  {
    id: "hammer-out", lemmas: ["hammer", "work"], particle: "out", objects: DEAL_NOUNS, passive: true,
    complements: ["object"],
    reason: "hammer out / work out a deal",
  },
  {
    id: "reaffirm-commitment", lemmas: ["reaffirm", "reiterate", "affirm", "restate", "confirm", "express", "underline", "underscore", "make", "give", "renew"],
    objects: COMMITMENT_NOUNS,
    complements: ["object"],
    reason: "reaffirming, making or giving a commitment, pledge or assurance",
  },
  {
    id: "receive-assurance", lemmas: ["receive", "obtain", "secure", "win", "get"], objects: COMMITMENT_NOUNS, giverAfterFrom: true,
    complements: ["object"],
    reason: "receiving assurances from X: X committed, to the subject",
  },
  {
    id: "accept", lemmas: ["accept"], objects: ACCEPTABLE_NOUNS,
    complements: ["object"],
    reason: "accepting a proposal, plan or ceasefire is agreeing to it",
  },
  {
    id: "resume-cooperation", lemmas: ["resume", "restore"], objects: RESUMABLE_NOUNS,
    complements: ["object"],
    reason: "resuming cooperation, ties or exercises is a cooperative commitment",
  },
];

// ---------------------------------------------------------------------------------------------
// Predicates and governors around a trigger.

/** be + adjective + to: "is willing to withdraw" (intent), "is committed to opening" (concluded). */
export const PREDICATIVE = new Map<string, "intent" | "concluded">([
  ["willing", "intent"], ["ready", "intent"], ["prepared", "intent"], ["committed", "concluded"],
  ["keen", "intent"], ["eager", "intent"],
]);

/** Verbs and adjectives before "to" that make what follows expected, not done. */
export const EXPECT_GOVERNORS = set(
  "expected", "set", "due", "scheduled", "slated", "poised", "likely", "close", "about", "on-course", "on-track",
);

/** Verbs of expecting before someone and "to": "Officials expect the two countries to join" is expected of them. */
export const EXPECT_FRAMES = set("expect", "expects", "expected", "expecting", "anticipate", "anticipates", "anticipated", "predict", "predicts", "predicted");

/** Verbs before "to" or a clause that only hope or weigh: no commitment ("hopes to reach a deal"). */
export const HEDGE_GOVERNORS = set(
  "hope", "hopes", "hoped", "hoping", "pray", "prays", "prayed", "dream", "dreams",
);

/** Verbs before a clause that the writer does not vouch for ("falsely claimed that Kyiv agreed"). */
export const CLAIM_FRAMES = set(
  "claim", "claims", "claimed", "claiming", "allege", "alleges", "alleged", "alleging", "rumoured", "rumored",
  "purported", "insinuated", "reports", "rumours", "rumors", "allegations", "speculation", "suggestions",
  "assertion", "assertions", "accusations", "denied", "denies", "deny", "denying", "dismissed", "rejected",
);

/** Verbs before "to" that state a plan or a wish: intent. */
export const INTENT_GOVERNORS = set(
  "plan", "plans", "planned", "planning", "intend", "intends", "intended", "intending", "want", "wants",
  "wanted", "seek", "seeks", "sought", "seeking", "aim", "aims", "aimed", "aiming", "going", "like",
  "wish", "wishes", "wished", "decided", "decide", "decides", "resolved",
);

/** Intent governors that only wish: they commit only to acts that reach out to a partner. */
export const WISH_GOVERNORS = set("want", "wants", "wanted", "seek", "seeks", "sought", "seeking", "aim", "aims", "aimed", "aiming", "wish", "wishes", "wished", "like");

/** Acts that involve a partner: wanting them is an offer ("wants to help Israel"). */
export const PARTNERSHIP_VERBS = set(
  "help", "assist", "support", "back", "cooperate", "collaborate", "mediate", "meet", "negotiate", "talk",
  "deepen", "strengthen", "expand", "enhance", "boost", "improve", "advance", "promote", "foster", "bolster",
  "broaden", "build", "mend", "normalize", "normalise", "restore", "resume", "establish", "sign", "ratify",
);

/** Verbs before "to" that report a decision taken: "workers voted to accept the contract". */
export const DECIDING_GOVERNORS = set("voted", "votes", "vote", "opted", "opts", "chose", "chooses", "elected");

/** Verbs before "to" that say the commitment did not happen. */
export const NEGATING_GOVERNORS = set(
  "fail", "fails", "failed", "failing", "refuse", "refuses", "refused", "refusing", "decline", "declines",
  "declined", "declining", "reluctant", "unwilling", "unable", "hesitate", "hesitated", "yet",
);

/** Modals of the trigger's own verb group, and what they make of it. */
export const MODALS = new Map<string, "intent" | "obligation" | "hedge">([
  ["will", "intent"], ["would", "intent"], ["shall", "intent"],
  ["must", "obligation"], ["should", "obligation"], ["ought", "obligation"], ["need", "obligation"],
  ["needs", "obligation"], ["needed", "obligation"],
  ["may", "hedge"], ["might", "hedge"], ["could", "hedge"], ["can", "hedge"],
]);

/** Adverbs that make the commitment a possibility ("Perhaps the rivals will agree") or a likelihood. */
export const HEDGE_ADVERBS = set("perhaps", "maybe", "possibly", "conceivably", "potentially");
export const LIKELY_ADVERBS = set("likely", "probably", "presumably");

/** Negation words in a verb group. */
export const NEGATIONS = set("not", "never", "no", "neither", "nor", "n't");

/** Words that open a clause in which a trigger is only a hypothesis. */
export const CONDITIONALS = set("if", "unless", "whether", "provided", "providing", "lest", "when", "whenever");

/** After an intent, "unless" turns an offer into a threat ("will withdraw unless ..."). */
export const THREAT_CONDITION = "unless";

/** Speech verbs: a clause after them is reported, and their subject is the speaker. */
export const SPEECH_VERBS = set(
  "said", "says", "say", "saying", "announced", "announces", "announce", "told", "tells", "stated", "states",
  "declared", "declares", "added", "adds", "insisted", "insists", "confirmed", "confirms", "indicated",
  "indicates", "reported", "reports", "claimed", "claims", "noted", "notes", "explained", "explains",
  "warned", "warns", "stressed", "stresses", "revealed", "reveals", "wrote", "writes", "replied",
  "acknowledged", "admitted", "emphasized", "emphasised", "predicted", "believes", "believed", "hoped",
  "quoted", "according",
);

// ---------------------------------------------------------------------------------------------
// Complements: hostile acts are threats, cooperative acts after "will" are intents.

/** Verbs whose promise is a threat, not an agreement ("vowed to retaliate"). */
export const HOSTILE_VERBS = set(
  "retaliate", "attack", "fight", "kill", "destroy", "crush", "punish", "avenge", "bomb", "invade", "eliminate",
  "annihilate", "defeat", "resist", "oppose", "boycott", "blockade", "veto", "reject", "expel", "deport",
  "ban", "sanction", "seize", "overthrow", "topple", "wage", "sue", "arrest", "execute", "hunt", "target",
  "confront", "shoot", "shell", "storm", "raid", "escalate", "sever", "retake", "hit", "strike", "respond",
  "revenge", "wipe", "obliterate", "exterminate", "torture", "imprison", "jail", "detain", "burn",
  "besiege", "sabotage", "derail", "disagree", "differ", "dispute", "challenge", "protest", "condemn",
  "denounce", "blow", "impose", "block", "obstruct", "thwart", "scuttle", "torpedo", "undermine",
);

/**
 * Verbs that undo something: with a hostile object they are concessions ("lift sanctions", "end
 * the blockade"), with a cooperative one they are hostile ("suspend aid", "halt cooperation").
 */
export const RELIEVING_VERBS = set(
  "lift", "ease", "end", "halt", "stop", "cease", "suspend", "remove", "reduce", "lower", "drop", "scrap",
  "withdraw", "abandon", "renounce", "avoid", "prevent", "refrain", "limit", "curb", "freeze", "waive",
  "relax", "loosen", "pause", "forgo", "forego", "forswear", "abolish", "de-escalate", "defuse",
);

/** Coercive measures a side imposes and may drop: dropping one alone is yielding, not agreeing. */
export const COERCIVE_MEASURES = set(
  "sanctions", "embargo", "embargoes", "blockade", "blockades", "ban", "bans", "curfew", "restrictions",
  "tariffs", "boycott", "siege",
);

/** Verbs of handing over: with weapons as object they report military aid, not an agreement. */
export const SUPPLYING_VERBS = set("supply", "provide", "give", "send", "deliver", "sell", "lend");

/** Verbs that, with weapons as object, disarm ("destroy its chemical weapons"). */
export const DISARMING_VERBS = set("destroy", "dismantle", "scrap", "decommission", "surrender", "eliminate", "give", "hand", "dispose", "remove", "reduce", "cut");
export const WEAPON_NOUNS = set(
  "weapons", "weapon", "arsenal", "arsenals", "stockpile", "stockpiles", "missiles", "warheads", "arms",
  "mines", "landmines", "munitions", "centrifuges", "enrichment", "reactor", "uranium", "plutonium",
);

/** Verbs that, against a common ill, are cooperation ("fight illegal migration together"). */
export const COMBATING_VERBS = set("fight", "combat", "tackle", "counter", "battle", "eradicate", "eliminate", "crack", "stamp", "curb");
export const SCOURGE_NOUNS = set(
  "corruption", "terrorism", "terror", "terrorists", "crime", "crimes", "migration", "smuggling", "smugglers",
  "trafficking", "traffickers", "poverty", "disease", "diseases", "climate", "change", "pandemic",
  "epidemic", "drugs", "narcotics", "piracy", "pirates", "extremism", "radicalisation", "radicalization",
  "fraud", "laundering", "inflation", "hunger", "famine", "malaria", "polio", "aids", "hiv", "tuberculosis",
  "cholera", "ebola", "covid-19", "virus", "wildfires", "fires", "pollution", "deforestation",
  "desertification", "cybercrime", "misinformation", "disinformation", "evasion", "illegal", "illicit",
);

/** Verbs whose object, when it is the subject's own or its sovereignty, makes a threat ("defend its territory"). */
export const GUARDING_VERBS = set("defend", "protect", "safeguard", "guard", "preserve", "uphold");
export const SOVEREIGNTY_NOUNS = set(
  "sovereignty", "territory", "territories", "claims", "claim", "interests", "interest", "borders", "border", "control",
  "homeland", "independence", "integrity", "rights", "honour", "honor", "dignity", "position", "positions",
);

/** Verbs that, with sovereignty as object, announce taking it back ("restore its territorial integrity"). */
export const RECLAIMING_VERBS = set("restore", "reclaim", "regain", "recapture", "reassert", "recover", "liberate");

/** Words after an act that make it a threat ("restore its territory by force"). */
export const HOSTILE_MANNER = set("force", "militarily", "arms");

/** Words before a promised noun that make it a threat ("a crushing response", "resolute countermeasures"). */
export const HOSTILE_MODIFIERS = set(
  "crushing", "harsh", "resolute", "devastating", "punishing", "forceful", "merciless", "severe", "painful",
  "fierce", "ruthless", "retaliatory", "punitive",
);

/** Nouns whose promise is a threat ("vowed revenge", "promised war"). */
export const HOSTILE_NOUNS = set(
  "revenge", "retaliation", "retribution", "war", "attack", "attacks", "fighting", "shelling", "strikes",
  "offensive", "hostilities", "sanctions", "violence", "jihad", "boycott", "blockade", "insurgency",
  "resistance", "punishment", "reprisals", "bombing", "bombings", "airstrikes", "invasion", "arsenal",
  "armament", "armaments", "deterrent", "deterrence", "protests", "demonstrations", "struggle", "strike",
  "war", "assault", "crackdown", "confrontation", "countermeasures", "counter-measures", "consequences",
  "reprisal", "vengeance",
);

/** Verbs like "continue", "resume": the verb after them decides ("continue fighting", "continue aid"). */
export const ASPECTUAL_VERBS = set("continue", "keep", "resume", "intensify", "step", "start", "begin", "carry");

/**
 * Acts that, announced with will/would or wanted, commit the subject to cooperate ("Finland will
 * give Tanzania a grant"). A value names the objects the verb needs to be cooperative (null: any
 * object, or none); "reported" verbs count only when said ("said they would meet") or when done
 * for a cooperative purpose ("will visit X to mediate").
 */
export const COOPERATIVE_VERBS = new Map<string, ReadonlySet<string> | null | "reported">([
  ["give", null], ["provide", null], ["supply", null], ["grant", null], ["donate", null], ["contribute", null], ["offer", null],
  ["send", null], ["deliver", null], ["lend", null], ["allow", null], ["permit", null], ["evacuate", null],
  ["hand", null], ["return", set("land", "lands", "territory", "territories", "islands", "island", "refugees", "prisoners", "remains", "property", "assets", "hostages", "detainees", "bodies", "artefacts", "artifacts", "land", "control", "sovereignty")], ["cede", null], ["support", null], ["back", null], ["help", null],
  ["assist", null], ["aid", null], ["cooperate", null], ["collaborate", null], ["join", null],
  ["mediate", null], ["host", set("talks", "summit", "conference", "meeting", "negotiations", "refugees", "delegation", "forum", "round", "dialogue", "peace")], ["fund", null], ["finance", null], ["invest", null], ["pay", set("compensation", "reparations", "damages", "debt", "debts", "arrears", "salaries", "wages", "dues", "contributions", "fees", "costs", "money", "funds", "share", "pensions", "ransom", "tribute")],
  ["compensate", null], ["extend", null], ["renew", null], ["accept", null], ["respect", null],
  ["honor", null], ["honour", null], ["abide", null], ["implement", null], ["comply", null],
  ["facilitate", null], ["guarantee", null], ["forgive", null], ["waive", null], ["recognize", null],
  ["recognise", null], ["democratize", null], ["democratise", null],
  ["release", set(
    "prisoners", "prisoner", "detainees", "detainee", "hostages", "hostage", "captives", "captive", "inmates",
    "nationals", "citizens", "soldiers", "activists", "journalists", "members", "people", "men", "women",
    "children", "crew", "sailors", "fishermen", "students", "dissidents", "funds", "money", "aid", "assets",
    "payment", "tranche", "loan", "civilians", "refugees", "migrants", "hostage", "opposition", "water",
  )],
  ["free", set(
    "prisoners", "prisoner", "detainees", "detainee", "hostages", "hostage", "captives", "inmates", "nationals",
    "citizens", "soldiers", "activists", "journalists", "members", "people", "men", "women", "children",
    "crew", "sailors", "fishermen", "students", "dissidents", "civilians", "funds", "assets",
  )],
  ["lift", set("sanctions", "ban", "embargo", "restrictions", "blockade", "curfew", "siege", "controls", "tariffs", "moratorium", "veto")],
  ["ease", set("sanctions", "ban", "embargo", "restrictions", "blockade", "curfew", "siege", "controls", "tariffs", "tensions")],
  ["open", set("border", "borders", "crossing", "crossings", "embassy", "consulate", "airspace", "ports", "port", "market", "markets", "talks", "dialogue", "negotiations", "office", "offices", "corridor", "corridors")],
  ["reopen", set("border", "borders", "crossing", "crossings", "embassy", "consulate", "airspace", "ports", "port", "market", "markets", "talks", "dialogue", "negotiations", "office", "offices", "corridor", "corridors")],
  ["re-open", set("border", "borders", "crossing", "crossings", "embassy", "consulate", "airspace", "ports", "port", "market", "markets", "talks", "dialogue", "negotiations", "office", "offices", "corridor", "corridors")],
  ["sign", DEAL_NOUNS], ["ratify", DEAL_NOUNS],
  ["resume", RESUMABLE_NOUNS], ["restore", RESUMABLE_NOUNS], ["normalize", COOPERATION_NOUNS],
  ["normalise", COOPERATION_NOUNS], ["establish", COOPERATION_NOUNS], ["boost", COOPERATION_NOUNS],
  ["deepen", new Set([...COOPERATION_NOUNS, "partnership"])], ["strengthen", COOPERATION_NOUNS],
  ["expand", COOPERATION_NOUNS], ["enhance", COOPERATION_NOUNS], ["promote", COOPERATION_NOUNS],
  ["improve", COOPERATION_NOUNS], ["advance", COOPERATION_NOUNS], ["upgrade", COOPERATION_NOUNS],
  ["foster", COOPERATION_NOUNS], ["bolster", COOPERATION_NOUNS], ["broaden", COOPERATION_NOUNS],
  ["build", COOPERATION_NOUNS], ["mend", COOPERATION_NOUNS], ["share", set("information", "intelligence", "data", "technology", "expertise", "experience", "knowledge", "work", "costs", "cost", "burden", "revenue", "revenues", "profits", "proceeds", "risks", "resources")],
  ["exchange", set("information", "intelligence", "prisoners", "ambassadors", "data", "views", "visits")],
  ["meet", "reported"], ["visit", "reported"], ["negotiate", "reported"], ["talk", "reported"],
  ["hold", set("exercises", "drills", "manoeuvres", "maneuvers", "patrols", "talks", "consultations", "negotiations", "summit", "meeting", "dialogue")],
]);

/** Cooperative verbs with an object constraint that also count only when said ("will hold joint exercises, the Pentagon said"). */
export const SAID_ONLY = set("hold");

/** Acts whose renunciation is a commitment: "would not block Sweden's membership". */
export const OBSTRUCTIVE_VERBS = set("block", "veto", "oppose", "obstruct", "attack", "invade", "hinder", "impede", "stand");

/** Words that, as the head of a subject, name someone able to commit (for will-intents). */
export const ACTOR_NOUNS = set(
  "government", "governments", "officials", "official", "authorities", "ministry", "ministries", "minister",
  "ministers", "leader", "leaders", "president", "presidents", "premier", "chancellor", "cabinet",
  "parliament", "lawmakers", "legislators", "delegation", "delegations", "negotiators", "diplomats",
  "envoy", "envoys", "administration", "regime", "army", "military", "navy", "forces", "troops", "rebels",
  "insurgents", "militants", "faction", "factions", "powers", "signatories", "group", "groups", "party", "parties", "union", "unions", "company",
  "companies", "firm", "firms", "bank", "banks", "council", "committee", "commission", "agency",
  "organization", "organisation", "coalition", "alliance", "side", "sides", "countries", "country",
  "nations", "nation", "state", "states", "donors", "allies", "partners", "secretary", "spokesman",
  "spokeswoman", "king", "queen", "prince", "emir", "sheikh", "mayor", "governor", "court", "board",
  "people", "residents", "demonstrators", "protesters", "activists", "workers", "farmers", "doctors",
  "teachers", "students", "employees", "members", "delegates", "representatives", "mediators", "observers",
  "monitors", "soldiers", "police", "fighters", "militia", "militias", "tribes", "clans", "creditors",
  "investors", "lenders", "bloc", "federation", "movement", "ministries", "embassy", "navy", "airline",
  "airlines", "operator", "operators", "insurers", "producers", "manufacturers", "owners", "buyers", "sellers",
  "chief", "chiefs", "head", "heads", "commanders", "generals", "prosecutors", "judges", "regulators",
  "opposition", "junta", "leadership", "presidency", "kingdom", "republic", "lawmaker", "senate", "congress",
  "town", "towns", "city", "cities", "port", "ports", "municipality", "municipalities", "village", "villages",
  "region", "regions", "province", "provinces", "county", "counties", "councils",
);

/** People whose agreement is an opinion: they comment, they do not commit. */
export const COMMENTATORS = set(
  "analyst", "analysts", "economist", "economists", "expert", "experts", "observer", "observers",
  "commentator", "commentators", "critic", "critics", "scientist", "scientists", "researcher", "researchers",
  "historian", "historians", "pundit", "pundits", "pollster", "pollsters", "scholar", "scholars", "academics",
  "voters", "respondents", "everyone", "everybody", "nobody", "most", "many",
);

/** Role nouns after a nationality word that make it stand for the state ("Hungarian officials"). */
export const STATE_ROLES = set(
  "official", "officials", "minister", "ministers", "government", "governments", "authorities", "leader",
  "leaders", "president", "premier", "prime", "foreign", "defense", "defence", "delegation", "delegations",
  "negotiator", "negotiators", "diplomat", "diplomats", "side", "sides", "envoy", "envoys", "counterpart",
  "counterparts", "administration", "regime", "ministry", "cabinet", "parliament", "lawmakers",
  "legislators", "military", "army", "navy", "forces", "troops", "chiefs", "chief", "state", "embassy",
  "secretary", "chancellor", "king", "queen", "emir", "ambassador", "spokesman", "spokeswoman",
  "authority", "representatives", "representative", "team", "counterparts", "guard", "guards", "coastguard",
  "coastguards", "police", "navies", "armies", "agency", "agencies", "regulators", "ministries", "governments",
);

/** Words of a title before a name ("Defense Minister Shinjiro Koizumi"), not part of the name. */
export const TITLE_WORDS = set(
  "president", "minister", "secretary", "prime", "foreign", "defense", "defence", "finance", "trade",
  "interior", "leader", "chancellor", "king", "queen", "sheikh", "emir", "general", "gen", "mr", "mrs",
  "ms", "dr", "senator", "sen", "rep", "governor", "mayor", "vice", "deputy", "chief", "commander",
  "ambassador", "envoy", "secretary-general", "pope", "prince", "crown", "premier", "chairman",
  "chairwoman", "spokesman", "spokeswoman", "state", "affairs", "of", "the", "and", "for", "high",
  "representative", "senior", "top", "acting", "former", "colonel", "col", "lieutenant", "admiral",
  "justice", "economy", "energy", "planning", "investment", "counterpart", "his", "her", "their", "its",
  "director", "head", "executive", "ceo",
);

/** Pronouns that refer back to someone already named. */
export const PRONOUNS = new Map<string, "plural" | "person" | "thing">([
  ["they", "plural"], ["we", "plural"], ["he", "person"], ["she", "person"], ["it", "thing"],
]);

/** Definite descriptions that refer back: "the two sides", "both countries", "the ministers". */
export const ANAPHORIC_HEADS = new Map<string, "person" | "place" | "organization" | "any">([
  ["sides", "any"], ["parties", "any"], ["delegations", "any"], ["two", "any"], ["pair", "any"], ["both", "any"],
  ["duo", "any"], ["trio", "any"], ["partners", "any"], ["allies", "any"], ["neighbors", "place"], ["neighbours", "place"],
  ["countries", "place"], ["nations", "place"], ["states", "place"], ["governments", "place"],
  ["ministers", "person"], ["leaders", "person"], ["men", "person"], ["women", "person"], ["presidents", "person"],
  ["premiers", "person"], ["officials", "any"], ["counterparts", "person"], ["heads", "person"],
  ["companies", "organization"], ["firms", "organization"], ["groups", "organization"], ["carmakers", "organization"],
  ["automakers", "organization"], ["banks", "organization"], ["lenders", "organization"], ["airlines", "organization"],
  ["carriers", "organization"], ["insurers", "organization"], ["rivals", "any"], ["giants", "organization"],
  ["manufacturers", "organization"], ["producers", "organization"], ["retailers", "organization"], ["chipmakers", "organization"],
  ["operators", "organization"], ["miners", "organization"], ["unions", "organization"],
  ["minister", "person"], ["president", "person"], ["premier", "person"], ["leader", "person"],
  ["chancellor", "person"], ["company", "organization"], ["firm", "organization"], ["group", "organization"],
  ["organization", "organization"], ["organisation", "organization"], ["alliance", "organization"],
  ["towns", "place"], ["cities", "place"], ["ports", "place"], ["provinces", "place"], ["regions", "place"],
  ["airline", "organization"], ["carrier", "organization"], ["bank", "organization"], ["lender", "organization"],
  ["insurer", "organization"], ["carmaker", "organization"], ["automaker", "organization"], ["retailer", "organization"],
  ["manufacturer", "organization"], ["chipmaker", "organization"], ["broadcaster", "organization"], ["club", "organization"],
  ["bloc", "organization"], ["country", "place"], ["nation", "place"], ["kingdom", "place"], ["republic", "place"],
]);

/** Words that open an attribution or a side clause that ends an action (", officials said"). */
export const CLAUSE_OPENERS = set(
  "which", "who", "whom", "whose", "where", "while", "whereas", "but", "although", "though", "despite",
  "saying", "adding", "according", "after", "before", "because", "since", "as", "amid", "even", "when",
  "unless", "if", "following", "in", "officials", "sources",
);

/** Nouns of a meeting: a place after "meeting at X" or "talks in X" is where the agreement was made. */
export const MEETING_NOUNS = set(
  "meeting", "meetings", "talks", "summit", "conference", "session", "ceremony", "visit", "negotiations",
  "gathering", "forum", "dialogue", "consultations",
);

/** Words that make a sentence the main event's: its date and place are the article's. */
export const EVENT_WORDS = set(
  "met", "meet", "meets", "meeting", "talks", "summit", "held", "hold", "holds", "visit", "visited",
  "conference", "session", "ceremony", "negotiations", "signed", "signing",
);

export const LOCATIVE_PREPOSITIONS = set("in", "at", "near", "outside", "inside");
