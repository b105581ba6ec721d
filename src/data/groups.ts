// Capitalised words for peoples, faiths, movements and directions: names of groups (CoNLL's
// "miscellaneous"), not people, organizations or places, even when they stand alone.

export interface GroupWord {
  readonly words: readonly string[];
  readonly reason: string;
}

export const GROUP_WORDS: readonly GroupWord[] = [
  { words: ["Arab", "Arabs", "Arabic", "Kurd", "Kurds", "Kurdish", "Jew", "Jews", "Jewish", "Basque", "Basques", "Catalan", "Tamil", "Tamils", "Sikh", "Sikhs", "Hutu", "Hutus", "Tutsi", "Tutsis", "Pashtun", "Zulu", "Zulus", "Slav", "Slavs", "Slavic", "Roma", "Gypsy", "Gypsies", "Aboriginal", "Aborigines", "Hispanic", "Hispanics", "Latino", "Latinos", "Berber", "Berbers", "Uighur", "Uighurs", "Chechen", "Chechens", "Albanians", "Abkhaz", "Ossetian", "Druze", "Maronite", "Copt", "Coptic", "Bedouin", "Anglo", "Francophone", "Walloon", "Flemish", "Caucasian", "Asian", "Asians", "African", "Africans", "European", "Europeans", "Latin", "Nordic", "Scandinavian", "Himalayan", "Transylvanian", "Soviet", "Yugoslav"], reason: "Peoples, ethnic groups and adjectives of regions." },
  { words: ["Muslim", "Muslims", "Moslem", "Moslems", "Islamic", "Islamist", "Islamists", "Christian", "Christians", "Catholic", "Catholics", "Protestant", "Protestants", "Orthodox", "Sunni", "Sunnis", "Shi'ite", "Shi'ites", "Shiite", "Shiites", "Shia", "Hindu", "Hindus", "Buddhist", "Buddhists", "Anglican", "Evangelical", "Mormon", "Lutheran", "Methodist", "Baptist", "Zionist", "Jesuit"], reason: "Faiths and their followers." },
  { words: ["Communist", "Communists", "Socialist", "Socialists", "Conservative", "Liberal", "Liberals", "Republican", "Democrat", "Democratic", "Marxist", "Maoist", "Nazi", "Nazis", "Fascist", "Nationalist", "Nationalists", "Separatist", "Separatists", "Royalist", "Loyalist", "Loyalists", "Unionist", "Unionists", "Republicans", "Democrats", "Tory", "Tories", "Conservatives", "Greens"], reason: "Political currents and their members." },
  { words: ["North", "South", "East", "West", "Western", "Eastern", "Northern", "Southern", "Central", "Northeast", "Northwest", "Southeast", "Southwest", "Mid", "Upper", "Lower", "Greater", "Inner", "Outer"], reason: "Directions alone are parts of a name, never a name." },
  { words: ["Internet", "Web", "English", "French", "German", "Spanish", "Russian", "Chinese", "Japanese", "Italian", "Portuguese", "Dutch", "Arabic", "Hebrew", "Urdu", "Hindi", "Mandarin", "Cantonese", "Swahili", "Euro", "Euros", "Ecu", "Ecus"], reason: "Languages, currencies and common proper nouns." },
];

/** Whole names that are neither people, organizations nor places: market indices, feasts, books, prizes. */
export const OTHER_NAMES: readonly GroupWord[] = [
  { words: ["Dow Jones", "Dow", "Nikkei", "FTSE", "DAX", "CAC", "CAC-40", "Hang Seng", "All-Ordinaries", "Nasdaq Composite", "Straits Times Index", "Topix", "Bel-20", "Ibex", "Mibtel"], reason: "Stock market indices." },
  { words: ["Christmas", "Easter", "Ramadan", "Eid", "Passover", "Hanukkah", "Diwali", "Thanksgiving", "Koran", "Bible", "Torah", "Nobel", "Nobel Prize", "Oscar", "Oscars", "Grammy", "Emmy", "Pulitzer"], reason: "Feasts, scriptures and prizes." },
];

const others = new Set(OTHER_NAMES.flatMap((g) => g.words.map((w) => w.toLowerCase())));
export const isOtherName = (name: string): boolean => others.has(name.toLowerCase());

const groups = new Set(GROUP_WORDS.flatMap((g) => g.words.map((w) => w.toLowerCase())));
export const isGroupWord = (word: string): boolean => groups.has(word.toLowerCase().replace(/['’]s$/u, ""));

/**
 * Last words of names of things that are neither people, organizations nor places: instruments
 * and craft ("James Webb Space Telescope", "Perseverance Rover"), decorations ("Fields Medal"). A
 * first name at their head does not make a person.
 */
export const THING_ENDINGS: readonly GroupWord[] = [
  { words: ["Telescope", "Rover", "Probe", "Spacecraft", "Satellite", "Lander", "Orbiter", "Capsule", "Submarine", "Aircraft", "Airliner", "Jet", "Warship", "Destroyer", "Frigate", "Missile", "Rocket"], reason: "Instruments, craft and vessels." },
  // Awards and prizes are event endings (data/sports.ts EVENT_ENDINGS); medals are not events.
  { words: ["Medal", "Medals"], reason: "Decorations." },
];

const thingEndings = new Set(THING_ENDINGS.flatMap((g) => g.words.map((w) => w.toLowerCase())));
export const isThingEnding = (word: string): boolean => thingEndings.has(word.toLowerCase());
