import { describe, expect, it } from "vitest";
import { quotesOf, said } from "./doc.js";

const koizumi = { name: "Shinjiro Koizumi", aliases: ["Koizumi"], titles: ["Defense Minister"] };
const ahn = { name: "Ahn Gyu-back", aliases: ["Ahn"] };

describe("quote attribution through the speech verb", () => {
  it("attributes a quote after \"X told reporters after the meeting,\" to X", () => {
    const text = "Shinjiro Koizumi and Ahn Gyu-back agreed to carry out mutual visits annually. Koizumi told reporters after the meeting, “Next time, I will visit South Korea to enhance communication between the two countries’ defense authorities.”";
    const [q] = quotesOf(text, [koizumi, ahn]);
    expect(q).toMatchObject({ speaker: "Shinjiro Koizumi", cue: "told" });
    expect(q!.text).toBe("Next time, I will visit South Korea to enhance communication between the two countries’ defense authorities.");
    expect(text.slice(q!.start, q!.end)).toBe(q!.text);
  });

  it("reads the speaker after the verb in “…,” said X", () => {
    expect(said(quotesOf("“We are ready for the talks,” said Koizumi.", [koizumi]))).toEqual(["Shinjiro Koizumi: We are ready for the talks"]);
  });

  it("reads the name after a description in “…,” said one of them, X", () => {
    const freeman = { name: "Maya Freeman", aliases: ["Freeman"] };
    expect(said(quotesOf("“Send a counselor, not a gun,” said one of them, Maya Freeman, a nurse.", [freeman]))).toEqual(["Maya Freeman: Send a counselor, not a gun"]);
    expect(said(quotesOf("“Send a counselor, not a gun,” said a nurse, Maya Freeman.", [freeman]))).toEqual(["Maya Freeman: Send a counselor, not a gun"]);
  });

  it("reads the speaker before the verb in “…,” X said", () => {
    expect(said(quotesOf("“We are ready for the talks,” Ahn said on Friday.", [ahn]))).toEqual(["Ahn Gyu-back: We are ready for the talks"]);
  });

  it("reads the speaker of \"X said:\" and \"X said,\" before the quote", () => {
    expect(said(quotesOf("Koizumi said: “We are ready.” Ahn said, “So are we.”", [koizumi, ahn]))).toEqual([
      "Shinjiro Koizumi: We are ready.", "Ahn Gyu-back: So are we.",
    ]);
  });

  it("skips an apposition between the speaker and the verb", () => {
    const text = "“They would never accept that offer,” Rep. Dana Kell (R-Iowa), a budget panel member, said in a phone interview.";
    expect(said(quotesOf(text, [{ name: "Dana Kell" }]))).toEqual(["Dana Kell: They would never accept that offer"]);
  });

  it("reads \"according to X\"", () => {
    const text = "The talks will resume in March, according to Koizumi, who called them “a new beginning for both countries.”";
    expect(quotesOf(text, [koizumi])[0]).toMatchObject({ speaker: "Shinjiro Koizumi" });
    expect(quotesOf("The Ministry of Defense met on Monday. “The talks will resume in March,” according to the ministry.", [], [{ name: "Ministry of Defense" }])[0])
      .toMatchObject({ speaker: "Ministry of Defense", cue: "according to" });
  });

  it("keeps the name written in the speaker slot when the entity stage missed it", () => {
    const text = "“The plant will close next year,” said John Smith, a spokesman for the company.";
    expect(quotesOf(text)[0]).toMatchObject({ speaker: "John Smith", cue: "said" });
    const other = "In a statement announcing the vote, the Association of Harbor Pilots called Morales a “true partner” for its members.";
    expect(quotesOf(other)[0]).toMatchObject({ speaker: "Association of Harbor Pilots", cue: "called" });
  });

  it("gives no speaker when nobody is named", () => {
    expect(quotesOf("“The plant will close next year,” a source close to the talks said.")[0]).toMatchObject({ speaker: null, cue: "said" });
  });

  it("uses the canonical name of the person mentioned by surname", () => {
    expect(quotesOf("Koizumi added: “We will meet again in Seoul next year.”", [koizumi])[0]!.speaker).toBe("Shinjiro Koizumi");
  });

  it("attributes to an organisation named as the speaker", () => {
    const text = "The Defense Ministry said in a statement that the drills were “routine and defensive in nature.”";
    expect(quotesOf(text, [], [{ name: "Defense Ministry" }])[0]).toMatchObject({ speaker: "Defense Ministry", cue: "said" });
  });

  it("takes the subject of the main clause for a participle cue", () => {
    const text = "Ana Morales brushed off the criticism, saying anybody who complains about the weather “is not paying attention.”";
    expect(quotesOf(text, [{ name: "Ana Morales" }])[0]).toMatchObject({ speaker: "Ana Morales", cue: "saying" });
  });

  it("gives a second verb the subject of the verb of saying before it", () => {
    const people = [{ name: "Chris Christie", aliases: ["Christie"] }, { name: "Hillary Clinton", aliases: ["Clinton"] }];
    const text = "Christie described Clinton as a “disgrace” after she attacked the police and blamed the shootings on “implicit bias.”";
    expect(said(quotesOf(text, people))).toEqual(["Chris Christie: disgrace", "Hillary Clinton: implicit bias."]);
    const other = "Trump tweeted that Machado was “disgusting” and encouraged Americans to “check out” the tape.";
    expect(quotesOf(other, [{ name: "Donald Trump", aliases: ["Trump"] }, { name: "Alicia Machado", aliases: ["Machado"] }]).map((q) => q.speaker))
      .toEqual(["Donald Trump", "Donald Trump"]);
  });

  it("prefers the speech verb of the clause to a verb in a relative clause", () => {
    const text = "Reyes said at a rally that anyone who complains is “not paying attention.”";
    expect(quotesOf(text, [{ name: "Luis Reyes", aliases: ["Reyes"] }])[0]).toMatchObject({ speaker: "Luis Reyes", cue: "said" });
  });

  it("attributes a quote signed with a dash", () => {
    expect(said(quotesOf("“Maybe we can build a wall around him.” ― Steve Quinlan\n“No sympathy, no preparedness.” ― Oscar P. Quintero"))).toEqual([
      "Steve Quinlan: Maybe we can build a wall around him.", "Oscar P. Quintero: No sympathy, no preparedness.",
    ]);
  });

  it("attributes a quote in the paragraph after \"He said:\"", () => {
    const text = "Trump spoke in Ohio on Monday. He said:\n\n“We have to bring back law and order in our cities.”";
    expect(quotesOf(text, [{ name: "Donald Trump", aliases: ["Trump"] }])[0]).toMatchObject({ speaker: "Donald Trump", cue: "said" });
  });
});

