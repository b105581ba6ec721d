// Boilerplate lines as data, shared by the HTML and the plain-text cleaner: each rule has an id
// (reported as `reason` in removed[]), the kind it removes, what it matches, a length cap and why it
// exists. Grouped by kind. The pages are mostly German, then English, Polish, French and Spanish, so
// every list speaks those languages.
//
// Consent, credit and subscription text is fluent prose: keywords find it, and the cap keeps a real
// paragraph that happens to mention cookies or a newsletter (an article about cookies) safe.
import type { RemovedKind } from "../../schema/article.js";
import { NEWS_RULES } from "./news-rules.js";

export interface LineRule {
  readonly id: string;
  readonly kind: RemovedKind;
  /** Tested on the block's text with white space collapsed. */
  readonly match: RegExp;
  /** Longer blocks are never removed by this rule. */
  readonly maxLength: number;
  /**
   * Weak rules match words that plain news text may hold too ("Previous", "Facebook", "Source: ...");
   * in pasted text they apply only once the input shows itself as a whole web page.
   */
  readonly weak?: boolean;
  /**
   * In pasted text, a line this rule removes may stand between paragraphs of the article (a date
   * between the posts of a thread): it costs a run of prose no more than any short line.
   */
  readonly light?: boolean;
  /**
   * Words that every text the rule matches holds, tested first: most blocks are prose that no rule
   * matches, and one scan for a few words costs much less than the rule's long alternation. A hint
   * only saves time, it never changes what the rule matches (a unit test checks it on generated
   * matches).
   */
  readonly hint?: RegExp;
  readonly reason: string;
}

/**
 * Two platforms named within 80 characters, in a line that is a list of at most eight words
 * ("Facebook Twitter Instagram") or that holds a call to act, an address or a pronoun of the site
 * speaking to its reader ("Folgen Sie uns auf Facebook | Instagram"). News prose names platforms
 * too ("shared on WhatsApp and Instagram", "Apple is going after Facebook") and has none of these.
 */
function socialLinks(): RegExp {
  const platform = "(?:facebook|twitter|instagram|youtube|linkedin|tiktok|whatsapp|telegram|xing|pinterest)";
  const cue = [
    phrase("us|me|my|our|you|your|uns|mir|mich|meine[mnrs]?|dich|euch|du|nous|vous|notre|nuestr[ao]s?|você|nas|nam").source,
    phrase("follow|share|subscribe|teilen|teile|folgen|folge|abonnieren|freigeben|seguir|síguenos|siga|suivez|suivre|partager|partagez|compartir|compartilhe|obserwuj|udostępnij").source,
    "cookie", "https?:", "www\\.", "@\\w", "#\\w",
  ].join("|");
  return new RegExp(`^(?=.*?${platform}\\b.{0,80}\\b${platform})(?:(?=.*?(?:${cue}))|\\s*(?:\\S+(?:\\s+|$)){1,8}$)`, "iu");
}

/** Whole-line matches: the line is nothing but the phrase, perhaps with a colon or an arrow. */
const line = (body: string): RegExp => new RegExp(`^[\\s»›>|•·*#-]*(?:${body})[\\s:.!?…»›>|*]*$`, "iu");
/** A phrase anywhere in the block, at word boundaries. */
const phrase = (body: string): RegExp => new RegExp(`(?<![\\p{L}\\p{N}])(?:${body})(?![\\p{L}\\p{N}])`, "iu");

/**
 * A line that is nothing but a date, perhaps with a label, a weekday and a time, once or twice
 * ("Published: 22:00 GMT, 26 September 2020 | Updated: 08:39 GMT, 28 September 2020",
 * "Dienstag, 4. Juni 2019, 15:54", "11 Jan 2019"). Month names are any word: the pages speak many
 * languages, and a whole line of day, word and year is a date in all of them.
 */
function datelineRule(): RegExp {
  const label = "(?:published|posted|updated|last updated|first published|veröffentlicht|aktualisiert|erschienen|stand|datum|date|publié|mis à jour|publicado|actualizado|opublikowano|aktualizacja)(?: am| on| le| el)?\\s*:?";
  const weekday = "\\p{L}{2,12}\\.?,";
  const time = "\\d{1,2}[:.]\\d{2}(?:\\s*(?:uhr|h|am|pm|a\\.m\\.|p\\.m\\.))?(?:\\s*(?:utc|gmt|cet|cest|mez|mesz|et|est|edt|pst|pdt|bst)(?:[+-]\\d{1,2}(?::?\\d{2})?)?)?";
  const date = [
    "\\d{1,2}\\.\\s?\\d{1,2}\\.\\s?\\d{2,4}", "\\d{4}-\\d{2}-\\d{2}", "\\d{1,2}/\\d{1,2}/\\d{2,4}",
    "\\d{1,2}\\.?\\s+\\p{L}{3,12}\\.?,?\\s+\\d{4}", "\\p{L}{3,12}\\.?\\s+\\d{1,2}(?:st|nd|rd|th)?,?\\s+\\d{4}",
  ].join("|");
  const item = `(?:${label}\\s*)?(?:${weekday}\\s*)?(?:${time}\\s*,?\\s*)?(?:${date})(?:\\s*,?\\s*(?:um|at|à|-|–)?\\s*${time})?`;
  return new RegExp(`^(?:${item})(?:\\s*[|·•,–-]\\s*${item})?\\.?$`, "iu");
}

