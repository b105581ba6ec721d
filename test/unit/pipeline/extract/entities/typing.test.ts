import { describe, expect, it } from "vitest";
import { names, resolved } from "../../../../helpers/entities.js";

describe("typing by evidence", () => {
  it("takes a title before a name as the person's title and a nationality word as the country", () => {
    const doc = resolved("Japanese Defense Minister Shinjiro Koizumi met reporters in Tokyo on Friday.");
    expect(doc.people).toHaveLength(1);
    expect(doc.people[0]).toMatchObject({ name: "Shinjiro Koizumi", titles: ["Defense Minister"], country: "JP" });
  });

  it("reads the country of a person from a country word before a lower-case title", () => {
    const doc = resolved("Talks went on, Japan's foreign minister Yukihiko Ikeda said on Monday.");
    expect(doc.people[0]).toMatchObject({ name: "Yukihiko Ikeda", titles: ["foreign minister"], country: "JP" });
  });

  it("keeps a surname of a person in the article a person when a frame would make it a body", () => {
    const doc = resolved("Leonard Pryce said his office would appeal. \"We are following the law,\" Pryce said in a statement. On Monday, Crestline said in a statement that it would cut jobs.");
    expect(doc.people.map((p) => [p.name, p.aliases])).toEqual([["Leonard Pryce", ["Pryce"]]]);
    expect(doc.organizations.map((o) => o.name)).toEqual(["Crestline"]);
  });

  it("takes a name that the sentence goes on to call \"its\" for a body, but not a name that starts with a first name", () => {
    const a = resolved("Quillon Verdant said on Tuesday that its factory in Porto would close. Later, Quillon Verdant sold its stake in a mill.");
    expect(a.organizations.map((o) => o.name)).toEqual(["Quillon Verdant"]);
    expect(a.people).toEqual([]);
    expect(resolved("Morrow Lantern cut its forecast for the year.").organizations.map((o) => o.name)).toEqual(["Morrow Lantern"]);
    const b = resolved("Shares of Ardent rose. John Metcalfe said its results were strong.");
    expect(b.people.map((p) => p.name)).toEqual(["John Metcalfe"]);
  });

  it("takes the body that pilots or crews work at for an organization", () => {
    expect(resolved("Pilots at Skyrail Regional voted to strike on Thursday.").organizations.map((o) => o.name)).toEqual(["Skyrail Regional"]);
  });

  it("keeps a ministry's field that opens the sentence in the ministry's name", () => {
    const doc = resolved("Foreign Ministry spokesman Martin Erdmann said the talks went well. Health Ministry officials agreed.");
    expect(doc.organizations.map((o) => o.name)).toEqual(["Foreign Ministry", "Health Ministry"]);
  });

  it("takes a name ending in Project for an association", () => {
    const doc = resolved("Tanya Okoro, director of the Georgia Voting Project, welcomed the ruling.");
    expect(doc.organizations.map((o) => o.name)).toEqual(["Georgia Voting Project"]);
    expect(doc.people.map((p) => p.name)).toEqual(["Tanya Okoro"]);
  });

  it("finds a title inside a longer run of capitals", () => {
    const doc = resolved("The plan was backed by EU Farm Commissioner Franz Fischler on Tuesday.");
    expect(doc.people[0]).toMatchObject({ name: "Franz Fischler", titles: ["Farm Commissioner"] });
  });

  it("makes organizations of names with an organization ending, an 'of' head or a well-known name", () => {
    const found = names("Deutsche Bank and the Ministry of Defence said Reuters had reported the deal to NATO.");
    expect(found.organizations).toEqual(["Deutsche Bank", "Ministry of Defence", "Reuters", "NATO"]);
    expect(found.people).toEqual([]);
  });

  it("ends a company's name at a closing legal form, so that 'of' and a place after it stay apart", () => {
    const found = names("Shares of Acme Widgets Inc of Boulder rose, while Power Corp of Canada and Dow Chemical Co of the United States fell.");
    expect(found.organizations).toEqual(["Acme Widgets Inc", "Power Corp of Canada", "Dow Chemical Co"]);
    expect(found.places).toEqual(["Boulder", "United States"]);
  });

  it("reads a company's name without its legal form or kind of business as that company", () => {
    const text = "Hollin Wexley Industries Inc said on Friday it bought a rival. Hollin Wexley shares rose, and Hollin Wexley said more deals were likely.";
    const found = names(text);
    // The short name is that company: one organization, the short name among its aliases.
    expect(found.organizations).toEqual(["Hollin Wexley Industries Inc"]);
    expect(resolved(text).organizations[0]).toMatchObject({ aliases: ["Hollin Wexley"] });
    expect(found.people).toEqual([]);
  });

  it("leaves the nationality word out of a state's ministry or a body known by its own name", () => {
    const found = names("The Turkish Foreign Ministry said the Russian Duma had met envoys of the Mexican Army and the Indonesian Democratic Party.");
    expect(found.organizations).toEqual(["Foreign Ministry", "Duma", "Mexican Army", "Indonesian Democratic Party"]);
  });

  it("joins two parts of an organization's name around 'and'", () => {
    expect(names("The Securities and Exchange Commission opened an inquiry.").organizations).toEqual(["Securities and Exchange Commission"]);
  });

  it("joins a first part of several words to a body's name after 'and', but not a name with its own ending, a place or a person", () => {
    expect(names("The Lake Victoria and Coastal Studies Institute opened a lab.").organizations).toEqual(["Lake Victoria and Coastal Studies Institute"]);
    expect(names("Deutsche Bank and Harbour Freight Company signed the deal.").organizations).toEqual(["Deutsche Bank", "Harbour Freight Company"]);
    expect(names("Officials from Serbia and Kosovo met in Brussels.").organizations).toEqual([]);
    expect(names("Mary Jones and Harbour Freight Company signed the deal.").organizations).toEqual(["Harbour Freight Company"]);
  });

  it("makes places of countries, regions and cities, and a place of a name after 'capital'", () => {
    const found = names("Rebels attacked the Chechen capital Grozny, and officials in Kanagawa Prefecture and Osaka met envoys from Japan.");
    expect(found.places).toEqual(["Grozny", "Kanagawa Prefecture", "Osaka", "Japan"]);
  });

  it("reads towns as teams in a sports report, but keeps countries and venues as places", () => {
    const found = names("CRICKET - LEICESTERSHIRE WIN.\nLONDON 1996-08-30\n\nLeicestershire beat Somerset by an innings at Grace Road while England rested.");
    expect(found.organizations).toEqual(["Leicestershire", "Somerset"]);
    expect(found.places).toEqual(["London", "Grace Road", "England"]);
  });

  it("reads a team after a competitor's country in a results line, and a side after a plural noun for one", () => {
    const race = names("CYCLING - TOUR RESULTS.\nGOUDA, Netherlands 1996-08-20\n\nLeading results of the stage:\n1. Federico Colonna (Italy) Mapei three hours 43 mins\n2. Erik Zabel (Germany) Telekom same time\n");
    expect(race.organizations).toEqual(["Mapei", "Telekom"]);
    expect(race.people).toEqual(["Federico Colonna", "Erik Zabel"]);
    const soccer = names("SOCCER - PORTUGUESE LEAGUE.\nLISBON 1996-08-20\n\nThe match was brought forward when reigning champions Porto and Lisbon rivals Benfica play.");
    expect(soccer.organizations).toEqual(expect.arrayContaining(["Porto", "Benfica"]));
    // Singular: a player.
    expect(names("ATHLETICS - MEETING.\nZURICH 1996-08-14\n\nOlympic champion Michael Johnson won the 200 metres.").people).toEqual(["Michael Johnson"]);
  });

  it("makes a player of a name followed by a country in brackets", () => {
    const found = names("TENNIS - RESULTS.\nNEW YORK 1996-08-22\n\nMaliVai Washington (U.S.) beat Alex Corretja (Spain) 6-4 6-2");
    expect(found.people).toEqual(["MaliVai Washington", "Alex Corretja"]);
    expect(found.places).toEqual(expect.arrayContaining(["U.S.", "Spain"]));
  });

  it("finds names of the body in a headline in capitals", () => {
    const doc = resolved("SOCCER - KEANE SIGNS WITH UNITED.\nLONDON 1996-08-22\n\nIreland midfielder Roy Keane has signed a new contract.");
    const keane = doc.people.find((p) => p.name === "Roy Keane");
    expect(keane?.mentions).toHaveLength(2);
    expect(keane?.aliases.map((a) => a.toLowerCase())).toContain("keane");
    expect(doc.places.map((p) => p.name)).toContain("London");
  });

  it("takes a capitalised dateline before a comma as a place", () => {
    expect(names("YOKOSUKA, Japan (Reuters) - Ministers met at the base on Saturday.").places).toEqual(["Yokosuka", "Japan"]);
  });
});