describe("where the attribution stands", () => {
  it("keeps a short tag after a question mark with its quote", () => {
    const text = "“Does anybody know what the platform of the party is?” Graham asked. “Neither do I.”";
    expect(said(quotesOf(text, [{ name: "Lindsey Graham", aliases: ["Graham"] }]))).toEqual([
      "Lindsey Graham: Does anybody know what the platform of the party is? … Neither do I.",
    ]);
  });

  it("keeps a tag after a question mark with its quote when a longer clause follows its comma", () => {
    const text = "Rally goers had waited for hours.\n\n“Who would have believed it a year ago?” Reyes said, looking out on the cheering crowd of his supporters.";
    expect(quotesOf(text, [{ name: "Luis Reyes", aliases: ["Reyes"] }])[0]).toMatchObject({ speaker: "Luis Reyes", cue: "said" });
  });

  it("reads the speaker after a verb that opens the sentence", () => {
    expect(quotesOf("Said Whitfield: “I don’t get the sense he cares about the budget.”")[0]).toMatchObject({ speaker: "Whitfield", cue: "Said" });
  });

  it("takes the verb that introduces the quotation over an earlier one", () => {
    const text = "When Clinton noted that Trump had paid no tax, Trump boasted, “That makes me smart.”";
    expect(quotesOf(text, [{ name: "Hillary Clinton", aliases: ["Clinton"] }, { name: "Donald Trump", aliases: ["Trump"] }])[0])
      .toMatchObject({ speaker: "Donald Trump", cue: "boasted" });
  });

  it("gives a verb without a subject of its own the subject of the sentence", () => {
    const text = "Dayton Mayor Clara Voss said Friday that she thinks the report should be published but said “the real issue is when.”";
    expect(quotesOf(text, [{ name: "Clara Voss" }])[0]).toMatchObject({ speaker: "Clara Voss", cue: "said" });
    const other = "Cruz exhorted Republicans to “vote your conscience” at the convention.";
    expect(quotesOf(other, [{ name: "Ted Cruz", aliases: ["Cruz"] }])[0]!.speaker).toBe("Ted Cruz");
  });

  it("lets a document speak for its author", () => {
    const text = "“The ultimate impact remains very unclear,” the IMF report stated.";
    expect(quotesOf(text, [], [{ name: "International Monetary Fund", aliases: ["IMF"] }])[0]!.speaker).toBe("International Monetary Fund");
  });

  it("does not take a noun for a speech verb", () => {
    const text = "FactDesk rated 40% of Democratic claims as “false” or “misleading.”";
    expect(quotesOf(text, [], [{ name: "FactDesk" }])[0]).toMatchObject({ speaker: "FactDesk", cue: "rated" });
  });

  it("reads the subject of a participle after \"of\"", () => {
    const text = "The spot ends with footage of Trump saying during the debate, “That makes me smart.”";
    expect(quotesOf(text, [{ name: "Donald Trump", aliases: ["Trump"] }])[0]!.speaker).toBe("Donald Trump");
  });

  it("keeps the speaker of a quote for the quotation alone in the next paragraph", () => {
    const text = "Morales on Harbor Bank\n\nMorales called the conduct of the bank “shameful” on Tuesday.\n\n“If a bank cannot be run properly, it should be split into pieces.”";
    expect(said(quotesOf(text, [{ name: "Ana Morales", aliases: ["Morales"] }]))).toEqual([
      "Ana Morales: shameful", "Ana Morales: If a bank cannot be run properly, it should be split into pieces.",
    ]);
  });

  it("ignores a stray opening mark at the start of a paragraph", () => {
    const text = "\"Reyes walked onto the stage, chanting “Four more years!”";
    expect(said(quotesOf(text, [{ name: "Luis Reyes", aliases: ["Reyes"] }]))).toEqual(["Luis Reyes: Four more years!"]);
  });
});