/**
 * A label for the page's categories or tags and the list of them: "Schlagwörter: FAZ, heute-journal",
 * "Veröffentlicht in: Originalbeitrag", "Filed under: Politics, Europe". Each item is a few words
 * without sentence punctuation; items and separators cannot overlap, so the match is linear.
 */
function taxonomyLine(): RegExp {
  const label = [
    "kategorien?|rubriken?|themen|schlagw(?:ö|o)rter?|stichw(?:ö|o)rter?|veröffentlicht in|abgelegt unter|gespeichert unter|ressorts?",
    "categories|category|tags|article tags|tagged|posted in|filed under|keywords|topics",
    "catégories?|étiquettes|mots[- ]clés|publié dans|categorías|etiquetas|temas|publicado en|kategorie|tagi|tematy|słowa kluczowe",
  ].join("|");
  const item = "[^\\s,;|•·.!?:„“\"]+(?: [^\\s,;|•·.!?:„“\"]+){0,5}";
  return new RegExp(`^(?:${label})\\s*:\\s*${item}(?:\\s*[,;|•·]\\s*${item})*$`, "iu");
}

/** Headings after which a page lists other stories, not the article. */
export const RELATED_HEADING: LineRule = {
  id: "related-heading",
  kind: "related",
  match: line([
    // English
    "related(?: articles?| stories| posts?| content| news| coverage| topics| links| reading| videos?| tutorials| guides| products)?", "want more", "more to explore",
    "more (?:from|on|about|in|of) .{1,40}", "more (?:stories|news|articles|posts|videos|headlines)(?: .{1,30})?",
    "read (?:more|next|also|this next)", "also read", "up next", "what to read next",
    "you (?:may|might|will) (?:also )?(?:like|enjoy|be interested in)(?: this)?", "recommended(?: for you| reading| stories| articles| videos)?",
    "(?:the )?most (?:read|popular|viewed|shared|commented|recent)(?: .{1,30})?", "popular (?:now|posts|articles|stories|on .{1,30})",
    "trending(?: now| stories| articles)?", "see also", "top stories", "latest(?: news| articles| posts| stories| headlines)?",
    "recent (?:posts|articles|news|stories)", "explore further", "further reading", "don'?t miss", "editor'?s picks?",
    "in case you missed it", "similar (?:posts|articles|stories)", "other (?:stories|articles|news)", "around the web",
    "you may have missed", "more like this", "from our partners", "elsewhere on .{1,30}",
    // The links to the previous and next post under a blog post or article
    "post navigation", "(?:previous|next)(?: post)? (?:post|article|story)(?:: .{1,80})?",
    // German
    "weitere (?:artikel|beiträge|themen|nachrichten|meldungen|news|informationen|berichte|links|texte|videos|inhalte)(?: .{1,40})?",
    "weiterlesen", "mehr (?:zum thema|dazu|zu diesem thema|aus (?:der|dem|diesem) .{1,30}|(?:aus|zu|von|über|im) .{1,40}|artikel|beiträge|nachrichten|news)",
    "das (?:könnte|dürfte) (?:sie|dich) (?:auch |ebenfalls )?interessieren", "(?:das )?interessiert (?:sie|dich) (?:vielleicht )?auch", "(?:das|dieses) thema könnte (?:sie|dich) (?:auch )?interessieren", "auch auf [\\p{L}.-]{2,30}",
    "lesen sie (?:auch|mehr|dazu|hier)(?: .{1,40})?", "(?:auch|ebenfalls) interessant", "schon gelesen", "ähnliche (?:beiträge|artikel|themen|nachrichten|rezepte)",
    "verwandte (?:beiträge|artikel|themen|links|nachrichten)", "neueste (?:beiträge|artikel|nachrichten|meldungen)", "aktuelle (?:beiträge|artikel|nachrichten|meldungen)",
    "(?:die )?meistgelesenen?(?: artikel| beiträge| nachrichten)?", "meist gelesen", "beliebte (?:beiträge|artikel|themen)(?: zum thema)?", "(?:unsere )?empfehlungen(?: für sie| der redaktion| aus der redaktion)?", "(?:die )?redaktion empfiehlt",
    "passend (?:dazu|zum thema)", "top[- ]?themen", "andere (?:leser|nutzer) (?:lasen|interessierten sich)(?: auch)?(?: für)?", "letzte beiträge", "neue beiträge",
    "(?:mehr )?zum thema(?: auf [\\p{L}.-]{2,30})?", "auch lesenswert", "lesetipps?", "alle artikel(?: .{1,40})?", "noch mehr .{1,30}", "verwandte artikel(?: ?mehr vom autor)?", "mehr vom autor", "beitrags-?navigation", "(?:voriger|vorheriger|nächster) (?:inhalt|artikel|beitrag)(?: ?/ ?(?:voriger|vorheriger|nächster) (?:inhalt|artikel|beitrag))?", "voriger ?/ ?nächster artikel", "schlagw(?:o|ö)rte(?: .{1,60})?", "tags?(?: .{1,60})?",
    // French
    "(?:à )?lire (?:aussi|également|la suite)", "sur le même (?:sujet|thème)", "articles? (?:similaires|liés|connexes|recommandés)",
    "dans la même rubrique", "les plus (?:lus|partagés|commentés)", "(?:à )?voir aussi", "plus d'articles", "(?:nos )?derni(?:ers|ères) (?:articles|actualités|publications)",
    "vous aimerez (?:aussi|également)", "nos suggestions", "(?:à )?découvrir aussi", "pour (?:aller plus loin|approfondir)", "article suivant(?: .{1,80})?", "article pr[ée]c[ée]dent(?: .{1,80})?", "à la une", "en ce moment", "(?:les )?articles? les plus (?:lus|populaires)",
    // Spanish, Portuguese, Italian
    "le(?:er|e) (?:más|también|además)", "(?:también )?te puede interesar", "(?:noticias|artículos) relacionad[oa]s", "más noticias", "lo más (?:leído|visto)", "más información", "(?:tags|temas|notas) relacionad[oa]s", "últimas noticias", "otras noticias", "más sobre .{1,40}", "te recomendamos", "recomendad[oa]s", "segu(?:í|i|ir) leyendo", "sigue leyendo",
    "veja também", "leia (?:também|mais)", "mais lidas", "notícias relacionadas", "leggi anche", "potrebbe interessarti", "articoli correlati", "più letti",
    // Dutch, Swedish, Danish, Norwegian, Finnish
    "lees (?:ook|meer|verder)", "meer (?:nieuws|artikelen|over .{1,30})", "gerelateerde artikelen", "läs (?:också|även|mer)", "mer (?:om|från) .{1,30}", "relaterade artiklar",
    "læs (?:også|mere)", "les (?:også|mer)", "relaterte artikler", "lue (?:myös|lisää)", "(?:luetuimmat|uusimmat)(?: uutiset)?",
    // Polish
    "czytaj (?:też|także|również|więcej)", "zobacz (?:też|także|również)", "polecamy", "przeczytaj (?:też|także|również)", "najnowsze(?: artykuły| wiadomości)?",
    "najczęściej (?:czytane|komentowane)", "(?:podobne|powiązane|inne) artykuły", "więcej (?:artykułów|informacji|na ten temat|z działu .{1,30})", "polecane",
  ].join("|")),
  maxLength: 70,
  reason: "a heading that introduces links to other stories",
};

