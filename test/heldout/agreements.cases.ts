// A held-out set for agreements: invented news sentences and short articles, written with their
// expected labels before the extractor was run on them, to measure the rules on text they were
// not fitted to. Each case says what agreements[] must list by default (negated ones are not
// listed) and, for refusals, whether --include-negated must list a negated entry.

export type Status = "concluded" | "intent" | "expected";

export interface Expected {
  /** The accepted statuses of the entry. */
  readonly status: Status | readonly Status[];
  /** The parties, in any order; alternatives as a list of lists. Not checked when absent. */
  readonly parties?: readonly string[] | readonly (readonly string[])[];
  /** Parties that may be listed besides the expected ones (a recipient, a mediator). */
  readonly allow?: readonly string[];
  /** The ISO date of the agreement, or null when the text gives none. Not checked when absent. */
  readonly date?: string | null;
  /** The canonical place of the agreement. Not checked when absent. */
  readonly place?: string | null;
}

export type Kind =
  | "concluded" | "passive" | "coordination" | "coreference" | "relative" | "headline" | "intent" | "expected"
  | "negated" | "failure" | "hedge" | "condition" | "question" | "threat" | "opinion" | "disagree" | "denial"
  | "claim" | "background" | "proposal";

export interface SentenceCase {
  readonly kind: Kind;
  readonly text: string;
  /** The agreements listed by default; empty when the text reports none. */
  readonly expect: readonly Expected[];
  /** With --include-negated a negated entry must be listed (with these parties when given). */
  readonly negated?: true | readonly string[];
}

export interface ArticleSentence {
  /** A piece of the sentence that identifies it. */
  readonly in: string;
  readonly expect: readonly Expected[];
}

export interface ArticleCase {
  readonly title: string;
  readonly text: string;
  /** Sentences with agreements; every other sentence must have none. */
  readonly sentences: readonly ArticleSentence[];
}

const c = (status: Status | readonly Status[], parties?: readonly string[] | readonly (readonly string[])[], allow?: readonly string[]): Expected =>
  ({ status, ...(parties ? { parties } : {}), ...(allow ? { allow } : {}) });

/** An expectation that also says when and where (the reference date is Sunday 2026-02-01). */
const at = (x: Expected, date: string | null, place?: string | null): Expected => ({ ...x, date, ...(place !== undefined ? { place } : {}) });

