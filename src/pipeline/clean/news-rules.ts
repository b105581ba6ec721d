// The furniture of news pages as line rules, shared by the HTML and the plain-text cleaner: gallery
// and slideshow labels, agency and photo credits, wire-copy trailers, live-blog times, share and
// comment counters, paywall and donation prompts. Each one is a kind of line that every news site
// prints in its own words, so the lists speak English and the other languages the tool reads
// (German, French, Spanish, Polish). They are tried before the general rules of rules.ts.
import type { LineRule } from "./rules.js";

const line = (body: string): RegExp => new RegExp(`^[\\s»›>|•·*#-]*(?:${body})[\\s:.!?…»›>|*]*$`, "iu");
const phrase = (body: string): RegExp => new RegExp(`(?<![\\p{L}\\p{N}])(?:${body})(?![\\p{L}\\p{N}])`, "iu");

/**
 * Photo agencies and wire services as credits name them. A credit line is these names, alone or
 * with a photographer after a slash, in any case ("REUTERS/Jane Doe", "AP PHOTO", "PA Wire").
 */
const AGENCY_NAMES = [
  "reuters", "ap", "ap photo", "ap images", "associated press", "afp", "afp photo", "afp via getty images", "getty images?", "getty", "pa", "pa wire", "pa media", "pa images",
  "epa", "epa-efe", "efe", "dpa", "dpa picture-alliance", "picture[- ]alliance", "imago(?: images)?", "keystone", "apa", "ansa", "anp", "belga", "tass", "ria novosti", "xinhua",
  "kyodo(?: news)?", "yonhap", "bloomberg", "shutterstock", "alamy(?: live news)?", "rex(?: features)?", "rex/shutterstock", "zuma(?: press| wire)?", "sipa(?: press| usa)?", "abaca(?:press)?",
  "nurphoto", "anadolu(?: agency)?", "swns", "mercury press", "cover images", "splash news", "backgrid", "wenn", "istock(?:photo)?", "adobe ?stock", "pap", "east news", "agencja gazeta",
  "ullstein ?bild", "sz photo", "eyevine", "magnum photos", "the washington post", "the new york times", "bbc", "cnn", "nbc", "cbs",
].join("|");
/**
 * Each letter in either case: credits are matched with their case ("NBN, AFP" is a credit, "The
 * bank" is not), but agencies are written "Reuters", "REUTERS" and "reuters".
 */
const anyCase = (pattern: string): string => pattern.replace(/\p{L}/gu, (c) => `[${c.toLowerCase()}${c.toUpperCase()}]`);
export const AGENCIES = anyCase(AGENCY_NAMES);
/** Two to six capitals: a broadcaster's or a paper's initials next to an agency ("NBN, AFP"). */
const INITIALS = "\\p{Lu}{2,6}";
const CREDIT_NAME = `(?:${AGENCIES}|${INITIALS})`;
/** A photographer's name after a slash: up to four capitalised words. */
const PHOTOGRAPHER = "\\p{Lu}[\\p{L}.'’-]*(?: \\p{Lu}[\\p{L}.'’-]*){0,3}";
const CREDIT_TAIL = anyCase("file(?: photo)?|pool|handout|archive");
/**
 * An agency, perhaps with a photographer and a "File Photo" or "Pool" after more slashes; or
 * initials with a photographer ("XYZ/Jane Doe"). Initials alone are not a credit ("NATO", "FAQ").
 */
const AGENCY_CREDIT = `(?:(?:${AGENCIES})(?:\\s*/\\s*(?:${PHOTOGRAPHER}|${AGENCIES}))*|${INITIALS}(?:\\s*/\\s*(?:${PHOTOGRAPHER}|${AGENCIES}))+)(?:\\s*/\\s*(?:${CREDIT_TAIL}))?`;
/** Several credits in a row, where initials may stand beside an agency ("NBN, AFP"). */
const CREDIT_SEP = `\\s*[,;|&]\\s*|\\s+${anyCase("(?:via|for|über|pour|para|dla)")}\\s+`;
const CREDITS = `(?:(?:${AGENCY_CREDIT})(?:(?:${CREDIT_SEP})(?:${AGENCY_CREDIT}|${INITIALS}))*|${INITIALS}(?:(?:${CREDIT_SEP})${INITIALS})*(?:${CREDIT_SEP})(?:${AGENCY_CREDIT})(?:(?:${CREDIT_SEP})(?:${AGENCY_CREDIT}|${INITIALS}))*)`;
const CREDIT_LABEL = anyCase("photograph|photo|image|picture|foto|bild|credit|source|image source|quelle|fot\\.|zdjęcie|kuva");

