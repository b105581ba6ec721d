// Family names that come first in East Asian personal names as news writes them ("Ahn Gyu-back",
// "Li Peng", "Kim Young-sam"): the family name, not the last word, is how such a person is called.

export const FAMILY_NAME_FIRST_COUNTRIES: ReadonlySet<string> = new Set(["KR", "KP", "CN", "TW", "HK", "MO", "VN", "SG", "MN"]);

/** Common Korean, Chinese and Vietnamese family names in their usual romanisations. */
export const EAST_ASIAN_FAMILY_NAMES: ReadonlySet<string> = new Set([
  "kim", "lee", "yi", "park", "pak", "choi", "choe", "jung", "chung", "cheong", "kang", "cho", "jo", "yoon", "yun",
  "jang", "chang", "lim", "im", "han", "oh", "seo", "suh", "shin", "sin", "kwon", "hwang", "ahn", "an", "song",
  "jeon", "chun", "hong", "ko", "go", "moon", "mun", "yang", "son", "bae", "baek", "paik", "heo", "hur", "nam",
  "noh", "roh", "ha", "ryu", "yoo", "yu", "ban", "wang", "li", "zhang", "liu", "chen", "huang", "zhao", "wu",
  "zhou", "xu", "sun", "ma", "zhu", "hu", "guo", "he", "lin", "luo", "gao", "zheng", "liang", "xie", "tang",
  "deng", "feng", "cao", "peng", "zeng", "xiao", "tian", "dong", "pan", "yuan", "cai", "jiang", "yu", "du",
  "ye", "cheng", "wei", "su", "lu", "ding", "ren", "shen", "yao", "qian", "jia", "fu", "fang", "bai", "zou",
  "meng", "xiong", "qin", "qiu", "hou", "jin", "tan", "wen", "shi", "qiao", "nguyen", "tran", "le", "pham",
  "hoang", "huynh", "vo", "dang", "bui", "do", "ngo", "duong", "ly", "chiang", "teng", "koo", "lau", "wong",
  "leung", "cheung", "tsang", "chan", "ng", "tung", "lai", "yeung", "kwok", "fung", "chow", "mok", "lam",
  // further Chinese and Korean family names news writes often (Xi Jinping, Bong Joon Ho)
  "xi", "hua", "kong", "mao", "lei", "yan", "yin", "xue", "wan", "ho", "hsu", "hsieh", "kuo", "chou", "chu",
  "tsai", "soong", "bong", "byun", "cha", "chae", "jeong", "joo", "kwak", "seong", "sung", "woo", "yeo",
]);

/**
 * A given name romanised from Chinese in pinyin, one or two syllables ("Jinping", "Yimou", "Long"):
 * after an East Asian family name it shows East Asian order when nothing else does. Western
 * surnames are almost never a run of pinyin syllables ("Clijsters", "Jones", "Basinger").
 */
const PINYIN_GIVEN_NAME = /^(?:(?:zh|ch|sh|[bpmfdtnlgkhjqxrzcsyw])?(?:iang|iong|uang|ang|eng|ing|ong|ian|iao|uai|uan|ai|ei|ao|ou|an|en|in|un|ia|ie|iu|ua|uo|ui|ue|er|a|o|e|i|u)){1,2}$/;
export const isPinyinGivenName = (word: string): boolean => PINYIN_GIVEN_NAME.test(word.toLowerCase());

/** Family names also common as other words before a name, not read as East Asian order from the given name's shape alone ("Le Pen"). */
export const SHAPE_EXCLUDED_FAMILY_NAMES: ReadonlySet<string> = new Set(["le", "do", "an", "go", "he", "im", "so"]);

/** Particles that belong to the surname after them ("De Niro", "von der Leyen", "bin Laden"). */
export const SURNAME_PARTICLES: ReadonlySet<string> = new Set(["bin", "ibn", "bint", "de", "da", "di", "del", "della", "der", "den", "van", "von", "du", "dos", "das", "ter", "ten", "le", "la", "zu", "al", "el"]);

/** "De", "Van", "Le" written with a capital: the particle opens a surname ("De Niro", "Le Pen"). */
export const isCapitalisedParticle = (word: string): boolean =>
  SURNAME_PARTICLES.has(word.toLowerCase()) && /^\p{Lu}\p{Ll}*$/u.test(word);

/**
 * The endings of a full name that open with a particle: "Robert De Niro" -> ["De Niro"], "Ursula
 * von der Leyen" -> ["von der Leyen", "der Leyen"]. Each is that person's surname.
 */
export function particleSurnames(words: readonly string[]): string[] {
  const out: string[] = [];
  for (let k = 1; k < words.length - 1; k++) if (SURNAME_PARTICLES.has(words[k]!.toLowerCase())) out.push(words.slice(k).join(" "));
  return out;
}

/** Words after a surname that are not the surname ("Jr", "III"). */
export const NAME_SUFFIXES: ReadonlySet<string> = new Set(["jr", "sr", "ii", "iii", "iv", "junior", "senior"]);

/**
 * Given names that compromise's lexicon reads as ordinary words ("Marine" an adjective, "Rose" a
 * noun, "Frank" a comparative): with its own given names (FirstName, MaleName, FemaleName) they
 * make the name data. Opening a sentence before a capitalised word ("Marine Le Pen led ...") such
 * a word is the start of the name. Modals and months ("Will", "May", "June") are left out: before a
 * capitalised word they open questions and dates far more often than names.
 */
export const GIVEN_NAMES_ALSO_WORDS: ReadonlySet<string> = new Set([
  "marine", "rose", "bill", "faith", "joy", "dawn", "ruby", "pearl", "ray", "gene", "holly", "daisy",
  "violet", "lily", "jasmine", "olive", "hazel", "eve", "jade", "penny", "robin", "rex", "frank",
  "rusty", "sandy", "woody", "misty", "iris", "cherry", "felicity", "ginger", "mercy", "sunny", "jean",
  "guy", "christian",
]);