export const LINE_RULES: readonly LineRule[] = [
  // related: a teaser on one line, after the words that announce it
  {
    id: "related-link",
    weak: true,
    kind: "related",
    match: /^[\s»›>|•·*-]*(?:read (?:more|also|next)|also read|see also|more|related|lesen sie (?:auch|mehr|dazu)|lesetipp|mehr zum thema|dowiedz się więcej|auch interessant|siehe auch|(?:à )?lire (?:aussi|également)|voir aussi|le(?:e|er) (?:también|más)|mira|veja também|leia (?:também|mais)|czytaj (?:też|także|również|więcej)|zobacz (?:też|także|również)|przeczytaj (?:też|także|również))\s*(?::|»|>>|→|\|)\s*\S.{0,200}$/iu,
    maxLength: 260,
    reason: "a link to another story, announced as one",
  },
  {
    id: "arrow-link",
    kind: "related",
    weak: true,
    match: /^(?:→|>>|▶|►|➔|➜)\s*\S.{0,160}?(?:<<)?$/u,
    maxLength: 180,
    reason: "a link to another story, marked with an arrow",
  },
  // The links to the previous and the next story under an article carry that story's headline,
  // often longer than a heading ("Article suivant Après une mise en quarantaine au cours de ...",
  // "Vorheriger ArtikelVerbände lehnen ..."). The label must name a story or end in a colon: a bare
  // "Next" opens sentences ("Next week the council votes").
  {
    id: "adjacent-story-link",
    kind: "related",
    weak: true,
    match: /^(?:(?:previous|prev|next|older|newer) ?(?:post|article|story|entry)|(?:vorherige[rs]?|voriger|nächste[rs]?|ältere[rs]?|neuere[rs]?) ?(?:artikel|beitrag|eintrag|post|inhalt|meldung)|articles? (?:suivant|pr[ée]c[ée]dent)|art[ií]culo (?:anterior|siguiente)|(?:poprzedni|następny) (?:artykuł|wpis))\s*:?\s*\S.{12,}$|^(?:previous|prev|next|vorherige[rs]?|voriger|nächste[rs]?|précédent|suivant|anterior|siguiente|poprzedni|następny)\s*:\s*\S.{12,}$/iu,
    maxLength: 260,
    reason: "a link to the previous or the next story, with its headline",
  },
  // cookie-banner
  {
    id: "cookie-notice",
    kind: "cookie-banner",
    match: phrase([
      "(?:this|our) (?:web ?)?site uses cookies", "we use cookies", "(?:website|webseite|site|page|portal|platform|service) uses? cookies", "use of cookies (?:on|by) (?:this|our)", "cookie (?:policy|settings|preferences|consent|notice|banner|declaration)",
      "accept (?:all )?cookies", "(?:manage|customi[sz]e) (?:your )?(?:cookies?|privacy|consent)(?: settings| preferences| choices)?", "privacy preference",
      "by (?:continuing|using|browsing)(?: to (?:use|browse))? (?:this|our|the) (?:site|website)", "you (?:agree|consent) to (?:the|our) use of",
      "we and our (?:\\d+ )?partners", "personali[sz]ed (?:ads|advertising|content)", "legitimate interest", "do not sell(?: or share)? my personal information",
      "your privacy choices", "store and/or access information",
      "wir (?:verwenden|nutzen|setzen) (?:auf (?:unserer|dieser) (?:website|webseite|seite) )?cookies", "(?:verwendet|nutzt|benutzt) cookies", "setzt cookies ein",
      "cookie-?(?:einstellungen|richtlinie|hinweis|banner|erklärung|zustimmung)", "cookies? (?:akzeptieren|zulassen|ablehnen|erlauben)", "datenschutz-?einstellungen",
      "(?:durch|bei) (?:die |der )?(?:weitere[n]? )?nutzung (?:der|dieser|unserer) (?:seite|website|webseite)", "(?:stimmen sie|stimmst du) der verwendung",
      "einwilligung (?:widerrufen|verwalten|erteilen)", "wir und unsere partner", "personalisierte (?:anzeigen|werbung|inhalte)", "nur (?:notwendige|essenzielle) cookies",
      "(?:essenzielle|notwendige|technisch notwendige) cookies", "berechtigtes interesse",
      "nous utilisons des cookies", "utilise des cookies", "(?:accepter|refuser) (?:les |tous les )?cookies", "paramètres (?:des )?cookies", "en poursuivant votre navigation",
      "vous acceptez l'utilisation", "gestion des cookies",
      "używamy (?:plików )?cookies?", "korzysta(?:my)? z (?:plików )?cookies?", "pliki(?:ów)? cookies?", "ciasteczk", "ustawienia (?:plików )?cookies?",
      "utilizamos cookies", "usamos cookies", "(?:este sitio|esta web) (?:web )?utiliza cookies", "aceptar (?:las |todas las )?cookies", "política de cookies",
      "utilizziamo (?:i )?cookie", "questo sito utilizza (?:i )?cookie",
    ].join("|")),
    hint: /cookie|ciasteczk|privacy|consent|partner|personali|legitim|sell|store and|nutzung|verwendung|einwilligung|berechtigt|datenschutz|poursuivant|l'utilisation|continuing|using|browsing|use of/i,
    maxLength: 700,
    reason: "a cookie or consent notice",
  },
  {
    id: "cookie-link",
    weak: true,
    kind: "cookie-banner",
    match: line("cookies?(?:[ -]?(?:&|und|and|et|i) ?tracking)?|cookie-?(?:einstellungen|richtlinie|settings|policy)|privacy settings|datenschutz-?einstellungen|privatsphäre-?einstellungen|einstellungen|(?:nur )?(?:notwendige|essenzielle) cookies(?: akzeptieren)?"),
    maxLength: 40,
    reason: "a link to the cookie settings",
  },
  {
    id: "consent-button",
    weak: true,
    kind: "cookie-banner",
    match: line("accept|accept all|accept & close|decline|reject|reject all|agree|i agree|i accept|got it|allow all|allow cookies|deny|manage preferences|manage options|more options|save (?:my )?(?:settings|preferences|choices)|akzeptieren|alle akzeptieren|alles akzeptieren|ablehnen|alle ablehnen|zustimmen|einverstanden|ich stimme zu|auswahl (?:speichern|bestätigen)|einstellungen speichern|accepter|tout accepter|refuser|tout refuser|continuer sans accepter|aceptar|rechazar|akceptuję|akceptuj|zgadzam się|zaakceptuj wszystkie|odrzuć"),
    maxLength: 40,
    reason: "a consent dialog button",
  },
  // credit
  {
    id: "photo-credit",
    kind: "credit",
    match: new RegExp(`^(?:(?:image|media|photo) (?:copyright|source|caption)\\b|(?:photo|photograph|foto|image|picture|bild|illustration|graphic|grafik|video|zdjęcie|fot|credit|bildquelle|bildnachweis|titelbild|beitragsbild|header-?bild|crédits? photos?|photo credits?)s?(?: credits?)?\\s*(?::|©|by\\b)|©|\\(c\\)\\s|copyright\\b|fot\\.\\s|(?:getty images|reuters|ap photo|afp|dpa|epa|imago|picture alliance|shutterstock|istock(?:photo)?|adobe ?stock|fotolia|unsplash|pixabay|keystone|apa|pap|east news|agencja gazeta)(?:\\s*[/|,].*)?$|.{0,80}/\\s*(?:afp|dpa|reuters|ap|epa|imago|getty images|picture alliance|keystone|apa)$)`, "iu"),
    maxLength: 140,
    reason: "a photo credit or copyright line",
  },
  {
    id: "ai-image-credit",
    kind: "credit",
    match: phrase("(?:image|photo|picture|illustration|bild|foto|grafik)s? (?:(?:was|were|is) )?(?:generated|created|made|erstellt|generiert) (?:by|with|using|mit|durch) (?:an? )?(?:ai|ki|artificial intelligence|künstlicher intelligenz)|(?:ai|ki)[- ]generated (?:image|photo|picture|illustration)|(?:bild|foto|grafik): (?:ki|ai)[- ]generiert"),
    hint: /(?<![\p{L}\p{N}])(?:ai|ki)(?![\p{L}\p{N}])|artificial|künstlich/iu,
    maxLength: 160,
    reason: "a note that an image was made by AI",
  },
  {
    id: "ai-credit",
    kind: "credit",
    match: phrase("(?:reported|written|generated|created|produced|summari[sz]ed|translated) (?:by|with|using) (?:an? )?(?:ai|artificial intelligence)|(?:ai|ki)[- ](?:generated|generiert|erstellt)|(?:mit|von) (?:hilfe (?:von |einer )?)?(?:ki|künstlicher intelligenz) (?:erstellt|generiert|übersetzt|verfasst)"),
    hint: /(?<![\p{L}\p{N}])(?:ai|ki)(?![\p{L}\p{N}])|artificial|künstlich/iu,
    maxLength: 160,
    reason: "a note that text was made by AI",
  },
  {
    id: "caption-with-credit",
    weak: true,
    kind: "caption",
    match: /(?:©|(?:^|[/|–-]\s*)\(c\)|\((?:foto|photo|bild|bildquelle|image|fot\.)[:.]|(?:^|\s)(?:foto|photo|photograph|bild|image|picture|illustration|zdjęcie|fot\.|crédit photo|photo credit)\s*:)\s*(?:(?![.!?]\s).){2,80}\)?$|\/\s*(?:domena publiczna|public domain|gemeinfrei)\s*$|^(?:abbildung|abb\.|figure|fig\.|schaubild)\s*\d*\s*:/iu,
    maxLength: 400,
    reason: "an image caption that ends with its photo credit",
  },
  {
    id: "rights-line",
    weak: true,
    kind: "credit",
    match: phrase("copyrighted (?:property|material)|some rights reserved|urheberrechtlich geschützt|licensed under (?:a |the )?creative commons|(?:steht|stehen) unter einer creative commons|creative commons (?:namensnennung|attribution)|suggested citation|zitiervorschlag|all rights reserved|alle rechte vorbehalten|tous droits réservés|wszelkie prawa zastrzeżone|todos los derechos reservados|tutti i diritti riservati"),
    maxLength: 400,
    reason: "a copyright or licence notice",
  },
  // share
  {
    id: "share-line",
    weak: true,
    kind: "share",
    match: line([
      "share(?: (?:this|the))?(?: (?:article|story|post|page|link))?(?: (?:on|via|with) [\\p{L} ]{1,20})?", "tweet|twittern|tweeten|mitteilen|e-?mail|mail|print|drucken|copy link|link kopieren|facebook|twitter|x|linkedin|xing|whatsapp|telegram|pinterest|reddit|flipboard|pocket|threads|bluesky|mastodon",
      "(?:artikel |beitrag )?teilen(?: (?:auf|per|via) [\\p{L} ]{1,20})?", "auf [\\p{L}]+ teilen", "teile(?:n)? diesen (?:artikel|beitrag)", "partager(?: (?:sur|cet article|l'article)[\\p{L} ]{0,20})?",
      "compartir(?: en [\\p{L}]+)?", "udostępnij(?: na [\\p{L}]+)?", "follow us(?: on [\\p{L} ,&]{1,40})?", "folg(?:en sie|e) uns(?: auf [\\p{L} ,&]{1,40})?", "suivez-nous(?: sur [\\p{L} ,&]{1,40})?",
      "mit freunden teilen", "jetzt teilen", "beitrag teilen", "seite teilen",
      "gefällt mir|liken|like|like this|save for later|bookmark|j'aime|me gusta|lubię to|merken|favorisieren", "(?:tipp|rezept|artikel|beitrag|seite|text|liste) (?:merken|favorisieren|drucken|speichern|melden)",
      "obserwuj nas(?: na [\\p{L} ,&]{1,40})?", "síguenos(?: en [\\p{L} ,&]{1,40})?", "(?:facebook|twitter|linkedin|whatsapp|xing|e-?mail|pinterest)(?:[ ,|/]+(?:facebook|twitter|linkedin|whatsapp|xing|e-?mail|pinterest|x))+",
    ].join("|")),
    maxLength: 60,
    reason: "a share or social-media button",
  },
  // newsletter
  {
    id: "newsletter-prompt",
    kind: "newsletter",
    match: phrase([
      "sign up (?:for|to) (?:our|the|my)? ?[\\p{L}' -]{0,30}newsletter", "subscribe to (?:our|the) [\\p{L} ]{0,30}newsletter", "(?:our|free) newsletter", "subscribe (?:now|today)",
      "already a (?:subscriber|member)", "to continue reading", "subscribers? only", "(?:get|for) unlimited access", "create a free account",
      "newsletter (?:abonnieren|bestellen|anmelden)", "(?:zum|für den|unseren?) (?:kostenlosen )?newsletter(?: an)?(?:melden)?", "jetzt (?:abonnieren|registrieren|abo abschließen|weiterlesen|testen)",
      "exklusiv für abonnenten", "wählen sie ihren zugang", "(?:bereits|schon) (?:abonnent|registriert|digital-abonnent)", "lesen sie (?:jetzt )?weiter mit", "abonnieren sie",
      "(?:\\d+ )?(?:wochen|monate?) (?:kostenlos|gratis|für \\d+ ?(?:€|euro)) (?:testen|lesen)", "registrieren sie sich", "plus-artikel", "mit (?:einem|ihrem) abo",
      "newsletter-?abonnent(?:en|innen)?", "(?:in )?(?:unseren?|our|notre|nasz) [\\p{L}-]*newsletter", "(?:straight )?to your (?:phone|inbox)", "stay up[- ]to[- ]date(?: on| with)? (?:our|the latest|all the latest)", "get (?:regular )?updates on", "wir informieren sie regelmäßig", "(?:bleiben sie|bleib) (?:auf dem laufenden|informiert)", "(?:blog|newsletter|kanal) zu abonnieren", "if you enjoyed (?:reading )?this", "(?:would you )?consider supporting (?:our|us)", "unterstützen sie (?:uns|unsere arbeit)",
    "(?:allow|enable|activate|get|receive|aktivieren sie|erhalten sie) (?:our |unsere )?push[- ]?(?:notifications|benachrichtigungen|nachrichten)", "download our (?:free )?apps?", "download the .{0,30}apps? (?:for|on|from) (?:ios|android|iphone|the app store|google play)", "laden sie (?:sich )?(?:die|unsere) .{0,30}app", "sign up to get",
    "abonnez-vous", "inscrivez-vous à (?:notre|la) newsletter", "recevez (?:notre|la) newsletter", "zapisz się (?:do|na) newsletter", "zaprenumeruj", "suscríbete", "suscribirse al boletín",
    ].join("|")),
    maxLength: 300,
    reason: "a newsletter or subscription prompt",
  },
  // comments
  {
    id: "comment-form",
    kind: "comments",
    match: phrase([
      "leave a (?:reply|comment)", "post (?:a )?comment", "cancel reply", "your email address will not be published", "required fields are marked", "notify me of (?:new|follow-up)",
      "you must be logged in to post a comment", "\\d+ (?:comments?|responses?|replies)", "(?:schreibe|hinterlasse) einen kommentar", "kommentar (?:schreiben|abschicken|absenden|verfassen)",
      "antworten abbrechen", "deine e-mail-adresse wird nicht veröffentlicht", "ihre e-mail-adresse wird nicht veröffentlicht", "erforderliche felder sind (?:mit \\* )?markiert",
      "benachrichtige mich", "\\d+ (?:kommentare?|antworten|gedanken zu)", "gedanken zu „", "um kommentare zu schreiben", "kommentieren zu können", "(?:einloggen|anmelden), um (?:sich )?(?:an (?:einer|der) diskussion|zu kommentieren|kommentare)", "kommentare? (?:anzeigen|lesen|einblenden)",
      "votre adresse (?:e-mail|de messagerie) ne sera pas publiée", "laisser un commentaire", "\\d+ commentaires?", "twój adres e-mail nie zostanie opublikowany", "dodaj komentarz",
      "\\d+ komentarz", "deja (?:un|tu) comentario", "tu dirección de correo electrónico no será publicada",
    ].join("|")),
    maxLength: 200,
    reason: "the comment form or a comment count",
  },
  {
    id: "comment-label",
    weak: true,
    kind: "comments",
    match: line("comments?(?: \\(\\d+\\))?|reply|antworten|kommentieren|kommentare?(?: \\(\\d+\\))?|(?:vos )?réactions?(?: \\(\\d+\\))?|commentaires?|komentarze?|comentarios?|name ?(?:\\*|\\(pflichtfeld\\))|e-?mail ?(?:\\*|\\(pflichtfeld\\))|website|webseite|skomentuj(?: lub udostępnij)?|imię ?(?:\\*|\\(wymagane\\))|e-?mail.{0,30}\\(wymagane\\)|loading (?:facebook )?comments.{0,5}"),
    maxLength: 60,
    reason: "a comment's author line or a comment-form label",
  },
  {
    // Case matters here: "Anna Muster says:" heads a comment, "The statement says:" a quotation.
    id: "comment-author",
    weak: true,
    kind: "comments",
    match: /^(?:\p{Lu}[\p{L}.'’-]*(?: \p{Lu}[\p{L}.'’-]*){0,3}|@?[\p{L}\d.-]*[\d_@][\p{L}\d_.-]*) (?:says|sagt|schreibt|a dit|napisał[a]?):$/u,
    maxLength: 60,
    reason: "a comment's author line",
  },
  // ad
  {
    id: "ad-label",
    weak: true,
    kind: "ad",
    match: new RegExp(`^(?:anzeigen?|zum shop|jetzt kaufen|affiliate-?link|advertisement|advertising|werbung|sponsored(?: content| post)?|gesponsert|publicité|publicidad|reklama|pubblicità|promotion|partner-?content|paid content|anzeige\\s*[-–:].*)[\\s.:]*$`, "iu"),
    maxLength: 120,
    reason: "an advertisement label",
  },
  // A shop's button under a product or a book the article presents ("Buch bestellen", "In den
  // Warenkorb", "Buy Now"). Product pages print one per offer between their paragraphs, so a button
  // costs a run no more than a menu entry: it is dropped, the text around it stays.
  {
    id: "shop-button",
    weak: true,
    light: true,
    kind: "ad",
    match: line("(?:(?:das |dieses )?(?:buch|jetzt|hier|online|direkt) (?:bestellen|kaufen)|in den warenkorb|zum warenkorb|add to (?:cart|basket|bag)|buy(?: it)? now|shop now|acheter maintenant|ajouter au panier|comprar ahora|añadir al carrito|kup teraz|dodaj do koszyka)"),
    maxLength: 40,
    reason: "a shop's order button",
  },
  {
    id: "adblock-notice",
    kind: "ad",
    match: phrase("(?:turn off|disable|pause|deactivate|switch off) (?:your |the )?ad ?-?block(?:er|ing)?|(?:you(?:'re| are) using|you use|you seem to be using|you have) an ad ?-?blocker|(?:whitelist|allowlist) (?:us|our (?:site|website)|[\\p{L}.-]+\\.(?:com|de|org|net|co\\.uk))|ad ?-?block(?:er)? (?:detected|erkannt)|(?:werbe|ad ?-?)blocker (?:deaktivieren|ausschalten|abschalten)|désactive[rz]? (?:votre |le )?bloqueur de publicités?"),
    hint: /block|whitelist|allowlist|bloqueur/i,
    maxLength: 300,
    reason: "a request to switch off the ad blocker",
  },
  {
    // Said in the middle of an article, next to an advertisement: the article goes on after it.
    id: "continue-label",
    weak: true,
    kind: "ad",
    match: line("(?:continue|keep) reading(?: the (?:main )?story| below)?|(?:the )?(?:story|article|text) continues (?:below|after (?:the |this )?(?:advertisement|ad))|skip advertisement|advertisement[ -–]+(?:scroll|story) (?:to continue|continues below)|scroll to continue(?: with content)?|weiterlesen nach der anzeige|(?:der )?artikel (?:geht|wird) (?:nach der anzeige|unten) (?:weiter|fortgesetzt)|lesen sie nach der (?:anzeige|werbung) weiter|la suite (?:de l'article )?après (?:la|cette) publicité"),
    maxLength: 70,
    reason: "a label between an advertisement and the rest of the article",
  },
  {
    id: "affiliate-note",
    kind: "ad",
    match: phrase("affiliate[- ]?links?|contains (?:affiliate )?links to (?:products|partners)|references to products from|provisions-?links?|wir erhalten (?:eine|ggf\\. eine) provision|partnerlinks?|werbelinks?|bezahlte (?:kooperation|partnerschaft)|in freundlicher zusammenarbeit mit"),
    hint: /affiliate|links to|references to|provision|partnerlink|werbelink|bezahlte|zusammenarbeit/i,
    maxLength: 400,
    reason: "a note on affiliate links or sponsoring",
  },
  {
    id: "newsletter-label",
    kind: "newsletter",
    weak: true,
    match: line("(?:[\\p{L}\\p{N}-]+ ){0,3}[\\p{L}-]*newsletter|(?:jetzt )?(?:abonnieren|anmelden|subscribe)|[„“\"‚'][^„“”\"]{1,40}[“”\"‘'] (?:abonnieren|folgen)|(?:thema|themen|autor(?:in)?|kanal|podcast|blog|ressort|topic|author|channel) (?:abonnieren|folgen|follow|subscribe)|\\+ ?(?:follow|folgen|suivre|seguir|obserwuj)|(?:follow|folgen|suivre|seguir) ?\\+"),
    maxLength: 50,
    reason: "a newsletter label or button",
  },
  {
    id: "social-links",
    kind: "share",
    weak: true,
    match: socialLinks(),
    maxLength: 250,
    reason: "links to the site's social-media accounts: two platforms named close together in a short list, or with a call to follow or share, an address or a pronoun that speaks to the reader (a sentence of news about the platforms stays)",
  },
  {
    id: "byline",
    kind: "credit",
    weak: true,
    match: /^(?:[Vv]on|[Bb]y|BY|VON|[Pp]ar|[Pp]or|[Pp]rzez|[Dd]i|[Tt]exte?:?|[Aa]utor(?:in)?:|[Aa]uthor:|[Aa]uteur\s*:)\s+(?:\p{Lu}[\p{L}.'’-]*\s*){1,5}(?:(?:und|and|et|y|i|&|,)\s+(?:\p{Lu}[\p{L}.'’-]*\s*){1,4})?$/u,
    maxLength: 80,
    reason: "a byline: the author's name goes to the metadata",
  },
  {
    id: "dateline",
    kind: "credit",
    weak: true,
    light: true,
    match: datelineRule(),
    hint: /\d/,
    maxLength: 100,
    reason: "a line that is only the article's date (and time): it goes to the metadata",
  },
  {
    id: "reading-time",
    kind: "other",
    weak: true,
    match: line("\\d+ ?min(?:ute)?s?\\.? (?:read|lesezeit|lecture|czytania)|(?:lesezeit|reading time|temps de lecture|czas czytania):? (?:ca\\. )?\\d+ ?min(?:uten|utes)?\\.?|(?:weiterlesen|read more|lire la suite|leer más|czytaj dalej) ?\\d+ ?min(?:uten|utes|\\.)?"),
    maxLength: 40,
    reason: "the reading time",
  },
  {
    // Items are short and carry no sentence punctuation: "Themen: Die Koalition hat sich geeinigt." is prose.
    id: "taxonomy-line",
    weak: true,
    kind: "navigation",
    match: taxonomyLine(),
    maxLength: 400,
    reason: "the categories or tags the page files the article under (\"Schlagwörter: A, B, C\", \"Posted in: News\")",
  },
  // footer and navigation labels
  {
    id: "footer-link",
    weak: true,
    kind: "footer",
    match: line("impressum|imprint|datenschutz(?:erklärung|hinweise)?|privacy(?: policy| notice)?|agb|terms(?: of (?:use|service))?(?: (?:and|&) conditions)?|terms (?:and|&) conditions|kontakt|contact(?: us)?|mentions légales|politique de confidentialité|nach oben|back to top|zurück nach oben|top|powered by .{1,40}|proudly powered by .{1,40}|(?:©|\\(c\\)|copyright) ?\\d{4}.{0,80}|polityka prywatności|regulamin|aviso legal|política de privacidad|barrierefreiheit|accessibility|sitemap|rss"),
    maxLength: 100,
    reason: "a footer link or copyright line",
  },
  {
    id: "navigation-label",
    weak: true,
    kind: "navigation",
    match: line("zum inhalt(?: springen)?|springe zum inhalt|direkt zum inhalt|skip to (?:main )?content|skip navigation|menü|menu|hauptmenü|main menu|suche|search|suchen|startseite|home|navigation|navigationspfad|breadcrumb|anmelden|abmelden|login|log in|sign in|registrieren|register|(?:sie sind|du bist) hier:?.{0,80}|you are here:?.{0,80}|zurück(?: zur übersicht)?|back|weiter|next|previous|vorherige[rs]? (?:beitrag|artikel)|nächste[rs]? (?:beitrag|artikel)|mehr|more|alle anzeigen|show all|see all|voir tout|schließen|close|fermer|zamknij"),
    maxLength: 90,
    reason: "a menu, search or navigation label",
  },
  // News-page furniture (news-rules.ts), after the general rules: a line both match keeps the
  // general rule's id and kind ("12 Comments" is the comment count of comment-form).
  ...NEWS_RULES,
];

