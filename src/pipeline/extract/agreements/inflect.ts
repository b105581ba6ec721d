// Verb forms from a lemma, so that the lexicon lists each verb once ("sign") and still matches
// "signs", "signed", "signing". Irregular verbs carry their forms explicitly.

export type VerbForm = "base" | "s" | "past" | "ing";

const IRREGULAR: Record<string, readonly string[]> = {
  // lemma: past forms (past tense and participle)
  strike: ["struck", "stricken"],
  swear: ["swore", "sworn"],
  undertake: ["undertook", "undertaken"],
  make: ["made"],
  give: ["gave", "given"],
  win: ["won"],
  seek: ["sought"],
  forgive: ["forgave", "forgiven"],
  send: ["sent"],
  lend: ["lent"],
  build: ["built"],
  pay: ["paid"],
  hold: ["held"],
  meet: ["met"],
  initial: ["initialed", "initialled"],
};

/** Verbs whose final consonant doubles before -ed and -ing. */
const DOUBLES = new Set(["commit", "ban", "plan", "admit", "permit", "stop", "ship"]);

function regular(lemma: string): { s: string; past: string; ing: string } {
  if (lemma.endsWith("ee")) return { s: `${lemma}s`, past: `${lemma}d`, ing: `${lemma}ing` };
  if (lemma.endsWith("e")) return { s: `${lemma}s`, past: `${lemma}d`, ing: `${lemma.slice(0, -1)}ing` };
  if (/[^aeiou]y$/.test(lemma)) return { s: `${lemma.slice(0, -1)}ies`, past: `${lemma.slice(0, -1)}ied`, ing: `${lemma}ing` };
  if (/(?:s|x|z|ch|sh)$/.test(lemma)) return { s: `${lemma}es`, past: `${lemma}ed`, ing: `${lemma}ing` };
  if (DOUBLES.has(lemma)) {
    const d = lemma + lemma.at(-1)!;
    return { s: `${lemma}s`, past: `${d}ed`, ing: `${d}ing` };
  }
  return { s: `${lemma}s`, past: `${lemma}ed`, ing: `${lemma}ing` };
}

/** Every written form of a lemma with the form it stands for. */
export function formsOf(lemma: string): [string, VerbForm][] {
  const r = regular(lemma);
  const past = IRREGULAR[lemma] ?? [r.past];
  return [[lemma, "base"], [r.s, "s"], ...past.map((p): [string, VerbForm] => [p, "past"]), [r.ing, "ing"]];
}

/** A map from written form to lemma and form, for a list of lemmas. */
export function formIndex(lemmas: Iterable<string>): Map<string, { lemma: string; form: VerbForm }> {
  const index = new Map<string, { lemma: string; form: VerbForm }>();
  for (const lemma of lemmas) {
    for (const [written, form] of formsOf(lemma)) if (!index.has(written)) index.set(written, { lemma, form });
  }
  return index;
}