describe("cues beyond the plain verb", () => {
  it("reads a comparison with an object as a cue, and not a bare \"compared to\"", () => {
    const text = "Lena Ortiz, a professor of rhetoric, compared Reyes to a coach who is “working the referees” at every game.";
    expect(quotesOf(text, [{ name: "Lena Ortiz" }, { name: "Luis Reyes", aliases: ["Reyes"] }])[0]).toMatchObject({ speaker: "Lena Ortiz", cue: "compared" });
    const bare = "The new talk compared to “working the referees” at a game.";
    expect(quotesOf(bare)).toEqual([]);
  });

  it("gives a participle after a quotation the subject of the sentence, not its object", () => {
    const text = "Reyes openly admires Tomas Berg as a “strong leader,” comparing him favorably to the mayor.";
    expect(quotesOf(text, [{ name: "Luis Reyes", aliases: ["Reyes"] }, { name: "Tomas Berg" }])[0]).toMatchObject({ speaker: "Luis Reyes", cue: "comparing" });
  });

  it("reads verbs that the tagger takes for nouns or adjectives", () => {
    const people = [{ name: "Sam Johnson", aliases: ["Johnson"] }, { name: "Luis Reyes", aliases: ["Reyes"] }];
    expect(quotesOf("Johnson tells reporters on Monday that “exactly what happened” is still unclear.", people)[0]).toMatchObject({ speaker: "Sam Johnson", cue: "tells" });
    expect(quotesOf("Reyes is promising cheaper rents and “homes, homes, homes.”", people)[0]).toMatchObject({ speaker: "Luis Reyes", cue: "promising" });
  });

  it("reads \"said\" after an apposition even when the tagger takes it for an adjective", () => {
    const text = "A Clinton spokesman, Brian Fallon, said “nothing is decided.”";
    expect(quotesOf(text, [{ name: "Brian Fallon" }, { name: "Hillary Clinton", aliases: ["Clinton"] }])[0]).toMatchObject({ speaker: "Brian Fallon", cue: "said" });
  });

  it("gives \"a Clinton spokesman\" to the person introduced as such, not to Clinton", () => {
    const people = [{ name: "Brian Fallon" }, { name: "Hillary Clinton", aliases: ["Clinton"] }];
    const text = "Clinton spokesman Brian Fallon spoke on Monday. “We are ready,” a Clinton spokesman said.";
    expect(quotesOf(text, people)[0]!.speaker).toBe("Brian Fallon");
  });

  it("attributes a quotation after a noun of saying to its possessor", () => {
    const text = "FactDesk examined Luis Reyes’s claim that there have been “thousands of burglaries” in Dayton.";
    expect(quotesOf(text, [{ name: "Luis Reyes", aliases: ["Reyes"] }])[0]).toMatchObject({ speaker: "Luis Reyes", cue: "claim" });
  });

  it("prefers a verb to a noun of saying", () => {
    const text = "Minyon Moore, a senior adviser, called Obama’s remarks “a true wake-up call” for voters.";
    expect(quotesOf(text, [{ name: "Minyon Moore" }, { name: "Barack Obama", aliases: ["Obama"] }])[0]).toMatchObject({ speaker: "Minyon Moore", cue: "called" });
  });

  it("gives a quotation after a colon to the subject of its sentence", () => {
    const text = "Governor Ortiz is trying out a sharper campaign message: “It’s about you.”";
    expect(quotesOf(text, [{ name: "Lena Ortiz", aliases: ["Ortiz", "Governor Ortiz"] }])[0]).toMatchObject({ speaker: "Lena Ortiz", cue: null });
  });

  it("does not take words that introduce the next quotation for a tag of the one before", () => {
    const text = "I had to change my answer: “Of course I believe in luck.” To which she said, “Thank heavens you still believe in luck.”";
    expect(quotesOf(text).map((q) => q.text)).toEqual(["Of course I believe in luck.", "Thank heavens you still believe in luck."]);
  });
});