/** Credits that sit under an image: the line above them is the image's caption. */
export const IMAGE_CREDIT_RULES: ReadonlySet<string> = new Set(["ai-image-credit", "photo-credit", "photo-credit-label"]);

/**
 * Icon fonts draw their symbols from ligature names, and text copied from such a page keeps the name
 * in front of the label ("keyboard_arrow_left Zurück zur Startseite", "filter_none Weitere Beiträge").
 * The rules see the label without it. These are names of the common icon set (words joined by
 * underscores); a code identifier at the start of a line ("install_requires=") is none of them.
 */
const ICON_LIGATURE = /^(?:keyboard_(?:arrow_(?:left|right|up|down)|backspace)|arrow_(?:back|forward|left|right|upward|downward|drop_down|drop_up|right_alt)(?:_ios)?|chevron_(?:left|right)|expand_(?:more|less)|navigate_(?:next|before)|(?:first|last)_page|filter_none|bookmark_(?:border|outline)|open_in_new|more_(?:vert|horiz)|content_copy|mail_outline|alternate_email|thumb_(?:up|down)(?:_alt)?|play_(?:arrow|circle_filled|circle_outline)|access_time|date_range|calendar_today|format_quote|local_offer|person_outline|account_circle|chat_bubble(?:_outline)?|insert_comment|mode_comment|favorite_border)\s+(?=\S)/u;

/** The line as the rules read it: without an icon's ligature name in front. */
const label = (text: string): string => (text.includes("_") ? text.replace(ICON_LIGATURE, "") : text);

/** The first line rule that matches a block of text, if any; `strongOnly` skips the weak rules. */
export function lineRuleFor(block: string, strongOnly = false): LineRule | null {
  const text = label(block);
  for (const r of LINE_RULES) if ((!strongOnly || !r.weak) && text.length <= r.maxLength && (r.hint === undefined || r.hint.test(text)) && r.match.test(text)) return r;
  return null;
}

export function isRelatedHeading(block: string): boolean {
  const text = label(block);
  return text.length <= RELATED_HEADING.maxLength && RELATED_HEADING.match.test(text);
}
