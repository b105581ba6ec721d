// Words that show a report is about sport, and the contexts in which a place name is a team
// ("Leicestershire beat Somerset", "Barnsley 2 Sheffield United 1"). News agencies head sports
// stories with the sport in capitals ("SOCCER - ..."); results lines pair names with scores.

export const SPORT_WORDS: ReadonlySet<string> = new Set([
  "soccer", "football", "cricket", "tennis", "golf", "baseball", "basketball", "rugby", "athletics",
  "cycling", "boxing", "racing", "motor racing", "motorcycling", "horse racing", "hockey", "ice hockey",
  "nfl", "nba", "nhl", "swimming", "skiing", "rowing", "sailing", "volleyball", "handball", "badminton",
  "squash", "snooker", "formula one", "motocross", "triathlon", "judo", "wrestling", "chess", "olympics",
  "sport", "sports", "league", "cup", "championship", "championships", "grand prix", "open",
  "australian rules", "rugby league", "rugby union", "speedway", "darts", "bowls", "gymnastics", "fencing",
  "canoeing", "equestrianism", "equestrian", "baseball", "softball", "lacrosse", "polo", "karate", "taekwondo",
]);

/** Sports of individuals: a name with a country in brackets is a player there, not a club. */
export const INDIVIDUAL_SPORTS: ReadonlySet<string> = new Set([
  "tennis", "golf", "athletics", "cycling", "boxing", "swimming", "skiing", "alpine skiing", "motor racing",
  "motorcycling", "squash", "badminton", "snooker", "formula one", "triathlon", "judo", "wrestling", "chess",
  "gymnastics", "fencing", "rowing", "canoeing", "diving", "figure skating", "speed skating", "darts",
  "equestrianism", "equestrian", "horse racing", "marathon", "decathlon", "weightlifting", "archery", "shooting",
]);

/** Verbs and words between two teams, or after a team, in match reports. */
export const MATCH_WORDS: ReadonlySet<string> = new Set([
  "beat", "beats", "defeated", "defeat", "edged", "thrashed", "crushed", "routed", "downed", "blanked",
  "whipped", "drew", "draw", "tied", "lost", "lose", "trounced", "overcame", "outlasted", "v", "vs", "versus",
  "hosts", "host", "visit", "visitors", "against",
]);

/** Prepositions that put a name in a location rather than on a team sheet ("at Headingley"). */
export const LOCATIVE_WORDS: ReadonlySet<string> = new Set(["in", "at", "near", "outside", "from", "to", "into", "across", "around", "towards", "toward", "via", "through", "throughout", "inside", "between"]);

/**
 * Last words of names of events, competitions and prizes ("World Cup", "Hong Kong Open", "Gulf
 * War"): such names are neither people, organizations nor places, and their words must not be
 * read as any of those.
 */
export const EVENT_ENDINGS: ReadonlySet<string> = new Set([
  "cup", "open", "championship", "championships", "games", "series", "classic", "trophy", "prix", "olympics",
  "olympiad", "war", "award", "awards", "prize", "festival", "bowl", "masters", "slam", "tournament",
  "invitational", "marathon", "rally", "derby", "stakes", "plate", "shield", "challenge", "grand prix",
  "revolution", "crisis", "agreement", "accord", "accords", "treaty", "summit", "talks", "day", "week",
  "index", "act", "bill", "conference", "expo", "show", "exhibition", "digest", "disease", "syndrome",
]);

/**
 * Plural nouns for a side that stand right before its name in a sports report ("reigning
 * champions Porto", "Lisbon rivals Benfica", "hosts Japan"): the name is a team. Singular ones
 * ("world champion Michael Johnson") name a player.
 */
export const TEAM_NOUNS: ReadonlySet<string> = new Set(["champions", "rivals", "holders", "leaders", "hosts", "visitors", "opponents", "neighbours", "neighbors", "promoted", "relegated", "finalists", "semi-finalists", "runners-up", "outsiders", "underdogs", "favourites", "favorites"]);