export const SENTENCES: readonly SentenceCase[] = [
  // concluded agreements, with many nouns and verbs
  { kind: "concluded", text: "Japan and India signed a civil nuclear accord on Tuesday.", expect: [c("concluded", ["Japan", "India"])] },
  { kind: "concluded", text: "Kenya and Ethiopia have signed a memorandum of understanding on cross-border trade.", expect: [c("concluded", ["Kenya", "Ethiopia"])] },
  { kind: "concluded", text: "Armenia and Azerbaijan agreed to a ceasefire late on Sunday after three days of clashes.", expect: [c("concluded", ["Armenia", "Azerbaijan"])] },
  { kind: "concluded", text: "The government and the rebels agreed to a 30-day truce starting at midnight.", expect: [c("concluded")] },
  { kind: "concluded", text: "Chile and Peru reached a settlement over their maritime border.", expect: [c("concluded", ["Chile", "Peru"])] },
  { kind: "concluded", text: "Negotiators from Colombia and the FARC reached a consensus on land reform.", expect: [c("concluded", ["Colombia", "FARC"])] },
  { kind: "concluded", text: "Greece and North Macedonia ratified a treaty ending their decades-old dispute over the name.", expect: [c("concluded", ["Greece", "North Macedonia"])] },
  { kind: "concluded", text: "Airbus and Rolls-Royce struck a deal to develop a new engine.", expect: [c("concluded", ["Airbus", "Rolls-Royce"])] },
  { kind: "concluded", text: "Brazil and Argentina issued a joint statement pledging to deepen cooperation on energy.", expect: [c("concluded", ["Brazil", "Argentina"])] },
  { kind: "concluded", text: "Vietnam and the Philippines agreed on a framework for joint patrols in the South China Sea.", expect: [c("concluded", ["Vietnam", "Philippines"])] },
  { kind: "concluded", text: "Officials from Egypt, Sudan and Ethiopia agreed on a roadmap for talks on the dam.", expect: [c("concluded", ["Egypt", "Sudan", "Ethiopia"])] },
  { kind: "concluded", text: "Indonesia and Australia concluded a free trade pact after nine years of negotiation.", expect: [c("concluded", ["Indonesia", "Australia"])] },
  { kind: "concluded", text: "Microsoft inked a ten-year cloud agreement with the Pentagon.", expect: [c("concluded", ["Microsoft", "Pentagon"])] },
  { kind: "concluded", text: "Ukraine and Poland sealed an agreement on grain transit.", expect: [c("concluded", ["Ukraine", "Poland"])] },
  { kind: "concluded", text: "Serbian and Kosovar negotiators initialed a deal on licence plates in Brussels.", expect: [c("concluded", ["Serbia", "Kosovo"])] },
  { kind: "concluded", text: "The European Union and Mexico finalised an updated trade agreement.", expect: [c("concluded", ["European Union", "Mexico"])] },
  { kind: "concluded", text: "Moscow and Kyiv agreed a prisoner swap through Turkish mediation.", expect: [c("concluded", ["Moscow", "Kyiv"])] },
  { kind: "concluded", text: "Ghana committed to cutting methane emissions by 30 percent.", expect: [c("concluded", ["Ghana"])] },
  { kind: "concluded", text: "Germany pledged 500 million euros to the global vaccine fund.", expect: [c("concluded", ["Germany"])] },
  { kind: "concluded", text: "Canada promised to resettle 20,000 refugees from the region.", expect: [c("concluded", ["Canada"])] },
  { kind: "concluded", text: "Toyota and Panasonic agreed to form a joint venture for electric vehicle batteries.", expect: [c("concluded", ["Toyota", "Panasonic"])] },
  { kind: "concluded", text: "The World Bank promised that it would double its lending to Africa.", expect: [c("concluded", ["World Bank"])] },
  { kind: "concluded", text: "Pakistan offered to mediate between Iran and Saudi Arabia.", expect: [c("concluded", ["Pakistan"])] },
  { kind: "concluded", text: "Italy and Libya renewed their migration pact for three more years.", expect: [c("concluded", ["Italy", "Libya"])] },
  { kind: "concluded", text: "Qatar brokered a truce between Israel and Hamas.", expect: [c("concluded", ["Israel", "Hamas"], ["Qatar"])] },
  { kind: "concluded", text: "South Korea and Japan reaffirmed their commitment to trilateral security cooperation with the United States.", expect: [c("concluded", ["South Korea", "Japan"], ["United States"])] },
  { kind: "concluded", text: "The leaders of France and Germany agreed to coordinate their defence spending.", expect: [c("concluded", ["France", "Germany"])] },
  { kind: "concluded", text: "Nigeria's President Bola Tinubu and Ghana's President John Mahama agreed to build a coastal highway.", expect: [c("concluded", ["Bola Tinubu", "John Mahama"])] },
  { kind: "concluded", text: "In a joint statement, Thailand and Malaysia pledged to jointly patrol their border.", expect: [c("concluded", ["Thailand", "Malaysia"])] },
  { kind: "concluded", text: "The foreign ministers of Brazil and South Africa agreed on Tuesday to set up a joint commission.", expect: [c("concluded", ["Brazil", "South Africa"])] },
  { kind: "concluded", text: "Taliban and Pakistani officials agreed in Doha to a ceasefire along the border.", expect: [c("concluded", ["Taliban", "Pakistan"])] },
  { kind: "concluded", text: "After two days of talks in Geneva, the United States and Russia agreed to extend the New START treaty.", expect: [c("concluded", ["United States", "Russia"])] },
  { kind: "concluded", text: "Spain's Repsol signed a supply contract with Algeria's Sonatrach.", expect: [c("concluded", ["Repsol", "Sonatrach"])] },
  { kind: "concluded", text: "Apple has agreed to pay 500 million dollars to settle the lawsuit.", expect: [c("concluded", ["Apple"])] },
  { kind: "concluded", text: "The European Commission and Microsoft reached a settlement over the browser case.", expect: [c("concluded", ["European Commission", "Microsoft"])] },
  { kind: "concluded", text: "Cuba and the United States restored diplomatic relations.", expect: [c("concluded", ["Cuba", "United States"])] },
  { kind: "concluded", text: "Turkey and Armenia agreed to reopen their shared border.", expect: [c("concluded", ["Turkey", "Armenia"])] },
  { kind: "concluded", text: "Morocco and Israel have agreed to establish direct flights.", expect: [c("concluded", ["Morocco", "Israel"])] },
  { kind: "concluded", text: "Argentina agreed with the IMF on a new loan programme.", expect: [c("concluded", ["Argentina", "IMF"])] },
  { kind: "concluded", text: "Bolivia and Paraguay signed an agreement on Monday to build a gas pipeline, their foreign ministries said.", expect: [c("concluded", ["Bolivia", "Paraguay"])] },
  { kind: "concluded", text: "The Netherlands promised Ukraine another 24 F-16 fighter jets.", expect: [c("concluded", ["Netherlands"], ["Ukraine"])] },
  { kind: "concluded", text: "Chad and Sudan have agreed to deploy a joint force along their border.", expect: [c("concluded", ["Chad", "Sudan"])] },
  { kind: "concluded", text: "Vietnamese and Chinese coast guards agreed to set up a hotline.", expect: [c("concluded", ["Vietnam", "China"])] },
  { kind: "concluded", text: "The prime minister vowed to keep working with Washington on security.", expect: [c("concluded")] },
  { kind: "concluded", text: "Uganda and Tanzania agreed to build the pipeline and pledged to share its revenue.", expect: [c("concluded", ["Uganda", "Tanzania"]), c("concluded", ["Uganda", "Tanzania"])] },

  // passives
  { kind: "passive", text: "A ceasefire agreement was signed by Ethiopia and the TPLF in Pretoria.", expect: [c("concluded", ["Ethiopia", "TPLF"])] },
  { kind: "passive", text: "The accord was signed on Friday by the foreign ministers of Rwanda and Burundi.", expect: [c("concluded", ["Rwanda", "Burundi"])] },
  { kind: "passive", text: "A memorandum of understanding on tourism was signed between Thailand and Cambodia.", expect: [c("concluded", ["Thailand", "Cambodia"])] },
  { kind: "passive", text: "An agreement was reached between the union and management late on Thursday.", expect: [c("concluded")] },
  { kind: "passive", text: "The treaty was ratified by the Senate on Wednesday.", expect: [c("concluded", ["Senate"])] },
  { kind: "passive", text: "A new truce was agreed between Israel and Hezbollah on Tuesday.", expect: [c("concluded", ["Israel", "Hezbollah"])] },
  { kind: "passive", text: "The deal, signed by Shell and Nigeria's state oil firm, runs for ten years.", expect: [c("concluded")] },

  // coordinated subjects
  { kind: "coordination", text: "Prime Minister Narendra Modi and President Joe Biden agreed to expand defence cooperation.", expect: [c("concluded", ["Narendra Modi", "Joe Biden"])] },
  { kind: "coordination", text: "Sweden, Finland and Norway signed a pact to share fighter jets.", expect: [c("concluded", ["Sweden", "Finland", "Norway"])] },
  { kind: "coordination", text: "Colombian President Gustavo Petro and Venezuelan leader Nicolas Maduro agreed to reopen the border.", expect: [c("concluded", ["Gustavo Petro", "Nicolas Maduro"])] },
  { kind: "coordination", text: "The mayors of Lyon and Turin signed an agreement to promote rail links.", expect: [c("concluded", ["Lyon", "Turin"])] },

  // coreference across sentences
  { kind: "coreference", text: "Kenyan President William Ruto met Tanzanian President Samia Suluhu Hassan in Arusha on Monday. The two leaders agreed to remove trade barriers along their shared border.", expect: [c("concluded", ["William Ruto", "Samia Suluhu Hassan"])] },
  { kind: "coreference", text: "Foreign ministers of Spain and Morocco held talks in Rabat. Both governments pledged to fight illegal migration together.", expect: [c("concluded", ["Spain", "Morocco"])] },
  { kind: "coreference", text: "India and Bangladesh held a second round of water talks in Dhaka. They agreed to share data on river levels during the monsoon.", expect: [c("concluded", ["India", "Bangladesh"])] },
  { kind: "coreference", text: "Brazilian President Luiz Inacio Lula da Silva met Argentine President Javier Milei at the summit. The pair agreed to revive a stalled rail project.", expect: [c("concluded", ["Luiz Inacio Lula da Silva", "Javier Milei"])] },
  { kind: "coreference", text: "Representatives of Boeing and the International Association of Machinists met for ten hours on Sunday. The two sides reached a tentative agreement on wages.", expect: [c("concluded", ["Boeing", "International Association of Machinists"])] },
  { kind: "coreference", text: "The defence ministers of Japan and the Philippines met in Manila. They signed a reciprocal access agreement allowing troops to train in each other's territory.", expect: [c("concluded", ["Japan", "Philippines"])] },
  { kind: "coreference", text: "German Chancellor Friedrich Merz spoke with Polish Prime Minister Donald Tusk on Tuesday. He promised that Germany would help rebuild Poland's border defences.", expect: [c("concluded", ["Friedrich Merz"], ["Germany"])] },
  { kind: "coreference", text: "The African Union welcomed the talks. It pledged to send observers to monitor the vote.", expect: [c("concluded", ["African Union"])] },
  { kind: "coreference", text: "Chevron and ExxonMobil executives met in Houston on Monday. The companies will invest 2 billion dollars in a carbon capture project.", expect: [c("intent", ["Chevron", "ExxonMobil"])] },
  { kind: "coreference", text: "British Prime Minister Keir Starmer welcomed Irish Prime Minister Micheal Martin to London on Thursday. Both governments committed to a new partnership on energy.", expect: [c("concluded", [["United Kingdom", "Ireland"], ["Keir Starmer", "Micheal Martin"]])] },
  { kind: "coreference", text: "Egypt and Qatar hosted negotiators from Israel and Hamas in Cairo. The two sides agreed to extend the truce by two days.", expect: [c("concluded", ["Israel", "Hamas"])] },

  // relative clauses
  { kind: "relative", text: "Uganda and Kenya, whose leaders met on Monday, agreed to extend the oil pipeline to Kampala.", expect: [c("concluded", ["Uganda", "Kenya"])] },
  { kind: "relative", text: "Colombia, which signed a peace deal with the rebels in 2016, is now negotiating with a second group.", expect: [] },
  { kind: "relative", text: "The minister who signed the agreement resigned on Friday.", expect: [] },
  { kind: "relative", text: "Norway, which mediated the talks, said Sri Lanka and the rebels had agreed to a ceasefire.", expect: [c("concluded", ["Sri Lanka"], ["Norway", "rebels"])] },

  // headlines
  { kind: "headline", text: "Japan, South Korea agree to resume security talks", expect: [c("concluded", ["Japan", "South Korea"])] },
  { kind: "headline", text: "EU, Mercosur sign landmark trade pact", expect: [c("concluded", [["EU", "Mercosur"], ["European Union", "Mercosur"]])] },
  { kind: "headline", text: "Russia and Ukraine agree prisoner exchange", expect: [c("concluded", ["Russia", "Ukraine"])] },
  { kind: "headline", text: "Kenya to sign defence pact with UK", expect: [c(["intent", "expected"], [["Kenya", "UK"], ["Kenya", "United Kingdom"]])] },
  { kind: "headline", text: "India, Australia ink deal on critical minerals", expect: [c("concluded", ["India", "Australia"])] },
  { kind: "headline", text: "Sudan's warring sides agree to humanitarian truce", expect: [c("concluded")] },

  // intents
  { kind: "intent", text: "France will sign a defence cooperation agreement with India next month.", expect: [c("intent", ["France", "India"])] },
  { kind: "intent", text: "Saudi Arabia and Iran plan to reopen their embassies within two months.", expect: [c("intent", ["Saudi Arabia", "Iran"])] },
  { kind: "intent", text: "Turkey said it will support Finland's bid to join NATO.", expect: [c("intent", ["Turkey"])] },
  { kind: "intent", text: "The Philippines intends to sign a visiting forces agreement with Japan this year.", expect: [c("intent", ["Philippines", "Japan"])] },
  { kind: "intent", text: "Rwanda is ready to sign a peace deal with Congo, its foreign minister said.", expect: [c("intent", ["Rwanda"], ["Congo"])] },
  { kind: "intent", text: "Washington and Hanoi are planning to upgrade their relationship during the visit.", expect: [c("intent", ["Washington", "Hanoi"])] },
  { kind: "intent", text: "Mexico will send 10,000 troops to the border under a deal with the United States.", expect: [c("intent", ["Mexico"], ["United States"])] },
  { kind: "intent", text: "Officials said the United Arab Emirates will invest 30 billion dollars in Egypt's coastal development.", expect: [c("intent", ["United Arab Emirates"])] },
  { kind: "intent", text: "Norway and the European Union are going to sign a green alliance next week.", expect: [c("intent", ["Norway", "European Union"])] },
  { kind: "intent", text: "The Danish government said it would contribute two frigates to the mission.", expect: [c("intent", ["Denmark"])] },

  // expected
  { kind: "expected", text: "Israel and Saudi Arabia are expected to sign a normalisation agreement next year.", expect: [c("expected", ["Israel", "Saudi Arabia"])] },
  { kind: "expected", text: "Leaders of the G7 are expected to agree on a price cap for Russian oil.", expect: [c("expected", ["G7"])] },
  { kind: "expected", text: "The two Koreas are set to sign a military accord on Friday.", expect: [c(["expected", "intent"])] },
  { kind: "expected", text: "Shell and BP confirmed talks on Monday. Both companies are expected to finalise the deal by June.", expect: [c("expected", ["Shell", "BP"])] },
  { kind: "expected", text: "Peru and Ecuador are due to sign the border accord on Monday, officials said.", expect: [c("expected", ["Peru", "Ecuador"])] },
  { kind: "expected", text: "Greece and Egypt are poised to strike a deal on their maritime zones.", expect: [c("expected", ["Greece", "Egypt"])] },

  // refusals: negated, listed only on request
  { kind: "negated", text: "Iran refused to sign the additional protocol.", expect: [], negated: ["Iran"] },
  { kind: "negated", text: "Hungary declined to sign the joint declaration.", expect: [], negated: ["Hungary"] },
  { kind: "negated", text: "Britain did not sign the communique at the end of the summit.", expect: [], negated: ["Britain"] },
  { kind: "negated", text: "Neither side has agreed to the terms.", expect: [], negated: true },
  { kind: "negated", text: "Neither India nor China has signed the agreement.", expect: [], negated: true },
  { kind: "negated", text: "The two sides have yet to agree on a date for elections.", expect: [], negated: true },
  { kind: "negated", text: "Ankara has not committed to buying more jets.", expect: [], negated: ["Ankara"] },
  { kind: "negated", text: "China never ratified the convention.", expect: [], negated: ["China"] },
  { kind: "negated", text: "Greece and Turkey failed to reach agreement on the continental shelf.", expect: [], negated: ["Greece", "Turkey"] },
  { kind: "negated", text: "Israel and Hamas did not agree to extend the truce.", expect: [], negated: ["Israel", "Hamas"] },
  { kind: "negated", text: "The government reneged on its pledge to hold elections.", expect: [] },

  // failures and walk-outs
  { kind: "failure", text: "The talks failed to produce an agreement on fishing quotas.", expect: [] },
  { kind: "failure", text: "Venezuela rejected the proposal outright.", expect: [] },
  { kind: "failure", text: "The union walked away from the deal on Thursday.", expect: [] },
  { kind: "failure", text: "Russia pulled out of the grain agreement in July.", expect: [] },
  { kind: "failure", text: "Kosovo and Serbia broke off talks after the shooting.", expect: [] },
  { kind: "failure", text: "Negotiations on the trade pact stalled over agricultural subsidies.", expect: [] },
  { kind: "failure", text: "Peace talks in Doha collapsed on Friday.", expect: [] },
  { kind: "failure", text: "The president ruled out signing a deal with the rebels.", expect: [] },
  { kind: "failure", text: "Washington withdrew from the climate accord.", expect: [] },
  { kind: "failure", text: "The ceasefire agreement collapsed within hours.", expect: [] },

  // hedges
  { kind: "hedge", text: "India may sign the pact during the prime minister's visit.", expect: [] },
  { kind: "hedge", text: "The two sides could agree on a ceasefire within days, mediators said.", expect: [] },
  { kind: "hedge", text: "Brazil hopes to reach a trade deal with China by the end of the year.", expect: [] },
  { kind: "hedge", text: "Japan is considering joining the agreement.", expect: [] },
  { kind: "hedge", text: "Officials said a deal might be signed as early as Friday.", expect: [] },
  { kind: "hedge", text: "Tehran is weighing an offer to resume talks.", expect: [] },
  { kind: "hedge", text: "Washington is exploring a possible security pact with Riyadh.", expect: [] },
  { kind: "hedge", text: "Analysts say the two countries could strike a deal soon.", expect: [] },
  { kind: "hedge", text: "Germany is reportedly open to signing the accord.", expect: [] },
  { kind: "hedge", text: "Perhaps the rivals will agree to a truce.", expect: [] },
  { kind: "hedge", text: "Diplomats hope the two governments will sign the treaty before the summit.", expect: [] },

  // conditions
  { kind: "condition", text: "If Hamas agrees to the terms, Israel will release 100 prisoners.", expect: [] },
  { kind: "condition", text: "The deal will be signed only if parliament approves it.", expect: [] },
  { kind: "condition", text: "Unless Russia signs the agreement, sanctions will remain in place.", expect: [] },
  { kind: "condition", text: "Should the talks succeed, both countries would sign a peace treaty.", expect: [] },
  { kind: "condition", text: "Kenya would sign the agreement if the EU removed tariffs on flowers.", expect: [] },
  { kind: "condition", text: "Poland would agree to the plan provided that its farmers are compensated.", expect: [] },
  { kind: "condition", text: "The rebels said they would accept a ceasefire if government troops withdrew.", expect: [] },
  { kind: "condition", text: "Were the two sides to sign the pact, trade would double.", expect: [] },
  { kind: "condition", text: "Egypt would sign the treaty if Ethiopia guaranteed water flows.", expect: [] },

  // questions
  { kind: "question", text: "Will Iran and the United States reach a nuclear deal before the deadline?", expect: [] },
  { kind: "question", text: "Did Serbia agree to recognise Kosovo?", expect: [] },
  { kind: "question", text: "Why did the two leaders sign the pact in secret?", expect: [] },

  // threats
  { kind: "threat", text: "Israel vowed to crush Hamas.", expect: [] },
  { kind: "threat", text: "The rebels vowed to punish anyone who cooperates with the army.", expect: [] },
  { kind: "threat", text: "North Korea pledged to retaliate against any attack.", expect: [] },
  { kind: "threat", text: "Iran promised a crushing response to the strike.", expect: [] },
  { kind: "threat", text: "The militia vowed to avenge the killing of its commander.", expect: [] },
  { kind: "threat", text: "Russia threatened to cut gas supplies unless Ukraine paid its debts.", expect: [] },
  { kind: "threat", text: "The president swore to wipe out the insurgents.", expect: [] },
  { kind: "threat", text: "Trump vowed to impose tariffs on Mexican goods.", expect: [] },
  { kind: "threat", text: "Beijing promised to take resolute countermeasures.", expect: [] },
  { kind: "threat", text: "The army pledged to hunt down the attackers.", expect: [] },

  // opinions
  { kind: "opinion", text: "Economists agreed that inflation would fall next year.", expect: [] },
  { kind: "opinion", text: "Most experts agree that the treaty is outdated.", expect: [] },
  { kind: "opinion", text: "The ministers agreed that the situation was serious.", expect: [] },
  { kind: "opinion", text: "Both sides agreed the talks had been constructive.", expect: [] },
  { kind: "opinion", text: "Everyone agrees that peace is needed.", expect: [] },
  { kind: "opinion", text: "Voters agreed with the senator on immigration.", expect: [] },

  // agreeing to disagree
  { kind: "disagree", text: "The two leaders agreed to disagree on Taiwan.", expect: [] },
  { kind: "disagree", text: "Paris and Rome have agreed to differ over the migrant quotas.", expect: [] },

  // denials
  { kind: "denial", text: "The Kremlin denied agreeing to any ceasefire.", expect: [] },
  { kind: "denial", text: "The minister denied that his government had signed a secret deal with Moscow.", expect: [] },
  { kind: "denial", text: "Hezbollah denied it had agreed to disarm.", expect: [] },
  { kind: "denial", text: "Officials dismissed reports that Japan had agreed to buy the missiles.", expect: [] },

  // others' claims
  { kind: "claim", text: "Tehran rejected claims that it had agreed to ship uranium abroad.", expect: [] },
  { kind: "claim", text: "Opposition leaders dismissed the government's assertion that they had agreed to the new constitution.", expect: [] },
  { kind: "claim", text: "Moscow has falsely claimed that Kyiv agreed to cede territory.", expect: [] },

  // background
  { kind: "background", text: "The 2015 nuclear deal was signed by Iran and six world powers.", expect: [] },
  { kind: "background", text: "In 1994, Israel and Jordan signed a peace treaty.", expect: [] },
  { kind: "background", text: "The accord that Israel and Lebanon signed in 2022 set their maritime border.", expect: [] },
  { kind: "background", text: "Both countries had previously agreed to share the river's water.", expect: [] },
];

