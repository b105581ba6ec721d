// Names of the right kind, labelled by hand before the tool was run on them. Each case is a
// sentence, a name and what must hold of it: its kind ("person", "organization", "place"), or
// that it is not of a kind ("no-person", "no-place", "no-org"), or that it is no entity at all
// ("none": in none of the three lists). `alias` must be among the person's aliases, `notAlias`
// must not.
export type Expectation = "person" | "organization" | "place" | "no-person" | "no-place" | "no-org" | "none";
export interface TypingCase {
  readonly text: string;
  readonly name: string;
  readonly expect: Expectation;
  readonly alias?: string;
  readonly notAlias?: string;
}

const c = (text: string, name: string, expect: Expectation, more: { alias?: string; notAlias?: string } = {}): TypingCase => ({ text, name, expect, ...more });

/** A dateline written in capitals is a place, never a person. */
const DATELINES: TypingCase[] = [
  c("AUSTIN (KXAN) — Voters headed to the polls on Tuesday to decide the bond.", "AUSTIN", "place"),
  c("AUSTIN (KXAN) — Voters headed to the polls on Tuesday to decide the bond.", "AUSTIN", "no-person"),
  c("HOUSTON (AP) — The storm knocked out power to thousands of homes.", "HOUSTON", "place"),
  c("DENVER — Snow closed the main highway on Monday.", "DENVER", "place"),
  c("PHOENIX (Reuters) — Temperatures reached a record high on Sunday.", "PHOENIX", "place"),
  c("MADISON, Wis. (AP) — Lawmakers passed the budget on Thursday.", "MADISON", "place"),
  c("MADISON, Wis. (AP) — Lawmakers passed the budget on Thursday.", "MADISON", "no-person"),
  c("JACKSON, Miss. (AP) — The water crisis entered its second week.", "JACKSON", "no-person"),
  c("LINCOLN, Neb. (AP) — The governor signed the bill on Friday.", "LINCOLN", "no-person"),
  c("CHARLOTTE, N.C. (AP) — The bank cut 500 jobs.", "CHARLOTTE", "no-person"),
  c("SYDNEY (Reuters) — Australian shares rose on Monday.", "SYDNEY", "place"),
  c("SYDNEY (Reuters) — Australian shares rose on Monday.", "SYDNEY", "no-person"),
  c("WASHINGTON (Reuters) — The Senate passed the bill late on Friday.", "WASHINGTON", "place"),
  c("TOKYO, Jan. 31 (Reuters) — Japan's exports rose in December.", "TOKYO", "place"),
];

/** Market indices, tickers and instrument codes: neither people nor organizations. */
const MARKETS: TypingCase[] = [
  c("The Dow Jones Industrial Average fell 2 percent on Monday.", "Dow Jones Industrial Average", "no-person"),
  c("The Dow Jones Industrial Average fell 2 percent on Monday.", "Dow Jones Industrial Average", "no-org"),
  c("The S&P 500 rose 1.2 percent to a record.", "S&P 500", "no-person"),
  c("The Nasdaq Composite slipped 0.4 percent.", "Nasdaq Composite", "no-person"),
  c("The Nasdaq Composite slipped 0.4 percent.", "Nasdaq Composite", "no-org"),
  c("London's FTSE 100 closed 0.8 percent higher.", "FTSE 100", "no-person"),
  c("London's FTSE 100 closed 0.8 percent higher.", "FTSE 100", "no-org"),
  c("The Hang Seng Index fell 1.5 percent in Hong Kong.", "Hang Seng Index", "no-person"),
  c("The Hang Seng Index fell 1.5 percent in Hong Kong.", "Hang Seng Index", "no-org"),
  c("Germany's DAX index rose 0.5 percent.", "DAX", "no-person"),
  c("Germany's DAX index rose 0.5 percent.", "DAX", "no-org"),
  c("Japan's Nikkei 225 fell 300 points.", "Nikkei 225", "no-person"),
  c("Japan's Nikkei 225 fell 300 points.", "Nikkei 225", "no-org"),
  c("Shares of the carmaker (TSLA.O) rose 5 percent.", "TSLA.O", "no-org"),
  c("Shares of the carmaker (TSLA.O) rose 5 percent.", "TSLA.O", "no-person"),
  c("The benchmark Stoxx 600 index gained 0.3 percent.", "Stoxx 600", "no-person"),
  c("The benchmark Stoxx 600 index gained 0.3 percent.", "Stoxx 600", "no-org"),
  c("France's CAC 40 fell 1 percent.", "CAC 40", "no-org"),
  c("France's CAC 40 fell 1 percent.", "CAC 40", "no-person"),
  c("The Russell 2000 index of small companies rose 2 percent.", "Russell 2000", "no-person"),
  c("The Euro Stoxx 50 ended the week lower.", "Euro Stoxx 50", "no-person"),
  c("The Euro Stoxx 50 ended the week lower.", "Euro Stoxx 50", "no-org"),
];

