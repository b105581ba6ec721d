// Words of the other languages news arrives in, for reading names in text that is not English.
// German capitalises every noun and the Romance languages write titles in lower case, so English
// capitalisation says little there; what stays certain is a title before a name, the articles that
// are never part of one, the prepositions that put a name in a place, and the legal forms that
// close a company's name. Keys are lower case without accents ("Präsident" -> "prasident").

export interface LanguageWords {
  readonly id: string;
  readonly kind: "title" | "article" | "locative" | "place-noun" | "legal-form";
  readonly words: readonly string[];
  readonly reason: string;
}

export const LANGUAGE_WORDS: Readonly<Record<string, readonly LanguageWords[]>> = {
  de: [
    { id: "de-titles", kind: "title", words: ["oberbürgermeister", "oberbürgermeisterin", "bürgermeister", "bürgermeisterin", "bundeskanzler", "bundeskanzlerin", "kanzler", "kanzlerin", "bundespräsident", "bundespräsidentin", "präsident", "präsidentin", "ministerpräsident", "ministerpräsidentin", "minister", "ministerin", "bundesminister", "bundesministerin", "staatssekretär", "staatssekretärin", "landrat", "landrätin", "senator", "senatorin", "botschafter", "botschafterin", "vorsitzende", "vorsitzender", "parteichef", "parteichefin", "regierungschef", "regierungschefin", "sprecher", "sprecherin", "abgeordnete", "abgeordneter", "direktor", "direktorin", "professor", "professorin", "prof", "dr", "herr", "frau", "bischof", "kardinal", "papst", "könig", "königin", "general", "trainer", "trainerin", "chef", "chefin", "leiter", "leiterin", "geschäftsführer", "geschäftsführerin", "vorstandschef", "vorstandschefin", "intendant", "intendantin", "kommissar", "kommissarin", "richter", "richterin", "pfarrer", "pfarrerin"], reason: "German offices and forms of address written before a name." },
    { id: "de-articles", kind: "article", words: ["der", "die", "das", "den", "dem", "des", "ein", "eine", "einer", "einem", "einen", "eines"], reason: "German articles, capitalised at the start of a sentence." },
    { id: "de-locatives", kind: "locative", words: ["in", "im", "aus", "nach", "von", "vom", "bei", "zwischen", "nahe"], reason: "German prepositions of place." },
    { id: "de-place-nouns", kind: "place-noun", words: ["land", "bundesland", "freistaat", "stadt", "hauptstadt", "region", "provinz", "kanton", "gemeinde", "kreis", "landkreis", "bezirk", "großstadt", "kleinstadt", "dorf"], reason: "German nouns that name a kind of place before its name (das Land Baden-Württemberg)." },
    { id: "de-legal", kind: "legal-form", words: ["gmbh", "ag", "kg", "kgaa", "se", "e.v", "ev", "ohg", "mbh"], reason: "German legal forms close company and association names." },
  ],
  fr: [
    { id: "fr-titles", kind: "title", words: ["président", "présidente", "ministre", "premier ministre", "maire", "député", "députée", "sénateur", "sénatrice", "ambassadeur", "ambassadrice", "secrétaire", "porte-parole", "préfet", "préfète", "général", "juge", "m", "mme", "monsieur", "madame", "docteur", "professeur", "roi", "reine", "pape", "cardinal", "évêque", "entraîneur"], reason: "French offices and forms of address, written in lower case before a name." },
    { id: "fr-articles", kind: "article", words: ["le", "la", "les", "l", "un", "une", "des", "du"], reason: "French articles." },
    { id: "fr-locatives", kind: "locative", words: ["à", "en", "de", "d", "depuis", "vers", "près", "dans", "au", "aux"], reason: "French prepositions of place." },
    { id: "fr-place-nouns", kind: "place-noun", words: ["ville", "capitale", "région", "province", "département", "commune", "village"], reason: "French nouns for a kind of place before its name." },
    { id: "fr-legal", kind: "legal-form", words: ["sa", "sas", "sarl", "sca", "sasu"], reason: "French legal forms." },
  ],
  es: [
    { id: "es-titles", kind: "title", words: ["presidente", "presidenta", "ministro", "ministra", "alcalde", "alcaldesa", "diputado", "diputada", "senador", "senadora", "gobernador", "gobernadora", "embajador", "embajadora", "portavoz", "secretario", "secretaria", "juez", "jueza", "general", "señor", "señora", "don", "doña", "doctor", "doctora", "rey", "reina", "papa", "entrenador"], reason: "Spanish offices and forms of address, written in lower case before a name." },
    { id: "es-articles", kind: "article", words: ["el", "la", "los", "las", "un", "una", "unos", "unas", "del", "al"], reason: "Spanish articles." },
    { id: "es-locatives", kind: "locative", words: ["en", "de", "desde", "hacia", "hasta", "cerca"], reason: "Spanish prepositions of place." },
    { id: "es-place-nouns", kind: "place-noun", words: ["ciudad", "capital", "provincia", "región", "comunidad", "municipio", "pueblo"], reason: "Spanish nouns for a kind of place before its name." },
    { id: "es-legal", kind: "legal-form", words: ["sa", "s.a", "sl", "s.l", "sau"], reason: "Spanish legal forms." },
  ],
  it: [
    { id: "it-titles", kind: "title", words: ["presidente", "presidentessa", "ministro", "ministra", "sindaco", "sindaca", "premier", "senatore", "senatrice", "deputato", "deputata", "ambasciatore", "portavoce", "segretario", "segretaria", "governatore", "giudice", "generale", "onorevole", "signor", "signore", "signora", "dottor", "dottore", "dottoressa", "professore", "papa", "re", "regina", "allenatore"], reason: "Italian offices and forms of address, written in lower case before a name." },
    { id: "it-articles", kind: "article", words: ["il", "lo", "la", "i", "gli", "le", "l", "un", "uno", "una"], reason: "Italian articles." },
    { id: "it-locatives", kind: "locative", words: ["a", "in", "da", "di", "presso", "verso", "nel", "nella"], reason: "Italian prepositions of place." },
    { id: "it-place-nouns", kind: "place-noun", words: ["città", "capitale", "regione", "provincia", "comune", "paese"], reason: "Italian nouns for a kind of place before its name." },
    { id: "it-legal", kind: "legal-form", words: ["spa", "s.p.a", "srl", "s.r.l"], reason: "Italian legal forms." },
  ],
  pt: [
    { id: "pt-titles", kind: "title", words: ["presidente", "ministro", "ministra", "prefeito", "prefeita", "governador", "governadora", "deputado", "deputada", "senador", "senadora", "embaixador", "porta-voz", "secretário", "secretária", "juiz", "juíza", "general", "senhor", "senhora", "doutor", "doutora", "papa", "rei", "rainha", "treinador"], reason: "Portuguese offices and forms of address, written in lower case before a name." },
    { id: "pt-articles", kind: "article", words: ["o", "a", "os", "as", "um", "uma", "do", "da", "dos", "das"], reason: "Portuguese articles." },
    { id: "pt-locatives", kind: "locative", words: ["em", "no", "na", "de", "para", "desde", "perto"], reason: "Portuguese prepositions of place." },
    { id: "pt-place-nouns", kind: "place-noun", words: ["cidade", "capital", "estado", "região", "província", "município"], reason: "Portuguese nouns for a kind of place before its name." },
    { id: "pt-legal", kind: "legal-form", words: ["sa", "s.a", "ltda"], reason: "Portuguese legal forms." },
  ],
  nl: [
    { id: "nl-titles", kind: "title", words: ["minister", "premier", "burgemeester", "president", "voorzitter", "woordvoerder", "woordvoerster", "staatssecretaris", "wethouder", "ambassadeur", "gouverneur", "rechter", "generaal", "koning", "koningin", "paus", "heer", "mevrouw", "dokter", "professor", "trainer"], reason: "Dutch offices and forms of address written before a name." },
    { id: "nl-articles", kind: "article", words: ["de", "het", "een"], reason: "Dutch articles." },
    { id: "nl-locatives", kind: "locative", words: ["in", "uit", "naar", "van", "bij", "nabij"], reason: "Dutch prepositions of place." },
    { id: "nl-place-nouns", kind: "place-noun", words: ["stad", "hoofdstad", "provincie", "gemeente", "regio", "dorp"], reason: "Dutch nouns for a kind of place before its name." },
    { id: "nl-legal", kind: "legal-form", words: ["nv", "n.v", "bv", "b.v"], reason: "Dutch legal forms." },
  ],
  pl: [
    { id: "pl-titles", kind: "title", words: ["prezydent", "premier", "minister", "burmistrz", "prezes", "poseł", "posłanka", "senator", "wojewoda", "marszałek", "ambasador", "rzecznik", "sędzia", "generał", "pan", "pani", "papież", "król", "królowa", "trener"], reason: "Polish offices and forms of address written before a name." },
    { id: "pl-articles", kind: "article", words: [], reason: "Polish has no articles." },
    { id: "pl-locatives", kind: "locative", words: ["w", "we", "z", "ze", "do", "pod", "koło", "niedaleko"], reason: "Polish prepositions of place." },
    { id: "pl-place-nouns", kind: "place-noun", words: ["miasto", "stolica", "województwo", "gmina", "wieś"], reason: "Polish nouns for a kind of place before its name." },
    { id: "pl-legal", kind: "legal-form", words: ["sa", "s.a"], reason: "Polish legal forms." },
  ],
};