describe("typing of longer and compound names", () => {
  it("finds well-known names that hold lower-case words", () => {
    expect(names("Monitors from the Organisation for Security and Cooperation in Europe arrived.").organizations).toEqual(["Organisation for Security and Cooperation in Europe"]);
  });

  it("splits a country from the body after it", () => {
    const found = names("The bill passed the U.S. Senate on Tuesday.");
    expect(found.places).toEqual(["U.S."]);
    expect(found.organizations).toEqual(["Senate"]);
  });

  it("keeps an ampersand and a company's possessive inside its name, and cuts '-based' off", () => {
    const found = names("Shares of Douglas & Lomason Co and Boatmen's Bancshares Inc. rose while St. Louis-based Mercantile Bancorp Inc fell.");
    expect(found.organizations).toEqual(["Douglas & Lomason Co", "Boatmen's Bancshares Inc", "Mercantile Bancorp Inc"]);
    expect(found.places).toEqual(["St. Louis"]);
  });

  it("does not join two companies named around 'and'", () => {
    const orgs = names("Analysts compared KeyCorp and Banc One Corp on Monday.").organizations;
    expect(orgs).toContain("Banc One Corp");
    expect(orgs.some((o) => o.includes(" and "))).toBe(false);
  });

  it("reads the office continued after 'of' as the title", () => {
    const doc = resolved("He met Assistant Secretary of State for Near Eastern Affairs Robert Pelletreau on Monday.");
    expect(doc.people[0]).toMatchObject({ name: "Robert Pelletreau", titles: ["Secretary of State for Near Eastern Affairs"] });
  });

  it("reads an office whose field ends in an ordinary word as no name, and no office after a lower-case noun", () => {
    const doc = resolved("The Director of Public Prosecutions, Max Hill, said the case would go ahead.");
    expect(doc.people.map((p) => [p.name, p.titles])).toEqual([["Max Hill", ["Director of Public Prosecutions"]]]);
    // "major" heads no office in "a major focus of": the name after it is not a title's holder.
    expect(names("A major focus of International Women's Day is the plight of refugees.").organizations).toEqual([]);
  });

  it("keeps the capitalised field of an office in apposition after the name", () => {
    const doc = resolved("Max Hill, the Director of Public Prosecutions, said the case would go ahead. It was approved by Jane Roe, the Secretary of State for Health.");
    expect(doc.people.map((p) => [p.name, p.titles])).toEqual([["Max Hill", ["Director of Public Prosecutions"]], ["Jane Roe", ["Secretary of State for Health"]]]);
  });

  it("takes no place from a peer's territorial designation, but keeps the place of an office", () => {
    expect(names("Baroness Smith of Basildon and Lord Ashdown of Kew spoke in the debate.").places).toEqual([]);
    expect(names("The Lord Mayor of London met Lord Smith in Kew.").places).toEqual(["London", "Kew"]);
  });

  it("reads the title in a relative clause that says what the person is, and nothing from one that says where", () => {
    const doc = resolved("The firm was founded by Samuel Tran, who remains its chairman. Jane Roe, who was in London, said it went well.");
    expect(doc.people.map((p) => [p.name, p.titles])).toEqual([["Samuel Tran", ["chairman"]], ["Jane Roe", []]]);
  });

  it("keeps a body named by its kind as the field of an office ('head of the agency')", () => {
    const doc = resolved("The head of the agency, Jane Roe, said it. Tom Bell, director of the museum, agreed.");
    expect(doc.people.map((p) => [p.name, p.titles])).toEqual([["Jane Roe", ["head of the agency"]], ["Tom Bell", ["director of the museum"]]]);
  });

  it("reads a state's abbreviation after a town as a place", () => {
    expect(names("The company, based in Newark, N.J., said profits rose.").places).toEqual(["Newark", "N.J."]);
  });

  it("does not take market indices or storms for entities", () => {
    expect(names("The Dow Jones fell as Hurricane Edouard approached.")).toEqual({ people: [], organizations: [], places: [] });
  });

  it("does not take instruments, craft, awards or amounts in a currency for entities", () => {
    expect(names("The James Webb Space Telescope and the Perseverance Rover sent images; she won the Fields Medal.")).toEqual({ people: [], organizations: [], places: [] });
    expect(names("Shares rose to HK$0.23 and the deal was worth US$5 billion.")).toEqual({ people: [], organizations: [], places: [] });
  });
  it("reads a title and a nationality word in apposition before or after a name", () => {
    const doc = resolved("The Danish mayor, Søren Smalbro, said he was pleased. Jens Hansen, the Norwegian transport minister, agreed.");
    expect(doc.people.map((p) => [p.name, p.titles, p.country])).toEqual([["Søren Smalbro", ["mayor"], "DK"], ["Jens Hansen", ["transport minister"], "NO"]]);
  });

  it("makes an organization of a name after a noun for a kind of company or body", () => {
    const found = names("Since 2019 the larger operator Fjord Line has sailed elsewhere, and the bank Nordea lent the money.");
    expect(found.organizations).toEqual(["Fjord Line", "Nordea"]);
    expect(found.places).toEqual([]);
  });

  it("keeps a nationality word that opens an organization's name", () => {
    expect(names("Shares in Norwegian Air Shuttle fell.").organizations).toEqual(["Norwegian Air Shuttle"]);
  });
  it("makes an organization of a publication named before its kind, but not of a town or a people there", () => {
    expect(names("Yedioth Ahronoth newspaper reported that the Kommersant daily had it first.").organizations).toEqual(["Yedioth Ahronoth", "Kommersant"]);
    expect(names("A London daily and Israeli newspapers said so.").organizations).toEqual([]);
  });

  it("reads a faith's word that is also a first name as the first name before a surname", () => {
    const found = names("Christian Ziege scored twice. Christian Democrats and Islamic Taleban leaders met.");
    expect(found.people).toEqual(["Christian Ziege"]);
  });

  it("takes no person from three capitalised words of which all but one are ordinary, without a first name", () => {
    expect(names("The Optimised Deprival Value of the network rose.").people).toEqual([]);
  });

  it("makes a firm of names joined by an ampersand", () => {
    const found = names("Lawyers at Steptoe & Johnson and brokers at Piper & Marbury agreed.");
    expect(found.organizations).toEqual(["Steptoe & Johnson", "Piper & Marbury"]);
    expect(found.people).toEqual([]);
  });

  it("reads a state before an abbreviated title as a place and the name after it as the person", () => {
    const doc = resolved("Massachusetts Gov. William Weld said on Monday he would run.");
    expect(doc.people.map((p) => p.name)).toEqual(["William Weld"]);
    expect(doc.places.map((p) => p.name)).toEqual(["Massachusetts"]);
  });

});