/** Particles stay with the surname; the East Asian family name comes first everywhere. */
const NAMES: TypingCase[] = [
  c("Robert De Niro stars in the new film.", "Robert De Niro", "person", { alias: "De Niro", notAlias: "Niro" }),
  c("Al Pacino and Robert De Niro appeared together.", "Al Pacino", "person"),
  c("Al Pacino and Robert De Niro appeared together.", "Al Pacino", "no-org"),
  c("Ursula von der Leyen spoke in Brussels on Monday.", "Ursula von der Leyen", "person", { alias: "von der Leyen", notAlias: "Leyen" }),
  c("Mark Van Bommel scored the winning goal.", "Mark Van Bommel", "person", { alias: "Van Bommel", notAlias: "Bommel" }),
  c("Osama bin Laden was killed in 2011.", "Osama bin Laden", "person", { alias: "bin Laden", notAlias: "Laden" }),
  c("Charles de Gaulle led France after the war.", "Charles de Gaulle", "person", { alias: "de Gaulle", notAlias: "Gaulle" }),
  c("Ludwig van Beethoven wrote nine symphonies.", "Ludwig van Beethoven", "person", { notAlias: "Beethoven van" }),
  c("Rafael van der Vaart joined the club.", "Rafael van der Vaart", "person", { alias: "van der Vaart", notAlias: "Vaart" }),
  c("Mohammed Bin Salman met the envoy.", "Mohammed Bin Salman", "person", { alias: "Bin Salman", notAlias: "Salman" }),
  c("Director Bong Joon Ho won the top prize at Cannes.", "Bong Joon Ho", "person", { alias: "Bong", notAlias: "Ho" }),
  c("President Moon Jae-in met Kim Jong Un at the border.", "Kim Jong Un", "person", { alias: "Kim", notAlias: "Un" }),
  c("President Moon Jae-in met Kim Jong Un at the border.", "Moon Jae-in", "person", { alias: "Moon", notAlias: "Jae-in" }),
  c("Chinese President Xi Jinping arrived in Moscow.", "Xi Jinping", "person", { alias: "Xi", notAlias: "Jinping" }),
  c("Singapore's Lee Hsien Loong spoke at the summit.", "Lee Hsien Loong", "person", { alias: "Lee", notAlias: "Loong" }),
  c("South Korean Defense Minister Ahn Gyu-back arrived in Japan.", "Ahn Gyu-back", "person", { alias: "Ahn" }),
  c("The film by Park Chan-wook opened the festival.", "Park Chan-wook", "person", { alias: "Park" }),
  c("Director Zhang Yimou's new film opened in Beijing.", "Zhang Yimou", "person", { alias: "Zhang", notAlias: "Yimou" }),
  c("Nguyen Phu Trong met the visiting delegation.", "Nguyen Phu Trong", "person", { alias: "Nguyen", notAlias: "Trong" }),
  c("Shinzo Abe visited Washington in April.", "Shinzo Abe", "person", { alias: "Abe" }),
  c("Kim Clijsters won the US Open.", "Kim Clijsters", "person", { alias: "Clijsters", notAlias: "Kim" }),
  c("Bong Joon Ho thanked the jury. Bong said he was surprised.", "Bong Joon Ho", "person", { alias: "Bong", notAlias: "Ho" }),
  c("Leonardo DiCaprio and Brad Pitt star in the film.", "Brad Pitt", "person", { alias: "Pitt" }),
  // A particle that opens a sentence stays with the surname, and that surname is the person named before.
  c("Robert De Niro won the award. De Niro thanked the crowd.", "Robert De Niro", "person", { notAlias: "Niro" }),
  c("Robert De Niro won the award. De Niro thanked the crowd.", "De Niro", "no-org"),
  c("Vincent van Gogh painted it in 1889. Van Gogh died a year later.", "Vincent van Gogh", "person", { notAlias: "Gogh" }),
  c("Vincent van Gogh painted it in 1889. Van Gogh died a year later.", "Van Gogh", "no-org"),
  c("Ursula von der Leyen spoke in Brussels. Von der Leyen said the bloc would act.", "Ursula von der Leyen", "person", { notAlias: "der Leyen" }),
  c("Ursula von der Leyen spoke in Brussels. Von der Leyen said the bloc would act.", "Von der Leyen", "no-org"),
  c("Mohammed bin Salman met the president. Bin Salman said the talks went well.", "Mohammed bin Salman", "person", { notAlias: "Salman" }),
  c("Mohammed bin Salman met the president. Bin Salman said the talks went well.", "Bin Salman", "no-org"),
  c("Angel Di Maria crossed the ball. Di Maria then scored twice.", "Di Maria", "no-org"),
  c("De Niro was born in New York in 1943.", "Niro", "none"),
  // A given name that opens the sentence stays with the name after it, even when it is also an
  // ordinary word ("Marine", "Frank"); a particle surname linked to that person is the person.
  c("Marine Le Pen led the polls. Le Pen said she would win.", "Marine Le Pen", "person", { alias: "Le Pen" }),
  c("Marine Le Pen led the polls. Le Pen said she would win.", "Le Pen", "no-org"),
  c("Frank Lampard scored twice for Chelsea on Saturday.", "Frank Lampard", "person"),
  c("Ruby Wax hosted the show on Friday night.", "Ruby Wax", "person"),
  c("Jean Castex resigned as prime minister on Friday.", "Jean Castex", "person"),
  c("Olive Morris campaigned for housing rights in Brixton.", "Olive Morris", "person"),
  c("Penny Mordaunt spoke in the Commons. Mordaunt said the vote would go ahead.", "Penny Mordaunt", "person", { alias: "Mordaunt" }),
  c("Marine biologists found the reef badly damaged.", "Marine", "none"),
  c("Trump beat Clinton in Ohio.", "Trump", "person"),
  c("Trump beat Clinton in Ohio.", "Clinton", "person"),
];