/**
 * The hint of the credit rules below, whose patterns are the agency list spelt out letter by letter
 * many times over (tens of thousands of characters, slow to compile and to run): a credit names an
 * agency as a word of its own, or has a slash between a name and a photographer ("XYZ/Jane Doe").
 */
const AGENCY_OR_SLASH = `/|(?<![\\p{L}\\p{N}])(?:${AGENCY_NAMES})(?![\\p{L}\\p{N}])`;
/** The labels photo credits start with: every credit without an agency has one. */
const PHOTO_LABEL_WORD = "photo|image|picture|illustration|video|foto|bild|kuva|credit|courtesy";

/** "Reporting by Anna Lee in London; Editing by Mark Potter" -> the reporters' and writers' names. */
export function wireTrailerAuthors(text: string): string[] {
  const out: string[] = [];
  const body = text.replace(/^\(|\)$/g, "");
  for (const part of body.split(/\s*;\s*/)) {
    const m = /^(?:additional )?(?:reporting|writing|written|reported|compiled) by (.+)$/iu.exec(part.trim());
    if (!m) continue;
    for (const piece of m[1]!.split(/\s*(?:,|\band\b|&)\s*/u)) {
      // "Anna Lee in London" -> "Anna Lee": the place where a reporter filed from is not a name.
      const name = piece.replace(/\s+(?:in|from|at)\s+.*$/u, "").trim();
      if (/^\p{Lu}[\p{L}'’.-]*(?: \p{Lu}[\p{L}'’.-]*){1,3}$/u.test(name) && !out.includes(name)) out.push(name);
    }
  }
  return out;
}

/**
 * A time of day with its zone, a time ago, or both, perhaps after "Updated at" and before the
 * post's share buttons. A date is the dateline rule's; a bare "Share" is the share rule's.
 */
function liveblogTime(): RegExp {
  const label = "(?:updated|posted|published|first published|last updated|aktualisiert|mis à jour|actualizado|aktualizacja)(?: at| on| um| à| a las| o)?\\s*:?\\s*";
  const clock = "\\d{1,2}[.:h]\\d{2}(?:\\s?[ap]\\.?m\\.?)?(?:\\s*(?:uhr|gmt|bst|utc|cet|cest|mez|mesz|et|est|edt|pt|pst|pdt|ist|jst|aedt|aest))?";
  const ago = "(?:\\d+\\s?(?:s|secs?|seconds?|m|mins?|minutes?|h|hrs?|hours?|d|days?)\\.? ago|just now|vor \\d+ (?:sek\\.?|sekunden|min\\.?|minuten|std\\.?|stunden?|tagen?)|gerade eben|il y a \\d+ (?:s|min|minutes?|h|heures?|jours?)|hace \\d+ (?:s|min|minutos?|h|horas?|días?)|\\d+ (?:min|minut[y]?|godz\\.?|godzin[y]?|dni) temu)";
  const buttons = "(?:\\s+(?:share|facebook|twitter|x|email))*";
  return new RegExp(`^(?:${label})?(?:${clock}(?:\\s+${ago})?|${ago})${buttons}$`, "iu");
}

/** The site speaking of its own channel: "our WhatsApp channel", "tenemos canal de Telegram". */
const OWN_MESSENGER = "(?:our|unser(?:e[nmr]?)?|nuestr[oa]|notre|nos|nasz(?:ego|ej|ym|a)?|tenemos(?: un)?|we(?:'re| are) (?:now )?on|wir sind (?:jetzt )?(?:auch )?(?:auf|bei)|estamos en|nous sommes sur) (?:[\\p{L}.-]+ ){0,3}?(?:whatsapp|telegram)";
const JOIN = "(?:join|follow|subscribe|sign up|únete|unete|síguenos|suscríbete|rejoignez|suivez|abonnez|abonnier|folg|beitreten|tritt|dołącz|obserwuj|subskrybuj)";

