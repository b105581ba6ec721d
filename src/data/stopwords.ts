// The most frequent function words of the languages news arrives in. A text's language is the one
// whose words it uses most: function words are short, frequent and rarely shared, so a few
// sentences are enough (the idea behind every stopword-based language guesser).
export const STOPWORDS = {
  en: ["the", "and", "of", "to", "in", "is", "that", "for", "it", "with", "was", "on", "as", "he", "she", "by", "at", "from", "his", "have", "are", "this", "had", "not", "but", "be", "they", "which", "were", "would", "their", "has", "been", "will", "said"],
  de: ["der", "die", "und", "in", "den", "von", "zu", "das", "mit", "sich", "des", "auf", "für", "ist", "im", "dem", "nicht", "ein", "eine", "als", "auch", "es", "an", "werden", "aus", "er", "hat", "dass", "sie", "nach", "wird", "bei", "einer", "um", "noch", "wie", "über", "sind", "wurde"],
  fr: ["le", "la", "les", "de", "des", "et", "en", "un", "une", "du", "est", "que", "qui", "dans", "pour", "pas", "sur", "au", "par", "avec", "il", "elle", "ce", "sont", "aux", "plus", "ont", "été", "mais", "ou"],
  es: ["el", "la", "de", "que", "y", "en", "los", "del", "se", "las", "por", "un", "para", "con", "no", "una", "su", "al", "es", "lo", "como", "más", "pero", "sus", "le", "ha", "fue", "este", "ya", "entre"],
  it: ["il", "di", "che", "la", "e", "per", "un", "in", "una", "del", "non", "sono", "della", "le", "si", "con", "da", "dei", "gli", "al", "nel", "anche", "è", "ha", "alla", "come", "più", "ma", "questo", "delle"],
  pt: ["de", "que", "o", "a", "do", "da", "em", "um", "para", "é", "com", "não", "uma", "os", "no", "se", "na", "por", "mais", "as", "dos", "como", "mas", "foi", "ao", "ele", "das", "tem", "à", "seu"],
  nl: ["de", "het", "een", "van", "en", "in", "is", "dat", "op", "te", "zijn", "voor", "met", "die", "niet", "aan", "er", "ook", "om", "als", "bij", "maar", "dan", "nog", "werd", "wordt", "ze", "heeft", "naar", "tot"],
  pl: ["i", "w", "się", "nie", "na", "z", "do", "to", "że", "jest", "o", "jak", "ale", "po", "co", "tak", "za", "od", "go", "przez", "jego", "już", "tym", "ich", "dla", "czy", "może", "są", "było", "oraz"],
  sv: ["och", "i", "att", "det", "som", "en", "på", "är", "av", "för", "med", "till", "den", "har", "de", "inte", "om", "ett", "han", "men", "var", "jag", "sig", "från", "vi", "så", "kan", "när", "hade", "efter"],
} as const satisfies Record<string, readonly string[]>;

export type StopwordLanguage = keyof typeof STOPWORDS;