export const ARTICLES: readonly ArticleCase[] = [
  {
    title: "a fisheries pact with a refusal and a planned meeting",
    text: [
      "Pacific leaders sign fisheries pact",
      "SUVA, Fiji (AP) — Leaders of Fiji, Samoa and Tonga signed a regional fisheries pact on Thursday, promising to share patrol boats and catch data.",
      "The agreement, which took three years to negotiate, sets quotas for tuna fleets operating in the three countries' waters.",
      "Vanuatu declined to sign, saying the quotas were too low. Its foreign minister, Ralph Regenvanu, said the country could join later if the limits were revised.",
      "The three governments will meet again in Apia in June to review the first catch reports.",
    ].join("\n\n"),
    sentences: [
      { in: "Pacific leaders sign", expect: [c("concluded")] },
      { in: "Leaders of Fiji, Samoa and Tonga signed", expect: [c("concluded", ["Fiji", "Samoa", "Tonga"])] },
      { in: "will meet again", expect: [c("intent", ["Fiji", "Samoa", "Tonga"])] },
    ],
  },
  {
    title: "a summit with coreference, a disagreement and background",
    text: [
      "Ethiopia and Eritrea agree to reopen border crossings",
      "ADDIS ABABA — Ethiopian Prime Minister Abiy Ahmed and Eritrean President Isaias Afwerki met in Asmara on Sunday for their first talks in two years.",
      "The two leaders agreed to reopen two border crossings and to resume flights between their capitals, according to a statement from Abiy's office.",
      "They did not agree on the disputed town of Badme, which an international commission awarded to Eritrea in 2002.",
      "A peace treaty signed by the two countries in 2018 ended two decades of hostility, but relations soured again after the war in Tigray.",
      "Diplomats said a formal agreement on trade could be signed later this year.",
    ].join("\n\n"),
    sentences: [
      { in: "Ethiopia and Eritrea agree", expect: [c("concluded", ["Ethiopia", "Eritrea"])] },
      { in: "The two leaders agreed", expect: [c("concluded", ["Abiy Ahmed", "Isaias Afwerki"])] },
    ],
  },
  {
    title: "naval talks with an expected signing, threats and a rejected claim",
    text: [
      "WASHINGTON — The United States and the Philippines will hold joint naval exercises next month, the Pentagon said on Tuesday.",
      "Defense Secretary Lloyd Austin and his Philippine counterpart Gilberto Teodoro are expected to sign a logistics agreement when they meet in Manila.",
      "China's foreign ministry warned that Beijing would take countermeasures and vowed to defend its territorial claims.",
      "Teodoro rejected Chinese claims that Manila had agreed to remove a grounded warship from the Second Thomas Shoal.",
      "The Philippines has pledged not to provoke its neighbour, Teodoro said.",
    ].join("\n\n"),
    sentences: [
      { in: "will hold joint naval exercises", expect: [c("intent", ["United States", "Philippines"])] },
      { in: "are expected to sign", expect: [c("expected", ["Lloyd Austin", "Gilberto Teodoro"])] },
      { in: "pledged not to provoke", expect: [c("concluded", ["Philippines"])] },
    ],
  },
];