describe("quotes in other styles and languages", () => {
  it("reads single quotation marks as British papers use them", () => {
    const text = "Defence Secretary John Healey met his counterpart on Monday. ‘We will work together on this,’ he said. 'It is a new chapter,' Mr Healey added.";
    expect(said(quotesOf(text, [{ name: "John Healey", aliases: ["Mr Healey"] }]))).toEqual([
      "John Healey: We will work together on this", "John Healey: It is a new chapter",
    ]);
  });

  it("reads German and French quotes with their speech verbs", () => {
    expect(said(quotesOf("Kanzler Olaf Scholz sagte: „Wir stehen an der Seite der Ukraine.“", [{ name: "Olaf Scholz" }]))).toEqual([
      "Olaf Scholz: Wir stehen an der Seite der Ukraine.",
    ]);
    expect(quotesOf("« Nous reviendrons l'année prochaine », a dit le ministre.")[0]).toMatchObject({ text: "Nous reviendrons l'année prochaine", cue: "dit" });
  });
});

describe("pronouns and descriptions as speakers", () => {
  it("skips an apposition that describes the speaker", () => {
    const text = "Even Brazil, the group's largest member and its main lender, said it was “firmly opposed” to the plan.";
    expect(quotesOf(text)[0]!.speaker).toBe("Brazil");
  });

  it("does not take a common noun capitalised at the start of a sentence for a name", () => {
    const text = "Officials said the talks were “constructive and frank.”";
    expect(quotesOf(text, [], [{ name: "Officials Group" }])[0]).toMatchObject({ speaker: "Officials", cue: "said" });
  });

  it("gives a quotation after a tagged sentence of its paragraph to the speaker of the tag", () => {
    const text = "The debate went on.\n\nThe council may be slow to act while talks go on, Pruitt said. “The other worry is looking as if we picked a side.”";
    expect(quotesOf(text, [{ name: "Sam Pruitt", aliases: ["Pruitt"] }])[0]).toMatchObject({ speaker: "Sam Pruitt", cue: null });
  });

  it("gives a quotation after a sentence of its paragraph to that sentence's subject", () => {
    const text = "The debate went on.\n\nSen. Bernie Sanders named exhaustion with bigotry as a reason to vote. “The younger people are sick and tired of discrimination and racism.”";
    expect(quotesOf(text, [{ name: "Bernie Sanders" }])[0]).toMatchObject({ speaker: "Bernie Sanders", cue: null });
  });

  it("binds a pronoun to the subject of its own sentence", () => {
    const text = "Lind said the launch was a provocation.\n\nSecretary General Tomas Berg condemned what he called a “reckless breach” of the treaty.";
    expect(quotesOf(text, [{ name: "Ada Lind", aliases: ["Lind"] }]).at(-1)!.speaker).toBe("Tomas Berg");
  });

  it("resolves \"he said\" to the nearest person before it", () => {
    const text = "Koizumi met Ahn in Yokosuka on Saturday.\n\n“It was a good meeting,” he said.";
    expect(quotesOf(text, [koizumi, ahn])[0]!.speaker).toBe("Shinjiro Koizumi");
  });

  it("binds \"he\" to the subject of the sentence before, not to a name after a preposition", () => {
    const text = "In an interview with Rusty Hale, Mark made it clear he had doubts.\n\n“It was hard to work for them,” he told the host.";
    expect(quotesOf(text, [{ name: "Rusty Hale" }, { name: "Peter Mark", aliases: ["Mark"] }])[0]!.speaker).toBe("Peter Mark");
  });

  it("reads a description of one person in two halves and does not give it to a person of the other gender", () => {
    const text = "Hillary Clinton spoke first. Sen. John McCain was not in the room.\n\nThe former first lady and senator said it was “a mistake” to use the server.";
    expect(quotesOf(text, [{ name: "Hillary Clinton", aliases: ["Clinton"] }, { name: "John McCain", titles: ["Sen."] }])[0]!.speaker).toBe("the former first lady and senator");
  });

  it("resolves \"she\" to the woman when a man is nearer", () => {
    const text = "Hillary Clinton answered a question about Donald Trump. “He is not fit to be president,” she said.";
    expect(quotesOf(text, [{ name: "Hillary Clinton" }, { name: "Donald Trump" }])[0]!.speaker).toBe("Hillary Clinton");
  });

  it("remembers whom the text calls \"she\" for the pronouns that follow", () => {
    const text = "Lagarde met Dombrovskis in Brussels.\n\n“We agreed on the plan,” she said.\n\nDombrovskis spoke of the budget, and Lagarde of the banks. “The budget is ready,” he said.";
    const people = [{ name: "Christine Lagarde", aliases: ["Lagarde"] }, { name: "Valdis Dombrovskis", aliases: ["Dombrovskis"] }];
    expect(said(quotesOf(text, people))).toEqual(["Christine Lagarde: We agreed on the plan", "Valdis Dombrovskis: The budget is ready"]);
  });

  it("resolves \"he added\" to the speaker of the quote before", () => {
    const text = "“We will win,” Trump said of Clinton. “We will win big,” he added.";
    expect(said(quotesOf(text, [{ name: "Donald Trump", aliases: ["Trump"] }, { name: "Hillary Clinton", aliases: ["Clinton"] }]))).toEqual([
      "Donald Trump: We will win", "Donald Trump: We will win big",
    ]);
  });

  it("resolves \"the minister\" to the person holding that title", () => {
    const text = "Defense Minister Shinjiro Koizumi met Ahn Gyu-back on Saturday.\n\n“We agreed on visits every year,” the minister said.";
    expect(quotesOf(text, [{ name: "Shinjiro Koizumi" }, ahn])[0]!.speaker).toBe("Shinjiro Koizumi");
    expect(quotesOf(text, [koizumi, ahn])[0]!.speaker).toBe("Shinjiro Koizumi");
  });

  it("reads a title written short before a name (\"Sen.\" is \"the senator\")", () => {
    const text = "Sen. Bernie Sanders spoke on Sunday. The Vermont senator said that there are still “some people” who feel that way.";
    expect(quotesOf(text, [{ name: "Bernie Sanders" }])[0]!.speaker).toBe("Bernie Sanders");
  });

  it("reads a title inside the mention of a person", () => {
    const text = "President Maria Costa spoke at the town hall.\n\n“The truth is that this issue has been blown out of proportion,” the president said.";
    expect(quotesOf(text, [{ name: "Maria Costa", aliases: ["President Maria Costa"] }])[0]!.speaker).toBe("Maria Costa");
  });

  it("resolves \"the spokesman\" through an apposition earlier in the text", () => {
    const text = "Nick Merrill, a spokesman for the campaign, declined to comment on Friday.\n\n“We do not comment on polls,” the spokesman said later.";
    expect(quotesOf(text, [{ name: "Nick Merrill" }])[0]!.speaker).toBe("Nick Merrill");
  });

  it("resolves \"the ministry\" to the organisation of that kind", () => {
    const text = "The Ministry of Defense of Japan announced the visit on Friday.\n\n“The visit strengthens our ties,” the ministry said.";
    expect(quotesOf(text, [], [{ name: "Ministry of Defense" }])[0]!.speaker).toBe("Ministry of Defense");
  });

  it("gives a role nobody in the text holds as written", () => {
    expect(quotesOf("“We will not comment,” the spokeswoman said.", [{ name: "Donald Trump" }])[0]!.speaker).toBe("the spokeswoman");
  });

  it("gives a description of people, a body or a document as written when no entity fits", () => {
    const text = "Students marching across the campus chanted “No more fees!” on Monday. The Texas rancher said he would “never sell the land.” The audit said the accounts were “a mess from top to bottom.”";
    expect(quotesOf(text).map((q) => q.speaker)).toEqual(["Students", "the Texas rancher", "the audit"]);
  });

  it("gives no speaker when the subject is a thing that cannot speak", () => {
    expect(quotesOf("In the file, a box labeled “urgent matter” was left empty.")[0]?.speaker ?? null).toBeNull();
  });

  it("takes the person of a phrase that says where they come from (\"Mayor X of Y\")", () => {
    const text = "Mayor Mathias Bernander of Kristiansand said the towns had “finally found a way to grow together.”";
    expect(quotesOf(text, [{ name: "Mathias Bernander" }])[0]!.speaker).toBe("Mathias Bernander");
    const bank = "John Smith of Goldman Sachs said the deal was “a good one for everyone involved.”";
    expect(quotesOf(bank, [{ name: "John Smith" }], [{ name: "Goldman Sachs" }])[0]!.speaker).toBe("John Smith");
  });

  it("does not give a quote to the person a role belongs to (\"a friend of Trump\")", () => {
    const text = "A friend of Marlowe said the shop was “in real trouble this time.”";
    expect(quotesOf(text, [{ name: "Anna Marlowe", aliases: ["Marlowe"] }])[0]!.speaker).toBe("a friend of Marlowe");
  });

  it("reads a capitalised word the tagger takes for a verb as a name", () => {
    const text = "While he admitted the budget was a reason he felt tired serving under Lind, Mark also noted several “intangibles” that wore him down.";
    expect(quotesOf(text, [{ name: "Peter Mark", aliases: ["Mark"] }, { name: "Ada Lind", aliases: ["Lind"] }])[0]!.speaker).toBe("Peter Mark");
  });

  it("binds \"they\" to a body that is the subject of its sentence before the nearest organisation", () => {
    const text = "Harbor Bank closed the account.\n\nMorales’s campaign is trying to contrast her plan with what they call Reyes’s “reckless budget.”";
    expect(quotesOf(text, [{ name: "Ana Morales", aliases: ["Morales"] }, { name: "Luis Reyes", aliases: ["Reyes"] }], [{ name: "Harbor Bank" }])[0]!.speaker).toBe("Morales’s campaign");
  });

  it("gives what a statement calls something to whoever issued it", () => {
    const text = "After a hastily called session, the Harbor Board issued a statement calling the decision “a betrayal” of its voters.";
    expect(quotesOf(text, [], [{ name: "Harbor Board" }])[0]).toMatchObject({ speaker: "Harbor Board", cue: "calling" });
  });

  it("finds the subject after an opening phrase that ends in a quoted title and past a relative clause", () => {
    const text = "The debate went on.\n\nOn “Morning Report,” Gov. Lena Ortiz (N.M.), who lost the primary to Hale, named high rents as a reason. “Young people cannot afford to live where they work any more.”";
    expect(quotesOf(text, [{ name: "Lena Ortiz" }, { name: "Tom Hale", aliases: ["Hale"] }]).at(-1)!.speaker).toBe("Lena Ortiz");
  });

  it("gives the share of a poll that says something as the speaker", () => {
    expect(quotesOf("However, 41 percent said Ortiz was “right” to delay the vote.", [{ name: "Lena Ortiz", aliases: ["Ortiz"] }])[0]!.speaker).toBe("41 percent");
  });

  it("does not take a thing named by a passive of naming for a speaker", () => {
    const text = "Speaking in Dayton, Ortiz says the Texas native nicknamed “The Hammer” is a loyal friend of the party.";
    expect(quotesOf(text, [{ name: "Lena Ortiz", aliases: ["Ortiz"] }])[0]!.speaker).toBe("Lena Ortiz");
    const active = "Garner stressed that few staff had been involved in what several senators called “fraud” on Tuesday.";
    expect(quotesOf(active, [{ name: "Kim Garner", aliases: ["Garner"] }])[0]!.speaker).toBe("several senators");
  });

  it("reads a verb used as a noun inside the speaker's title", () => {
    const text = "“That was a mistake, plain and simple,” Baker's former campaign manager said.";
    expect(quotesOf(text, [{ name: "Ellen Baker", aliases: ["Baker"] }])[0]!.speaker).toBe("Baker's former campaign manager");
  });
});

