// Triggers are a verb and its complement: the same verb commits or not depending on what follows.
import { describe, expect, it } from "vitest";
import { agreementsOf } from "./helpers.js";

const verbs = (text: string) => agreementsOf(text).map((a) => a.verb);

describe("agreement triggers", () => {
  it.each([
    ["The two sides agreed to share information on missing people.", "agreed"],
    ["The United States and Jordan have agreed upon a new free-trade pact.", "agreed"],
    ["The Security Council today agreed to a six-month extension of the mandate.", "agreed"],
    ["The finance ministers agreed a rescue package for the bank.", "agreed"],
    ["Mexico and Canada signed a memorandum of understanding on energy.", "signed"],
    ["The EU and Mercosur struck a free-trade deal after 20 years of talks.", "struck"],
    ["The negotiators reached a consensus on emissions.", "reached"],
    ["Officials said the two sides had reached an understanding on troop withdrawals.", "reached"],
    ["Ukraine ratified a sweeping agreement with the European Union on Tuesday.", "ratified"],
    ["Negotiators hammered out a deal on grain exports.", "hammered out"],
    ["Japan pledged $2 billion in aid to Ukraine.", "pledged"],
    ["Libya has offered to hand over two of its nationals.", "offered"],
    ["They committed to resuming joint exercises.", "committed"],
    ["In a joint statement, the leaders reaffirmed their dedication to peace.", "reaffirmed"],
    ["The union accepted the company's offer of a five percent raise.", "accepted"],
    ["The two navies resumed military cooperation after nine years.", "resumed"],
    ["Syria says it is willing to withdraw its troops from Lebanon.", "willing"],
    ["Finland will give Tanzania a grant of 580 million shillings.", "will give"],
    ["The Philippines said it would allow US troops to use four more bases.", "would allow"],
    ["Israel announced it would free over 150 Palestinian prisoners.", "would free"],
    ["Brazil and the United States are seeking to deepen a partnership in energy.", "seeking to deepen"],
    ["Georgian demonstrators received assurances from the Georgian government.", "received"],
    ["The board approved the merger agreement with its rival on Monday.", "approved"],
    ["The city council approved a $40 million contract with a rail builder.", "approved"],
  ])("finds %j by %j", (text, verb) => {
    expect(verbs(text)).toEqual([verb]);
  });

  it("yields one entry per coordinated trigger", () => {
    expect(verbs("Serbia and Kosovo signed a trade accord and agreed to open a border crossing.")).toEqual(["signed", "agreed"]);
  });

  it.each([
    ["Analysts agreed that the economy was slowing.", "an opinion"],
    ["The negotiators agreed to disagree on the border question.", "agreeing to disagree"],
    ["I agree with the minister.", "agreeing with someone"],
    ["The president signed a letter to the parliament.", "a letter is not an agreement"],
    ["The parliament approved a special law on local elections.", "approving a law"],
    ["Voters approved the budget in a referendum.", "approving a budget"],
    ["The senator endorsed the trade agreement in a speech.", "endorsing is support, not a commitment"],
    ["The talks concluded on Friday.", "concluding talks"],
    ["Germany offered condolences to the victims' families.", "condolences are not an offer of help"],
    ["The spokesman offered no details.", "no details"],
    ["The rebels vowed to retaliate against the army.", "a hostile complement"],
    ["Hamas vowed revenge for the killing.", "a hostile object"],
    ["Ethnic Albanians have sworn to fight until they gain control of the villages.", "a hostile complement"],
    ["The soldier committed atrocities in the village.", "commit without to"],
    ["The company will release its earnings on Friday.", "release needs people or funds"],
    ["Barack Obama and Vladimir Putin will meet in Zurich to discuss their music tastes.", "a meeting is not a commitment unless said"],
    ["President Bush is scheduled to give a speech here on Thursday.", "a speech is not given as a commitment"],
    ["Palestinian leader Yasser Arafat rejected a US offer to host a summit.", "a noun, not a verb"],
    ["The German government welcomed the wish for a settlement to be reached in the talks.", "an unlicensed infinitive"],
    ["Bangladesh rejected a proposal, urging India to sign the regional trade agreement.", "urging someone to sign"],
    ["France, seeking to mend ties with China, sent an envoy.", "a participle of wish"],
    ["The general held talks in Beirut, offering further military support to Lebanon.", "a participle of offer"],
    ["Not everyone agrees on who is a terrorist.", "agreeing on a question is an opinion"],
    ["His former wife agreed, but also contended that she should keep her privacy.", "a lone assent"],
    ["Sixty-two percent of Republicans agreed.", "a poll, not a commitment"],
    ["The senator's tax proposals offer a stark alternative to the plan.", "proposals cannot commit"],
    ["Bernie Sanders offered some pointed advice to Hillary Clinton on Friday.", "advice is not an offer of help"],
    ["Allies in the United States would indeed help Mexico make its case.", "a hypothesis with would"],
    ["Trump is demanding that Obama make a pledge not to pardon anyone.", "a base form after a singular subject"],
    ["It is the emissions reduction target it pledged to reach.", "a relative clause about a target"],
    ["He also wants to extend six weeks of paid leave to new mothers.", "a wish to give is a policy"],
    ["The Panthers are set to host the Vikings for a football game.", "hosting a game"],
    ["Australia will defend the Ashes in a six-test series.", "defending a title"],
    ["He was likely to return on Saturday to his holiday resort.", "returning home"],
    ["One day China would pay a high price, he said.", "paying a price"],
    ["Cunningham has already been signed as a broadcaster.", "a passive without a deal"],
    ["Sanders struck out 10 and walked three.", "a strike-out"],
    ["Officials discussed Lebed's plans to restore peace in Chechnya.", "a noun governs the infinitive"],
    ["Blair once pledged to set up a Scottish parliament.", "a pledge of the past"],
    ["1714 - The Treaty of Baden was signed between the Emperor and France.", "a historical date"],
    ["President Clinton says he is committed to a possible strike against Iraq.", "a commitment to a strike"],
    ["Iran and the United States are set to resume talks on Monday.", "resuming talks is consulting"],
    ["Get regular updates on the latest tutorials, offers & news.", "a plural noun in a list"],
  ])("ignores %j (%s)", (text) => {
    expect(verbs(text)).toEqual([]);
  });
});

describe("agreement triggers on words the tagger gets wrong", () => {
  it("reads a rare verb tagged as a noun after 'to' as the infinitive", () => {
    expect(agreementsOf("They also pledged to refrain from the use of force.").map((a) => a.action)).toEqual(["refrain from the use of force"]);
  });

  it("reads the renunciation of an obstruction as a commitment", () => {
    expect(agreementsOf("Turkey said it would not block Sweden's membership.").map((a) => [a.verb, a.status])).toEqual([["would not block", "intent"]]);
  });

  it("rejects a vow to build up arms or to go on protesting", () => {
    expect(agreementsOf("North Korea vowed to strengthen its nuclear deterrent.")).toEqual([]);
    expect(agreementsOf("Protesters vowed to continue their demonstrations until the president resigns.")).toEqual([]);
  });
});