/**
 * A second round, written after the rules were corrected on the first: its figure is the honest
 * one for the rules as they are now.
 */
export const SENTENCES_2: readonly SentenceCase[] = [
  { kind: "concluded", text: "Tokyo and Seoul agreed on Friday to share real-time missile warning data.", expect: [c("concluded", ["Tokyo", "Seoul"])] },
  { kind: "concluded", text: "The rival Libyan governments signed a UN-backed accord to unify the central bank.", expect: [c("concluded")] },
  { kind: "concluded", text: "Malaysia and Singapore have inked a pact on a high-speed rail link.", expect: [c("concluded", ["Malaysia", "Singapore"])] },
  { kind: "concluded", text: "Hamas accepted an Egyptian proposal for a six-week truce.", expect: [c("concluded", ["Hamas"])] },
  { kind: "concluded", text: "The Gulf states reaffirmed their pledge to fund Lebanon's army.", expect: [c("concluded")] },
  { kind: "concluded", text: "Belgium and the Netherlands signed an accord to swap land along the Meuse river.", expect: [c("concluded", ["Belgium", "Netherlands"])] },
  { kind: "concluded", text: "Ecuador's president and Peru's president signed a declaration committing both nations to fight drug trafficking.", expect: [c("concluded", ["Ecuador", "Peru"])] },
  { kind: "concluded", text: "Workers at the Ford plant voted to accept a new contract.", expect: [c("concluded")] },
  { kind: "concluded", text: "India and the European Union concluded negotiations on a free trade agreement on Tuesday.", expect: [c("concluded", ["India", "European Union"])] },
  { kind: "concluded", text: "The IMF and Pakistan reached a staff-level agreement on a 3 billion dollar loan.", expect: [c("concluded", ["IMF", "Pakistan"])] },
  { kind: "concluded", text: "Senegal's government signed a fishing agreement with the European Union on Thursday.", expect: [c("concluded", ["Senegal", "European Union"])] },
  { kind: "concluded", text: "The warring factions in South Sudan committed to a permanent ceasefire.", expect: [c("concluded")] },
  { kind: "concluded", text: "Angola has offered to host the next round of peace talks between Congo and Rwanda.", expect: [c("concluded", ["Angola"], ["Congo", "Rwanda"])] },
  { kind: "concluded", text: "President Ramaphosa and Prime Minister Modi pledged to double bilateral trade by 2030.", expect: [c("concluded", ["Ramaphosa", "Modi"])] },
  { kind: "concluded", text: "Ministers from the 27 EU member states agreed to phase out Russian oil imports.", expect: [c("concluded", [["EU"], ["European Union"]])] },
  { kind: "concluded", text: "The United States and China struck a truce in their trade war on Sunday.", expect: [c("concluded", ["United States", "China"])] },
  { kind: "concluded", text: "Chad's military rulers promised to hand power to civilians within 18 months.", expect: [c("concluded", ["Chad"])] },
  { kind: "concluded", text: "Mongolia and Kazakhstan agreed to cooperate on rare earths, their presidents said in a joint statement.", expect: [c("concluded", ["Mongolia", "Kazakhstan"])] },
  { kind: "concluded", text: "Nepal and India signed seven agreements during Prime Minister Prachanda's visit to New Delhi.", expect: [c("concluded", ["Nepal", "India"])] },
  { kind: "concluded", text: "Honda and Nissan agreed to begin merger talks.", expect: [c("concluded", ["Honda", "Nissan"])] },
  { kind: "concluded", text: "Italy's Meloni and Albania's Rama signed a migration deal in Rome.", expect: [c("concluded", ["Meloni", "Rama"])] },
  { kind: "concluded", text: "The Vatican and China renewed their deal on the appointment of bishops.", expect: [c("concluded", ["Vatican", "China"])] },
  { kind: "passive", text: "A deal to end the strike was reached early on Saturday.", expect: [c("concluded")] },
  { kind: "passive", text: "The pact was initialled in Vienna by negotiators from Iran and the six powers.", expect: [c("concluded")] },
  { kind: "passive", text: "An agreement on prisoner swaps was reached between Moscow and Kyiv with the help of the UAE.", expect: [c("concluded", ["Moscow", "Kyiv"], ["UAE", "United Arab Emirates"])] },
  { kind: "passive", text: "The new constitution was agreed upon by all parties.", expect: [c("concluded")] },
  { kind: "intent", text: "Australia will provide Papua New Guinea with 100 million dollars for policing.", expect: [c("intent", ["Australia"], ["Papua New Guinea"])] },
  { kind: "intent", text: "The Kremlin said Russia was ready to resume gas deliveries to Europe.", expect: [c("intent", ["Russia"], ["Kremlin"])] },
  { kind: "intent", text: "Under the deal, Egypt will supply gas to Lebanon through Syria.", expect: [c("intent", ["Egypt"])] },
  { kind: "intent", text: "Poland plans to sign a deal with South Korea for 180 more tanks.", expect: [c("intent", ["Poland", "South Korea"])] },
  { kind: "intent", text: "The Indonesian government intends to join the BRICS bloc.", expect: [c("intent", ["Indonesia"], ["BRICS"])] },
  { kind: "intent", text: "Tanzania said it would give land to the refugees.", expect: [c("intent", ["Tanzania"])] },
  { kind: "intent", text: "Germany's Scholz wants to help Ukraine rebuild its power grid.", expect: [c("intent", ["Scholz"], ["Ukraine"])] },
  { kind: "expected", text: "Canada and the EU are poised to conclude a security pact.", expect: [c("expected", [["Canada", "EU"], ["Canada", "European Union"]])] },
  { kind: "expected", text: "The pair is scheduled to sign the document in Ankara on Friday.", expect: [] },
  { kind: "expected", text: "Kuwait and Iraq are expected to resume talks on their maritime border next month.", expect: [] },
  { kind: "negated", text: "Colombia's ELN guerrillas refused to lay down their weapons.", expect: [] },
  { kind: "negated", text: "The Senate failed to ratify the treaty by the required two-thirds majority.", expect: [], negated: ["Senate"] },
  { kind: "negated", text: "Palestinian factions have not agreed on a unity government.", expect: [], negated: true },
  { kind: "negated", text: "Iran has repeatedly refused to allow inspectors into the site.", expect: [] },
  { kind: "negated", text: "Neither government has committed any money to the fund.", expect: [] },
  { kind: "negated", text: "Ukraine will never agree to give up territory, Zelensky said.", expect: [], negated: ["Ukraine"] },
  { kind: "failure", text: "Hungary blocked an EU agreement on aid to Ukraine.", expect: [] },
  { kind: "failure", text: "Talks between the union and the airline broke down over pensions.", expect: [] },
  { kind: "failure", text: "North Korea scrapped a military pact with the South.", expect: [] },
  { kind: "failure", text: "Japan withdrew its offer to host the summit.", expect: [] },
  { kind: "failure", text: "The deal fell apart when Qatar pulled out.", expect: [] },
  { kind: "hedge", text: "A ceasefire could be agreed as soon as this weekend, a US official said.", expect: [] },
  { kind: "hedge", text: "The two companies are in talks to form a joint venture.", expect: [] },
  { kind: "hedge", text: "Iran might accept the proposal if sanctions are eased.", expect: [] },
  { kind: "hedge", text: "It is unclear whether Beijing will sign the declaration.", expect: [] },
  { kind: "hedge", text: "Officials are discussing a possible prisoner exchange.", expect: [] },
  { kind: "hedge", text: "The sides are reportedly close to a deal on grain exports.", expect: [] },
  { kind: "hedge", text: "Turkey is likely to approve Sweden's NATO bid.", expect: [] },
  { kind: "condition", text: "If the rebels lay down their arms, the government will grant them an amnesty.", expect: [] },
  { kind: "condition", text: "Athens would sign the deal only if Ankara recognised Cyprus.", expect: [] },
  { kind: "condition", text: "Assuming parliament approves, the treaty will enter into force next year.", expect: [] },
  { kind: "question", text: "Can Europe and China agree on climate finance?", expect: [] },
  { kind: "question", text: "Has Russia agreed to extend the grain corridor?", expect: [] },
  { kind: "threat", text: "Azerbaijan vowed to restore its territorial integrity by force.", expect: [] },
  { kind: "threat", text: "The junta promised to punish the coup plotters.", expect: [] },
  { kind: "threat", text: "Pyongyang vowed a merciless response to the drills.", expect: [] },
  { kind: "threat", text: "Israel pledged to continue its offensive until Hamas is destroyed.", expect: [] },
  { kind: "threat", text: "The president pledged to expel all foreign troops.", expect: [] },
  { kind: "threat", text: "The prime minister swore revenge for the attack.", expect: [] },
  { kind: "opinion", text: "Participants agreed that the meeting had been useful.", expect: [] },
  { kind: "opinion", text: "Scientists agree the Arctic will be ice-free by 2050.", expect: [] },
  { kind: "opinion", text: "The finance ministers agreed that growth would slow in the coming year.", expect: [] },
  { kind: "disagree", text: "Washington and Beijing agreed to disagree over Taiwan.", expect: [] },
  { kind: "denial", text: "Nigeria denied reports that it had agreed to host a US military base.", expect: [] },
  { kind: "denial", text: "The ministry denied that Cairo had agreed to accept refugees from Gaza.", expect: [] },
  { kind: "claim", text: "Russia accused Ukraine of violating the ceasefire it had agreed to.", expect: [] },
  { kind: "background", text: "Under a 2019 agreement signed by the two countries, tariffs were cut.", expect: [] },
  { kind: "background", text: "The two sides signed a similar accord in 2021.", expect: [] },
  { kind: "background", text: "The ceasefire that the two sides agreed in March was violated within hours.", expect: [] },
  { kind: "coreference", text: "Egyptian President Abdel Fattah al-Sisi received Jordan's King Abdullah in Cairo on Sunday. The two leaders agreed to coordinate their positions on Gaza.", expect: [c("concluded", ["Abdel Fattah al-Sisi", "Abdullah"])] },
  { kind: "coreference", text: "Serbia's president met Hungary's prime minister in Belgrade. The two countries agreed to build an oil pipeline.", expect: [c("concluded", ["Serbia", "Hungary"])] },
  { kind: "coreference", text: "Volkswagen and Rivian announced a joint venture in June. The carmakers will invest 5 billion dollars in software.", expect: [c("intent", ["Volkswagen", "Rivian"])] },
  { kind: "coreference", text: "The prime ministers of Greece and Albania met in Tirana on Monday. They pledged to settle their maritime dispute at the International Court of Justice.", expect: [c("concluded", ["Greece", "Albania"])] },
  { kind: "headline", text: "Egypt, Ethiopia sign deal on Nile dam", expect: [c("concluded", ["Egypt", "Ethiopia"])] },
  { kind: "headline", text: "Armenia, Azerbaijan agree text of peace treaty", expect: [c("concluded", ["Armenia", "Azerbaijan"])] },
  { kind: "headline", text: "UK to join Pacific trade pact", expect: [c(["intent", "expected"], [["UK"], ["United Kingdom"]])] },
  { kind: "headline", text: "Honduras cuts ties with Taiwan", expect: [] },
];

