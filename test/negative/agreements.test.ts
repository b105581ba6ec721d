// Sentences that must yield no agreement through the whole pipeline: refusals, failures, threats,
// demands, opinions, hedges, questions, conditions and background mentions.
import { describe, expect, it } from "vitest";
import { runPipeline } from "../../src/pipeline/index.js";

const NOT_AGREEMENTS = [
  "Palestinians and Israelis failed to reach agreement on the fate of the offices despite hours of talks.",
  "Egypt refused to commit to a ceasefire.",
  "The president has reneged on his commitment to hold elections under a new constitution.",
  "The minister said the two sides must reach an agreement that stops the conflict for good.",
  "The rebels vowed to retaliate against the army.",
  "France vowed to block the trade agreement, which still needs the approval of member states.",
  "The opposition pledged to torpedo the accord in parliament.",
  "Analysts agreed that the economy was slowing.",
  "The negotiators agreed to disagree on the border question.",
  "Will China and India sign the pact?",
  "If the two sides agree, the deal will be signed next month.",
  "The party will boycott the elections unless the president agrees to step down.",
  "Iran threatened to launch a new offensive unless Baghdad accepted its conditions.",
  "Palestinian leaders said they would boycott all official contact with the United States.",
  "The secretary-general announced that he will withdraw the inspectors from the country.",
  "Obama and Putin said they will attack the rebels.",
  "Syria says it will not accept any more refugees if war starts.",
  "The ministers did not sign the accord.",
  "Russia could sign the treaty as early as next week, diplomats said.",
  "The 2018 agreement collapsed after a year.",
  "The stopover came as the leader prepared to attend the Olympics, an event which will test his vow to keep politics out of the Games.",
  "Qatar has pledged to expel exiled leaders of the Brotherhood.",
  "The rebels announced that the president and his party must agree to major changes before they demobilize.",
  "Bangladesh rejected an Indian proposal for signing a free trade agreement.",
  "The company will release its earnings on Friday.",
  "The report will help investors understand the risks.",
  "Had the rebels agreed to the terms, the war would have ended.",
  "Should the talks succeed, the two sides will sign a peace treaty.",
  "Diplomats hope Ethiopia's feuding parties will sign a truce.",
  "Koizumi told reporters, \"Next time, I will visit South Korea to enhance communication.\"",
];

describe("sentences that are not agreements", () => {
  it.each(NOT_AGREEMENTS)("finds no agreement in %j", (text) => {
    const r = runPipeline(new TextEncoder().encode(`${text}\n`), null, {
      referenceDate: "2026-02-01", format: "text", keepBoilerplate: false, includeNegated: false, debug: () => {},
    });
    expect(r.ok).toBe(true);
    if (r.ok) expect(r.article.agreements).toEqual([]);
  });
});
