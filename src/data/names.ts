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
]);

/** Words after a surname that are not the surname ("Jr", "III"). */
export const NAME_SUFFIXES: ReadonlySet<string> = new Set(["jr", "sr", "ii", "iii", "iv", "junior", "senior"]);
