// Places that no country, region or city list holds: continents, world regions, seas, disputed
// territories; and the words that end names of places (roads, grounds, rivers, islands).

export interface NamedArea {
  readonly name: string;
  readonly countryCode: string | null;
  readonly type: "region" | "facility" | "other";
  readonly reason: string;
}

const area = (names: string[], countryCode: string | null, type: NamedArea["type"], reason: string): NamedArea[] =>
  names.map((name) => ({ name, countryCode, type, reason }));

export const NAMED_AREAS: readonly NamedArea[] = [
  ...area(["Europe", "Asia", "Africa", "North America", "South America", "Latin America", "Central America", "Oceania", "Antarctica", "Arctic", "Eurasia", "Australasia"], null, "other", "Continents."),
  ...area(["Middle East", "Balkan", "Near East", "Far East", "Gulf", "Persian Gulf", "Arabian Gulf", "Balkans", "Caribbean", "Scandinavia", "Central Asia", "Southeast Asia", "South Asia", "East Asia", "Asia-Pacific", "Western Europe", "Eastern Europe", "Central Europe", "Northern Europe", "Southern Europe", "Baltics", "Caucasus", "Maghreb", "Sahel", "Horn of Africa", "West Africa", "East Africa", "Southern Africa", "North Africa", "Central Africa", "Indochina", "Mediterranean", "Pacific", "Atlantic", "Indian Ocean", "Pacific Ocean", "Atlantic Ocean", "Baltic", "Baltic Sea", "Black Sea", "Caspian", "Caspian Sea", "North Sea", "Red Sea", "Sahara", "Amazon", "Alps", "Himalayas", "Andes", "Great Lakes", "South China Sea", "East China Sea", "Sea of Japan", "Yellow Sea", "Aegean", "Adriatic", "Irish Sea", "English Channel", "Channel", "Suez Canal", "Panama Canal", "Strait of Hormuz", "Arabian Sea", "Western Sahara"], null, "other", "World regions, seas and ranges that span countries."),
  ...area(["White House"], "US", "facility", "The building; news also uses it for the administration, but it is written as a place."),
  ...area(["Kremlin"], "RU", "facility", "The fortress in Moscow."),
  ...area(["West Bank", "Gaza", "Gaza Strip", "East Jerusalem"], "PS", "region", "Palestinian territories."),
  ...area(["Golan Heights", "Golan"], "SY", "region", "Territory of Syria held by Israel."),
  ...area(["Korean Peninsula"], null, "other", "Shared by the two Koreas: an area across countries carries no code."),
  ...area(["Americas", "Sub-Saharan Africa", "Iberian Peninsula", "Arabian Peninsula", "Balkan Peninsula", "Scandinavian Peninsula", "Taiwan Strait", "Strait of Malacca", "Malacca Strait", "Gulf of Mexico", "Gulf of Aden", "Gulf of Oman", "Gulf of Guinea", "Bay of Bengal", "Bering Strait", "Sea of Azov", "Sea of Okhotsk", "Ionian Sea", "Tasman Sea", "Coral Sea", "Arctic Ocean", "Southern Ocean", "Danube", "Nile", "Rhine", "Mekong"], null, "other", "Continents, seas, straits and rivers shared by several countries."),
  ...area(["Kashmir"], "IN", "region", "Disputed; most of it is administered by India."),
  ...area(["Tibet"], "CN", "region", "Region of China."),
  ...area(["Chechnya", "Siberia", "Dagestan", "Ingushetia", "Tatarstan"], "RU", "region", "Regions of Russia."),
  ...area(["Kurdistan", "Iraqi Kurdistan"], "IQ", "region", "Kurdish region of Iraq."),
  ...area(["Ulster"], "GB", "region", "Northern Ireland in news usage."),
  ...area(["Crimea"], "UA", "region", "Region of Ukraine."),
  ...area(["Sicily", "Sardinia"], "IT", "region", "Islands of Italy."),
  ...area(["Corsica"], "FR", "region", "Island of France."),
  ...area(["Mindanao", "Luzon"], "PH", "region", "Islands of the Philippines."),
  ...area(["Kosovo"], "XK", "region", "Named as a region in much reporting."),
  ...area(["Hokkaido", "Kyushu", "Honshu", "Shikoku", "Okinawa"], "JP", "region", "Islands of Japan."),
  ...area(["Bavaria", "Saxony", "Lower Saxony", "Thuringia", "Hesse", "North Rhine-Westphalia", "Rhineland-Palatinate"], "DE", "region", "German states by their English names; the region data writes Bayern, Sachsen."),
  ...area(["Catalonia", "Andalusia", "Basque Country", "Castile", "Aragon", "Galicia"], "ES", "region", "Spanish regions by their English names; the region data writes Catalunya, Andalucía."),
  ...area(["Lombardy", "Tuscany", "Piedmont", "Apulia"], "IT", "region", "Italian regions by their English names; the region data writes Lombardia, Toscana."),
  ...area(["Normandy", "Brittany", "Burgundy", "Alsace", "Provence"], "FR", "region", "French regions by their English names; the region data writes Normandie, Bretagne."),
  ...area(["Flanders", "Wallonia"], "BE", "region", "Belgian regions by their English names."),
  ...area(["Bohemia", "Moravia"], "CZ", "region", "Historic lands of the Czech Republic."),
  ...area(["Transylvania"], "RO", "region", "Historic region of Romania."),
  ...area(["Silicon Valley", "Midwest", "New England", "Wall Street"], "US", "other", "Areas of the United States."),
  ...area(["Transvaal", "Natal"], "ZA", "region", "Regions of South Africa."),
  ...area(["Borneo", "Sumatra", "Java", "Bali"], "ID", "region", "Islands of Indonesia."),
];

/** Last words of names of facilities and features; `type` is what the place is. */
export const PLACE_ENDINGS: ReadonlyArray<{ words: readonly string[]; type: "facility" | "region" | "other"; reason: string }> = [
  { words: ["road", "street", "avenue", "boulevard", "square", "bridge", "airport", "stadium", "park", "arena", "ground", "circuit", "racecourse", "raceway", "speedway", "palace", "tower", "towers", "station", "port", "harbour", "harbor", "base", "camp", "prison", "dam", "plaza", "hall", "lane", "gardens", "centre", "center", "field", "oval", "velodrome", "course", "links", "motorway", "highway"], type: "facility", reason: "Built places: roads, grounds, airports, bases." },
  { words: ["river", "lake", "mountains", "mountain", "mount", "island", "islands", "isles", "sea", "ocean", "gulf", "bay", "valley", "peninsula", "strait", "straits", "canal", "coast", "desert", "plateau", "hills", "heights", "strip", "delta", "basin", "glacier", "cape", "reef", "forest", "falls"], type: "other", reason: "Natural features." },
  { words: ["province", "prefecture", "state", "region", "county", "oblast", "governorate", "district", "territory", "canton"], type: "region", reason: "Administrative areas named with their kind." },
];

/** Heads that take an "of" complement inside a place name ("Gulf of Mexico", "Isle of Man"). */
export const PLACE_HEADS: ReadonlySet<string> = new Set(["gulf", "bay", "sea", "isle", "island", "islands", "strait", "straits", "republic", "kingdom", "cape", "lake", "mount", "state", "states", "principality", "sultanate", "emirate", "city", "province", "port", "mouth", "horn"]);