export const ARTICLES_2: readonly ArticleCase[] = [
  {
    title: "a water deal with commitments under it, a refusal and a planned meeting",
    text: [
      "Kazakhstan, Uzbekistan seal water deal",
      "ASTANA — Kazakhstan and Uzbekistan signed an agreement on Friday to share water from the Syr Darya river, ending years of disputes.",
      "Under the deal, Uzbekistan will release more water in summer, while Kazakhstan will supply electricity in winter.",
      "Kyrgyzstan, which controls the river's upper reaches, did not sign the accord but said it might join later.",
      "The two presidents also agreed to meet again in Tashkent in September.",
    ].join("\n\n"),
    sentences: [
      { in: "Kazakhstan, Uzbekistan seal", expect: [c("concluded", ["Kazakhstan", "Uzbekistan"])] },
      { in: "Kazakhstan and Uzbekistan signed", expect: [c("concluded", ["Kazakhstan", "Uzbekistan"])] },
      { in: "Under the deal", expect: [c("intent", ["Uzbekistan"]), c("intent", ["Kazakhstan"])] },
      { in: "The two presidents also agreed", expect: [c("concluded", ["Kazakhstan", "Uzbekistan"])] },
    ],
  },
];

// Third round, written after the second was fitted: hard cases first (coreference, passive,
// negation, hedging, threats), and nationality words for states the text does not name.
export const SENTENCES_3: readonly SentenceCase[] = [
  { kind: "coreference", text: "Chancellor Olaf Scholz hosted Polish Prime Minister Donald Tusk in Berlin on Monday. The two men agreed to speed up work on a new rail link.", expect: [c("concluded", ["Olaf Scholz", "Donald Tusk"])] },
  { kind: "coreference", text: "Kenya and Tanzania held talks on their shared border last week. Both governments have now committed to removing 14 trade barriers.", expect: [c("concluded", ["Kenya", "Tanzania"])] },
  { kind: "coreference", text: "Shell and TotalEnergies bid jointly for the licence. The two companies later agreed to split the costs of exploration.", expect: [c("concluded", ["Shell", "TotalEnergies"])] },
  { kind: "coreference", text: "Indonesian President Prabowo Subianto met Malaysian Prime Minister Anwar Ibrahim in Jakarta. He promised to protect Malaysian workers in Indonesia.", expect: [c("concluded", ["Prabowo Subianto"])] },
  { kind: "coreference", text: "The foreign ministers of Peru and Bolivia met in La Paz. The ministers signed a memorandum on lithium mining.", expect: [c("concluded", ["Peru", "Bolivia"])] },
  { kind: "coreference", text: "Nokia said on Tuesday that Vodafone had chosen it to upgrade its network. The firms signed a five-year contract.", expect: [c("concluded", ["Nokia", "Vodafone"])] },
  { kind: "passive", text: "A new border treaty was signed by Uzbekistan and Tajikistan on Thursday.", expect: [c("concluded", ["Uzbekistan", "Tajikistan"])] },
  { kind: "passive", text: "An agreement to reopen the ferry line was reached on Saturday, officials said.", expect: [c("concluded")] },
  { kind: "passive", text: "A memorandum on nuclear safety will be signed by Japan and Vietnam next month.", expect: [c(["intent", "expected"], ["Japan", "Vietnam"])] },
  { kind: "negated", text: "Talks were held but no agreement was reached.", expect: [], negated: true },
  { kind: "negated", text: "Nigeria has not signed the African free trade agreement.", expect: [], negated: ["Nigeria"] },
  { kind: "negated", text: "Neither Serbia nor Kosovo has agreed to the EU proposal.", expect: [], negated: true },
  { kind: "negated", text: "Colombia refused to sign the regional environmental accord.", expect: [], negated: ["Colombia"] },
  { kind: "negated", text: "Iran never agreed to halt uranium enrichment, its foreign minister said.", expect: [], negated: ["Iran"] },
  { kind: "failure", text: "Hungary backed away from its pledge to support the sanctions package.", expect: [] },
  { kind: "hedge", text: "Bangladesh and Myanmar may agree on a repatriation plan before the monsoon.", expect: [] },
  { kind: "hedge", text: "Analysts say a deal between Boeing and its machinists could be reached within weeks.", expect: [] },
  { kind: "hedge", text: "It is unclear whether Niger will sign the defence pact.", expect: [] },
  { kind: "hedge", text: "Officials hope Sudan's warring generals will commit to a truce.", expect: [] },
  { kind: "hedge", text: "Perhaps the two rivals will sign a trade deal next year.", expect: [] },
  { kind: "threat", text: "North Korea vowed to respond with overwhelming force to the joint drills.", expect: [] },
  { kind: "threat", text: "The militia promised to attack any convoy that enters the valley.", expect: [] },
  { kind: "threat", text: "Beijing pledged to take firm countermeasures if the arms sale goes ahead.", expect: [] },
  { kind: "threat", text: "The farmers' union threatened to block the highway unless the government agrees to their demands.", expect: [] },
  { kind: "threat", text: "Hezbollah vowed revenge for the killing of its commander.", expect: [] },
  { kind: "threat", text: "The president promised to crush the rebellion.", expect: [] },
  { kind: "concluded", text: "Rwanda and Burundi signed a protocol on the return of refugees.", expect: [c("concluded", ["Rwanda", "Burundi"])] },
  { kind: "concluded", text: "Samsung agreed to pay 150 million dollars to settle the patent dispute with Apple.", expect: [c("concluded", ["Samsung"], ["Apple"])] },
  { kind: "concluded", text: "Mongolia and South Korea agreed to cooperate on rare earth mining.", expect: [c("concluded", ["Mongolia", "South Korea"])] },
  { kind: "coordination", text: "Norwegian and Swedish officials signed a deal on cross-border rail traffic.", expect: [c("concluded", ["Norway", "Sweden"])] },
  { kind: "coordination", text: "Indian and Saudi ministers agreed to expand oil trade.", expect: [c("concluded", ["India", "Saudi Arabia"])] },
  { kind: "intent", text: "Chile will join the Pacific energy alliance, its president said.", expect: [c("intent", ["Chile"])] },
  { kind: "expected", text: "Thailand and Cambodia are due to sign a border agreement in April.", expect: [c("expected", ["Thailand", "Cambodia"])] },
  { kind: "intent", text: "Qatar said it was ready to mediate between the two parties.", expect: [c("intent", ["Qatar"])] },
  { kind: "intent", text: "The EU plans to sign a raw materials partnership with Rwanda.", expect: [c("intent", [["EU"], ["European Union"]], ["Rwanda"])] },
  { kind: "opinion", text: "Most economists agreed that inflation had peaked.", expect: [] },
  { kind: "disagree", text: "The senators agreed to disagree on the budget.", expect: [] },
  { kind: "claim", text: "Moscow claimed that Kyiv had agreed to withdraw its troops.", expect: [] },
  { kind: "denial", text: "Ukraine denied that it had signed any deal with Russia.", expect: [] },
  { kind: "background", text: "The 1994 accord signed by the two countries expired last year.", expect: [] },
  { kind: "background", text: "Under an agreement reached in 2015, Iran limited its enrichment.", expect: [] },
  { kind: "question", text: "Will India and Pakistan agree to resume talks?", expect: [] },
  { kind: "condition", text: "Should the talks succeed, both sides will sign a peace treaty.", expect: [] },
];