/**
 * An invitation to the site's messenger channel: the site's own channel and a verb of joining it,
 * or a channel label with its button ("WDR aktuell Whatsapp-Kanal abonnieren"). A quotation that
 * mentions someone's WhatsApp group is not one (it starts with a quotation mark, or has no verb).
 */
const MESSENGER_PROMPT = new RegExp(`^(?![„“"«‚])(?:(?=.*${JOIN})(?=.*${OWN_MESSENGER})|.*(?:whatsapp|telegram)[- ]?(?:kanal|channel|canal|gruppe|group) (?:abonnieren|folgen|beitreten|join|subscribe))`, "iu");

/**
 * A promotion of the site's own app or e-paper: a block that names an app, both phone platforms or
 * the reader's phone and tablet, and speaks to the reader ("Jetzt kostenlos für iOS und Android!",
 * "Einfach digital in der BIKE-App (iTunes und Google Play) oder bestellen Sie es im Shop"). A report
 * on an app names the platforms too, but does not tell the reader to get it.
 */
const APP_STORES = "(?:itunes|app ?store|apple|ios|iphone)\\s*(?:und|and|oder|or|&|/|,|et|ou|y|o|i|lub)\\s*(?:(?:im |in the |on |dem |auf )?google ?play|play ?store|android)";
const YOUR_DEVICES = "(?:on your|auf (?:ihrem|deinem)|sur votre|en tu|na (?:swoim|twoim)) (?:phone|smartphone|handy|téléphone|móvil|telefonie|smartfonie)(?: (?:or|and|oder|und|ou|et|o|y|lub|i) (?:tablet|tablette))";
const TO_READER = "(?:jetzt|now|ahora|maintenant|teraz)(?: kostenlos| gratis| free)?|kostenlos (?:für|herunterladen|laden)|for free|download|herunterladen|installieren|(?:lesen|sehen|bestellen|holen|laden|nutzen|testen) sie|(?:unsere[rn]?|our|notre|nuestra|nasz[aą]) [\\p{L}-]{0,30}app|get (?:the|our) app";
const APP_PROMO = new RegExp(`^(?=.*?(?:\\bapps?\\b|-app\\b|\\be-paper\\b))(?=.*?(?:${APP_STORES}|${YOUR_DEVICES}))(?=.*?(?<![\\p{L}])(?:${TO_READER})(?![\\p{L}]))`, "iu");