describe("quotes of several parts", () => {
  it("joins a quote interrupted by its attribution into one quote of two parts", () => {
    const text = "“This is all in their minds,” said Hargreave, speaking of the budget issue. “It is one of the things keeping them awake.”";
    const qs = quotesOf(text);
    expect(qs).toHaveLength(1);
    expect(qs[0]).toMatchObject({ speaker: "Hargreave", cue: "said", text: "This is all in their minds … It is one of the things keeping them awake." });
    expect(qs[0]!.parts.map((p) => text.slice(p.start, p.end))).toEqual(["This is all in their minds", "It is one of the things keeping them awake."]);
  });

  it("makes two parts, without the tag, of a quotation interrupted by its tag inside one sentence", () => {
    const text = "“Every time you say that,” Tester said, referring to the banker's excuse, “you give ammunition to your critics.”";
    const qs = quotesOf(text, [{ name: "Jon Tester", aliases: ["Tester"] }]);
    expect(qs).toHaveLength(1);
    expect(qs[0]).toMatchObject({ speaker: "Jon Tester", cue: "said", text: "Every time you say that … you give ammunition to your critics." });
    expect(qs[0]!.parts).toHaveLength(2);
  });

  it("keeps apart a quotation that another verb of saying introduces after the tag", () => {
    const text = "“Start talking about the real issues,” Sanders said, suggesting a few questions, including, “Do billionaires need a tax break?”";
    expect(said(quotesOf(text, [{ name: "Bernie Sanders", aliases: ["Sanders"] }]))).toEqual([
      "Bernie Sanders: Start talking about the real issues", "Bernie Sanders: Do billionaires need a tax break?",
    ]);
  });

  it("keeps the quoted fragments of one reported sentence in one quote", () => {
    const text = "Reyes says rent fraud is “a huge, huge problem in this city” but “nobody dares to say a word about it.”";
    const qs = quotesOf(text, [{ name: "Luis Reyes", aliases: ["Reyes"] }]);
    expect(qs).toHaveLength(1);
    expect(qs[0]).toMatchObject({ speaker: "Luis Reyes", cue: "says" });
    expect(qs[0]!.text).toBe("a huge, huge problem in this city” but “nobody dares to say a word about it.");
  });

  it("makes one quote of a quotation that runs over two paragraphs", () => {
    const text = "The New York Times reports:\n\n“Just 24 percent of the contributors have given $200 or less.\n\n“Without this network, the candidate must keep an aggressive calendar.”";
    const qs = quotesOf(text, [], [{ name: "The New York Times" }]);
    expect(qs).toHaveLength(1);
    expect(qs[0]).toMatchObject({ speaker: "The New York Times", cue: "reports" });
    expect(qs[0]!.parts).toHaveLength(2);
    expect(qs[0]!.text).toBe("Just 24 percent of the contributors have given $200 or less.\n\nWithout this network, the candidate must keep an aggressive calendar.");
  });

  it("keeps two quotes with verbs of their own apart", () => {
    const text = "“We will win,” Trump said. “We will lose,” Clinton said.";
    expect(said(quotesOf(text, [{ name: "Donald Trump", aliases: ["Trump"] }, { name: "Hillary Clinton", aliases: ["Clinton"] }]))).toEqual([
      "Donald Trump: We will win", "Hillary Clinton: We will lose",
    ]);
  });
});