describe("titles written after the name or in lower case", () => {
  const titles = (text: string) => resolved(text).people.map((p) => [p.name, p.titles]);

  it("reads an owner's possessive, an 'of' complement and two joined titles in apposition after the name", () => {
    expect(titles("Dana Whitcombe, Orbitra's chief executive, spoke on Tuesday.")).toEqual([["Dana Whitcombe", ["chief executive"]]]);
    expect(titles("Annika Lindqvist, the chief executive of Nordvik, will lead the group.")).toEqual([["Annika Lindqvist", ["chief executive"]]]);
    expect(titles("Farid Hamzah, co-founder and chief operating officer of Zoomly, said so.")).toEqual([["Farid Hamzah", ["co-founder and chief operating officer"]]]);
    expect(titles("Wei Ling Tan, an analyst at Ardent Securities in Singapore, was cautious.")).toEqual([["Wei Ling Tan", ["analyst"]]]);
  });

  it("leaves a local office, a part-time judge's title and a member of the public's role out of the name", () => {
    expect(resolved("Supervisor Helen Brandt voted against the plan on Monday.").people.map((p) => [p.name, p.titles])).toEqual([["Helen Brandt", ["Supervisor"]]]);
    expect(resolved("Recorder Anthony Wells adjourned the hearing until March.").people.map((p) => p.name)).toEqual(["Anthony Wells"]);
    expect(resolved("Commuter Jasmine Patel waited two hours for a train.").people.map((p) => [p.name, p.titles])).toEqual([["Jasmine Patel", []]]);
  });

  it("leaves an age that opens the sentence out of the name", () => {
    expect(resolved("Twenty-year-old Oscar Lindqvist won the race in Oslo.").people.map((p) => p.name)).toEqual(["Oscar Lindqvist"]);
    expect(resolved("Nineteen-year-old Priya Menon leads the standings.").people.map((p) => p.name)).toEqual(["Priya Menon"]);
  });

  it("keeps the lower-case field of an office and skips an age", () => {
    expect(titles("Jane Roe, assistant professor of astronomy at Leiden, led the study.")).toEqual([["Jane Roe", ["assistant professor of astronomy"]]]);
    expect(titles("Hannah Blythe, a 34-year-old teacher from Colchester, spoke outside.")).toEqual([["Hannah Blythe", ["teacher"]]]);
  });

  it("reads a title in apposition before the name, with an owner or a capitalised office after 'the'", () => {
    expect(titles("Baltica's chairman, Janis Ozols, said the board agreed.")).toEqual([["Janis Ozols", ["chairman"]]]);
    expect(titles("The airline's head of human resources, Petra Vogel, said costs would rise.")).toEqual([["Petra Vogel", ["head of human resources"]]]);
    expect(titles("The Treasurer, Ben Koutsoukis, said the budget would balance.")).toEqual([["Ben Koutsoukis", ["Treasurer"]]]);
    expect(titles("The Chancellor of the Exchequer, Rachel Whitcombe, set out her plans.")).toEqual([["Rachel Whitcombe", ["Chancellor of the Exchequer"]]]);
    expect(titles("LONDON, March 3 - The airline's chairman, Tom Reed, resigned.")).toEqual([["Tom Reed", ["chairman"]]]);
  });

  it("reads local offices before the name and keeps them out of it", () => {
    expect(titles("Councilman Ray Delgado said the hub would open in 2028.")).toEqual([["Ray Delgado", ["Councilman"]]]);
    expect(titles("Alderwoman Sophia King voted against the plan.")).toEqual([["Sophia King", ["Alderwoman"]]]);
  });

  it("reads a capitalised title that opens the sentence and an office 'of the' a field", () => {
    expect(titles("Judge Caroline Mears told the court he had lied.")).toEqual([["Caroline Mears", ["Judge"]]]);
    expect(titles("Chancellor of the Exchequer Helen Reeve spoke on Wednesday.")).toEqual([["Helen Reeve", ["Chancellor of the Exchequer"]]]);
  });

  it("does not read a title that runs on into a clause or a body named after 'for the'", () => {
    expect(titles("Jean Smith, the mayor and his wife, arrived.")).toEqual([["Jean Smith", []]]);
    expect(resolved("A spokesman for the U.S. Trade Representative declined to comment.").people).toEqual([]);
  });

  it("takes no names from a wire credit line", () => {
    const found = names("Shares rose on Tuesday.\n\nReporting by James Fowler and Aisha Rahman; Editing by Kate Dunmore");
    expect(found.people).toEqual([]);
  });
});

