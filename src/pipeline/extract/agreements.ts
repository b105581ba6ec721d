// Agreements and commitments: a sentence whose verb commits someone (agree to, pledge, sign ...).
import type { AgreementFinding } from "../doc.js";
import type { Stage } from "../stage.js";

const TRIGGER = /\b(agreed|agrees|agree|pledged|pledges|signed|signs|vowed|committed|promised|reaffirmed)\b(?:\s+(?:to|on))?/i;

export const agreements: Stage = {
  name: "agreements",
  essential: false,
  run(doc) {
    const found: AgreementFinding[] = [];
    for (const s of doc.sentences) {
      const sentence = doc.text.slice(s.start, s.end);
      const m = TRIGGER.exec(sentence);
      if (!m) continue;
      const inSentence = (x: { mentions: readonly { start: number; end: number }[] }) => x.mentions.some((mm) => mm.start >= s.start && mm.end <= s.end && mm.start < s.start + m.index);
      const parties = [...doc.people, ...doc.organizations, ...doc.places].filter(inSentence).map((x) => x.name);
      found.push({
        verb: m[1]!, status: "concluded", parties,
        action: sentence.slice(m.index + m[0].length).replace(/[.!?]+$/, "").trim(),
        date: null, place: null, sentence, start: s.start, end: s.end,
      });
    }
    return { ...doc, agreements: found };
  },
};