describe("quotes in other languages", () => {
  const vautrin = { name: "Catherine Vautrin", aliases: ["Vautrin"] };

  it("reads a speech verb written with accents, after its auxiliary, with the speaker after it", () => {
    expect(said(quotesOf("« Nous avons entendu les soignants », a déclaré Catherine Vautrin.", [vautrin])))
      .toEqual(["Catherine Vautrin: Nous avons entendu les soignants"]);
  });

  it("reads the speaker before an auxiliary and its participle", () => {
    expect(said(quotesOf("Catherine Vautrin a affirmé que le plan était « une avancée historique pour tous ».", [vautrin])))
      .toEqual(["Catherine Vautrin: une avancée historique pour tous"]);
  });

  it("does not take a capitalised word after 'de' in a role for the speaker", () => {
    const [q] = quotesOf("« Nous avons entendu les soignants », a déclaré la ministre de la Santé lors d'une conférence à Lyon.", []);
    expect(q).toMatchObject({ cue: "déclaré", speaker: null });
  });
});

describe("speakers named by a description of someone just mentioned", () => {
  const kowalczyk = { name: "Marta Kowalczyk", aliases: ["Kowalczyk"] };
  const rybina = { name: "Elena Rybina", aliases: ["Rybina"] };

  it("gives \"she\" the subject of the sentence before, not a name that ends the paragraph before it", () => {
    const text = "Kowalczyk beat Rybina on Centre Court.\n\nKowalczyk, 21, broke Rybina's serve in the last game.\n\n“I dreamed about this court,” she said.";
    expect(said(quotesOf(text, [kowalczyk, rybina]))).toEqual(["Marta Kowalczyk: I dreamed about this court"]);
  });

  it("gives \"the Kazakh\" the person of that nationality, else the subject of the sentence before", () => {
    const text = "Kowalczyk beat Rybina in the final.\n\nRybina said her shoulder had tightened.\n\n“She played the big points better,” the Kazakh said.";
    expect(said(quotesOf(text, [kowalczyk, rybina]))).toEqual(["Elena Rybina: She played the big points better"]);
    expect(said(quotesOf(text, [{ ...kowalczyk, country: "KZ" }, rybina]))).toEqual(["Marta Kowalczyk: She played the big points better"]);
  });

  it("gives \"the 23-year-old\" the subject of the sentence before", () => {
    const text = "Rybina lost to Kowalczyk.\n\nKowalczyk will rise to third in the rankings.\n\n“I am happy,” the 23-year-old said.";
    expect(said(quotesOf(text, [kowalczyk, rybina]))).toEqual(["Marta Kowalczyk: I am happy"]);
  });

  it("gives a paragraph of speech with no verb of saying to the person the narration before is about", () => {
    const people = [{ name: "Walter Brennan", aliases: ["Brennan"] }];
    const orgs = [{ name: "Coast Guard" }];
    const text = "Keeper\n\nFor 31 years, Walter Brennan has climbed the steps every evening. In March the Coast Guard will automate the light.\n\n" +
      "“People think it's lonely out here, and some winters it is. But you are never alone with the sea.\n\n“The first year, I didn't sleep at all, not one night.”";
    expect(quotesOf(text, people, orgs)[0]).toMatchObject({ speaker: "Walter Brennan" });
  });

  it("gives no speaker to a paragraph of speech after narration with no person as its subject", () => {
    const people = [{ name: "Walter Brennan", aliases: ["Brennan"] }];
    const text = "Keeper\n\n“Fish, probably,” Walter Brennan said.\n\nThe light was built in 1857 by the navy for Brennan's grandfather.\n\n" +
      "“People think it's lonely out here, and some winters it is. But you are never alone with the sea.”";
    expect(quotesOf(text, people).at(-1)).toMatchObject({ speaker: null });
  });

  it("reads a hyphenated given name whose second half the tagger takes for a verb (\"Park Ji-woo\")", () => {
    const people = [{ name: "Park Ji-woo", aliases: ["Park"] }];
    const text = "Chips\n\n“The second half will be harder than we expected,” chief financial officer Park Ji-woo told analysts on a call.";
    expect(quotesOf(text, people)[0]).toMatchObject({ speaker: "Park Ji-woo" });
  });

  it("gives a descriptor no one holds as a role (\"the teenager\", \"the goalkeeper\", \"the father of two\") to the person the passage is about", () => {
    const people = [{ name: "Lena Brandt", aliases: ["Brandt"] }, { name: "Otto Kern", aliases: ["Kern"] }];
    const text = "Kern praised the team.\n\nBrandt, who joined in May, saved two penalties. “I guessed right,” the goalkeeper said.\n\n“It was luck,” the teenager added.";
    expect(said(quotesOf(text, people))).toEqual(["Lena Brandt: I guessed right", "Lena Brandt: It was luck"]);
    const parent = [{ name: "Sam Ode", aliases: ["Ode"] }];
    expect(said(quotesOf("Sam Ode lives next to the site. “We hear the trucks at night,” the father of two said.", parent))).toEqual(["Sam Ode: We hear the trucks at night"]);
  });

  it("does not take a hyphenated role (\"sous-chef\", \"vice-president\") for the role its last part names", () => {
    const people = [{ name: "Ada Roth", aliases: ["Roth"] }, { name: "Ben Ilves", aliases: ["Ilves"] }];
    const text = "Ada Roth runs the club. Its vice-president, Ben Ilves, joined in May.\n\n“We will grow,” the president said.";
    expect(said(quotesOf(text, people))).not.toContain("Ben Ilves: We will grow");
  });

  it("keeps a descriptor a named person holds as a role for that person", () => {
    const people = [{ name: "Lena Brandt", aliases: ["Brandt"] }, { name: "Otto Kern", aliases: ["Kern"], titles: ["striker"] }];
    const text = "Brandt scored twice, and striker Otto Kern once.\n\nBrandt praised the team. “I only had to finish,” the striker said.";
    expect(said(quotesOf(text, people))).toEqual(["Otto Kern: I only had to finish"]);
  });

  it("does not count sentences of speech when it looks back for the subject (\"the 22-year-old\")", () => {
    const people = [{ name: "Haruki Sato", aliases: ["Sato"] }];
    const text = "Sato wins\n\n“I was thinking about my flight home,” Sato said. “Then he missed a forehand.”\n\nThe match lasted five hours.\n\n" +
      "“My legs are finished. I will sleep for two days,” the 22-year-old told reporters.";
    expect(quotesOf(text, people).at(-1)).toMatchObject({ speaker: "Haruki Sato" });
  });

  it("does not give \"the airline\" to an association whose name only holds the word (\"Airline Pilots' Union\")", () => {
    const text = "Pilots at Skyline voted to strike, the Baltic Airline Pilots Union said. Skyline said flights would be cancelled.\n\nThe airline said it regretted “the union's choice.”";
    expect(said(quotesOf(text, [], [{ name: "Baltic Airline Pilots Union" }, { name: "Skyline" }]))).toEqual(["Skyline: the union's choice."]);
  });

  it("reads \"the firm said\" as a subject and its verb, though the tagger reads \"firm\" as an adjective", () => {
    const text = "Orlen Fabrics will close two mills, it said on Monday. “Every option is open,” the firm said.";
    expect(said(quotesOf(text, [], [{ name: "Orlen Fabrics" }]))).toEqual(["Orlen Fabrics: Every option is open"]);
  });

  it("gives \"the exchange\" the company the passage is about when no name holds the word", () => {
    const text = "Kraxen halted withdrawals on Tuesday. Kraxen said hackers had stolen tokens, and Chainalysis traced them.\n\nThe exchange said balances were “fully backed.”";
    expect(said(quotesOf(text, [], [{ name: "Kraxen" }, { name: "Chainalysis" }]))).toEqual(["Kraxen: fully backed."]);
  });

  it("does not give \"the company\" a public body", () => {
    const text = "The Federal Trade Commission opened an inquiry on Monday.\n\nThe company said it was “pleased to cooperate.”";
    expect(said(quotesOf(text, [], [{ name: "Federal Trade Commission" }]))[0]).not.toMatch(/^Federal Trade Commission/);
  });
});