/** Words of a kind that is no person: bodies, shows, systems. */
const NOT_PEOPLE: TypingCase[] = [
  c("The Teacher Retirement System of Texas invested $1 billion.", "Retirement System", "no-person"),
  c("The state's Employees Retirement System said returns were strong.", "Retirement System", "no-person"),
  c("The Employees Retirement System said returns were strong.", "Employees Retirement System", "no-person"),
  c("She won an Emmy for The Marvelous Mrs Maisel.", "Marvelous Mrs Maisel", "no-person"),
  c("The Marvelous Mrs Maisel won eight awards.", "Maisel", "no-person"),
  c("She starred in The Talented Mr Ripley in 1999.", "Ripley", "no-person"),
  c("“Mrs Maisel” actress Alex Borstein thanked the writers.", "Maisel", "no-person"),
  c("The cast of “Mr Robot” returned for a final season.", "Robot", "no-person"),
  c("“Mr Smith was very kind to us,” said a neighbour.", "Smith", "person"),
  c("The Pension Benefit Guaranty Corporation took over the plan.", "Pension Benefit Guaranty Corporation", "organization"),
  c("The Federal Reserve System raised rates.", "Federal Reserve System", "no-person"),
  c("The National Weather Service issued a warning.", "National Weather Service", "organization"),
  c("The Social Security Administration sent letters.", "Social Security Administration", "no-person"),
  c("The Texas Education Agency released the ratings.", "Texas Education Agency", "no-person"),
];

/** Titles of nobility and buildings without their city are no places. */
const NOBILITY: TypingCase[] = [
  c("The Duchess of Sussex visited a school in London.", "Duchess of Sussex", "no-place"),
  c("The Duchess of Sussex visited a school in London.", "Sussex", "no-place"),
  c("The Duke of Cambridge opened the new hospital wing.", "Duke of Cambridge", "no-place"),
  c("The Duke of Cambridge opened the new hospital wing.", "Cambridge", "no-place"),
  c("The Duke of Edinburgh died at the age of 99.", "Edinburgh", "no-place"),
  c("The Earl of Wessex attended the service.", "Wessex", "no-place"),
  c("The Prince of Wales gave a speech.", "Wales", "no-place"),
  c("The Duke of York stepped back from royal duties.", "York", "no-place"),
  c("The Marquess of Bath died at his home.", "Bath", "no-place"),
  c("The Countess of Wessex visited the troops.", "Countess of Wessex", "no-place"),
];