describe("organizations known only by the frame they are written in", () => {
  it("reads a coined name as a company from an apposition, a possessive office or its shares", () => {
    expect(names("Investors backed Orbitra, a rocket maker founded four years ago. Its rival Zentrix lost 3% on Tuesday.").organizations).toEqual(["Orbitra", "Zentrix"]);
    expect(names("Dana Whitcombe said Orbitra's chief executive would stay.").organizations).toEqual(["Orbitra"]);
    expect(names("Shares of PulsePath rose 2% after the announcement.").organizations).toEqual(["PulsePath"]);
  });

  it("reads a name after 'analysts at' or 'a spokesperson for' as a body", () => {
    expect(names("Analysts at Peel Hunt said the plan was overdue.").organizations).toEqual(["Peel Hunt"]);
    expect(names("A spokesperson for Pedal said jobs were safe.").organizations).toEqual(["Pedal"]);
  });

  it("gives every mention the type the frame gave one of them", () => {
    const found = names("Wicketly, a streaming start-up, signed the deal. Mehta said Wicketly would hire 200 people.");
    expect(found.organizations).toEqual(["Wicketly"]);
    expect(found.people).not.toContain("Wicketly");
  });

  it("does not make a person's name a company", () => {
    const found = names("Kowalczyk's coach, Piotr Zielinski, watched. Dana Whitcombe, a founder of the firm, said so.");
    expect(found.organizations).toEqual([]);
  });

  it("leaves a title after a legal form out of the company's name", () => {
    const found = names("Best Products Co Chairman and Chief Executive Daniel Levy said sales fell.");
    expect(found.organizations).toEqual(["Best Products Co"]);
    expect(found.people).toEqual(["Daniel Levy"]);
  });

  it("takes a coined first word of a company's name alone for the company", () => {
    const doc = resolved("Lamonts Apparel Inc, an operator of 42 stores, filed a plan. Lamonts said it would issue shares. Analysts said Lamonts would survive.");
    expect(doc.organizations.map((o) => [o.name, o.aliases])).toEqual([["Lamonts Apparel Inc", ["Lamonts"]]]);
    expect(doc.people).toEqual([]);
  });

  it("does not take a town or a given name that opens a company's name for the company", () => {
    const found = names("Toronto Dominion Bank said profit rose. Analysts in Toronto said so. Morgan Stanley Inc agreed, said Morgan.");
    expect(found.places).toContain("Toronto");
    expect(found.organizations).not.toContain("Morgan");
  });

  it("keeps a second field joined by 'and' in a body's name, but not a name of its own", () => {
    const found = names("The Ministry of Trade and Industry said exports rose. The Ministry of Finance and Bank Indonesia agreed. The Ministry of Defence and Germany signed.");
    expect(found.organizations).toEqual(["Ministry of Trade and Industry", "Ministry of Finance", "Bank Indonesia", "Ministry of Defence"]);
    expect(found.places).toEqual(["Germany"]);
  });

  it("reads a utility's apposition, but not the subject of a reporting clause after a comma, as a kind of body", () => {
    expect(names("Bryggen Energi, the Norwegian utility, said the cuts would not delay its project.").organizations).toEqual(["Bryggen Energi"]);
    const found = names("Two men were hanged in Shiraz, the evening newspaper Resalat reported. The plant is in Tianjin, the newspaper said.");
    expect(found.places).toEqual(["Shiraz", "Tianjin"]);
    expect(found.organizations).toEqual(["Resalat"]);
  });
});