/**
 * Countries where each language is the main written one: their regions and large towns stand alone
 * in such text ("Wien", "Bayern"); elsewhere a preposition of place must introduce them.
 */
export const HOME_COUNTRIES: Readonly<Record<string, readonly string[]>> = {
  de: ["DE", "AT", "CH", "LI", "LU"],
  fr: ["FR", "BE", "CH", "LU", "MC", "CA"],
  es: ["ES", "MX", "AR", "CO", "CL", "PE", "VE", "EC", "GT", "CU", "BO", "DO", "HN", "PY", "SV", "NI", "CR", "PA", "UY", "PR"],
  it: ["IT", "CH", "SM", "VA"],
  pt: ["PT", "BR", "AO", "MZ"],
  nl: ["NL", "BE"],
  pl: ["PL"],
};

/** Lower case without accents or a final period: the key every word list above is read with. */
export const foldWord = (w: string): string =>
  w.normalize("NFD").replace(/\p{M}/gu, "").toLowerCase().replace(/\.$/, "");

const index = new Map<string, Map<LanguageWords["kind"], Set<string>>>();
for (const [lang, lists] of Object.entries(LANGUAGE_WORDS)) {
  const byKind = new Map<LanguageWords["kind"], Set<string>>();
  for (const l of lists) {
    const set = byKind.get(l.kind) ?? new Set<string>();
    for (const w of l.words) set.add(foldWord(w));
    byKind.set(l.kind, set);
  }
  index.set(lang, byKind);
}

/** Articles of every language above: none of them opens a name ("Der", "Le", "El", "Il"). */
const ALL_ARTICLES = new Set([...index.values()].flatMap((m) => [...(m.get("article") ?? [])]));

/** Is `word` a word of this kind in the language (ISO 639-1 code)? */
export const isLanguageWord = (lang: string, kind: LanguageWords["kind"], word: string): boolean =>
  index.get(lang)?.get(kind)?.has(foldWord(word)) ?? false;

/** An article of any of the languages above. */
export const isForeignArticle = (word: string): boolean => ALL_ARTICLES.has(foldWord(word));

/** Languages whose words are listed here. */
export const hasLanguageWords = (lang: string): boolean => index.has(lang);