export const ARTICLES_3: readonly ArticleCase[] = [
  {
    title: "a border summit with a two-part agreement, a promise by one side and a refusal",
    text: [
      "Mexico, Guatemala agree to joint border patrols",
      "MEXICO CITY — Mexican President Claudia Sheinbaum received Guatemalan President Bernardo Arevalo at the National Palace on Wednesday.",
      "The two presidents agreed to deploy joint patrols along their border and to build a new customs post.",
      "Sheinbaum said Mexico would fund two new shelters for migrants in Guatemala.",
      "Guatemala has refused to accept deportation flights from the United States since January.",
      "Human rights groups warned that the patrols could put migrants at risk.",
    ].join("\n\n"),
    sentences: [
      { in: "Mexico, Guatemala agree", expect: [c("concluded", ["Mexico", "Guatemala"])] },
      { in: "The two presidents agreed", expect: [c("concluded", ["Claudia Sheinbaum", "Bernardo Arevalo"])] },
      { in: "would fund two new shelters", expect: [c("intent", ["Mexico"], ["Claudia Sheinbaum"])] },
    ],
  },
  {
    title: "a contract signed in the passive, shared work and a threat",
    text: [
      "Siemens, Alstom sign signalling contract",
      "PARIS — A contract for new signalling on the Paris metro was signed by Siemens and Alstom on Tuesday, the transport authority said.",
      "The companies will share the work equally and are expected to finish by 2030.",
      "Unions threatened to strike if any jobs were cut.",
      "A rival bid by Hitachi was rejected in March.",
    ].join("\n\n"),
    sentences: [
      { in: "Siemens, Alstom sign", expect: [c("concluded", ["Siemens", "Alstom"])] },
      { in: "was signed by Siemens and Alstom", expect: [c("concluded", ["Siemens", "Alstom"])] },
      { in: "will share the work", expect: [c("intent", ["Siemens", "Alstom"])] },
    ],
  },
];