export const NEWS_RULES: readonly LineRule[] = [
  // caption: galleries and slideshows
  {
    id: "gallery-label",
    kind: "caption",
    match: line([
      "(?:photo|image|picture|slide|foto|bild|zdjęcie|fot\\.|diapositive|imagen|photograph)s? \\d{1,3} (?:of|von|sur|de|z|di|/) \\d{1,3}",
      "\\d{1,3} (?:of|von|sur|de|z|/) \\d{1,3}(?: (?:photos|images|pictures|bilder|fotos|zdjęć|slides))?",
      "(?:return|back|go back) to (?:the )?(?:slideshow|gallery|photo gallery|article|story)", "(?:see|view|show) all(?: photos| images)?(?: \\(\\d+\\))?",
      "(?:view|open|see|launch|start|enter) (?:the )?(?:full )?(?:photo )?(?:gallery|slideshow)(?: \\(\\d+\\))?", "(?:next|previous|prev) (?:slide|photo|image|picture)",
      "(?:gallery|slideshow|photos?)(?: \\(\\d+\\)| \\d+ (?:photos|images))", "\\d+ (?:photos|images|pictures)", "(?:enlarge|expand) (?:this )?(?:image|photo|picture)", "full ?screen",
      "(?:zur|zurück zur) (?:bilder)?galerie", "(?:bilder)?galerie (?:öffnen|ansehen|starten)", "alle (?:\\d+ )?(?:bilder|fotos) (?:ansehen|anzeigen)", "(?:nächstes|vorheriges) bild",
      "voir (?:la galerie|le diaporama|toutes les photos)", "retour (?:au diaporama|à la galerie)", "ver (?:galería|todas las fotos)", "volver a la galería", "zobacz (?:galerię|wszystkie zdjęcia)", "(?:następne|poprzednie) zdjęcie",
    ].join("|")),
    maxLength: 60,
    reason: "a gallery or slideshow label (\"Photo 3 of 12\", \"Return to slideshow\")",
  },
  // credit: photo and agency credits
  {
    id: "agency-credit",
    kind: "credit",
    match: new RegExp(`^[(\\[]?(?:(?:${CREDIT_LABEL})s?\\s*[:,]\\s*)?${CREDITS}[)\\]]?$`, "u"),
    maxLength: 100,
    hint: new RegExp(AGENCY_OR_SLASH, "iu"),
    reason: "a photo or agency credit (\"REUTERS/Jane Doe\", \"AP PHOTO\", \"BBC, AFP\")",
  },
  {
    // Matched without regard to case for the label, with it for the names: "Photograph: Ben Birchall/PA".
    id: "photo-credit-label",
    kind: "credit",
    match: new RegExp(`^[(\\[]?(?:[Pp]hotograph|[Pp]hoto|PHOTO|[Ii]mage|[Pp]icture|[Ii]llustration|[Vv]ideo|[Ff]oto|[Bb]ild|[Kk]uva|[Cc]redit|[Ii]mage source|[Ii]mage credit|[Pp]hoto credit|[Pp]hoto by|[Pp]hotographed by|[Cc]ourtesy(?: of)?)s?\\s*[:,]?\\s+(?:${PHOTOGRAPHER}|${AGENCIES})(?:\\s*(?:/|,|via|for|and|&)\\s*(?:${PHOTOGRAPHER}|${CREDIT_NAME}))*[)\\]]?\\.?$`, "u"),
    maxLength: 120,
    hint: new RegExp(`^[(\\[]?(?:${PHOTO_LABEL_WORD})`, "i"),
    reason: "a photo credit (\"Photograph: Jane Doe/AFP\", \"Image source, Getty Images\")",
  },
  {
    id: "caption-agency-credit",
    kind: "caption",
    weak: true,
    match: new RegExp(`(?:[.!?)”"]\\s+|\\s[(\\[])(?:(?:[Pp]hotograph|[Pp]hoto|[Ii]mage|[Pp]icture|[Cc]redit|[Cc]ourtesy(?: of)?|[Pp]hoto by|[Ff]oto|[Bb]ild|[Ii]magen|[Kk]uva)\\s*[:,]?\\s+(?:${PHOTOGRAPHER}|${AGENCIES})(?:\\s*(?:/|via|for)\\s*(?:${PHOTOGRAPHER}|${CREDIT_NAME}))*|${AGENCY_CREDIT}|(?:${AGENCIES})\\s+[Pp]hoto\\s*/\\s*${PHOTOGRAPHER}|\\p{Lu}{2,}(?: \\p{Lu}{2,})?\\s*/\\s*${PHOTOGRAPHER}(?:\\s*/\\s*[\\p{L} ]{2,20})?)[)\\]]?\\.?(?:\\s+(?:${anyCase("purchase licensing rights|buy this photo|order a print")}))?$`, "u"),
    maxLength: 400,
    hint: new RegExp(`${AGENCY_OR_SLASH}|${PHOTO_LABEL_WORD}`, "iu"),
    reason: "an image caption that ends with its photo or agency credit",
  },
  {
    id: "licensing-link",
    kind: "credit",
    match: line("purchase licensing rights|buy (?:this )?photo|order a (?:print|reprint)|reprints?(?: (?:&|and) permissions)?|licen[cs]e this (?:article|content|photo)"),
    maxLength: 60,
    reason: "a link to buy the rights to a photo or the article",
  },
  // credit: the trailers of wire copy
  {
    id: "wire-trailer",
    kind: "credit",
    // Each part names a person, capitalised ("Reported by AI" is the AI-credit rule's).
    match: /^\(?(?:(?:[Aa]dditional )?(?:[Rr]eporting|[Ww]riting|[Ww]ritten|[Rr]eported|[Cc]ompiled|[Ee]dited|[Ee]diting|[Gg]raphics?|[Rr]esearch|[Tt]ranslated|[Tt]ranslation) by\s+\p{Lu}\p{Ll}[^;]{1,160}(?:;\s*|$)){1,6}\)?\.?$/u,
    maxLength: 400,
    reason: "the trailer of wire copy (\"Reporting by ...; Editing by ...\"): reporters and writers go to the authors",
  },
  {
    id: "wire-standards",
    kind: "credit",
    match: phrase("our standards: the [\\p{L} ]{1,40}trust principles|copyright \\d{4} (?:the )?associated press|the associated press contributed to this report|this material may not be published, broadcast, rewritten(?:,)? or redistributed|(?:all )?(?:quotes|market data) delayed (?:by )?(?:a minimum of )?\\d+ minutes"),
    hint: /standards|associated press|may not be published|delayed/i,
    maxLength: 300,
    reason: "a wire service's standards or copyright notice",
  },
  {
    id: "messenger-prompt",
    kind: "newsletter",
    match: MESSENGER_PROMPT,
    maxLength: 300,
    reason: "an invitation to the site's WhatsApp or Telegram channel",
  },
  {
    // Disclosures run to a paragraph; each phrase here says how the site is paid, never what happened.
    id: "affiliate-disclosure",
    kind: "ad",
    match: phrase([
      "(?:we|i) (?:may |might |can |will )?(?:earn|receive|get|make) (?:a )?(?:small )?(?:commission|fee|share of (?:the )?(?:sale|sales|revenue))(?: (?:if|when|from|on))",
      "(?:links?|offers?|products?) (?:marked|labell?ed|flagged) with (?:an |a )?(?:asterisk|\\*)", "(?:mit (?:einem )?(?:sternchen|\\*)|durch (?:ein )?(?:sternchen|\\*)) (?:gekennzeichnet|markiert)", "kennzeichnen wir mit (?:einem )?(?:sternchen|\\*)",
      "(?:geld|eine provision|eine vergütung) erhalten wir,? wenn", "(?:does|do) not (?:influence|affect) our (?:editorial|recommendations|reviews?|ratings?|coverage)", "(?:hat|haben) (?:keinerlei |keinen )?einfluss auf unsere (?:empfehlungen|bewertungen?|berichterstattung)",
      "nous (?:pouvons )?(?:percevoir|touchons|recevons) une commission", "(?:podemos )?(?:recibir|recibimos|ganar|ganamos) una comisión",
    ].join("|")),
    hint: /commission|comisión|fee|share of|asterisk|\*|sternchen|erhalten wir|not (?:influence|affect)|einfluss/i,
    maxLength: 700,
    reason: "a disclosure of how the site earns from the links it prints",
  },
  {
    // At the start of the block: a site states its policy first; a report about moderation does not.
    id: "comment-policy",
    kind: "comments",
    match: new RegExp(`^(?:\\d+\\.\\s*)?(?:${[
      "(?:all |the )?comments? (?:under (?:a )?[\\p{L}]+ )?(?:are|will be|is) (?:moderated|allowed|published|welcome|reviewed|closed|disabled|deactivated)",
      "(?:alle |die )?kommentare (?:werden|sind) (?:moderiert|freigeschaltet|geschlossen|deaktiviert|bei diesem artikel deaktiviert)",
      "(?:ich freue mich|wir freuen uns) über (?:eure|deine|ihre|ihren|deinen) kommentar(?:e)?",
      "les commentaires sont (?:modérés|fermés|désactivés)", "los comentarios (?:están|son) (?:moderados|cerrados|desactivados)", "komentarze (?:są|zostały) (?:moderowane|wyłączone|zamknięte)",
    ].join("|")})(?![\\p{L}\\p{N}])`, "iu"),
    maxLength: 400,
    reason: "the site's rules for reader comments (\"Comments are moderated\")",
  },
  // other: live blogs
  {
    // Not light: under the headlines of a teaser list "3 hours ago" stands as often as between posts.
    id: "liveblog-time",
    kind: "other",
    match: liveblogTime(),
    maxLength: 60,
    reason: "a live-blog time stamp (\"15.02 GMT\", \"2h ago\", \"Updated at 15.10 GMT\")",
  },
  {
    id: "liveblog-label",
    kind: "navigation",
    weak: true,
    match: line("key events|show key events only|(?:show|view) all (?:posts|updates)|pinned post|live updates?|live(?: blog| coverage)?|refresh|\\d+ new (?:posts?|updates?)|(?:load|show|see) (?:more|older|newer) (?:posts|updates|entries)|(?:older|newer|oldest|latest) posts?|older|newer|oldest|latest|liveticker|neueste beiträge zuerst|en direct|en vivo|na żywo|relacja na żywo"),
    maxLength: 40,
    reason: "the controls of a live blog",
  },
  {
    id: "app-promo",
    kind: "newsletter",
    // No hint: the property test of hints cannot generate from lookaheads; the first lookahead
    // (the word "app") fails fast on the blocks that do not name one.
    match: APP_PROMO,
    maxLength: 400,
    reason: "a promotion of the site's own app or e-paper (\"Jetzt kostenlos für iOS und Android\")",
  },
  // share and comments: counters and buttons
  {
    id: "share-counter",
    kind: "share",
    weak: true,
    match: new RegExp(`^(?:(?:${[
      "(?:share|shares|comments?|likes?|views?|reactions?|replies|kommentare?|teilen|commentaires?|partages?|comentarios?|komentarz[ey]?|udostępnie[ńn])\\s*\\(?\\d[\\d,.]*\\s?[km]?\\)?",
      "\\(?\\d[\\d,.]*\\s?[km]?\\)?\\s*(?:shares?|comments?|likes?|views?|reactions?|replies|kommentare?|commentaires?|partages?|comentarios?|komentarz[ey]?|udostępnie[ńn])",
      "(?:view|read|show|see|join) (?:all )?(?:the )?\\d[\\d,.]*\\s?[km]? comments?", "share or comment on this (?:article|story)", "gift (?:this )?article", "save(?: (?:article|story|for later))?",
      "share|comment|comments|e-?mail|print|copy link|link|x|facebook|twitter|linkedin|whatsapp|reddit|flipboard|sms",
      "like|bookmark|\\+ ?follow|gefällt mir|merken|drucken|favorisieren",
    ].join("|")})[\\s:|·•,]*){1,8}$`, "iu"),
    maxLength: 100,
    reason: "share and comment buttons with their counters (\"312 shares\", \"Comments 48\")",
  },
  // newsletter: paywalls, donation prompts, inbox promises
  {
    id: "paywall-prompt",
    kind: "newsletter",
    match: phrase([
      "continue reading (?:with|for)", "(?:subscribe|sign in|log in|register) to (?:continue|keep) reading", "(?:this|the) (?:article|story|content|piece) is (?:only )?(?:for|available (?:only )?to|reserved for|exclusive to) (?:our )?(?:subscribers|members|premium)",
      "see (?:all )?subscription options", "start your (?:free )?trial", "cancel any ?time", "for (?:just |only )?[$£€]\\d+(?:\\.\\d{2})? (?:a|per|every|for) (?:\\d+ )?(?:week|month|year)s?", "(?:get|enjoy) (?:full|unlimited|digital) access",
      "(?:will|would|could) you support us", "support (?:our|independent|quality|local) journalism", "fund(?:s|ing)? independent journalism", "make a (?:one-off |one-time |monthly |small )?(?:contribution|donation)", "become a (?:member|supporter|patron)", "support (?:the )?[\\p{L}]+ (?:from|for) (?:as little as |just )?[$£€]\\d",
      "(?:delivered )?(?:in|into|to|straight to) your inbox", "sign up (?:here|now|today)(?: for free)?", "the best of [\\p{L} ]{1,40}, (?:every|each) (?:day|week|morning|sunday|monday|tuesday|wednesday|thursday|friday|saturday)",
      "dieser artikel ist (?:nur )?für abonnenten", "weiterlesen mit", "jetzt spenden",
      "wesprzyj nas", "wesprzyj (?:naszą|nasz|naszego) (?:pracę|redakcję|portal|dziennikarstwo|klub)", "soutenez-nous", "soutenez (?:notre|le) journalisme", "apóyanos", "apoya (?:nuestro|el) periodismo", "unterstützen sie (?:unabhängigen|unseren) journalismus", "cet article est réservé aux abonnés", "contenido exclusivo para suscriptores", "artykuł (?:dostępny )?(?:tylko )?dla (?:prenumeratorów|subskrybentów)",
    ].join("|")),
    maxLength: 320,
    reason: "a paywall, donation or subscription prompt",
  },
];
