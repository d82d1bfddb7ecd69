/* names.c - finds and masks names of persons in Dutch free text, keeping streets, places and
 * organisations.
 *
 * One pass splits the text into words and looks each one up, folded (case,
 * accents), in one hash table that holds the three lists and the grammar
 * words (titles, relations, particles, greetings...). Then, before anything is
 * taken for a name, two passes protect words: the phrases of the keep list
 * ("Hoek van Holland", "Dirk van den Broek") and every street, with the words
 * that lead up to its suffix ("Pieter de Hoochweg", "G.J. de Jonghweg").
 * Last, left to right, a trigger (title, relation, greeting, label, closing)
 * or the word itself (initials, a known first name, a particle and a known
 * surname, a known surname) starts a name, which then takes the capitalised
 * words and particles joined to it. Scanning allocates nothing: the words and
 * their folded forms live in the scan's buffers, sized once for the longest
 * text. */
#include "names.h"

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <utf8proc.h>

#include "address.h"
#include "spelling.h"
#include "text.h"

/* Lexical flags of a folded word. */
enum {
    W_FIRST = 1u << 0,
    W_SURNAME = 1u << 1,
    W_PLACE = 1u << 2,
    W_ORG = 1u << 3,
    W_WORD = 1u << 4,     /* common word that is also a name */
    W_PHRASE = 1u << 5,   /* first word of a keep-list phrase */
    W_PARTICLE = 1u << 6, /* van, de, der, ter, el, al ... */
    W_TITLE = 1u << 7,
    W_HEER = 1u << 8, /* heer: a title after de, geachte, beste */
    W_RELATION = 1u << 9,
    W_GREETING = 1u << 10,
    W_FIELD = 1u << 11,       /* a label when a colon follows */
    W_PREP = 1u << 12,        /* aan, in, op ...: "aan de Maas" is a place */
    W_STOP = 1u << 13,        /* a function word, never a name even when capitalised */
    W_STREET = 1u << 14,      /* computed: ends in a street suffix */
    W_TALK = 1u << 15,        /* gesproken, belde ...: "gesproken met Sandra" */
    W_KEEP_PHRASE = 1u << 16, /* a whole keep-list phrase (in the table only) */
    W_PLACE_SFX =
        1u << 17,      /* computed: ends like a place (-wijk, -drecht); after a title a surname */
    W_SKIP = 1u << 18, /* computed: inside an e-mail address, a URL or a [MASK] */
    W_HEAD = 1u << 19, /* names a building or business: "café De Gouden Leeuw" */
    W_COMMON =
        1u << 20, /* never a name unless also listed as one: "Meneer Vraagt", "Hallo Allemaal" */
    W_PTITLE =
        1u << 21,       /* a title of a person only, never part of a street's name: mevrouw, dhr. */
    W_LOWER = 1u << 22, /* a surname that is a common word in lower case: "boven", "bak" */
    W_ENGLISH = 1u << 23, /* an English grammar word: still evidence that a text is not Dutch */
    W_ADDR = 1u << 24,    /* set in a scan: the mailbox of an address read out, one span */
};
#define W_NAME (W_FIRST | W_SURNAME)
#define W_KEEP (W_PLACE | W_ORG | W_STREET)
#define W_TRIGGER (W_TITLE | W_RELATION | W_GREETING | W_TALK)

/* How much evidence came before the word a name would start at. */
enum lvl {
    LV_TITLE,   /* a title or initials: any capitalised word, a known name in lower case */
    LV_CONTEXT, /* a relation, greeting, label or signature */
    LV_LOOKUP,  /* nothing but the lists */
};

static const char *const rule_names[LL_NAME_RULES] = {
    "title", "relation", "greeting", "signature", "field", "initials", "first-name", "surname"};

const char *ll_name_rule_name(int rule) {
    return rule >= 0 && rule < LL_NAME_RULES ? rule_names[rule] : "?";
}

/* The grammar of Dutch names and the words around them. */
static const struct {
    const char *words;
    uint32_t flag;
} grammar[] = {
    {"van de der den ter ten te t 't 's vd v d op in het el al da dos do das du di del della la le "
     "bin ben ibn abu ould ait vander vanden von zu mac mc o "
     /* Central Asian patronyms, "daughter of" and "son of" between the father's name and
      * one's own ("Bakhyt kizi Aigul", names-dev34), as "bin" and "ould" */
     "kizi kyzy qizi gizi uulu ogly oglu ugli "
     /* the Welsh "son of", in lower case only ("Rhys ap Gruffydd"; "Hé Ap," greets a Dutch
      * Ap: tokenize) */
     "ap "
     /* the Malay "daughter of", as "bin" is "son of" ("Siti Aminah binti Abdullah",
      * session 36) */
     "binti binte bint "
     /* the Filipino "of the", written as one word ("Maricel Dela Cruz", "Delos Santos",
      * session 37) */
     "dela delos",
     W_PARTICLE},
    {"dhr hr mnr meneer mijnheer mevrouw mevr mvr mw mej mejuffrouw juffrouw fam familie families "
     "dr drs "
     "mr ir ing prof ds zr zuster broeder pastoor dominee imam wethouder burgemeester raadslid "
     /* the clergy of other churches: "Pastor [NAAM]" of a Pentecostal church (names-dev26),
      * "pater", "priester", "kapelaan", "rabbijn", "pandit" as "pastoor", "imam" */
     "pastor pater priester kapelaan rabbijn rabbi pandit "
     "minister sir mrs ms miss madame monsieur wed weduwe echtpaar gezin "
     /* German: "Frau [NAAM]", "Herr [NAAM]" (session 29, with the German surnames) */
     "frau herr "
     /* call notes' "mdw. Dewi", "mdw Bas": the staff member, abbreviated */
     "mdw "
     /* and the client, abbreviated with its dot as a title is ("Clt. [NAAM] vraagt uitleg",
      * session 36): a relation word's dot would end the sentence */
     "clt "
     /* Indonesian and Moluccan: "Pak Budi Hartono", "Ibu Siahaya" (names-dev22); "pak"
      * and "bu" only capitalised (tokenize) */
     "bapak ibu pak bu",
     W_TITLE},
    {"heer", W_HEER},
    /* Titles no street is named after ("Burgemeester de Vlugtlaan", "Prins
     * Hendrikkade" are; "Mevrouw Oosterbaan" is a person). */
    {"dhr hr mnr meneer mijnheer mevrouw mevr mvr mw mej mejuffrouw juffrouw fam familie wed "
     "weduwe mrs ms miss madame monsieur frau herr echtpaar gezin "
     /* "ruzie tussen de families Peeters en Olsthoorn" (names-dev21) */
     "families",
     W_PTITLE},
    {"school basisschool college lyceum kerk moskee ziekenhuis kliniek centrum station "
     "metrostation bibliotheek academie theater museum stadion gebouw toren universiteit "
     "hogeschool arena hal stichting vereniging café cafe restaurant bakkerij slagerij "
     "kapsalon supermarkt hotel winkelcentrum sportschool voetbalvereniging vv camping "
     "kinderopvang kinderdagverblijf huisartsenpraktijk tandartspraktijk apotheek praktijk "
     "snackbar shoarmazaak pizzeria garage flat wooncomplex zorgcentrum verpleeghuis "
     "verzorgingshuis buurthuis wijkcentrum speeltuin zwembad halte tramhalte bushalte "
     "metrohalte moskee galerie bioscoop gasthuis gymnasium instituut fabriek depot werf "
     "pakhuis "
     /* a pavilion and a kiosk, named as a café is: "Paviljoen De Veerman" (names-dev28),
      * "Kiosk Sjaak" */
     "paviljoen strandpaviljoen kiosk "
     /* after the owner's name: "Jansen Bouw", "Bouman GGZ", "De Vries Advocaten" */
     "bv nv vof holding ggz makelaardij makelaars advocaten advocatenkantoor notarissen "
     "notariskantoor installatietechniek bouwbedrijf schoonmaakbedrijf transport verhuizingen "
     "verhuisbedrijf schildersbedrijf hoveniers hoveniersbedrijf taxi autobedrijf rijschool "
     "thuiszorg mode vastgoed kappers kapsalons interieur interieurs fashion optiek juweliers "
     "tweewielers rijwielhandel fietsen keukens meubelen meubels bloemen reizen consultancy "
     "installaties huis fonds foundation bouw groep techniek schilders loodgieters dakdekkers "
     "verhuur logistiek catering infra "
     /* an office's legal form or trade after its owner: "Aydın Legal", "Verbeek &
      * Partners", "Smit Advocatuur", "Bakker Accountants" */
     "legal law partners advocatuur accountants accountancy deurwaarders incasso "
     "bewindvoering mediation advies "
     /* a building trade after its owner's name: "Yıldız Isolatie" (names-dev36) */
     "isolatie dakwerken stukadoors glaszetters "
     /* clubs, care homes, places of worship and shops named after someone:
      * "Sportclub Victoria", "hospice Marianne", "eetcafé De Wit" */
     "club sportclub voetbalclub hockeyclub tennisclub zwemclub korfbalclub sportvereniging "
     "scouting harmonie fanfare koor parochie hospice tehuis bejaardentehuis "
     "verzorgingstehuis woonzorgcentrum zorgboerderij kinderboerderij inloophuis "
     "jongerencentrum buurtcentrum dansschool muziekschool sporthal manege wasserette "
     "stomerij drogisterij synagoge tempel mandir lunchroom eetcafé eetcafe brasserie "
     "cafetaria ijssalon nagelstudio barbershop tankstation "
     /* a sports club by its sport's abbreviation, as "vv": handbal, korfbal, hockey,
      * zwemmen, a sports club ("HV Westerkwartier", "SV Charlois"); a street's name holds
      * none, so the run of words before a club's place-like name stops there (names-dev34) */
     "hv kv hc mhc zv sv rksv "
     /* a farm or a sports ground named after its owner or a person: "Hoeve Klaassen",
      * "sportpark De Visser" (names-dev21) */
     "hoeve boerderij sportpark sportcomplex "
     /* "Tennispark Beatrix" (names-dev32) */
     "tennispark "
     /* a care home named after a saint or a founder: "Huize Margaretha" (names-dev22) */
     "huize "
     /* a salon and an eatery named after their owner: "Salon Marieke", "Trattoria Da
      * Luca" (names-dev27) */
     "salon trattoria ristorante osteria bistro "
     /* a ship named after a person: "de veerboot Dokter Wagemaker" (names-dev23); only
      * the compounds, "Boot" and "Pont" are surnames */
     "veerboot veerpont rondvaartboot waterbus watertaxi woonboot sleepboot motorschip "
     "vrachtschip binnenvaartschip cruiseschip zeilschip passagiersschip "
     /* "het schip 'Prins Willem-Alexander'" (names-dev25) */
     "schip zeilboot motorboot plezierjacht "
     /* a ship that houses ("het opvangschip Silja Europa", names-dev28) and a fair's ride
      * named so ("de Zweefmolen Olympia", names-dev28) */
     "opvangschip hotelschip woonschip zweefmolen draaimolen "
     /* a street organ bears a name as a ship does: "Draaiorgel De Kleine Gijs" (names-dev34) */
     "draaiorgel straatorgel dansorgel kermisorgel "
     /* an estate or a castle named after its first owners: "Landgoed De Hooge Boekel"
      * (names-dev26) */
     "landgoed buitenplaats kasteel "
     /* a convent or an abbey named after a saint: "zuster [NAAM] van het Klooster
      * Mariënburg" (names-dev35): the sister's name ends before it */
     "klooster abdij priorij",
     W_HEAD},
    {"buurman buurvrouw buurjongen buurmeisje overbuurman overbuurvrouw bovenbuurman "
     "bovenbuurvrouw onderbuurman onderbuurvrouw benedenbuurman benedenbuurvrouw zoon zoontje "
     "dochter dochtertje vader moeder pa ma papa mama man vrouw echtgenoot echtgenote partner "
     "vriend vriendin broer zus zusje broertje oom tante neef nicht opa oma kleinzoon "
     "kleindochter schoonmoeder schoonvader schoonzoon schoondochter zwager schoonzus stiefvader "
     "stiefmoeder kinderen kleinkinderen zonen dochters ex collega huisbaas huurbaas verhuurder "
     "huurder "
     "kind baby baas mantelzorger begeleider "
     "begeleidster casemanager consulent consulente klantmanager wijkagent wijkcoach "
     "wijkverpleegkundige huisarts arts dokter medewerker medewerkster contactpersoon "
     "behandelaar leerkracht juf meester coach client cliënt bewoner bewoonster hulpverlener "
     "werker werkster schuldhulpverlener bewindvoerder advocaat zorgverlener postbode "
     "conciërge huismeester opzichter beheerder vrijwilliger tolk voogd pleegmoeder pleegvader "
     "directeur manager teamleider leidinggevende chauffeur agent agente boa handhaver monteur "
     "loodgieter schoonmaker eigenaar genaamd genoemd heet heette namens tav tandarts "
     "psycholoog therapeut verpleegkundige mentor docent docente leraar lerares directrice "
     "notaris makelaar aannemer klusjesman conducteur portier bewaker beveiliger ambtenaar "
     "adviseur volgens zegt zei aldus vertelde vertelt schreef schrijft ene zekere "
     /* "Student Bram Overdijk, Hogeschool Utrecht" (names-dev25); a listed name only
      * (relation_for_subjects: "student Geneeskunde") */
     "student studente stagiair stagiaire "
     /* a role in minutes, reports and club news before whoever holds it: "dirigent
      * [NAAM] was ziek", "gastouder [NAAM] mag weer", "penningmeester [NAAM]"
      * (names-dev26, names-dev27); not the roles that are also surnames (Schipper,
      * Kok, Koster) nor a shop's (kapper: "de kapper Ali Baba") */
     "voorzitter secretaris penningmeester notulist notuliste dirigent pianist organist "
     "elektricien gastouder inspecteur uitvoerder trainer trainster coördinator coordinator "
     /* who flies or serves on board: "piloot Niamh O'Brien", "steward" (names-dev31) */
     "piloot steward stewardess "
     /* whom a doctor or a nurse writes about: "over patiënte [NAAM]" (names-dev30) */
     "patient patiënt patiente patiënte "
     /* a craft's or an art's worker named by the trade, as the roles above: "Laborant
      * [NAAM] werkt", "Stoffeerder [NAAM] uit Riga", "gastvrouw [NAAM]", "met schrijfster
      * [NAAM]", "Landmeter [NAAM]", "Pasteur [NAAM] van de Église Évangélique" (names-dev30,
      * names-dev32: names of every origin that no list holds); "Schrijver", a surname, only
      * as a compound's end (relation_suffixes) */
     "laborant laborante stoffeerder gastvrouw gastheer schrijfster landmeter beiaardier "
     "fotograaf kunstenaar kunstenares pasteur "
     /* a pupil before the name, as a teacher ("Zijn leerling [NAAM]"), and a ship's pilot
      * ("Loods [NAAM] belt over de haven", names-dev35) */
     "leerling leerlinge loods "
     /* one's boss at work ("haar chef [NAAM]", session 36), as "-chef" ends a compound's */
     "chef",
     W_RELATION},
    /* English writers name their own as Dutch ones do: "my husband Jake" */
    {"husband wife son daughter mother father brother sister neighbour neighbor friend "
     "colleague "
     /* and so do writers in their own language, before a capitalised name: "Minha filha
      * [NAAM]" (names-dev32), Portuguese, Spanish, French, German, Polish, Turkish */
     "filha filho marido esposa hija hijo esposo fille fils mari tochter sohn ehemann ehefrau "
     "corka syn kizim oglum esim",
     W_RELATION | W_ENGLISH},
    {"beste hoi hallo hey hee hi dag lieve geachte goedemorgen goedemiddag goedenavond hello "
     "dear "
     /* how callers greet in speech */
     "goeiemorgen goeiemiddag goeienavond goedendag goeiedag",
     W_GREETING},
    {"naam melder beller klant aanvrager afzender van aan cc contactpersoon bewoner mdw "
     /* who handled it, in call and desk notes: "behandelaar: Mark", "Geregistreerd door: Dewi" */
     "behandelaar medewerker medewerkster door "
     /* the team leader's initials in call notes: "tl: Mark Storm"; a club's or a plan's
      * contact ("(contact: Li Wei Zhang)", names-dev36) */
     "tl contact",
     W_FIELD},
    {"gesproken gebeld sprak spreek spreekt belde contact afspraak telefoongesprek gesprek "
     "doorverbonden overleg overlegd gemaild behandeld genoteerd opgenomen doorgegeven "
     "doorgestuurd verwezen gevraagd teruggebeld "
     /* "zeg tegen Sem", "gezegd tegen Jansen": whom one tells */
     "zeg zei zegt gezegd vertel verteld vertelde",
     W_TALK},
    {"aan in op bij naar langs over via uit achter voor tegenover richting vanaf door naast "
     "rond om boven beneden onder tussen binnen buiten nabij vanuit",
     W_PREP},
    {"ik je jij u wij we zij ze hij het een dit dat die deze mijn onze ons uw jullie hun haar "
     "zijn en of maar want dus ook nog wel niet geen er hier daar toen nu dan als omdat wat wie "
     "waar hoe wanneer waarom graag vandaag gisteren morgen sinds na voor met bij in op aan uit "
     "om over door tot naar zonder tegen is was heeft had wordt werd kan kunt moet wil zou mag "
     "gaat ga kom komt ja nee ok oke oké helaas inmiddels verder bovendien alvast sorry excuses "
     "dank bedankt super fijn goed slecht vanochtend vanmiddag vanavond vannacht al alle elke "
     "iedereen niemand iemand mensen meneer mevrouw nummer huisnummer tel telefoon mob mobiel "
     "email mail adres postcode straat datum tijd melding klacht vraag opmerking betreft "
     "onderwerp zie svp pls please thanks via ivm mbt nav tzt asap nvt wo ma di do vr za zo "
     "nb ps let op groet groeten groetjes mvg hoogachtend liefs "
     /* a speaker's hesitations in transcribed voicemail */
     "euh eh ehm eeh uh uhm hm hmm",
     W_STOP},
};

/* Street suffixes: a word ending in one (and longer than it) names a street. */
static const char *const street_suffixes[] = {LL_STREET_SUFFIXES};
/* Place endings: a word ending in one is a place on its own, but after a
 * title it is a surname ("mevrouw Hoogkerk"). */
static const char *const place_suffixes[] = {
    "wijk",  "dorp", "polder", "drecht", "dam",   "sluis", "burg",  "veen",  "huizen",
    "hoven", "oord", "vliet",  "land",   "buurt", "stad",  "woude", "zande", "kapelle"};
/* Organisations and departments by ending: Bewonerscommissie, Huurdersvereniging,
 * Wijkteam, Voedselbank, Belastingdienst, Buurtzorg, Wijkbeheer: never a person, also not in a
 * signature or after a greeting. Surnames seldom end so (-huis and -hof do,
 * and are not here). */
static const char *const org_suffixes[] = {
    "vereniging", "commissie", "comite", "stichting", "raad", "team", "platform", "collectief",
    "cooperatie", "genootschap", "federatie", "bond", "dienst", "zorg", "bank", "winkel", "loket",
    "groep", "fonds", "instituut", "kantoor", "bureau", "centrale",
    /* departments: Wijkbeheer, Burgerzaken, Stadsontwikkeling, Parkeerhandhaving */
    "beheer", "zaken", "ontwikkeling", "handhaving", "toezicht", "beleid", "administratie",
    "dienstverlening", "voorzieningen", "preventie", "overleg", "initiatief", "organisatie",
    "netwerk", "bedrijf", "opvang",
    /* a letter's addressees: "t.a.v. Raadsgriffie", "c.c. Bestuurssecretariaat" */
    "griffie", "secretariaat",
    /* "in het Gemeentearchief", "Stadsarchief" (names-dev30) */
    "archief",
    /* help by its kind: "van Schuldhulp Drachten", "Jeugdhulp Friesland" (session 36); no
     * surname so ends */
    "hulp"};
/* Trades by ending: a capitalised compound that ends in a trade names a business, as the
 * trade words of the grammar do ("Koster Bouwtechniek", "Mulder Groenvoorziening", "De
 * Boer Wegenbouw"); in lower case it is an ordinary word ("de wegenbouw hier"). */
static const char *const trade_suffixes[] = {
    "techniek", "voorziening", "bouw", "installaties", "onderhoud", "transport", "verhuur", "infra",
    "service", "services", "logistiek", "advies",
    /* a club by its sport or its members: "van IJsclub De Eendracht", "Schaakclub Morphy"
     * (names-dev27; "Sportclub" and the other listed clubs the same); a salon by its trade:
     * "Nagelsalon Yasmin" */
    "club", "salon",
    /* a school, a trade, a grower, a studio or a shelter by its compound's last part:
     * "Kaashandel Wim Gort", "Champignonkwekerij Van Dijk",
     * "Yogastudio Shanti", "Dierenasiel Tante Truus" (names-dev31); "-erij" is the
     * workshop's ending (kwekerij, brouwerij, drukkerij), which no surname takes */
    "handel", "erij", "studio", "asiel",
    /* "van Verloskundigenpraktijk De Wieg" (names-dev31), as "huisartsenpraktijk" */
    "praktijk",
    /* a shooting club by its members, named after a hero: "Handboogschutters Willem Tell"
     * (names-dev32), "Kruisboogschutters Sint Joris" */
    "schutters",
    /* a hall by its sport and a shop by its trade: "Floorballhal Woensel", "Topsporthal",
     * "Dierenspeciaalzaak Van Veen" (names-dev35); not "-hal" alone, which first names end
     * in (Vishal, Nihal) */
    "sporthal", "ballhal", "zaak",
    /* a shop by the French noun of its trade, as "-erij" by the Dutch one: "Chocolaterie Van
     * Gils", "Patisserie Yvonne", "Fromagerie De Kaas" (names-dev36; listed first names such
     * as Valerie are read from the lists, not from their ending) */
    "erie",
    /* a lab and a bar by their compound's end: "Tandlab Hoogendoorn", "Karaokebar Marilyn"
     * (session 36); a listed name so ending (Akbar) is read from the lists */
    "lab", "bar",
    /* a choir and an orchestra by their compound's end, named as a club is: "Gospelkoor
     * Amani", "Harmonieorkest Sophia" (session 37); "koorleider" ends as a leader */
    "koor", "orkest"};
/* Relation words by ending: wijkmedewerker, bovenbuurvrouw, jeugdconsulent. */
static const char *const relation_suffixes[] = {
    "medewerker", "medewerkster", "buurman", "buurvrouw", "consulent", "consulente", "coach",
    "regisseur", "begeleider", "begeleidster", "verpleegkundige", "agent", "adviseur", "beheerder",
    "meester", "arts",
    /* koorleider, bedrijfsleider, projectleider; bouwinspecteur; moskeebestuurder */
    "leider", "inspecteur", "bestuurder",
    /* kleinkind, pleegkind, stiefkind: "haar kleinkind Angel" */
    "kind",
    /* verloskundige, havenarbeider, museumsuppoost: a trade's worker before whoever it is
     * (names-dev31) */
    "kundige", "arbeider", "suppoost",
    /* a trade's worker by the compound's head: "Pianodocent", "werkplaatschef",
     * "verkeersregelaar", "Orchideeënkweker", "pianostemmer", "greenkeeper",
     * "poppenspeler", "tekstschrijver", "gastvrouw" (names-dev31, names-dev32) */
    "docent", "docente", "chef", "regelaar", "kweker", "stemmer", "keeper", "speler", "speelster",
    "schrijver", "vrouw",
    /* a maker, a trainer or a buddy by the compound's head: "Vioolbouwer", "Orgelbouwer",
     * "Floorballtrainer", "Taalmaatje" (names-dev35: names of every origin after them) */
    "bouwer", "trainer", "trainster", "maatje",
    /* who drives for a trade: "buschauffeur", "taxichauffeur", "vrachtwagenchauffeur" */
    "chauffeur"};
/* Surnames that end like a street ("Kerkhof", "Wal") are kept out by being
 * listed names: a listed name is never read as a street. */

/* Words a closing and its signer take at most at a text's end: "met vriendelijke groet,
 * j.p. van der berg". */
#define LAST_CLAUSE_WORDS 12

/* Closings that start a signature, folded words joined by spaces. */
static const char *const closings[] = {"met vriendelijke groet",
                                       "met vriendelijke groeten",
                                       "vriendelijke groet",
                                       "vriendelijke groeten",
                                       "met hartelijke groet",
                                       "hartelijke groet",
                                       "hartelijke groeten",
                                       "met groet",
                                       "met groeten",
                                       "groet",
                                       "groeten",
                                       "groetjes",
                                       "gr",
                                       "grt",
                                       "grtn",
                                       "mvg",
                                       "m v g",
                                       "mvgr",
                                       "vr gr",
                                       "vrgr",
                                       "vriendelijke gr",
                                       "hgr",
                                       "bvd",
                                       "alvast bedankt",
                                       "bij voorbaat dank",
                                       "alvast dank",
                                       "dank u wel",
                                       "dank je wel",
                                       "bedankt",
                                       "liefs",
                                       "kind regards",
                                       "best regards",
                                       "regards",
                                       "cheers",
                                       "met dank",
                                       "namens",
                                       "hoogachtend",
                                       "met vriendelijke groet en dank"};
#define MAX_CLOSING_WORDS 4
/* Words after a closing on its line that may say for whom it signs ("Namens de buurt,"). */
#define SIGNED_FOR_WORDS 3
/* Words a signer after a dash at a text's end takes at most: "- Jan van der Berg". */
#define MAX_DASH_SIGNER 5

/* ---- the table of folded words ---- */

/* Every suffix with its length and flag, made once at load: the check runs
 * for every word, so it compares the last byte before anything else. */
#define MAX_SUFFIXES 192
typedef struct suffix {
    const char *s;
    uint32_t flag;
    uint8_t len;
} suffix;

/* A slot of the table, read at every word of every text and held for the process's life:
 * 16 bytes, the hash's low half beside the other fields (its full 64 bits made the slot 24
 * and the table of 65,536 slots 1.5 MB; issue 16, the peak RSS). The low half picks the
 * slot anyway, and a hit is compared by its bytes. */
typedef struct entry {
    uint32_t h; /* ll_fnv1a64's low 32 bits */
    uint32_t off, flags;
    uint16_t len;
} entry;
_Static_assert(sizeof(entry) == 16, "a slot of the names' table is 16 bytes");

struct ll_names {
    entry *tab;
    size_t cap, n; /* slots (power of two), used */
    char *pool;
    size_t pool_len, pool_cap;
    int nentries; /* list entries loaded */
    suffix suffixes[MAX_SUFFIXES];
    size_t nsuffixes;
    /* The suffixes by last byte, each chain in table order (NO_SUFFIX ends it):
     * a word is compared with the few that can end it, not with all. */
    uint8_t sfx_first[256], sfx_next[MAX_SUFFIXES];
    const ll_wordlist *words; /* the Dutch word list (ll_names_set_words), or NULL */
};
#define NO_SUFFIX 0xFF

static const entry *lookup(const ll_names *nm, const char *s, size_t n) {
    uint64_t h = ll_fnv1a64(s, n);
    for (size_t i = h & (nm->cap - 1);; i = (i + 1) & (nm->cap - 1)) {
        const entry *e = &nm->tab[i];
        if (!e->len)
            return NULL;
        if (e->h == (uint32_t)h && e->len == n && memcmp(nm->pool + e->off, s, n) == 0)
            return e;
    }
}

static uint32_t flags_of(const ll_names *nm, const char *s, size_t n) {
    const entry *e = lookup(nm, s, n);
    return e ? e->flags : 0;
}

static int grow(ll_names *nm) {
    size_t ncap = nm->cap ? nm->cap * 2 : 4096;
    entry *t = calloc(ncap, sizeof(*t));
    if (!t)
        return -1;
    for (size_t i = 0; i < nm->cap; i++) {
        entry *e = &nm->tab[i];
        if (!e->len)
            continue;
        size_t k = e->h & (ncap - 1);
        while (t[k].len)
            k = (k + 1) & (ncap - 1);
        t[k] = *e;
    }
    free(nm->tab);
    nm->tab = t;
    nm->cap = ncap;
    return 0;
}

/* Adds flags to the entry of s[0..n), making it when new. */
static int add(ll_names *nm, const char *s, size_t n, uint32_t flags) {
    if (n == 0 || n > UINT16_MAX)
        return -1;
    if ((nm->n + 1) * 2 > nm->cap && grow(nm) != 0)
        return -1;
    uint64_t h = ll_fnv1a64(s, n);
    size_t i = h & (nm->cap - 1);
    for (;; i = (i + 1) & (nm->cap - 1)) {
        entry *e = &nm->tab[i];
        if (!e->len)
            break;
        if (e->h == (uint32_t)h && e->len == n && memcmp(nm->pool + e->off, s, n) == 0) {
            e->flags |= flags;
            return 0;
        }
    }
    if (nm->pool_len + n > nm->pool_cap) {
        size_t pc = nm->pool_cap ? nm->pool_cap * 2 : 65536;
        while (pc < nm->pool_len + n)
            pc *= 2;
        char *p = realloc(nm->pool, pc);
        if (!p)
            return -1;
        nm->pool = p;
        nm->pool_cap = pc;
    }
    memcpy(nm->pool + nm->pool_len, s, n);
    nm->tab[i] = (entry){
        .h = (uint32_t)h, .off = (uint32_t)nm->pool_len, .len = (uint16_t)n, .flags = flags};
    nm->pool_len += n;
    nm->n++;
    return 0;
}

/* ---- words ---- */

static __attribute__((noinline)) int is_word_cp_wide(int32_t cp) {
    utf8proc_category_t c = utf8proc_category(cp);
    return (c >= UTF8PROC_CATEGORY_LU && c <= UTF8PROC_CATEGORY_ME) || c == UTF8PROC_CATEGORY_ND;
}

/* ASCII in line, the rest by its Unicode category: the tokenizer asks ~100
 * times an event, and the call was a tenth of its instructions. */
static inline int is_word_cp(int32_t cp) {
    if (cp < 0)
        return 0;
    if (cp < 0x80)
        return (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z') || (cp >= '0' && cp <= '9');
    return is_word_cp_wide(cp);
}

static int is_apostrophe(int32_t cp) { return cp == '\'' || cp == 0x2019 || cp == 0x2018; }

/* The code point at s[i] and its length (*n); -1 (length 1) for bytes that
 * are not UTF-8. ASCII, most of the text, without utf8proc: a byte below 0x80
 * is its own code point (utf8proc_iterate's answer, ~20 instructions less). */
static int32_t cp_at(const char *s, size_t len, size_t i, size_t *n) {
    if ((unsigned char)s[i] < 0x80) {
        *n = 1;
        return (unsigned char)s[i];
    }
    int32_t cp;
    utf8proc_ssize_t r =
        utf8proc_iterate((const utf8proc_uint8_t *)s + i, (utf8proc_ssize_t)(len - i), &cp);
    if (r <= 0) {
        *n = 1;
        return -1;
    }
    *n = (size_t)r;
    return cp;
}

/* Folds s[0..n) (one word, or words split by single spaces) into out: case
 * folded, accents stripped, typographic apostrophes as '. Returns the length,
 * or 0 when it does not fit in cap. */
static size_t fold(const char *s, size_t n, char *out, size_t cap) {
    size_t o = 0, i = 0;
    /* An ASCII byte folds to itself lower-cased, one byte out for one in: the word's ASCII
     * start (most words whole) is copied so, without a code point's decomposition (fold was
     * ~240 instructions a word, callgrind over bench_enrich, 12-02). */
    for (; i < n && (unsigned char)s[i] < 0x80; i++, o++) {
        if (o + 4 > cap)
            return 0;
        out[o] = (char)((s[i] >= 'A' && s[i] <= 'Z') ? s[i] + 32 : s[i]);
    }
    while (i < n) {
        size_t k;
        int32_t cp = cp_at(s, n, i, &k);
        i += k;
        if (cp < 0)
            return 0;
        if (is_apostrophe(cp))
            cp = '\'';
        utf8proc_int32_t d[8];
        int bc = 0;
        utf8proc_ssize_t m =
            cp < 0x80
                ? (d[0] = (cp >= 'A' && cp <= 'Z') ? cp + 32 : cp, 1)
                : utf8proc_decompose_char(
                      cp, d, 8, UTF8PROC_DECOMPOSE | UTF8PROC_CASEFOLD | UTF8PROC_STRIPMARK, &bc);
        if (m < 0 || m > 8)
            return 0;
        for (utf8proc_ssize_t j = 0; j < m; j++) {
            if (o + 4 > cap)
                return 0;
            if (d[j] >= 0 && d[j] < 0x80) /* utf8proc_encode_char's one byte, without the call */
                out[o++] = (char)d[j];
            else
                o += (size_t)utf8proc_encode_char(d[j], (utf8proc_uint8_t *)out + o);
        }
    }
    return o;
}

static int ends_with(const char *s, size_t n, const char *suf) {
    size_t k = strlen(suf);
    return n >= k && memcmp(s + n - k, suf, k) == 0;
}

#define N_OF(a) (sizeof(a) / sizeof((a)[0]))

static size_t add_suffixes(suffix *out, size_t n, const char *const *sfx, size_t nsfx,
                           uint32_t flag) {
    for (size_t i = 0; i < nsfx && n < MAX_SUFFIXES; i++)
        out[n++] = (suffix){.s = sfx[i], .flag = flag, .len = (uint8_t)strlen(sfx[i])};
    return n;
}

/* What an unlisted word's ending says: a street, a relation word, an organisation or a
 * place (in that order: the first table that has the ending wins). The stem before the
 * suffix is at least 3 bytes: "Laan" alone is no street. */
static uint32_t suffix_flags(const ll_names *nm, const char *f, size_t n, int dot) {
    uint32_t got = 0;
    /* "Koning Willem I-weg", "Karel V-laan" (names-dev34): a hyphen sets a street's ending
     * off from a stem shorter than the rule below takes, a king's number */
    if (n < 8 && memchr(f, '-', n))
        for (unsigned i = nm->sfx_first[(unsigned char)f[n - 1]]; i != NO_SUFFIX;
             i = nm->sfx_next[i]) {
            const suffix *x = &nm->suffixes[i];
            if (x->flag == W_STREET && n >= (size_t)x->len + 2 && f[n - x->len - 1] == '-' &&
                memcmp(f + n - x->len, x->s, x->len) == 0)
                return W_STREET;
        }
    if (n < 6) /* the shortest suffix and stem */
        return 0;
    for (unsigned i = nm->sfx_first[(unsigned char)f[n - 1]]; i != NO_SUFFIX && !got;
         i = nm->sfx_next[i]) {
        const suffix *x = &nm->suffixes[i];
        /* The list is by last byte: the byte before it first, then the call. */
        if (n >= (size_t)x->len + 3 && (x->len < 2 || f[n - 2] == x->s[x->len - 2]) &&
            memcmp(f + n - x->len, x->s, x->len) == 0)
            got = x->flag;
    }
    /* "Kerkstr." */
    if (!got && dot && n >= 6 && ends_with(f, n, "str"))
        got = W_STREET;
    return got;
}

/* ---- loading ---- */

static void names_err(char *errstr, size_t errlen, const char *path, int line, const char *msg) {
    if (line)
        snprintf(errstr, errlen, "%s:%d: %s", path, line, msg);
    else
        snprintf(errstr, errlen, "%s: %s", path, msg);
}

/* Folds an entry of one or more words separated by blanks into out (single
 * spaces). Returns its length and the number of words, 0 when it is empty or
 * a word is too long. */
static size_t fold_entry(const char *s, size_t n, char *out, size_t cap, int *words,
                         size_t *first_len) {
    size_t o = 0, i = 0;
    *words = 0;
    *first_len = 0;
    while (i < n) {
        while (i < n && (s[i] == ' ' || s[i] == '\t'))
            i++;
        size_t b = i;
        while (i < n && s[i] != ' ' && s[i] != '\t')
            i++;
        if (i == b)
            break;
        if (*words)
            out[o++] = ' ';
        size_t f =
            fold(s + b, i - b, out + o,
                 cap - o - 1 < LL_NAMES_MAX_WORD_BYTES ? cap - o - 1 : LL_NAMES_MAX_WORD_BYTES);
        if (!f)
            return 0;
        if (!*words)
            *first_len = f;
        o += f;
        (*words)++;
    }
    return o;
}

static int load_list(ll_names *nm, const char *path, int is_keep, uint32_t flag, char *errstr,
                     size_t errlen) {
    FILE *f = fopen(path, "r");
    if (!f) {
        names_err(errstr, errlen, path, 0, "cannot open");
        return -1;
    }
    char buf[512], *line;
    ll_lines lr = {.f = f,
                   .buf = buf,
                   .cap = sizeof(buf),
                   .max_bytes = LL_NAMES_MAX_LIST_BYTES,
                   .trim = LL_LINES_END_SPACES};
    int rc = -1;
    while ((line = ll_lines_next(&lr))) {
        size_t n = lr.len;
        uint32_t fl = flag;
        char *tab = strchr(line, '\t');
        if (tab) {
            if (!is_keep) {
                names_err(errstr, errlen, path, lr.lineno, "one name a line, no TAB");
                goto out;
            }
            *tab = '\0';
            const char *kind = tab + 1;
            if (!strcmp(kind, "place"))
                fl = W_PLACE;
            else if (!strcmp(kind, "org"))
                fl = W_ORG;
            else if (!strcmp(kind, "word"))
                fl = W_WORD;
            else if (!strcmp(kind, "common"))
                fl = W_COMMON;
            else if (!strcmp(kind, "lower"))
                fl = W_LOWER;
            else {
                names_err(errstr, errlen, path, lr.lineno,
                          "kind is place, org, word, common or lower");
                goto out;
            }
            n = (size_t)(tab - line);
        }
        char fb[LL_NAMES_MAX_PHRASE_WORDS * (LL_NAMES_MAX_WORD_BYTES + 1) + 1];
        int words;
        size_t first_len;
        size_t fl_len = fold_entry(line, n, fb, sizeof(fb), &words, &first_len);
        if (!fl_len || words > LL_NAMES_MAX_PHRASE_WORDS) {
            names_err(errstr, errlen, path, lr.lineno,
                      "not a usable entry (invalid UTF-8, a word over 64 bytes or over 5 words)");
            goto out;
        }
        if (words > 1 && !is_keep) {
            names_err(errstr, errlen, path, lr.lineno,
                      "one word a line (particles such as van, de, el are read by the masker)");
            goto out;
        }
        if (nm->nentries >= LL_NAMES_MAX_ENTRIES) {
            names_err(errstr, errlen, path, lr.lineno, "too many entries");
            goto out;
        }
        if (words > 1) {
            if (add(nm, fb, fl_len, W_KEEP_PHRASE | fl) != 0 ||
                add(nm, fb, first_len, W_PHRASE) != 0)
                goto oom;
        } else if (add(nm, fb, fl_len, fl) != 0) {
            goto oom;
        }
        nm->nentries++;
    }
    if (lr.stop != LL_LINES_EOF) {
        names_err(errstr, errlen, path, lr.lineno,
                  lr.stop == LL_LINES_TOO_LARGE  ? "list too large"
                  : lr.stop == LL_LINES_TOO_LONG ? "line too long"
                                                 : "read error");
        goto out;
    }
    rc = 0;
    goto out;
oom:
    names_err(errstr, errlen, path, lr.lineno, "out of memory");
out:
    fclose(f);
    return rc;
}

ll_names *ll_names_load(const char *first_path, const char *surname_path, const char *keep_path,
                        char *errstr, size_t errlen) {
    ll_names *nm = calloc(1, sizeof(*nm));
    if (!nm || grow(nm) != 0) {
        snprintf(errstr, errlen, "out of memory");
        goto fail;
    }
    for (size_t g = 0; g < sizeof(grammar) / sizeof(grammar[0]); g++) {
        const char *w = grammar[g].words;
        while (*w) {
            size_t k = strcspn(w, " ");
            /* words are looked up folded: "conciërge" as "concierge" (an accented entry with
             * no unaccented twin never matched) */
            char f[LL_NAMES_MAX_WORD_BYTES + 8];
            size_t fl = k && k <= LL_NAMES_MAX_WORD_BYTES ? fold(w, k, f, sizeof(f)) : 0;
            if (k && (!fl || add(nm, f, fl, grammar[g].flag) != 0)) {
                snprintf(errstr, errlen, "out of memory");
                goto fail;
            }
            w += k;
            while (*w == ' ')
                w++;
        }
    }
    _Static_assert(N_OF(street_suffixes) + N_OF(relation_suffixes) + N_OF(org_suffixes) +
                           N_OF(place_suffixes) + N_OF(trade_suffixes) <=
                       MAX_SUFFIXES,
                   "MAX_SUFFIXES holds every suffix");
    nm->nsuffixes = add_suffixes(nm->suffixes, 0, street_suffixes, N_OF(street_suffixes), W_STREET);
    nm->nsuffixes = add_suffixes(nm->suffixes, nm->nsuffixes, relation_suffixes,
                                 N_OF(relation_suffixes), W_RELATION);
    nm->nsuffixes =
        add_suffixes(nm->suffixes, nm->nsuffixes, org_suffixes, N_OF(org_suffixes), W_ORG);
    nm->nsuffixes = add_suffixes(nm->suffixes, nm->nsuffixes, place_suffixes, N_OF(place_suffixes),
                                 W_PLACE_SFX);
    nm->nsuffixes =
        add_suffixes(nm->suffixes, nm->nsuffixes, trade_suffixes, N_OF(trade_suffixes), W_HEAD);
    _Static_assert(MAX_SUFFIXES < NO_SUFFIX, "a suffix index fits sfx_next");
    memset(nm->sfx_first, NO_SUFFIX, sizeof(nm->sfx_first));
    for (size_t i = nm->nsuffixes; i-- > 0;) {
        unsigned char last = (unsigned char)nm->suffixes[i].s[nm->suffixes[i].len - 1];
        nm->sfx_next[i] = nm->sfx_first[last];
        nm->sfx_first[last] = (uint8_t)i;
    }
    if (load_list(nm, first_path, 0, W_FIRST, errstr, errlen) != 0 ||
        load_list(nm, surname_path, 0, W_SURNAME, errstr, errlen) != 0 ||
        load_list(nm, keep_path, 1, W_PLACE, errstr, errlen) != 0)
        goto fail;
    return nm;
fail:
    ll_names_free(nm);
    return NULL;
}

void ll_names_free(ll_names *nm) {
    if (!nm)
        return;
    free(nm->tab);
    free(nm->pool);
    free(nm);
}

int ll_names_count(const ll_names *nm) { return nm->nentries; }

void ll_names_set_words(ll_names *nm, const ll_wordlist *words) { nm->words = words; }

/* ---- scanning ---- */

typedef struct tok {
    uint32_t start, end; /* the word's bytes, without a trailing dot */
    uint32_t fold, flen; /* its folded form in sc->fold; flen 0: never a name */
    uint32_t flags;
    uint8_t cap;     /* starts with a capital */
    uint8_t allcaps; /* two or more letters, none lower case */
    uint8_t letters; /* letters, up to 255 */
    uint8_t digit;   /* holds a digit */
    uint8_t dot;     /* a '.' follows */
    uint8_t colon;   /* a ':' follows before the next word */
    uint8_t nl;      /* a line break before it (or it is the first word) */
    uint8_t plain;   /* only blanks between it and the word before, same line */
    uint8_t dotsep;  /* only the previous word's dot and blanks before it */
    uint8_t amp;     /* only blanks and one '&' before it, same line: "Vermeulen & Van Rijn" */
    uint8_t comma;   /* only blanks and one ',' before it, same line */
    uint8_t sent;    /* starts a sentence */
    uint8_t prot;    /* part of a street, place or organisation */
    uint8_t paren;   /* 1: "(" before it; 2: alone in parentheses, "S. (Sietske) Dijkstra" */
    uint8_t name;    /* 1 + rule when taken for a name */
    uint8_t sfx;     /* its flags come from its ending alone: no list holds it */
    uint8_t revsep;  /* its comma joins it to the word before: "Vries, de J." */
} tok;

struct ll_names_scan {
    size_t max_len;
    tok *toks;
    size_t max_toks, ntoks;
    char *fold;
    size_t fold_cap, fold_len;
    ll_name_span *spans;
    struct {
        size_t start, end;
    } skips[LL_NAMES_MAX_SKIPS];
    size_t nskip, skip_at;
    int sloppy; /* no sentence starts with a capital: names may be in lower case */
    int shout;  /* -1 not yet known, else whether the text is written in capitals (lowerish()) */
    const ll_names *nm; /* the lists of the scan under way */
    int dutch;          /* -1 not yet known, else whether the word list reads the text (dutch()) */
    int quotes;         /* a quotation mark outside a word: quoted_nicknames has work */
    const char *text;   /* the text of the scan under way */
    size_t text_len;    /* its length */
};

ll_names_scan *ll_names_scan_new(size_t max_len) {
    ll_names_scan *sc = calloc(1, sizeof(*sc));
    if (!sc)
        return NULL;
    sc->max_len = max_len;
    sc->max_toks = max_len / 2 + 2; /* a word and a separator at the least */
    sc->fold_cap = 3 * max_len + 64;
    sc->toks = calloc(sc->max_toks, sizeof(*sc->toks));
    sc->fold = malloc(sc->fold_cap);
    sc->spans = calloc(sc->max_toks, sizeof(*sc->spans));
    if (!sc->toks || !sc->fold || !sc->spans) {
        ll_names_scan_free(sc);
        return NULL;
    }
    return sc;
}

void ll_names_scan_free(ll_names_scan *sc) {
    if (!sc)
        return;
    free(sc->toks);
    free(sc->fold);
    free(sc->spans);
    free(sc);
}

/* Looks a word up; a hyphenated word not listed whole is read by its parts:
 * "El-Amrani" and "Jansen-de" as surnames, "Anne-Marie" as a first name. */
static uint32_t word_flags(const ll_names *nm, const char *f, size_t n) {
    uint32_t fl = flags_of(nm, f, n);
    if (fl || !memchr(f, '-', n))
        return fl;
    uint32_t any = 0, first = 0;
    int all_named = 1, all_surnames = 1, part = 0, given = 0, bare = 0;
    for (size_t i = 0; i <= n;) {
        size_t k = i;
        while (k < n && f[k] != '-')
            k++;
        uint32_t pf = k > i ? flags_of(nm, f + i, k - i) : 0;
        if (part++ == 0)
            first = pf;
        any |= pf;
        if (!(pf & (W_NAME | W_PARTICLE)))
            all_named = 0;
        if (!(pf & W_SURNAME))
            all_surnames = 0;
        given += (pf & W_FIRST) && !(pf & ~(uint32_t)(W_FIRST | W_SURNAME));
        /* a part no list holds, as short as a first name and with no ending of a street,
         * an organisation or a place ("Jean" in "Jean-Paul"; not "Frankschool") */
        bare += !pf && k - i >= 3 && k - i <= 8 && !suffix_flags(nm, f + i, k - i, 0);
        i = k + 1;
    }
    /* "ter Horst-Kamphuis" (names-dev30): a double surname whose every part is a listed
     * surname is one, though a part also names a place ("Horst") */
    if (all_surnames && part >= 2 && !(any & W_ORG))
        return W_SURNAME;
    if (any & (W_PLACE | W_ORG))
        return any & (W_PLACE | W_ORG);
    /* "Ziekenhuis-parkeergarage", "Museum-café": a part that names a building or a
     * business makes the word one, as its ending would */
    if ((any & W_HEAD) && !(any & W_NAME))
        return W_HEAD;
    if (all_named && (any & W_NAME))
        return (any & W_SURNAME ? W_SURNAME : 0) | (first & W_FIRST) |
               ((any & W_NAME) && !(any & W_SURNAME) ? W_FIRST : 0);
    /* "Jean-Paul", "Jan-Kees": a listed first name (no word, place or organisation) and
     * one short part no list holds are a first name of two */
    if (part == 2 && given == 1 && bare == 1)
        return W_FIRST;
    return 0;
}

static int is_vowel(char c);

/* The longest first part first_name_forms tries: "Christiaan|jan". */
#define MAX_FIRST_PART 10

/* A listed first name that no list also holds as a word, place or organisation. */
static int plain_first(const ll_names *nm, const char *f, size_t n) {
    uint32_t fl = flags_of(nm, f, n);
    return (fl & W_FIRST) && !(fl & (W_WORD | W_PLACE | W_ORG | W_PARTICLE | W_TRIGGER | W_STOP));
}

/* W_FIRST when folded word f[0..n), which no list holds, is a plain first name's
 * diminutive ("Piet-je", "Jan-tje", "Jann-etje") or two plain first names written as
 * one ("Pieter|jan", "Jan|willem"), each part 3 letters or more; else 0. The
 * diminutives of a first name that is also a word stay out ("Roosje"). */
static uint32_t first_name_forms(const ll_names *nm, const char *f, size_t n) {
    if (n < 5 || n > 24)
        return 0;
    if (f[n - 2] == 'j' && f[n - 1] == 'e') {
        if (plain_first(nm, f, n - 2) || (f[n - 3] == 't' && plain_first(nm, f, n - 3)))
            return W_FIRST;
        /* "Hylkje", "Baukje" (names-dev23): a Frisian name in -e takes -je for its -e */
        char b[MAX_FIRST_PART + 16];
        if (n - 2 < sizeof(b) - 1 && !is_vowel(f[n - 3])) {
            memcpy(b, f, n - 2);
            b[n - 2] = 'e';
            if (plain_first(nm, b, n - 1))
                return W_FIRST;
        }
        /* "Jannetje", "Bennetje": the consonant doubled before -etje */
        if (n >= 8 && f[n - 3] == 't' && f[n - 4] == 'e' && f[n - 5] == f[n - 6] &&
            plain_first(nm, f, n - 5))
            return W_FIRST;
    }
    /* "Sjefke", "Harrieke" (session 18): the Brabant and Limburg diminutive in -ke */
    if (f[n - 2] == 'k' && f[n - 1] == 'e' && plain_first(nm, f, n - 2))
        return W_FIRST;
    if (n < 6)
        return 0;
    for (size_t k = 3; k + 3 <= n && k <= MAX_FIRST_PART; k++)
        if (plain_first(nm, f, k) && plain_first(nm, f + k, n - k))
            return W_FIRST;
    return 0;
}

/* W_SURNAME when folded word f[0..n), which no list holds, spells a listed surname's "ij"
 * as "y" ("Dykstra", "Bruyn", "Huyser") and that surname is no word, place or
 * organisation; else 0. */
static uint32_t surname_y_form(const ll_names *nm, const char *f, size_t n) {
    char b[2 * LL_NAMES_MAX_WORD_BYTES];
    size_t m = 0;
    for (size_t k = 0; k < n && m + 2 <= sizeof(b); k++) {
        if (f[k] == 'y' && k > 0) { /* not an opening "Y": "Yvonne", "Yilmaz" */
            b[m++] = 'i';
            b[m++] = 'j';
        } else {
            b[m++] = f[k];
        }
    }
    if (m == n)
        return 0;
    uint32_t fl = flags_of(nm, b, m);
    return (fl & W_SURNAME) && !(fl & (W_WORD | W_PLACE | W_ORG | W_PARTICLE | W_TRIGGER | W_STOP))
               ? W_SURNAME
               : 0;
}

/* Folded word f[0..n) as the word list's key in w (n bytes at most): "ij" as "y". Returns
 * the key's length, 0 when the form holds a byte beyond a-z (no ASCII key). */
static size_t ascii_key_of(const char *f, size_t n, char *w) {
    size_t m = 0;
    for (size_t k = 0; k < n; k++) {
        if (f[k] < 'a' || f[k] > 'z')
            return 0;
        if (f[k] == 'j' && m > 0 && w[m - 1] == 'i')
            w[m - 1] = 'y';
        else
            w[m++] = f[k];
    }
    return m;
}

/* Whether folded word f[0..n) is an ordinary word to the word list (its key: "ij" as "y");
 * 1 too when there is no word list or the word has letters beyond a-z (say no name). */
static int listed_common(const ll_names *nm, const char *f, size_t n) {
    char k[LL_NAMES_MAX_WORD_BYTES + LL_SPELLING_MAX + 8]; /* the callers' longest words */
    size_t m = nm->words && n <= sizeof(k) ? ascii_key_of(f, n, k) : 0;
    return !m || m > LL_SPELLING_MAX || ll_wordlist_common(nm->words, k, m);
}

/* W_SURNAME when folded word f[0..n), which no list holds, is a Dutch patronymic: a plain
 * first name and -sen ("Pieter|sen", "Hendrik|sen", "Gerrit|sen"), maybe with a genitive s
 * ("Pietersens hond", names-dev24), the word list knowing neither the word nor the first
 * name as an ordinary word ("bassen"; "Engel|sen" are the English); else 0. Not -se: that
 * makes the adjectives of peoples ("Noorse zalm", "Noor" is a first name). Patronymics are
 * as many as first names and no list holds them all. */
static uint32_t patronym_form(const ll_names *nm, const char *f, size_t n) {
    if (n < 6 || n > LL_SPELLING_MAX)
        return 0;
    size_t m = n;
    if (f[m - 1] == 's' && f[m - 2] == 'n')
        m--;
    else if (f[m - 2] == '\'' && f[m - 1] == 's')
        m -= 2;
    if (f[m - 3] != 's' || f[m - 2] != 'e' || f[m - 1] != 'n')
        return 0;
    size_t stem = m - 3;
    if (stem < 3 || !plain_first(nm, f, stem) || listed_common(nm, f, stem) ||
        listed_common(nm, f, m) || (m + 1 == n && listed_common(nm, f, n)))
        return 0;
    return W_SURNAME;
}

/* Whether word w[0..n) is a name (a listed one, or a regnal number: "Willem I") joined by a
 * hyphen to an ordinary word in lower case of 4 letters or more that no name list holds:
 * a building or an institution named after someone ("Hendrik-kazerne", "II-school"); not
 * "Jan-Kees", "Marie-louise", nor a role ("GP-assistente Natasha", "Festival-organisator"). */
static int hyphen_head(const ll_names *nm, const char *w, size_t n) {
    size_t h = 0, p = 0; /* the last hyphen, and the start of the part before it */
    for (size_t i = 1; i < n; i++)
        if (w[i] == '-') {
            p = h ? h + 1 : 0;
            h = i;
        }
    size_t k = h ? n - h - 1 : 0;
    if (!h || !nm->words || k < 4 || k > LL_NAMES_MAX_WORD_BYTES || w[h + 1] < 'a' ||
        w[h + 1] > 'z')
        return 0;
    int regnal = h - p <= 4;
    for (size_t i = p; i < h && regnal; i++)
        regnal = w[i] == 'I' || w[i] == 'V' || w[i] == 'X';
    char f[LL_NAMES_MAX_WORD_BYTES + 8];
    size_t fl = h - p <= LL_NAMES_MAX_WORD_BYTES ? fold(w + p, h - p, f, sizeof(f) - 4) : 0;
    if (!regnal && !(fl && (flags_of(nm, f, fl) & W_NAME)))
        return 0;
    fl = fold(w + h + 1, k, f, sizeof(f) - 4);
    return fl && !(flags_of(nm, f, fl) & W_NAME) && listed_common(nm, f, fl);
}

int ll_names_is_place(const ll_names *nm, const char *w, size_t n) {
    char f[LL_NAMES_MAX_WORD_BYTES];
    size_t k = n < sizeof(f) ? fold(w, n, f, sizeof(f)) : 0;
    if (!k)
        return 0; /* longer than any listed word, or not UTF-8 */
    uint32_t fl = word_flags(nm, f, k);
    if (fl & W_PLACE)
        return 1;
    return !(fl & W_ORG) && (suffix_flags(nm, f, k, 0) & (W_STREET | W_PLACE_SFX)) != 0;
}

static int is_addr_byte(unsigned char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '.' ||
           c == '_' || c == '%' || c == '+' || c == '-' || c >= 0x80;
}

/* Byte ranges that are no prose: e-mail addresses, URLs and the masks of
 * core/mask.c ("[E-MAIL]"); their words are never names. */
static void find_skips(ll_names_scan *sc, const char *s, size_t len) {
    /* The bytes a skip can start at ('@' inside an address, "http", "www.", "[");
     * the rest go by one look-up (the tests below cost ~20 instructions a byte). */
    static const uint8_t may_start[256] = {['@'] = 1, ['h'] = 1, ['w'] = 1, ['['] = 1};
    sc->nskip = sc->skip_at = 0;
    for (size_t i = 0; i < len && sc->nskip < LL_NAMES_MAX_SKIPS; i++) {
        /* Four bytes a turn to the next that may start one (the loop's head was most of a
         * byte's cost). */
        while (len - i >= 4 && !may_start[(unsigned char)s[i]] &&
               !may_start[(unsigned char)s[i + 1]] && !may_start[(unsigned char)s[i + 2]] &&
               !may_start[(unsigned char)s[i + 3]])
            i += 4;
        if (i >= len)
            break;
        if (!may_start[(unsigned char)s[i]])
            continue;
        size_t a = i, b = i;
        /* "h" and "w" start many words: their second byte is asked before a memcmp call. */
        if (s[i] == '@') {
            while (a > 0 && is_addr_byte((unsigned char)s[a - 1]))
                a--;
            while (b + 1 < len && is_addr_byte((unsigned char)s[b + 1]))
                b++;
        } else if ((len - i >= 7 && s[i + 1] == 't' && !memcmp(s + i, "http://", 7)) ||
                   (len - i >= 8 && s[i + 1] == 't' && !memcmp(s + i, "https://", 8)) ||
                   (len - i >= 4 && s[i + 1] == 'w' && !memcmp(s + i, "www.", 4) &&
                    (i == 0 || !is_addr_byte((unsigned char)s[i - 1])))) {
            while (b + 1 < len && s[b + 1] != ' ' && s[b + 1] != '\n' && s[b + 1] != '\t')
                b++;
        } else if (s[i] == '[') {
            while (b + 1 < len && b - i < 16 &&
                   ((s[b + 1] >= 'A' && s[b + 1] <= 'Z') || s[b + 1] == '-'))
                b++;
            if (b + 1 >= len || s[b + 1] != ']' || b == i)
                continue;
            b++;
        } else {
            continue;
        }
        sc->skips[sc->nskip].start = a;
        sc->skips[sc->nskip].end = b + 1;
        sc->nskip++;
        i = b;
    }
}

/* Words come in order: one cursor walks the ranges once per text. */
static int in_skip(ll_names_scan *sc, size_t at) {
    while (sc->skip_at < sc->nskip && sc->skips[sc->skip_at].end <= at)
        sc->skip_at++;
    return sc->skip_at < sc->nskip && at >= sc->skips[sc->skip_at].start;
}

static __attribute__((noinline)) int tokenize(const ll_names *nm, ll_names_scan *sc, const char *s,
                                              size_t len) {
    sc->ntoks = 0;
    sc->fold_len = 0;
    sc->quotes = 0;
    find_skips(sc, s, len);
    int nl = 1, plain = 1, sent = 1, dotsep = 0, open = 0, amp = 0, comma = 0;
    size_t i = 0;
    while (i < len) {
        size_t k;
        int32_t cp = cp_at(s, len, i, &k);
        int starts = is_word_cp(cp);
        /* "'t Hart", "'s-Gravendeel": an apostrophe opening a word. */
        if (!starts && is_apostrophe(cp) && i + k < len) {
            size_t k2;
            int32_t nx = cp_at(s, len, i + k, &k2);
            size_t after = i + k + k2;
            starts = (nx == 't' || nx == 's') &&
                     (after >= len || !is_word_cp(cp_at(s, len, after, &k2))) &&
                     (sc->ntoks == 0 || i == 0 || !is_word_cp((unsigned char)s[i - 1]));
        }
        if (!starts) {
            if (cp == '\n' || cp == '\r') {
                nl = 1;
                sent = 1;
                plain = 0;
                amp = 0;
                comma = 0;
            } else if (cp == ' ' || cp == '\t' || cp == 0xA0) {
                /* blanks keep the words joined */
            } else if (cp == '&') {
                amp = plain;
                plain = 0;
                dotsep = 0;
                comma = 0;
            } else if (cp == ',') {
                comma = plain;
                plain = 0;
                dotsep = 0;
                amp = 0;
            } else if (cp == ')' && sc->ntoks && sc->toks[sc->ntoks - 1].end == i &&
                       sc->toks[sc->ntoks - 1].paren == 1) {
                sc->toks[sc->ntoks - 1].paren = 2;
                sent = 1;
                plain = 0;
                dotsep = 0;
                amp = comma = 0;
            } else if (cp == '.' && sc->ntoks && sc->toks[sc->ntoks - 1].end == i) {
                dotsep = plain;
                plain = 0;
                amp = comma = 0;
            } else {
                sc->quotes |= cp == '\'' || cp == '"' || (cp >= 0x2018 && cp <= 0x201D);
                if (cp == '!' || cp == '?' || cp == ':' || cp == ';' || cp == '"' || cp == '(' ||
                    cp == ')' || cp == 0x2022 || cp == '*' || cp == '>')
                    sent = 1;
                if (cp == ':' && sc->ntoks)
                    sc->toks[sc->ntoks - 1].colon = 1;
                plain = 0;
                dotsep = 0;
                amp = 0;
                comma = 0;
            }
            open = cp == '(' ? 1 : cp == ' ' || cp == '\t' || cp == 0xA0 ? open : 0;
            i += k;
            continue;
        }
        if (sc->ntoks >= sc->max_toks)
            return -1; /* cannot happen: max_toks covers max_len */
        tok *t = &sc->toks[sc->ntoks];
        memset(t, 0, sizeof(*t));
        t->start = (uint32_t)i;
        int first_cp = 1, lower = 0, letters = 0;
        size_t j = i;
        while (j < len) {
            /* A lower-case ASCII letter, most of a word's bytes: what the tests below make of
             * it (a letter, lower case, not the first), without them. */
            if ((unsigned)((unsigned char)s[j] - 'a') < 26) {
                lower = 1;
                letters++;
                first_cp = 0;
                j++;
                continue;
            }
            size_t m;
            int32_t c = cp_at(s, len, j, &m);
            if (is_word_cp(c) || (j == i && is_apostrophe(c))) {
                if (c < 0x80 ? (c >= '0' && c <= '9')
                             : utf8proc_category(c) == UTF8PROC_CATEGORY_ND)
                    t->digit = 1;
                else if (!is_apostrophe(c)) {
                    utf8proc_category_t cat =
                        c < 0x80
                            ? ((c >= 'A' && c <= 'Z') ? UTF8PROC_CATEGORY_LU : UTF8PROC_CATEGORY_LL)
                            : utf8proc_category(c);
                    if (cat == UTF8PROC_CATEGORY_LU || cat == UTF8PROC_CATEGORY_LT) {
                        if (first_cp)
                            t->cap = 1;
                    } else if (cat == UTF8PROC_CATEGORY_LL) {
                        lower = 1;
                    }
                    if (cat <= UTF8PROC_CATEGORY_LO)
                        letters++;
                    first_cp = 0;
                }
                j += m;
                continue;
            }
            /* Joiners inside a word: El-Amrani, D'Souza, Oud-Charlois. */
            if ((c == '-' || is_apostrophe(c)) && j + m < len && j > i) {
                size_t m2;
                int32_t nx = cp_at(s, len, j + m, &m2);
                if (is_word_cp(nx)) {
                    j += m;
                    continue;
                }
            }
            break;
        }
        t->end = (uint32_t)j;
        t->letters = (uint8_t)(letters > 255 ? 255 : letters);
        t->allcaps = letters >= 2 && !lower;
        t->dot = j < len && s[j] == '.';
        t->nl = (uint8_t)nl;
        t->plain = (uint8_t)(plain && !nl && sc->ntoks);
        t->dotsep = (uint8_t)(dotsep && !nl && sc->ntoks);
        t->amp = (uint8_t)(amp && !nl && sc->ntoks);
        t->comma = (uint8_t)(comma && !nl && sc->ntoks);
        t->sent = (uint8_t)sent;
        t->paren = (uint8_t)open;
        open = 0;
        char fb[LL_NAMES_MAX_WORD_BYTES + 8];
        size_t fl = fold(s + i, j - i, fb, sizeof(fb) - 4);
        if (fl && fl <= LL_NAMES_MAX_WORD_BYTES && sc->fold_len + fl <= sc->fold_cap) {
            t->fold = (uint32_t)sc->fold_len;
            t->flen = (uint32_t)fl;
            memcpy(sc->fold + sc->fold_len, fb, fl);
            sc->fold_len += fl;
            t->flags = word_flags(nm, fb, fl);
            /* "Hé Ap," (names-dev24): the greeting with its accent, which folding loses ("he"
             * alone is English, "He, wat raar" Dutch surprise) */
            if (fl == 2 && fb[0] == 'h' && fb[1] == 'e' && j - i == 3 &&
                (unsigned char)s[i + 1] == 0xC3 &&
                ((unsigned char)s[i + 2] == 0xA9 || (unsigned char)s[i + 2] == 0xA8))
                t->flags = W_GREETING;
            /* "Rhys ap Gruffydd": the Welsh particle is written in lower case; capitalised
             * "Ap" is a Dutch first name */
            if (t->cap && fl == 2 && !memcmp(fb, "ap", 2))
                t->flags &= ~(uint32_t)W_PARTICLE;
            /* "een pak melk", "pak de bus": the honorific is capitalised */
            if (!t->cap && (t->flags & W_TITLE) &&
                ((fl == 3 && !memcmp(fb, "pak", 3)) || (fl == 2 && !memcmp(fb, "bu", 2))))
                t->flags = 0;
            /* "Jansen's hond", "Karins fiets": a possessive of a listed name. */
            if (!t->flags && fl > 3 &&
                (ends_with(fb, fl, "'s") || (t->cap && ends_with(fb, fl, "s")))) {
                uint32_t base = word_flags(nm, fb, fl - (fb[fl - 2] == '\'' ? 2 : 1));
                /* not the plural of a word that is also a name ("De Akkers") */
                if ((base & W_NAME) && !(base & (W_WORD | W_PLACE | W_ORG)))
                    t->flags = base & W_NAME;
            }
            if (!t->flags) {
                t->flags = suffix_flags(nm, fb, fl, t->dot);
                if (!t->cap && t->flags == W_HEAD) /* a trade's compound names a firm capitalised */
                    t->flags = 0;
                /* an organisation by its ending names what follows it as "stichting" does,
                 * in lower case too ("de seniorenvereniging Shanti") */
                else if (!t->cap && t->flags == W_ORG)
                    t->flags |= W_HEAD;
                t->sfx = t->flags != 0;
            } else if (!(t->flags & W_NAME)) {
                /* a listed organisation may still be a relation word: "Wijkagent Bakker" */
                uint32_t sf = suffix_flags(nm, fb, fl, t->dot);
                t->flags |= sf & W_STREET;
                if ((t->flags & W_ORG) && !(t->flags & W_TRIGGER))
                    t->flags |= sf & W_RELATION;
            }
            /* "Pietje", "Marietje", "Pieterjan" (names-dev22, user check 6): a capitalised
             * word no list holds that is a first name's diminutive or two first names */
            if (!t->flags && t->cap && !t->allcaps && !t->digit)
                t->flags = first_name_forms(nm, fb, fl);
            /* "Dykstra", "de Bruyn" (names-dev23): the old spelling of "ij" as "y" in a
             * listed surname (no place's: "Wyk" is no "Wijk") */
            if (!t->flags && t->cap && !t->allcaps && !t->digit && memchr(fb, 'y', fl))
                t->flags = surname_y_form(nm, fb, fl);
            if (!t->flags && t->cap && !t->allcaps && !t->digit)
                t->flags = patronym_form(nm, fb, fl);
            /* "Willem I-kazerne", "Prins Hendrik-kazerne" (names-dev24): a capitalised word
             * whose last part after a hyphen is an ordinary word in lower case names a
             * building after someone, as "kazerne Willem I" would */
            if (t->cap && !(t->flags & (W_PLACE | W_ORG | W_STREET | W_SKIP)) &&
                hyphen_head(nm, s + i, j - i))
                t->flags = W_HEAD;
            if (in_skip(sc, i))
                t->flags = W_SKIP;
        }
        sc->ntoks++;
        /* What separates this word from the next. */
        nl = 0;
        plain = 1;
        amp = 0;
        comma = 0;
        dotsep = 0;
        /* A dot ends a sentence unless it closes an initial or an abbreviation. */
        sent = 0;
        if (t->dot && !(t->letters == 1 || (t->flags & (W_TITLE | W_PARTICLE | W_STOP))))
            sent = 1;
        i = j;
    }
    return 0;
}

static inline __attribute__((always_inline)) int fold_is(const ll_names_scan *sc, const tok *t,
                                                         const char *w) {
    size_t n = strlen(w);
    return t->flen == n && memcmp(sc->fold + t->fold, w, n) == 0;
}

/* Whether word t, folded, is one of the n words of list (none of them empty). The first
 * byte is compared before fold_is measures a list word with strlen: 628 instructions an
 * event of bench_enrich less (callgrind, 12-02), the lists holding up to 41 words. */
static int fold_in(const ll_names_scan *sc, const tok *t, const char *const *list, size_t n) {
    if (!t->flen)
        return 0;
    char first = sc->fold[t->fold];
    for (size_t k = 0; k < n; k++)
        if (list[k][0] == first && fold_is(sc, t, list[k]))
            return 1;
    return 0;
}

/* Word j continues the name that word j-1 is in: same line, only blanks
 * between, or the dot of an initial or abbreviated particle. */
static int joined(const ll_names_scan *sc, size_t j) {
    if (j == 0 || j >= sc->ntoks)
        return 0;
    const tok *t = &sc->toks[j], *p = &sc->toks[j - 1];
    if (t->plain)
        return 1;
    return t->dotsep && (p->letters <= 2 || (p->flags & (W_PARTICLE | W_TITLE)));
}

static int is_initial(const tok *t) { return t->dot && t->cap && t->letters == 1 && !t->digit; }

/* Written in lower case, or all in capitals: shouting says nothing of case, so where a
 * cue says that a name comes ("MIJN NAAM IS PIETER DE GROOT", "Ik heet PIETER DE GROOT",
 * "GROETJES PIETER") a word in capitals is read as its lower-case spelling is. */
static int uncased(const tok *t) { return !t->cap || t->allcaps; }

/* Initials without dots ("J Jansen", "JP Jansen"): one to three capitals
 * joined to a capitalised word that follows. */
static int is_bare_initial(const ll_names_scan *sc, size_t k) {
    const tok *t = &sc->toks[k];
    if (t->dot || !t->cap || t->digit || t->letters > 3 || (t->letters > 1 && !t->allcaps) ||
        (t->flags & (W_ORG | W_PLACE | W_STOP | W_SKIP)))
        return 0;
    return k + 1 < sc->ntoks && joined(sc, k + 1) && sc->toks[k + 1].cap &&
           !sc->toks[k + 1].allcaps;
}

/* Word t's folded form as the word list's key in w (LL_SPELLING_MAX bytes; t->flen is
 * at most that): ascii_key_of. */
static size_t ascii_key(const ll_names_scan *sc, const tok *t, char *w) {
    return ascii_key_of(sc->fold + t->fold, t->flen, w);
}

/* Word t's key in w as ascii_key when the word list is loaded and t is written without
 * accents (its folded form spells it), else 0: what noun_only, verb_form and
 * name_in_wordlist look up. */
static size_t plain_key(const ll_names_scan *sc, const tok *t, char *w) {
    return sc->nm && sc->nm->words && t->flen <= LL_SPELLING_MAX && t->end - t->start == t->flen
               ? ascii_key(sc, t, w)
               : 0;
}

/* Whether w[0..n) holds an acute on a, i, o or u or a tilde on n, a or o (UTF-8 0xc3 and
 * the letter's byte, either case), as Spanish, Portuguese and Irish write them. */
static int foreign_accent(const char *w, size_t n) {
    static const unsigned char second[] = {0xa1, 0xad, 0xb3, 0xba, 0xb1, 0xa3, 0xb5,
                                           0x81, 0x8d, 0x93, 0x9a, 0x91, 0x83, 0x95};
    for (size_t k = 0; k + 1 < n; k++)
        if ((unsigned char)w[k] == 0xc3 && memchr(second, (unsigned char)w[k + 1], sizeof(second)))
            return 1;
    return 0;
}

/* Whether word t is an ordinary Dutch word to the word list: 1 when a line of
 * the list spells it in lower case or in capitals ("wilde", "bakker", "GGD"), 0
 * when the list does not know it or knows it only capitalised, as a name
 * ("khatib", "Achmed"), -1 when there is no list or t is not a word of letters.
 * The list's form has "ij" as "y". A word with accents is looked up as written
 * (ll_wordlist_key: "geïrriteerd" is a word, "müller" only the name "Müller"
 * though "muller" is a word), and when the list does not hold it so, without
 * them ("çelik" as "celik"). Looked up only for the few words right after a
 * title or a relation word, not for every word. With compound set, a word made
 * of two ordinary words (a head of 3 letters or more, maybe a linking s, and a
 * tail of 4 or more: "benedenflat", "buurtbewoners") counts as ordinary too:
 * Dutch writes compounds as one word and no list holds them all. */
static __attribute__((noinline)) int common_word_of(const ll_names_scan *sc, const tok *t,
                                                    int compound) {
    const ll_wordlist *wl = sc->nm ? sc->nm->words : NULL;
    if (!wl || !t->flen || t->flen > LL_SPELLING_MAX)
        return -1;
    if (t->end - t->start != t->flen) { /* accents (or a typographic apostrophe) */
        char key[LL_SPELLING_MAX + 4];
        size_t kn = sc->text
                        ? ll_wordlist_key(sc->text + t->start, t->end - t->start, key, sizeof(key))
                        : 0;
        if (!kn)
            return -1;
        if (ll_wordlist_has(wl, key, kn))
            return ll_wordlist_common(wl, key, kn);
        if (compound && ll_wordlist_compound(wl, key, kn)) /* "klachtencoördinator" */
            return 1;
        /* "Colón" is not the Dutch "colon": a capitalised word that the list does not hold
         * with its acute on a, i, o or u or its tilde, which Dutch spelling does not write,
         * is another language's, a name (session 37); the é and the diaeresis are Dutch */
        if (t->cap && sc->text && foreign_accent(sc->text + t->start, t->end - t->start))
            return 0;
    }
    char w[LL_SPELLING_MAX];
    size_t n = ascii_key(sc, t, w);
    if (!n)
        return t->end - t->start != t->flen ? 0 : -1; /* "yılmaz": letters no list holds */
    if (ll_wordlist_common(wl, w, n))
        return 1;
    return compound && ll_wordlist_compound(wl, w, n);
}

static int common_word(const ll_names_scan *sc, const tok *t) { return common_word_of(sc, t, 0); }

/* Whether key w[0..n) + suffix sfx is an ordinary word to the word list. Not inlined: gcc
 * then lost the bounds of n that noun_only() keeps and warned of a negative offset. */
static __attribute__((noinline)) int common_with(const ll_wordlist *wl, const char *w, size_t n,
                                                 const char *sfx) {
    char k[LL_SPELLING_MAX + 4];
    size_t m = strlen(sfx);
    if (n + m > LL_SPELLING_MAX)
        return 0;
    memcpy(k, w, n);
    memcpy(k + n, sfx, m);
    return ll_wordlist_common(wl, k, n + m);
}

static int is_vowel(char c) { return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u'; }

/* Whether lower-case word t is an ordinary noun and nothing else to the word list: it
 * has a plural ("bakkers", "boeren", "koks", "kolen") and no inflected form of an
 * adjective or adverb ("kleine", "grote", "snelle"), and it does not end as a verb's
 * forms and an adjective's do (-e, -t: "wilde", "houdt"). A noun does not follow a first
 * name without an article, so after one it is the surname ("kees bakker belt"); an
 * adjective may say how ("joost snel terugbellen", "jan groot geworden"). */
static __attribute__((noinline)) int noun_only(const ll_names_scan *sc, const tok *t) {
    const ll_wordlist *wl = sc->nm ? sc->nm->words : NULL;
    char w[LL_SPELLING_MAX + 2];
    size_t n = plain_key(sc, t, w);
    if (n < 3 || w[n - 1] == 'e' || w[n - 1] == 't' || w[n - 1] == 'y' ||
        !ll_wordlist_common(wl, w, n))
        return 0;
    /* the stems an ending is put on: as written, the last consonant doubled after a
     * short vowel ("kok" -> "kokk-"), a long vowel undoubled ("kool" -> "kol-") */
    char st[3][LL_SPELLING_MAX + 2];
    size_t sl[3], ns = 0;
    memcpy(st[ns], w, n);
    sl[ns++] = n;
    char last = w[n - 1];
    if (!is_vowel(last) && is_vowel(w[n - 2]) && !is_vowel(w[n - 3]) && n < LL_SPELLING_MAX) {
        memcpy(st[ns], w, n);
        st[ns][n] = last;
        sl[ns++] = n + 1;
    }
    if (!is_vowel(last) && n >= 4 && w[n - 2] == w[n - 3] && is_vowel(w[n - 2]) &&
        w[n - 2] != 'i' && !is_vowel(w[n - 4])) {
        memcpy(st[ns], w, n - 2);
        st[ns][n - 2] = last == 'f' ? 'v' : last == 's' ? 'z' : last;
        sl[ns++] = n - 1;
    }
    for (size_t k = 0; k < ns; k++)
        if (common_with(wl, st[k], sl[k], "e"))
            return 0;
    if (common_with(wl, w, n, "s"))
        return 1;
    for (size_t k = 0; k < ns; k++)
        if (common_with(wl, st[k], sl[k], "en"))
            return 1;
    return 0;
}

/* Can word t be the core of a name, after lvl's evidence? */
/* after_particle: 0 none, 1 particles, OLD_PARTICLE particles that only surnames take
 * (old_particles) */
#define OLD_PARTICLE 2
static int core_ok(const ll_names_scan *sc, const tok *t, enum lvl lv, int after_particle,
                   int place_ok) {
    if (t->prot || t->digit || !t->flen || t->letters < 2 || t->name)
        return 0;
    /* "mr. drs. Reinier ter Haar", "Dhr. Ter Haar" (names-dev27): after "ter", "ten",
     * "der" or "den", which open surnames only, a capitalised function word is the surname;
     * not after "van" or "de" alone, a preposition and an article as well ("van Haar" is
     * "of her" in a capitalised heading); "ter info", "ten slotte" write it in lower case */
    if (after_particle == OLD_PARTICLE && (t->flags & W_STOP) && t->cap && !t->allcaps &&
        !t->sent && !(t->flags & (W_TRIGGER | W_PARTICLE | W_PREP | W_SKIP)))
        return 1;
    /* A function word is no name, but a listed first name capitalised mid-sentence where
     * context expects a name is that name ("Mijn buurvrouw Wil zegt", "gesproken met Wil
     * van de balie"); after a title call notes capitalise the verb ("Meneer Wil graag"). */
    if ((t->flags & W_STOP) && !(lv == LV_CONTEXT && (t->flags & W_FIRST) && t->cap && !t->sent &&
                                 !t->allcaps && !(t->flags & (W_TRIGGER | W_PARTICLE | W_PREP))))
        return 0;
    if (t->flags & (W_HEER | W_PARTICLE | W_HEAD))
        return 0;
    /* A trigger is no name, but right after a title a capitalised relation word
     * that is a listed surname is the surname ("dhr. Baas", "mevrouw Buurman"). */
    if ((t->flags & W_TRIGGER) && !(lv == LV_TITLE && t->cap && (t->flags & W_SURNAME) &&
                                    (t->flags & W_TRIGGER) == W_RELATION))
        return 0;
    if (t->flags & (W_ORG | W_STREET))
        return 0;
    if (t->flags & W_SKIP)
        return 0;
    /* A word that is never a name (a verb, an addressee), and a common word
     * that no list knows as a name: only a title vouches for the latter
     * ("Hallo Allemaal", "ik ben Tevreden", "Meneer Vraagt of ..."). */
    if (!(t->flags & W_NAME) && ((t->flags & W_COMMON) || ((t->flags & W_WORD) && lv != LV_TITLE)))
        return 0;
    /* A listed place is a surname only after a title, initials or a first name
     * and a particle ("mevrouw Van Rijswijk"), or after "van" when it is also a
     * listed surname ("van den Berg"), or right after a title when it is a
     * listed surname ("mevrouw Kerkhof"); one that only ends like a place is a
     * surname after a title ("mevrouw Hoogkerk"). */
    if (t->flags & W_PLACE &&
        !(after_particle && place_ok && (lv != LV_LOOKUP || (t->flags & W_SURNAME))) &&
        !(lv == LV_TITLE && place_ok && (t->flags & W_SURNAME)))
        return 0;
    if (t->flags & W_PLACE_SFX && lv != LV_TITLE && !(after_particle && place_ok))
        return 0;
    /* Shouting capitalises everything: after a title any word in capitals is the name, after
     * a relation word, an introduction, a greeting, a label or a closing it is read as in
     * lower case (a listed name that is no ordinary word), and on the lists alone it is no
     * evidence ("DE BOER NAAST ONS", "GEMEENTE ROTTERDAM"). */
    if (t->cap && !(t->allcaps && lv == LV_CONTEXT)) {
        if (t->allcaps && lv != LV_TITLE)
            return 0;
        if (lv == LV_LOOKUP) {
            if (t->allcaps || !(t->flags & W_NAME))
                return 0;
            return !(t->flags & W_WORD) || (after_particle && (t->flags & W_SURNAME));
        }
        return 1;
    }
    /* Lower case (or capitals after context): sloppy text; only a listed name, and a common
     * word only after a title; never a preposition ("de mevrouw boven mij"). */
    if (!(t->flags & W_NAME) || (t->flags & W_PREP))
        return 0;
    /* Where sentences start with capitals, a listed name in lower case that the word
     * list knows as an ordinary word is that word: "Meneer wilde graag", "Jansen
     * kwam". In all lower case it is read as the name (privacy first). */
    if (!after_particle && !sc->sloppy && common_word(sc, t) == 1 &&
        /* "met mevrouw bakker": after a title a listed surname that is a noun and nothing
         * else is the name; a verb is not ("Meneer wilde graag") */
        !(lv == LV_TITLE && (t->flags & W_SURNAME) && noun_only(sc, t)))
        return 0;
    if (lv == LV_TITLE)
        return 1;
    /* "met jan de boer gesproken": a listed surname after a particle inside a
     * name that context vouches for, even one that is also a word. */
    if (lv == LV_CONTEXT && after_particle && (t->flags & W_SURNAME))
        return 1;
    /* Text written all in lower case: a listed name that is no word counts; on
     * the lists alone not a surname that is a word in lower case ("er wonen
     * 40 gezinnen boven", "de gft bak"). */
    if (lv == LV_LOOKUP && (t->flags & W_LOWER) && !(t->flags & W_FIRST))
        return 0;
    return (lv == LV_CONTEXT || sc->sloppy) && !(t->flags & W_WORD);
}

/* Particles that say "son of" or "daughter of" between two names. */
static const char *const patronym_particles[] = {"ap",   "ibn",  "ould", "kizi", "kyzy", "qizi",
                                                 "gizi", "uulu", "ogly", "oglu", "ugli"};

/* Particles i..p-1 open only a surname, in lower case too: "vd", "vdn", "v.d.", "van
 * der", "van den" ("Beller (vd. Molen) zegt", user check 6), a patronym's; "van", "de",
 * "ter" alone also say from where or name a place. */
static int surname_only_particles(const ll_names_scan *sc, size_t i, size_t p) {
    for (size_t q = i; q < p; q++) {
        const tok *t = &sc->toks[q];
        if (fold_is(sc, t, "vd") || fold_is(sc, t, "vdn"))
            return 1;
        /* "son of" or "daughter of" between two names, which no Dutch text writes otherwise:
         * the Welsh "ap" ("Dafydd ap Llywelyn"), left open by names22 and names23, the Arabic
         * "ibn" and "ould", the Central Asian patronyms; not "bin", German's "ich bin" */
        if (fold_in(sc, t, patronym_particles, N_OF(patronym_particles)))
            return 1;
        if (q + 1 < p && (fold_is(sc, t, "v") || fold_is(sc, t, "van")) &&
            (fold_is(sc, &sc->toks[q + 1], "der") || fold_is(sc, &sc->toks[q + 1], "den") ||
             (fold_is(sc, t, "v") && fold_is(sc, &sc->toks[q + 1], "d"))))
            return 1;
    }
    return 0;
}

/* OLD_PARTICLE when the particles j..p-1 end in one that only a surname takes ("ter",
 * "ten", "der", "den": "van der", "ter"), else 1: core_ok's after_particle. */
static int old_particles(const ll_names_scan *sc, size_t j, size_t p) {
    const tok *t = &sc->toks[p - 1];
    return p > j && (fold_is(sc, t, "ter") || fold_is(sc, t, "ten") || fold_is(sc, t, "der") ||
                     fold_is(sc, t, "den"))
               ? OLD_PARTICLE
               : 1;
}

/* Particles from j on (joined to what came before when j > from): returns the index after them. */
static size_t skip_particles(const ll_names_scan *sc, size_t from, size_t j) {
    size_t start = j;
    while (j < sc->ntoks && j - start < LL_NAMES_MAX_PARTICLES && (j == from || joined(sc, j)) &&
           (sc->toks[j].flags & W_PARTICLE) && !sc->toks[j].prot && !sc->toks[j].name)
        j++;
    return j;
}

/* in, op, te: particles in "in 't Veld", "op den Akker", "te Velde", but alone
 * before a place a preposition ("in Veen", "op Kerkhof", "te Rotterdam"). */
static int is_prep_particle(const ll_names_scan *sc, const tok *t) {
    return fold_is(sc, t, "in") || fold_is(sc, t, "op") || fold_is(sc, t, "te");
}

/* The particles j..p-1 hold "'t" or "'s" ("van 't Hof", "in 't Veld"): what follows is
 * a surname even when it is also a place ("Hof", "Veld"), as after a title. */
static int t_particle(const ll_names_scan *sc, size_t j, size_t p) {
    for (size_t k = j; k < p; k++)
        if (fold_is(sc, &sc->toks[k], "'t") || fold_is(sc, &sc->toks[k], "t") ||
            fold_is(sc, &sc->toks[k], "'s"))
            return 1;
    return 0;
}

/* Whether t's folded form ends in one of the n suffixes with at least min_stem bytes before
 * it (the particles, a street's suffixes, an animal's compound tail). */
static int fold_ends_in(const ll_names_scan *sc, const tok *t, const char *const *suf, size_t n,
                        size_t min_stem) {
    for (size_t k = 0; k < n; k++)
        if (t->flen >= strlen(suf[k]) + min_stem && ends_with(sc->fold + t->fold, t->flen, suf[k]))
            return 1;
    return 0;
}

/* A hyphenated word whose last part is a particle: "Oudshoorn-van", "Jansen-de". */
static int ends_in_particle(const ll_names_scan *sc, const tok *t) {
    static const char *const parts[] = {"-van", "-de", "-den", "-der", "-ter", "-ten", "-el"};
    return fold_ends_in(sc, t, parts, N_OF(parts), 2);
}

/* Word k is a street's noun standing alone after the word it ends: speech-to-text and
 * hurried writers split the compound ("van de bakker straat" for Bakkerstraat). */
static int split_street(const ll_names_scan *sc, size_t k) {
    static const char *const nouns[] = {"straat", "laan",   "weg",   "plein", "kade",
                                        "singel", "gracht", "steeg", "dreef", "hof"};
    return k < sc->ntoks && joined(sc, k) && !sc->toks[k].cap &&
           fold_in(sc, &sc->toks[k], nouns, N_OF(nouns));
}

/* Function words of two letters that are no syllable of a name (extend): pronouns,
 * conjunctions, "is", assent and a note's abbreviations. */
static const char *const syllable_not[] = {"ik", "je", "we", "ze", "en", "of", "er",
                                           "nu", "is", "ja", "ok", "nb", "ps", "al"};

/* More of a name after word j-1: capitalised words, particles and a word. */
static size_t extend(const ll_names_scan *sc, size_t j, enum lvl lv, int place_ok) {
    for (size_t j0 = j;;) {
        if (j >= sc->ntoks || !joined(sc, j) || j - j0 >= LL_NAMES_MAX_WORDS)
            return j;
        const tok *t = &sc->toks[j];
        /* A capitalised word right after a name is more of it, even when it
         * ends like a place ("Tamara Koolhoven"); a listed place is not. */
        if (t->cap && !(t->flags & W_PLACE) &&
            (core_ok(sc, t, lv == LV_LOOKUP ? LV_CONTEXT : lv, 0, 0) ||
             ((t->flags & W_PLACE_SFX) && core_ok(sc, t, LV_TITLE, 0, 0)))) {
            j++;
            continue;
        }
        /* "tl: Mark Storm", "Jan Roos belde": after a listed first name a capitalised
         * word that is also a name on the keep list's word kind ("Storm", "Roos") is the
         * surname; the first name is the evidence such a word needs. */
        if (t->cap && !t->allcaps && !t->sent && !t->prot && !t->name && !t->digit &&
            (t->flags & W_WORD) &&
            !(t->flags & (W_PLACE | W_ORG | W_STREET | W_STOP | W_COMMON | W_HEAD | W_TRIGGER |
                          W_PARTICLE | W_TITLE | W_HEER | W_SKIP)) &&
            (sc->toks[j - 1].flags & W_FIRST) && !(sc->toks[j - 1].flags & W_PARTICLE) && j == j0) {
            j++;
            continue;
        }
        /* "Hiba al-Sayed", "Karim el-Amrani" (names-dev30): the Arabic article written onto
         * the capitalised surname with a hyphen, after a name's first word */
        if (!t->cap && !t->prot && !t->name && t->end - t->start >= 5 && sc->text &&
            (sc->text[t->start] == 'a' || sc->text[t->start] == 'e') &&
            sc->text[t->start + 1] == 'l' && sc->text[t->start + 2] == '-' &&
            sc->text[t->start + 3] >= 'A' && sc->text[t->start + 3] <= 'Z' &&
            (sc->toks[j - 1].flags & W_FIRST) && !(sc->toks[j - 1].flags & W_PARTICLE)) {
            j++;
            continue;
        }
        /* "Mdw: Lotte V.", "Sanne K. belde": the initial of a surname after a first name. */
        if (is_initial(t) && !t->prot && !t->name && (sc->toks[j - 1].flags & W_FIRST) &&
            !sc->toks[j - 1].dot) {
            j++;
            continue;
        }
        /* "Lucas Oosterhout": right after a listed first name, a listed place that is
         * also a listed surname, last of the words ("Kees Houten", not "Jan Kralingen
         * 3" or "Anna Houten Noord"), also ending a sentence ("Mijn naam is Sanne Hoek.")
         * but no abbreviation ("Anna v. Houten" has a particle). */
        if (t->cap && !t->allcaps && (t->flags & W_PLACE) && (t->flags & W_SURNAME) &&
            !(t->flags & (W_ORG | W_STREET | W_STOP | W_COMMON)) && !t->prot && !t->name &&
            !t->digit && (!t->dot || t->letters >= 3) && (sc->toks[j - 1].flags & W_FIRST) &&
            !(sc->toks[j - 1].flags & (W_WORD | W_PLACE)) &&
            !(j + 1 < sc->ntoks && joined(sc, j + 1) &&
              (sc->toks[j + 1].cap || sc->toks[j + 1].digit))) {
            j++;
            continue;
        }
        /* "Sander Bouwmeester": after a name, an unlisted capitalised word that only its
         * ending makes a relation word is a surname (no one writes "Sander Wijkagent"). */
        if (t->cap && !t->allcaps && t->sfx && t->flags == W_RELATION && !t->prot && !t->name &&
            !t->digit) {
            j++;
            continue;
        }
        /* "Jordi Puig i Ferrer" (names-dev35): Catalan joins one's two surnames by "i",
         * Spanish by "y": after a first name and a surname, a lower-case "i" or "y" before a
         * capitalised word no list keeps and the word list does not know */
        if (j > j0 && !t->cap && !t->dot && t->letters == 1 &&
            (fold_is(sc, t, "i") || fold_is(sc, t, "y")) && j + 1 < sc->ntoks &&
            joined(sc, j + 1)) {
            const tok *u = &sc->toks[j + 1];
            if (u->cap && !u->allcaps && !u->dot && !u->digit && !u->prot && !u->name &&
                u->letters >= 3 &&
                !(u->flags & (W_KEEP | W_STOP | W_COMMON | W_WORD | W_HEAD | W_TRIGGER |
                              W_PARTICLE | W_SKIP | W_PLACE_SFX)) &&
                common_word(sc, u) == 0) {
                j += 2;
                continue;
            }
        }
        /* "Wijkagent Kim Do heeft", "zijn vrouw Li Na", "Ik ben Saw Eh Htoo" (names-dev30,
         * names-dev15, names-dev38): East and Southeast Asian names are made of syllables,
         * and some are Dutch function words of two letters ("do", "na", "eh", "di"). Such a
         * word capitalised mid-sentence right after a capitalised word of a name is the
         * name's next syllable; not a pronoun, a conjunction, "is", "ja", a particle or a
         * preposition, whose capital a heading gives ("Piet En Ria"), nor a weekday before
         * its date ("Kim Do 12 mei"); "do" and "di" are particles too ("Sousa do Carmo"),
         * but a name's last word only where no capitalised word follows */
        if (t->cap && !t->allcaps && !t->sent && t->flen == 2 && t->letters == 2 && !t->dot &&
            (t->flags & W_STOP) && !t->prot && !t->name && sc->toks[j - 1].cap &&
            !sc->toks[j - 1].allcaps &&
            !(t->flags & (W_PREP | W_TRIGGER | W_TITLE | W_SKIP | W_NAME)) &&
            !fold_in(sc, t, syllable_not, N_OF(syllable_not)) &&
            !(j + 1 < sc->ntoks && joined(sc, j + 1) &&
              (sc->toks[j + 1].digit || ((t->flags & W_PARTICLE) && sc->toks[j + 1].cap)))) {
            j++;
            continue;
        }
        /* "Tjon A Fong": a lone capital inside a Chinese-Surinamese name. */
        if (t->cap && t->letters == 1 && !t->dot && !t->digit && j + 1 < sc->ntoks &&
            joined(sc, j + 1) && sc->toks[j + 1].cap &&
            core_ok(sc, &sc->toks[j + 1], lv == LV_LOOKUP ? LV_CONTEXT : lv, 0, 0)) {
            j += 2;
            continue;
        }
        if (!t->cap && lv != LV_LOOKUP && (t->flags & W_SURNAME) && !(t->flags & W_WORD) &&
            core_ok(sc, t, lv, 0, 0)) {
            j++;
            continue;
        }
        /* "collega joost klein", "MIJN BUURMAN KEES BAKKER": where a cue put a first name
         * written without capitals, a listed surname that is also a word ends the name when
         * its clause ends there or a function word follows: an adjective or a noun does not
         * follow a person so, an adverb may ("collega joost snel terugbellen" stays); a noun
         * that is nothing else is the surname before any word ("kees bakker belt"). */
        if (j == j0 && lv != LV_LOOKUP && uncased(t) && uncased(&sc->toks[j - 1]) &&
            (sc->toks[j - 1].flags & W_FIRST) && (t->flags & W_SURNAME) && (t->flags & W_WORD) &&
            !t->prot && !t->name && !t->digit && !t->dot && t->letters >= 3 &&
            !(t->flags &
              (W_STOP | W_COMMON | W_PREP | W_TRIGGER | W_PARTICLE | W_HEAD | W_SKIP | W_KEEP)) &&
            (j + 1 >= sc->ntoks || !joined(sc, j + 1) ||
             (sc->toks[j + 1].flags & (W_STOP | W_TALK)) || noun_only(sc, t))) {
            j++;
            continue;
        }
        /* "Oudshoorn-van Dam": the word before ends in a particle. What follows it is the
         * second half of a double surname, even a place as after "van" ("Marieke de Wit-van
         * Dam": user check 4 of 12-01, "[NAAM] Dam" on enriched). */
        if (ends_in_particle(sc, &sc->toks[j - 1])) {
            /* "De Jong-van der Berg": more particles may follow the hyphen's */
            size_t q = skip_particles(sc, j, j);
            const tok *c = q < sc->ntoks && (q == j || joined(sc, q)) ? &sc->toks[q] : NULL;
            if (c && (c->cap || lv != LV_LOOKUP) &&
                core_ok(sc, c, lv == LV_LOOKUP ? LV_CONTEXT : lv, 1, 1)) {
                j = q + 1;
                continue;
            }
        }
        size_t p = skip_particles(sc, j, j);
        if (p > j && p < sc->ntoks && joined(sc, p)) {
            const tok *c = &sc->toks[p];
            enum lvl cl = lv == LV_LOOKUP ? LV_CONTEXT : lv;
            /* "Dirk in Ommoord": a preposition alone before a place ends the name
             * ("Jan te Velde": unless the place is a listed surname). */
            if (p == j + 1 && (c->flags & (W_PLACE | W_PLACE_SFX)) && !(c->flags & W_SURNAME) &&
                is_prep_particle(sc, t))
                return j;
            /* "mw. Grietje Boersma in Vollenhove" (names-dev36): the surnames that open with
             * a lower-case "in" or "op" take an article after it ("in 't Veld", "op den
             * Akker", "Op ten Noort"); right before a capitalised word they are the
             * preposition of where one is, a place no list need hold ("te Velde" is one) */
            if (p == j + 1 && !t->cap && (fold_is(sc, t, "in") || fold_is(sc, t, "op")))
                return j;
            /* "Meera Iyer in de Oranjerie" (names-dev28): after a first name and a surname a
             * lower-case "in" or "op" and an article are a preposition of place; a surname
             * takes them right after the first name ("Petra in 't Veld", "Jan op de Beek") */
            if (p == j + 2 && j > j0 && !t->cap && is_prep_particle(sc, t) &&
                (fold_is(sc, &sc->toks[j + 1], "de") || fold_is(sc, &sc->toks[j + 1], "het")) &&
                !(sc->toks[j - 1].flags & W_FIRST))
                return j;
            /* "wethouder Van der Laan op de Dam" (names-dev28): so after a surname that its
             * own particles opened, before a listed place, street or building; "Jansen op de
             * Haar" is one surname */
            if (p == j + 2 && j == j0 && j >= 2 && !t->cap && is_prep_particle(sc, t) &&
                (sc->toks[j - 2].flags & W_PARTICLE) &&
                !(sc->toks[j - 1].flags & (W_PARTICLE | W_FIRST)) &&
                (fold_is(sc, &sc->toks[j + 1], "de") || fold_is(sc, &sc->toks[j + 1], "het")) &&
                (c->flags & (W_PLACE | W_STREET | W_ORG)))
                return j;
            /* "Dhr. Ter Horst van de Kerkewijk": after a name a lower-case "van de"
             * before a word that only ends like a place says where one lives, as
             * "Jansen van de Kerkstraat"; a surname takes the place without the
             * article ("mevrouw Van Rijswijk"). */
            if (p == j + 2 && !t->cap && fold_is(sc, t, "van") &&
                (fold_is(sc, &sc->toks[j + 1], "de") || fold_is(sc, &sc->toks[j + 1], "het")) &&
                (((c->flags & W_PLACE_SFX) && !(c->flags & W_NAME)) || split_street(sc, p + 1)))
                return j;
            /* "Pak Budi Hartono van de Indische Soos" (names-dev22): after a name a
             * lower-case "van de" before two capitalised words, the first on no name
             * list, is a club or a firm one belongs to; a surname takes one word there
             * ("van de Berg") */
            if (p == j + 2 && !t->cap && fold_is(sc, t, "van") &&
                fold_is(sc, &sc->toks[j + 1], "de") && !(c->flags & W_NAME) &&
                !ends_in_particle(sc, c) && p + 1 < sc->ntoks && joined(sc, p + 1) &&
                sc->toks[p + 1].cap && !sc->toks[p + 1].digit)
                return j;
            /* "Prof. dr. Hendrika Ruitenberg van de TU": after a name in normal case a
             * lower-case "van de" or "van het" before an acronym no name list holds names
             * the organisation one is from, as "van de GGD" does */
            if (p == j + 2 && !t->cap && fold_is(sc, t, "van") &&
                (fold_is(sc, &sc->toks[j + 1], "de") || fold_is(sc, &sc->toks[j + 1], "het")) &&
                c->allcaps && c->letters <= 5 && !(c->flags & W_NAME) && !sc->toks[j - 1].allcaps)
                return j;
            /* "Ahmed Ould Cheikh van Fietshuis Zuid" (names-dev31): after a name a lower-case
             * "van" before a capitalised word no list holds and a listed place names a
             * branch one works for ("van Buurtwerk Kralingen"); a surname takes no place
             * after it */
            if (p == j + 1 && !t->cap && fold_is(sc, t, "van") && c->cap && !c->allcaps &&
                !c->flags && p + 1 < sc->ntoks && joined(sc, p + 1) && sc->toks[p + 1].cap &&
                !sc->toks[p + 1].allcaps && (sc->toks[p + 1].flags & W_PLACE) &&
                !(sc->toks[p + 1].flags & W_NAME))
                return j;
            if ((c->cap || lv != LV_LOOKUP) &&
                core_ok(sc, c, cl, old_particles(sc, j, p), place_ok || t_particle(sc, j, p))) {
                j = p + 1;
                continue;
            }
        }
        return j;
    }
}

static size_t take_rest(const ll_names_scan *sc, size_t i, size_t k, enum lvl lv, int place_ok);

/* "mw. Door Janssen", "dhr. Wil de Boer" (names-dev36): right after a title a listed first
 * name that is also a function word (k), capitalised mid-sentence, is the first name when a
 * capitalised listed surname follows it, after particles or not; after a title alone call
 * notes capitalise verbs and prepositions ("Meneer Wil graag", "Mevrouw Door de week"), so
 * the surname is the evidence. Returns the index after the name, or i. */
static size_t title_stop_first(const ll_names_scan *sc, size_t i, size_t k, enum lvl lv,
                               int place_ok) {
    const tok *t = &sc->toks[k];
    if (lv != LV_TITLE || k != i || !t->cap || t->allcaps || t->sent || t->prot || t->name ||
        !(t->flags & W_FIRST) || !(t->flags & W_STOP) ||
        (t->flags & (W_TRIGGER | W_PARTICLE | W_SKIP)) || k + 1 >= sc->ntoks || !joined(sc, k + 1))
        return i;
    size_t q = skip_particles(sc, k + 1, k + 1);
    if (q >= sc->ntoks || (q > k + 1 && !joined(sc, q)))
        return i;
    const tok *c = &sc->toks[q];
    if (!c->cap || c->allcaps || !(c->flags & W_SURNAME) ||
        (c->flags & (W_STOP | W_COMMON | W_PLACE | W_ORG | W_STREET)))
        return i;
    size_t e = take_rest(sc, k + 1, k + 1, lv, place_ok);
    return e > q ? e : i;
}

/* A name starting at word i after evidence lv: [initials] [particles] core [more].
 * Returns the index after it, or i when there is none. */
static size_t take(const ll_names_scan *sc, size_t i, enum lvl lv, int place_ok) {
    size_t k = i;
    /* "J.P. de Vries", also "J de Vries" and "JP de Vries" in a hurry. */
    while (k < sc->ntoks && k - i < LL_NAMES_MAX_INITIALS && (k == i || joined(sc, k)) &&
           !sc->toks[k].prot &&
           (is_initial(&sc->toks[k]) || (lv != LV_LOOKUP && is_bare_initial(sc, k))))
        k++;
    int inits = k > i;
    if (inits && lv == LV_LOOKUP)
        lv = LV_TITLE;
    /* "S. (Sietske) Dijkstra": the first name in parentheses after initials
     * (once: the surname after it takes no more initials or parentheses). */
    if (inits && k + 1 < sc->ntoks && sc->toks[k].paren == 2 && !sc->toks[k].nl &&
        !sc->toks[k + 1].nl && sc->toks[k].cap && core_ok(sc, &sc->toks[k], LV_CONTEXT, 0, 0)) {
        size_t e = take_rest(sc, k + 1, k + 1, LV_TITLE, place_ok);
        return e > k + 1 ? e : i;
    }
    if (k >= sc->ntoks || (inits && !joined(sc, k)))
        return i;
    return take_rest(sc, i, k, lv, place_ok);
}

/* The rest of a name whose initials (if any) are words i..k-1: [particles]
 * core [more]. Returns the index after it, or i when there is none. */
static size_t take_rest(const ll_names_scan *sc, size_t i, size_t k, enum lvl lv, int place_ok) {
    size_t p = skip_particles(sc, i, k);
    /* "een gezin in Feijenoord", "familie te Rotterdam": a lower-case in, op,
     * te alone before a listed place is a preposition, not the particle of
     * "in 't Veld" (which takes an article), as in extend(). */
    if (p == k + 1 && p < sc->ntoks && !sc->toks[k].cap && is_prep_particle(sc, &sc->toks[k]) &&
        (sc->toks[p].flags & W_PLACE) && !(sc->toks[p].flags & W_SURNAME))
        return i;
    if (p > k) {
        if (p < sc->ntoks && joined(sc, p) &&
            core_ok(sc, &sc->toks[p], lv, old_particles(sc, k, p),
                    place_ok || t_particle(sc, k, p)))
            return extend(sc, p + 1, lv, place_ok);
        /* "mijn zoon Ben": a first name that is also a particle. */
        const tok *b = &sc->toks[k];
        if (lv != LV_LOOKUP && b->cap && (b->flags & W_FIRST) && !b->prot && !b->name)
            return k + 1;
        return i;
    }
    if (!core_ok(sc, &sc->toks[k], lv, 0, place_ok))
        return title_stop_first(sc, i, k, lv, place_ok);
    return extend(sc, k + 1, lv, place_ok);
}

static void mark(ll_names_scan *sc, size_t a, size_t b, int rule) {
    for (size_t k = a; k < b; k++)
        sc->toks[k].name = (uint8_t)(1 + rule);
}

/* Street words that end a two-word street's name ("Bergse Dijk", "Nieuwe Markt"). */
static const char *const street_words[] = {
    "straat", "laan",  "weg",    "plein",     "kade",      "singel",  "dijk",
    "park",   "brug",  "gracht", "steeg",     "dreef",     "pad",     "markt",
    "haven",  "baan",  "hof",    "wal",       "vest",      "kaai",    "vaart",
    "oever",  "zijde", "allee",  "boulevard", "plantsoen", "passage", "promenade"};

static int is_street_noun(const ll_names_scan *sc, const tok *t) {
    return fold_in(sc, t, street_words, N_OF(street_words));
}

/* Word i is a capitalised street word after a capitalised adjective (-e, -se). */
static int is_street_word(const ll_names_scan *sc, size_t i) {
    const tok *t = &sc->toks[i], *a = i > 0 ? &sc->toks[i - 1] : NULL;
    if (!t->cap || t->allcaps || !a || !joined(sc, i) || !a->cap || a->allcaps || a->flen < 4 ||
        sc->fold[a->fold + a->flen - 1] != 'e' ||
        (a->flags & (W_PARTICLE | W_TITLE | W_STOP | W_TRIGGER | W_FIRST)))
        return 0;
    return is_street_noun(sc, t);
}

/* Word i is a capitalised street word followed by particles and a
 * capitalised word: protects the street and returns 1. */
/* Word t ends in a hyphen and a particle: "Hendriks-Van", "Oudshoorn-van". */
static int hyphen_particle(const ll_names_scan *sc, const tok *t) {
    static const char *const parts[] = {"-van", "-de", "-der", "-den", "-ter", "-ten", "-te"};
    const char *f = sc->fold + t->fold;
    for (size_t k = 0; k < N_OF(parts); k++) {
        size_t n = strlen(parts[k]);
        if (t->flen > n + 1 && memcmp(f + t->flen - n, parts[k], n) == 0)
            return 1;
    }
    return 0;
}

static int street_first(ll_names_scan *sc, size_t i) {
    tok *t = &sc->toks[i];
    if (!t->cap || t->allcaps || !is_street_noun(sc, t))
        return 0;
    size_t p = skip_particles(sc, i + 1, i + 1);
    if (p == i + 1 || !joined(sc, i + 1) || p >= sc->ntoks || !joined(sc, p) || !sc->toks[p].cap)
        return 0;
    /* "mevrouw Van der Laan van de Kerkstraat": a street word after a title (or
     * a first name, initials) and particles is a surname; "ter hoogte van de
     * Laan van Nieuw Oost" is a street. */
    size_t b = i;
    while (b > 0 && i - b < LL_NAMES_MAX_PARTICLES && joined(sc, b) &&
           (sc->toks[b - 1].flags & W_PARTICLE))
        b--;
    if (b > 0 && joined(sc, b) &&
        ((sc->toks[b - 1].flags & (W_TITLE | W_HEER | W_FIRST | W_RELATION)) ||
         is_initial(&sc->toks[b - 1])))
        return 0;
    /* "mevrouw Hendriks-Van Dijk op de Nolensstraat": the second half of a
     * double surname, a particle after the hyphen ("Hendriks-Van" is one word). */
    if (b > 0 && joined(sc, b) && sc->toks[b - 1].cap && hyphen_particle(sc, &sc->toks[b - 1]))
        return 0;
    for (size_t k = i; k <= p; k++)
        sc->toks[k].prot = 1;
    for (size_t k = p + 1; k < sc->ntoks && k <= p + 3 && joined(sc, k) && sc->toks[k].cap; k++)
        sc->toks[k].prot = 1;
    return 1;
}

/* Words after a number that make it a count, an age or a time, not a house number. */
static const char *const number_units[] = {LL_NUMBER_UNITS};

/* Word i is a house number: 1 to 4 digits and at most one letter a-h ("12", "7b"). */
static int is_house_number(const ll_names_scan *sc, size_t i) {
    const tok *t = &sc->toks[i];
    const char *f = sc->fold + t->fold;
    size_t d = 0;
    while (d < t->flen && f[d] >= '0' && f[d] <= '9')
        d++;
    if (d == 0 || d > 4 || f[0] == '0' || t->flen > d + 1)
        return 0;
    if (t->flen == d + 1 && !(f[d] >= 'a' && f[d] <= 'h'))
        return 0;
    if (i + 1 < sc->ntoks && sc->toks[i + 1].plain)
        if (fold_in(sc, &sc->toks[i + 1], number_units, N_OF(number_units)))
            return 0;
    return 1;
}

/* Word i names a street because a house number follows it ("Meent 88", "Brouwer 12,
 * 1234 AB Ede", "Laantje van Puijk 3"): capitalised, only blanks before the number.
 * Not when a person's title, a greeting, a label, initials or a first name opens
 * the words before it ("mevrouw Bos 78", "Jan Jansen 12"): the person wins; after a
 * relation word it is an address ("bewoner Meidoorn 9"). */
static int before_house_number(const ll_names_scan *sc, size_t i) {
    const tok *t = &sc->toks[i];
    /* "aan Boekel nummer 3", "Hilde nr. 12": the number after its word */
    size_t h = i + 1;
    if (h + 1 < sc->ntoks && sc->toks[h].plain && !sc->toks[h].cap &&
        (fold_is(sc, &sc->toks[h], "nummer") || fold_is(sc, &sc->toks[h], "nr") ||
         fold_is(sc, &sc->toks[h], "no")) &&
        (sc->toks[h + 1].plain || sc->toks[h + 1].dotsep))
        h++;
    if (h >= sc->ntoks || !t->cap || t->allcaps || t->digit || !t->flen ||
        !(sc->toks[h].plain || (h > i + 1 && sc->toks[h].dotsep)) || !is_house_number(sc, h) ||
        (t->flags & (W_STOP | W_TRIGGER | W_HEER | W_PARTICLE | W_SKIP)))
        return 0;
    size_t b = i;
    while (b > 0 && i - b < 4 && joined(sc, b) &&
           (sc->toks[b - 1].cap || (sc->toks[b - 1].flags & W_PARTICLE)) &&
           !(sc->toks[b - 1].flags & (W_STOP | W_TRIGGER | W_HEER)))
        b--;
    const tok *s0 = &sc->toks[b];
    if (b < i && (s0->flags & W_FIRST) && !(s0->flags & (W_WORD | W_PLACE | W_ORG)))
        return 0;
    /* "inloggen als J.P. van der Meulen 2. formulier" (names-dev26): initials among the
     * words before the number open a person's name, also when the words reach back to
     * them (not only right before the first) */
    for (size_t k = b; k < i; k++)
        if (is_initial(&sc->toks[k]))
            return 0;
    if (b > 0 && sc->toks[b - 1].colon && (sc->toks[b - 1].flags & W_FIELD))
        return 0;
    if (b > 0 && joined(sc, b)) {
        const tok *p = &sc->toks[b - 1];
        if ((p->flags & (W_TITLE | W_HEER | W_GREETING | W_TALK)) || is_initial(p))
            return 0;
    }
    return 1;
}

/* Word i is a place because a postcode comes right before it ("3990 DA Houten",
 * "2991AB Barendrecht"): protects the postcode's letters and the place, returns 1. */
static int after_postcode(ll_names_scan *sc, size_t i) {
    tok *t = &sc->toks[i];
    if (i == 0 || !t->cap || t->digit || !sc->toks[i].plain)
        return 0;
    const tok *n = &sc->toks[i - 1];
    const char *f = sc->fold + n->fold;
    size_t letters_at = 0;
    if (n->flen == 6 && n->digit) { /* "2991ab" */
        letters_at = i - 1;
    } else if (n->flen == 2 && n->letters == 2 && !n->digit && i >= 2 && n->plain &&
               sc->toks[i - 2].flen == 4 && sc->toks[i - 2].letters == 0) {
        letters_at = i - 1;
        f = sc->fold + sc->toks[i - 2].fold;
        for (size_t k = 0; k < 4; k++)
            if (f[k] < '0' || f[k] > '9')
                return 0;
        if (f[0] == '0')
            return 0;
        f = sc->fold + n->fold;
        if (f[0] < 'a' || f[0] > 'z' || f[1] < 'a' || f[1] > 'z')
            return 0;
    } else {
        return 0;
    }
    if (n->flen == 6) {
        for (size_t k = 0; k < 4; k++)
            if (f[k] < '0' || f[k] > '9')
                return 0;
        if (f[0] == '0' || f[4] < 'a' || f[4] > 'z' || f[5] < 'a' || f[5] > 'z')
            return 0;
    }
    sc->toks[letters_at].prot = 1;
    t->prot = 1;
    /* "3011 AA Capelle aan den IJssel": the keep list holds the rest */
    return 1;
}

/* Street endings that surnames have too: Oosterbaan, Verlaan, Kerkhof, Hoogendijk. */
static const char *const surname_street_suffixes[] = {
    "laan",  "baan",  "weg",   "hof",   "dijk",     "brug", "erf",  "wal",
    "haven", "zijde", "vaart", "oever", "wetering", "pad",  "steeg"};

static int surname_street_suffix(const ll_names_scan *sc, const tok *t) {
    return fold_ends_in(sc, t, surname_street_suffixes, N_OF(surname_street_suffixes), 0);
}

/* Whether word t, in lower case, is a verb that a person does and a street, a building or a
 * firm hardly does: calling, mailing, living, complaining, coming by, handing in (session 36:
 * "Greet Hulshof leverde de petitie in", "Fenella Quayle belde"). Right after the words that
 * open a sentence it makes them its subject, a person. */
static int person_verb(const ll_names_scan *sc, const tok *t) {
    static const char *const verbs[] = {"belde",   "belt",   "mailde",  "mailt", "woont",
                                        "woonde",  "klaagt", "klaagde", "kwam",  "komt",
                                        "leverde", "huilde", "vroeg",   "vraagt"};
    return !t->cap && !t->digit && fold_in(sc, t, verbs, N_OF(verbs));
}

/* Words i and i + 1, in capitals in a text written in capitals (lowerish), are a listed first
 * name and a listed surname that are no ordinary words, places or a cue (shouted_pair). */
static int lowerish(ll_names_scan *sc, const tok *t);
static int shouted_pair(ll_names_scan *sc, size_t i) {
    const tok *f = &sc->toks[i], *l = &sc->toks[i + 1];
    const uint32_t not_names = W_WORD | W_PLACE | W_ORG | W_STREET | W_STOP | W_COMMON | W_TRIGGER |
                               W_PARTICLE | W_PREP | W_SKIP | W_HEAD | W_LOWER | W_TITLE | W_HEER |
                               W_FIELD | W_PLACE_SFX;
    if (f->prot || l->prot || f->name || l->name || f->dot || f->letters < 2 || l->letters < 2 ||
        f->digit || l->digit || ((f->flags | l->flags) & not_names) || !lowerish(sc, f))
        return 0;
    return common_word(sc, f) != 1 && common_word(sc, l) != 1;
}

/* Word t is the French "à" as a name writes it between a first name and the place one came
 * from ("Thomas à Kempis": the Thomas à Kempisweg, session 36); fold() reads it as "a". */
static int grave_a(const ll_names_scan *sc, const tok *t) {
    return sc->text && t->end - t->start == 2 && (unsigned char)sc->text[t->start] == 0xc3 &&
           (unsigned char)sc->text[t->start + 1] == 0xa0;
}

/* Protects keep-list phrases and streets with the words leading to their suffix. */
/* Word i ("het") follows a name's words: a capitalised word, a trigger, a title's
 * "heer", or a particle other than a lower-case in/op/te after a lower-case word. */
static int het_after_name(const ll_names_scan *sc, size_t i) {
    if (i == 0 || !joined(sc, i))
        return 0;
    const tok *b = &sc->toks[i - 1];
    if (b->cap || (b->flags & (W_TRIGGER | W_HEER)))
        return 1;
    if (!(b->flags & W_PARTICLE))
        return 0;
    return !is_prep_particle(sc, b) || (i > 1 && joined(sc, i - 1) && sc->toks[i - 2].cap);
}

/* Words i.. spell a legal form in initials after a capitalised word joined to it
 * ("Jansen B.V.", "De Wit N.V.", "Smit v.o.f."), not before a surname ("dhr. B.V. Jansen"
 * are a person's initials): returns their number, else 0. Written "BV", the form is a
 * head word of the grammar. */
static size_t legal_form(const ll_names_scan *sc, size_t i) {
    static const char *const forms[] = {"bv", "nv", "vof"};
    if (i == 0 || !sc->toks[i].plain || !sc->toks[i - 1].cap ||
        (sc->toks[i - 1].flags & (W_TITLE | W_HEER | W_PTITLE)))
        return 0;
    char got[3];
    size_t n = 0;
    for (size_t k = i; k < sc->ntoks && n < sizeof(got); k++) {
        const tok *u = &sc->toks[k];
        if (!u->dot || u->letters != 1 || u->digit || u->flen != 1 || (k > i && !u->dotsep))
            break;
        got[n++] = sc->fold[u->fold];
    }
    for (size_t f = 0; f < N_OF(forms); f++) {
        size_t fl = strlen(forms[f]);
        if (fl <= n && memcmp(got, forms[f], fl) == 0) {
            size_t nx = i + fl;
            if (nx < sc->ntoks && joined(sc, nx) && sc->toks[nx].cap)
                return 0;
            return fl;
        }
    }
    return 0;
}

/* Word i is an organisation's noun, by a list or its ending, or capitalised after a
 * capitalised word and spelling only an ending ("Loket", "Dienst"): it takes the
 * capitalised ordinary words before it (to the word list: "Sociaal", "Juridisch";
 * not a listed name) and a capitalised article before those ("het Sociaal Wijkteam",
 * "Het Juridisch Loket"), which it protects. */
static __attribute__((noinline)) void org_adjectives(ll_names_scan *sc, size_t i) {
    const tok *t = &sc->toks[i];
    if (!t->cap || t->allcaps || i == 0 || !joined(sc, i) || !sc->toks[i - 1].cap ||
        sc->toks[i - 1].allcaps)
        return;
    if (!((t->flags & W_ORG) && !(t->flags & (W_TRIGGER | W_NAME))) &&
        !(!t->flags && fold_in(sc, t, org_suffixes, N_OF(org_suffixes))))
        return;
    size_t b = i;
    while (b > 0 && i - b < 3 && joined(sc, b)) {
        const tok *a = &sc->toks[b - 1];
        if (!a->cap || a->allcaps || a->digit ||
            (a->flags & (W_NAME | W_TRIGGER | W_TITLE | W_HEER | W_STOP | W_PARTICLE)) ||
            common_word(sc, a) != 1)
            break;
        b--;
    }
    if (b == i)
        return;
    if (b > 0 && joined(sc, b) && sc->toks[b - 1].cap && !sc->toks[b - 1].allcaps &&
        (fold_is(sc, &sc->toks[b - 1], "het") || fold_is(sc, &sc->toks[b - 1], "de")))
        b--;
    for (size_t k = b; k <= i; k++)
        sc->toks[k].prot = 1;
}

static int apposition_noun(const ll_names_scan *sc, size_t r);
static int lowerish(ll_names_scan *sc, const tok *t);
static int lower_first(const tok *f);
static size_t lower_signer(const ll_names_scan *sc, size_t k);

/* Whether word i is a lower-case "het" that is the subject after a verb "to be" in inverted
 * order ("volgens haar was het Dragan Petrović", "misschien is het Kees Jansen", names-dev29):
 * it may stand before a person ("it was Dragan"); after its subject it is an article ("dat
 * is het Antonius", "het is het Sophia"). */
static int het_subject(const ll_names_scan *sc, size_t i) {
    static const char *const be[] = {"is",   "was",    "zijn",  "waren", "wordt",
                                     "werd", "blijkt", "bleek", "lijkt", "leek"};
    static const char *const subjects[] = {"dat", "dit", "die",  "het",  "er",    "wat",   "hij",
                                           "zij", "ze",  "ik",   "jij",  "je",    "u",     "we",
                                           "wij", "men", "deze", "welk", "welke", "jullie"};
    const tok *t = &sc->toks[i];
    if (t->cap || !fold_is(sc, t, "het") || i == 0 || !joined(sc, i) ||
        !fold_in(sc, &sc->toks[i - 1], be, N_OF(be)))
        return 0;
    if (sc->toks[i - 1].sent) /* "Was het Kees die belde?" */
        return 1;
    return i >= 2 && joined(sc, i - 1) && !fold_in(sc, &sc->toks[i - 2], subjects, N_OF(subjects));
}

/* Word i is "het" before a building's name: mid-sentence in lower case, or opening a
 * sentence ("Het Anne Frankhuis heeft gevraagd", names-dev22). */
static inline int het_opens(const ll_names_scan *sc, size_t i) {
    const tok *t = &sc->toks[i];
    return t->flen == 3 && sc->fold[t->fold] == 'h' && (!t->cap || (t->sent && !t->allcaps)) &&
           fold_is(sc, t, "het");
}

static int quoted(const ll_names_scan *sc, size_t k);
static size_t quote_mark(const char *s, size_t len, size_t a);

/* "MS Dokter Wagemaker", "MV Johanna" (names-dev23): a ship's prefix in capitals, no dot
 * (the English title is "Ms."), before a capitalised word in normal case names a ship after
 * a person, as a building's noun does. */
static int ship_prefix(const ll_names_scan *sc, size_t i) {
    const tok *t = &sc->toks[i];
    if (!t->allcaps || t->letters != 2 || t->flen != 2 || t->dot || i + 1 >= sc->ntoks ||
        !joined(sc, i + 1) || !sc->toks[i + 1].cap || sc->toks[i + 1].allcaps)
        return 0;
    return fold_is(sc, t, "ms") || fold_is(sc, t, "mv") || fold_is(sc, t, "ss");
}

/* "de SCH-6 Jacob Johanna", "de UK 33 Willem" (names-dev31): a fishing vessel's mark, its
 * port's two or three capitals (no listed organisation's: "de GGD 3") and a number, joined
 * by a hyphen or after "de", before a capitalised word names the boat. The index of the
 * word after the mark when so, else 0. */
static size_t fishing_mark(const ll_names_scan *sc, size_t i) {
    const tok *t = &sc->toks[i];
    if (!t->allcaps || t->letters < 2 || t->letters > 3 || t->dot ||
        (t->flags & (W_ORG | W_NAME | W_PLACE)))
        return 0;
    const char *s = sc->text;
    size_t e = t->start + t->letters, k = i + 1;
    if (t->end > e) { /* one word: "SCH-6" */
        if (s[e] != '-' || t->end - e < 2 || t->end - e > 5)
            return 0;
        for (size_t b = e + 1; b < t->end; b++)
            if (s[b] < '0' || s[b] > '9')
                return 0;
    } else { /* "SCH 6", "SCH-6" split at the hyphen */
        const tok *u = k < sc->ntoks ? &sc->toks[k] : NULL;
        if (!u || i == 0 || !fold_is(sc, &sc->toks[i - 1], "de") || !u->digit || u->letters ||
            u->end - u->start > 4 || u->start > t->end + 1 ||
            (u->start == t->end + 1 && s[t->end] != ' ' && s[t->end] != '-'))
            return 0;
        k++;
    }
    return k < sc->ntoks && joined(sc, k) && sc->toks[k].cap && !sc->toks[k].allcaps ? k : 0;
}

/* "van de \"Johanna\"", "op het 'Witte Paard'" (names-dev23): a lower-case article right
 * before a quotation of one to three capitalised words names a ship, a house or a café;
 * a person takes no article. The index after the quotation when so, else 0. */
static size_t quoted_after_article(const ll_names_scan *sc, size_t i) {
    const tok *t = &sc->toks[i];
    /* "De 'Johan Cruijff' ligt aan de kade" (names-dev25): a sentence's article as well;
     * "het schip 'Prins Willem-Alexander'", "de sleepboot 'Smit Rotterdam'": a building's,
     * a business's or a ship's noun in lower case names what its quotation holds, and so
     * does one opening a sentence ("Zeilschip 'Johanna Maria' ligt", names-dev26) */
    int article = fold_is(sc, t, "de") || fold_is(sc, t, "het");
    if (!sc->quotes || i + 1 >= sc->ntoks || t->allcaps ||
        !(article ? !t->cap || t->sent
                  : (!t->cap || t->sent) && ((t->flags & W_HEAD) || fold_is(sc, t, "boot")) &&
                        t->letters >= 4))
        return 0;
    const char *s = sc->text;
    size_t len = sc->text_len;
    const tok *u = &sc->toks[i + 1];
    size_t a = u->start, q = a >= 3 && quote_mark(s, len, a - 3) == 3 ? 3 : 1;
    if (!quoted(sc, i + 1) || a < q + 1 || t->end != a - q - 1)
        return 0;
    size_t m = i + 1;
    while (m + 1 < sc->ntoks && m < i + 3 && sc->toks[m + 1].plain && sc->toks[m + 1].cap)
        m++;
    return quote_mark(s, len, sc->toks[m].end) ? m + 1 : 0;
}

/* "met zijn Citroën DS 'Marianne'", "onze Volvo 'Bertha'" (names-dev31): a possessive and
 * one or two capitalised words no list holds as a name or a cue (a brand, a model) before a
 * quotation name the thing owned, not a person ("mijn Opa 'Henk'" is one: a relation word).
 * The index after the quotation when so, else 0. */
static size_t quoted_after_brand(const ll_names_scan *sc, size_t i) {
    static const char *const own[] = {"zijn", "haar", "mijn", "onze", "ons", "hun", "jouw", "uw"};
    const tok *t = &sc->toks[i];
    if (!sc->quotes || t->cap || !fold_in(sc, t, own, N_OF(own)))
        return 0;
    size_t k = i + 1;
    /* a model in capitals after the brand may spell a title ("Citroën DS") */
    while (k < sc->ntoks && k < i + 3 && joined(sc, k) && sc->toks[k].cap &&
           (!(sc->toks[k].flags & (W_NAME | W_TRIGGER | W_TITLE | W_HEER | W_STOP | W_PARTICLE)) ||
            (k > i + 1 && sc->toks[k].allcaps)) &&
           !quoted(sc, k))
        k++;
    if (k == i + 1 || k >= sc->ntoks || !quoted(sc, k) ||
        sc->toks[k].start != sc->toks[k - 1].end + 2)
        return 0;
    size_t m = k;
    while (m + 1 < sc->ntoks && m < k + 2 && sc->toks[m + 1].plain && sc->toks[m + 1].cap)
        m++;
    return quote_mark(sc->text, sc->text_len, sc->toks[m].end) ? m + 1 : 0;
}

/* Whether word t is a compound whose last part is a dog or a horse: "hulphond",
 * "waakhond", "blindengeleidehond", "politiepaard" (names-dev26: "Hulphond Bobbie"). */
static int animal_compound(const ll_names_scan *sc, const tok *t) {
    static const char *const tails[] = {"hond", "hondje", "paard", "paardje"};
    return fold_ends_in(sc, t, tails, N_OF(tails), 3);
}

/* Animals' nouns that a pet's name follows ("Onze hond Bram"); a pigeon fancier's birds too
 * ("zijn doffer Snelle Henk", names-dev28). */
static const char *const animals[] = {
    "hond",    "hondje",        "honden", "kat",    "katje",     "katten", "poes",    "poesje",
    "kater",   "paard",         "pony",   "konijn", "konijntje", "cavia",  "hamster", "papegaai",
    "parkiet", "kanarie",       "ezel",   "geit",   "schildpad", "puppy",  "pup",     "kitten",
    "veulen",  "hangbuikzwijn", "doffer", "duif",   "kip",       "haan"};
/* Their plurals: a list of names set off after one names several animals (pets_in_apposition). */
static const char *const animals_pl[] = {"honden",   "hondjes",   "katten",   "katjes",   "poezen",
                                         "katers",   "paarden",   "pony's",   "konijnen", "cavia's",
                                         "hamsters", "parkieten", "kanaries", "ezels",    "geiten",
                                         "puppy's",  "pups",      "kittens",  "duiven",   "kippen"};

/* Whether word t is an animals_pl noun: each ends in "n" or "s", asked first. */
static int animal_plural(const ll_names_scan *sc, const tok *t) {
    char last = t->flen ? sc->fold[t->fold + t->flen - 1] : 0;
    return (last == 'n' || last == 's') && fold_in(sc, t, animals_pl, N_OF(animals_pl));
}

/* Whether a word of from..to (as far as the text goes) is capitalised. */
static int cap_within(const ll_names_scan *sc, size_t from, size_t to) {
    for (size_t k = from; k < sc->ntoks && k <= to; k++)
        if (sc->toks[k].cap)
            return 1;
    return 0;
}

/* "Onze hond Bram", "ons paard Willem", "mijn kat heet Meneer Jansen" (names-dev25): the
 * capitalised words right after an animal's noun in lower case, or after it and "heet",
 * "heette", "genaamd", "genoemd", name the animal, not a person (a person's title among
 * them too). The index after them when so, else 0. */
static size_t pet_name(const ll_names_scan *sc, size_t i) {
    static const char *const named[] = {"heet", "heette", "heten", "genaamd", "genoemd"};
    const tok *t = &sc->toks[i];
    /* The name is a capitalised word among the three after the animal (its pronoun and
     * "heet" before it at most): without one the animal's lists need not be read. */
    if ((t->cap && !t->sent) || t->allcaps || t->letters < 3 || !cap_within(sc, i + 1, i + 3) ||
        !(fold_in(sc, t, animals, N_OF(animals)) || animal_compound(sc, t)))
        return 0;
    static const char *const it[] = {"die", "ze", "zij", "hij"};
    size_t k = i + 1;
    /* "mijn kat, ze heet Minoes", "een hond die Max heet" is left (the name before the verb) */
    int apart = k < sc->ntoks && sc->toks[k].comma && !sc->toks[k].cap;
    if (k < sc->ntoks && (joined(sc, k) || apart) && !sc->toks[k].cap &&
        fold_in(sc, &sc->toks[k], it, N_OF(it)))
        k++, apart = 1;
    if (k < sc->ntoks && (joined(sc, k) || (apart && k == i + 1)) && !sc->toks[k].cap &&
        fold_in(sc, &sc->toks[k], named, N_OF(named)))
        k++, apart = 0;
    if (apart)
        return 0;
    size_t a = k;
    while (k < sc->ntoks && k < a + 3 && joined(sc, k)) {
        const tok *u = &sc->toks[k];
        if (!u->cap || u->allcaps || u->digit || u->letters < 2 ||
            (u->flags & (W_PREP | W_SKIP | W_PARTICLE)) ||
            ((u->flags & W_STOP) && !(u->flags & W_TITLE)))
            break;
        k++;
    }
    return k > a ? k : 0;
}

static int clause_ends(const char *s, size_t len, const tok *t);
static int and_or(const ll_names_scan *sc, const tok *t);

/* "De honden van de buurvrouw, Max en Luna, blaffen", "Onze katten, Minoes en Tijger, zijn
 * weg" (names-dev38), "voor drie honden: Max, Bella en wijlen Rex" (a colon, session 37):
 * names set off by commas or a colon right after an animal's noun in lower case
 * name the animals: one or two capitalised words each, joined by commas, "en" or "of", that
 * a comma or a sentence's end closes. The owner may be told between ("van" and three words
 * at most), and then the names may be the owner's ("de hond van de buurvrouw, Ria, blaft"):
 * only a plural animal before two names or more is read so. Word k is the first name's, a
 * comma before it (read from there: few words are, and the animals' lists are asked only
 * for the word before it or before a "van"). The index after the names, or 0. */
static size_t pets_in_apposition(const ll_names_scan *sc, size_t k) {
    if (!sc->text || !k || sc->toks[k - 1].cap || sc->toks[k - 1].letters < 3)
        return 0;
    size_t n = sc->ntoks;
    const tok *t = &sc->toks[k - 1];
    int owner = 0;
    if (!animal_plural(sc, t) && !fold_in(sc, t, animals, N_OF(animals)) &&
        !animal_compound(sc, t)) {
        /* an owner between: "van" and at most three words after the animal */
        size_t v = k - 2;
        while (k >= 3 && v + 4 >= k && v >= 1 && !fold_is(sc, &sc->toks[v], "van"))
            v--;
        if (k < 3 || v + 4 < k || v < 1 || sc->toks[v].cap || !fold_is(sc, &sc->toks[v], "van") ||
            !joined(sc, v))
            return 0;
        for (size_t j = v + 1; j < k; j++)
            if (!joined(sc, j))
                return 0;
        t = &sc->toks[v - 1];
        if (t->cap || !animal_plural(sc, t))
            return 0;
        owner = 1;
    }
    size_t names = 0, e = k;
    for (;;) {
        /* "en wijlen Tommy": the late one among them, as an obituary writes it */
        if (e > k && e + 1 < n && !sc->toks[e].cap && joined(sc, e + 1) &&
            fold_is(sc, &sc->toks[e], "wijlen"))
            e++;
        size_t a = e;
        while (e < n && e < a + 2 && (e == a || joined(sc, e)) && sc->toks[e].cap &&
               !sc->toks[e].allcaps && !sc->toks[e].digit && !sc->toks[e].prot &&
               !(sc->toks[e].flags & (W_STOP | W_PREP | W_SKIP | W_PARTICLE | W_TRIGGER)))
            e++;
        if (e == a || (e < n && joined(sc, e) && sc->toks[e].cap) || ++names > 8)
            return 0;
        /* the list goes on after "en" or "of", or after a comma before a capital */
        if (e + 1 < n && and_or(sc, &sc->toks[e]) && joined(sc, e) && joined(sc, e + 1))
            e++;
        else if (!(e < n && sc->toks[e].comma && !sc->toks[e].nl && sc->toks[e].cap))
            break;
    }
    if (!clause_ends(sc->text, sc->text_len, &sc->toks[e - 1]) || (owner && names < 2))
        return 0;
    return e;
}

/* "Woef, ik ben Bobby", "Miauw! Ik heet Minoes" (names-dev36): a pet's voice, its sound
 * opening a sentence and "ik ben" or "ik heet" after it, introduces the animal; the
 * capitalised words after it (two at most) name the animal, not a person. The index
 * after them when so, else 0. */
static size_t pet_voice(const ll_names_scan *sc, size_t i) {
    static const char *const sounds[] = {"woef", "waf",    "wafwaf", "miauw", "miauuw", "mauw",
                                         "kwak", "mekker", "hinnik", "knor",  "tjilp",  "boe"};
    static const char *const intro[] = {"ben", "heet"};
    const tok *t = &sc->toks[i];
    if (!t->sent || t->letters < 3 || i + 3 >= sc->ntoks || !fold_in(sc, t, sounds, N_OF(sounds)) ||
        !fold_is(sc, &sc->toks[i + 1], "ik") || !joined(sc, i + 2) ||
        !fold_in(sc, &sc->toks[i + 2], intro, N_OF(intro)) || sc->toks[i + 1].nl)
        return 0;
    size_t k = i + 3;
    while (k < sc->ntoks && k < i + 5 && joined(sc, k) && sc->toks[k].cap && !sc->toks[k].allcaps &&
           !sc->toks[k].digit && !(sc->toks[k].flags & (W_STOP | W_PREP | W_PARTICLE | W_SKIP)))
        k++;
    return k > i + 3 ? k : 0;
}

static int and_or(const ll_names_scan *sc, const tok *t);

/* "zoekt een baasje voor Max, Luna en Kees" (names-dev29): whom an owner is sought for are
 * animals; the capitalised words after "baasje voor", one or two a name, in a list joined
 * by commas, "en" or "of", are kept (word i is "voor"). "Mijn baasje [NAAM]" is the
 * owner, a person. */
static void pets_for_an_owner(ll_names_scan *sc, size_t i) {
    static const char *const owner[] = {"baasje", "baasjes"};
    if (i == 0 || sc->toks[i].cap || !joined(sc, i) || !fold_is(sc, &sc->toks[i], "voor") ||
        !fold_in(sc, &sc->toks[i - 1], owner, N_OF(owner)))
        return;
    /* the first name joined to "voor", the next after a comma or "en" (below) */
    for (size_t k = i + 1, names = 0; k < sc->ntoks && names < 8 && (names || joined(sc, k));) {
        size_t e = k;
        while (e < sc->ntoks && e < k + 2 && (e == k || joined(sc, e)) && sc->toks[e].cap &&
               !sc->toks[e].allcaps && !sc->toks[e].digit &&
               !(sc->toks[e].flags & (W_STOP | W_PREP | W_SKIP)))
            sc->toks[e++].prot = 1;
        if (e == k)
            return;
        names++;
        if (e < sc->ntoks && !sc->toks[e].nl && sc->toks[e].comma)
            k = e;
        else if (e + 1 < sc->ntoks && and_or(sc, &sc->toks[e]) && joined(sc, e))
            k = e + 1;
        else
            return;
    }
}

/* Whether word t, capitalised, ends after a hyphen in an ordinary word in lower case of
 * four letters or more that no name list holds ("Dreesmann-jubileumfeest",
 * "Bosch-wandelroute"; not "Jan-Kees", "de Wit-van Dam", "Anne-marie"). */
static int lower_tail(const ll_names_scan *sc, const tok *t) {
    if (!t->cap || t->allcaps || t->digit || !sc->nm->words)
        return 0;
    const char *w = sc->text + t->start;
    size_t n = t->end - t->start, h = n;
    while (h > 0 && w[h - 1] != '-')
        h--;
    if (h < 3 || n - h < 4 || n - h > LL_NAMES_MAX_WORD_BYTES || w[h] < 'a' || w[h] > 'z')
        return 0;
    char f[LL_NAMES_MAX_WORD_BYTES + 8];
    /* "Pedro van de Wmo-balie" (names-dev33): a service's or an organisation's desk is no
     * thing named after a person; its head is a listed organisation */
    size_t hl = fold(w, h - 1, f, sizeof(f) - 4);
    if (hl && (flags_of(sc->nm, f, hl) & W_ORG))
        return 0;
    size_t fl = fold(w + h, n - h, f, sizeof(f) - 4);
    return fl && !(flags_of(sc->nm, f, fl) & (W_NAME | W_PARTICLE | W_TITLE)) &&
           listed_common(sc->nm, f, fl);
}

/* "het Anton Dreesmann-jubileumfeest", "de Jeroen Bosch-wandelroute" (names-dev25): a
 * capitalised first name before such a word names a feast, a route, a prize after someone,
 * whoever the part before the hyphen is. The index of the first word of the name, or i. */
static size_t named_after_tail(const ll_names_scan *sc, size_t i) {
    if (i == 0 || !joined(sc, i) || !lower_tail(sc, &sc->toks[i]))
        return i;
    size_t a = i;
    for (size_t k = i; k > 0 && i - k < 4 && joined(sc, k); k--) {
        const tok *p = &sc->toks[k - 1];
        if (p->allcaps || p->digit ||
            (!(p->flags & W_PARTICLE) && (p->flags & (W_TRIGGER | W_STOP | W_SKIP))))
            break;
        if (p->cap && (p->flags & W_FIRST))
            a = k - 1;
        else if (!(p->flags & W_PARTICLE) && !p->cap)
            break;
    }
    return a;
}

/* "De Roos van Jericho, het café aan de Breestraat, maakt" (names-dev21): capitalised
 * words set off by a comma before an article and a building's or a business's noun in
 * lower case (i), which a comma or a preposition closes, name that building or business:
 * a person is no "het café". Protects them. */
static void business_apposition(ll_names_scan *sc, size_t i) {
    const tok *art = &sc->toks[i - 1];
    if (!art->comma || art->cap || !(fold_is(sc, art, "de") || fold_is(sc, art, "het")) ||
        !joined(sc, i))
        return;
    if (i + 1 < sc->ntoks && !sc->toks[i + 1].comma &&
        !(joined(sc, i + 1) && !sc->toks[i + 1].cap && (sc->toks[i + 1].flags & W_PREP)))
        return;
    size_t end = i - 1, a = end;
    for (size_t k = end; k > 0 && end - k < 5; k--) {
        const tok *q = &sc->toks[k - 1];
        if (q->digit || q->prot || !(q->cap || (q->flags & W_PARTICLE)) ||
            (q->flags & (W_TRIGGER | W_STOP) && !(q->flags & W_PARTICLE)))
            break;
        a = k - 1;
        if (!joined(sc, k - 1))
            break;
    }
    while (a < end && !sc->toks[a].cap) /* "met van Dam, de kapsalon": the particle's */
        a++;
    if (a == end || !sc->toks[end - 1].cap)
        return;
    /* a first name alone is someone spoken of ("sprak ik Fatima, de kapsalon ..."); so is a
     * name after a title or a relation word */
    if ((end - a == 1 && (sc->toks[a].flags & W_FIRST) && !(sc->toks[a].flags & W_WORD)) ||
        (a > 0 && joined(sc, a) && (sc->toks[a - 1].flags & W_TRIGGER)))
        return;
    for (size_t k = a; k < end; k++)
        sc->toks[k].prot = 1;
}

/* "S van Simon, Z van Zaandam", "T van Theo" (names-dev26): a letter spelt out on the
 * telephone, a capital alone (no initial's dot), "van" and a first name that starts with
 * that letter (also when some bear it as a surname: "D van Dirk") or a word of the
 * telephone alphabet ("E van Eduard", "Z van Zaandam"), names no one; a surname or a
 * place so placed is a person's ("D van Dijk", "R van Rijswijk": an initial written
 * without its dot). */
static void spelled_letter(ll_names_scan *sc, size_t i) {
    /* the Dutch telephone alphabet's words, whatever the lists hold of them */
    static const char *const alphabet[] = {
        "anton",   "bernard", "cornelis", "dirk",    "eduard",   "ferdinand", "gerard",
        "hendrik", "izaak",   "johan",    "karel",   "lodewijk", "marie",     "nico",
        "otto",    "pieter",  "quotient", "richard", "simon",    "theodoor",  "utrecht",
        "victor",  "willem",  "xantippe", "ypsilon", "zaandam"};
    tok *t = &sc->toks[i];
    if (t->letters != 1 || t->flen != 1 || t->dot || !t->cap || t->digit || i + 2 >= sc->ntoks ||
        !joined(sc, i + 1) || !joined(sc, i + 2))
        return;
    tok *v = &sc->toks[i + 1], *w = &sc->toks[i + 2];
    if (v->cap || !fold_is(sc, v, "van") || !w->cap || w->allcaps || w->letters < 3 ||
        sc->fold[w->fold] != sc->fold[t->fold] ||
        !((w->flags & W_FIRST) || fold_in(sc, w, alphabet, N_OF(alphabet))))
        return;
    t->prot = v->prot = w->prot = 1;
}

/* Whether token k, a lower-case "van", follows a building's or an organisation's noun i
 * and one capitalised first name that is no surname, a word or a place, and leads by
 * particles to a capitalised word: "basisschool Joost van den Vondel", "Toneelvereniging
 * Jan van Dijk" (names-dev26), a school, club or home named after a person. */
static int head_first_van(const ll_names_scan *sc, size_t i, size_t k) {
    const tok *f = &sc->toks[i + 1];
    if (k != i + 2 || !f->cap || f->allcaps || !(f->flags & W_FIRST) ||
        (f->flags & (W_SURNAME | W_WORD | W_PLACE | W_STOP | W_TRIGGER | W_TITLE)))
        return 0;
    size_t p = skip_particles(sc, k, k);
    return p > k && p < sc->ntoks && joined(sc, p) && sc->toks[p].cap && !sc->toks[p].allcaps &&
           !sc->toks[p].digit;
}

static int relation_for_orgs(const ll_names_scan *sc, const tok *t);

/* Whether the keep list's phrase of n words at i, a listed first name and a listed surname
 * that name a school, a shop or a museum after someone ("Vincent van Gogh", "Bart Smit",
 * "Hugo de Groot"), is borne by a person here: right after a person's title or a noun for
 * a person ("beller Vincent van Gogh (echt waar)", names-dev18; "drs. Bart Smit"); not
 * after nouns organisations answer to, nor words of saying or acting for ("volgens",
 * "namens", "medewerker Hans Anders" works there). */
static int person_before_phrase(const ll_names_scan *sc, size_t i, size_t n) {
    static const char *const not_persons[] = {
        "volgens", "zegt",     "zei",     "aldus",     "vertelde",   "vertelt",
        "schreef", "schrijft", "namens",  "tav",       "medewerker", "medewerkster",
        "werker",  "werkster", "manager", "directeur", "teamleider", "leidinggevende",
        "eigenaar"};
    static const char *const speakers[] = {"beller", "melder"};
    const tok *f = &sc->toks[i], *l = &sc->toks[i + n - 1];
    if (i == 0 || !joined(sc, i) || !f->cap || f->allcaps || !(f->flags & W_FIRST) || !l->cap)
        return 0;
    /* the last word a listed surname, or particles between the first and the last */
    int particles = n >= 3;
    for (size_t k = i + 1; k + 1 < i + n; k++)
        particles &= !sc->toks[k].cap && (sc->toks[k].flags & W_PARTICLE) != 0;
    if (!(l->flags & W_SURNAME) && !particles)
        return 0;
    const tok *p = &sc->toks[i - 1];
    if (p->flags & (W_PTITLE | W_HEER | W_TITLE))
        return 1;
    if (p->cap && !p->sent)
        return 0;
    if (fold_in(sc, p, speakers, N_OF(speakers)))
        return 1;
    return (p->flags & W_RELATION) && !relation_for_orgs(sc, p) &&
           !fold_in(sc, p, not_persons, N_OF(not_persons));
}

/* A house's ending: building_compound's "Cultuurhuis", house_named_after's "Kuyperhuis". */
static const char *const house_ending[] = {"huis"};

/* Whether word t is an unlisted capitalised compound that a building's noun ends, among the
 * street suffixes ("Judoschool", "Sportcentrum", "Dorpskerk", names-dev31): the capitalised
 * words after it name the building, as after "basisschool" ("Judoschool Anton Geesink",
 * "Sportcentrum De Wilgen"); a street's name ends in its suffix and takes none after it. */
static int building_compound(const ll_names_scan *sc, const tok *t) {
    static const char *const buildings[] = {
        "school",  "college", "lyceum",    "kerk",      "moskee",   "ziekenhuis", "kliniek",
        "centrum", "station", "academie",  "theater",   "museum",   "stadion",    "gebouw",
        "toren",   "zwembad", "buurthuis", "speeltuin", "boerderij"};
    if (t->cap && !t->allcaps && t->sfx && t->flags == W_STREET &&
        fold_ends_in(sc, t, buildings, N_OF(buildings), 3))
        return 1;
    /* "Cultuurhuis Toon Hermans", "Dorpshuis De Linde" (names-dev32): a house of an
     * ordinary word's compound ("Nijhuis", "Oosterhuis" are surnames, no compounds) */
    return t->cap && !t->allcaps && !t->flags && !t->digit &&
           fold_ends_in(sc, t, house_ending, 1, 4) && common_word_of(sc, t, 1) == 1;
}

/* Whether word i is the "als" of dressing up: "verkleed als", "vermomd als". */
static int costume_at(const ll_names_scan *sc, size_t i) {
    static const char *const dressed[] = {"verkleed", "verkleedt", "verkleden",
                                          "vermomd",  "gekleed",   "uitgedost"};
    const tok *t = &sc->toks[i];
    return !t->cap && i > 0 && joined(sc, i) && fold_is(sc, t, "als") &&
           fold_in(sc, &sc->toks[i - 1], dressed, N_OF(dressed));
}

/* Whether word i opens a firm's name: "Gebr." (gebroeders), "Gebroeders", "Fa." (firma),
 * capitalised, before a capitalised word or a particle on its line. */
static int firm_word(const ll_names_scan *sc, size_t i) {
    const tok *t = &sc->toks[i];
    if (!t->cap || t->allcaps || i + 1 >= sc->ntoks || sc->toks[i + 1].nl ||
        !(sc->toks[i + 1].cap || (sc->toks[i + 1].flags & W_PARTICLE)))
        return 0;
    return (t->dot && (fold_is(sc, t, "gebr") || fold_is(sc, t, "fa"))) ||
           fold_is(sc, t, "gebroeders") || fold_is(sc, t, "firma");
}

/* "het Abraham Kuyperhuis", "het Pieter Cort van der Lindenhuis" (names-dev32): after "het"
 * a first name, particles and capitalised words that a compound of "-huis" ends name the
 * house after the person, whether or not the first name is also a surname. Returns the
 * index of that compound, or 0. */
static size_t house_named_after(const ll_names_scan *sc, size_t i) {
    const tok *f = &sc->toks[i + 1];
    if (!f->cap || f->sent || f->allcaps || !(f->flags & W_FIRST) ||
        (f->flags & (W_STOP | W_TRIGGER)))
        return 0;
    for (size_t k = i + 2; k < sc->ntoks && k <= i + 6 && joined(sc, k); k++) {
        const tok *t = &sc->toks[k];
        if (!t->cap && !(t->flags & W_PARTICLE))
            return 0;
        if (t->cap && !t->allcaps && !(t->flags & W_SURNAME) &&
            fold_ends_in(sc, t, house_ending, 1, 3))
            return k + 1 < sc->ntoks && joined(sc, k + 1) && sc->toks[k + 1].cap ? 0 : k;
    }
    return 0;
}

/* "het evenement Pieter Bas Festival", "het Kees Jansen Toernooi" (names-dev31): a
 * capitalised event's noun right after capitalised words ends an event's name as a business
 * noun ends a firm's ("Jansen Bouw"); a word of its own, not a part ("Festival-organisator
 * Lotte Verbeek" is a person). */
static int event_noun(const ll_names_scan *sc, size_t i) {
    static const char *const events[] = {"festival", "toernooi", "memorial", "herdenking"};
    const tok *t = &sc->toks[i];
    return t->cap && !t->allcaps && !t->sent && i > 0 && joined(sc, i) && sc->toks[i - 1].cap &&
           fold_in(sc, t, events, N_OF(events));
}

/* "Verpleeghuis Joachim en Anna", "Kerk Petrus en Paulus" (names-dev31): a building's or a
 * business's noun (i) before a capitalised word, "en" and a first name that ends the words
 * (no particle or capital after it: "café Kees en Anna de Vries" is Anna's) is named after
 * the pair; the word after the noun is protected already, the first name is then. */
static void saints_pair(ll_names_scan *sc, size_t i) {
    if (i + 3 >= sc->ntoks || !sc->toks[i + 1].prot || !joined(sc, i + 2) || !joined(sc, i + 3) ||
        sc->toks[i + 2].cap || !fold_is(sc, &sc->toks[i + 2], "en"))
        return;
    const tok *a = &sc->toks[i + 1];
    tok *b = &sc->toks[i + 3];
    const tok *c = i + 4 < sc->ntoks && joined(sc, i + 4) ? &sc->toks[i + 4] : NULL;
    if (a->cap && !a->allcaps && b->cap && !b->allcaps && (b->flags & W_FIRST) && !b->name &&
        !(b->flags & (W_TRIGGER | W_PARTICLE)) &&
        !(c && (c->cap || c->digit || (c->flags & W_PARTICLE))))
        b->prot = 1;
}

/* Word v is a lower-case "van" before the capitalised words of a firm whose noun is word i
 * (v < i): whom the person before it works for, "Elektricien [NAAM] van Ruiter
 * Installatietechniek", "Dhr. [NAAM] van Vos Installatietechniek" (protect() asks what
 * comes before it). */
static int van_firm(const ll_names_scan *sc, size_t v, size_t i) {
    return v + 1 < i && !sc->toks[v].cap && fold_is(sc, &sc->toks[v], "van") && sc->toks[v + 1].cap;
}

/* Word i is a listed place or organisation alone right after a cue for a person and a
 * listed first name, last of the capitalised words: protect() reads it as the surname. */
static int keep_surname(const ll_names_scan *sc, size_t i) {
    const tok *t = &sc->toks[i];
    if (i < 2 || !t->cap || t->allcaps || t->digit || t->dot || t->sfx || t->name ||
        !(t->flags & (W_PLACE | W_ORG)) ||
        (t->flags & (W_STREET | W_STOP | W_COMMON | W_PREP | W_PARTICLE | W_TRIGGER | W_HEAD |
                     W_TITLE | W_HEER | W_SKIP)) ||
        !joined(sc, i) || !joined(sc, i - 1))
        return 0;
    const tok *f = &sc->toks[i - 1], *c = &sc->toks[i - 2];
    if (!f->cap || f->allcaps || f->dot || !(f->flags & W_FIRST) ||
        (f->flags & (W_PLACE | W_ORG | W_PARTICLE | W_STOP | W_TRIGGER)))
        return 0;
    /* a title the keep list holds as an organisation ("Burgemeester", streets are named
     * after) only abbreviated in lower case ("ing.", not the bank) */
    if (!(c->flags & (W_RELATION | W_PTITLE | W_HEER | W_TALK | W_TITLE)) ||
        ((c->flags & W_ORG) && !(c->dot && !c->cap)))
        return 0;
    return !(i + 1 < sc->ntoks && joined(sc, i + 1) &&
             (sc->toks[i + 1].cap || sc->toks[i + 1].digit));
}

/* "Forumpost door Piet_fietsenmaker" (names-dev35): a user name that glues a name to
 * ordinary words in lower case by '_' names a persona, not the person: its words from i on
 * are kept. One that glues a first name to a surname ("kees_de_bakker") or to digits
 * ("Marieke_1980") still names the person, and one after an '@' is read by handle_name. */
static void persona_handle(ll_names_scan *sc, size_t i) {
    const char *s = sc->text;
    size_t j = i, ordinary = 0;
    if (sc->toks[i].start > 0 && s[sc->toks[i].start - 1] == '@')
        return;
    while (j + 1 < sc->ntoks && j - i < 4 && s[sc->toks[j].end] == '_' &&
           sc->toks[j + 1].start == sc->toks[j].end + 1) {
        const tok *u = &sc->toks[++j];
        if (u->cap || u->digit || u->letters < 3 || (u->flags & (W_NAME | W_PARTICLE | W_SKIP)) ||
            common_word(sc, u) != 1)
            return;
        ordinary++;
    }
    /* more parts than read: no persona's */
    if (!ordinary || (j + 1 < sc->ntoks && s[sc->toks[j].end] == '_' &&
                      sc->toks[j + 1].start == sc->toks[j].end + 1))
        return;
    for (size_t k = i; k <= j; k++)
        sc->toks[k].prot = 1;
}

static int is_determiner(const ll_names_scan *sc, const tok *t);

/* "voor Juwelier Van Oers", "bij Slager Jansen" (names-dev39): a shopkeeper's trade
 * capitalised mid-sentence after a lower-case word that is no article and no cue, before a
 * capitalised word or a particle, names the shop as "Bakkerij" does (W_HEAD); in lower
 * case ("de juwelier Jansen") it is the person's. Not "Bakker", the commonest surname. */
static int shop_trade(const ll_names_scan *sc, size_t i) {
    static const char *const trades[] = {
        "juwelier", "slager",   "kapper",       "drogist",      "opticien",    "bloemist",
        "visboer",  "kaasboer", "groenteboer",  "fietsenmaker", "schoenmaker", "slijter",
        "poelier",  "goudsmid", "banketbakker", "horlogemaker"};
    const tok *t = &sc->toks[i];
    if (!t->cap || t->allcaps || t->sent || t->letters < 6 || i == 0 || !joined(sc, i) ||
        i + 1 >= sc->ntoks || !joined(sc, i + 1) ||
        !(sc->toks[i + 1].cap || (sc->toks[i + 1].flags & W_PARTICLE)))
        return 0;
    const tok *p = &sc->toks[i - 1];
    return !p->cap && !p->digit && !(p->flags & W_TRIGGER) && !is_determiner(sc, p) &&
           fold_in(sc, t, trades, N_OF(trades));
}

/* "het Anne Frankhuis", "de Michiel de Ruyterschool" (session 37): a keep-list phrase
 * whose last word a building's ending joins (a house, a museum, a school) names the
 * building after the figure, whom the phrase keeps. Word i holds the phrase's first word
 * (W_PHRASE); buf has room for a phrase. The index after the compound, or 0. */
static size_t figure_compound(const ll_names *nm, const ll_names_scan *sc, size_t i, char *buf) {
    static const char *const ends[] = {"huis", "museum", "school"};
    size_t n = 0;
    for (size_t w = 0; w < LL_NAMES_MAX_PHRASE_WORDS && i + w < sc->ntoks; w++) {
        const tok *u = &sc->toks[i + w];
        if (!u->flen || (w && !joined(sc, i + w)))
            break;
        if (w)
            buf[n++] = ' ';
        const char *f = sc->fold + u->fold;
        for (size_t x = 0; w && u->cap && x < N_OF(ends); x++) {
            size_t el = strlen(ends[x]);
            if (u->flen >= el + 3 && ends_with(f, u->flen, ends[x])) {
                memcpy(buf + n, f, u->flen - el);
                if (flags_of(nm, buf, n + u->flen - el) & W_KEEP_PHRASE)
                    return i + w + 1;
            }
        }
        memcpy(buf + n, f, u->flen);
        n += u->flen;
    }
    return 0;
}

static void protect(const ll_names *nm, ll_names_scan *sc) {
    char buf[LL_NAMES_MAX_PHRASE_WORDS * (LL_NAMES_MAX_WORD_BYTES + 1)];
    for (size_t i = 0; i < sc->ntoks; i++) {
        tok *t = &sc->toks[i];
        if (t->end < sc->text_len && sc->text[t->end] == '_')
            persona_handle(sc, i);
        /* A place alone stays, but may be a surname after a title ("Van Rijswijk"):
         * core_ok decides; organisations and streets are never names. */
        if ((t->flags & W_STREET) || ((t->flags & W_ORG) && !(t->flags & W_RELATION)))
            t->prot = 1;
        /* "de poppenspeler Janneke Rooswinkel" (names-dev31): after a person's cue and a
         * listed first name, a word that only its ending makes a shop, last of the words,
         * is the surname (Boswinkel, Rooswinkel); no shop bears a first name and "-winkel" */
        if (t->sfx && t->flags == W_ORG && t->cap && !t->allcaps && i >= 2 && joined(sc, i) &&
            joined(sc, i - 1) && ends_with(sc->fold + t->fold, t->flen, "winkel") &&
            sc->toks[i - 1].cap && (sc->toks[i - 1].flags & W_FIRST) &&
            !(sc->toks[i - 1].flags & (W_WORD | W_PLACE | W_ORG | W_PARTICLE)) &&
            (sc->toks[i - 2].flags & (W_RELATION | W_PTITLE | W_HEER | W_TALK | W_GREETING)) &&
            !(i + 1 < sc->ntoks && joined(sc, i + 1) &&
              (sc->toks[i + 1].cap || sc->toks[i + 1].digit))) {
            t->flags = 0;
            t->prot = 0;
        }
        /* "trainster Yvette Maas", "beiaardier Marja Heijmans", "ing. Floor Heijmans"
         * (names-dev35, -dev28, -dev26): after a person's cue and a listed first name, one
         * word the keep list holds as a place or an organisation, last of the words, is the
         * surname (Maas, Hoek, Heijmans are common ones); a place or a firm does not follow
         * a role and a first name so */
        if (keep_surname(sc, i)) {
            t->flags = W_SURNAME;
            t->prot = 0;
        }
        /* "Bij Sint Jozef", "de St. Antonius" (names-dev7): a listed first name after a
         * capitalised "Sint" or "St." names a saint, and so the church, school or hospital
         * named after one; no one is called "Sint" as a title */
        if (t->cap && !t->allcaps && i > 0 && joined(sc, i) && (t->flags & W_FIRST) &&
            !(t->flags & (W_PARTICLE | W_TRIGGER)) && sc->toks[i - 1].cap &&
            (fold_is(sc, &sc->toks[i - 1], "sint") ||
             (sc->toks[i - 1].dot && fold_is(sc, &sc->toks[i - 1], "st"))))
            t->prot = 1;
        if (!(t->flags & W_PHRASE))
            continue;
        size_t fig = figure_compound(nm, sc, i, buf);
        for (size_t k = i; k < fig; k++)
            sc->toks[k].prot = 1;
        if (fig)
            continue;
        /* "van den Bosch" is a surname, "Den Bosch" a place: a phrase that
         * opens with a particle in lower case after "van" is no phrase. */
        if ((!t->cap || (t->allcaps && lowerish(sc, t))) && (t->flags & W_PARTICLE) && i > 0 &&
            joined(sc, i) && fold_is(sc, &sc->toks[i - 1], "van") &&
            sc->toks[i - 1].allcaps == t->allcaps)
            continue;
        size_t n = 0, best = 0;
        for (size_t w = 0; w < LL_NAMES_MAX_PHRASE_WORDS && i + w < sc->ntoks; w++) {
            const tok *u = &sc->toks[i + w];
            if (!u->flen || (w && !joined(sc, i + w)))
                break;
            if (w)
                buf[n++] = ' ';
            memcpy(buf + n, sc->fold + u->fold, u->flen);
            n += u->flen;
            if (w && (flags_of(nm, buf, n) & W_KEEP_PHRASE))
                best = w + 1;
        }
        if (best >= 2 && person_before_phrase(sc, i, best))
            continue;
        for (size_t w = 0; w < best; w++)
            sc->toks[i + w].prot = 1;
    }
    for (size_t i = 0; i < sc->ntoks; i++) {
        /* both look at few words: a capitalised one after another, an initial */
        if (sc->toks[i].cap && i > 0 && sc->toks[i - 1].cap)
            org_adjectives(sc, i);
        if ((sc->toks[i].flags & W_HEAD) && !sc->toks[i].cap && i >= 2)
            business_apposition(sc, i);
        if (sc->toks[i].allcaps && ship_prefix(sc, i)) {
            sc->toks[i].flags = W_HEAD;
            sc->toks[i].prot = 1;
        }
        size_t boat = sc->toks[i].allcaps ? fishing_mark(sc, i) : 0;
        for (size_t k = boat; boat && k < boat + 3 && k < sc->ntoks && joined(sc, k) &&
                              sc->toks[k].cap && !sc->toks[k].allcaps;
             k++)
            sc->toks[k].prot = 1;
        spelled_letter(sc, i);
        if (event_noun(sc, i) || shop_trade(sc, i))
            sc->toks[i].flags |= W_HEAD;
        size_t pet = pet_name(sc, i);
        if (!pet && sc->toks[i].sent && sc->toks[i].cap)
            pet = pet_voice(sc, i);
        if (!sc->toks[i].cap && sc->toks[i].flen == 4)
            pets_for_an_owner(sc, i);
        for (size_t k = i + 1; k < pet; k++)
            sc->toks[k].prot = 1;
        if ((sc->toks[i].comma || (i > 0 && sc->toks[i - 1].colon && !sc->toks[i].nl)) &&
            sc->toks[i].cap && !sc->toks[i].allcaps && !sc->toks[i].prot) {
            size_t pets = pets_in_apposition(sc, i);
            for (size_t k = i; k < pets; k++)
                sc->toks[k].prot |= sc->toks[k].cap;
        }
        size_t na = sc->toks[i].cap ? named_after_tail(sc, i) : i;
        for (size_t k = na; k < i + (na < i); k++)
            sc->toks[k].prot = 1;
        size_t qa = sc->quotes ? quoted_after_article(sc, i) : 0;
        if (!qa && sc->quotes)
            qa = quoted_after_brand(sc, i);
        for (size_t k = i + 1; k < qa; k++)
            sc->toks[k].prot = 1;
        size_t lf = sc->toks[i].dot && sc->toks[i].letters == 1 ? legal_form(sc, i) : 0;
        if (lf) {
            for (size_t k = i; k < i + lf; k++)
                sc->toks[k].prot = 1;
            sc->toks[i].flags |= W_HEAD;
        }
        /* "verkleed als Harry Potter en Pippi Langkous" (names-dev30): whom one dresses up as
         * is a character, a costume; the capitalised words after it, and a second after "en"
         * or a comma */
        if (costume_at(sc, i))
            for (size_t k = i + 1, runs = 0; k < sc->ntoks && runs < 3 && joined(sc, k);) {
                size_t e = k;
                while (e < sc->ntoks && e - k < 4 && (e == k || joined(sc, e)) &&
                       (sc->toks[e].cap || ((sc->toks[e].flags & W_PARTICLE) && e > k)))
                    sc->toks[e++].prot = 1;
                if (e == k)
                    break;
                runs++;
                if (e < sc->ntoks && !sc->toks[e].nl && sc->toks[e].comma)
                    k = e;
                else if (e + 1 < sc->ntoks && and_or(sc, &sc->toks[e]) && joined(sc, e))
                    k = e + 1;
                else
                    break;
            }
        /* "Gebr. Van Dam", "Gebroeders Pieters", "Fa. Jansen": brothers' firm, a firm's
         * own name (names-dev27, names-dev32); the particles and capitalised words after
         * it are the firm's */
        if (firm_word(sc, i)) {
            for (size_t k = i + 1; k < sc->ntoks && k <= i + 4; k++) {
                tok *q = &sc->toks[k];
                if (!(q->plain || (k == i + 1 && q->dotsep)) || q->nl ||
                    !(q->cap || (q->flags & W_PARTICLE)))
                    break;
                q->prot = 1;
            }
            sc->toks[i].prot = 1;
        }
        /* "basisschool De Regenboog", "café De Gouden Leeuw", "metrostation De
         * Akkers": capitalised words after a building's or a business's noun;
         * "Stadswinkel Alexander", "Wijkteam Noord": after an organisation's. */
        if ((sc->toks[i].flags & W_HEAD) || building_compound(sc, &sc->toks[i]) ||
            ((sc->toks[i].flags & W_ORG) && !(sc->toks[i].flags & (W_TRIGGER | W_NAME)) &&
             sc->toks[i].cap)) {
            /* "Het Huis van de Wijk": a capitalised noun mid-sentence is part of a
             * proper name and takes "van" and what follows ("de kapsalon van Yasmin"
             * is hers; "Kapsalon van Yasmin" opening a sentence too). */
            const tok *h = &sc->toks[i];
            int proper = h->cap && !h->allcaps &&
                         (!h->sent || (i > 0 && joined(sc, i) && sc->toks[i - 1].cap));
            /* "advocatenkantoor Kramer & Ouali" (names-dev34): after a firm's noun its
             * partners' names joined by an '&' are the firm's as well */
            for (size_t k = i + 1;
                 k < sc->ntoks && k <= i + 4 &&
                 (joined(sc, k) || (k > i + 1 && (h->flags & W_HEAD) && sc->toks[k].amp &&
                                    sc->toks[k].cap && !sc->toks[k].nl));
                 k++) {
                tok *q = &sc->toks[k];
                if (!q->cap && !(q->flags & W_PARTICLE))
                    break;
                /* "de kapsalon van Yasmin" is hers; but "basisschool Joost van den
                 * Vondel", "Toneelvereniging Jan van Dijk": after the noun and a
                 * capitalised first name, "van", particles and a capitalised word are the
                 * rest of the person's name it is named after */
                if (!q->cap && fold_is(sc, q, "van") && !proper && !head_first_van(sc, i, k))
                    break;
                /* "via WhatsApp van Jan Jansen:" (names-dev21): after an organisation,
                 * a channel or a brand (no building's noun), "van" and a listed first
                 * name that is no word say from whom */
                if (!q->cap && fold_is(sc, q, "van") && !(h->flags & W_HEAD) && k + 1 < sc->ntoks &&
                    joined(sc, k + 1) && sc->toks[k + 1].cap && (sc->toks[k + 1].flags & W_FIRST) &&
                    !(sc->toks[k + 1].flags & (W_WORD | W_KEEP | W_COMMON)))
                    break;
                q->prot = 1;
            }
            saints_pair(sc, i);
        }
        /* "woont in het Dr. Schaepmanhuis" (names-dev21): "het" before a title names
         * a building after the titled person; a person takes no "het" (a listed name
         * after the title is one: "ik heb het Dr. Jansen gevraagd"). So does a "Het"
         * that opens a sentence ("Het Dr. Sarphatihuis is dicht", names-dev22): no
         * sentence starts with "het" before a person. */
        if (het_opens(sc, i) && i + 2 < sc->ntoks && joined(sc, i + 1) && sc->toks[i + 1].cap &&
            (sc->toks[i + 1].flags & W_TITLE) && joined(sc, i + 2) && sc->toks[i + 2].cap &&
            !sc->toks[i + 2].allcaps && !(sc->toks[i + 2].flags & W_NAME)) {
            for (size_t k = i + 1;
                 k < sc->ntoks && k <= i + 3 && joined(sc, k) && (k == i + 1 || sc->toks[k].cap);
                 k++)
                sc->toks[k].prot = 1;
        }
        /* "de Van Nelle", "het Van Gogh": an article before a capitalised "Van",
         * "Ten", "Ter" mid-sentence names a building or a business after its
         * founder; a person takes a title there ("de heer Van Dijk"). */
        if (!sc->toks[i].cap &&
            (fold_is(sc, &sc->toks[i], "de") || fold_is(sc, &sc->toks[i], "het")) &&
            i + 2 < sc->ntoks && joined(sc, i + 1) && sc->toks[i + 1].cap &&
            !sc->toks[i + 1].sent && !sc->toks[i + 1].allcaps &&
            (fold_is(sc, &sc->toks[i + 1], "van") || fold_is(sc, &sc->toks[i + 1], "ten") ||
             fold_is(sc, &sc->toks[i + 1], "ter"))) {
            size_t p = skip_particles(sc, i + 1, i + 1);
            if (p < sc->ntoks && joined(sc, p) && sc->toks[p].cap) {
                for (size_t k = i + 1; k <= p; k++)
                    sc->toks[k].prot = 1;
                for (size_t k = p + 1;
                     k < sc->ntoks && k <= p + 2 && joined(sc, k) && sc->toks[k].cap; k++)
                    sc->toks[k].prot = 1;
            }
        }
        /* "bij de Kees Boeke", "het Willem de Kooning", "de Piet Hein": mid-sentence, an
         * article before a first name and more of a name names a school, a building, a
         * shop or a ship after a person; a person takes a title there ("de heer
         * Boeke"). Not after a trigger or a particle ("mijn buurman de Roos", "Jansen
         * van de Kerkstraat") other than a lower-case in, op, te, prepositions there
         * ("zit op de Anne Frank"); not a first name that is also a surname ("de Roos"). */
        if ((het_opens(sc, i) || (!sc->toks[i].cap && fold_is(sc, &sc->toks[i], "de"))) &&
            i + 2 < sc->ntoks && joined(sc, i + 1) && joined(sc, i + 2) && !het_after_name(sc, i) &&
            !het_subject(sc, i)) {
            tok *f = &sc->toks[i + 1];
            size_t p = skip_particles(sc, i + 2, i + 2);
            if (f->cap && !f->sent && !f->allcaps && (f->flags & W_FIRST) &&
                !(f->flags & (W_SURNAME | W_STOP | W_TRIGGER)) && p < sc->ntoks &&
                (p == i + 2 || joined(sc, p)) && sc->toks[p].cap && !sc->toks[p].allcaps) {
                for (size_t k = i + 1; k <= p; k++)
                    sc->toks[k].prot = 1;
                for (size_t k = p + 1;
                     k < sc->ntoks && k <= p + 2 && joined(sc, k) && sc->toks[k].cap; k++)
                    sc->toks[k].prot = 1;
            }
        }
        /* "verhuisd van Vliet naar Rotterdam", "van Rozendaal naar Schiedam": from one
         * place to another, the capitalised word between a lower-case "van" and "naar"
         * is a place when a place follows "naar" ("een mail van Jansen naar Woonstad"
         * is from a person). */
        if (!sc->toks[i].cap && fold_is(sc, &sc->toks[i], "van") && i + 3 < sc->ntoks &&
            joined(sc, i + 1) && joined(sc, i + 2) && joined(sc, i + 3) && !sc->toks[i + 2].cap &&
            fold_is(sc, &sc->toks[i + 2], "naar") && sc->toks[i + 3].cap &&
            (sc->toks[i + 3].flags & (W_PLACE | W_PLACE_SFX | W_STREET)) &&
            !(sc->toks[i + 3].flags & W_ORG)) {
            tok *f = &sc->toks[i + 1];
            if (f->cap && !f->allcaps && !f->digit && !(f->flags & (W_FIRST | W_STOP | W_TRIGGER)))
                f->prot = 1;
        }
        /* "op de Magdalena", "over de Zandbergen", "aan de Driessen": a lower-case
         * preposition of place and "de" before one capitalised word that is a first name
         * (a person takes no "de") or a long surname that is no word (the surnames that
         * take "de" are words: de Jong, de Vries, de Graaf): a street, a building or a
         * ship named so. */
        if (!sc->toks[i].cap && fold_is(sc, &sc->toks[i], "de") && i > 0 && i + 1 < sc->ntoks &&
            joined(sc, i) && joined(sc, i + 1) && !sc->toks[i - 1].cap &&
            (sc->toks[i - 1].flags & W_PREP) && !(sc->toks[i - 1].flags & W_TRIGGER)) {
            tok *f = &sc->toks[i + 1];
            int alone = !(i + 2 < sc->ntoks && joined(sc, i + 2) && sc->toks[i + 2].cap);
            if (alone && f->cap && !f->sent && !f->allcaps && !f->digit &&
                !(f->flags & (W_STOP | W_TRIGGER | W_TITLE | W_PARTICLE)) &&
                (((f->flags & W_FIRST) && !(f->flags & W_SURNAME)) ||
                 ((f->flags & W_SURNAME) && !(f->flags & (W_WORD | W_FIRST)) && f->letters >= 8)))
                f->prot = 1;
        }
        /* "in het Antonius", "het Sophia": mid-sentence, "het" before a first name
         * alone names a hospital, a school or a building after a saint or a person;
         * a person never takes "het" (the guards as above, but "in het" and "op het"
         * are prepositions unless a name comes before them: "Petra in het Veld"). */
        if (!sc->toks[i].cap && fold_is(sc, &sc->toks[i], "het") && i + 1 < sc->ntoks &&
            joined(sc, i + 1) && !het_after_name(sc, i) && !het_subject(sc, i)) {
            tok *f = &sc->toks[i + 1];
            if (f->cap && !f->sent && !f->allcaps && (f->flags & W_FIRST) &&
                !(f->flags & (W_STOP | W_TRIGGER)))
                f->prot = 1;
        }
        /* "van het Abraham Kuyperhuis": the house's ending tells it from a surname's "van
         * het" ("Petra van het Hof"), not after a capitalised word ("Jan van het ...") */
        if (!sc->toks[i].cap && fold_is(sc, &sc->toks[i], "het") && i + 1 < sc->ntoks &&
            joined(sc, i + 1) && !(i > 0 && joined(sc, i) && sc->toks[i - 1].cap)) {
            size_t hk = house_named_after(sc, i);
            for (size_t k = i + 1; hk && k <= hk; k++)
                sc->toks[k].prot = 1;
        }
        /* "Laan van Nieuw Oost", "Laan vd Meer", "Hof van Wouw": a capitalised
         * street word, particles and capitalised words are one street. */
        if (street_first(sc, i) || after_postcode(sc, i))
            continue;
        /* "Bergse Dijk", "Grote Markt", "Oude Haven": a street word alone after
         * a capitalised adjective is a street. */
        if (is_street_word(sc, i) || before_house_number(sc, i))
            sc->toks[i].flags |= W_STREET, sc->toks[i].prot = 1;
        /* "Maasstad Ziekenhuis", "Willem de Kooning Academie": a capitalised head
         * ends the name like a street suffix. */
        if (!(sc->toks[i].flags & (W_STREET | W_HEAD)))
            continue;
        /* "Pieter de Hoochweg", "Dr. Zamenhofstraat", "Van der Takstraat", "G.J. de
         * Jonghweg"; but in "Jansen van de Kerkstraat" van de means "from the". In
         * text written in lower case a listed name leads to a lower-case street too
         * ("op de jan evertsenplaats"). Words that a person's title, a relation, a
         * greeting or "gesproken met" opens are the person before the address, not
         * the street's ("Mw Jansen Kerkstraat 12", "mw jansen kerkstraat 12"). */
        size_t run[4], nrun = 0;
        int person = 0;
        /* "Vermeulen & Van Rijn Advocaten": an '&' joins the owners' names before a
         * business noun. */
        int amp_ok = (sc->toks[i].flags & W_HEAD) && sc->toks[i].cap;
        for (size_t k = i, steps = 0;
             k > 0 && steps < 4 && (joined(sc, k) || (amp_ok && sc->toks[k].amp)); k--, steps++) {
            tok *p = &sc->toks[k - 1];
            /* "namens Visser Installatietechniek", "Aannemer Van Dam Bouw": a firm
             * answers to a relation word as its owner would; only a person's title
             * makes the owner's name a person's before a business's noun */
            if ((p->flags & W_RELATION) && !(p->flags & (W_PTITLE | W_HEER)) &&
                (sc->toks[i].flags & W_HEAD) && sc->toks[i].cap && k < i)
                break;
            if (p->flags & (W_PTITLE | W_HEER | W_RELATION | W_GREETING | W_TALK) ||
                (p->flags & W_TITLE && !p->cap) ||
                (fold_is(sc, p, "met") && k > 1 && joined(sc, k - 1) &&
                 (sc->toks[k - 2].flags & (W_TALK | W_GREETING)))) {
                /* "mijn buurman van Lange Horst 8": a lower-case "van" right after a
                 * relation word says where someone lives, as in from_whom() */
                person = !(p->flags & W_STREET) && !((p->flags & W_RELATION) && !sc->toks[k].cap &&
                                                     fold_is(sc, &sc->toks[k], "van"));
                break;
            }
            if (!p->cap && !(p->flags & W_PARTICLE) && (sc->toks[i].cap || !(p->flags & W_NAME)) &&
                !grave_a(sc, p))
                break;
            /* "Freek Oudeman van Woonstichting Jan Spierdijk": no street's name holds an
             * organisation's noun; the words before it are someone else's */
            if ((p->flags & W_ORG) && !(p->flags & (W_TITLE | W_NAME | W_PLACE)) &&
                (sc->toks[i].flags & W_STREET))
                break;
            /* "Fatima's school": her school, not one named after her */
            if (p->flen > 2 && sc->fold[p->fold + p->flen - 2] == '\'' &&
                sc->fold[p->fold + p->flen - 1] == 's')
                break;
            if (!p->cap && fold_is(sc, p, "van") && k < i &&
                (fold_is(sc, &sc->toks[k], "de") || fold_is(sc, &sc->toks[k], "het")))
                break;
            /* "ik ben Lars de Groot van Stichting Buurtwerk Delfshaven": right before a
             * building's or an organisation's noun a lower-case "van" says whom someone
             * works for; no such name ends in it ("Pieter van Vollenhovenstraat" is one
             * word). A building's compound is such a noun too when a capitalised name of
             * its own follows it ("Sjef Coenen van Hoorcentrum Maasland", names-dev36; "de
             * Vincent van Goghschool" is named after him). */
            if (!p->cap && fold_is(sc, p, "van") &&
                ((sc->toks[k].flags & W_HEAD) ||
                 (building_compound(sc, &sc->toks[k]) && k + 1 < sc->ntoks && joined(sc, k + 1) &&
                  sc->toks[k + 1].cap)))
                break;
            /* "Elektricien Gijs Ruiter van Ruiter Installatietechniek": a lower-case "van"
             * after a full name, a listed first name and a capitalised word that is no
             * first name, says whom that person works for; the firm starts after it ("Jan
             * Willem van Dijk Bouw" keeps its owner's names whole) */
            if (van_firm(sc, k - 1, i) && k >= 3 && joined(sc, k - 1) && joined(sc, k - 2) &&
                sc->toks[k - 2].cap && !sc->toks[k - 2].allcaps &&
                !(sc->toks[k - 2].flags & (W_FIRST | W_PARTICLE)) && sc->toks[k - 3].cap &&
                (sc->toks[k - 3].flags & W_FIRST) &&
                !(sc->toks[k - 3].flags & (W_PARTICLE | W_STOP | W_TRIGGER)))
                break;
            if (p->flags & W_STOP)
                break;
            if (!p->prot)
                run[nrun++] = k - 1;
            p->prot = 1;
        }
        /* "De monteur, Youssra Rietkerk, kwam": words set off by a comma after a relation
         * noun are a person's, as after a relation word */
        if (!person && nrun && run[nrun - 1] > 0 && sc->toks[run[nrun - 1]].comma &&
            apposition_noun(sc, run[nrun - 1] - 1))
            person = 1;
        /* "bewoner Willem Ruyslaan klaagt": a listed first name and one word ending in
         * "-laan", no house number after it, is a street named after a person (a
         * one-word surname hardly ends in "-laan"; see below) */
        if (person && nrun == 1 && run[0] + 1 == i && sc->toks[run[0]].cap &&
            (sc->toks[run[0]].flags & W_FIRST) && sc->toks[i].cap && sc->toks[i].sfx &&
            sc->toks[i].flags == W_STREET &&
            ends_with(sc->fold + sc->toks[i].fold, sc->toks[i].flen, "laan") &&
            !(i + 1 < sc->ntoks && joined(sc, i + 1) && sc->toks[i + 1].digit))
            person = 0;
        /* "Dhr. Vos van Vos Installatietechniek": after a person's title a lower-case
         * "van" before a capitalised word and a firm's noun says whom the person works
         * for; the words after it stay the firm's */
        size_t firm = 0;
        if (person && (sc->toks[i].flags & W_HEAD) && sc->toks[i].cap)
            for (size_t r = 0; r < nrun && !firm; r++)
                if (van_firm(sc, run[r], i) && r + 1 < nrun)
                    firm = r;
        for (size_t r = firm; person && r < nrun; r++)
            sc->toks[run[r]].prot = 0;
        /* "namens Tessa Oudendijk van de VvE", "mijn buurman Jan Hoogendijk": in a
         * person's words a listed first name and one unlisted word with a street
         * ending that surnames have, no house number after it, is the surname; not
         * "-laan" (above). Also before a full stop ("met schrijfster Mirjam Oldenhof.",
         * names-dev32): a whole suffix is no abbreviation. */
        tok *t = &sc->toks[i];
        /* "Greet Hulshof leverde de petitie in" (session 36): no cue before, but the two open
         * the sentence and a verb that only a person does comes after them; a street lies,
         * is closed or gets fixed */
        if (!person && nrun == 1 && run[0] + 1 == i && sc->toks[run[0]].sent && i + 1 < sc->ntoks &&
            joined(sc, i + 1) && person_verb(sc, &sc->toks[i + 1]) &&
            (sc->toks[run[0]].flags & W_FIRST)) {
            person = 1;
            sc->toks[run[0]].prot = 0; /* the run's words were kept above as the street's */
        }
        if (person && nrun == 1 && run[0] + 1 == i && t->cap && !t->allcaps && t->sfx &&
            t->flags == W_STREET && (!t->dot || t->letters >= 6) && surname_street_suffix(sc, t) &&
            !ends_with(sc->fold + t->fold, t->flen, "laan") && (sc->toks[run[0]].flags & W_FIRST) &&
            sc->toks[run[0]].cap && !(sc->toks[run[0]].flags & (W_WORD | W_PLACE | W_ORG)) &&
            !(i + 1 < sc->ntoks && joined(sc, i + 1) && sc->toks[i + 1].digit)) {
            t->flags = 0;
            t->prot = 0;
        }
    }
    /* "Wonen & Zorg", "Verbeek & Partners", "Jansen & Zonen": persons are joined
     * by "en", firms by an '&'; a capitalised word after it that no name list
     * holds makes the pair a firm's name. Not after a first name or before one
     * ("Piet & Tineke" sign a letter) nor after a person's title. */
    for (size_t i = 1; i < sc->ntoks; i++) {
        tok *t = &sc->toks[i], *p = &sc->toks[i - 1];
        if (!t->amp || !t->cap || !p->cap || (t->flags & (W_NAME | W_TITLE | W_HEER)) ||
            (p->flags & (W_FIRST | W_TITLE | W_PTITLE | W_HEER)) ||
            (i > 1 && joined(sc, i - 1) && (sc->toks[i - 2].flags & (W_PTITLE | W_HEER))))
            continue;
        t->prot = p->prot = 1;
    }
}

/* "de consulent van Werk & Inkomen", "mijn buurman van hiernaast": after a
 * relation word a lower-case "van" says where someone is from; it starts a
 * surname only before a listed one ("mijn buurman van Dijk"). */
static int from_whom(const ll_names_scan *sc, size_t st, int rule) {
    if (rule != LL_NAME_RELATION || sc->toks[st].cap || !fold_is(sc, &sc->toks[st], "van"))
        return 0;
    size_t p = skip_particles(sc, st, st);
    if (p >= sc->ntoks || !(sc->toks[p].flags & W_SURNAME))
        return 1;
    /* "de eigenaar van de boot", "de man van het groen" (session 36, left by names25): where
     * sentences start with capitals, a listed surname in lower case after "van de" or "van
     * het" that the word list knows as an ordinary word is that word, the thing someone is
     * of; written with its capital ("van de Boot") or in text all in lower case it is the
     * surname */
    const tok *c = &sc->toks[p];
    return p == st + 2 && !c->cap && !sc->sloppy && !sc->toks[st + 1].cap &&
           (fold_is(sc, &sc->toks[st + 1], "de") || fold_is(sc, &sc->toks[st + 1], "het")) &&
           !(c->flags & W_FIRST) && common_word(sc, c) == 1;
}

/* Word k right after a person's title ends like a street but is the surname
 * ("Mevrouw Oosterbaan", "dhr. Hoogendijk"): a capitalised word that no list
 * keeps, with a suffix that surnames have, and no house number after it.
 * Returns the index after the name, or k. */
static size_t street_surname(const ll_names_scan *sc, size_t k) {
    const tok *t = &sc->toks[k];
    if (!t->cap || t->allcaps || t->digit || !(t->flags & W_STREET) || t->dot ||
        (t->flags & (W_ORG | W_PLACE | W_KEEP_PHRASE | W_SKIP)) || t->name)
        return k;
    if (k + 1 < sc->ntoks && joined(sc, k + 1) && sc->toks[k + 1].digit)
        return k;
    return surname_street_suffix(sc, t) ? extend(sc, k + 1, LV_TITLE, 1) : k;
}

/* Word k, right after a person's title ("dhr.", "mevrouw", not "Burgemeester"
 * or "Prins", which streets are named after), is a listed place alone: a
 * surname ("dhr. Hoogvliet", "mevrouw Bergschenhoek"); no street or place is
 * named "Mevrouw X". Returns the index after the name, or k. */
static size_t place_surname(const ll_names_scan *sc, size_t k) {
    const tok *t = &sc->toks[k];
    if (!t->cap || t->allcaps || t->digit || t->dot || !(t->flags & W_PLACE) ||
        (t->flags & (W_ORG | W_STREET | W_KEEP_PHRASE | W_SKIP | W_STOP | W_COMMON)) || t->name ||
        t->prot)
        return k;
    if (k + 1 < sc->ntoks && joined(sc, k + 1) && (sc->toks[k + 1].digit || sc->toks[k + 1].cap))
        return k;
    return k + 1;
}

/* Word k, right after a person's title, is a listed organisation alone: a
 * surname ("dhr. Erasmus belt", "mw. Laurens"); no organisation is called
 * "Meneer X". Not before more capitalised words or a number. Returns the
 * index after the name, or k. */
static size_t org_surname(const ll_names_scan *sc, size_t k) {
    const tok *t = &sc->toks[k];
    if (!t->cap || t->allcaps || t->digit || t->dot || !(t->flags & W_ORG) ||
        (t->flags & (W_STREET | W_SKIP | W_STOP | W_COMMON)) || t->name)
        return k; /* the keep list protects it (prot); the title outweighs that here */
    if (k + 1 < sc->ntoks && joined(sc, k + 1) && (sc->toks[k + 1].digit || sc->toks[k + 1].cap))
        return k;
    /* "de heer Ad van Gils" (names-dev29): the name goes on after the word, particles and a
     * surname, as any name after a title does (the newspaper AD is no first name) */
    return extend(sc, k + 1, LV_TITLE, 1);
}

/* "sr", "jr": after a name, part of it ("dhr. H. van den Heuvel sr."). */
static int is_senior(const ll_names_scan *sc, const tok *t) {
    return fold_is(sc, t, "sr") || fold_is(sc, t, "jr");
}

static int dutch(ll_names_scan *sc);

/* Words j-1 and j are one word of an address written with '.' or '_' between them and
 * nothing else ("jan.devries", "gmail.com"). */
static int addr_joined(const ll_names_scan *sc, size_t j) {
    const char *s = sc->text;
    return j > 0 && j < sc->ntoks && sc->toks[j].start == sc->toks[j - 1].end + 1 &&
           (s[sc->toks[j - 1].end] == '.' || s[sc->toks[j - 1].end] == '_');
}

/* An e-mail address read out, as call notes write it down: "jan punt devries at gmail
 * punt com", "jandevries apenstaartje hotmail punt nl", "j.devries @ ziggo punt nl".
 * core/mask.c masks only written addresses. At word i the domain starts (at_word: word
 * i-1 is "at" or "apenstaartje", else a lone '@' stands before word i); it runs to a
 * top-level domain by "punt", "dot" or a written dot. The local part before it is words
 * joined by spoken separators (punt, streepje, underscore, liggend streepje), written
 * dots and underscores, and particles ("jan punt de vries"). It is the person's when one
 * of its words is a name (found or listed), or a word that is no ordinary word ("devries",
 * "khatib123"; in a Dutch text): as much of the name as "jan". A mailbox of ordinary words ("info",
 * "klachten at gemeente punt nl") names a desk, and the domain a provider: they stay.
 * Returns the index after the domain, or 0 when there is no such address. */
static __attribute__((noinline)) size_t spoken_address(ll_names_scan *sc, size_t i, int at_word) {
    static const char *const dots[] = {"punt", "dot"};
    static const char *const seps[] = {"punt", "dot", "streepje", "underscore", "liggend"};
    static const char *const tlds[] = {"com", "nl", "net", "org", "be", "eu", "info", "de", "nu"};
    /* mailboxes that name no one, which the word list does not hold */
    static const char *const desks[] = {"noreply",  "webmaster",   "postmaster",
                                        "helpdesk", "servicedesk", "admin"};
    size_t n = sc->ntoks, at = at_word ? i - 1 : i;
    if (at == 0 || i + 1 >= n || (at_word && !joined(sc, i)))
        return 0;
    /* the domain: a word, then (punt word | .word)* ending in a top-level domain */
    size_t d = i + 1, parts = 0;
    /* a separator read out, a written one inside the mailbox or a digit: an address, not a
     * preposition's object ("Jake works at Booking.com") */
    int shaped = 0;
    while (d < n && d - i < LL_NAMES_MAX_WORDS) {
        if (addr_joined(sc, d)) {
            d++;
        } else if (d + 1 < n && joined(sc, d) && joined(sc, d + 1) &&
                   fold_in(sc, &sc->toks[d], dots, N_OF(dots))) {
            d += 2;
            shaped = 1;
        } else {
            break;
        }
        parts++;
        if (fold_in(sc, &sc->toks[d - 1], tlds, N_OF(tlds)) &&
            !(d < n && (addr_joined(sc, d) || (d + 1 < n && joined(sc, d) && joined(sc, d + 1) &&
                                               fold_in(sc, &sc->toks[d], dots, N_OF(dots))))))
            break;
    }
    if (!parts || !fold_in(sc, &sc->toks[d - 1], tlds, N_OF(tlds)) || sc->toks[i].digit)
        return 0;
    /* back over the local part from the word before "at" */
    size_t e = at_word ? at : i, a = e - 1;
    if (!at_word && !(sc->toks[e].start > sc->toks[a].end)) /* "@" between, with blanks */
        return 0;
    if (at_word && !joined(sc, at))
        return 0;
    while (a > 0 && e - a < LL_NAMES_MAX_WORDS) {
        const tok *pv = &sc->toks[a - 1];
        if (addr_joined(sc, a)) {
            a--;
            shaped = 1;
            continue;
        }
        if (!joined(sc, a))
            break;
        if ((pv->flags & W_PARTICLE) && !pv->cap && a >= 2 && joined(sc, a - 1) &&
            fold_in(sc, &sc->toks[a - 2], seps, N_OF(seps))) {
            a--; /* "jan punt de vries" */
            shaped = 1;
            continue;
        }
        size_t q = a; /* one or two separator words ("liggend streepje"), then a word */
        while (q > 0 && a - q < 2 && joined(sc, q) &&
               fold_in(sc, &sc->toks[q - 1], seps, N_OF(seps)))
            q--;
        if (q == a || q == 0 || !joined(sc, q) || fold_in(sc, &sc->toks[q - 1], seps, N_OF(seps)))
            break;
        a = q - 1;
        shaped = 1;
    }
    int rule = -1, unknown = 0;
    for (size_t k = a; k < e; k++) {
        const tok *u = &sc->toks[k];
        if (u->name)
            rule = u->name - 1;
        else if (rule < 0 && (u->flags & W_NAME) && !u->prot &&
                 !(u->flags & (W_STOP | W_COMMON | W_PARTICLE | W_SKIP)))
            rule = (u->flags & W_FIRST) ? LL_NAME_FIRST : LL_NAME_SURNAME;
        else if (!(u->flags & (W_SKIP | W_PARTICLE)) && !fold_in(sc, u, seps, N_OF(seps)) &&
                 !fold_in(sc, u, desks, N_OF(desks)))
            unknown |= u->digit || common_word_of(sc, u, 1) == 0;
        shaped |= u->digit;
    }
    /* a word no list holds names a mailbox only in an address so shaped, in a Dutch text
     * (in English "at" is a preposition) */
    if (rule < 0 && (!unknown || !shaped || !dutch(sc)))
        return 0;
    for (size_t k = a; k < e; k++) {
        sc->toks[k].prot = 0;
        sc->toks[k].flags |= W_ADDR;
    }
    mark(sc, a, e, rule < 0 ? LL_NAME_SURNAME : rule);
    return d;
}

/* Word t may be one of a capitalised pair a found name vouches for (and_more): in
 * normal case, no keep, function word or trigger, no place's or street's ending, and
 * either listed as kind (W_FIRST or W_SURNAME) and no listed word, or no ordinary word
 * to the word list ("Liesbeth", "Brinkman", "Sébastien"; not "Grote", "Markt"). */
static int pair_word(const ll_names_scan *sc, const tok *t, uint32_t kind) {
    if (!t->cap || t->allcaps || t->sent || t->prot || t->name || t->digit || t->dot ||
        t->letters < 2 || t->sfx ||
        (t->flags & (W_KEEP | W_HEAD | W_COMMON | W_WORD | W_STOP | W_TRIGGER | W_PARTICLE |
                     W_TITLE | W_HEER | W_SKIP | W_PLACE_SFX | W_ENGLISH | W_PREP | W_FIELD)))
        return 0;
    return (t->flags & kind) || common_word(sc, t) == 0;
}

/* What a found name takes after it: "sr."/"jr.", and "en" with one more
 * capitalised word that no list knows as anything but possibly a name
 * ("groetjes van Priya en Raj"): a name found by context or a first name
 * vouches for its partner. Not after a surname found on the lists alone
 * ("Jansen en Zonen"), not a listed place, organisation, street, word, or
 * the first word of a sentence, nor a word before more capitalised words. */
static int same_word(const ll_names_scan *sc, const tok *a, const tok *b);
static void and_more(ll_names_scan *sc) {
    size_t n = sc->ntoks;
    for (size_t k = 0; k + 1 < n; k++) {
        if (!sc->toks[k].name || sc->toks[k + 1].name || !joined(sc, k + 1))
            continue;
        uint8_t rule = sc->toks[k].name;
        tok *a = &sc->toks[k + 1];
        if (is_senior(sc, a) && !a->prot) {
            a->name = rule;
            continue;
        }
        /* "Stijn of Kjeld": who is not sure which of two names, names both; a surname of
         * two words or more on the lists alone ("Costa Ferreira") vouches for a pair after
         * it, not for one word ("Jansen en Zonen") */
        int on_lists = rule == 1 + LL_NAME_SURNAME;
        int one_word = !(k > 0 && sc->toks[k - 1].name && joined(sc, k));
        if ((on_lists && one_word) || a->cap || !(fold_is(sc, a, "en") || fold_is(sc, a, "of")) ||
            k + 2 >= n || !joined(sc, k + 2))
            continue;
        /* "bij Aaltje of bij Fokke", "met Jan en met Kees": the preposition before the first
         * name said again before the second (names-dev34) */
        size_t bi = k + 2;
        if (bi + 1 < n && (sc->toks[bi].flags & W_PREP) && !sc->toks[bi].cap &&
            joined(sc, bi + 1)) {
            size_t st = k;
            while (st > 0 && sc->toks[st - 1].name && joined(sc, st))
                st--;
            if (st > 0 && joined(sc, st) && same_word(sc, &sc->toks[st - 1], &sc->toks[bi]))
                bi++;
        }
        tok *b = &sc->toks[bi];
        /* a dot after three letters or more ends the sentence ("... en Olsthoorn.") */
        if (!b->cap || b->allcaps || b->sent || b->prot || b->name || b->digit ||
            (b->dot && b->letters < 3) || b->letters < 2 ||
            (b->flags & (W_KEEP | W_HEAD | W_COMMON | W_WORD | W_STOP | W_TRIGGER | W_PARTICLE |
                         W_TITLE | W_HEER | W_SKIP)))
            continue;
        /* a word that ends like a place only after a title ("families Peeters en
         * Olsthoorn"), as core_ok takes one ("mevrouw Hoogkerk") */
        if ((b->flags & W_PLACE_SFX) && rule != 1 + LL_NAME_TITLE)
            continue;
        if (bi + 1 < n && joined(sc, bi + 1) && sc->toks[bi + 1].cap) {
            /* "Maarten en Liesbeth Brinkman", "[NAAM] en Sébastien Laurent": a second
             * person told beside the first as a capitalised pair, first name and surname,
             * that no list need know; each word is no ordinary word (or is listed as a
             * name) and the pair ends there ("Jan en Albert Heijn Zuid", "Jan en Vos
             * Installatietechniek", "Jan en Hoge Weg 3" stay); the surname may be a listed
             * one that is also a word, as in pair_at ("[NAAM] en Trees Kok", names-dev36) */
            const tok *c = &sc->toks[bi + 1];
            if (!pair_word(sc, b, W_FIRST) ||
                (!pair_word(sc, c, W_SURNAME) &&
                 (c->allcaps || c->prot || c->name || (c->dot && c->letters < 3) ||
                  !(c->flags & W_SURNAME) ||
                  (c->flags & (W_KEEP | W_COMMON | W_HEAD | W_STOP | W_TRIGGER)))) ||
                (bi + 2 < n && joined(sc, bi + 2) &&
                 (sc->toks[bi + 2].cap || sc->toks[bi + 2].digit)))
                continue;
            b->name = rule;
            sc->toks[bi + 1].name = rule;
            k = bi + 1;
            continue;
        }
        if (on_lists)
            continue;
        b->name = rule;
        k = bi;
    }
    /* "wij zijn Aigerim en Nurlan" (names-dev34): the same the other way round, one word no
     * list holds (and no ordinary word: pair_word) before "en" or "of" and a listed first
     * name found; not after a preposition of place ("uit Almaty en Nurlan") */
    static const char *const place_preps[] = {"in",    "uit",      "vanuit", "te",    "nabij",
                                              "vanaf", "richting", "naar",   "op",    "via",
                                              "langs", "over",     "rond",   "tussen"};
    for (size_t k = 3; k < n; k++) {
        const tok *f = &sc->toks[k];
        if (!f->name || f->name == 1 + LL_NAME_SURNAME || !(f->flags & W_FIRST) || !joined(sc, k) ||
            !joined(sc, k - 1) || !and_or(sc, &sc->toks[k - 1]))
            continue;
        tok *x = &sc->toks[k - 2], *p = &sc->toks[k - 3];
        if (!pair_word(sc, x, W_FIRST) || x->sfx ||
            (joined(sc, k - 2) &&
             (p->cap || p->name || fold_in(sc, p, place_preps, N_OF(place_preps)))))
            continue;
        x->name = f->name;
    }
}

/* "het water van de Maas", "de kade van de Brink" (session 36): a lower-case "van de" or "van
 * het" (words i..p-1) after a lower-case ordinary noun, before a listed place, is "of the"
 * and the place; a place that is also a surname reads as one after a name or a cue ("Jan
 * van de Maas", "mevrouw van de Brink"), not after a thing's noun. */
static int genitive_place(const ll_names_scan *sc, size_t i, size_t p) {
    if (p != i + 2 || p >= sc->ntoks || i == 0 || !joined(sc, i) || !joined(sc, i + 1) ||
        !joined(sc, p))
        return 0;
    const tok *q = &sc->toks[i - 1], *v = &sc->toks[i], *d = &sc->toks[i + 1], *c = &sc->toks[p];
    if (v->cap || d->cap || !fold_is(sc, v, "van") ||
        !(fold_is(sc, d, "de") || fold_is(sc, d, "het")))
        return 0;
    if (!c->cap || c->allcaps || !(c->flags & W_PLACE) || c->name || c->prot)
        return 0;
    /* the noun before: in lower case (or opening the sentence: "Stank van de Maas"), an
     * ordinary word, no cue for a person */
    return (!q->cap || (q->sent && !q->allcaps)) && !q->digit && !q->name && q->letters >= 3 &&
           !(q->flags &
             (W_TRIGGER | W_STOP | W_PARTICLE | W_PREP | W_FIRST | W_FIELD | W_TITLE | W_SKIP)) &&
           common_word(sc, q) == 1;
}

/* Word i is a surname on the lists alone right after "in", "uit", "vanuit", "te",
 * "nabij", "richting", "vanaf" or "naar" (lower case, or opening a sentence), or after
 * a lower-case "in de", "op de", with no capitalised word after it: a place ("die uit
 * Houten komt", "woont in Putten", "elke dag naar Houten"). A person is met, called or
 * visited ("bij Jansen", "met Jansen"), hardly ever "in" or "uit" someone; one sent
 * "naar" someone is sent after a verb of talk, which the trigger reads first
 * ("doorverbonden naar Jansen"), or by first name ("naar Fatima"). */
static int place_after_prep(const ll_names_scan *sc, size_t i) {
    static const char *const preps[] = {"in",    "uit",      "vanuit", "te",
                                        "nabij", "richting", "vanaf",  "naar"};
    const tok *t = &sc->toks[i];
    if (i == 0 || !joined(sc, i) || (t->flags & W_FIRST) || !t->cap)
        return 0;
    const tok *p = &sc->toks[i - 1];
    if (p->cap && !p->sent)
        return 0;
    if (i + 1 < sc->ntoks && joined(sc, i + 1) && sc->toks[i + 1].cap)
        return 0;
    /* "glas op de Bree", "wonen in de Broek" (but "bij de Vries", "aan de Jong" may
     * be a person) */
    if ((fold_is(sc, p, "de") || fold_is(sc, p, "het")) && i >= 2 && joined(sc, i - 1) &&
        !sc->toks[i - 2].cap &&
        (fold_is(sc, &sc->toks[i - 2], "in") || fold_is(sc, &sc->toks[i - 2], "op")))
        return 1;
    return fold_in(sc, p, preps, N_OF(preps));
}

/* Word i opens the capitalised words after a verb of living or working and its
 * preposition: a place or an employer, not a person, whatever names it holds
 * ("woont in Anna Paulowna", "verhuisd naar Hendrik-Ido-Ambacht", "ik werk bij
 * Dura Vermeer"). Nobody lives in someone, and who works for a person says
 * "voor". Returns the index after those words, or i. */
static size_t lived_or_worked_at(const ll_names_scan *sc, size_t i) {
    static const char *const live[] = {"woon",      "woont",   "wonen",      "woonde",
                                       "woonden",   "wonend",  "verhuisd",   "verhuist",
                                       "verhuizen", "geboren", "opgegroeid", "gevestigd"};
    static const char *const work[] = {"werk",        "werkt",          "werkte",  "werkten",
                                       "werken",      "werkzaam",       "gewerkt", "stage",
                                       "solliciteer", "gesolliciteerd", "dienst"};
    const tok *t = &sc->toks[i];
    if (i < 2 || !t->cap || t->allcaps || !joined(sc, i) || !joined(sc, i - 1))
        return i;
    const tok *p = &sc->toks[i - 1], *v = &sc->toks[i - 2];
    if (p->cap)
        return i;
    int ok = 0;
    if (fold_is(sc, p, "in") || fold_is(sc, p, "naar") || fold_is(sc, p, "uit"))
        ok = ok || fold_in(sc, v, live, N_OF(live));
    if (fold_is(sc, p, "bij"))
        ok = ok || fold_in(sc, v, work, N_OF(work));
    if (!ok)
        return i;
    size_t e = i;
    while (e < sc->ntoks && e - i < LL_NAMES_MAX_PARTICLES && (e == i || joined(sc, e)) &&
           (sc->toks[e].cap || (sc->toks[e].flags & W_PARTICLE)) && !sc->toks[e].allcaps &&
           !(sc->toks[e].flags & (W_TITLE | W_HEER | W_GREETING)))
        e++;
    while (e > i && !sc->toks[e - 1].cap) /* not a trailing "van" */
        e--;
    return e;
}

/* A closing at the start of line word i: returns the number of its words, 0 if none. */
static size_t closing_at(const ll_names_scan *sc, size_t i) {
    char buf[MAX_CLOSING_WORDS * (LL_NAMES_MAX_WORD_BYTES + 1)];
    size_t n = 0, best = 0;
    for (size_t w = 0; w < MAX_CLOSING_WORDS && i + w < sc->ntoks; w++) {
        const tok *u = &sc->toks[i + w];
        if (!u->flen || (w && (u->nl || !(u->plain || u->dotsep))))
            break;
        if (w)
            buf[n++] = ' ';
        memcpy(buf + n, sc->fold + u->fold, u->flen);
        n += u->flen;
        /* A longer closing can still match only when one goes on from these words. */
        int goes_on = 0;
        for (size_t c = 0; c < sizeof(closings) / sizeof(closings[0]); c++) {
            if (closings[c][0] != buf[0])
                continue;
            size_t cl = strlen(closings[c]);
            if (cl >= n && memcmp(closings[c], buf, n) == 0) {
                if (cl == n)
                    best = w + 1;
                else if (closings[c][n] == ' ')
                    goes_on = 1;
            }
        }
        if (!goes_on)
            break;
    }
    return best;
}

/* A signature that opens with a listed first name (no word) may end in a place that
 * surnames are borne after: "groetjes, lisa van dam", "Groet,\nJan van Kralingen". */
static int signer_place_ok(const ll_names_scan *sc, size_t k) {
    return k < sc->ntoks && (sc->toks[k].flags & W_FIRST) && !(sc->toks[k].flags & W_WORD);
}

/* Text in capitals signs as it shouts ("... GROET JOHAN"): at word k a listed first name
 * in capitals (no word, place or organisation) with what a title would give it
 * ("PETRA DE BOER"), ending its line. Returns the index after it, or k. */
static __attribute__((noinline)) size_t caps_signer(const ll_names_scan *sc, size_t k) {
    if (k >= sc->ntoks)
        return k;
    const tok *t = &sc->toks[k];
    if (!t->allcaps || !(t->flags & W_FIRST) || t->prot || t->name ||
        (t->flags &
         (W_WORD | W_PLACE | W_ORG | W_STOP | W_COMMON | W_TRIGGER | W_PARTICLE | W_SKIP | W_HEAD)))
        return k;
    size_t e = extend(sc, k + 1, LV_TITLE, 1);
    return e >= sc->ntoks || sc->toks[e].nl ? e : k;
}

/* Whether the signer at words [a, e) after a closing mid-text ends the letter before a
 * postscript ("Groet, Tavita Oloapu. Zie ook mijn vorige mail", names-dev37): the name
 * closes its sentence with a full stop, a capitalised sentence follows, and every word is
 * a listed name that is no word, a particle in lower case or a capitalised word that no
 * list and no word list knows. A closing's words mid-text that go on otherwise ("Groeten
 * aan Team Zuid. Zie ...", "Groet, Hoge Weg. Zie ...") are no signature. */
static int signed_before_more(const ll_names_scan *sc, size_t a, size_t e) {
    if (e >= sc->ntoks || !sc->toks[e - 1].dot || sc->toks[e - 1].letters < 2 ||
        !sc->toks[e].sent || !sc->toks[e].cap || sc->toks[e].nl)
        return 0;
    for (size_t k = a; k < e; k++) {
        const tok *t = &sc->toks[k];
        if (!t->cap && (t->flags & W_PARTICLE))
            continue;
        if (!t->cap || t->allcaps || t->digit || t->prot ||
            (t->flags & (W_KEEP | W_HEAD | W_COMMON | W_WORD | W_STOP | W_TRIGGER | W_SKIP |
                         W_PLACE_SFX | W_PARTICLE)))
            return 0;
        if (!(t->flags & W_NAME) && common_word_of(sc, t, 1) != 0)
            return 0;
    }
    return 1;
}

/* A signature line of two ("Bas en Ellen de Boer"): when word e after the first name
 * is "en" and a second name ends the line, returns the index after it, else e. */
static size_t signed_by_two(const ll_names_scan *sc, size_t e) {
    if (e + 1 >= sc->ntoks || sc->toks[e].nl || !joined(sc, e) ||
        !fold_is(sc, &sc->toks[e], "en") || !joined(sc, e + 1))
        return e;
    size_t e2 = take(sc, e + 1, LV_CONTEXT, 0);
    return e2 > e + 1 && (e2 >= sc->ntoks || sc->toks[e2].nl) ? e2 : e;
}

/* Determiners before a relation noun in an apposition: "mijn buurvrouw", "de baliemedewerker". */
static int is_determiner(const ll_names_scan *sc, const tok *t) {
    static const char *const dets[] = {"de", "het", "mijn", "onze", "ons",    "haar", "zijn",
                                       "uw", "hun", "je",   "jouw", "jullie", "m'n",  "z'n"};
    return fold_in(sc, t, dets, N_OF(dets));
}

/* Relation nouns that name an organisation as often as a person ("Vidomes, de verhuurder"). */
static int relation_for_orgs(const ll_names_scan *sc, const tok *t) {
    static const char *const orgs[] = {"verhuurder", "huisbaas",     "huurbaas",     "eigenaar",
                                       "aannemer",   "zorgverlener", "hulpverlener", "beheerder",
                                       "makelaar",   "postbode",     "werkgever"};
    return fold_in(sc, t, orgs, N_OF(orgs));
}

/* Relation nouns that a subject or a field follows as often as a person ("student
 * Bestuurskunde", "stagiair Communicatie"): only a listed name after them is a person's. */
static int relation_for_subjects(const ll_names_scan *sc, const tok *t) {
    static const char *const studies[] = {"student", "studente", "stagiair", "stagiaire"};
    return fold_in(sc, t, studies, N_OF(studies));
}

/* Only blanks and one comma between words a and b (same line). */
static int comma_between(const char *s, const tok *a, const tok *b) {
    int commas = 0;
    for (size_t k = a->end; k < b->start; k++) {
        if (s[k] == ',')
            commas++;
        else if (s[k] != ' ' && s[k] != '\t')
            return 0;
    }
    return commas == 1;
}

/* After word t an apposition closes: a comma, a full stop, ")" or the end of the line. */
static int clause_ends(const char *s, size_t len, const tok *t) {
    size_t k = t->end;
    while (k < len && (s[k] == ' ' || s[k] == '\t'))
        k++;
    return k >= len || s[k] == ',' || s[k] == '.' || s[k] == ';' || s[k] == ')' || s[k] == '!' ||
           s[k] == '?' || s[k] == '\n' || s[k] == '\r';
}

/* Word r, after a determiner, is a relation noun that takes an apposition. */
static int apposition_noun(const ll_names_scan *sc, size_t r) {
    const tok *t = &sc->toks[r];
    return r > 0 && joined(sc, r) && (t->flags & W_RELATION) && !t->cap &&
           !(t->flags & (W_TALK | W_GREETING | W_NAME)) && is_determiner(sc, &sc->toks[r - 1]) &&
           !relation_for_orgs(sc, t);
}

/* Endings of nouns for persons ("klant", "passagier", "begeleider", "cursist"), not of
 * things ("auto", "vakantie"). */
static const char *const agent_endings[] = {"er",  "ant", "ent", "aar", "ier",
                                            "eur", "ist", "oot", "ige", "ess"};

/* Word r, after a determiner, is an ordinary noun that a person's ending closes ("de
 * sommelier", "de conservator"): a role the grammar need not list (agent_endings). */
static int agent_noun(const ll_names_scan *sc, size_t r) {
    const tok *t = &sc->toks[r];
    return r > 0 && joined(sc, r) && !t->cap && !t->digit && t->letters >= 4 &&
           !(t->flags & (W_STOP | W_PREP | W_PARTICLE | W_COMMON | W_HEAD | W_ORG | W_SKIP |
                         W_TALK | W_GREETING | W_NAME)) &&
           is_determiner(sc, &sc->toks[r - 1]) &&
           fold_ends_in(sc, t, agent_endings, N_OF(agent_endings), 2) && common_word(sc, t) == 1;
}

/* Whether a relation noun after a determiner comes right before the comma before word i
 * ("De pianostemmer, [NAAM]"), or with whose it is, "van" and a capitalised name ("De
 * greenkeeper van Golfclub De Hooge Bergsche, [NAAM]", names-dev32); with agents, a noun
 * that only its ending makes a person's will do (agent_noun). */
static int apposition_noun_before(const ll_names_scan *sc, size_t i, int agents) {
    if (apposition_noun(sc, i - 1) || (agents && agent_noun(sc, i - 1)))
        return 1;
    for (size_t r = i - 1; r > 1 && i - r <= 5; r--) {
        const tok *v = &sc->toks[r];
        if (!joined(sc, r))
            return 0;
        if (!v->cap && fold_is(sc, v, "van"))
            return r + 1 < i && sc->toks[r + 1].cap &&
                   (apposition_noun(sc, r - 1) || (agents && agent_noun(sc, r - 1)));
        if (!v->cap && !(v->flags & W_PARTICLE))
            return 0;
    }
    return 0;
}

/* Word i opens a name set off by commas beside a relation noun: "Haar casemanager,
 * Rianne, is ziek", "Onze wijkagent, Sander Bouwmeester, weet ervan" (after it), "Roos,
 * mijn buurvrouw, heeft", "gegeven aan Esmeralda, de baliemedewerker." (before it).
 * The name ends its clause; one that opens a sentence must be a listed name ("Gisteren,
 * mijn buurman, ..." is no one). Returns the index after the name, or i. */
static size_t apposition(const ll_names_scan *sc, const char *s, size_t len, size_t i) {
    const tok *t = &sc->toks[i];
    size_t n = sc->ntoks;
    /* "Mijn casemanager, thijs bakker, reageert", "De wijkverpleegkundige, anouk, kwam":
     * in lower case a listed first name (and a listed surname) set off by commas */
    if (!t->cap && i >= 2 && !t->sent && t->comma && !t->prot && !t->name &&
        apposition_noun(sc, i - 1)) {
        size_t e = lower_signer(sc, i);
        if (e > i && e < n && !sc->toks[e].nl && sc->toks[e].comma)
            return e;
        return i;
    }
    if (!t->cap || t->allcaps || t->prot || t->name)
        return i;
    /* "Ik, Heinz Müller, heb ...", "Ondergetekende, Jan, vraagt": capitalised words set off
     * by commas right after "ik" or "ondergetekende" are the writer's own name, of whatever
     * origin (names-dev24): listed names, or two words or more no list holds that the word
     * list does not know as ordinary words; not a place, street, organisation or ordinary
     * word ("ik, Rotterdammer, vind") */
    if (i >= 1 && t->comma &&
        (fold_is(sc, &sc->toks[i - 1], "ik") || fold_is(sc, &sc->toks[i - 1], "ondergetekende"))) {
        size_t m = i;
        while (m < n && m - i < 4 && (m == i || joined(sc, m))) {
            const tok *u = &sc->toks[m];
            if (!u->cap || u->allcaps || u->digit || u->dot || u->prot || u->name ||
                u->letters < 2 ||
                (u->flags & (W_ORG | W_PLACE | W_PLACE_SFX | W_HEAD | W_STREET | W_STOP | W_PREP |
                             W_COMMON | W_TRIGGER | W_HEER | W_SKIP)) ||
                (!(u->flags & W_NAME) && common_word(sc, u) != 0))
                break;
            m++;
        }
        /* one word alone only when listed: a people's or a city's name is capitalised too
         * ("ik, Marokkaan, ...") */
        if (m == i + 1 && !(t->flags & W_NAME))
            m = i;
        if (m > i && m < n && !sc->toks[m].nl && sc->toks[m].comma)
            return m;
    }
    /* a sentence's first word that no list knows: only one word, and only before an
     * apposition closed by a comma ("Fahim, mijn buurvrouw, is gevallen"; the
     * adverbs that open such sentences are kind common: "Trouwens, mijn buurman, ...") */
    int opens = (t->sent || t->nl) && !(t->flags & W_NAME);
    if (opens && (t->letters < 3 || (t->flags & (W_WORD | W_COMMON | W_STOP | W_PREP | W_PARTICLE |
                                                 W_PLACE | W_ORG | W_STREET))))
        return i;
    if (i >= 2 && !t->sent && t->comma && apposition_noun_before(sc, i, 0)) {
        size_t e = take(sc, i, LV_CONTEXT, 0);
        if (e > i && clause_ends(s, len, &sc->toks[e - 1]))
            return e;
        /* "De pianostemmer, [NAAM] uit Bergen, stemt" (names-dev32): where the person is
         * from, one capitalised word, closes the clause after the name */
        if (e > i && e + 1 < n && joined(sc, e) && joined(sc, e + 1) && !sc->toks[e].cap &&
            fold_is(sc, &sc->toks[e], "uit") && sc->toks[e + 1].cap &&
            clause_ends(s, len, &sc->toks[e + 1]))
            return e;
        /* "De monteur, Youssra Rietkerk, kwam": unlisted capitalised words up to the
         * closing comma are the name, even one that ends like a street or a church */
        if (e > i) {
            size_t m = e;
            while (m < n && m - i < 4 && joined(sc, m) && sc->toks[m].cap && !sc->toks[m].allcaps &&
                   sc->toks[m].sfx && !(sc->toks[m].flags & (W_ORG | W_PLACE | W_HEAD)) &&
                   !sc->toks[m].digit)
                m++;
            if (m > e && clause_ends(s, len, &sc->toks[m - 1]))
                return m;
        }
    }
    /* "De sommelier van Wijnbar Bacchus, [NAAM], werd" (names-dev36): after a noun that
     * only its ending makes a person's, a capitalised pair no list need know and no
     * ordinary word (pair_word) closed by a comma is that person; one word alone may be a
     * firm or a place */
    if (i >= 2 && !t->sent && t->comma && i + 1 < n && joined(sc, i + 1) &&
        pair_word(sc, t, W_FIRST) && pair_word(sc, &sc->toks[i + 1], W_SURNAME) &&
        clause_ends(s, len, &sc->toks[i + 1]) && apposition_noun_before(sc, i, 1))
        return i + 2;
    /* "Mijn huisbaas, [NAAM], reageert niet" (names-dev33): after a noun that organisations
     * answer to as often as persons, a capitalised pair no list need know and no ordinary
     * word (pair_word) closed by a comma is a person; one word alone may be a firm */
    if (i >= 2 && !t->sent && t->comma && i + 1 < n && joined(sc, i + 1) && joined(sc, i - 1) &&
        !sc->toks[i - 1].cap && relation_for_orgs(sc, &sc->toks[i - 1]) &&
        is_determiner(sc, &sc->toks[i - 2]) && pair_word(sc, t, W_FIRST) &&
        pair_word(sc, &sc->toks[i + 1], W_SURNAME) && clause_ends(s, len, &sc->toks[i + 1]))
        return i + 2;
    /* the relation noun after the name, within a name's length: look before taking */
    size_t r = i + 2, lim = i + LL_NAMES_MAX_WORDS + 3;
    while (r < n && r < lim && !((sc->toks[r].flags & W_RELATION) && sc->toks[r - 1].comma))
        r++;
    if (r >= n || r >= lim)
        return i;
    size_t e = take(sc, i, LV_CONTEXT, 0);
    if (e > i && e + 1 < n && !sc->toks[e].nl && comma_between(s, &sc->toks[e - 1], &sc->toks[e]) &&
        joined(sc, e + 1) && apposition_noun(sc, e + 1) && is_determiner(sc, &sc->toks[e]) &&
        clause_ends(s, len, &sc->toks[e + 1]) &&
        (!opens ||
         (e == i + 1 && e + 2 < n && comma_between(s, &sc->toks[e + 1], &sc->toks[e + 2]))))
        return e;
    return i;
}

/* A surname found on the lists alone, one word, joined by "en" or "of" to a listed
 * place that is no name: a place too ("Tussen Driessen en Gouda", "Gouda of Nijland"). */
static void places_beside_places(ll_names_scan *sc) {
    size_t n = sc->ntoks;
    for (size_t k = 0; k < n; k++) {
        tok *t = &sc->toks[k];
        if (t->name != 1 + LL_NAME_SURNAME || (k > 0 && sc->toks[k - 1].name && joined(sc, k)) ||
            (k + 1 < n && sc->toks[k + 1].name && joined(sc, k + 1)))
            continue;
        int beside = 0;
        for (int d = -1; d <= 1 && !beside; d += 2) {
            size_t c = d < 0 ? k - 1 : k + 1, o = d < 0 ? k - 2 : k + 2;
            if ((d < 0 && k < 2) || (d > 0 && o >= n))
                continue;
            const tok *conj = &sc->toks[c], *pl = &sc->toks[o];
            beside = (fold_is(sc, conj, "en") || fold_is(sc, conj, "of")) &&
                     joined(sc, d < 0 ? k : o) && joined(sc, c) && pl->cap && !pl->name &&
                     (pl->flags & W_PLACE) && !(pl->flags & (W_NAME | W_ORG));
        }
        if (beside) {
            t->name = 0;
            t->prot = 1;
        }
    }
}

/* "en" or "of" between two names: "Lieke en Noor", "Stijn of Sten". */
static int and_or(const ll_names_scan *sc, const tok *t) {
    return !t->cap && (fold_is(sc, t, "en") || fold_is(sc, t, "of"));
}

/* A listed first name that is also a word, capitalised in a list beside a name found
 * ("Onze kinderen (Sem, Lieke en Noor)", "Lieke, Sem en Noor", "Stijn of Sten"): one
 * of them. */
static void listed_beside_names(ll_names_scan *sc, const char *s) {
    size_t n = sc->ntoks;
    for (size_t k = 0; k < n; k++) {
        tok *t = &sc->toks[k];
        if (t->name || t->prot || !t->cap || t->allcaps || t->letters < 2 || t->digit ||
            !(t->flags & W_FIRST) ||
            (t->flags & (W_STOP | W_TRIGGER | W_PARTICLE | W_SKIP | W_COMMON | W_PLACE | W_ORG |
                         W_STREET | W_HEAD | W_TITLE | W_HEER)))
            continue;
        int beside =
            (k + 1 < n && !sc->toks[k + 1].nl && sc->toks[k + 1].name &&
             comma_between(s, t, &sc->toks[k + 1])) ||
            (k + 2 < n && and_or(sc, &sc->toks[k + 1]) && joined(sc, k + 1) && joined(sc, k + 2) &&
             sc->toks[k + 2].name) ||
            (k > 0 && !t->nl && sc->toks[k - 1].name && comma_between(s, &sc->toks[k - 1], t)) ||
            (k > 1 && and_or(sc, &sc->toks[k - 1]) && joined(sc, k) && joined(sc, k - 1) &&
             sc->toks[k - 2].name);
        if (beside)
            t->name = 1 + LL_NAME_FIRST;
    }
}

/* Word k may be one of a capitalised pair that context makes a person's (context_pairs):
 * as pair_word, the second word also before a sentence's full stop ("Hier Yerlan Bekov."). */
static int context_word(const ll_names_scan *sc, size_t k, uint32_t kind) {
    const tok *t = &sc->toks[k];
    /* a mention in a chat ("'@Thandiwe Moyo kun jij", names-dev31): find_skips read the
     * '@' and the word as an address (its flags gone, W_SKIP) and it opens its sentence as
     * often as not: the '@' after a blank or a quotation mark is the evidence, the word one
     * the word list does not know ("@Gemeente Rotterdam" stays) */
    if (kind == W_FIRST && t->start > 0 && sc->text && sc->text[t->start - 1] == '@' &&
        (t->start < 2 || !is_addr_byte((unsigned char)sc->text[t->start - 2]))) {
        tok u = *t;
        u.sent = 0;
        if (u.flags == W_SKIP)
            u.flags = 0;
        return pair_word(sc, &u, kind);
    }
    /* a parenthesis or a colon opens a sentence to the tokenizer; a pair right after one is
     * judged as mid-sentence ("Ik (Tsegaye Wolde, uit ...)", "Melding: [NAAM] ziet":
     * pair_context asks what comes before) */
    if (kind == W_FIRST && t->sent &&
        (t->paren == 1 || (k > 0 && sc->toks[k - 1].colon && !t->nl))) {
        tok u = *t;
        u.sent = 0;
        return pair_word(sc, &u, kind);
    }
    if (kind == W_SURNAME && t->dot && t->letters >= 3) {
        tok u = *t;
        u.dot = 0;
        return pair_word(sc, &u, kind);
    }
    return pair_word(sc, t, kind);
}

/* Whether a closing quotation mark ends the text before byte at, after blanks on its line
 * ("'De dijkgraaf' van"): a straight or a right single or double mark. */
static int quote_before(const char *s, size_t at) {
    while (at > 0 && (s[at - 1] == ' ' || s[at - 1] == '\t'))
        at--;
    if (at >= 1 && (s[at - 1] == '\'' || s[at - 1] == '"'))
        return 1;
    /* U+2019 and U+201D: E2 80 99, E2 80 9D */
    return at >= 3 && (unsigned char)s[at - 3] == 0xE2 && (unsigned char)s[at - 2] == 0x80 &&
           ((unsigned char)s[at - 1] == 0x99 || (unsigned char)s[at - 1] == 0x9D);
}

/* Whether word t, which no list holds, is a compound whose last part is a role word of the
 * grammar (W_RELATION, a noun: no verb of talk, greeting or name) of 5 letters or more after
 * an ordinary word of 3 or more, maybe with a linking s: "nachtportier", "schoolconciërge",
 * "buurtbeheerder". Looked up only before a capitalised pair (pair_context). */
static int role_compound(const ll_names_scan *sc, const tok *t) {
    const ll_wordlist *wl = sc->nm ? sc->nm->words : NULL;
    const char *f = sc->fold + t->fold;
    if (!wl || t->flen < 8 || t->flen > LL_SPELLING_MAX)
        return 0;
    /* the grammar's relation words that are verbs or prepositions ("doorvertelde") */
    static const char *const not_roles[] = {"volgens",  "aldus",   "vertelde", "vertelt", "schreef",
                                            "schrijft", "genaamd", "genoemd",  "namens",  "heette"};
    for (size_t k = 3; k + 5 <= t->flen; k++) {
        uint32_t fl = flags_of(sc->nm, f + k, t->flen - k);
        if (!(fl & W_RELATION) || (fl & (W_TALK | W_GREETING | W_NAME | W_STOP | W_ENGLISH)))
            continue;
        char w[LL_SPELLING_MAX + 4];
        size_t m = ascii_key_of(f, k, w);
        if (m < 3 || !(ll_wordlist_common(wl, w, m) ||
                       (m > 3 && w[m - 1] == 's' && ll_wordlist_common(wl, w, m - 1))))
            continue;
        for (size_t r = 0; r < N_OF(not_roles); r++)
            if (strlen(not_roles[r]) == t->flen - k &&
                memcmp(not_roles[r], f + k, t->flen - k) == 0)
                return 0;
        return 1;
    }
    return 0;
}

/* Whether the words before the pair at k say a person is named there, even by a pair no list
 * knows (names-dev31, writers naming people of every origin): who speaks ("hier", a call
 * answered "Met"), whom a message is from ("Melding van", "FAQ-vraag van"), someone's
 * person ("zijn klant", "haar piloot"), a mention in a chat ("@"), whom one thanks or
 * greets ("groet aan", "dank aan"), an apposition to oneself ("met mij, [NAAM],"). */
static int paren_gap(const char *s, const ll_names_scan *sc, size_t j);
static int pair_context(const ll_names_scan *sc, const char *s, size_t k) {
    static const char *const messages[] = {
        "melding", "klacht", "vraag", "bericht", "mail", "brief", "verzoek", "reactie", "tip",
        "aanvraag", "appje", "tweet", "berichtje",
        /* a poll, a call or a petition in a neighbourhood's app, and a group under whose
         * lead ("Poll van [NAAM] in de buurtapp", "onder leiding van [NAAM]", names-dev32) */
        "poll", "oproep", "petitie", "leiding",
        /* a memo or a note from one person ("Memo van [NAAM] (Guinee)", names-dev35) */
        "memo", "notitie",
        /* what one person keeps a record in ("Labjournaal van [NAAM]", names-dev36) */
        "journaal", "dagboek", "logboek",
        /* a call or a message by phone, as a letter ("het telefoontje van [NAAM]",
         * names-dev37; "de voicemail van", "een belletje van") */
        "telefoontje", "belletje", "voicemail", "sms", "smsje", "whatsapp", "whatsappje"};
    /* what one person says before others, by or from whom ("Toast door [NAAM] op de
     * bruiloft", names-dev35; "toespraak van", "lezing door") */
    static const char *const addresses[] = {"toast", "toespraak", "speech", "lezing", "voordracht"};
    /* whom one helps, guides, visits or cares for: a person ("Taalmaatje [NAAM] helpt
     * [NAAM] met de brieven", names-dev35) */
    static const char *const cares[] = {"helpt",       "hielp",   "begeleidt", "begeleidde",
                                        "ondersteunt", "bezoekt", "bezocht",   "verzorgt",
                                        "verzorgde",   "coacht"};
    /* who leads, plays, sings or wrote it ("geleid door [NAAM]", "gezongen door"): firms
     * build, deliver and carry out ("uitgevoerd door", "geleverd door" stay) */
    static const char *const made_by[] = {
        "geleid", "begeleid", "gespeeld", "gezongen", "geschreven", "gepresenteerd", "gedirigeerd",
        "gefotografeerd", "geschilderd", "getekend", "voorgelezen", "gecoacht", "getraind",
        /* whose initiative it is: "gestart door [NAAM] en [NAAM]" (names-dev36) */
        "gestart", "opgericht", "opgezet", "bedacht", "geinitieerd"};
    static const char *const own[] = {"mijn", "zijn", "haar", "onze", "ons", "hun", "uw", "jouw"};
    static const char *const appointment[] = {"afspraak"};
    static const char *const callers[] = {"beller", "melder", "aanvrager", "aanvraagster"};
    static const char *const thanks[] = {"groet",   "groeten",    "groetjes",    "dank",
                                         "bedankt", "compliment", "complimenten"};
    const tok *t = &sc->toks[k];
    if (t->start > 0 && s[t->start - 1] == '@')
        return 1;
    if (k == 0)
        return 0;
    const tok *p = &sc->toks[k - 1];
    /* "met mij, Pema Dorje, over": one's own name set off by commas, or opened by a
     * parenthesis ("Ik (Rangi Walker, uit ...)", names-dev30); whom a message is from,
     * after its label and colon ("Melding: [NAAM] ziet een lekkende brandkraan",
     * names-dev30): the pair must not end there, a verb follows */
    if (!joined(sc, k)) {
        if (p->colon && !t->nl && !p->digit && fold_in(sc, p, messages, N_OF(messages)) &&
            k + 2 < sc->ntoks && joined(sc, k + 2) && !sc->toks[k + 2].cap &&
            !sc->toks[k + 2].digit && !(sc->toks[k + 2].flags & (W_PREP | W_PARTICLE)))
            return 1;
        /* a compound of such a noun as the label ("Terugbelverzoek: [NAAM], over de schuur",
         * "Belverzoek:", session 36): the pair that ends at a comma or the line's end is
         * whom it is from */
        if (p->colon && !t->nl && !p->digit && fold_ends_in(sc, p, messages, N_OF(messages), 2))
            return 2;
        return (!p->cap || p->sent) && (fold_is(sc, p, "mij") || fold_is(sc, p, "ik")) && !t->nl &&
               (comma_between(s, p, t) || (t->paren == 1 && paren_gap(s, sc, k)));
    }
    if (fold_is(sc, p, "hier") && (!p->cap || p->sent))
        return 1;
    /* who calls, reports or applies, named by the noun in a note as by a label before its
     * colon ("Notitie: beller [NAAM] belt voor haar moeder", names-dev36); only a pair: the
     * noun is the subject before a verb as often ("melder houdt het kind vast") */
    if ((!p->cap || p->sent) && fold_in(sc, p, callers, N_OF(callers)))
        return 1;
    /* a role that is a compound whose last part is a role word ("Nachtportier [NAAM]
     * meldt", "schoolconciërge [NAAM]", names-dev37): the compound has no entry of its own,
     * as the roles of relation_suffixes have no ending of their own */
    if ((!p->cap || p->sent) && !p->digit && !p->flags && role_compound(sc, p))
        return 1;
    if (!p->cap && fold_in(sc, p, cares, N_OF(cares)))
        return 1;
    if (fold_is(sc, p, "met") && p->sent)
        return 2; /* the pair must end the sentence */
    /* a work's title in quotation marks and its maker: "'De dijkgraaf' van [NAAM]"
     * (names-dev32) */
    if (!p->cap && fold_is(sc, p, "van") && !p->nl && k >= 2 && quote_before(s, p->start))
        return 1;
    if (k < 2 || !joined(sc, k - 1))
        return 0;
    const tok *q = &sc->toks[k - 2];
    if (!p->cap && fold_is(sc, p, "door") && !q->cap && fold_in(sc, q, made_by, N_OF(made_by)))
        return 1;
    if (!p->cap && (fold_is(sc, p, "door") || fold_is(sc, p, "van")) && !q->allcaps &&
        fold_ends_in(sc, q, addresses, N_OF(addresses), 0))
        return 1;
    if (!p->cap && fold_is(sc, p, "van") && !q->digit &&
        fold_ends_in(sc, q, messages, N_OF(messages), 0))
        return 1;
    if (!p->cap && (fold_is(sc, p, "aan") || fold_is(sc, p, "voor")) &&
        fold_in(sc, q, thanks, N_OF(thanks)))
        return 1;
    /* whom an appointment is for ("Afspraak voor [NAAM] bij leerplicht", names-dev36), as
     * "afspraak met" says with whom; the compound's end counts ("Intakeafspraak") */
    if (!p->cap && fold_is(sc, p, "voor") && !q->allcaps && fold_ends_in(sc, q, appointment, 1, 0))
        return 1;
    /* a role and its field in lower case before the one who holds it ("Laborant radiologie
     * [NAAM]", "docent wiskunde [NAAM]", names-dev32) */
    if ((q->flags & W_RELATION) && !(q->flags & (W_TALK | W_NAME | W_GREETING)) &&
        (!q->cap || q->sent) && !relation_for_orgs(sc, q) && !p->cap && !p->digit && !p->flags &&
        p->letters >= 4 && common_word(sc, p) == 1)
        return 1;
    /* a noun for a person by its ending ("klant", "passagier", "begeleider", "cursist"),
     * not a thing's ("mijn auto Toyota Yaris", "onze vakantie Gran Canaria") */
    if ((!q->cap || q->sent) && fold_in(sc, q, own, N_OF(own)) && !p->cap && !p->digit &&
        p->letters >= 3 &&
        !(p->flags & (W_STOP | W_PREP | W_PARTICLE | W_COMMON | W_HEAD | W_ORG | W_SKIP)) &&
        fold_ends_in(sc, p, agent_endings, N_OF(agent_endings), 2) && common_word(sc, p) == 1)
        return 1;
    return 0;
}

/* "hier Bayarmaa Tserendorj van de club", "Melding van Ieva Bērziņa:", "zijn klant Kalinda
 * Perera", "@Thandiwe Moyo kun jij": a capitalised pair in such a context is a person's
 * name though no list holds either word; each word is no ordinary word (or is listed as a
 * name), no keep, and the pair ends there (pair_word, as and_more's second person). */
static void context_pairs(ll_names_scan *sc, const char *s) {
    size_t n = sc->ntoks;
    for (size_t k = 0; k + 1 < n; k++) {
        const tok *a = &sc->toks[k], *b = &sc->toks[k + 1];
        if (a->name || b->name || a->dot || !joined(sc, k + 1) || !context_word(sc, k, W_FIRST) ||
            !context_word(sc, k + 1, W_SURNAME))
            continue;
        int c = pair_context(sc, s, k);
        /* "dat [NAAM] zijn gymspullen vergat" (names-dev35): the spoken possessive, "zijn"
         * or "haar" and a thing right after the pair, is said of a person */
        if (!c && k + 3 < n && joined(sc, k + 2) && joined(sc, k + 3) && !sc->toks[k + 2].cap &&
            (fold_is(sc, &sc->toks[k + 2], "zijn") || fold_is(sc, &sc->toks[k + 2], "haar")) &&
            !sc->toks[k + 3].cap && !sc->toks[k + 3].digit && sc->toks[k + 3].letters >= 3 &&
            !(sc->toks[k + 3].flags & (W_STOP | W_PREP | W_PARTICLE)))
            c = 1;
        if (!c)
            continue;
        int ends = k + 2 >= n || !joined(sc, k + 2) || b->dot;
        if (!ends && (sc->toks[k + 2].cap || sc->toks[k + 2].digit))
            continue;
        if (c == 2 && !ends)
            continue;
        sc->toks[k].name = sc->toks[k + 1].name = 1 + LL_NAME_RELATION;
        k++;
    }
}

/* Whether lower-case word t is a relation noun that a person has and a firm seldom does: "haar
 * chef", "zijn begeleider", "haar buurvrouw" (session 36: "[NAAM] belde op verzoek van haar
 * chef"); not the staff and the lessors that firms have too ("zijn medewerkers", "haar
 * directeur", "de verhuurder"), nor a label's or a saying's word. */
static int own_relation(const ll_names_scan *sc, const tok *t) {
    static const char *const staff[] = {"manager",    "directeur",      "directrice",
                                        "teamleider", "leidinggevende", "voorzitter",
                                        "secretaris", "penningmeester", "eigenaar"};
    return (t->flags & W_RELATION) && !(t->flags & (W_TALK | W_NAME | W_FIELD | W_STOP)) &&
           !relation_for_orgs(sc, t) && !fold_in(sc, t, staff, N_OF(staff));
}

/* Words an apposition set off by commas after a name takes at most (apposition_told). */
#define APPOSITION_WORDS 6

/* "[NAAM], promovendus in Wageningen, vraagt", "[NAAM], restaurator, biedt" (session 37):
 * whether the words from e on are an apposition set off by commas, opening in lower case and
 * closed by a comma on its line, that tells a person: a person's verb after it (person_verb),
 * or the apposition one bare noun (noun_only: a trade, "loodgieter", "restaurator") before a
 * verb in lower case. A firm is told with its article ("[X], een bedrijf uit Delft,"). */
static int apposition_told(const ll_names_scan *sc, const char *s, size_t e) {
    size_t n = sc->ntoks;
    if (e == 0 || e + 1 >= n || sc->toks[e].nl || sc->toks[e].cap || sc->toks[e].digit ||
        !comma_between(s, &sc->toks[e - 1], &sc->toks[e]))
        return 0;
    size_t c = 0;
    for (size_t j = e + 1; j < n && j <= e + APPOSITION_WORDS && !c; j++) {
        if (sc->toks[j].nl || sc->toks[j].sent)
            return 0;
        if (comma_between(s, &sc->toks[j - 1], &sc->toks[j]))
            c = j;
    }
    if (!c || sc->toks[c].cap || sc->toks[c].digit)
        return 0;
    if (person_verb(sc, &sc->toks[c]))
        return 1;
    const tok *t = &sc->toks[e];
    return c == e + 1 && !(t->flags & (W_STOP | W_PREP | W_PARTICLE)) &&
           !(sc->toks[c].flags & (W_STOP | W_PREP | W_PARTICLE)) && noun_only(sc, t);
}

/* Words after a pair that referred_pairs reads for the pronoun that names it a person. */
#define REFERRED_WORDS 16

/* "Neema Mushi vraagt of haar zoon [NAAM]", "Farrukh Rahimov bezorgt ... en vraagt waar hij",
 * "Alesia Karpovich en haar man", "Nirosha Fernando, moeder van", "Eigenaar Tomaž Kovačič,
 * zijn vrouw": a capitalised pair no list knows (pair_word; here the sentence's first
 * words, or after a role opening it) that its sentence then calls "hij", or whose family
 * it names by "zijn" or "haar" ("zijn vrouw", "haar zoon"), or that a relation noun and
 * "van" set off by a comma tell ("[NAAM], moeder van") is a person's name (names-dev32):
 * a club, a shop or a firm has no son, husband or wife. */
static void referred_pairs(ll_names_scan *sc, const char *s) {
    static const char *const kin[] = {
        "man",      "vrouw", "zoon",       "dochter",    "zoontje",   "dochtertje",
        "moeder",   "vader", "echtgenoot", "echtgenote", "partner",   "vriend",
        "vriendin", "broer", "zus",        "kinderen",   "kleinzoon", "kleindochter"};
    size_t n = sc->ntoks;
    for (size_t k = 0; k + 1 < n; k++) {
        const tok *a = &sc->toks[k], *b = &sc->toks[k + 1];
        /* the sentence's first words, or after a role that opens it ("Eigenaar") */
        int opens =
            a->sent || (k > 0 && sc->toks[k - 1].sent && joined(sc, k) &&
                        (sc->toks[k - 1].flags & W_RELATION) && !(sc->toks[k - 1].flags & W_NAME));
        /* the listed half found already ("Nirosha Fernando": a listed first name last); mid-
         * sentence a pair told by a role after its comma (below), not a longer run of
         * capitals */
        if ((!opens && (!a->cap || !(k + 3 < n && sc->toks[k + 2].comma && !sc->toks[k + 2].cap) ||
                        (k > 0 && joined(sc, k) && sc->toks[k - 1].cap))) ||
            a->name || (b->name && b->name != 1 + LL_NAME_FIRST) || a->dot || !joined(sc, k + 1))
            continue;
        tok u = *a, v = *b;
        u.sent = 0;
        v.name = 0;
        if (!pair_word(sc, &u, W_FIRST) || !(b->name ? pair_word(sc, &v, W_FIRST | W_SURNAME)
                                                     : context_word(sc, k + 1, W_SURNAME)))
            continue;
        size_t e = k + 2;
        /* a second surname no list knows either, the mother's after the father's as Spanish
         * names carry it ("Yaritza Colón Rivera", session 37) */
        if (e + 1 < n && joined(sc, e) && context_word(sc, e, W_SURNAME) && !b->name &&
            joined(sc, e + 1) && !sc->toks[e + 1].cap && !sc->toks[e + 1].digit)
            e++;
        if (e < n && joined(sc, e) && (sc->toks[e].cap || sc->toks[e].digit))
            continue;
        /* "Fenella Quayle belde over", "Shamar Greaves woont" (session 36): the pair opening its
         * sentence is the subject of a person's verb right after it */
        int person = opens && e < n && joined(sc, e) && person_verb(sc, &sc->toks[e]);
        if (!person && opens)
            person = apposition_told(sc, s, e);
        /* "[NAAM], moeder van": a relation noun and "van" after the pair's comma; so a role
         * ("Ghjuvan Santoni, eigenaar van Pizzeria ...", names-dev38; "een klacht over
         * [NAAM], voorzitter van de club"), the pair opening its sentence or not: a firm is
         * no one's mother, and a pair no list knows (pair_word keeps out the firm's nouns
         * and endings) that owns, rents or chairs is a person */
        if (e + 1 < n && !sc->toks[e].nl && comma_between(s, b, &sc->toks[e]) && !sc->toks[e].cap &&
            (fold_in(sc, &sc->toks[e], kin, N_OF(kin)) ||
             (sc->toks[e].flags & (W_RELATION | W_TALK)) == W_RELATION) &&
            joined(sc, e + 1) && fold_is(sc, &sc->toks[e + 1], "van"))
            person = 1;
        for (size_t j = e; !person && opens && j < n && j < e + REFERRED_WORDS; j++) {
            const tok *t = &sc->toks[j];
            if (t->sent || t->name)
                break;
            if (t->cap)
                continue;
            if (fold_is(sc, t, "hij"))
                person = 1;
            else if ((fold_is(sc, t, "zijn") || fold_is(sc, t, "haar")) && j + 1 < n &&
                     joined(sc, j + 1) && !sc->toks[j + 1].cap &&
                     (fold_in(sc, &sc->toks[j + 1], kin, N_OF(kin)) ||
                      own_relation(sc, &sc->toks[j + 1])))
                person = 1;
        }
        if (!person)
            continue;
        for (size_t j = k; j < e; j++)
            sc->toks[j].name = 1 + LL_NAME_RELATION;
        k = e - 1;
    }
    /* "moeder van Kavin en Sanuli": whose kin one is, one word each no list knows, told
     * by commas and "en" */
    for (size_t k = 2; k < n; k++) {
        const tok *r = &sc->toks[k - 2], *v = &sc->toks[k - 1];
        /* "van" asked before the kin's list: most words have no "van" after them */
        if (r->cap || v->cap || !fold_is(sc, v, "van") || !joined(sc, k - 1) || !joined(sc, k) ||
            !fold_in(sc, r, kin, N_OF(kin)))
            continue;
        for (size_t j = k; j < n;) {
            tok *t = &sc->toks[j];
            if (t->name || !pair_word(sc, t, W_FIRST) ||
                (j + 1 < n && joined(sc, j + 1) && (sc->toks[j + 1].cap || sc->toks[j + 1].digit)))
                break;
            t->name = 1 + LL_NAME_RELATION;
            /* the list goes on after a comma or "en" */
            if (j + 1 < n && !sc->toks[j + 1].nl && comma_between(s, t, &sc->toks[j + 1]))
                j++;
            else if (j + 2 < n && and_or(sc, &sc->toks[j + 1]) && joined(sc, j + 1) &&
                     joined(sc, j + 2))
                j += 2;
            else
                break;
        }
    }
}

/* Whether word k is told beside a name found: a comma, "en" or "of" between them. */
static int beside_name(const ll_names_scan *sc, const char *s, size_t a, size_t b) {
    size_t n = sc->ntoks;
    return (b + 1 < n && !sc->toks[b + 1].nl && sc->toks[b + 1].name &&
            comma_between(s, &sc->toks[b], &sc->toks[b + 1])) ||
           (b + 2 < n && and_or(sc, &sc->toks[b + 1]) && joined(sc, b + 1) && joined(sc, b + 2) &&
            sc->toks[b + 2].name) ||
           (a > 0 && !sc->toks[a].nl && sc->toks[a - 1].name &&
            comma_between(s, &sc->toks[a - 1], &sc->toks[a])) ||
           (a > 1 && and_or(sc, &sc->toks[a - 1]) && joined(sc, a) && joined(sc, a - 1) &&
            sc->toks[a - 2].name);
}

/* Whether word k is a kin word of two letters capitalised mid-sentence right before a name
 * found of two words or more: a given name or a surname there ("Pa [NAAM]": Pa is a Hmong
 * given name, Ma a Chinese surname), as Dutch writes the kin words "pa" and "ma" in lower
 * case (kin_names). */
static int kin_before_name(const ll_names_scan *sc, size_t k) {
    const tok *t = &sc->toks[k];
    return !t->name && t->cap && !t->allcaps && !t->sent && t->flen == 2 &&
           (t->flags & W_RELATION) && k + 2 < sc->ntoks && joined(sc, k + 1) && joined(sc, k + 2) &&
           sc->toks[k + 1].name && sc->toks[k + 2].name;
}

/* "[NAAM] en Pa [NAAM] vragen om een tolk" (names-dev37): the kin word of kin_before_name
 * after "en" or "of" and a name found, in a list of persons, is a word of the name after
 * it. */
static void kin_names(ll_names_scan *sc) {
    for (size_t k = 2; k + 2 < sc->ntoks; k++)
        if (kin_before_name(sc, k) && joined(sc, k) && and_or(sc, &sc->toks[k - 1]) &&
            joined(sc, k - 1) && sc->toks[k - 2].name)
            sc->toks[k].name = sc->toks[k + 1].name;
}

/* "Tavita Oloapu en [NAAM] vragen om een tolk" (names-dev37): a capitalised pair that opens
 * its sentence, before "en" or "of" and a name found of two words or more (maybe after a kin
 * word, kin_before_name), is one more person, though a sentence's first capital says
 * nothing: the first word must be no ordinary word (pair_word as mid-sentence), the second
 * no ordinary word or a listed surname that is also one ("Tsu Vang": "vang!"). Returns the
 * index after the pair, or k. */
static size_t opening_pair_before_name(const ll_names_scan *sc, size_t k) {
    size_t n = sc->ntoks;
    if (k + 4 >= n || !joined(sc, k + 1) || !joined(sc, k + 2) || !joined(sc, k + 3) ||
        !and_or(sc, &sc->toks[k + 2]))
        return k;
    tok u = sc->toks[k];
    u.sent = 0;
    /* its surname may be taken already for a listed first name it ends like ("Bevans" as
     * "Bevan"): read as no list had found it, as referred_pairs does (session 37) */
    tok v = sc->toks[k + 1];
    if (v.name == 1 + LL_NAME_FIRST)
        v.name = 0;
    const tok *b = &v;
    if (!pair_word(sc, &u, W_FIRST) || b->dot ||
        !(pair_word(sc, b, W_SURNAME) ||
          ((b->flags & W_SURNAME) && (b->flags & W_WORD) && b->cap && !b->allcaps && !b->prot &&
           !b->name && !(b->flags & (W_KEEP | W_HEAD | W_COMMON | W_STOP | W_TRIGGER)))))
        return k;
    size_t f = kin_before_name(sc, k + 3) ? k + 4 : k + 3;
    size_t w = f;
    while (w < n && (w == f || joined(sc, w)) && sc->toks[w].name)
        w++;
    return w - f >= 2 ? k + 2 : k;
}

/* "met Mikael Andersson, [NAAM] en [NAAM]", "Jeroen, Achieng en kleine Noor": in a list of
 * persons a capitalised pair that no list need know (no ordinary word, no keep: pair_word)
 * beside a name found, or one such word between a name and "en", is one more person
 * (names-dev31). */
static void unlisted_beside_names(ll_names_scan *sc, const char *s) {
    size_t n = sc->ntoks;
    for (size_t k = 0; k < n; k++) {
        tok *a = &sc->toks[k];
        if (a->name || a->dot)
            continue;
        if (a->sent) {
            size_t e = opening_pair_before_name(sc, k);
            for (size_t j = k; j < e; j++)
                sc->toks[j].name = 1 + LL_NAME_FIRST;
            if (e > k)
                k = e - 1;
            continue;
        }
        if (!pair_word(sc, a, W_FIRST))
            continue;
        size_t e = k + 1;
        if (e < n && joined(sc, e) && !sc->toks[e].name && context_word(sc, e, W_SURNAME))
            e++;
        if (e < n && joined(sc, e) && !sc->toks[e - 1].dot &&
            (sc->toks[e].cap || sc->toks[e].digit))
            continue;
        /* one word alone only inside a list that "en" or "of" ends after it ("Jeroen,
         * Achieng en kleine Noor"): set off by commas alone it may say what a person is or
         * where one lives ("[NAAM], Oekraïner, woont", "[NAAM], Texel;") */
        int list_end = e + 1 < n && and_or(sc, &sc->toks[e]) && joined(sc, e) && k > 0 &&
                       sc->toks[k - 1].name && !a->nl && comma_between(s, &sc->toks[k - 1], a);
        if (e == k + 1 ? !list_end : !beside_name(sc, s, k, e - 1))
            continue;
        for (size_t j = k; j < e; j++)
            sc->toks[j].name = 1 + LL_NAME_FIRST;
        k = e - 1;
    }
}

/* "Seyit en [NAAM] vragen", "Rinus en zijn vrouw [NAAM]" (names-dev38): one capitalised word
 * no list need know (pair_word, a sentence's first word too), before "en" or "of" and a name
 * found of two words or more, is a first name sharing that surname; before "en" or "met" and
 * "zijn" or "haar" with a kin word it is a person whose kin is told (a shop or a club has no
 * wife or son: referred_pairs reads a pair so). Not after a capitalised word it may belong to
 * ("Albert Heijn en [NAAM]"), nor after a preposition of where ("in Mali en zijn broer"). */
static void partners_of_names(ll_names_scan *sc) {
    static const char *const kin[] = {"man",     "vrouw",      "zoon",         "dochter",
                                      "zoontje", "dochtertje", "echtgenoot",   "echtgenote",
                                      "partner", "vriend",     "vriendin",     "broer",
                                      "zus",     "kinderen",   "kleinkinderen"};
    static const char *const where_preps[] = {"in", "uit", "vanuit", "te", "nabij"};
    size_t n = sc->ntoks;
    for (size_t k = 0; k + 3 < n; k++) {
        const tok *c = &sc->toks[k + 1];
        if (c->cap || c->flen < 2 || c->flen > 3 || !sc->toks[k].cap ||
            !(fold_is(sc, c, "en") || fold_is(sc, c, "of") || fold_is(sc, c, "met")) ||
            !joined(sc, k + 1) || !joined(sc, k + 2))
            continue;
        tok u = sc->toks[k];
        u.sent = 0;
        if (u.name || !pair_word(sc, &u, W_FIRST) ||
            (k > 0 && joined(sc, k) && sc->toks[k - 1].cap && !sc->toks[k - 1].sent))
            continue;
        /* "in Mali en zijn broer": after "in", "uit", "te" it is where one is */
        if (k > 0 && joined(sc, k) && !sc->toks[k - 1].cap &&
            fold_in(sc, &sc->toks[k - 1], where_preps, N_OF(where_preps)))
            continue;
        int person = 0;
        if (!fold_is(sc, c, "met")) {
            size_t w = k + 2;
            while (w < n && (w == k + 2 || joined(sc, w)) && sc->toks[w].name)
                w++;
            person = w - (k + 2) >= 2;
        }
        const tok *d = &sc->toks[k + 2], *r = &sc->toks[k + 3];
        if (!person && !fold_is(sc, c, "of") && !d->cap &&
            (fold_is(sc, d, "zijn") || fold_is(sc, d, "haar")) && joined(sc, k + 3) && !r->cap &&
            fold_in(sc, r, kin, N_OF(kin)))
            person = 2;
        if (person)
            sc->toks[k].name = 1 + (person == 1 ? LL_NAME_FIRST : LL_NAME_RELATION);
    }
}

/* Word t, capitalised, could be a name's word when a name elsewhere holds it. */
static int may_repeat(const tok *t) {
    return t->cap && !t->allcaps && t->letters >= 3 && !t->digit && !t->dot && !t->prot &&
           !(t->flags & (W_STOP | W_TRIGGER | W_PARTICLE | W_TITLE | W_HEER | W_HEAD | W_SKIP |
                         W_ORG | W_STREET | W_COMMON | W_PREP | W_PLACE_SFX));
}

static int same_word(const ll_names_scan *sc, const tok *a, const tok *b) {
    return a->flen == b->flen && memcmp(sc->fold + a->fold, sc->fold + b->fold, a->flen) == 0;
}

/* A name written surname first, as registers, lists and call logs sort people ("Vries, de
 * J.", "DE VRIES, J.", "Haan, K.L. (melder)", names-dev24): a capitalised word with the
 * particles before it, a comma, the particles that follow it in that order and initials that
 * end the name. Not where a capitalised word or a particle follows the initials ("Delft,
 * P. de Wit" is a place and a name read forwards), nor a word no name is: a place, street,
 * organisation, greeting, function word, or (unlisted) an ordinary word ("Maandag, J."); in
 * capitals only a listed name ("UWV, K."). The whole is one span, its comma too (revsep). */
static __attribute__((noinline)) void reversed_names(ll_names_scan *sc) {
    size_t n = sc->ntoks;
    for (size_t k = 1; k < n; k++) {
        if (!sc->toks[k].comma)
            continue;
        size_t q = k;
        while (q < n && q - k < LL_NAMES_MAX_PARTICLES && (q == k || joined(sc, q)) &&
               (sc->toks[q].flags & W_PARTICLE) && !is_initial(&sc->toks[q]) && !sc->toks[q].prot &&
               !is_prep_particle(sc, &sc->toks[q]))
            q++;
        size_t r = q;
        while (r < n && r - q < LL_NAMES_MAX_INITIALS && (r == k || joined(sc, r)) &&
               is_initial(&sc->toks[r]) && !sc->toks[r].prot)
            r++;
        if (r == q)
            continue;
        if (r < n && !sc->toks[r].nl && joined(sc, r) &&
            (sc->toks[r].cap || (sc->toks[r].flags & W_PARTICLE)))
            continue;
        const tok *w = &sc->toks[k - 1];
        /* a place only when it is a listed surname too, or particles say so ("Berg, van
         * den P.") */
        uint32_t place = (w->flags & W_SURNAME) || q > k ? 0 : W_PLACE | W_PLACE_SFX;
        if (!w->name && (!w->cap || w->prot || w->digit || w->dot || w->letters < 2 ||
                         (w->flags & (W_STOP | W_TRIGGER | W_HEER | W_PREP | W_PARTICLE | W_HEAD |
                                      W_ORG | W_STREET | W_SKIP | W_COMMON | place)) ||
                         (w->allcaps ? !(w->flags & W_NAME)
                                     : !(w->flags & W_SURNAME) && common_word_of(sc, w, 1) != 0)))
            continue;
        size_t a = k - 1;
        while (a > 0 && k - 1 - a < LL_NAMES_MAX_PARTICLES && joined(sc, a) &&
               (sc->toks[a - 1].flags & W_PARTICLE) && !sc->toks[a - 1].prot &&
               !is_prep_particle(sc, &sc->toks[a - 1]) &&
               (!sc->toks[a - 1].name || sc->toks[a - 1].name == w->name))
            a--;
        int rule = LL_NAME_INITIALS;
        for (size_t j = a; j < r; j++)
            if (sc->toks[j].name)
                rule = sc->toks[j].name - 1;
        mark(sc, a, r, rule);
        sc->toks[k].revsep = 1;
        k = r - 1;
    }
}

/* A name found once is the same person where its first name or surname comes back alone
 * ("Dirk Smit. Dirk kreeg een bon.", "P. Bakker (nr 12) ... Bakker heeft", names-dev21),
 * or where a caller says the first name and then the whole ("Hallo met Storm, Storm de
 * Jong", names-dev20): the evidence that named it once names every mention. Not after an
 * article, a particle or a preposition of place ("Maria Hoek ... op de Hoek", "café De
 * Hoek"), nor before a capitalised word or a number (a business, an address: "Koopman
 * Fietsen", "Hoek 12"), nor a verb opening a question ("Wil je ..." beside "aan Wil"). */
static __attribute__((noinline)) void named_again(ll_names_scan *sc, const char *s) {
    /* and prepositions of time before a month that is a name too ("Sinds April woon ik
     * hier. Mijn dochter April ...") */
    static const char *const before[] = {
        "de",     "het",      "den",   "der", "een",   "in",    "op",  "te",    "uit",  "naar",
        "vanuit", "richting", "nabij", "bij", "sinds", "vanaf", "tot", "medio", "eind", "begin"};
    static const char *const pronouns[] = {"je", "jij", "u",   "ik",     "we",  "wij",
                                           "ze", "zij", "hij", "jullie", "men", "er"};
    size_t n = sc->ntoks, src[16], nsrc = 0, cand = 0;
    for (size_t k = 0; k < n; k++) {
        tok *t = &sc->toks[k];
        if (!t->name) {
            cand += may_repeat(t);
            continue;
        }
        /* "Storm, Storm de Jong": the word before a name, and after a comma once more */
        tok *a = k >= 2 ? &sc->toks[k - 2] : NULL, *b = k >= 1 ? &sc->toks[k - 1] : NULL;
        if (a && !b->name && !a->name && may_repeat(b) && may_repeat(a) && joined(sc, k) &&
            !b->nl && same_word(sc, a, b) && comma_between(s, a, b)) {
            a->name = b->name = t->name;
            cand -= 2;
        }
        if (nsrc < N_OF(src) && t->cap && !t->allcaps && t->letters >= 3 && !t->dot && !t->digit &&
            !(t->flags & (W_PARTICLE | W_STOP | W_SKIP)))
            src[nsrc++] = k;
    }
    if (!nsrc || !cand)
        return;
    for (size_t k = 0; k < n; k++) {
        tok *t = &sc->toks[k];
        if (t->name || !may_repeat(t))
            continue;
        size_t from = 0;
        for (size_t q = 0; q < nsrc && !from; q++)
            if (same_word(sc, &sc->toks[src[q]], t))
                from = src[q] + 1;
        if (!from)
            continue;
        /* "Groenten & Fruit Thei" (names-dev36): right after a kept word the name goes on a
         * shop's or a building's name, named after the person */
        if (k > 0 && joined(sc, k) &&
            (sc->toks[k - 1].name || sc->toks[k - 1].prot ||
             fold_in(sc, &sc->toks[k - 1], before, N_OF(before)) ||
             (sc->toks[k - 1].flags & (W_PARTICLE | W_PREP | W_HEAD | W_ORG))))
            continue;
        if (k + 1 < n && joined(sc, k + 1)) {
            const tok *nx = &sc->toks[k + 1];
            if (nx->name || nx->digit || (nx->cap && !nx->sent) ||
                (nx->flags & (W_HEAD | W_STREET | W_PARTICLE)) ||
                (t->sent && fold_in(sc, nx, pronouns, N_OF(pronouns))))
                continue;
        }
        t->name = sc->toks[from - 1].name;
    }
}

/* Word t is written as lower case is: in lower case, or in capitals in a text written in
 * capitals ("MIJN BUURMAN KHATIB"). In other text a word in capitals is an acronym
 * ("contact met het UWV"), and an unknown one no evidence of a name. */
static int lowerish(ll_names_scan *sc, const tok *t) {
    if (!t->cap)
        return 1;
    if (!t->allcaps)
        return 0;
    if (sc->shout < 0) { /* read once per text, and only when a word in capitals is in question */
        size_t words = 0, shouted = 0;
        for (size_t k = 0; k < sc->ntoks; k++) {
            const tok *u = &sc->toks[k];
            if (u->letters >= 2 && !u->digit && !(u->flags & W_SKIP)) {
                words++;
                shouted += u->allcaps;
            }
        }
        /* four words in five in capitals: a few in lower case are the writer's slips */
        sc->shout = words >= 2 && shouted * 5 >= words * 4;
    }
    return sc->shout;
}

/* Whether lower-case word t is a verb's present form the word list lacks though it holds
 * the verb: the stem and -t of a verb made of a noun ("mijn moeder appt mij" of "appen",
 * suicidal and critical development sets; "tagt" of "taggen", the consonant doubled), and
 * a call note's slip ("mw bellt ivm" of "bellen", messages-dev26). */
static int verb_form(const ll_names_scan *sc, const tok *t) {
    const ll_wordlist *wl = sc->nm ? sc->nm->words : NULL;
    char w[LL_SPELLING_MAX + 2];
    size_t n = plain_key(sc, t, w);
    if (n < 4 || w[n - 1] != 't' || is_vowel(w[n - 2]))
        return 0;
    const char dbl[] = {w[n - 2], 'e', 'n', 0};
    return common_with(wl, w, n - 1, "en") || common_with(wl, w, n - 1, dbl);
}

/* A lower-case word that can be a name no list holds: of letters, not protected,
 * no function, trigger, place or organisation word, and not an ordinary word to
 * the word list ("khatib", "achmed"; not "wilde", "graag", "ggd"). */
static int unlisted_lower(ll_names_scan *sc, const tok *t) {
    if (!lowerish(sc, t) || t->prot || t->name || t->digit || t->dot || t->letters < 3 || !t->flen)
        return 0;
    if (t->flags & (W_STOP | W_COMMON | W_WORD | W_TRIGGER | W_HEER | W_PARTICLE | W_PREP |
                    W_FIELD | W_HEAD | W_KEEP | W_PLACE_SFX | W_SKIP | W_PHRASE))
        return 0;
    return common_word_of(sc, t, 1) == 0 && !verb_form(sc, t);
}

/* Words of a text dutch() reads, and the share of them the word list may not know
 * as ordinary words for the text to be Dutch. */
#define DUTCH_SAMPLE 40
#define DUTCH_UNKNOWN_MAX 0.35
#define DUTCH_MIN_WORDS 6 /* fewer: too little to tell, read as Dutch */

/* Whether the text is Dutch to the word list: of its first DUTCH_SAMPLE lower-case
 * words of three letters or more that no list of the masker holds, at most
 * DUTCH_UNKNOWN_MAX are unknown to it as ordinary words (with fewer than
 * DUTCH_MIN_WORDS such words it is taken for Dutch). In English ("Agent called
 * 112, caller stays on line") a word the Dutch list does not know is no evidence of
 * a name. Read once per text, and only when a lower-case name is in question. */
static int dutch(ll_names_scan *sc) {
    if (sc->dutch >= 0)
        return sc->dutch;
    int seen = 0, unknown = 0;
    for (size_t k = 0; k < sc->ntoks && seen < DUTCH_SAMPLE; k++) {
        const tok *u = &sc->toks[k];
        if (u->cap || u->digit || u->letters < 3 || (u->flags && !(u->flags & W_ENGLISH)))
            continue;
        /* the word after a lower-case first name is the surname being judged, no sign of
         * the language ("emily rosario ... oma jacinta rosario", names-dev21) */
        if (k > 0 && joined(sc, k) && (sc->toks[k - 1].flags & W_FIRST) &&
            uncased(&sc->toks[k - 1]))
            continue;
        int c = common_word_of(sc, u, 1);
        if (c < 0)
            continue;
        seen++;
        unknown += c == 0;
    }
    sc->dutch = seen < DUTCH_MIN_WORDS || unknown <= DUTCH_UNKNOWN_MAX * seen;
    return sc->dutch;
}

/* A listed first name in lower case that can open a name: not a function word,
 * particle, preposition or trigger ("kees", "peter", "anouk"). */
static int lower_first(const tok *f) {
    return uncased(f) && (f->flags & W_FIRST) && !f->prot && !f->name && !f->digit &&
           f->letters >= 2 &&
           !(f->flags & (W_STOP | W_COMMON | W_PARTICLE | W_PREP | W_TRIGGER | W_SKIP | W_HEAD));
}

/* "peter jansen", "thijs bakker", "ria van der linden": at word st a listed first name
 * in lower case, then particles and a listed surname in lower case, even one that is
 * also a word. Only where a name is expected (a label, an apposition, a signature).
 * Returns the index after the surname, or st. */
static size_t lower_first_surname(const ll_names_scan *sc, size_t st) {
    size_t n = sc->ntoks;
    if (st + 1 >= n || !lower_first(&sc->toks[st]) || !joined(sc, st + 1))
        return st;
    size_t p = skip_particles(sc, st + 1, st + 1);
    if (p >= n || !joined(sc, p) || (p > st + 1 && is_prep_particle(sc, &sc->toks[st + 1])))
        return st;
    for (size_t q = st + 1; q < p; q++)
        if (!uncased(&sc->toks[q]))
            return st;
    const tok *c = &sc->toks[p];
    if (!uncased(c) || !(c->flags & W_SURNAME) || c->digit || c->prot || c->name ||
        c->letters < 3 ||
        (c->flags & (W_STOP | W_PREP | W_TRIGGER | W_ORG | W_SKIP | W_PARTICLE | W_HEAD)) ||
        (p + 1 < n && sc->toks[p + 1].digit))
        return st;
    return p + 1;
}

/* A lower-case signer at word k: a first name and surname, or a listed first name
 * alone ("groet, kees"). Returns the index after it, or k. */
static size_t lower_signer(const ll_names_scan *sc, size_t k) {
    size_t e = lower_first_surname(sc, k);
    if (e == k && k < sc->ntoks && lower_first(&sc->toks[k]))
        e = k + 1;
    return e;
}

/* Only blanks and two line breaks at least before byte at: a blank line ("\r\n\r\n"). */
static int after_blank_line(const char *s, size_t at) {
    int nl = 0;
    while (at > 0 &&
           (s[at - 1] == '\n' || s[at - 1] == ' ' || s[at - 1] == '\t' || s[at - 1] == '\r'))
        nl += s[--at] == '\n';
    return at > 0 && nl >= 2;
}

/* "Dank voor uw reactie.\n\nhenk en ria van der linden": the text's last line, after a
 * blank line, only lower-case signers (listed first names, a surname, "en" between two):
 * who signs. Word i opens the line; returns the index after the first signer, the second
 * (if any) after *e2 (else *e2 = that index), or i. */
static size_t signer_line(const ll_names_scan *sc, const char *s, size_t i, size_t *e2) {
    size_t n = sc->ntoks;
    *e2 = i;
    if (i == 0 || !sc->toks[i].nl || !after_blank_line(s, sc->toks[i].start))
        return i;
    size_t e = lower_signer(sc, i);
    if (e == i)
        return i;
    *e2 = e;
    if (e < n && joined(sc, e) && fold_is(sc, &sc->toks[e], "en") && e + 1 < n && joined(sc, e + 1))
        *e2 = lower_signer(sc, e + 1);
    if (*e2 == e + 1 || *e2 < n)
        return *e2 = i, i;
    return e;
}

/* "begeleider ilse van dijk", "meneer jan de boer": where a person stands (after a
 * title or a relation noun, rule), a first name in lower case ending at word e, then
 * van, de, van de, van der, ter... in lower case and a listed surname: the surname,
 * even when it is also a word ("dijk", "beek") or a street's ending. Where from is no
 * listed surname ("achmed van de stadswinkel"), nor a house number after it ("van
 * dijk 12"). Returns the index after the surname, or e. */
static size_t surname_after_first(const ll_names_scan *sc, size_t e, int rule) {
    static const char *const particles[] = {"van", "de", "der", "den", "ter", "ten"};
    size_t n = sc->ntoks;
    if (e == 0 || e >= n || (rule != LL_NAME_TITLE && rule != LL_NAME_RELATION) || !joined(sc, e))
        return e;
    const tok *pv = &sc->toks[e - 1];
    if (!uncased(pv) || !(pv->flags & W_FIRST) || (pv->flags & W_PARTICLE))
        return e;
    size_t p = skip_particles(sc, e, e);
    if (p == e || p >= n || !joined(sc, p))
        return e;
    for (size_t q = e; q < p; q++)
        if (!uncased(&sc->toks[q]) || !fold_in(sc, &sc->toks[q], particles, N_OF(particles)))
            return e;
    const tok *c = &sc->toks[p];
    if (!uncased(c) || !(c->flags & W_SURNAME) || c->digit || c->prot || c->name ||
        c->letters < 3 ||
        (c->flags & (W_STOP | W_PREP | W_TRIGGER | W_ORG | W_SKIP | W_PARTICLE | W_HEAD)) ||
        (p + 1 < n && sc->toks[p + 1].digit))
        return e;
    return p + 1;
}

/* A name in lower case that the lists do not know, starting at word st: particles,
 * then words that the word list does not know as ordinary words (or listed names,
 * after the first). After a relation noun "van" alone says whose or where from
 * ("collega van pameijer"): only a listed surname follows it as a name. Returns the
 * index after the name, or st. */
static size_t lower_run(ll_names_scan *sc, size_t st, int rule) {
    if (!sc->nm || !sc->nm->words)
        return st;
    size_t n = sc->ntoks, j = st;
    for (size_t w = 0; j < n && w < LL_NAMES_MAX_WORDS; w++) {
        if (j > st && !joined(sc, j))
            break;
        size_t p = skip_particles(sc, j, j);
        if (p > j && (p >= n || !joined(sc, p)))
            break;
        if (p > j && !lowerish(sc, &sc->toks[j]))
            break;
        const tok *c = &sc->toks[p];
        int listed = lowerish(sc, c) && (c->flags & W_NAME) && !c->prot && !c->name &&
                     !(c->flags & (W_STOP | W_COMMON | W_PREP | W_TRIGGER | W_KEEP | W_SKIP)) &&
                     common_word(sc, c) != 1;
        /* "den", "der", "ter", "ten" are a surname's ("consulent van den berg"): after them
         * a lower-case word is the surname even when it is also a word; "van de" may open
         * an ordinary phrase ("buurman van de overkant") */
        int old_particle = 0;
        for (size_t q = j; q < p; q++)
            old_particle |= fold_is(sc, &sc->toks[q], "den") || fold_is(sc, &sc->toks[q], "der") ||
                            fold_is(sc, &sc->toks[q], "ter") || fold_is(sc, &sc->toks[q], "ten");
        int after_old = old_particle && lowerish(sc, c) && !c->digit && !c->prot && !c->name &&
                        c->letters >= 3 &&
                        !(c->flags & (W_STOP | W_COMMON | W_PREP | W_TRIGGER | W_ORG | W_STREET |
                                      W_SKIP | W_PARTICLE | W_HEAD));
        int after_first = j > st && surname_after_first(sc, j, rule) == p + 1;
        if (!unlisted_lower(sc, c) && !(j > st && listed) && !after_old && !after_first &&
            !(p > j && !c->cap && (c->flags & W_SURNAME) && core_ok(sc, c, LV_CONTEXT, 1, 0)))
            break;
        if (rule == LL_NAME_RELATION && p == j + 1 && fold_is(sc, &sc->toks[j], "van") &&
            !(c->flags & W_SURNAME))
            break;
        j = p + 1;
    }
    /* the text read last, and only when a name was found: it costs a look-up a word */
    return j > st && dutch(sc) ? j : st;
}

/* Whether the word list knows lower-case word t only capitalised, as a name ("Achmed"). */
static int name_in_wordlist(const ll_names_scan *sc, const tok *t) {
    char w[LL_SPELLING_MAX];
    size_t n = t->cap ? 0 : plain_key(sc, t, w);
    return n && ll_wordlist_has(sc->nm->words, w, n) && !ll_wordlist_common(sc->nm->words, w, n);
}

/* The name of lower_run ends its clause: a comma, a line break or the text's end
 * follows ("beste achmed,", "groetjes,\nachmed"). */
static __attribute__((noinline)) size_t lower_run_alone(ll_names_scan *sc, size_t st, int rule) {
    /* "Afzender: peter jansen": a listed first name and a listed surname */
    size_t e = lower_first_surname(sc, st);
    if (e == st)
        e = lower_run(sc, st, rule);
    /* "Afzender: peter": after a label a listed first name in lower case alone, even
     * one that is also a word, when its line, a comma, a parenthesis or an address
     * ends it ("Van: peter <[EMAIL]>", "Afzender: peter (buurtbewoner)") */
    if (e == st && rule == LL_NAME_FIELD && lower_first(&sc->toks[st])) {
        const tok *nx = st + 1 < sc->ntoks ? &sc->toks[st + 1] : NULL;
        if (!nx || nx->nl || nx->comma || nx->paren || (nx->flags & W_SKIP))
            return st + 1;
    }
    if (e > st && e < sc->ntoks && !sc->toks[e].nl && !sc->toks[e].comma)
        return st;
    return e;
}

/* "mnr. m. el ouali", "mevr. j. de vries", "dhr. a. jansen": after a title, initials in
 * lower case (one to three letters, each with its dot) and a lower-case surname: one the
 * lists do not know as a word, particles and a surname, or a listed surname. Returns the
 * index after the surname, or st. */
static size_t lower_initials(ll_names_scan *sc, size_t st) {
    size_t n = sc->ntoks, k = st;
    while (k < n && k - st < 3 && (k == st || joined(sc, k)) && !sc->toks[k].cap &&
           sc->toks[k].dot && sc->toks[k].letters == 1 && !sc->toks[k].digit && !sc->toks[k].prot &&
           !sc->toks[k].name)
        k++;
    if (k == st || k >= n || !joined(sc, k))
        return st;
    size_t e = lower_run(sc, k, LL_NAME_TITLE);
    if (e > k)
        return e;
    const tok *c = &sc->toks[k];
    if (!c->cap && (c->flags & W_SURNAME) && !c->prot && !c->name && !c->digit && c->letters >= 2 &&
        !(c->flags & (W_STOP | W_COMMON | W_PREP | W_TRIGGER | W_PARTICLE | W_SKIP | W_KEEP)))
        return k + 1;
    return st;
}

/* After the trigger word i (the name to start at st), a name in lower case that
 * the lists do not know: after a title or a relation noun ("wijkagent el khatib",
 * "meneer achmed van de stadswinkel"), or alone after a label or a Dutch greeting
 * ("Naam: achmed khatib", "beste achmed,"). The trigger may not open a closing
 * ("Kind regards"), nor be an English greeting ("Hi there,"). */
/* Not inlined (nor tokenize, common_word_of): with them inlined ll_names_find's loop grew
 * and the compiler outlined other helpers instead; callgrind counted +4.5% instructions
 * over the development sets against +1.9% so. */
static __attribute__((noinline)) size_t lower_name_after(ll_names_scan *sc, size_t i, size_t st,
                                                         int rule) {
    static const char *const english[] = {"hi", "hello", "hey", "dear"};
    const tok *t = &sc->toks[i];
    if (rule == LL_NAME_FIELD)
        return lower_run_alone(sc, st, rule);
    if (rule == LL_NAME_GREETING)
        return fold_in(sc, t, english, N_OF(english)) ? st : lower_run_alone(sc, st, rule);
    /* "gesproken met achmed": after a verb of talking and "met" (trigger()) one word the
     * word list knows only capitalised, as a name ("Achmed"), not as an ordinary word */
    if (rule == LL_NAME_RELATION && !(t->flags & W_RELATION) && fold_is(sc, t, "met") &&
        name_in_wordlist(sc, &sc->toks[st])) {
        size_t e = lower_run(sc, st, rule);
        return e > st ? st + 1 : st;
    }
    if (rule != LL_NAME_TITLE &&
        !(rule == LL_NAME_RELATION && (t->flags & W_RELATION) && !(t->flags & W_TALK)))
        return st;
    if (rule == LL_NAME_TITLE) {
        size_t e = lower_initials(sc, st);
        if (e > st)
            return e;
    }
    size_t e = lower_run(sc, st, rule);
    if (e > st && (fold_is(sc, t, "namens") || relation_for_orgs(sc, t) || closing_at(sc, i) > 1))
        return st;
    /* "mijn buurman bakker belt", "de wijkagent visser zei", "AMBTENAAR VISSER": after a
     * person's relation noun, as after a title, a listed surname in lower case that is a
     * noun and nothing else; a noun does not follow one without an article. Not before a
     * house number ("bewoner visser 12" reads as an address), nor after a noun that
     * organisations answer to ("verhuurder bakker"). */
    if (e == st && rule == LL_NAME_RELATION && !fold_is(sc, t, "namens") &&
        !relation_for_orgs(sc, t) && closing_at(sc, i) <= 1) {
        const tok *c = &sc->toks[st];
        if (lowerish(sc, c) && (c->flags & W_SURNAME) && !c->prot && !c->name && !c->digit &&
            c->letters >= 3 &&
            !(c->flags &
              (W_STOP | W_COMMON | W_PREP | W_TRIGGER | W_KEEP | W_SKIP | W_PARTICLE | W_HEAD)) &&
            !(st + 1 < sc->ntoks && joined(sc, st + 1) && sc->toks[st + 1].digit) &&
            noun_only(sc, c))
            return st + 1;
    }
    return e;
}

/* Word i ends "t.a.v." or "c.c.": a letter's header that names a person as a label
 * does ("t.a.v. Haasbroek", "c.c. Haasbroek"). Not "i.o.v." (in opdracht van): an
 * organisation more often than a person ("i.o.v. Rijkswaterstaat"). */
static int header_abbrev(const ll_names_scan *sc, size_t i) {
    static const char *const abbrevs[][3] = {{"t", "a", "v"}, {"c", "c", NULL}};
    for (size_t a = 0; a < N_OF(abbrevs); a++) {
        size_t len = abbrevs[a][2] ? 3 : 2;
        if (i + 1 < len)
            continue;
        size_t k = 0;
        while (k < len) {
            const tok *u = &sc->toks[i + 1 - len + k];
            if (!u->dot || u->letters != 1 || !fold_is(sc, u, abbrevs[a][k]) ||
                (k > 0 && !u->dotsep))
                break;
            k++;
        }
        if (k == len)
            return 1;
    }
    return 0;
}

/* A speaker's hesitation in transcribed speech ("u spreekt met euh bas de vries"). */
static int is_filler(const ll_names_scan *sc, const tok *t) {
    static const char *const fillers[] = {"euh", "eh", "ehm", "eeh", "uh", "uhm"};
    return !t->cap && fold_in(sc, t, fillers, N_OF(fillers));
}

/* Word k opens a quotation: a quotation mark right before it, after a blank ("'Baas'",
 * "\"Baas\"", "‘Baas’"), and a capital. */
static __attribute__((noinline)) int quoted(const ll_names_scan *sc, size_t k) {
    const char *s = sc->text;
    const tok *t = &sc->toks[k];
    size_t a = t->start;
    if (!t->cap || t->allcaps || a < 2)
        return 0;
    if (s[a - 1] == '\'' || s[a - 1] == '"')
        return s[a - 2] == ' ';
    /* ‘ and “ in UTF-8: E2 80 98, E2 80 9C */
    return a >= 4 && (unsigned char)s[a - 3] == 0xE2 && (unsigned char)s[a - 2] == 0x80 &&
           ((unsigned char)s[a - 1] == 0x98 || (unsigned char)s[a - 1] == 0x9C) && s[a - 4] == ' ';
}

/* "ik ben d'n Harrie", "mijn buurman den Toon": Brabant and Flemish speakers put an
 * article before a first name: after "d'n", "den" one listed or none (no list holds it,
 * nor the word list as an ordinary word), after "de" a listed one ("contact met de
 * Gelderlander" names a paper); not before a surname ("mijn buurman de Roos"). At word k,
 * where a cue expects a name: the index of the name after such an article, or k. */
static __attribute__((noinline)) size_t after_article(const ll_names_scan *sc, size_t k) {
    size_t n = sc->ntoks;
    if (k + 1 < n && !sc->toks[k].cap && joined(sc, k + 1) &&
        (fold_is(sc, &sc->toks[k], "d'n") || fold_is(sc, &sc->toks[k], "den") ||
         fold_is(sc, &sc->toks[k], "de")) &&
        sc->toks[k + 1].cap && !sc->toks[k + 1].allcaps &&
        ((sc->toks[k + 1].flags & W_NAME) == W_FIRST ||
         (!fold_is(sc, &sc->toks[k], "de") && !sc->toks[k + 1].flags &&
          common_word_of(sc, &sc->toks[k + 1], 1) == 0)))
        return k + 1;
    return k;
}

/* "ech sinn", "ich bin", "je suis", "eu sou", "yo soy": I am, in the languages of the
 * neighbours and of those who moved here (words p and t). */
static int foreign_intro(const ll_names_scan *sc, const tok *p, const tok *t) {
    static const char *const intro[][2] = {
        {"ech", "sinn"}, {"ich", "bin"}, {"je", "suis"}, {"eu", "sou"}, {"yo", "soy"}};
    for (size_t k = 0; k < N_OF(intro); k++)
        if (fold_is(sc, p, intro[k][0]) && fold_is(sc, t, intro[k][1]))
            return 1;
    return 0;
}

/* Whether words k and k+1 are a capitalised pair no list need know (pair_word), or a first
 * name no list knows and a listed surname that is also a word ("Jang Weber", a weber the
 * unit of flux), the pair ending there. */
static int pair_at(const ll_names_scan *sc, size_t k) {
    size_t n = sc->ntoks;
    if (k + 1 >= n || !joined(sc, k + 1) || !pair_word(sc, &sc->toks[k], W_FIRST))
        return 0;
    const tok *b = &sc->toks[k + 1];
    if (!context_word(sc, k + 1, W_SURNAME) &&
        (!b->cap || b->allcaps || !(b->flags & W_SURNAME) || (b->flags & (W_KEEP | W_COMMON))))
        return 0;
    return k + 2 >= n || !joined(sc, k + 2) || b->dot ||
           !(sc->toks[k + 2].cap || sc->toks[k + 2].digit);
}

/* "mijn vrouw is [NAAM]", "onze begeleider is [NAAM]": word i is "is" after a possessive
 * and a relation noun, before a capitalised name, a listed one that is no word or one the
 * word list does not hold in any case (names-dev33); a people's name ("mijn man is
 * Kazach") and an ordinary word are in the word list. */
static int relation_is(const ll_names_scan *sc, size_t i) {
    static const char *const poss[] = {"mijn", "m'n", "mn",  "zijn", "z'n", "haar",
                                       "onze", "ons", "hun", "uw",   "je",  "jouw"};
    if (i < 2 || i + 1 >= sc->ntoks || !fold_is(sc, &sc->toks[i], "is") || !joined(sc, i) ||
        !joined(sc, i - 1) || !joined(sc, i + 1))
        return 0;
    const tok *r = &sc->toks[i - 1], *u = &sc->toks[i + 1];
    if (r->cap || !(r->flags & W_RELATION) || (r->flags & (W_TALK | W_NAME)) ||
        !fold_in(sc, &sc->toks[i - 2], poss, N_OF(poss)) || !u->cap || u->allcaps ||
        u->letters < 3 || u->prot || u->name)
        return 0;
    if (u->flags)
        return (u->flags & W_NAME) && !(u->flags & ~W_NAME);
    char w[LL_SPELLING_MAX];
    size_t n = plain_key(sc, u, w);
    return n && !ll_wordlist_has(sc->nm->words, w, n);
}

/* Word i is a trigger: the word a name would start at, and its evidence. */
static int trigger(const ll_names_scan *sc, size_t i, size_t *start, enum lvl *lv, int *rule,
                   int *place_ok) {
    const tok *t = &sc->toks[i];
    size_t n = sc->ntoks;
    *place_ok = 0;
    /* "mdw: Roos" is a label (below), "mdw Bas" a title. */
    if ((t->flags & W_TITLE && !(t->colon && (t->flags & W_FIELD))) ||
        ((t->flags & W_HEER) && i > 0 &&
         (fold_is(sc, &sc->toks[i - 1], "de") || (sc->toks[i - 1].flags & W_GREETING)))) {
        size_t k = i + 1;
        while (k < n && k - i <= LL_NAMES_MAX_PARTICLES && joined(sc, k) &&
               (sc->toks[k].flags & (W_TITLE | W_HEER)))
            k++;
        if (k >= n || !joined(sc, k))
            return 0;
        *start = k;
        *lv = LV_TITLE;
        *rule = LL_NAME_TITLE;
        *place_ok = 1;
        return 1;
    }
    if (i + 1 >= n)
        return 0;
    if (((t->colon && (t->flags & W_FIELD)) ||
         (t->dot && t->letters == 1 && header_abbrev(sc, i))) &&
        !sc->toks[i + 1].nl) {
        *start = i + 1;
        *lv = LV_CONTEXT;
        *rule = LL_NAME_FIELD;
        return 1;
    }
    /* "de wijkagent (mark) zei", "mijn buurman (Zoltan)": one word in parentheses
     * right after a relation noun names that person. */
    if ((t->flags & W_RELATION) && !(t->flags & (W_TALK | W_NAME)) && !t->cap &&
        sc->toks[i + 1].paren == 2 && !sc->toks[i + 1].nl && !relation_for_orgs(sc, t)) {
        *start = i + 1;
        *lv = LV_CONTEXT;
        *rule = LL_NAME_RELATION;
        return 1;
    }
    /* "meneer met naam 'Baas' vraagt": a name quoted after "naam" is the name as written,
     * even a word ("Baas"), as after a title */
    if (fold_is(sc, t, "naam") && !sc->toks[i + 1].nl && quoted(sc, i + 1)) {
        *start = i + 1;
        *lv = LV_TITLE;
        *rule = LL_NAME_FIELD;
        return 1;
    }
    if (!joined(sc, i + 1))
        return 0;
    /* English writers capitalise names: "my neighbour said" names no one ("Said" is one) */
    if ((t->flags & W_ENGLISH) && !sc->toks[i + 1].cap)
        return 0;
    int rel = (t->flags & W_RELATION) != 0;
    /* ik ben Karin; mijn naam is Karin; gesproken met Sandra */
    /* "Hoi, met Yolanthe": who is calling or writing, after a greeting */
    /* "ja, met Van den Berg": a call answered opens so too */
    if (!rel && i > 0 && !t->nl && fold_is(sc, t, "met") &&
        ((sc->toks[i - 1].flags & W_GREETING) ||
         (fold_is(sc, &sc->toks[i - 1], "ja") && sc->toks[i - 1].sent)))
        rel = 1;
    if (!rel && i > 0 && joined(sc, i)) {
        const tok *p = &sc->toks[i - 1];
        /* "contact gehad met", "contact opgenomen met", "een gesprek gevoerd met": the
         * word before is looked at only after "met", "door", "aan", "naar" */
        rel = (fold_is(sc, t, "ben") && fold_is(sc, p, "ik")) ||
              (fold_is(sc, t, "is") && fold_is(sc, p, "naam")) ||
              /* "ech sinn [NAAM]", "ich bin", "je suis", "eu sou": one introduces oneself in
               * one's own language (names-dev32), before a listed name or a pair no list
               * knows ("ich bin Deutscher" stays) */
              (foreign_intro(sc, p, t) && (sc->toks[i + 1].flags & W_NAME || pair_at(sc, i + 1))) ||
              /* "(echte naam Lolita Rosario)" (names-dev22): the name behind a nickname,
               * capitalised */
              (fold_is(sc, t, "naam") && sc->toks[i + 1].cap &&
               (fold_is(sc, p, "echte") || fold_is(sc, p, "eigenlijke") ||
                fold_is(sc, p, "volledige") || fold_is(sc, p, "officiele"))) ||
              /* "Hier is Abebe, ik bel voor": who calls, opening the sentence */
              (fold_is(sc, t, "is") && fold_is(sc, p, "hier") && p->sent) ||
              /* "samen met Luana": whom one went with */
              (fold_is(sc, t, "met") && fold_is(sc, p, "samen")) || relation_is(sc, i) ||
              /* "een paspoort op naam van [NAAM]", "staat op naam van": whose name a
               * document, a contract or a car bears */
              (fold_is(sc, t, "van") && fold_is(sc, p, "naam") && i > 1 && joined(sc, i - 1) &&
               fold_is(sc, &sc->toks[i - 2], "op")) ||
              ((fold_is(sc, t, "met") || fold_is(sc, t, "door") || fold_is(sc, t, "aan") ||
                fold_is(sc, t, "naar") || fold_is(sc, t, "tegen")) &&
               ((p->flags & W_TALK) ||
                (i > 1 && !p->cap && (sc->toks[i - 2].flags & W_TALK) && joined(sc, i - 1) &&
                 (fold_is(sc, p, "gehad") || fold_is(sc, p, "opgenomen") ||
                  fold_is(sc, p, "gevoerd") || fold_is(sc, p, "gemaakt") ||
                  fold_is(sc, p, "gehouden") || fold_is(sc, p, "gezocht")))));
    }
    /* "met jan gesproken": a first name in lower case after met, if it is no word. */
    const tok *nx = &sc->toks[i + 1];
    if (!rel && fold_is(sc, t, "met") && !nx->cap && (nx->flags & W_FIRST) &&
        !(nx->flags & (W_WORD | W_STOP | W_PARTICLE)))
        rel = 1;
    /* "de kinderen op de boot": a lower-case in, op or te after it opens a place */
    if (rel && !nx->cap && is_prep_particle(sc, nx))
        rel = 0;
    if (rel) {
        /* "u spreekt met euh bas": the name after the speaker's hesitation */
        size_t k = i + 1;
        while (k + 1 < n && k - i <= 2 && is_filler(sc, &sc->toks[k]) && joined(sc, k + 1))
            k++;
        k = after_article(sc, k);
        *start = k;
        *lv = LV_CONTEXT;
        *rule = LL_NAME_RELATION;
        return 1;
    }
    if ((t->flags & W_GREETING) && t->sent) {
        *start = i + 1;
        *lv = LV_CONTEXT;
        *rule = LL_NAME_GREETING;
        return 1;
    }
    return 0;
}

/* Between words j-1 and j only blanks and parentheses, one at least, on one line: one
 * name's parts, "A.J. (Ton) van der Linden", masked as one span. */
static int paren_gap(const char *s, const ll_names_scan *sc, size_t j) {
    int parens = 0;
    for (size_t k = sc->toks[j - 1].end; k < sc->toks[j].start; k++) {
        if (s[k] == '(' || s[k] == ')')
            parens++;
        else if (s[k] != ' ' && !(s[k] == '.' && k == sc->toks[j - 1].end))
            return 0;
    }
    return parens > 0;
}

/* After word i, a title the keep list holds as an organisation ("wethouder",
 * "burgemeester"), the person it names: a surname's lower-case particles and a
 * capitalised word ("wethouder de la Mar"); `van` only before `der`, `den`, `de`, `'t`
 * ("wethouder van der Mar"; "wethouder van Rotterdam", "van Financiën" name no one);
 * no preposition or `het` ("burgemeester in Gouda"); or one capitalised word (or, after
 * particles, a lower-case one) that the word list does not know as an ordinary word
 * ("wethouder Kurvers"; "wethouder Wonen", "wethouder Sport" name a portfolio; so does
 * "wethouder Mar": `mar` is a word), in lower case any word after `van der`, `van den`,
 * `ter`, `ten`, which lead only to surnames ("wethouder van der mar"). Returns the index
 * after the name, or i + 1. */
static __attribute__((noinline)) size_t org_title_name(const ll_names_scan *sc, size_t i) {
    size_t n = sc->ntoks;
    if (i + 1 >= n || !joined(sc, i + 1))
        return i + 1;
    const tok *u = &sc->toks[i + 1];
    size_t p = skip_particles(sc, i + 1, i + 1);
    /* "wethouder Van Rijn", "burgemeester De Langen": a capitalised particle opens a
     * surname, even before a place ("van Rijn", "van Gouda" in lower case name a river's
     * or a town's, and a street after it is protected: "Wethouder Van Essenweg") */
    if (p > i + 1 && p < n && joined(sc, p) && u->cap && !u->allcaps && !u->sent &&
        (fold_is(sc, u, "van") || fold_is(sc, u, "de") || fold_is(sc, u, "ter") ||
         fold_is(sc, u, "ten")) &&
        sc->toks[p].cap && !sc->toks[p].allcaps && !sc->toks[p].prot)
        return take(sc, i + 1, LV_TITLE, 1);
    if (p >= n || !joined(sc, p) ||
        (p > i + 1 && (u->cap || is_prep_particle(sc, u) || fold_is(sc, u, "het") ||
                       fold_is(sc, u, "t") || fold_is(sc, u, "'t"))))
        return i + 1;
    const tok *c = &sc->toks[p];
    if (fold_is(sc, u, "van")) {
        /* only "van der", "van den", "van de", "van 't" */
        const tok *v = p > i + 2 ? &sc->toks[i + 2] : NULL;
        if (!v || v->cap ||
            !(fold_is(sc, v, "der") || fold_is(sc, v, "den") || fold_is(sc, v, "de") ||
              fold_is(sc, v, "t") || fold_is(sc, v, "'t")))
            return i + 1;
    }
    if (c->allcaps || c->prot || c->name || c->digit)
        return i + 1;
    if (!c->cap) {
        /* "wethouder van der mar": lower case only after particles, a word the list
         * does not know as an ordinary one, ending the name */
        int surname_particle = 0; /* "van der", "van den", "ter", "ten" lead only to names */
        for (size_t q = i + 1; q < p; q++)
            surname_particle |=
                fold_is(sc, &sc->toks[q], "der") || fold_is(sc, &sc->toks[q], "den") ||
                fold_is(sc, &sc->toks[q], "ter") || fold_is(sc, &sc->toks[q], "ten");
        if (p == i + 1 || (!surname_particle && common_word(sc, c) != 0) ||
            (c->flags & (W_STOP | W_TRIGGER)) ||
            (p + 1 < n && joined(sc, p + 1) && !sc->toks[p + 1].cap &&
             (sc->toks[p + 1].flags & W_PARTICLE)))
            return i + 1;
        return p + 1;
    }
    /* "Wethouder Bakker": a word that a name list holds is the person, not a
     * portfolio (names-dev16:100) */
    if (p == i + 1 && ((common_word(sc, c) != 0 && !(c->flags & W_NAME)) ||
                       (c->flags & (W_COMMON | W_PLACE | W_ORG))))
        return i + 1;
    return take(sc, i + 1, LV_TITLE, 0);
}

/* At word k, after a label's lower-case first name: `van` (maybe `de`, `der`, `den`,
 * `'t`) and one lower-case word that its line, a comma, a parenthesis or an address
 * ends ("Cc: jeroen van dam"). Returns the index after that word, or k. */
static __attribute__((noinline)) size_t label_van_surname(const ll_names_scan *sc, size_t k) {
    size_t n = sc->ntoks;
    if (k >= n || !joined(sc, k) || sc->toks[k].cap || !fold_is(sc, &sc->toks[k], "van"))
        return k;
    size_t p = skip_particles(sc, k, k);
    if (p >= n || !joined(sc, p))
        return k;
    const tok *c = &sc->toks[p];
    if (c->cap || c->digit || c->prot || c->name || c->letters < 3 ||
        (c->flags & (W_STOP | W_PREP | W_TRIGGER | W_ORG | W_SKIP | W_PARTICLE | W_HEAD | W_STREET |
                     W_COMMON)))
        return k;
    const tok *nx = p + 1 < n ? &sc->toks[p + 1] : NULL;
    return !nx || nx->nl || nx->comma || nx->paren || (nx->flags & W_SKIP) ? p + 1 : k;
}

/* After "met" that introduces a caller ("hallo met", "u spreekt met"), the name at
 * word st, found up to word e (e == st: none yet): in transcribed speech a lower-case
 * first name, particles and a listed surname, even a first name that is also a word
 * ("met euh bas de vries ik heb"); and the words before the speaker's hesitation are
 * the name's ("met ingrid storm euh ik bel": "storm" is a word), at most two, none a
 * function word, place, organisation or street. Returns the name's end. */
static __attribute__((noinline)) size_t spoken_intro(const ll_names_scan *sc, size_t st, size_t e) {
    size_t n = sc->ntoks;
    if (e == st)
        e = lower_first_surname(sc, st);
    if (e == st)
        return e;
    size_t f = e;
    while (f < n && f - e < 2 && joined(sc, f) && !is_filler(sc, &sc->toks[f])) {
        const tok *u = &sc->toks[f];
        if (u->allcaps || u->digit || u->prot || u->name || u->letters < 2 ||
            (u->flags & (W_STOP | W_PREP | W_TRIGGER | W_TITLE | W_HEER | W_KEEP | W_HEAD | W_SKIP |
                         W_PLACE_SFX | W_COMMON)))
            return e;
        f++;
    }
    return f > e && f < n && joined(sc, f) && is_filler(sc, &sc->toks[f]) ? f : e;
}

/* Where a cue other than a relation noun says who speaks or is spoken to ("hallo met",
 * "u spreekt met", "ik ben", "gesproken met"), a surname in lower case that opens with its
 * particles ("ja hallo met van den berg ik bel", "ik ben van dijk", "Ik ben van Dijk": a
 * listed one may be capitalised): a listed surname even
 * when it is a place or a word ("Berg", "Dijk": take() keeps a listed place after a
 * particle only behind a title), or after "der", "den", "ter", "ten", "'t", which lead
 * only to surnames, a word the word list does not know as an ordinary one. A particle
 * other than "de" must open it ("hallo met de buurt", "ik ben de baas"), and "van de"
 * only after "met" ("ik ben van de dijk gereden" says where from); not after a relation
 * noun, where "van" says where from too ("mijn buurman van dijk"), nor before a house
 * number or a street's noun ("van de bakker straat"). Returns the name's end, or st. */
static __attribute__((noinline)) size_t cued_particle_surname(const ll_names_scan *sc, size_t st,
                                                              int with) {
    static const char *const particles[] = {"van", "de", "der", "den", "ter", "ten", "t", "'t"};
    size_t n = sc->ntoks;
    size_t p = skip_particles(sc, st, st);
    if (p == st || p >= n || !joined(sc, p))
        return st;
    int opened = 0, old = 0;
    for (size_t q = st; q < p; q++) {
        const tok *u = &sc->toks[q];
        if (!uncased(u) || !fold_in(sc, u, particles, N_OF(particles)))
            return st;
        opened |= !fold_is(sc, u, "de");
        old |= !fold_is(sc, u, "de") && !fold_is(sc, u, "van");
    }
    const tok *c = &sc->toks[p];
    if (!opened || (!with && !old && p > st + 1) || !(uncased(c) || (c->flags & W_SURNAME)) ||
        c->digit || c->prot || c->name || c->letters < 3 ||
        (c->flags & (W_STOP | W_PREP | W_TRIGGER | W_TITLE | W_HEER | W_ORG | W_STREET | W_SKIP |
                     W_PARTICLE | W_HEAD | W_COMMON)) ||
        !((c->flags & W_SURNAME) || (old && common_word(sc, c) == 0)) ||
        (p + 1 < n && joined(sc, p + 1) && sc->toks[p + 1].digit) || split_street(sc, p + 1))
        return st;
    return p + 1;
}

/* After a caller's "met" (word i: "hallo met", "ja met", "u spreekt met"), one listed
 * surname in lower case that the word list reads as a noun and nothing else ("hallo met
 * visser ik bel over de heg"): a noun without an article is no caller ("hallo met de
 * bakker" is one). Only where the caller's words end: the clause, a hesitation, or "ik",
 * "hier", "uit" ("met meer mensen" stays). Returns the name's end, or st. */
static __attribute__((noinline)) size_t caller_noun_surname(const ll_names_scan *sc, size_t i,
                                                            size_t st) {
    static const char *const enders[] = {"ik", "hier", "uit"};
    size_t n = sc->ntoks;
    const tok *p = i > 0 ? &sc->toks[i - 1] : NULL;
    if (!p || st != i + 1 ||
        !((p->flags & W_GREETING) || fold_is(sc, p, "ja") || fold_is(sc, p, "spreekt") ||
          fold_is(sc, p, "spreek")))
        return st;
    const tok *c = &sc->toks[st];
    if (!uncased(c) || !(c->flags & W_SURNAME) || c->digit || c->prot || c->name ||
        c->letters < 3 ||
        (c->flags & (W_STOP | W_PREP | W_TRIGGER | W_ORG | W_STREET | W_SKIP | W_PARTICLE | W_HEAD |
                     W_COMMON | W_PLACE)) ||
        !noun_only(sc, c))
        return st;
    const tok *nx = st + 1 < n ? &sc->toks[st + 1] : NULL;
    if (nx && !nx->nl && !nx->comma && !nx->sent && !is_filler(sc, nx) &&
        !(joined(sc, st + 1) && fold_in(sc, nx, enders, N_OF(enders))))
        return st;
    return st + 1;
}

/* Words st..e-1 are each capitalised, held by no name list, and an ordinary word to
 * the word list ("Griffie", "Sociale Dienst"). */
static __attribute__((noinline)) int department_words(const ll_names_scan *sc, size_t st,
                                                      size_t e) {
    for (size_t k = st; k < e; k++) {
        const tok *u = &sc->toks[k];
        if (!u->cap || (u->flags & W_NAME) || common_word(sc, u) != 1)
            return 0;
    }
    return 1;
}

/* After word i (a first name): lower-case "van de" (or "van het", "van 't") and one
 * lower-case word the word list knows as an ordinary word ("balie", "groenvoorziening"),
 * and no article before word i ("de Storm van de eeuw"). */
static __attribute__((noinline)) int from_desk(const ll_names_scan *sc, size_t i) {
    size_t n = sc->ntoks;
    if (i + 3 >= n || !joined(sc, i + 1) || !joined(sc, i + 2) || !joined(sc, i + 3))
        return 0;
    const tok *v = &sc->toks[i + 1], *d = &sc->toks[i + 2], *w = &sc->toks[i + 3];
    if (v->cap || d->cap || w->cap || !fold_is(sc, v, "van") ||
        !(fold_is(sc, d, "de") || fold_is(sc, d, "het") || fold_is(sc, d, "'t")) ||
        w->letters < 3 || w->digit || (w->flags & (W_NAME | W_PARTICLE | W_SKIP)))
        return 0;
    if (i > 0 && joined(sc, i)) {
        const tok *p = &sc->toks[i - 1];
        if (fold_is(sc, p, "de") || fold_is(sc, p, "het") || fold_is(sc, p, "een"))
            return 0;
    }
    return common_word_of(sc, w, 1) == 1;
}

/* The name at words st..e-1, cut before a lower-case "van" that says where someone works
 * ("begeleider ilse van Cordaan": who writes a first name in lower case writes the surname
 * so too, so "van" and a capitalised word no list holds as a surname after it name her
 * employer; "ing. Rienk de Jong van Wetterskip Fryslân": after a surname that a particle
 * opened, "van" starts no second one). Returns the name's end. */
static __attribute__((noinline)) size_t employer_cut(const ll_names_scan *sc, size_t st, size_t e) {
    if (e <= st + 2)
        return e;
    int whole = !sc->toks[st].cap && (sc->toks[st].flags & W_FIRST);
    for (size_t k = st + 1; k + 1 < e; k++) {
        const tok *v = &sc->toks[k];
        if (whole && !v->cap && fold_is(sc, v, "van") && sc->toks[k + 1].cap &&
            !(sc->toks[k + 1].flags & (W_SURNAME | W_PARTICLE)))
            return k;
        whole |= v->cap && !(v->flags & W_PARTICLE) && k - 1 > st &&
                 (sc->toks[k - 1].flags & W_PARTICLE);
        /* "monteur Jelle Visser van Kone is onderweg" (names-dev36): after a listed first
         * name and a listed surname, a lower-case "van" and the one capitalised word that
         * ends the name, no listed name, is whom one works for; a second surname joins the
         * first by a hyphen ("Visser-van Dam") or is a listed one */
        if (k == st + 2 && e == k + 2 && !v->cap && fold_is(sc, v, "van") && sc->toks[st].cap &&
            (sc->toks[st].flags & W_FIRST) && sc->toks[st + 1].cap &&
            (sc->toks[st + 1].flags & W_SURNAME) && !(sc->toks[st + 1].flags & W_PARTICLE) &&
            sc->toks[k + 1].cap && !(sc->toks[k + 1].flags & (W_NAME | W_PARTICLE)))
            return k;
    }
    return e;
}

/* A form's field for a person's name ("Achternaam: van dijk", "Naam melder: k. de graaf",
 * "Melder: j. de boer, stoep kapot"): web forms, KCC exports and pasted forms write the
 * name after its label as the citizen typed it, in lower case or as initials, where the
 * cues above, which read case, left it in clear (user check 5 of 12-02, on enriched, the
 * dashboard and the report). Three kinds of label, by how surely a name follows: */
/* the field is the name: its value is one whatever its case or spelling */
static const char *const name_labels[] = {
    "naam",          "voornaam",       "voornamen",    "achternaam",  "roepnaam",   "voorletters",
    "tussenvoegsel", "tussenvoegsels", "geboortenaam", "meisjesnaam", "familienaam"};
/* a role whose field names its holder, or describes them ("Melder: bewoner nr 12"): a
 * lower-case word the word list knows must be a listed name or follow initials or a
 * particle, and the name must fill the field */
static const char *const role_labels[] = {"melder",   "aanvrager", "contactpersoon",
                                          "indiener", "verzoeker", "klager"};
/* a speaker in a transcript ("Inwoner: noah" answers "Hoe heet je?"): only a listed name
 * or initials that fill the turn */
static const char *const speaker_labels[] = {"inwoner", "bewoner", "burger", "klant", "beller"};
/* what a field says when it holds no name */
static const char *const no_name[] = {"anoniem", "anonieme", "onbekend", "onbekende",
                                      "nvt",     "idem",     "privé",    "prive",
                                      "leeg",    "zelf",     "volgt",    "dezelfde"};
/* "Naam bedrijf:", "Bedrijf naam:": the name of something else */
static const char *const not_a_person[] = {"bedrijf",    "organisatie", "straat",  "afdeling",
                                           "instelling", "project",     "product", "bestand"};

/* Word i is a label with its colon: the end of the name in its field (words i+1..), or
 * i+1 when it holds none or is no field for a name. Called only for a word with a colon,
 * which few words have. */
static __attribute__((noinline)) size_t name_field(ll_names_scan *sc, size_t i) {
    enum { NAME, ROLE, SPEAKER } kind;
    const tok *t = &sc->toks[i];
    size_t n = sc->ntoks, st = i + 1;
    int opens = i == 0 || t->nl || t->sent || !joined(sc, i);
    const tok *pv = opens ? NULL : &sc->toks[i - 1];
    if (fold_in(sc, t, name_labels, N_OF(name_labels)))
        kind = NAME;
    else if (fold_in(sc, t, role_labels, N_OF(role_labels)))
        kind = ROLE;
    else if (fold_in(sc, t, speaker_labels, N_OF(speaker_labels)))
        kind = SPEAKER;
    else
        return st;
    /* "Naam melder:", "Naam van de aanvrager:": the name of the role's holder */
    if (kind != NAME && pv) {
        size_t k = i - 1;
        while (k > 0 && joined(sc, k) && (sc->toks[k].flags & W_PARTICLE) && !sc->toks[k].cap)
            k--;
        if (!fold_is(sc, &sc->toks[k], "naam"))
            return st; /* "E-mail melder:", "Adres aanvrager:" */
        kind = NAME;
    } else if (kind == NAME && pv &&
               ((pv->flags & (W_HEAD | W_ORG | W_KEEP)) || pv->prot ||
                fold_in(sc, pv, not_a_person, N_OF(not_a_person)))) {
        return st;
    }
    if (st >= n || sc->toks[st].nl)
        return st;
    const tok *f = &sc->toks[st];
    /* a title, a relation word, a greeting: the rules after them read what follows */
    if ((f->flags & (W_TITLE | W_HEER | W_TRIGGER)) || fold_in(sc, f, no_name, N_OF(no_name)))
        return st;
    size_t e = st, k = st;
    int after_particle = 0, initials = 0, real_particle = 0;
    for (; k < n && k - st < LL_NAMES_MAX_WORDS; k++) {
        const tok *u = &sc->toks[k];
        if (k > st && (!joined(sc, k) || u->colon)) /* the field ends, or the next label */
            break;
        /* a place in a name's field, or after a particle, is a surname ("van dijk",
         * "Achternaam: Kerkhof"); a street or an organisation is not */
        uint32_t keep = (kind == NAME || after_particle) && !(u->flags & (W_ORG | W_STREET))
                            ? W_ORG | W_STREET
                            : W_KEEP;
        if (u->digit || u->prot || u->name ||
            (u->flags & (W_SKIP | keep | W_HEAD | W_TITLE | W_HEER | W_TRIGGER)))
            break;
        if ((u->flags & W_PARTICLE) && !(u->dot && u->letters == 1)) {
            after_particle = 1;
            real_particle |= !(fold_is(sc, u, "de") || fold_is(sc, u, "het"));
            continue;
        }
        int initial = u->letters <= 2 && !u->allcaps && (u->dot || u->letters == 1);
        if (!initial) {
            int listed = (u->flags & W_NAME) && !(u->flags & (W_STOP | W_COMMON));
            int any = kind == NAME && k == st;
            int word = common_word(sc, u) == 1;
            /* "Achternaam: de graaf", "Melder: j. de boer": a surname's particles make
             * a surname of a word; "de" alone only of a listed one ("Melder: de buurt"),
             * and after a name only of a listed one or none ("Melder: kees van
             * hiernaast" says where from) */
            int particled = after_particle && (real_particle || initials || e > st || listed) &&
                            (listed || !word || (kind == NAME && e == st));
            if ((u->flags & (W_STOP | W_COMMON)) && !listed && !particled)
                break;
            if (kind == SPEAKER ? !listed && !particled : !any && !listed && !particled && word)
                break;
        }
        initials |= initial;
        after_particle = real_particle = 0;
        e = k + 1;
        if (u->dot && !initial) /* the sentence ends */
            break;
    }
    if (e == st)
        return st;
    /* "Naam: de Vries, J.": a register's surname first, its initials after a comma */
    for (k = e; kind == NAME && k < n && k - e < LL_NAMES_MAX_INITIALS && sc->toks[k].dot &&
                sc->toks[k].letters == 1 && !sc->toks[k].digit &&
                (k == e ? sc->toks[k].comma : joined(sc, k));
         k++)
        ;
    if (k > e && (k >= n || !joined(sc, k) || sc->toks[k].colon))
        e = k;
    /* a role or a speaker: the name fills its field ("Melder: jan belt" may be a note) */
    if (kind != NAME && e < n && joined(sc, e) && !sc->toks[e].colon &&
        !(!sc->toks[e].cap &&
          (fold_is(sc, &sc->toks[e], "van") || fold_is(sc, &sc->toks[e], "uit"))))
        return st;
    return e;
}

/* Labels of a list of those who came or signed, in minutes and petitions. */
static const char *const attendance_labels[] = {"aanwezig",   "aanwezigen",     "afwezig",
                                                "afwezigen",  "kennisgeving",   "ondertekenaars",
                                                "deelnemers", "handtekeningen", "genodigden"};

/* "Aanwezig: Hofstede, Brinkers, Bensaïd en Klunder." (a list in minutes): after a label of
 * those present, absent or signing, each item of a list separated by commas or "en", to the
 * line's or the sentence's end, that is one to four capitalised words (particles and
 * initials among them) is a person's name, listed or not; an item with a word the lists
 * keep (a place, street, organisation, building), a digit, a function word or an ordinary
 * word no name list holds is not ("Aanwezig: Woonstad, 12 bewoners"), and one that opens
 * with a title is left to the title's rule. A role in parentheses after a name is skipped
 * ("Gerda Wolters (voorzitter)"). Marks the names; returns how many. */
static __attribute__((noinline)) int attendance_list(ll_names_scan *sc, size_t i) {
    const tok *t = &sc->toks[i];
    if (!fold_in(sc, t, attendance_labels, N_OF(attendance_labels)))
        return 0;
    size_t n = sc->ntoks, k = i + 1;
    int found = 0;
    /* a sentence ends the list, not the parenthesis a role closes */
#define LIST_ENDS(k) (sc->toks[k].nl || (sc->toks[k].sent && !sc->toks[(k)-1].paren))
    while (k < n && (k == i + 1 || !LIST_ENDS(k))) {
        size_t a = k, e = k;
        int ok = 1, caps = 0;
        size_t ordinary = 0; /* index after the item's one ordinary word, 0 for none */
        /* one item: to a comma, "en", a parenthesis, the next label or the end */
        for (; k < n && (k == a || (!LIST_ENDS(k) && !sc->toks[k].comma && !sc->toks[k].paren));
             k++) {
            const tok *u = &sc->toks[k];
            if (k > a && !u->cap && fold_is(sc, u, "en"))
                break;
            if (k == a && !u->cap && !(u->flags & W_PARTICLE))
                ok = 0;
            if (u->digit || u->prot || u->allcaps ||
                (u->flags & (W_SKIP | W_ORG | W_STREET | W_HEAD | W_TRIGGER | W_HEER | W_TITLE)) ||
                ((u->flags & W_PLACE) && !(u->flags & W_SURNAME)))
                ok = 0;
            else if (u->flags & W_PARTICLE)
                ok &= k + 1 < n && joined(sc, k + 1);
            else if (!u->cap)
                ok = 0;
            else if (!(u->flags & W_NAME) && !(u->dot && u->letters == 1) &&
                     ((u->flags & (W_STOP | W_COMMON)) || common_word(sc, u) == 1)) {
                if (ordinary || (u->flags & (W_STOP | W_COMMON)))
                    ok = 0;
                ordinary = k + 1;
            }
            caps += u->cap && !(u->flags & W_PARTICLE);
            e = k + 1;
            if (u->colon)
                break;
        }
        /* "Tsering Dolma (notulen)": an ordinary word is a surname only as the second of
         * two, after a first word that no list holds and no word list knows */
        if (ordinary && !(e == a + 2 && ordinary == e && !sc->toks[a].flags &&
                          common_word(sc, &sc->toks[a]) == 0))
            ok = 0;
        if (ok && caps && e - a <= 5 && sc->toks[e - 1].cap) {
            for (size_t w = a; w < e; w++)
                if (!sc->toks[w].name)
                    sc->toks[w].name = 1 + LL_NAME_FIELD;
            found++;
        }
        if (e > a && sc->toks[e - 1].colon)
            break;
        if (k < n && !LIST_ENDS(k) && !sc->toks[k].cap && fold_is(sc, &sc->toks[k], "en"))
            k++;
        /* a role in parentheses: "(voorzitter)", "(notulen)" */
        while (k < n && !sc->toks[k].nl && sc->toks[k].paren && !sc->toks[k].comma)
            k++;
        if (k == a)
            k++;
    }
#undef LIST_ENDS
    return found;
}

/* Whether the letters h[0..n) of a handle are a surname, with particles written onto
 * it ("devries", "vanderberg", "vdberg"): the surname listed, no organisation, and no
 * place unless a particle came before it. */
static int glued_surname(const ll_names *nm, const char *h, size_t n) {
    static const char *const glued[] = {"van", "der", "den", "de", "vd", "ter", "ten", "el"};
    for (int depth = 0; depth < 3; depth++) {
        /* a place after a particle is a surname there ("vandijk") */
        uint32_t fl = n >= 3 ? flags_of(nm, h, n) : 0;
        if ((fl & W_SURNAME) && !(fl & (W_ORG | W_STREET | W_TRIGGER)) &&
            (depth > 0 || !(fl & W_PLACE)))
            return 1;
        size_t cut = 0;
        for (size_t g = 0; g < N_OF(glued) && !cut; g++) {
            size_t gl = strlen(glued[g]);
            if (n > gl + 2 && !memcmp(h, glued[g], gl))
                cut = gl;
        }
        if (!cut)
            return 0;
        h += cut;
        n -= cut;
    }
    return 0;
}

/* "@jdevries010 op insta zegt" (user check 6, in clear on enriched): a social media
 * handle right after a blank whose letters are a person's name: a plain first name
 * alone or before a surname ("@sanne_bakker", "@pieterjansen"), or one or two initials
 * before a surname ("@jdevries010", "@mvd_berg"), digits, '_' and '.' aside. An
 * organisation's handle names no one ("@gemeente", "@woningstichting"). Word i is the
 * handle's first; returns the index after its words, or i. */
static __attribute__((noinline)) size_t handle_name(const ll_names_scan *sc, size_t i, int *rule) {
    const char *s = sc->text;
    const tok *t = &sc->toks[i];
    size_t a = t->start;
    if (a < 1 || s[a - 1] != '@' ||
        (a >= 2 && s[a - 2] != ' ' && s[a - 2] != '(' && s[a - 2] != '\n' && s[a - 2] != '"'))
        return i;
    char h[LL_NAMES_MAX_WORD_BYTES];
    size_t n = 0, j = i;
    for (; j < sc->ntoks && (j == i || sc->toks[j].start == sc->toks[j - 1].end + 1); j++) {
        const tok *u = &sc->toks[j];
        if (j > i && s[u->start - 1] != '_' && s[u->start - 1] != '.')
            break;
        for (size_t k = 0; k < u->flen && n < sizeof(h); k++) {
            char c = sc->fold[u->fold + k];
            if (c >= 'a' && c <= 'z')
                h[n++] = c;
        }
    }
    if (n < 4 || n >= sizeof(h))
        return i;
    const ll_names *nm = sc->nm;
    for (size_t k = 1; k + 3 <= n; k++) {
        /* before a surname a first name that is also a word will do ("@kees.vandijk") */
        uint32_t ff = k >= 3 ? flags_of(nm, h, k) : 0;
        int initials = k <= 2, first = (ff & W_FIRST) && !(ff & (W_PLACE | W_ORG | W_PARTICLE));
        if ((initials || first) && glued_surname(nm, h + k, n - k)) {
            *rule = first ? LL_NAME_FIRST : LL_NAME_INITIALS;
            return j;
        }
    }
    *rule = LL_NAME_FIRST;
    return plain_first(nm, h, n) ? j : i;
}

/* The bytes of a quotation mark at s[a..] (', ", and the typographic ‘ ’ “ ”), or 0. */
static size_t quote_mark(const char *s, size_t len, size_t a) {
    if (a < len && (s[a] == '\'' || s[a] == '"'))
        return 1;
    if (a + 2 < len && (unsigned char)s[a] == 0xE2 && (unsigned char)s[a + 1] == 0x80 &&
        (unsigned char)s[a + 2] >= 0x98 && (unsigned char)s[a + 2] <= 0x9D)
        return 3;
    return 0;
}

/* Between words j - 1 and j only blanks and one quotation mark or two, on one line:
 * "Cornelis 'Kees' van Dam". */
static int quote_gap(const char *s, size_t len, const ll_names_scan *sc, size_t j) {
    int marks = 0;
    for (size_t k = sc->toks[j - 1].end; k < sc->toks[j].start;) {
        size_t q = quote_mark(s, len, k);
        if (q) {
            marks++;
            k += q;
        } else if (s[k] == ' ') {
            k++;
        } else {
            return 0;
        }
    }
    return marks > 0 && marks <= 2;
}

/* "'Bolle' Jaap Smit", "Hendrika 'Riek' Scholten", "ene 'Ome Piet'", "\"Mama Lola\""
 * (names-dev22): a quotation of one to three capitalised words is a nickname, and as
 * telling as the name, when a word of it is taken for a name or a name stands right
 * before or after its quotation marks. A quotation that holds no name and stands by
 * none ("café 'De Gouden Leeuw'") is left alone. */
static __attribute__((noinline)) void quoted_nicknames(ll_names_scan *sc, const char *s,
                                                       size_t len) {
    size_t n = sc->ntoks;
    for (size_t k = 0; k < n && sc->quotes; k++) {
        const tok *t = &sc->toks[k];
        size_t a = t->start;
        if (!t->cap || t->allcaps || !a)
            continue;
        size_t q = a >= 3 && quote_mark(s, len, a - 3) == 3 ? 3 : quote_mark(s, len, a - 1);
        if (!q || (a > q && s[a - q - 1] != ' ' && s[a - q - 1] != '\n' && s[a - q - 1] != '(' &&
                   s[a - q - 1] != ','))
            continue;
        size_t m = k;
        while (m + 1 < n && m + 1 < k + 3 && sc->toks[m + 1].plain && sc->toks[m + 1].cap)
            m++;
        size_t after = sc->toks[m].end;
        if (!quote_mark(s, len, after))
            continue;
        int inside = 0, ok = 1;
        for (size_t w = k; w <= m; w++) {
            const tok *u = &sc->toks[w];
            inside |= u->name != 0;
            ok &= u->letters >= 2 && !u->digit && !u->allcaps && !(u->flags & W_SKIP);
        }
        int before = k > 0 && sc->toks[k - 1].name && quote_gap(s, len, sc, k);
        int next = m + 1 < n && sc->toks[m + 1].name && quote_gap(s, len, sc, m + 1);
        if (!ok || !(inside || before || next))
            continue;
        uint8_t name = next ? sc->toks[m + 1].name : before ? sc->toks[k - 1].name : 0;
        for (size_t w = k; w <= m && !name; w++)
            name = sc->toks[w].name;
        for (size_t w = k; w <= m; w++)
            if (!sc->toks[w].name)
                sc->toks[w].name = name;
        k = m;
    }
}

/* The marks between words j - 1 and j on one line: only blanks, parentheses and quotation
 * marks, and at least one mark; *open counts "(" less ")", *q the quotation marks. */
static int marks_gap(const char *s, size_t len, const ll_names_scan *sc, size_t j, int *open,
                     int *q) {
    int marks = 0;
    *open = *q = 0;
    for (size_t k = sc->toks[j - 1].end; k < sc->toks[j].start;) {
        size_t m = quote_mark(s, len, k);
        if (m) {
            ++*q, marks++;
            k += m;
        } else if (s[k] == '(' || s[k] == ')') {
            *open += s[k] == '(' ? 1 : -1, marks++;
            k++;
        } else if (s[k] == ' ') {
            k++;
        } else {
            return 0;
        }
    }
    return marks;
}

/* Word t could be one word of a person's name beside a nickname: capitalised, in normal
 * case, no function word, trigger, particle, place, street, organisation or building. */
static int nickname_side(const tok *t) {
    return t->name || (t->cap && !t->allcaps && !t->digit && !t->prot && t->letters >= 2 &&
                       !(t->flags & (W_STOP | W_TRIGGER | W_PARTICLE | W_HEAD | W_KEEP | W_SKIP |
                                     W_COMMON | W_WORD | W_PLACE_SFX | W_HEER)));
}

/* "Rik ('Rikkie') Wubben", "Gerarda (Gerda) Hulshof-Nijenhuis", "Johannes 'Hannes'
 * Pieterse" (names-dev25): one or two capitalised words in parentheses or quotation marks
 * (or both) between two capitalised words are a nickname between a first name and a
 * surname, when a word of the three is a listed first name or taken for a name: all three
 * are the name, and a surname's particles after the nickname too ("Cornelis (Kees) van
 * Dam"), as after initials ("A.J. (Ton) van der Linden"). */
static __attribute__((noinline)) void nicknames_between(ll_names_scan *sc, const char *s,
                                                        size_t len) {
    size_t n = sc->ntoks;
    for (size_t k = 1; k + 1 < n; k++) {
        int o1, q1, o2, q2;
        const tok *b = &sc->toks[k - 1];
        if (!sc->toks[k].cap || sc->toks[k].nl || !marks_gap(s, len, sc, k, &o1, &q1) || o1 < 0 ||
            !nickname_side(b))
            continue;
        size_t m = k;
        if (m + 1 < n && sc->toks[m + 1].plain && sc->toks[m + 1].cap)
            m++;
        if (sc->toks[m + 1 < n ? m + 1 : m].nl || m + 1 >= n ||
            !marks_gap(s, len, sc, m + 1, &o2, &q2) || o1 + o2 != 0 || q1 != q2)
            continue;
        int listed = b->name || ((b->flags & W_FIRST) && !(b->flags & W_WORD));
        for (size_t w = k; w <= m; w++) {
            const tok *u = &sc->toks[w];
            if (!u->name && !nickname_side(u))
                listed = -1;
            if (listed >= 0)
                listed |= u->name || ((u->flags & W_FIRST) && !(u->flags & W_WORD));
        }
        if (listed <= 0)
            continue;
        size_t a = m + 1, e = a;
        if (sc->toks[a].name) {
            e = a + 1;
        } else {
            e = take(sc, a, LV_CONTEXT, 0);
            if (e == a && nickname_side(&sc->toks[a]))
                e = extend(sc, a + 1, LV_CONTEXT, 0);
        }
        if (e == a)
            continue;
        uint8_t rule = b->name ? b->name : 1 + LL_NAME_FIRST;
        for (size_t w = k - 1; w < e; w++)
            if (!sc->toks[w].name)
                sc->toks[w].name = rule;
        k = e - 1;
    }
}

/* The cells of a table's line s[a..b) that starts with '|': the byte range of cell c
 * (0-based) in *ca..*cb, or 0 when the line has no such cell. */
static int table_cell(const char *s, size_t a, size_t b, int c, size_t *ca, size_t *cb) {
    while (a < b && s[a] == ' ')
        a++;
    if (a >= b || s[a] != '|')
        return 0;
    int col = -1;
    for (size_t k = a; k < b; k++) {
        if (s[k] != '|')
            continue;
        col++;
        size_t e = k + 1;
        while (e < b && s[e] != '|')
            e++;
        if (col == c) {
            if (e >= b)
                return 0;
            *ca = k + 1;
            *cb = e;
            return 1;
        }
        k = e - 1;
    }
    return 0;
}

/* "| naam | adres | handtekening |" (a petition's or a list's table in Markdown): the
 * cells under a header cell that names a person's name hold one each, as a form's field
 * does, listed or not: capitalised words, particles and initials that fill the cell; a
 * cell with a digit, a word the lists keep or an ordinary word no name list holds is
 * left ("| Woonstad | ... |"). */
static __attribute__((noinline)) void table_names(ll_names_scan *sc, const char *s, size_t len) {
    static const char *const heads[] = {
        "naam",           "namen",        "voornaam",      "achternaam",
        "volledige naam", "naam bewoner", "ondertekenaar", "naam en achternaam"};
    size_t n = sc->ntoks;
    for (size_t i = 0; i < n; i++) {
        const tok *t = &sc->toks[i];
        size_t la = t->start;
        while (la > 0 && s[la - 1] != '\n')
            la--;
        if (!t->nl || la >= len || s[la] != '|')
            continue;
        size_t lb = la;
        while (lb < len && s[lb] != '\n')
            lb++;
        /* the column whose header is a name's */
        int col = -1;
        for (int c = 0; c < 12 && col < 0; c++) {
            size_t ca, cb;
            if (!table_cell(s, la, lb, c, &ca, &cb))
                break;
            while (ca < cb && s[ca] == ' ')
                ca++;
            while (cb > ca && s[cb - 1] == ' ')
                cb--;
            char f[40];
            size_t fl = cb - ca < sizeof(f) - 4 ? fold(s + ca, cb - ca, f, sizeof(f) - 4) : 0;
            for (size_t h = 0; fl && h < N_OF(heads); h++)
                if (strlen(heads[h]) == fl && !memcmp(f, heads[h], fl))
                    col = c;
        }
        if (col < 0)
            continue;
        /* the rows below it, to the first line that is no table's */
        size_t k = i + 1;
        for (size_t ra = lb + 1; ra < len;) {
            size_t rb = ra;
            while (rb < len && s[rb] != '\n')
                rb++;
            size_t ca, cb;
            if (!table_cell(s, ra, rb, col, &ca, &cb)) {
                size_t x = ra;
                while (x < rb && s[x] == ' ')
                    x++;
                if (x >= rb || s[x] != '|')
                    break;
                ra = rb + 1;
                continue;
            }
            while (k < n && sc->toks[k].start < ca)
                k++;
            size_t a = k;
            int ok = 1, caps = 0;
            for (; k < n && sc->toks[k].end <= cb; k++) {
                const tok *u = &sc->toks[k];
                if (u->digit || u->prot ||
                    (u->flags & (W_SKIP | W_ORG | W_STREET | W_HEAD | W_TRIGGER | W_HEER)) ||
                    ((u->flags & W_PLACE) && !(u->flags & W_SURNAME)))
                    ok = 0;
                else if (u->flags & W_PARTICLE)
                    ;
                else if (!u->cap)
                    ok = 0;
                else if (!(u->flags & W_NAME) && !(u->dot && u->letters == 1) &&
                         ((u->flags & (W_STOP | W_COMMON)) || common_word(sc, u) == 1))
                    ok = 0;
                caps += u->cap && !(u->flags & W_PARTICLE);
            }
            if (ok && caps && k - a <= LL_NAMES_MAX_WORDS)
                for (size_t w = a; w < k; w++)
                    if (!sc->toks[w].name)
                        sc->toks[w].name = 1 + LL_NAME_FIELD;
            ra = rb + 1;
        }
        i = k > i ? k - 1 : i;
    }
}

/* A span that opens or closes inside a quotation ("'Bolle' Jaap Smit") takes the
 * outer mark along, so that no lone mark is left beside the mask; a quotation masked
 * whole keeps its marks ("met naam '[NAAM]'"). */
static void quote_whole(const char *s, size_t len, ll_name_span *sp) {
    int marks = 0;
    for (size_t k = sp->start; k < sp->end;) {
        size_t q = quote_mark(s, len, k);
        marks += q > 0;
        k += q ? q : 1;
    }
    size_t a = sp->start;
    size_t qa = a >= 3 && quote_mark(s, len, a - 3) == 3 ? 3 : a ? quote_mark(s, len, a - 1) : 0;
    size_t qe = quote_mark(s, len, sp->end);
    if (marks % 2 == 1 && qa && !qe)
        sp->start = a - qa;
    else if (marks % 2 == 1 && qe && !qa)
        sp->end += qe;
}

/* "... wie belt er? - Bas" (names-dev22): a dash after a sentence's end (or a line's) and
 * the text's last words; the index where the signer would start is j. */
static int dash_signs(const char *s, const ll_names_scan *sc, size_t j) {
    if (j == 0)
        return 0;
    size_t k = sc->toks[j].start, stop = sc->toks[j - 1].end;
    while (k > stop && s[k - 1] == ' ')
        k--;
    if (k >= stop + 3 && (unsigned char)s[k - 3] == 0xE2 && (unsigned char)s[k - 2] == 0x80 &&
        ((unsigned char)s[k - 1] == 0x93 || (unsigned char)s[k - 1] == 0x94))
        k -= 3;
    else if (k > stop && (s[k - 1] == '-' || s[k - 1] == '~'))
        k--;
    else
        return 0;
    /* "-- Bas": e-mail's signature delimiter, two hyphens */
    if (k > stop && s[k - 1] == '-')
        k--;
    while (k > stop && s[k - 1] == ' ')
        k--;
    return k > stop && (s[k - 1] == '.' || s[k - 1] == '!' || s[k - 1] == '?' || s[k - 1] == '\n');
}

/* After a dash's signer ending at word e: a comma and the role one writes as, a lower-case
 * relation noun and at most a few more lower-case words or numbers, to the text's end ("--
 * [NAAM], bewoner", "- [NAAM], buurman van nr 12", names-dev34). */
static int signer_role(const ll_names_scan *sc, size_t e) {
    size_t n = sc->ntoks;
    if (e >= n || n - e > MAX_DASH_SIGNER || !sc->toks[e].comma || sc->toks[e].cap ||
        !(sc->toks[e].flags & W_RELATION) || (sc->toks[e].flags & W_TALK))
        return 0;
    for (size_t k = e; k < n; k++)
        if (sc->toks[k].cap || sc->toks[k].nl || (k > e && !joined(sc, k)))
            return 0;
    return 1;
}

/* Word k is a capitalised "Den" right after a lower-case "van": a place's article. */
static int den_place(const ll_names_scan *sc, size_t k) {
    const tok *t = &sc->toks[k], *v = k > 0 ? &sc->toks[k - 1] : NULL;
    return v && joined(sc, k) && t->cap && !t->allcaps && !t->sent && fold_is(sc, t, "den") &&
           !v->cap && fold_is(sc, v, "van");
}

int ll_names_find(const ll_names *nm, ll_names_scan *sc, const char *s, size_t len,
                  const ll_name_span **spans) {
    *spans = sc->spans;
    if (len > sc->max_len || len > UINT32_MAX)
        return -1;
    sc->nm = nm;
    sc->dutch = -1;
    sc->text = s;
    sc->text_len = len;
    if (tokenize(nm, sc, s, len) != 0)
        return -1;
    sc->shout = -1; /* lowerish() reads it from protect() on */
    protect(nm, sc);
    size_t n = sc->ntoks;
    size_t starts = 0, capital = 0;
    for (size_t i = 0; i < n; i++) {
        const tok *t = &sc->toks[i];
        if (t->sent && t->letters && !t->digit && !(t->flags & W_SKIP)) {
            starts++;
            capital += t->cap;
        }
    }
    sc->sloppy = starts > 0 && capital == 0;
    for (size_t i = 0; i < n;) {
        tok *t = &sc->toks[i];
        if (t->name) {
            i++;
            continue;
        }
        size_t st, e;
        /* the words before it are read: "at" may take them into a spoken address (a test of
         * two bytes a word here is cheaper than a pass of its own) */
        if (t->flen >= 2 && t->flen <= 12 && sc->fold[t->fold] == 'a' &&
            (sc->fold[t->fold + 1] == 't' || sc->fold[t->fold + 1] == 'p') && i + 1 < n &&
            (fold_is(sc, t, "at") || fold_is(sc, t, "apenstaartje") ||
             fold_is(sc, t, "apestaartje") || fold_is(sc, t, "apenstaart") ||
             fold_is(sc, t, "apestaart")) &&
            !(t->cap && !t->allcaps) && (e = spoken_address(sc, i + 1, 1)) > 0) {
            i = e;
            continue;
        }
        int hrule;
        if ((t->flags & W_SKIP) && (e = handle_name(sc, i, &hrule)) > i) {
            mark(sc, i, e, hrule);
            i = e;
            continue;
        }
        /* "j.devries @ ziggo punt nl": an '@' with blanks around it */
        if (sc->nskip && t->start >= 2 && s[t->start - 1] == ' ' && s[t->start - 2] == '@' &&
            (e = spoken_address(sc, i, 0)) > 0) {
            i = e;
            continue;
        }
        enum lvl lv;
        int rule, place_ok;
        /* A closing that opens the text's last sentence on a line of its own
         * ("... op de Schepenstraat. groetjes Iris", "Groet, Cynthia Lieuw"), or its last
         * clause ("..., groet, jan.": user check 4 of 12-01, in clear on enriched): the
         * name must end the text, so after a comma only the last few words, and only those
         * the stop list holds ("groet", "mvg", "met": every comma's word asked cost +1.3% of
         * ll_names_find, callgrind over bench_names -F). */
        if (!t->nl &&
            (t->sent || (t->comma && (t->flags & W_STOP) && n - i <= LAST_CLAUSE_WORDS))) {
            size_t c = closing_at(sc, i);
            if (c && i + c < n) {
                e = take(sc, i + c, LV_CONTEXT, signer_place_ok(sc, i + c));
                if (e == i + c) /* "... kapot. mvg khatib", "Dank. groet, kees" */
                    e = lower_run_alone(sc, i + c, LL_NAME_SIGNATURE);
                if (e == i + c) /* "... SPUIT GIF. GROET JOHAN" */
                    e = caps_signer(sc, i + c);
                if (e == i + c)
                    e = lower_signer(sc, i + c);
                if (e == i + c) /* "Dank. mvg j. bakker" */
                    e = lower_initials(sc, i + c);
                size_t e2 = e > i + c ? signed_by_two(sc, e) : e;
                /* "Groet, Ilse en Mark" signs for two; "Groet, [NAAM]. Zie ook ..." signs
                 * before a postscript */
                if (e > i + c && (e2 >= n || (e2 == e && signed_before_more(sc, i + c, e)))) {
                    mark(sc, i + c, e, LL_NAME_SIGNATURE);
                    if (e2 > e)
                        mark(sc, e + 1, e2, LL_NAME_SIGNATURE);
                    i = e2;
                    continue;
                }
            }
        }
        /* A signature: the rest of a closing's line, or the next line. */
        if (t->nl) {
            size_t c = closing_at(sc, i);
            if (c) {
                size_t k = i + c;
                if (k < n && sc->toks[k].nl && closing_at(sc, k)) {
                    i = k; /* "Alvast bedankt!" then "Groet, Sevgi" */
                    continue;
                }
                if (k < n && !sc->toks[k].nl) {
                    e = take(sc, k, LV_CONTEXT, signer_place_ok(sc, k));
                    if (e == k) /* "groet, kees" */
                        e = lower_signer(sc, k);
                    if (e == k) /* "mvg j. bakker" (user check 4 of 12-01, in clear) */
                        e = lower_initials(sc, k);
                    if (e == k) /* "GROET, JOHAN" */
                        e = caps_signer(sc, k);
                    /* the name (or two: "Groet, Ilse en Mark") must end its line */
                    size_t e2 = e > k ? signed_by_two(sc, e) : e;
                    if (e > k && (e2 >= n || sc->toks[e2].nl)) {
                        mark(sc, k, e, LL_NAME_SIGNATURE);
                        if (e2 > e)
                            mark(sc, e + 1, e2, LL_NAME_SIGNATURE);
                        i = e2;
                        continue;
                    }
                    /* "Namens de buurt,\nCor": a closing whose few words name no
                     * one is signed on the next line, by a name that ends it. */
                    size_t l = k;
                    while (l < n && !sc->toks[l].nl && l - k < SIGNED_FOR_WORDS)
                        l++;
                    if (e == k && l < n && sc->toks[l].nl && !closing_at(sc, l) &&
                        !sc->toks[l].prot) {
                        e = take(sc, l, LV_CONTEXT, signer_place_ok(sc, l));
                        if (e > l && (e >= n || sc->toks[e].nl)) {
                            mark(sc, l, e, LL_NAME_SIGNATURE);
                            i = e;
                            continue;
                        }
                    }
                } else if (k < n) {
                    e = take(sc, k, LV_CONTEXT, signer_place_ok(sc, k));
                    if (e == k) /* "groetjes,\nachmed el khatib" */
                        e = lower_run_alone(sc, k, LL_NAME_SIGNATURE);
                    if (e == k) /* "GROET,\nPETRA DE BOER" */
                        e = caps_signer(sc, k);
                    size_t e2 = signed_by_two(sc, e);
                    if (e > k && e2 > e) {
                        mark(sc, k, e, LL_NAME_SIGNATURE);
                        mark(sc, e + 1, e2, LL_NAME_SIGNATURE);
                        i = e2;
                        continue;
                    }
                    if (e > k && (e >= n || sc->toks[e].nl || !joined(sc, e))) {
                        mark(sc, k, e, LL_NAME_SIGNATURE);
                        i = e;
                        continue;
                    }
                }
                i += c;
                continue;
            }
        }
        /* "Bel jij of bel ik? - Bas": a name after a dash ends the text */
        if (n - i <= MAX_DASH_SIGNER && dash_signs(s, sc, i)) {
            e = take(sc, i, LV_CONTEXT, 0);
            if (e == i)
                e = lower_signer(sc, i);
            if (e > i && (e >= n || signer_role(sc, e))) {
                mark(sc, i, e, LL_NAME_SIGNATURE);
                i = e;
                continue;
            }
        }
        /* "\n\nhenk en ria van der linden" ends the text: who signs */
        if (t->nl && !t->cap) {
            size_t e2;
            e = signer_line(sc, s, i, &e2);
            if (e > i) {
                mark(sc, i, e, LL_NAME_SIGNATURE);
                if (e2 > e)
                    mark(sc, e + 1, e2, LL_NAME_SIGNATURE);
                i = e2;
                continue;
            }
        }
        /* "Volgens wethouder de la Mar": a title that the keep list holds as an
         * organisation ("Wethouder", "Burgemeester": protected, never masked itself)
         * still names the person after it (org_title_name). */
        if (t->prot && (t->flags & W_TITLE) && (t->flags & W_ORG) && i + 1 < n &&
            (e = employer_cut(sc, i + 1, org_title_name(sc, i))) > i + 1) {
            mark(sc, i + 1, e, LL_NAME_TITLE);
            i = e;
            continue;
        }
        if (t->prot) {
            i++;
            continue;
        }
        if (t->colon && attendance_list(sc, i)) {
            i++;
            continue;
        }
        if (t->colon && (e = name_field(sc, i)) > i + 1) {
            mark(sc, i + 1, e, LL_NAME_FIELD);
            i = e;
            continue;
        }
        if (trigger(sc, i, &st, &lv, &rule, &place_ok) && !from_whom(sc, st, rule)) {
            e = take(sc, st, lv, place_ok);
            /* "Melder: Buurtpreventie Kralingen", "Beste Bewonersgroep Spangen": one
             * unlisted word before a place names a group there, not a person. */
            if (e == st + 1 && lv == LV_CONTEXT && !(sc->toks[st].flags & W_NAME) && e < n &&
                joined(sc, e) && sc->toks[e].cap && (sc->toks[e].flags & W_PLACE))
                e = st;
            /* "Aan: Griffie", "t.a.v. Sociale Dienst": after a label capitalised words
             * no name list holds and the word list knows as ordinary words name a
             * department, not a person ("Aan: Haasbroek" is one) */
            if (e > st && rule == LL_NAME_FIELD && department_words(sc, st, e))
                e = st;
            /* "volgens de Gelderlander", "aldus het Parool" (names-dev35): after a word that
             * cites a source, a lower-case article and one capitalised word no name list
             * holds name a newspaper, a broadcaster or a report; a surname there is a listed
             * one ("volgens de Jong") or written with its capital ("volgens De Wit") */
            if (e == st + 2 && rule == LL_NAME_RELATION &&
                (fold_is(sc, t, "volgens") || fold_is(sc, t, "aldus")) && !sc->toks[st].cap &&
                (fold_is(sc, &sc->toks[st], "de") || fold_is(sc, &sc->toks[st], "het")) &&
                !(sc->toks[st + 1].flags & W_NAME))
                e = st;
            /* "Cc: jeroen van dam": after a label a lower-case first name takes `van`
             * and one lower-case word that ends its line, even one that is a word */
            if (e == st + 1 && rule == LL_NAME_FIELD && !sc->toks[st].cap &&
                (sc->toks[st].flags & W_FIRST))
                e = label_van_surname(sc, e);
            /* "de heer", "geachte heer" name a person as mevrouw does: "de heer Hoek" */
            int ptitle = rule == LL_NAME_TITLE && (t->flags & (W_PTITLE | W_HEER));
            if (e == st && ptitle && (t->flags & W_PTITLE)) /* "de Heer Bokelweg" is a street */
                e = street_surname(sc, st);
            if (e == st && ptitle)
                e = place_surname(sc, st);
            if (e == st && ptitle)
                e = org_surname(sc, st);
            /* "buurvrouw els", "mijn zoon bas": after a relation word a listed
             * first name in lower case, even one that is also a word; so after an
             * introduction ("Ik ben sjaak en", "mijn naam is peter"). */
            if (e == st && rule == LL_NAME_RELATION &&
                ((t->flags & W_RELATION) || fold_is(sc, t, "ben") || fold_is(sc, t, "is"))) {
                const tok *u = &sc->toks[st];
                if (uncased(u) && (u->flags & W_FIRST) && !u->prot && !u->name && u->letters >= 2 &&
                    !(u->flags & (W_STOP | W_COMMON | W_PARTICLE | W_TRIGGER | W_SKIP))) {
                    e = extend(sc, st + 1, LV_CONTEXT, 0);
                }
            }
            /* "mijn dochter Storm", "mdw: Roos", "ik ben Storm": a word that is also a name,
             * capitalised right after a relation word, an introduction or a label with a
             * colon, names a person there (a listed place, street or organisation does
             * not). */
            if (e == st &&
                (rule == LL_NAME_FIELD ||
                 (rule == LL_NAME_RELATION &&
                  ((t->flags & W_RELATION) || fold_is(sc, t, "ben") || fold_is(sc, t, "is"))))) {
                const tok *u = &sc->toks[st];
                /* after "ik ben", "naam is" only a word the word list writes in lower
                 * case: its capital is the writer's ("Storm"), a people's name is
                 * capitalised anyway ("ik ben Marokkaan") */
                int introduced = !(t->flags & W_RELATION) && rule == LL_NAME_RELATION;
                if (introduced && common_word(sc, u) != 1)
                    u = NULL;
                if (u && u->cap && !u->allcaps && (u->flags & W_WORD) && !u->prot && !u->name &&
                    u->letters >= 2 &&
                    !(u->flags & (W_STOP | W_COMMON | W_PARTICLE | W_TRIGGER | W_SKIP | W_PLACE |
                                  W_ORG | W_STREET | W_HEAD)))
                    e = extend(sc, st + 1, LV_CONTEXT, 0);
            }
            /* "Lieve De Smet, restaurator, biedt" (session 37): a greeting that is a listed
             * first name too, before a name that an apposition tells of as a person, is that
             * person's first name: one greets whom one writes to, and tells no trade of */
            if (rule == LL_NAME_GREETING && e > st && (t->flags & W_FIRST) && t->cap &&
                !t->allcaps && apposition_told(sc, s, e)) {
                st = i;
                rule = LL_NAME_FIRST;
            }
            e = employer_cut(sc, st, e);
            if (e > st)
                e = surname_after_first(sc, e, rule);
            /* "ik ben emily rosario uit", "mijn naam is dewi soekhlal en", "mijn oma emily
             * rosario" (names-dev21): after a listed first name in lower case a surname the
             * lists lack, as after an unlisted first name (lower_name_after) */
            if (e == st + 1 && rule == LL_NAME_RELATION && !sc->toks[st].cap &&
                (sc->toks[st].flags & W_FIRST) && joined(sc, e))
                e = lower_run(sc, e, rule);
            if (rule == LL_NAME_RELATION && fold_is(sc, t, "met"))
                e = spoken_intro(sc, st, e);
            if (e == st && rule == LL_NAME_RELATION && !(t->flags & W_RELATION)) {
                e = cued_particle_surname(sc, st, fold_is(sc, t, "met"));
                if (e == st && fold_is(sc, t, "met"))
                    e = caller_noun_surname(sc, i, st);
            }
            /* "verhuurder Woonstede", "aannemer Dura": after a relation noun that is
             * as often an organisation, only a listed name says a person. */
            if (e > st && rule == LL_NAME_RELATION &&
                (relation_for_orgs(sc, t) || relation_for_subjects(sc, t))) {
                int listed = 0;
                for (size_t k = st; k < e; k++)
                    listed |= (sc->toks[k].flags & W_NAME) && !(sc->toks[k].flags & W_PARTICLE);
                if (!listed)
                    e = st;
            }
            if (e == st)
                e = lower_name_after(sc, i, st, rule);
            if (e > st) {
                mark(sc, st, e, rule);
                i = e;
                continue;
            }
        }
        if ((e = apposition(sc, s, len, i)) > i) {
            mark(sc, i, e, LL_NAME_RELATION);
            i = e;
            continue;
        }
        /* Initials and a surname. */
        if (is_initial(t)) {
            e = take(sc, i, LV_TITLE, 1);
            if (e > i + 1) {
                mark(sc, i, e, LL_NAME_INITIALS);
                i = e;
                continue;
            }
        }
        /* A particle and a surname: "de Jong", mid-sentence "Van Dijk". Not a
         * place after a preposition: "aan de Maas", "in De Esch". */
        if (t->flags & W_PARTICLE) {
            /* "de haven van Den Helder" (names-dev35): a capitalised "Den" after a lower-case
             * "van" opens a place's name (Den Helder, Den Burg, Den Dolder) as after a
             * preposition: the "van" is no particle, and "Den" reads as after one; a
             * surname writes its particles alike ("van den Berg", "Van Den Berg") */
            if (!t->cap && fold_is(sc, t, "van") && i + 1 < n && den_place(sc, i + 1)) {
                i++;
                continue;
            }
            int place_ctx =
                i > 0 && joined(sc, i) && ((sc->toks[i - 1].flags & W_PREP) || den_place(sc, i));
            /* "langs De Merel", "in den Heuvel", "aan De Mulder nummer 3": after a
             * preposition of place that no one is talked to, given to or met with
             * (not aan, bij, met, door, voor, naar, tegen, om), "de", "den", "het" and one
             * capitalised word are a place; the word is not a name on its own either. */
            if (place_ctx && !sc->toks[i - 1].cap && i + 1 < n && joined(sc, i + 1) &&
                sc->toks[i + 1].cap && !sc->toks[i + 1].allcaps && !sc->toks[i + 1].name &&
                !(i + 2 < n && joined(sc, i + 2) && sc->toks[i + 2].cap) &&
                (fold_is(sc, t, "de") || fold_is(sc, t, "den") || fold_is(sc, t, "het")) &&
                !(fold_is(sc, &sc->toks[i - 1], "aan") || fold_is(sc, &sc->toks[i - 1], "bij") ||
                  fold_is(sc, &sc->toks[i - 1], "door") || fold_is(sc, &sc->toks[i - 1], "voor") ||
                  fold_is(sc, &sc->toks[i - 1], "naar") || fold_is(sc, &sc->toks[i - 1], "om")))
                sc->toks[i + 1].prot = 1;
            size_t p = skip_particles(sc, i, i);
            if (genitive_place(sc, i, p)) {
                sc->toks[p].prot = 1;
                i = p + 1;
                continue;
            }
            /* "van", "ter", "el" make a surname of what follows; "de", "het" alone may
             * name a place or a building ("De Doelen", "de Brink"). */
            int real = 0;
            for (size_t q = i; q < p; q++)
                real |= !(fold_is(sc, &sc->toks[q], "de") || fold_is(sc, &sc->toks[q], "het") ||
                          fold_is(sc, &sc->toks[q], "den") || fold_is(sc, &sc->toks[q], "t") ||
                          fold_is(sc, &sc->toks[q], "der"));
            /* "in Veen", "op Kerkhof", "te Velde" alone are a preposition and a
             * place; "in 't Veld", "op den Akker" are surnames. */
            int prep_only = p == i + 1 && is_prep_particle(sc, t);
            /* "glas op de Bree", "ik woon in de Broek": a lower-case in or op before
             * de or het is a preposition and an article ("Op de Beek" after a title or
             * a first name is read there). */
            if (p == i + 2 && !t->cap && (fold_is(sc, t, "in") || fold_is(sc, t, "op")) &&
                (fold_is(sc, &sc->toks[i + 1], "de") || fold_is(sc, &sc->toks[i + 1], "het")))
                prep_only = 1;
            if (!place_ctx && !prep_only && p < n && joined(sc, p)) {
                const tok *c = &sc->toks[p];
                /* A capital particle mid-sentence is evidence; in shouting it is not. */
                /* "de kapsalon van Yasmina": before a first name, van is a preposition; "ibn"
                 * and "ould" are not ("Sidi ould Brahim") */
                int first_only = (c->flags & W_NAME) == W_FIRST && !t->cap &&
                                 !fold_in(sc, t, patronym_particles, N_OF(patronym_particles));
                int ok = !first_only && (c->cap || sc->sloppy) &&
                         (core_ok(sc, c, LV_LOOKUP, 1, real) ||
                          ((surname_only_particles(sc, i, p) ||
                            (real && t->cap && !t->sent && !t->allcaps)) &&
                           c->cap && !c->allcaps && core_ok(sc, c, LV_CONTEXT, 1, 0)));
                if (ok) {
                    e = extend(sc, p + 1, LV_LOOKUP, real);
                    /* "Houdoe, Harrie van den Elzen hier" (user check 6, names-dev20), "ik,
                     * Bartholomeus van 't Hof," (names-dev21): before particles that open
                     * only a surname, or "van" with a listed one, a capitalised word no list
                     * holds and no ordinary word is the first name the lists lack; so before
                     * such particles capitalised mid-sentence, as Arabic and Berber names write
                     * theirs ("Brief van Achmed Ould Sidi", "Tanirt Aït Ouarab meldt",
                     * names-dev38) */
                    size_t a = i;
                    if (i > 0 && joined(sc, i) && (!t->cap || (!t->sent && !t->allcaps)) &&
                        (surname_only_particles(sc, i, p) || real)) {
                        const tok *f = &sc->toks[i - 1];
                        if (f->cap && !f->allcaps && !f->name && !f->prot && !f->flags && !f->dot &&
                            !f->digit && f->letters >= 3 && common_word_of(sc, f, 1) == 0)
                            a = i - 1;
                    }
                    mark(sc, a, e, a < i ? LL_NAME_FIRST : LL_NAME_SURNAME);
                    i = e;
                    continue;
                }
            }
        }
        if (t->cap && i >= 2 && !sc->toks[i - 1].cap && (e = lived_or_worked_at(sc, i)) > i) {
            for (size_t k = i; k < e; k++)
                sc->toks[k].prot = 1;
            i = e;
            continue;
        }
        /* "melding van piet de graaf:": a listed first name in lower case (no word) with
         * particles and a listed surname after it, in any text. */
        /* So in a text written in capitals ("KLACHT VAN HENK VAN DER LINDEN", names-dev25),
         * and after "van der", "van den" a surname that is also a place ("Linden"). */
        if ((t->flags & W_FIRST) && (!t->cap || (t->allcaps && lowerish(sc, t))) &&
            !(t->flags & (W_WORD | W_STOP | W_PARTICLE | W_PREP | W_COMMON | W_TRIGGER | W_SKIP)) &&
            !t->prot && t->letters >= 2) {
            size_t p = skip_particles(sc, i + 1, i + 1);
            if (p > i + 1 && p < n && joined(sc, i + 1) && joined(sc, p) &&
                !is_prep_particle(sc, &sc->toks[i + 1]) && sc->toks[p].cap == t->cap &&
                sc->toks[p].allcaps == t->allcaps && (sc->toks[p].flags & W_SURNAME) &&
                core_ok(sc, &sc->toks[p], LV_CONTEXT, 1, surname_only_particles(sc, i + 1, p))) {
                e = extend(sc, p + 1, LV_CONTEXT, 0);
                mark(sc, i, e, LL_NAME_FIRST);
                i = e;
                continue;
            }
        }
        /* "AANWEZIG TIM VERBEEK EN ..." (session 36): in a text written in capitals a listed
         * first name and a listed surname after it, neither an ordinary word nor a place, are
         * a person as they are in lower case; each alone says nothing (shouting capitalises
         * every word) */
        if (t->allcaps && (t->flags & W_FIRST) && i + 1 < n && joined(sc, i + 1) &&
            sc->toks[i + 1].allcaps && (sc->toks[i + 1].flags & W_SURNAME) && shouted_pair(sc, i)) {
            mark(sc, i, i + 2, LL_NAME_FIRST);
            i += 2;
            continue;
        }
        /* "De straatverlichting in Mert is uit", "vanuit Wessel": a first name alone right
         * after a lower-case in, vanuit, te or nabij is a place (nobody is in someone). */
        if (t->cap && (t->flags & W_FIRST) && i > 0 && joined(sc, i) && !sc->toks[i - 1].cap &&
            (fold_is(sc, &sc->toks[i - 1], "in") || fold_is(sc, &sc->toks[i - 1], "vanuit") ||
             fold_is(sc, &sc->toks[i - 1], "te") || fold_is(sc, &sc->toks[i - 1], "nabij")) &&
            !(i + 1 < n && joined(sc, i + 1) && sc->toks[i + 1].cap) && !t->dot &&
            !(t->flen > 2 && ends_with(sc->fold + t->fold, t->flen, "'s"))) {
            i++;
            continue;
        }
        /* "Bart's Broodjes", "Henk's Fietsen": a first name with a possessive 's before a
         * capitalised word that is no name names a business. */
        if (t->cap && (t->flags & W_FIRST) && t->flen > 3 &&
            ends_with(sc->fold + t->fold, t->flen, "'s") && i + 1 < n && joined(sc, i + 1) &&
            sc->toks[i + 1].cap && !sc->toks[i + 1].allcaps &&
            !(sc->toks[i + 1].flags & (W_NAME | W_PARTICLE)) && !sc->toks[i + 1].name) {
            t->prot = sc->toks[i + 1].prot = 1;
            i += 2;
            continue;
        }
        /* A known first name, and what follows it: "Fatima El Idrissi", "Jan van Gent".
         * A first name that is also a word (Ben, Roos) only with a surname after it. */
        if ((t->cap || sc->sloppy) && !t->allcaps && (t->flags & W_FIRST) &&
            core_ok(sc, t, t->cap ? LV_CONTEXT : LV_LOOKUP, 0, 0)) {
            e = extend(sc, i + 1, LV_LOOKUP, 1);
            /* "sanne visser": a listed surname in lower case right after a
             * first name that is no word. */
            if (e == i + 1 && !(t->flags & W_WORD) && e < n && joined(sc, e)) {
                const tok *u = &sc->toks[e];
                if (!u->cap && (u->flags & W_SURNAME) && !u->prot && !u->name &&
                    !(u->flags & (W_STOP | W_COMMON | W_PARTICLE | W_TRIGGER | W_HEAD | W_SKIP)))
                    e++;
            }
            if (!(t->flags & W_WORD) || e > i + 1) {
                /* "ik, Hendrikus Johannes ter Brugge,": a capitalised word no list holds
                 * and no ordinary word, right before a first name and a surname, is a first
                 * name the lists lack (as before a surname: "Gijsbert Jansen") */
                size_t a = i;
                if (e > i + 1 && i > 0 && joined(sc, i) && t->cap) {
                    const tok *p = &sc->toks[i - 1];
                    if (p->cap && !p->allcaps && !p->name && !p->dot && p->letters >= 3 &&
                        !(p->flags & (W_PLACE | W_PREP | W_NAME)) &&
                        core_ok(sc, p, LV_CONTEXT, 0, 0) && common_word_of(sc, p, 1) == 0)
                        a = i - 1;
                }
                mark(sc, a, e, LL_NAME_FIRST);
                i = e;
                continue;
            }
            /* "die Mark van de groenvoorziening", "Roos van de balie belde": a first name
             * that is also a word, capitalised mid-sentence with no article before it,
             * before "van de" and a lower-case ordinary word, is someone from a desk */
            if (t->cap && !t->sent && from_desk(sc, i)) {
                mark(sc, i, i + 1, LL_NAME_FIRST);
                i++;
                continue;
            }
        }
        /* A known surname, with a capitalised first name before it that the
         * lists do not know ("Gijsbert Jansen"). */
        if (core_ok(sc, t, LV_LOOKUP, 0, 0) && !place_after_prep(sc, i)) {
            size_t a = i;
            if (a > 0 && joined(sc, a)) {
                const tok *p = &sc->toks[a - 1];
                /* not a preposition opening the sentence: "Tussen Driessen en Gouda" */
                if (p->cap && !p->name && core_ok(sc, p, LV_CONTEXT, 0, 0) &&
                    !(p->flags & (W_PLACE | W_PREP)))
                    a--;
            }
            /* "aan De Vries gegeven": the surname's own capitalised particles (which a
             * preposition before them kept from the particle rule) */
            while (a == i && a > 0 && i - a < LL_NAMES_MAX_PARTICLES && joined(sc, a) &&
                   sc->toks[a - 1].cap && !sc->toks[a - 1].sent && !sc->toks[a - 1].allcaps &&
                   (sc->toks[a - 1].flags & W_PARTICLE) && !sc->toks[a - 1].name &&
                   !sc->toks[a - 1].prot)
                a--;
            while (a > 0 && i - a < LL_NAMES_MAX_INITIALS && joined(sc, a) &&
                   !sc->toks[a - 1].name && !sc->toks[a - 1].prot &&
                   (is_initial(&sc->toks[a - 1]) || is_bare_initial(sc, a - 1)))
                a--;
            e = extend(sc, i + 1, LV_LOOKUP, 0);
            mark(sc, a, e, (t->flags & W_FIRST) ? LL_NAME_FIRST : LL_NAME_SURNAME);
            i = e;
            continue;
        }
        i++;
    }
    reversed_names(sc);
    places_beside_places(sc);
    context_pairs(sc, s);
    referred_pairs(sc, s);
    listed_beside_names(sc, s);
    unlisted_beside_names(sc, s);
    partners_of_names(sc);
    kin_names(sc);
    and_more(sc);
    named_again(sc, s);
    quoted_nicknames(sc, s, len);
    nicknames_between(sc, s, len);
    if (memchr(s, '|', len))
        table_names(sc, s, len);
    /* Spans: runs of joined name words. */
    int ns = 0;
    for (size_t i = 0; i < n;) {
        if (!sc->toks[i].name) {
            i++;
            continue;
        }
        size_t j = i + 1;
        while (j < n && sc->toks[j].name &&
               (joined(sc, j) || sc->toks[j].revsep || paren_gap(s, sc, j) ||
                (sc->quotes && quote_gap(s, len, sc, j)) ||
                /* "Rik ('Rikkie') Wubben" */
                (sc->quotes && !sc->toks[j].nl && marks_gap(s, len, sc, j, &(int){0}, &(int){0})) ||
                /* a handle's parts: "@sanne_bakker" */
                ((sc->toks[j].flags & sc->toks[j - 1].flags & W_SKIP) &&
                 sc->toks[j].start == sc->toks[j - 1].end + 1) ||
                (sc->toks[j].flags & sc->toks[j - 1].flags & W_ADDR)))
            j++;
        const tok *last = &sc->toks[j - 1];
        sc->spans[ns].start = sc->toks[i].start;
        sc->spans[ns].end =
            last->end + (is_initial(last) || (last->dot && is_senior(sc, last)) ? 1 : 0);
        if (sc->quotes)
            quote_whole(s, len, &sc->spans[ns]);
        sc->spans[ns].rule = sc->toks[i].name - 1;
        ns++;
        i = j;
    }
    return ns;
}

size_t ll_names_bound(size_t len) { return 3 * len + 8; }

size_t ll_names_mask(const ll_names *nm, ll_names_scan *sc, const char *s, size_t len, char *out,
                     int *count, unsigned *rules) {
    const ll_name_span *sp;
    int ns = ll_names_find(nm, sc, s, len, &sp);
    *count = 0;
    *rules = 0;
    if (ns < 0)
        return (size_t)-1;
    size_t o = 0, at = 0;
    const size_t rl = sizeof(LL_MASK_NAME) - 1;
    for (int k = 0; k < ns; k++) {
        memcpy(out + o, s + at, sp[k].start - at);
        o += sp[k].start - at;
        memcpy(out + o, LL_MASK_NAME, rl);
        o += rl;
        at = sp[k].end;
        *rules |= 1u << sp[k].rule;
    }
    memcpy(out + o, s + at, len - at);
    o += len - at;
    out[o] = '\0';
    *count = ns;
    return o;
}
