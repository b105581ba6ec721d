// Cases of the tables that the tool gets wrong, each with the reason. Keys are the case ids the
// test prints ("name | sentence" for places, "name expectation | sentence" for typing).
export const EXPECTED_PLACE_FAILURES: Readonly<Record<string, string>> = {
  "Fatima | The pope visited Fatima, Portugal.": "Fatima is read as a given name (compromise tags it FirstName) and the town of 12 000 is not large enough to outweigh it; the country after the comma is not yet used as typing evidence.",
  "Amazon | Fires burned in the Amazon.": "Amazon is a well-known company in the organization list, which wins over the named area; telling the forest from the company needs the article's topic.",
  "Sub-Saharan Africa | Sub-Saharan Africa received more aid.": "The hyphenated adjective opens the sentence and the run is not taken as a name.",
  "Paris | The Texas governor visited Paris and Tyler after the tornado.": "By design a namesake in the article's country loses to one more than 50 times larger (Paris, Texas, 25 000; Paris 2.1 million): without a comma and a state, the capital is the safer reading.",
  "Athens | The Georgia governor said Athens would get state aid.": "Georgia is read as the country, so the article's countries hold GE, not US; a US state's office before a title is not yet read as evidence for the state.",
};
export const EXPECTED_TYPING_FAILURES: Readonly<Record<string, string>> = {
  "Bong Joon Ho person | Bong Joon Ho thanked the jury. Bong said he was surprised.": "A name of words outside compromise's lexicon that opens the text is set aside as a sentence's first words; nothing else in the text marks it as a name.",
  "Arsenal organization | Arsenal signed the striker from Lyon for 50 million euros.": "Without a score or a match verb, a club's name that is an ordinary word (arsenal) is not known as a club: there is no list of clubs.",
  "Celtic organization | Celtic beat Rangers 2-0 in Glasgow on Sunday.": "Celtic is read as an adjective of a people (a group word) before the sports rules are reached.",
  "Trump person | Trump beat Clinton in Ohio.": "The surname is an ordinary English word (trump) that compromise's lexicon does not know: opening the only sentence, with no other mention, nothing marks it as a name. On CoNLL train, none of 39 such sentence-first words before a verb is a name, so no rule takes them.",
};