/** A single upper-case acronym is no place; letters of another script inside a Latin word make no name. */
const ACRONYMS: TypingCase[] = [
  c("UCU members voted to strike over pay.", "UCU", "no-place"),
  c("The UCU said the strike would go ahead.", "UCU", "no-place"),
  c("The NEU called on teachers to walk out.", "NEU", "no-place"),
  c("The GMB union accepted the offer.", "GMB", "no-place"),
  c("Officials from PAHO visited the clinic.", "PAHO", "no-place"),
  c("The RMT said the train strike would continue.", "RMT", "no-place"),
  c("The ACLU sued the state on Monday.", "ACLU", "no-place"),
  c("The NAACP called for an inquiry.", "NAACP", "no-place"),
  c("Troops from the U.S. and UK joined the exercise.", "UK", "place"),
  c("Troops from the U.S. and UK joined the exercise.", "U.S.", "place"),
  c("Officials from the UAE arrived on Monday.", "UAE", "place"),
  c("The PАНО office in Belize reported new cases.", "PАНО", "no-place"),
  c("Health workers in Веlize received the vaccine.", "Веlize", "no-place"),
  c("The Мinistry of Health in Belize confirmed the cases.", "Belize", "place"),
];

/** Buildings of a known kind are placed only by their city's evidence, and royal palaces are not in the United States. */
const BUILDINGS: TypingCase[] = [
  c("The Queen returned to Buckingham Palace on Friday.", "Buckingham Palace", "place"),
  c("Crowds gathered outside Kensington Palace.", "Kensington Palace", "no-person"),
  c("The summit was held at Windsor Castle.", "Windsor Castle", "no-person"),
];

/** Coined names of organizations, typed by the list they stand in or by the frame they are written in. */
const COINED: TypingCase[] = [
  c("The partners are Lufthansa, Quantix Orbital and Brightline Freight.", "Quantix Orbital", "organization"),
  c("Kestrel, the drone maker, said it had raised new funds.", "Kestrel", "organization"),
  c("Halden, which owns three ferry lines, reported a loss.", "Halden", "organization"),
  c("Halden, which owns three ferry lines, reported a loss.", "Halden", "no-place"),
  c("Smith and Jones both scored for Leeds United on Saturday.", "Jones", "no-org"),
];

/** Clubs named after their towns, in sports context, are organizations. */
const CLUBS: TypingCase[] = [
  c("Tottenham beat Arsenal 2-1 in London on Saturday.", "Tottenham", "organization"),
  c("Tottenham beat Arsenal 2-1 in London on Saturday.", "Arsenal", "organization"),
  c("Chelsea beat Arsenal 3-0 at Stamford Bridge.", "Chelsea", "organization"),
  c("Chelsea beat Arsenal 3-0 at Stamford Bridge.", "Arsenal", "organization"),
  c("Everton drew 2-2 with Liverpool on Sunday.", "Everton", "organization"),
  c("Everton drew 2-2 with Liverpool on Sunday.", "Liverpool", "organization"),
  c("Arsenal signed the striker from Lyon for 50 million euros.", "Arsenal", "organization"),
  c("Celtic beat Rangers 2-0 in Glasgow on Sunday.", "Rangers", "organization"),
  c("Celtic beat Rangers 2-0 in Glasgow on Sunday.", "Celtic", "organization"),
  c("Leeds United beat Millwall 1-0 on Saturday.", "Leeds United", "organization"),
  c("Real Madrid beat Valencia 4-1 on Sunday.", "Valencia", "organization"),
  c("Real Madrid beat Valencia 4-1 on Sunday.", "Real Madrid", "organization"),
  c("Tottenham beat Arsenal in London on Saturday.", "Arsenal", "organization"),
  c("Tottenham beat Arsenal in London on Saturday.", "Tottenham", "organization"),
];

export const TYPING_CASES: readonly TypingCase[] = [...DATELINES, ...MARKETS, ...NAMES, ...NOT_PEOPLE, ...NOBILITY, ...ACRONYMS, ...BUILDINGS, ...COINED, ...CLUBS];