/**
 * A fourth round, in the style of wire copy (long sentences, attribution tails, titles before
 * names), with trigger words the earlier rounds did not use. Written and labelled before the
 * extractor was run on it.
 */
export const SENTENCES_4: readonly SentenceCase[] = [
  { kind: "concluded", text: "Egypt and Sudan struck a deal on Sunday to share water from the Nile during droughts, Egypt's irrigation ministry said.", expect: [c("concluded", ["Egypt", "Sudan"])] },
  { kind: "concluded", text: "The Philippines and Vietnam inked a pact on coast guard cooperation in the South China Sea on Tuesday.", expect: [c("concluded", ["Philippines", "Vietnam"])] },
  { kind: "concluded", text: "Ukraine ratified a minerals agreement with the United States on Thursday, the parliament's speaker said.", expect: [c("concluded", ["Ukraine"], ["United States"])] },
  { kind: "concluded", text: "Airbus clinched a deal to sell 150 jets to IndiGo, the companies said in a joint statement.", expect: [c("concluded", ["Airbus"], ["IndiGo"])] },
  { kind: "concluded", text: "Ghana and Ivory Coast renewed their cocoa marketing partnership for another five years.", expect: [c("concluded", [["Ghana", "Ivory Coast"], ["Ghana", "Côte d'Ivoire"]])] },
  { kind: "concluded", text: "Peruvian President Dina Boluarte and Ecuadorean President Daniel Noboa signed a declaration on border security in Lima on Friday.", expect: [c("concluded", ["Dina Boluarte", "Daniel Noboa"])] },
  { kind: "concluded", text: "The World Bank pledged 2 billion dollars to help Pakistan rebuild after the floods.", expect: [c("concluded", ["World Bank"], ["Pakistan"])] },
  { kind: "concluded", text: "Striking dockworkers and port operators reached a deal late on Wednesday to end the walkout, the union said.", expect: [c("concluded")] },
  { kind: "concluded", text: "Algeria agreed to supply more gas to Italy under a contract signed in Algiers on Monday.", expect: [c("concluded", ["Algeria"], ["Italy"])] },
  { kind: "concluded", text: "Armenia and Azerbaijan initialled a peace treaty at the White House.", expect: [c("concluded", ["Armenia", "Azerbaijan"])] },
  { kind: "passive", text: "A deal to restart grain exports from the port was signed in Istanbul on Friday by Russia and Ukraine.", expect: [c("concluded", ["Russia", "Ukraine"])] },
  { kind: "coordination", text: "Japanese and Australian defence chiefs agreed to hold joint air drills next year.", expect: [c("concluded", ["Japan", "Australia"])] },
  { kind: "intent", text: "Norway said on Monday it would give Ukraine another 500 million dollars in military aid.", expect: [c("intent", ["Norway"], ["Ukraine"])] },
  { kind: "intent", text: "Turkey offered to host a new round of talks between the two sides, its foreign minister said.", expect: [c("intent", ["Turkey"])] },
  { kind: "intent", text: "The central bank is prepared to provide emergency liquidity to the lenders, its governor told reporters.", expect: [c("intent")] },
  { kind: "intent", text: "Brazil plans to sign a biofuels agreement with India during the summit.", expect: [c("intent", ["Brazil"], ["India"])] },
  { kind: "expected", text: "Saudi Arabia and Iran are expected to reopen their embassies within two months.", expect: [c("expected", ["Saudi Arabia", "Iran"])] },
  { kind: "expected", text: "The two companies are set to finalise the merger in the third quarter.", expect: [c("expected")] },
  { kind: "negated", text: "Talks between the union and the airline broke down without an agreement on Thursday.", expect: [], negated: true },
  { kind: "negated", text: "Poland declined to sign the joint statement on migration.", expect: [], negated: ["Poland"] },
  { kind: "negated", text: "The two leaders failed to agree on a date for the next summit.", expect: [], negated: true },
  { kind: "failure", text: "Mali pulled out of the regional defence pact last month.", expect: [] },
  { kind: "hedge", text: "Diplomats said a ceasefire deal could be signed as early as next week.", expect: [] },
  { kind: "hedge", text: "It remains unclear whether the Taliban will agree to reopen girls' schools.", expect: [] },
  { kind: "threat", text: "Iran vowed to retaliate against any attack on its nuclear sites.", expect: [] },
  { kind: "threat", text: "The rebels threatened to abandon the peace deal unless prisoners were freed.", expect: [] },
  { kind: "claim", text: "The opposition accused the government of having secretly agreed to host foreign troops.", expect: [] },
  { kind: "background", text: "Under a 2018 deal, the company had agreed to pay the fines in instalments.", expect: [] },
  { kind: "background", text: "The treaty, signed in 1997, allows Russia to keep its fleet in the port.", expect: [] },
  { kind: "opinion", text: "Both parties agreed that the talks had been constructive.", expect: [] },
  { kind: "question", text: "Will the European Union and China sign the investment pact this year?", expect: [] },
  { kind: "condition", text: "If the bill passes, the province will sign a new funding agreement with Ottawa.", expect: [] },
  { kind: "denial", text: "The ministry denied reports that it had agreed to buy Russian fighter jets.", expect: [] },
  { kind: "disagree", text: "Washington and Beijing disagreed over the terms of the tariff truce.", expect: [] },
  { kind: "background", text: "Protesters demanded that the government scrap the deal with the mining company.", expect: [] },
  { kind: "background", text: "Foreign ministers of the two countries held talks in Geneva on Tuesday.", expect: [] },
  { kind: "background", text: "The United States imposed new sanctions on Venezuelan oil exports.", expect: [] },
];

/**
 * A fifth round: business deals, court settlements, sports transfers, coalition deals, trade
 * pacts and ceasefires, with negatives in the same words (talks that collapsed, refusals, "could
 * agree", proposals, denials, "agree" as an opinion). Written and labelled, with dates and places,
 * before the extractor was run on it. The reference date is Sunday 2026-02-01.
 */
export const SENTENCES_5: readonly SentenceCase[] = [
  { kind: "concluded", text: "Unilever agreed to sell its tea business to CVC Capital Partners for 4.5 billion euros.", expect: [c("concluded", ["Unilever"], ["CVC Capital Partners"])] },
  { kind: "concluded", text: "Israel and Hezbollah accepted a ceasefire brokered by the United States and France, which took effect at dawn on Wednesday.", expect: [c("concluded", ["Israel", "Hezbollah"], ["United States", "France"])] },
  { kind: "concluded", text: "The Christian Democrats and the Social Democrats signed a coalition agreement in Berlin on Monday.", expect: [at(c("concluded", ["Christian Democrats", "Social Democrats"]), "2026-01-26", "Berlin")] },
  { kind: "concluded", text: "Harry Kane signed a four-year contract with Bayern Munich on Saturday.", expect: [at(c("concluded", ["Harry Kane"], ["Bayern Munich"]), "2026-01-31")] },
  { kind: "concluded", text: "Boeing reached a settlement with the Justice Department over the two 737 MAX crashes.", expect: [c("concluded", ["Boeing"], ["Justice Department"])] },
  { kind: "concluded", text: "Johnson & Johnson agreed to pay 700 million dollars to settle claims that it misled consumers about its talc products.", expect: [c("concluded", ["Johnson & Johnson"])] },
  { kind: "concluded", text: "Mercosur and the European Free Trade Association concluded a free trade agreement in Buenos Aires on Wednesday.", expect: [at(c("concluded", ["Mercosur", "European Free Trade Association"]), "2026-01-28", "Buenos Aires")] },
  { kind: "concluded", text: "Japan pledged 1 billion dollars in aid to the Philippines on Thursday.", expect: [at(c("concluded", ["Japan"], ["Philippines"]), "2026-01-29")] },
  { kind: "concluded", text: "Sudan's army and the Rapid Support Forces agreed to a 72-hour truce starting on Saturday, Saudi and US mediators said.", expect: [c("concluded")] },
  { kind: "concluded", text: "Ukraine and Moldova agreed on Tuesday to jointly manage the border crossing at Palanca.", expect: [at(c("concluded", ["Ukraine", "Moldova"]), "2026-01-27")] },
  { kind: "coordination", text: "Kenyan and Ugandan officials signed a deal on Friday to extend the oil pipeline to Kampala.", expect: [at(c("concluded", ["Kenya", "Uganda"]), "2026-01-30")] },
  { kind: "passive", text: "A settlement was reached between the city and the families of the victims on Monday.", expect: [at(c("concluded"), "2026-01-26")] },
  { kind: "intent", text: "India will sign a defence pact with the Philippines next month, officials said.", expect: [c(["intent", "expected"], ["India"], ["Philippines"])] },
  { kind: "intent", text: "Chevron said it would buy Hess for 53 billion dollars in an all-stock deal.", expect: [c("intent", ["Chevron"], ["Hess"])] },
  { kind: "expected", text: "The two leaders are expected to sign a trade deal during the visit.", expect: [c("expected")] },
  { kind: "coreference", text: "Stellantis and CATL announced plans for a battery plant in Spain. The two companies will invest 4.1 billion euros in the project.", expect: [c("intent", ["Stellantis", "CATL"])] },
  { kind: "headline", text: "Chelsea, Brighton agree fee for Caicedo", expect: [c("concluded", ["Chelsea", "Brighton"])] },
  { kind: "headline", text: "Kenya, Somalia fail to agree on maritime border", expect: [] },
  { kind: "negated", text: "Hungary refused to sign the EU declaration on Ukraine.", expect: [], negated: ["Hungary"] },
  { kind: "failure", text: "Talks between Ethiopia and Egypt on the dam collapsed on Tuesday.", expect: [] },
  { kind: "failure", text: "The takeover fell through after the buyer failed to secure financing.", expect: [] },
  { kind: "failure", text: "Hamas said it was still studying the ceasefire proposal.", expect: [] },
  { kind: "failure", text: "The union rejected the company's latest pay offer on Monday.", expect: [] },
  { kind: "hedge", text: "The two sides could agree on a prisoner exchange within days, a mediator said.", expect: [] },
  { kind: "hedge", text: "The company declined to say whether a deal had been reached.", expect: [] },
  { kind: "proposal", text: "The European Commission proposed a trade agreement with Indonesia on Wednesday.", expect: [] },
  { kind: "proposal", text: "Washington proposed a 30-day ceasefire, but Moscow has not responded.", expect: [] },
  { kind: "denial", text: "The Kremlin denied that Russia had agreed to any ceasefire.", expect: [] },
  { kind: "opinion", text: "Analysts agree that the merger will face close scrutiny from regulators.", expect: [] },
  { kind: "opinion", text: "Most voters agree with the government's handling of the crisis.", expect: [] },
  { kind: "opinion", text: "The minister agreed that the figures were worrying.", expect: [] },
  { kind: "background", text: "The clubs are in talks over a transfer of the Brazilian winger.", expect: [] },
];

export const ARTICLES_5: readonly ArticleCase[] = [
  {
    title: "a transfer fee agreed, a contract expected, a rival that refused and pundits who agree",
    text: [
      "Arsenal agree deal for Sporting striker",
      "LONDON — Arsenal have agreed a fee of 64 million euros with Sporting Lisbon for striker Viktor Gyokeres, the Premier League club said on Friday.",
      "The Swedish international is expected to sign a five-year contract after a medical on Saturday.",
      "Manchester United had also been interested in the 27-year-old but refused to match Sporting's asking price.",
      "Pundits agree that the striker will suit Arsenal's style.",
    ].join("\n\n"),
    sentences: [
      { in: "Arsenal agree deal", expect: [c("concluded", ["Arsenal"], ["Sporting Lisbon"])] },
      { in: "Arsenal have agreed a fee", expect: [c("concluded", ["Arsenal"], ["Sporting Lisbon", "Viktor Gyokeres"])] },
      { in: "is expected to sign a five-year contract", expect: [c("expected", ["Viktor Gyokeres"], ["Arsenal"])] },
    ],
  },
  {
    title: "a court settlement that still needs a judge, and lawyers who did not agree",
    text: [
      "Bayer settles weedkiller claims",
      "ST. LOUIS — Bayer agreed on Tuesday to pay up to 7.25 billion dollars to settle thousands of lawsuits claiming that its Roundup weedkiller causes cancer.",
      "The settlement, which must still be approved by a judge in Missouri, would cover future claims as well.",
      "Lawyers for the plaintiffs said they had not agreed to the terms on behalf of all their clients.",
      "Bayer's shares rose 4 percent in Frankfurt.",
    ].join("\n\n"),
    sentences: [
      { in: "Bayer settles", expect: [c("concluded", ["Bayer"])] },
      { in: "Bayer agreed on Tuesday", expect: [at(c("concluded", ["Bayer"]), "2026-01-27")] },
    ],
  },
  {
    title: "a coalition deal with commitments under it, parties that stay out and analysts",
    text: [
      "Dutch parties strike coalition deal",
      "THE HAGUE — Four Dutch parties reached an agreement on Wednesday to form a new government, ending seven months of negotiations.",
      "The Labour party and the Greens said they would not join the coalition.",
      "Under the agreement, the parties will raise the retirement age to 68 and cut the number of ministries.",
      "Analysts agree the coalition's majority in the Senate is fragile.",
    ].join("\n\n"),
    sentences: [
      { in: "Dutch parties strike", expect: [c("concluded")] },
      { in: "Four Dutch parties reached", expect: [at(c("concluded"), "2026-01-28", "The Hague")] },
      { in: "Under the agreement", expect: [c("intent")] },
    ],
  },
  {
    title: "ceasefire talks that end without a deal, an offer by one side and a mediator's promise",
    text: [
      "Ceasefire talks in Doha end without deal",
      "DOHA — Talks on a ceasefire in Gaza ended on Thursday without an agreement, mediators from Qatar and Egypt said.",
      "Israel rejected a proposal for a six-week truce, while Hamas said it was ready to release ten hostages in exchange for prisoners.",
      "The mediators said the two sides could agree on a deal within weeks.",
      "Qatar promised to keep hosting the negotiations.",
    ].join("\n\n"),
    sentences: [
      { in: "Hamas said it was ready", expect: [c("intent", ["Hamas"])] },
      { in: "Qatar promised", expect: [c("concluded", ["Qatar"])] },
    ],
  },
  {
    title: "a trade pact signed, a pledge beside it and an agreement only proposed",
    text: [
      "EU, Indonesia sign trade pact",
      "JAKARTA — The European Union and Indonesia signed a comprehensive economic partnership agreement in Jakarta on Monday after nine years of talks.",
      "The pact will remove tariffs on 98 percent of goods traded between the two sides.",
      "Indonesia also pledged to phase out its ban on nickel ore exports, although no date was set.",
      "Malaysia has proposed a similar agreement, but talks have not started.",
    ].join("\n\n"),
    sentences: [
      { in: "EU, Indonesia sign", expect: [c("concluded", [["EU", "Indonesia"], ["European Union", "Indonesia"]])] },
      { in: "The European Union and Indonesia signed", expect: [at(c("concluded", ["European Union", "Indonesia"]), "2026-01-26", "Jakarta")] },
      { in: "Indonesia also pledged", expect: [c("concluded", ["Indonesia"])] },
    ],
  },
];
