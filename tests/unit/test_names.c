/* test_names.c - the name masker: each rule, what it must keep, its lists and bad input. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include <malloc.h>
#include <stdio.h>
#include <unistd.h>
#include <stdlib.h>
#include <string.h>

#include "names.h"
#include "spelling.h"

#define CFG LL_SOURCE_DIR "/config/"
#define MAX_TEXT (64 * 1024)

/* The word list the shipped taxonomy names ("spelling:", Debian's wdutch). */
#define WORDS "/usr/share/dict/nederlands"

static ll_names *nm;
static ll_names_scan *sc;
static ll_wordlist *words;
static char out[3 * MAX_TEXT + 8];

static int setup(void **state) {
    (void)state;
    char e[512];
    nm = ll_names_load(CFG "names-first-nl.txt", CFG "names-surname-nl.txt",
                       CFG "names-keep-nl.txt", e, sizeof(e));
    if (!nm) {
        fprintf(stderr, "%s\n", e);
        return -1;
    }
    /* as the processor runs it: with the taxonomy's word list */
    if (!(words = ll_wordlist_read(WORDS, e, sizeof(e)))) {
        fprintf(stderr, "%s\n", e);
        return -1;
    }
    ll_names_set_words(nm, words);
    sc = ll_names_scan_new(MAX_TEXT);
    return sc ? 0 : -1;
}

static int teardown(void **state) {
    (void)state;
    ll_names_scan_free(sc);
    ll_names_free(nm);
    ll_wordlist_free(words);
    return 0;
}

static const char *mask(const char *in, int *count, unsigned *rules) {
    int c;
    unsigned r;
    size_t n = ll_names_mask(nm, sc, in, strlen(in), out, &c, &r);
    assert_int_not_equal(n, (size_t)-1);
    assert_int_equal(n, strlen(out));
    if (count)
        *count = c;
    if (rules)
        *rules = r;
    return out;
}

#define MASKS(in, want) assert_string_equal(mask(in, NULL, NULL), want)
#define KEEPS(in) assert_string_equal(mask(in, NULL, NULL), in)

static void titles_mask_the_name_not_the_title(void **state) {
    (void)state;
    int c;
    unsigned r;
    assert_string_equal(mask("Mevrouw De Vries belde gisteren.", &c, &r),
                        "Mevrouw [NAAM] belde gisteren.");
    assert_int_equal(c, 1);
    assert_int_equal(r, 1u << LL_NAME_TITLE);
    MASKS("dhr. Jansen meldt een kapotte lamp", "dhr. [NAAM] meldt een kapotte lamp");
    MASKS("Geachte heer Van der Berg,", "Geachte heer [NAAM],");
    MASKS("mw el amrani belt ivm afval", "mw [NAAM] belt ivm afval");
    MASKS("dhr v.d. berg wil terugbellen", "dhr [NAAM] wil terugbellen");
    MASKS("de familie Yılmaz op nummer 12", "de familie [NAAM] op nummer 12");
    MASKS("mevr. Bakker heeft geklaagd", "mevr. [NAAM] heeft geklaagd");
    /* A title before a street is part of the street's name. */
    KEEPS("Ik woon aan de Burgemeester Hoffmanplein.");
    /* A title followed by a verb is no name. */
    KEEPS("dhr belt terug over de klacht");
}

static void relations_and_introductions(void **state) {
    (void)state;
    int c;
    unsigned r;
    assert_string_equal(mask("mijn buurman Ahmed zet zijn afval buiten", &c, &r),
                        "mijn buurman [NAAM] zet zijn afval buiten");
    assert_int_equal(r, 1u << LL_NAME_RELATION);
    MASKS("mijn buurman ahmed zet zijn afval buiten", "mijn buurman [NAAM] zet zijn afval buiten");
    MASKS("Mijn zoon Ben is gevallen", "Mijn zoon [NAAM] is gevallen");
    MASKS("ik ben Karin en ik woon hier", "ik ben [NAAM] en ik woon hier");
    MASKS("Gesproken met Sandra over de toeslag", "Gesproken met [NAAM] over de toeslag");
    /* A common word after a relation word in lower case is the word. */
    KEEPS("mijn man wil niet meer naar buiten");
    /* A relation word with "van" and a place says where someone is from. */
    KEEPS("de wijkagent van Charlois kwam langs");
    KEEPS("de medewerker van Woonstad was onbeleefd");
}

static void initials_particles_and_lookup(void **state) {
    (void)state;
    MASKS("Brief van J.P. van der Berg ontvangen", "Brief van [NAAM] ontvangen");
    MASKS("Ik heb Fatima El Idrissi gesproken.", "Ik heb [NAAM] gesproken.");
    MASKS("de Jong heeft de stoep vies gemaakt", "[NAAM] heeft de stoep vies gemaakt");
    MASKS("Toen kwam Jansen-de Vries langs.", "Toen kwam [NAAM] langs.");
    MASKS("Jan van Gent belde", "[NAAM] belde");
    MASKS("Gijsbert Jansen heeft gebeld", "[NAAM] heeft gebeld");
    /* A name that is also a word needs more than the list. */
    KEEPS("Ben jij wel eens in de Kuip geweest?");
    KEEPS("Bakker op de hoek is dicht, Visser ook.");
    MASKS("Ben Jansen is mijn buurman", "[NAAM] is mijn buurman");
}

static void greetings_fields_and_signatures(void **state) {
    (void)state;
    MASKS("Beste Karin, dank voor je hulp.", "Beste [NAAM], dank voor je hulp.");
    MASKS("Naam: Mohamed Bouzid\nAdres: Beijerlandselaan 12",
          "Naam: [NAAM]\nAdres: Beijerlandselaan 12");
    MASKS("Het is opgelost.\n\nMet vriendelijke groet,\n\nIngrid Hoogendoorn\nTeam Afval",
          "Het is opgelost.\n\nMet vriendelijke groet,\n\n[NAAM]\nTeam Afval");
    MASKS("Groeten, Ans", "Groeten, [NAAM]");
    MASKS("mvg piet jansen", "mvg [NAAM]");
    MASKS("Gr.\nYusuf", "Gr.\n[NAAM]");
    /* A closing with more text after it is no signature. */
    KEEPS("Groeten uit Rotterdam");
    KEEPS("Met vriendelijke groet,\nGemeente Rotterdam");
    KEEPS("Hallo Gemeente, bij ons is het vies.");
}

static void streets_places_and_organisations_stay(void **state) {
    (void)state;
    KEEPS("De lantaarnpaal in de Kerkstraat is kapot.");
    KEEPS("Op de Pieter de Hoochweg staat water.");
    KEEPS("Ik woon in de Van Speijkstraat.");
    KEEPS("Bij de G.J. de Jonghweg ligt afval.");
    KEEPS("Ik woon in Hoek van Holland.");
    KEEPS("Boodschappen bij de Dirk van den Broek.");
    KEEPS("Gevallen in het Zuiderpark bij Albert Heijn.");
    KEEPS("De boot op de Maas bij de Erasmusbrug.");
    KEEPS("Ik woon aan de Maas in Rotterdam.");
    MASKS("Jansen van de Kerkstraat heeft het gedaan.",
          "[NAAM] van de Kerkstraat heeft het gedaan.");
    MASKS("De heer Yilmaz uit Charlois heeft gebeld.", "De heer [NAAM] uit Charlois heeft gebeld.");
}

static void what_is_no_prose_and_what_names_a_building(void **state) {
    (void)state;
    /* Words in e-mail addresses, URLs and earlier masks are never names. */
    KEEPS("Mail naar jan.jansen@example.nl of kijk op https://www.Rotterdam.nl/Jansen");
    KEEPS("Naam: [E-MAIL] en [TELEFOON]");
    /* A capital De alone names buildings and places as often as people. */
    KEEPS("Na het concert in De Doelen en bij metrostation De Akkers lag afval.");
    KEEPS("Het gebouw De Rotterdam heeft een kapotte deur.");
    MASKS("Ik sprak Van Dijk over De Esch.", "Ik sprak [NAAM] over De Esch.");
    /* A business or building named after someone stays; its owner does not. */
    KEEPS("Bij basisschool De Regenboog en café De Gouden Leeuw is het druk.");
    KEEPS("Het Maasstad Ziekenhuis en de Willem de Kooning Academie zijn slecht bereikbaar.");
    MASKS("de kapsalon van Yasmina is dicht", "de kapsalon van [NAAM] is dicht");
    /* Place endings: kept on their own, a surname after a title. */
    KEEPS("Ik woon in Nieuw-Beijerland en werk in Zwijndrecht.");
    MASKS("Mevrouw Nieuwland belde", "Mevrouw [NAAM] belde");
    MASKS("Ik heb Tamara Koolhoven gesproken", "Ik heb [NAAM] gesproken");
}

static void hurried_and_sloppy_writing(void **state) {
    (void)state;
    MASKS("dhr JP Oosterbroek belt ivm bezwaar", "dhr [NAAM] belt ivm bezwaar");
    MASKS("J Verhoef belde namens zijn moeder", "[NAAM] belde namens zijn moeder");
    MASKS("Karins fiets is gestolen", "[NAAM] fiets is gestolen");
    assert_null(strstr(mask("De hond van Jansen's buren blaft", NULL, NULL), "Jansen"));
    /* All in lower case: a listed name that is no word is a name. */
    MASKS("mohamed van nummer 21 zet zijn bank op straat",
          "[NAAM] van nummer 21 zet zijn bank op straat");
    MASKS("ik woon naast fatima en het is altijd rustig",
          "ik woon naast [NAAM] en het is altijd rustig");
    KEEPS("ik wil een max aan de overlast en ben het zat");
    /* With capitals elsewhere, a name in lower case needs a trigger. */
    KEEPS("Ik woon naast fatima. Het is rustig.");
    MASKS("De jeugdconsulent Priya en een zekere Yasin",
          "De jeugdconsulent [NAAM] en een zekere [NAAM]");
    MASKS("Volgens Mustafa is het vol.", "Volgens [NAAM] is het vol.");
}

static void sentence_initial_capitals_are_no_evidence(void **state) {
    (void)state;
    KEEPS("Gisteren stond de container weer vol. Vandaag nog steeds.");
    KEEPS("Waarom komt niemand? Overlast elke nacht!");
    KEEPS("IK BEN HET ZAT, BEN JIJ DAT OOK?");
    KEEPS("");
}

/* The classes names-dev2 found (each failed before its rule). */
static void look_alikes_of_titles_relations_and_streets(void **state) {
    (void)state;
    /* a relation word that is also listed as a service */
    MASKS("Wijkagent Bakker is al langs geweest.", "Wijkagent [NAAM] is al langs geweest.");
    /* a surname with a street's or a place's ending, right after a person's title */
    MASKS("dhr. Oosterbaan wil weten wanneer", "dhr. [NAAM] wil weten wanneer");
    MASKS("Mevrouw Kerkhof belde", "Mevrouw [NAAM] belde");
    KEEPS("meneer uit de Kerkstraat belde");
    KEEPS("Ik woon aan de Burgemeester de Vlugtlaan.");
    /* 't as a particle; "van den Bosch" is no "Den Bosch" */
    MASKS("Mevrouw van 't Hullenaar is gevallen", "Mevrouw [NAAM] is gevallen");
    MASKS("Afspraak met Petra in 't Veld gemaakt", "Afspraak met [NAAM] gemaakt");
    MASKS("Henk van den Bosch uit Ommoord belde", "[NAAM] uit Ommoord belde");
    KEEPS("Ik ga morgen naar Den Bosch.");
    /* a preposition alone before a place is no particle */
    KEEPS("Ik woon in Veen en werk op Kerkhof.");
    /* lower case: a listed surname that is also a word, inside a vouched name */
    MASKS("heb met jan de boer gesproken", "heb met [NAAM] gesproken");
    MASKS("sanne visser van de school belde", "[NAAM] van de school belde");
    KEEPS("de boer op de markt verkoopt kaas en de visser ook");
    /* words that are never names, even after a greeting or a title */
    KEEPS("Hallo Allemaal, de borrel is zaterdag.");
    KEEPS("ik ben Marokkaan en woon hier al jaren");
    KEEPS("Meneer Vraagt of de melding is opgepakt.");
    KEEPS("Mevr. Geeft aan dat de trap glad is.");
    /* two-word streets, organisations by their ending or after an owner's name */
    MASKS("Mevr. Bos van de Bergse Dijk belde", "Mevr. [NAAM] van de Bergse Dijk belde");
    KEEPS("Beste Wijkraad,\nhet speelveld is weer vies.");
    KEEPS("De bus van De Vries Advocaten staat op de stoep.");
    KEEPS("Naast Hans Anders en Van Haren staat een pand leeg.");
}

/* The classes names-dev3 found (each failed before its rule). */
static void signatures_shorthand_and_addressees(void **state) {
    (void)state;
    int c;
    unsigned r;
    /* a first name in parentheses after initials: one person, one mask */
    assert_string_equal(
        mask("Met vriendelijke groet,\n\nS. (Sietske) Dijkstra\nStichting MEE", &c, &r),
        "Met vriendelijke groet,\n\n[NAAM]\nStichting MEE");
    assert_int_equal(c, 1);
    assert_int_equal(r, 1u << LL_NAME_SIGNATURE);
    KEEPS("Ik kom met J. (ivm de afspraak) langs.");
    /* a double surname whose first part ends in a particle */
    MASKS("mvr. Oudshoorn-van Dam belt", "mvr. [NAAM] belt");
    /* after a relation word, a lower-case first name that is also a word */
    MASKS("buurvrouw els heeft ook last", "buurvrouw [NAAM] heeft ook last");
    KEEPS("mijn buurman kan niet slapen");
    /* names given in recent years */
    MASKS("Noa belde gisteren terug", "[NAAM] belde gisteren terug");
    /* addressees that are no one's name */
    KEEPS("Geachte Directie,\nde lift doet het niet.");
    KEEPS("Beste Buurtgenoten, zaterdag is de opschoondag.");
    /* a department after a job title in a signature; a surname after one */
    KEEPS("Groet,\nTeamleider Wijkbeheer Noord");
    MASKS("teamleider Jansen belt terug", "teamleider [NAAM] belt terug");
    /* a group named with its place after a label or a greeting */
    KEEPS("Melder: Buurtpreventie Kralingen");
    KEEPS("Beste Bewonersgroep Spangen,\nde bankjes zijn weg.");
    MASKS("Melder: Ahmed uit Kralingen", "Melder: [NAAM] uit Kralingen");
    /* couples and households; who is calling after a greeting */
    MASKS("Het echtpaar Wouterse woont op nr 4", "Het echtpaar [NAAM] woont op nr 4");
    MASKS("Hoi, met Yolanthe van de VvE", "Hoi, met [NAAM] van de VvE");
    KEEPS("Goedemorgen, met de Stadswinkel");
    KEEPS("het gezin heeft geen verwarming");
    /* a preposition alone before a place ends a name; a factory keeps its founder */
    KEEPS("Ik doe boodschappen bij Dirk in Ommoord.");
    MASKS("Jan te Velde belde", "[NAAM] belde");
    KEEPS("Er staat een hek om de Van Nelle Fabriek.");
}

/* Look-alikes found by running the masker over the classifier's development
 * sets (texts written for themes and urgency, not for names). */
static void look_alikes_in_other_writers_text(void **state) {
    (void)state;
    /* a street that starts with its street word */
    KEEPS("boom op de trambaan ter hoogte van de Laan van Nieuw Oost");
    KEEPS("verkeerslicht kruising Laan vd Meer/Hofweg knippert");
    MASKS("mevrouw Van der Laan van de Kerkstraat belde", "mevrouw [NAAM] van de Kerkstraat belde");
    /* in lower-case text a surname that is also a word, on the lists alone */
    KEEPS("er wonen 40 gezinnen boven");
    KEEPS("de gft bak is al 2 weken niet geleegd");
    KEEPS("gat van een halve meter. het is al donker en de verlichting is slecht");
    MASKS("mw bakker belt ivm de bak", "mw [NAAM] belt ivm de bak");
    KEEPS("De mevrouw boven mij roept om hulp.");
    /* after a relation word, "van" says where someone is from */
    KEEPS("Ik werd door de consulent van Werk & Inkomen afgesnauwd.");
    MASKS("mijn buurman van Dijk belde", "mijn buurman [NAAM] belde");
    /* capitalised words after an organisation's name (not after one that is
     * also a first name) */
    KEEPS("Stadswinkel Alexander, balie 3: mevrouw komt vertellen");
    assert_null(strstr(mask("Laurens Jansen belde", NULL, NULL), "Jansen"));
}

/* Places that are surnames and businesses named after their owner
 * (names-dev5: each line failed before its rule). */
static void places_and_businesses_that_are_names(void **state) {
    (void)state;
    /* a listed surname alone right after in, uit, vanuit, te is a place */
    MASKS("Mevrouw Van Houten belt namens haar moeder, die uit Houten komt.",
          "Mevrouw [NAAM] belt namens haar moeder, die uit Houten komt.");
    KEEPS("Zij woont sinds maart in Houten.");
    /* but not before more of a name, and not after bij or naar */
    MASKS("We hebben in Jansen Bakker een goede buurman", "We hebben in [NAAM] een goede buurman");
    MASKS("Ik ben vandaag nog bij Bree geweest.", "Ik ben vandaag nog bij [NAAM] geweest.");
    /* an owner's name before a business noun */
    KEEPS("Ik werk bij Hanneke Kraaijeveld Mode aan de Meent.");
    KEEPS("de Piet Hein Vastgoed is de beheerder van ons blok");
    MASKS("Ik sprak Hanneke Kraaijeveld over de mode", "Ik sprak [NAAM] over de mode");
}

/* Streets told by their house number, and places after "in de", "op de". */
static void streets_by_house_number_and_preposition(void **state) {
    (void)state;
    KEEPS("Adres: Brouwer 12, 1234 AB Ede.");
    KEEPS("Wonend Hoogland 23, Amersfoort");
    KEEPS("Het gaat om Laantje van Puijk 3b in Bergen.");
    KEEPS("Er ligt glas op de Bree bij de school.");
    KEEPS("Ik woon in de Broek en de bus komt niet meer.");
    /* a count, an age or a time is no house number; a title, a first name first: a person */
    MASKS("ik heb Bree 2 keer gebeld", "ik heb [NAAM] 2 keer gebeld");
    MASKS("Bree 3x gebeld", "[NAAM] 3x gebeld");
    MASKS("mevrouw Bree 78 belde", "mevrouw [NAAM] 78 belde");
    MASKS("Jan Jansen 12 belde", "[NAAM] 12 belde");
    MASKS("ik was bij de Vries", "ik was bij de [NAAM]");
    MASKS("Jan op de Beek belde", "[NAAM] belde");
    /* after a relation word a house number still makes an address */
    MASKS("Joyce, bewoner Meidoorn 9", "[NAAM], bewoner Meidoorn 9");
}

/* Places after naar, richting, vanaf, after a postcode, and towns that surnames are
 * borne with "van" after (names-dev6). */
static void places_by_preposition_postcode_and_van(void **state) {
    (void)state;
    KEEPS("We rijden elke dag naar Houten voor mijn werk.");
    KEEPS("Vanuit Vries naar Assen is het een half uur fietsen.");
    KEEPS("Postadres: Postbus 1234, 3990 DA Houten");
    KEEPS("Ons adres is De Horst 12, 2991AB Barendrecht.");
    KEEPS("Houten heeft dit veel beter geregeld.");
    KEEPS("Het Dr. Sarphati huis organiseert inloop.");
    MASKS("Mevrouw Van Houten belt", "Mevrouw [NAAM] belt");
    MASKS("ik heb van Houten gebeld", "ik heb [NAAM] gebeld");
    MASKS("doorverbonden naar Jansen van de afdeling", "doorverbonden naar [NAAM] van de afdeling");
    MASKS("Vanaf morgen neemt Fatima het over", "Vanaf morgen neemt [NAAM] het over");
    MASKS("Melder: Bree 12", "Melder: [NAAM] 12");
}

/* Things named after persons, told by an article or a noun, and a signature of two
 * (names-dev7 and probes written after it). */
static void things_named_after_persons(void **state) {
    (void)state;
    KEEPS("De collecte voor het KWF en het Prins Claus Fonds mag niet meer aan de deur?");
    KEEPS("auto's van bezoekers van de Van Nelle.");
    KEEPS("Parkeren bij de Kees Boeke is onmogelijk.");
    KEEPS("We gaan naar het Willem de Kooning voor de open dag.");
    MASKS("mijn buurman de Roos belde", "mijn buurman [NAAM] belde");
    MASKS("De Jan Jansen belde", "[NAAM] belde");
    MASKS("Geachte heer Van Dijk, u schreef", "Geachte heer [NAAM], u schreef");
    MASKS("Groeten,\nBas en Ellen de Boer\nVan Brakelstraat 8",
          "Groeten,\n[NAAM] en [NAAM]\nVan Brakelstraat 8");
}

/* Issue 12, sixth round (names-dev9): hospitals after "het", a preposition
 * after a title, business nouns, a place after a person's title. */
static void hospitals_prepositions_and_places_after_titles(void **state) {
    (void)state;
    /* "het" before a first name alone: a hospital or building, never a person. */
    KEEPS("Na de operatie in het Antonius kreeg ik geen vervoer.");
    KEEPS("Mijn zoon ligt al een week in het Sophia.");
    MASKS("Petra in het Veld belde", "[NAAM] belde");
    MASKS("mijn buurman Antonius belde", "mijn buurman [NAAM] belde");
    /* A lower-case in/op/te alone before a place after a title is a preposition. */
    KEEPS("Wij helpen een gezin in Feijenoord met de huur.");
    MASKS("het gezin in 't Veld belde", "het gezin [NAAM] belde");
    MASKS("mevrouw Van Charlois belde", "mevrouw [NAAM] belde");
    /* Business nouns after the owner's name. */
    KEEPS("De kraan van De Groot Bouw staat over de stoep.");
    KEEPS("Jansen Groep heeft de steiger laten staan.");
    /* A listed place alone right after a person's title is a surname; after a
     * title streets are named after, or before a house number, it is not. */
    MASKS("Gesproken met dhr. Hoogvliet over het riool.",
          "Gesproken met dhr. [NAAM] over het riool.");
    MASKS("mevrouw Kralingen belt over de stoep", "mevrouw [NAAM] belt over de stoep");
    KEEPS("Hij woont in Hoogvliet en zij in Kralingen.");
    KEEPS("Op de Burgemeester Hoogvliet staat niets.");
}

/* What a found name takes after it (names-dev8): "sr."/"jr.", and "en" with one
 * unlisted capitalised word; not after a surname on the lists alone, not a
 * listed organisation or place, not before more capitalised words. */
static void partners_and_seniors(void **state) {
    (void)state;
    MASKS("groetjes van Priya en Raj uit Ommoord", "groetjes van [NAAM] en [NAAM] uit Ommoord");
    MASKS("dhr. H. van den Heuvel sr. belde", "dhr. [NAAM] belde");
    MASKS("mijn zoon Jan jr. belde", "mijn zoon [NAAM] belde");
    MASKS("Schildersbedrijf Jansen en Zonen", "Schildersbedrijf Jansen en Zonen");
    MASKS("Jansen en Zonen kwamen", "[NAAM] en Zonen kwamen");
    MASKS("ik heb met Fatima en Stedin gebeld", "ik heb met [NAAM] en Stedin gebeld");
}

/* Issue 12, round 7 (names-dev10, a blind writer): a closing that opens the
 * text's last sentence signs it; "mdw" (a staff member in call notes) is a
 * title; "Alexander" alone is Rotterdam's station and shopping area. */
static void closings_in_a_line_staff_and_alexander(void **state) {
    (void)state;
    MASKS("ik woon op de Schepenstraat. groetjes Iris",
          "ik woon op de Schepenstraat. groetjes [NAAM]");
    MASKS("herrie op zijn piano. Groet, Cynthia Lieuw", "herrie op zijn piano. Groet, [NAAM]");
    MASKS("Het is hier mooi. Groeten uit Rotterdam", "Het is hier mooi. Groeten uit Rotterdam");
    MASKS("Groetjes. Ik woon in Kralingen", "Groetjes. Ik woon in Kralingen");
    MASKS("wijkteam ingeschakeld door mdw. Dewi.", "wijkteam ingeschakeld door mdw. [NAAM].");
    MASKS("mdw Bas belt terug", "mdw [NAAM] belt terug");
    MASKS("mdw. belt morgen terug", "mdw. belt morgen terug");
    MASKS("ik ga vannacht de trein in bij Alexander", "ik ga vannacht de trein in bij Alexander");
    MASKS("balie Stadswinkel Alexander", "balie Stadswinkel Alexander");
    MASKS("mijn zoon Alexander is ziek", "mijn zoon [NAAM] is ziek");
    MASKS("Alexander de Vries belde", "[NAAM] belde");
}

/* Issue 12, round 8: a word that is also a name after a relation word or a staff label
 * with a colon, an organisation's name after a person's title, and the place or employer
 * after a verb of living or working (which stays, whatever names it holds). */
static void word_names_labels_and_where_one_lives_or_works(void **state) {
    (void)state;
    MASKS("Mijn zoon Storm speelt daar elke dag", "Mijn zoon [NAAM] speelt daar elke dag");
    MASKS("terugbellen vandaag. mdw: Iris", "terugbellen vandaag. mdw: [NAAM]");
    MASKS("bezwaar ontvangen. behandelaar: Mark", "bezwaar ontvangen. behandelaar: [NAAM]");
    MASKS("Ingevoerd door: Dewi (balie Noord)", "Ingevoerd door: [NAAM] (balie Noord)");
    MASKS("mijn kleinkinderen Joël en Mila", "mijn kleinkinderen [NAAM] en [NAAM]");
    MASKS("de storm heeft de boom geveld", "de storm heeft de boom geveld");
    MASKS("mw. Laurens belt over haar pas", "mw. [NAAM] belt over haar pas");
    MASKS("de kinderen op de boot zwaaiden", "de kinderen op de boot zwaaiden");
    MASKS("Mijn broer woont in Anna Paulowna en komt logeren",
          "Mijn broer woont in Anna Paulowna en komt logeren");
    MASKS("ik werk bij Dura Vermeer in de bouw", "ik werk bij Dura Vermeer in de bouw");
    MASKS("ik ben verhuisd naar Hendrik-Ido-Ambacht", "ik ben verhuisd naar Hendrik-Ido-Ambacht");
    MASKS("ik werk samen met Jan de Vries", "ik werk samen met [NAAM]");
    MASKS("ik ben bij Jan de Vries geweest", "ik ben bij [NAAM] geweest");
}

/* Issue 12, round 10: the words a person's title, a relation or a greeting opens before an
 * address are the person, not the street's; in lower-case text a listed first name leads to a
 * lower-case street as a capitalised one does. */
static void a_person_before_an_address_and_streets_in_lower_case(void **state) {
    (void)state;
    MASKS("Mw Jansen Kerkstraat 12 belt over container.",
          "Mw [NAAM] Kerkstraat 12 belt over container.");
    MASKS("mw jansen kerkstraat 12 belt over container",
          "mw [NAAM] kerkstraat 12 belt over container");
    MASKS("dhr Brood van bakkerij Brood & Zo klaagt", "dhr [NAAM] van bakkerij Brood & Zo klaagt");
    KEEPS("ik woon op de jan evertsenplaats, graag een extra prullenbak");
    KEEPS("op de willem ruyslaan staat een boom scheef");
    KEEPS("ik woon op de pieter de hoochweg");
    KEEPS("Ik woon aan de Pieter de Hoochweg 12.");
    KEEPS("Wethouder Van Essenweg 4 is afgesloten.");
    MASKS("Mevrouw Jansen woont aan de Pieter de Hoochweg 12",
          "Mevrouw [NAAM] woont aan de Pieter de Hoochweg 12");
}

/* Issue 12, round 10, from names-dev12's misses: a closing that signs for a group is signed
 * on the next line; a department named by its task stays; a relation word that is a listed
 * surname is the surname right after a title. */
static void signed_for_a_group_departments_and_surnames_that_are_relations(void **state) {
    (void)state;
    MASKS("Bedankt voor de hulp!\n\nNamens de buurt,\nCor",
          "Bedankt voor de hulp!\n\nNamens de buurt,\n[NAAM]");
    KEEPS("Namens de buurt,\nGemeente Rotterdam");
    KEEPS("ondertekend door de teamleider Parkeren, maar het nummer werkt niet");
    MASKS("dhr. Baas belt over zijn afvalpas", "dhr. [NAAM] belt over zijn afvalpas");
    KEEPS("mijn baas belt over de afvalpas");
    MASKS("mijn baas Jan belt", "mijn baas [NAAM] belt");
    /* A double surname with a capitalised particle before a street: not a street of its own. */
    MASKS("Bij mevrouw Hendriks-Van Dijk op de Nolensstraat is ingebroken",
          "Bij mevrouw [NAAM] op de Nolensstraat is ingebroken");
    KEEPS("ter hoogte van de Laan van Nieuw Oost is het glad");
    /* "tl:" (the team leader) labels a staff member as "mdw:" does. */
    MASKS("verwezen naar Pameijer. tl: Mark", "verwezen naar Pameijer. tl: [NAAM]");
    KEEPS("doorgezet naar de tl, woont Kralingen");
}

static void appositions_signers_and_business_names(void **state) {
    (void)state;
    /* A name set off by commas beside a relation noun, before or after it. */
    MASKS("Roos, mijn buurvrouw, heeft de bloemen geplant",
          "[NAAM], mijn buurvrouw, heeft de bloemen geplant");
    MASKS("Ik gaf de brief aan Esmeralda, de baliemedewerker.",
          "Ik gaf de brief aan [NAAM], de baliemedewerker.");
    MASKS("Haar casemanager, Ritsaert, is ziek", "Haar casemanager, [NAAM], is ziek");
    KEEPS("Gisteren, mijn buurman en ik zagen het");
    MASKS("Fahim, mijn buurvrouw, is gevallen", "[NAAM], mijn buurvrouw, is gevallen");
    KEEPS("Trouwens, mijn buurman, die ook klaagt, is boos");
    KEEPS("Vanmorgen, mijn buurman, zag het ook");
    MASKS("De monteur, Youssra Rietkerk, kwam te laat", "De monteur, [NAAM], kwam te laat");
    MASKS("Ik heb contact gehad met Ireneus Schoeber van het wijkteam",
          "Ik heb contact gehad met [NAAM] van het wijkteam");
    KEEPS("Ik heb contact opgenomen met Woonstad en de Stadswinkel");
    KEEPS("Vidomes, de verhuurder, reageert niet");
    /* A school named after a person after "op de". */
    KEEPS("mijn dochter zit op de Anne Frank en de oversteek is onveilig");
    /* Surnames that end like relation words or streets, after a first name. */
    MASKS("Onze wijkagent, Sander Bouwmeester, weet ervan", "Onze wijkagent, [NAAM], weet ervan");
    MASKS("Ik vraag dit namens Tessa Oudendijk van de VvE",
          "Ik vraag dit namens [NAAM] van de VvE");
    KEEPS("We wonen aan de Karel Doormanweg 12");
    MASKS("Mijn neef, Lucas Oosterhout, kreeg een boete", "Mijn neef, [NAAM], kreeg een boete");
    /* One mask for a name with its first name in parentheses. */
    MASKS("Met vriendelijke groet,\nA.J. (Ton) van der Linden", "Met vriendelijke groet,\n[NAAM]");
    MASKS("Mvg Anna de Vries", "Mvg [NAAM]");
    /* Two signers on the closing's line; a surname's initial; lower case. */
    MASKS("De lamp is kapot. Groet, Femke en Mark", "De lamp is kapot. Groet, [NAAM] en [NAAM]");
    MASKS("Groet, Femke en Mark", "Groet, [NAAM] en [NAAM]");
    MASKS("klant belt terug. Mdw: Sanne K.", "klant belt terug. Mdw: [NAAM]");
    MASKS("melding van piet de graaf: tak op het fietspad bij de Coolsingel",
          "melding van [NAAM]: tak op het fietspad bij de Coolsingel");
    MASKS("Graag terugbellen. Groet, Tom van 't Hof", "Graag terugbellen. Groet, [NAAM]");
    /* Businesses and organisations with a person's name in them. */
    MASKS("Mr. P. Jansen, Jansen & De Wit Advocaten", "Mr. [NAAM], Jansen & De Wit Advocaten");
    KEEPS("Het buurthuis Het Huis van de Wijk is dicht");
    MASKS("ik ben Lars de Groot van Stichting Buurtwerk Delfshaven",
          "ik ben [NAAM] van Stichting Buurtwerk Delfshaven");
    KEEPS("zaterdag bij Sportclub Victoria is het te druk");
    /* A first name that is also a word, in a list beside names found. */
    MASKS("Onze kinderen (Sem, Lieke en Noor) kunnen niet oversteken",
          "Onze kinderen ([NAAM], [NAAM] en [NAAM]) kunnen niet oversteken");
    /* One word in parentheses after a relation noun; not after a builder's noun. */
    MASKS("de wijkagent (mark) zei dat we moesten bellen",
          "de wijkagent ([NAAM]) zei dat we moesten bellen");
    KEEPS("de aannemer (Heijmans) komt morgen");
    KEEPS("mijn buurman (Crooswijk) ook");
    KEEPS("Stank van de Maas bij de Maasboulevard");
    /* A preposition of place and "de" before a first name or a long surname that takes
     * no "de": a street named so; "de" surnames stay names. */
    KEEPS("Ik woon op de Magdalena en de lantaarn is kapot");
    KEEPS("De bus rijdt niet meer over de Zandbergen");
    KEEPS("Wij wonen aan de Driessen sinds 2010");
    MASKS("Ik heb gesproken met de Vries", "Ik heb gesproken met [NAAM]");
    /* Places named like surnames: from one place to another, beside a place. */
    KEEPS("Wij zijn verhuisd van Rozendaal naar Rotterdam");
    KEEPS("Tussen Driessen en Gouda is de weg afgesloten");
    KEEPS("De weg tussen Nijland en Schiedam is dicht");
    MASKS("Ik kreeg een mail van Jansen over de boete", "Ik kreeg een mail [NAAM] over de boete");
    /* Streets named like persons: a number after "nummer", "nr."; "de" after a
     * preposition of place; a first name after "in"; "van" after a relation word. */
    KEEPS("Er staat water in de kelders aan Boekel nummer 3");
    KEEPS("Is er een vergunning voor de steiger op Hilde nr. 16?");
    KEEPS("Het fietspad langs De Merel is gevaarlijk");
    MASKS("Ik heb het aan De Vries gegeven", "Ik heb het aan [NAAM] gegeven");
    KEEPS("De straatverlichting in Mert is al een week uit");
    KEEPS("mijn buurman van Lange Horst 8 zet zijn afval buiten");
    /* A signer's first name and a place surnames are borne after. */
    MASKS("groetjes, lisa van dam", "groetjes, [NAAM]");
}

/* The user check of 12-01: names in lower case after a title or a role passed in
 * clear, and a verb after a capitalised title was masked. The word list tells them
 * apart: a word it does not know as an ordinary word is a name there. */
static void lower_case_names_after_titles_and_roles(void **state) {
    (void)state;
    int c;
    unsigned r;
    assert_string_equal(mask("gesproken met wijkagent el khatib over de overlast", &c, &r),
                        "gesproken met wijkagent [NAAM] over de overlast");
    assert_int_equal(c, 1);
    assert_int_equal(r, 1u << LL_NAME_RELATION);
    assert_string_equal(mask("meneer achmed van de stadswinkel heeft me geholpen", &c, &r),
                        "meneer [NAAM] van de stadswinkel heeft me geholpen");
    assert_int_equal(r, 1u << LL_NAME_TITLE);
    MASKS("Ik heb met mevrouw achmadi gesproken.", "Ik heb met mevrouw [NAAM] gesproken.");
    MASKS("mijn consulent mo el idrissi belt niet terug", "mijn consulent [NAAM] belt niet terug");
    MASKS("De buurman bouzidi zet zijn afval buiten.", "De buurman [NAAM] zet zijn afval buiten.");
    MASKS("dhr van der khatib wil terugbellen", "dhr [NAAM] wil terugbellen");
    /* A verb, a word or a compound after the title or role stays, conjugated too. */
    KEEPS("Meneer wilde graag een nieuwe container.");
    KEEPS("Mevrouw vertelde dat de lamp kapot is.");
    KEEPS("Meneer houdt duiven op het balkon.");
    KEEPS("Mijn buurman houdt duiven op zijn balkon.");
    KEEPS("Meneer van de benedenflat heeft geen eten meer.");
    KEEPS("Mevrouw geïrriteerd, belt morgen terug.");
    KEEPS("de wijkagent van het politiebureau kwam langs");
    KEEPS("mijn collega van de ggd belt u");
    /* after a role "van" says where from: an organisation no list holds stays */
    KEEPS("mijn consulent van pameijer belt niet terug");
    /* a capitalised name still goes, the verb after it stays */
    MASKS("Meneer Jansen wilde graag een container.", "Meneer [NAAM] wilde graag een container.");
    /* a closing is no role: "Kind regards" */
    KEEPS("Kind regards, the municipality");
    /* alone after a label, a Dutch greeting or a closing, the name ends its clause */
    MASKS("Naam: achmed khatib\nAdres: Kerkstraat 12", "Naam: [NAAM]\nAdres: Kerkstraat 12");
    MASKS("beste achmed,\n\nde container is kapot", "beste [NAAM],\n\nde container is kapot");
    MASKS("De lamp is kapot.\n\ngroetjes,\nachmed", "De lamp is kapot.\n\ngroetjes,\n[NAAM]");
    MASKS("De lamp is kapot. mvg khatib", "De lamp is kapot. mvg [NAAM]");
    MASKS("De lamp is kapot.\nMet vriendelijke groet,\nachmed el khatib",
          "De lamp is kapot.\nMet vriendelijke groet,\n[NAAM]");
    KEEPS("Hallo allemaal, de lamp is kapot");
    KEEPS("De lamp is kapot.\nGroet,\nstichting pameijer");
    /* English: a word the Dutch list does not know is no evidence there */
    KEEPS("Hi there, the lamp is broken");
    KEEPS("caller reports man in canal near the bridge, not moving. Agent called 112, caller "
          "stays on line.");
}

/* From the misses of names-dev14 (issue 12, eleventh round), in other words. */
static void organisations_after_roles_introductions_and_de_heer(void **state) {
    (void)state;
    /* after a relation noun that is as often an organisation, only a listed name */
    KEEPS("Mijn verhuurder Havensteder reageert niet.");
    KEEPS("de eigenaar Lokanta belt terug");
    MASKS("Mijn verhuurder Jansen reageert niet.", "Mijn verhuurder [NAAM] reageert niet.");
    /* van den, van der, ter: a surname's particles, what follows in lower case too */
    MASKS("Gesproken met consulent van den berg over de aanvraag.",
          "Gesproken met consulent [NAAM] over de aanvraag.");
    KEEPS("mijn buurman van de overkant maakt herrie");
    /* "ik ben" and a capitalised word the word list writes in lower case */
    MASKS("Hoi, ik ben Storm, 16 jaar, en de bank is kapot.",
          "Hoi, ik ben [NAAM], 16 jaar, en de bank is kapot.");
    KEEPS("ik ben Marokkaan en woon hier al jaren");
    /* "de heer" before a listed place, as "meneer" */
    MASKS("Ik sprak de heer Hoek gisteren.", "Ik sprak de heer [NAAM] gisteren.");
    KEEPS("Wij wonen op de Heer Bokelweg.");
    /* a first name in lower case, "van" and a capitalised unlisted word: where she works */
    MASKS("mijn begeleider ilse van Cordaan zegt dat",
          "mijn begeleider [NAAM] van Cordaan zegt dat");
    /* a first name's possessive before a capitalised word: a business */
    KEEPS("we wonen naast Henk's Fietsen in de Nieuwstraat");
    MASKS("Bart's moeder belde", "[NAAM] moeder belde");
}

/* Issue 12, twelfth round: the leaks the eleventh left (REPORT-names, "Still missed"). */
static void accented_names_surnames_that_are_words_and_met(void **state) {
    (void)state;
    /* a lower-case name with accents after a title: judged by the word list as any other */
    MASKS("ik heb mevrouw yılmaz gesproken over de container",
          "ik heb mevrouw [NAAM] gesproken over de container");
    MASKS("meneer çelik belde over de lantaarnpaal", "meneer [NAAM] belde over de lantaarnpaal");
    MASKS("mw. şahin wil graag teruggebeld worden", "mw. [NAAM] wil graag teruggebeld worden");
    MASKS("dhr. müller klaagt over geluidsoverlast", "dhr. [NAAM] klaagt over geluidsoverlast");
    /* ... that no list of the masker holds: "müller" is no ordinary "muller" */
    MASKS("mevrouw jürgens zet het afval te vroeg buiten",
          "mevrouw [NAAM] zet het afval te vroeg buiten");
    MASKS("Gesproken met mw. söğütlü over de boom.", "Gesproken met mw. [NAAM] over de boom.");
    MASKS("dhr. nuñez belt morgen terug", "dhr. [NAAM] belt morgen terug");
    MASKS("De buurman dvořák maakt veel lawaai.", "De buurman [NAAM] maakt veel lawaai.");
    /* an ordinary word with accents after a title stays */
    KEEPS("Mevrouw geïrriteerd, belt morgen terug.");
    KEEPS("Meneer überhaupt niet bereikbaar geweest.");
    KEEPS("Geachte klachtencoördinator,\n\nOp 12 februari heb ik een klacht ingediend.");
    KEEPS("mevrouw één keer gebeld, geen gehoor");
    /* a first name, a particle and a listed surname that is also a word */
    MASKS("de begeleider ilse van dijk komt dinsdag langs",
          "de begeleider [NAAM] komt dinsdag langs");
    MASKS("mijn buurvrouw sanne de boer heeft een sleutel",
          "mijn buurvrouw [NAAM] heeft een sleutel");
    MASKS("meneer jan van de berg belt terug", "meneer [NAAM] belt terug");
    MASKS("woonbegeleider fatima van beek is ziek", "woonbegeleider [NAAM] is ziek");
    /* where from, not who: the word after the particle is no listed surname */
    MASKS("meneer achmed van de stadswinkel heeft me geholpen",
          "meneer [NAAM] van de stadswinkel heeft me geholpen");
    MASKS("begeleider ilse van de gemeente komt langs",
          "begeleider [NAAM] van de gemeente komt langs");
    KEEPS("mijn buurman van de overkant maakt herrie");
    KEEPS("de buurman van dijk 12 maakt herrie");
    /* after a verb of talking and "met", a first name in lower case that is no word */
    MASKS("ik heb gesproken met achmed over de rommel",
          "ik heb gesproken met [NAAM] over de rommel");
    MASKS("gisteren gebeld met fatima van de klantenservice",
          "gisteren gebeld met [NAAM] van de klantenservice");
    MASKS("net gesproken met ilse, zij belt terug", "net gesproken met [NAAM], zij belt terug");
    /* ... but an ordinary word stays, a first name that is one too ("met ernst") */
    KEEPS("ik heb gesproken met iemand van de gemeente");
    KEEPS("Er is gesproken met ernst en respect.");
}

static void lower_case_appositions_signers_and_labels(void **state) {
    (void)state;
    /* a lower-case name set off by commas after a role noun */
    MASKS("Mijn casemanager, thijs bakker, reageert niet op mijn mails.",
          "Mijn casemanager, [NAAM], reageert niet op mijn mails.");
    MASKS("De wijkverpleegkundige, anouk, kwam gisteren niet opdagen.",
          "De wijkverpleegkundige, [NAAM], kwam gisteren niet opdagen.");
    KEEPS("Mijn buurman, helaas, is nog steeds ziek.");
    KEEPS("Mijn buurman, die altijd helpt, is ziek.");
    /* lower-case signatures: after a closing, a label, or alone after a blank line */
    MASKS("groet, kees\n\nP.S. mijn dochter lieke wil ook graag een reactie",
          "groet, [NAAM]\n\nP.S. mijn dochter [NAAM] wil ook graag een reactie");
    MASKS("Dank voor de reactie.\n\ngroet, kees", "Dank voor de reactie.\n\ngroet, [NAAM]");
    MASKS("Afzender: peter jansen", "Afzender: [NAAM]");
    MASKS("Dank voor de reactie van uw medewerker bas.\r\n\r\nhenk en ria van der linden",
          "Dank voor de reactie van uw medewerker [NAAM].\r\n\r\n[NAAM] en [NAAM]");
    MASKS("De lamp is kapot.\n\nhenk jansen", "De lamp is kapot.\n\n[NAAM]");
    KEEPS("De lamp is kapot.\n\nmet vriendelijke groet");
    KEEPS("De lamp is kapot.\n\nhenk zegt dat het morgen klaar is");
    /* a surname's lower-case particles after a title the keep list holds as an organisation */
    MASKS("Volgens wethouder de la Mar komt er een nieuwe speeltuin, zei meneer rachid tegen mij.",
          "Volgens wethouder [NAAM] komt er een nieuwe speeltuin, zei meneer [NAAM] tegen mij.");
    KEEPS("Volgens de wethouder van Rotterdam komt er een speeltuin.");
    KEEPS("Beste Wethouder,\n\nDe lamp is kapot.");
    /* a first name before a particle and a surname after "gesproken met" */
    MASKS("gesproken met achmed el amrani van de stadswinkel, hij hielp niet.",
          "gesproken met [NAAM] van de stadswinkel, hij hielp niet.");
}

/* Round 13 (issue 12, REPORT-user2 and the users' misses): a title the keep list holds as
 * an organisation before "van der" and a capitalised or lower-case surname, or before one
 * unlisted capitalised word that is no ordinary word; a lower-case first name that is
 * also a word after a label; "t.a.v." and "c.c." as labels; departments after labels. */
static void org_titles_labels_and_letter_headers(void **state) {
    (void)state;
    MASKS("Volgens wethouder van der Mar is het besluit al genomen.",
          "Volgens wethouder [NAAM] is het besluit al genomen.");
    MASKS("Wethouder van der Mar heeft het beloofd, en wethouder van den hoek ook.",
          "Wethouder [NAAM] heeft het beloofd, en wethouder [NAAM] ook.");
    MASKS("Volgens wethouder Kurvers komt er geld.", "Volgens wethouder [NAAM] komt er geld.");
    KEEPS("De wethouder van Rotterdam is ook aanwezig.");
    KEEPS("Een brief aan de wethouder van Financiën.");
    KEEPS("Wethouder Wonen heeft het dossier, burgemeester in Gouda ook.");
    KEEPS("Ik woon aan de Burgemeester van Walsumweg.");
    /* a lower-case first name that is also a word, alone after a label */
    MASKS("Afzender: peter\nOnderwerp: lantaarnpaal kapot\n\nDe lamp brandt niet.",
          "Afzender: [NAAM]\nOnderwerp: lantaarnpaal kapot\n\nDe lamp brandt niet.");
    MASKS("Van: mark <[EMAIL]>\nAan: Gemeente\n\nDe buren maken herrie.",
          "Van: [NAAM] <[EMAIL]>\nAan: Gemeente\n\nDe buren maken herrie.");
    MASKS("Afzender: peter, Kerkstraat 4\nDe lamp brandt niet.",
          "Afzender: [NAAM], Kerkstraat 4\nDe lamp brandt niet.");
    KEEPS("Afzender: bewoner\nDe lamp brandt niet.");
    KEEPS("Door: storm\nDe boom is omgevallen.");
    /* a lower-case first name after a label takes "van" and a word ending the line */
    MASKS("Cc: jeroen van dam\nOnderwerp: bomen", "Cc: [NAAM]\nOnderwerp: bomen");
    KEEPS("Van: peter van de gemeente\nDe lamp is kapot.");
    /* a role's field: the name, then where from (user check 5 of 12-02) */
    MASKS("Melder: kees van hiernaast\nDe lamp is kapot.",
          "Melder: [NAAM] van hiernaast\nDe lamp is kapot.");
    KEEPS("Van: maandag tot vrijdag is het loket open.");
    /* "t.a.v." and "c.c." as labels; not "i.o.v." (commissioned by: an organisation) */
    MASKS("Brief t.a.v. Okkinga, afdeling Belastingen.",
          "Brief t.a.v. [NAAM], afdeling Belastingen.");
    MASKS("Graag doorsturen.\nc.c. Haasbroek\nDe lamp is kapot.",
          "Graag doorsturen.\nc.c. [NAAM]\nDe lamp is kapot.");
    KEEPS("Graag doorsturen.\nt.a.v. Handhaving\nDe lamp is kapot.");
    KEEPS("Graag doorsturen.\ni.o.v. Rijkswaterstaat\nDe lamp is kapot.");
    /* after a label, words the word list knows as ordinary ones name a department */
    KEEPS("Graag doorsturen.\nAan: Griffie\nDe lamp is kapot.");
    KEEPS("Graag doorsturen.\nt.a.v. Sociale Dienst\nDe lamp is kapot.");
    KEEPS("Graag doorsturen.\nc.c. Raadsgriffie\nDe lamp is kapot.");
    MASKS("Graag doorsturen.\nAan: Haasbroek\nDe lamp is kapot.",
          "Graag doorsturen.\nAan: [NAAM]\nDe lamp is kapot.");
}

/* Round 13, from names-dev15's misses (in-sample): a listed first name in lower case after
 * an introduction, as after a relation word; lower-case initials after a title; a street
 * in "-laan" named after a person after a relation word. */
static void introductions_and_lower_case_initials(void **state) {
    (void)state;
    MASKS("Kan iemand mij helpen? Ik ben sjaak en ik woon hier.",
          "Kan iemand mij helpen? Ik ben [NAAM] en ik woon hier.");
    MASKS("Kan iemand mij helpen? Mijn naam is peter en ik woon hier.",
          "Kan iemand mij helpen? Mijn naam is [NAAM] en ik woon hier.");
    KEEPS("Kan iemand mij helpen? Ik ben bang en ik woon hier.");
    KEEPS("Ik ben moeder van twee kinderen.");
    MASKS("De afspraak is met mnr. m. el ouali gemaakt.",
          "De afspraak is met mnr. [NAAM] gemaakt.");
    MASKS("Vandaag mevr. j. de vries en dhr. a. jansen gesproken.",
          "Vandaag mevr. [NAAM] en dhr. [NAAM] gesproken.");
    KEEPS("Meneer wil z.s.m. teruggebeld worden over de boom.");
    KEEPS("Dhr. i.v.m. ziekte niet aanwezig, mevrouw a.u.b. terugbellen.");
    /* after a relation word a first name and a word in "-laan" are a street */
    KEEPS("De bewoner Willem Ruyslaan klaagt over de boom.");
    MASKS("Mijn buurman Jan Hoogendijk klaagt ook.", "Mijn buurman [NAAM] klaagt ook.");
}

/* names-dev16: a firm named after its owner, by its legal form or trade or by an
 * '&' (each failed before its rule); the owner named as a person still masked. */
static void firms_by_legal_form_and_ampersand(void **state) {
    (void)state;
    MASKS("gemachtigde: mr. N. Aydın, Aydın Legal.", "gemachtigde: mr. [NAAM], Aydın Legal.");
    MASKS("De brief kwam van Smit Advocatuur namens mevrouw Smit.",
          "De brief kwam van Smit Advocatuur namens mevrouw [NAAM].");
    KEEPS("verzoek ik om een gesprek met Wonen & Zorg.");
    KEEPS("Volgens Verbeek & Partners klopt de rekening niet.");
    KEEPS("Ik heb gebeld met Jansen & Zonen over de lekkage.");
    /* persons joined by an '&' or after a title stay persons */
    MASKS("Met vriendelijke groet, Ahmed & Sanne", "Met vriendelijke groet, [NAAM] & [NAAM]");
    MASKS("Ik heb gebeld met mevrouw Jansen & Zonen.", "Ik heb gebeld met mevrouw [NAAM] & Zonen.");
}

/* names-dev16: "van de" and a word that ends like a place after a name found is
 * where one lives (failed before: the whole "Ter Horst van de Kerkewijk" masked). */
static void where_one_lives_after_a_name(void **state) {
    (void)state;
    MASKS("Dhr. Ter Horst van de Kerkewijk vraagt naar zijn aanvraag.",
          "Dhr. [NAAM] van de Kerkewijk vraagt naar zijn aanvraag.");
    MASKS("Jan de Vries van de Kerkewijk belde over de stoep.",
          "[NAAM] van de Kerkewijk belde over de stoep.");
    /* the place is the surname right after the title, with or without the article */
    MASKS("Mevrouw Van de Kerkewijk belde gisteren.", "Mevrouw [NAAM] belde gisteren.");
    MASKS("mevrouw Van Rijswijk belde gisteren.", "mevrouw [NAAM] belde gisteren.");
}

/* names-dev16: after "wethouder" a listed surname that is also a word is the person
 * (failed before: "Wethouder Bakker" stayed); a portfolio stays. */
static void a_listed_surname_after_an_office_is_a_person(void **state) {
    (void)state;
    MASKS("Wethouder Bakker opende gisteren het museum.",
          "Wethouder [NAAM] opende gisteren het museum.");
    MASKS("Gisteren sprak burgemeester Visser.", "Gisteren sprak burgemeester [NAAM].");
    KEEPS("Gisteren sprak wethouder Wonen over de plannen.");
}

/* names-dev16: a caller's "Hier is ..." opening a sentence introduces him as "ik ben"
 * does (failed before: "Abebe" stayed); a place or an office there stays. */
static void hier_is_introduces_a_caller(void **state) {
    (void)state;
    MASKS("Hier is Abebe, ik bel voor mijn neef.", "Hier is [NAAM], ik bel voor mijn neef.");
    KEEPS("Hier is Stadswinkel Centrum, wat kan ik doen?");
    KEEPS("Hier is Hoogvliet, een wijk met veel groen.");
}

/* names-dev10: a hospital or care home named by a first name alone leaves the girl
 * or boy of that name a name after a relation word (failed before: "Sophia" stayed). */
static void institutions_named_by_a_first_name(void **state) {
    (void)state;
    MASKS("Mijn dochter Sophia heeft in het Sophia Kinderziekenhuis gelegen.",
          "Mijn dochter [NAAM] heeft in het Sophia Kinderziekenhuis gelegen.");
    MASKS("Mijn zoon Laurens woont nu in het Laurens.",
          "Mijn zoon [NAAM] woont nu in het Laurens.");
    KEEPS("Mijn vader woont bij Laurens in Ommoord.");
    KEEPS("De verpleging van zorgcentrum Laurens belde.");
}

/* names-dev15: whom one tells and whom one goes with name a person as "gesproken met"
 * does (failed before: "Sem", "Luana" stayed); places and organisations stay. */
static void told_to_and_together_with(void **state) {
    (void)state;
    MASKS("En zeg tegen Sem dat de school dicht is.",
          "En zeg tegen [NAAM] dat de school dicht is.");
    MASKS("Ze is geweest, samen met Luana", "Ze is geweest, samen met [NAAM]");
    KEEPS("Ik ga samen met Buurtzorg kijken en samen met Havensteder.");
    KEEPS("Hij zei tegen Rotterdam dat het niet kon.");
}

/* names-dev17: a firm named after its owner by a legal form in initials ("B.V.",
 * "N.V.", "v.o.f."), by a trade word's compound ("-techniek", "-voorziening", "-bouw"),
 * also after a relation word that a firm answers to ("namens", "aannemer"); each failed
 * before (the owner masked). A person's title still makes the owner a person. */
static void firms_by_legal_form_in_initials_and_trade_compounds(void **state) {
    (void)state;
    KEEPS("De offerte kwam van Jansen B.V. uit Schiedam.");
    KEEPS("Volgens De Wit N.V. is de levering morgen.");
    KEEPS("De rekening van Smit v.o.f. klopt niet.");
    KEEPS("Ik schrijf namens Koster Bouwtechniek over de steiger.");
    KEEPS("Wanneer komen de mannen van Mulder Groenvoorziening de bomen snoeien?");
    KEEPS("Aannemer De Boer Wegenbouw heeft de straat opengebroken.");
    MASKS("Mevrouw Jansen belde namens Jansen B.V. over de lekkage.",
          "Mevrouw [NAAM] belde namens Jansen B.V. over de lekkage.");
    MASKS("Ik sprak mevrouw Smit Bouwtechniek.", "Ik sprak mevrouw [NAAM] Bouwtechniek.");
    MASKS("Mijn buurman Jansen klaagt over de wegenbouw hier.",
          "Mijn buurman [NAAM] klaagt over de wegenbouw hier.");
    MASKS("J.B. Visser belde.", "[NAAM] belde.");
}

/* names-dev17: an organisation's noun takes the capitalised ordinary words before it
 * ("Sociaal Wijkteam", "Het Juridisch Loket"), so a name before "van het" ends there
 * (failed before: "Joost van het Sociaal", "De Graaf van Het Juridisch" masked). */
static void organisations_take_their_adjectives(void **state) {
    (void)state;
    MASKS("Ik sprak met Anouk van het Sociaal Wijkteam Noord.",
          "Ik sprak met [NAAM] van het Sociaal Wijkteam Noord.");
    MASKS("Afspraak met mr. De Graaf van Het Juridisch Loket.",
          "Afspraak met mr. [NAAM] van Het Juridisch Loket.");
    KEEPS("Het Sociaal Wijkteam belde over de Openbare Bibliotheek.");
    /* a listed surname before the noun is still a person's */
    MASKS("Ik sprak met mevrouw Groot van het Wijkteam.",
          "Ik sprak met mevrouw [NAAM] van het Wijkteam.");
}

/* names-dev17: a compound kin noun ("kleinkind", "pleegkind") and English kin and
 * neighbour nouns open a name as "dochter" and "buurman" do (each failed before:
 * the name that is also a word stayed). */
static void kin_compounds_and_english_relations(void **state) {
    (void)state;
    MASKS("Ons kleinkind Storm speelt daar elke dag.",
          "Ons kleinkind [NAAM] speelt daar elke dag.");
    MASKS("Haar pleegkind Roos is weggelopen.", "Haar pleegkind [NAAM] is weggelopen.");
    MASKS("Hi, my husband Mark called about the bin.",
          "Hi, my husband [NAAM] called about the bin.");
    MASKS("My neighbour Storm has a dog.", "My neighbour [NAAM] has a dog.");
    KEEPS("Mijn kleinkind gaat naar de Montessorischool.");
    /* English writers capitalise names: a lower-case word after "my neighbour" is none
     * ("Said" is a listed first name) */
    KEEPS("my neighbour said he would call the police");
    KEEPS("My partner and I are not married, my daughter was born here.");
}

/* names-dev17: a writer unsure which of two names joins them by "of" as a list
 * joins them by "en" (failed before: the second, a word or unlisted, stayed). */
static void two_names_joined_by_of(void **state) {
    (void)state;
    MASKS("De medewerker heette Stijn of Mark, dat weet ik niet meer.",
          "De medewerker heette [NAAM] of [NAAM], dat weet ik niet meer.");
    MASKS("Ik sprak met Femke of Kjeld van de balie.",
          "Ik sprak met [NAAM] of [NAAM] van de balie.");
    KEEPS("Moet ik naar Schiedam of Rotterdam?");
    KEEPS("Komt de bus van Woonstad of Havensteder?");
}

/* names-dev10: a first name of two joined by a hyphen, one of them on no list, is a
 * first name (failed before: "Jean-Paul" stayed); streets and schools named so stay. */
static void hyphenated_first_names(void **state) {
    (void)state;
    MASKS("Gisteren kwam Jean-Paul langs met de sleutels.",
          "Gisteren kwam [NAAM] langs met de sleutels.");
    MASKS("Op de pas staat Kjeld-Jan in plaats van Jan.",
          "Op de pas staat [NAAM] in plaats van [NAAM].");
    KEEPS("Ik woon aan het Anne-Frankplein bij de Anne-Frankschool.");
    KEEPS("De bus stopt in Hendrik-Ido-Ambacht en in Oud-Beijerland.");
}

/* names-dev17: a voicemail transcript introduces the caller with hesitations: the
 * name after "met euh", and the words before the next "euh" (each failed before). */
static void voicemail_hesitations(void **state) {
    (void)state;
    MASKS("ja goedemiddag u spreekt met euh bas de jong ik bel over de lantaarnpaal",
          "ja goedemiddag u spreekt met euh [NAAM] ik bel over de lantaarnpaal");
    MASKS("hallo met sanne storm euh ik bel over de storm van gisteren",
          "hallo met [NAAM] euh ik bel over de storm van gisteren");
    MASKS("hallo met euh kees euh ik bel over de bus",
          "hallo met euh [NAAM] euh ik bel over de bus");
    KEEPS("ja hallo met de buurt euh ik bel over het afval");
    KEEPS("u spreekt met euh het buurthuis euh wij hebben een vraag");
    MASKS("hallo met sanne in rotterdam euh ik bel", "hallo met [NAAM] in rotterdam euh ik bel");
}

/* User check of 12-01 (issue 12): "ja hallo met van den berg ik bel over de heg" reached
 * feedback.enriched in clear. Where who speaks is named (a greeting's or a call's "met",
 * "u spreekt met", "ik ben", "gesproken met"), a lower-case surname that its particles
 * open, even a place or a word ("Berg", "Dijk"), and after a caller's "met" a listed
 * surname that is a noun where the caller's words end (each failed before). */
static void a_caller_named_in_lower_case(void **state) {
    (void)state;
    int c;
    unsigned r;
    assert_string_equal(mask("ja hallo met van den berg ik bel over de heg", &c, &r),
                        "ja hallo met [NAAM] ik bel over de heg");
    assert_int_equal(c, 1);
    assert_int_equal(r, 1u << LL_NAME_RELATION);
    MASKS("goedemorgen u spreekt met van der linden, het gaat over de container",
          "goedemorgen u spreekt met [NAAM], het gaat over de container");
    MASKS("goeiemorgen met ter horst ik bel over de stoep",
          "goeiemorgen met [NAAM] ik bel over de stoep");
    MASKS("ja, met van dijk. ik bel over de heg", "ja, met [NAAM]. ik bel over de heg");
    MASKS("hallo met van de berg euh over de lantaarn", "hallo met [NAAM] euh over de lantaarn");
    MASKS("hallo met visser ik bel over de heg", "hallo met [NAAM] ik bel over de heg");
    MASKS("goedendag met bakker, de heg is te hoog", "goedendag met [NAAM], de heg is te hoog");
    MASKS("ja goedemorgen u spreekt met mevrouw van den broek",
          "ja goedemorgen u spreekt met mevrouw [NAAM]");
    MASKS("ik heb gesproken met van den heuvel over de heg",
          "ik heb gesproken met [NAAM] over de heg");
    MASKS("ik ben van dijk en ik woon hier", "ik ben [NAAM] en ik woon hier");
    MASKS("Ik ben van Dijk en ik woon hier.", "Ik ben [NAAM] en ik woon hier.");
    MASKS("mijn naam is van der meer", "mijn naam is [NAAM]");
    /* an organisation, a role, a thing; where from; a house number; an idiom */
    KEEPS("hallo met de buurt euh ik bel over het afval");
    KEEPS("hallo met de man van nummer 12");
    KEEPS("hallo met van dijk 12");
    KEEPS("gesproken met meer mensen uit de straat");
    KEEPS("hallo met meer informatie over de heg");
    KEEPS("ja, met de bus");
    KEEPS("gesproken met ten minste drie mensen");
    KEEPS("ik ben ten einde raad");
    KEEPS("ik ben van de dijk gereden");
    KEEPS("ik ben van de berg af gevallen");
    KEEPS("ik ben van plan om te bellen");
}

/* User check 4 (12-01 evening), each in clear on feedback.enriched: a lower-case sign-off of
 * initials and a surname that is also a word, a closing in a mail's last clause, and the
 * second half of a double surname that is also a place. */
static void informal_sign_offs_and_double_surnames(void **state) {
    (void)state;
    MASKS("Groetjes,\nAnouk\n\nmvg j. bakker", "Groetjes,\n[NAAM]\n\nmvg [NAAM]");
    MASKS("Het is nog steeds kapot. mvg j.p. de wit", "Het is nog steeds kapot. mvg [NAAM]");
    MASKS("Ik wacht al weken op antwoord, groet, jan.",
          "Ik wacht al weken op antwoord, groet, [NAAM].");
    MASKS("Klant heet Marieke de Wit-van Dam, woont Dorpsweg 14 2 hoog.",
          "Klant heet [NAAM], woont Dorpsweg 14 2 hoog.");
    MASKS("mevrouw Jansen-van Houten belde", "mevrouw [NAAM] belde");
    KEEPS("Ik stuur u de groeten, groet aan de buurt.");
    KEEPS("mvg j. en de rest van de straat");
    KEEPS("Wij gaan naar de Dam, groetjes uit Amsterdam.");
}

/* User check 5 of 12-02: a form's field for a name holds one whatever its case or
 * spelling (each of the MASKS failed before: the value stayed in clear on enriched, the
 * dashboard and the report); a role's field only when the name fills it, a speaker's turn
 * only a listed name; no name given, a street, an organisation stay. */
static void a_name_field_holds_a_name_in_any_case(void **state) {
    (void)state;
    int c;
    unsigned r;
    assert_string_equal(mask("Naam melder: k. de graaf", &c, &r), "Naam melder: [NAAM]");
    assert_int_equal(c, 1);
    assert_int_equal(r, 1u << LL_NAME_FIELD);
    MASKS("Melder: j. de boer, stoep kapot", "Melder: [NAAM], stoep kapot");
    MASKS("voornaam: petra; achternaam: van dijk; tel: 0612345678\nNaam melder: k. de "
          "graaf\nOmschrijving: stoep kapot",
          "voornaam: [NAAM]; achternaam: [NAAM]; tel: 0612345678\nNaam melder: "
          "[NAAM]\nOmschrijving: stoep kapot");
    MASKS("Achternaam: de graaf", "Achternaam: [NAAM]");
    MASKS("Voornaam: Jan Achternaam: Jansen", "Voornaam: [NAAM] Achternaam: [NAAM]");
    MASKS("Naam: de Vries, J.", "Naam: [NAAM]"); /* one name, its comma too */
    MASKS("Naam: jan bakker wil graag gebeld worden", "Naam: [NAAM] wil graag gebeld worden");
    MASKS("Bot: Hoe heet je? / Inwoner: noah / Bot: Hoi",
          "Bot: Hoe heet je? / Inwoner: [NAAM] / Bot: Hoi");
    KEEPS("Inwoner: kapotte schommel in het park");
    KEEPS("Melder: jan belt over de stoep");
    KEEPS("Melder: de buurt");
    KEEPS("Melder: anoniem, stoep kapot");
    KEEPS("Naam: zie bijlage");
    KEEPS("Melder: Buurtpreventie Kralingen");
    KEEPS("Naam organisatie: Buurtwerk");
    KEEPS("Adres melder: kerkstraat 12");
    KEEPS("Klant: boos over de afvalbak");
}

/* After a person's relation noun, as after a title, a listed surname in lower case (or
 * shouted) that the word list reads as a noun and nothing else (each failed before); a
 * relation noun before a housing corporation names no one (names-dev19:25). */
static void a_noun_surname_after_a_relation_noun(void **state) {
    (void)state;
    int c;
    unsigned r;
    assert_string_equal(mask("mijn buurman bakker belt steeds", &c, &r),
                        "mijn buurman [NAAM] belt steeds");
    assert_int_equal(c, 1);
    assert_int_equal(r, 1u << LL_NAME_RELATION);
    MASKS("de wijkagent visser zei dat het mocht", "de wijkagent [NAAM] zei dat het mocht");
    MASKS("IK WIL EEN KLACHT INDIENEN OVER AMBTENAAR VISSER",
          "IK WIL EEN KLACHT INDIENEN OVER AMBTENAAR [NAAM]");
    KEEPS("de verhuurder bakker wil niets doen");
    KEEPS("bewoner visser 12 belt");
    KEEPS("de buurman meer dan eens gezien");
    KEEPS("Woonconsulent Ymere, namens de huurder: lekkage.");
    KEEPS("klacht over De Alliantie en Eigen Haard");
}

/* names-dev17: after "wethouder", "burgemeester" a capitalised particle opens the
 * person's surname even when a place follows it (failed before: "Van Rijn" stayed). */
static void a_capital_particle_after_an_office(void **state) {
    (void)state;
    MASKS("Geachte wethouder Van Rijn, de brug is kapot.",
          "Geachte wethouder [NAAM], de brug is kapot.");
    MASKS("Ik schreef burgemeester Van Gouda over de brug.",
          "Ik schreef burgemeester [NAAM] over de brug.");
    KEEPS("De burgemeester van Gouda komt ook.");
    KEEPS("Op de Wethouder Van Essenweg staan de palen scheef.");
}

/* names-dev17: text in capitals is signed in capitals; a listed first name after the
 * closing is the signer (failed before: a word in capitals needed a title). */
static void signed_in_capitals(void **state) {
    (void)state;
    MASKS("IK WACHT AL WEKEN OP EEN REACTIE. GROET PETRA",
          "IK WACHT AL WEKEN OP EEN REACTIE. GROET [NAAM]");
    MASKS("DE STOEP IS KAPOT!\nMET VRIENDELIJKE GROET,\nPETRA DE BOER",
          "DE STOEP IS KAPOT!\nMET VRIENDELIJKE GROET,\n[NAAM]");
    MASKS("DE STOEP IS KAPOT!\nGROET, KEES", "DE STOEP IS KAPOT!\nGROET, [NAAM]");
    KEEPS("IK WACHT AL WEKEN. GROETEN UIT ROTTERDAM");
    KEEPS("DE STOEP IS KAPOT!\nGROET,\nBEWONERSCOMMISSIE");
}

/* names-dev17: a listed first name that is also a function word ("Wil"), capitalised
 * mid-sentence where context expects a name, is the name (failed before); after a
 * title call notes capitalise the verb, and a sentence's first word is the verb. */
static void a_first_name_that_is_a_function_word(void **state) {
    (void)state;
    MASKS("Mijn buurvrouw Wil zegt dat zij al weken wacht.",
          "Mijn buurvrouw [NAAM] zegt dat zij al weken wacht.");
    MASKS("Ik heb gesproken met Wil van de balie.", "Ik heb gesproken met [NAAM] van de balie.");
    KEEPS("Meneer Wil graag teruggebeld worden.");
    KEEPS("Wil je even terugbellen?");
}

/* names-dev12: after a listed first name a capitalised word that is a name only with
 * evidence ("Storm") is the surname (failed before: "tl: Mark Storm" kept "Storm"). */
static void a_word_surname_after_a_first_name(void **state) {
    (void)state;
    MASKS("Mdw: Kees Storm, terugbellen.", "Mdw: [NAAM], terugbellen.");
    MASKS("Ik sprak gisteren met Jan Storm over de boom.",
          "Ik sprak gisteren met [NAAM] over de boom.");
    KEEPS("Na de Storm van vannacht ligt er een boom op de weg.");
    KEEPS("Ik woon aan de Jan Evertsenplaats en werk bij de Kees Boeke.");
}

/* A user check of main 3f150f3: a name in capitals after a cue other than a title passed
 * in clear (failed before: each of these kept the name); capitals say nothing of case, so
 * the cue reads them as lower case. Streets, places and organisations in capitals, and
 * what follows a cue that is no name, stay. */
static void cues_in_capitals(void **state) {
    (void)state;
    MASKS("IK BEN HET ZAT!!! MIJN NAAM IS PIETER DE GROOT EN IK GA NAAR DE OMBUDSMAN!!!",
          "IK BEN HET ZAT!!! MIJN NAAM IS [NAAM] EN IK GA NAAR DE OMBUDSMAN!!!");
    MASKS("IK HEET PIETER DE GROOT", "IK HEET [NAAM]");
    MASKS("IK BEN JAN JANSEN", "IK BEN [NAAM]");
    MASKS("MIJN BUURMAN KEES VAN DIJK", "MIJN BUURMAN [NAAM]");
    MASKS("HIER IS PIETER DE GROOT, IK BEL OVER HET AFVAL",
          "HIER IS [NAAM], IK BEL OVER HET AFVAL");
    MASKS("MIJN DOCHTER LOTTE IS ZIEK", "MIJN DOCHTER [NAAM] IS ZIEK");
    MASKS("NAAM: PIETER DE GROOT", "NAAM: [NAAM]");
    MASKS("BESTE PIETER, DANK", "BESTE [NAAM], DANK");
    /* mixed: a name shouted inside a sentence in normal case */
    MASKS("Ik heet PIETER DE GROOT", "Ik heet [NAAM]");
    MASKS("mijn naam is PIETER de groot", "mijn naam is [NAAM]");
    /* the sign-offs of the check, as main had them by then */
    MASKS("MET VRIENDELIJKE GROET, PIETER DE GROOT", "MET VRIENDELIJKE GROET, [NAAM]");
    MASKS("GROETJES PIETER", "GROETJES [NAAM]");
    MASKS("MVG PIETER DE GROOT", "MVG [NAAM]");
    MASKS("MEVROUW DE VRIES BELT", "MEVROUW [NAAM] BELT");
    KEEPS("IK WOON IN DE KERKSTRAAT EN DE GEMEENTE ROTTERDAM DOET NIKS");
    KEEPS("DE ALBERT HEIJN OP DE HOEK IS DICHT");
    KEEPS("MIJN BUURMAN WERKT BIJ DE ALBERT HEIJN IN DE KERKSTRAAT");
    KEEPS("HIER IS DE GEMEENTE ROTTERDAM");
    KEEPS("MIJN DOCHTER WOONT IN ROTTERDAM");
    KEEPS("IK BEN BOOS EN IK WIL MIJN GELD");
    KEEPS("IK BEN BLIJ MET DE NIEUWE STOEP");
    KEEPS("MIJN BUURMAN HOUDT DUIVEN");
    KEEPS("IK HEET U WELKOM");
    /* an acronym after a cue in normal text is an organisation's */
    KEEPS("Ik heb contact gehad met het UWV over mijn uitkering");
    KEEPS("mijn consulent van de GGD belde");
}

/* The same check: where a cue put a first name written without capitals, a listed
 * surname that is also a word stayed in clear ("collega [NAAM] klein"; failed before). */
static void a_word_surname_after_a_lower_case_first_name(void **state) {
    (void)state;
    MASKS("collega joost klein", "collega [NAAM]");
    MASKS("Ik heb gesproken met collega joost klein, die belt terug.",
          "Ik heb gesproken met collega [NAAM], die belt terug.");
    MASKS("mijn buurman kees bakker heeft de lamp gemeld",
          "mijn buurman [NAAM] heeft de lamp gemeld");
    MASKS("MIJN BUURMAN KEES BAKKER HEEFT GEBELD", "MIJN BUURMAN [NAAM] HEEFT GEBELD");
    /* not before a word that goes on with the sentence */
    MASKS("mijn zoon jan groot geworden", "mijn zoon [NAAM] groot geworden");
}

/* The same check: an e-mail address read out left the part of the name no list holds
 * ("[NAAM] punt devries at gmail punt com"; failed before). */
static void spoken_e_mail_addresses(void **state) {
    (void)state;
    MASKS("jan punt devries at gmail punt com", "[NAAM] at gmail punt com");
    MASKS("mail me op jan punt devries at gmail punt com, dank",
          "mail me op [NAAM] at gmail punt com, dank");
    MASKS("JAN PUNT DEVRIES AT GMAIL PUNT COM", "[NAAM] AT GMAIL PUNT COM");
    MASKS("k punt jansen apenstaartje ziggo punt nl", "[NAAM] apenstaartje ziggo punt nl");
    KEEPS("mail naar info at gemeente punt nl");
    KEEPS("we zijn at home, kijk op gemeente punt nl");
}

/* The user check's leak left by the rule above: a noun after a lower-case first name kept
 * its word surname before a verb ("mijn buurman [NAAM] bakker belt"; failed before). A noun
 * takes no article after a name only as its surname; an adjective or an adverb may say how. */
static void a_noun_surname_before_any_word(void **state) {
    (void)state;
    MASKS("mijn buurman kees bakker belt steeds", "mijn buurman [NAAM] belt steeds");
    MASKS("Mijn buurvrouw ria visser klaagt over het geluid.",
          "Mijn buurvrouw [NAAM] klaagt over het geluid.");
    MASKS("buurman piet kramer parkeert op de stoep", "buurman [NAAM] parkeert op de stoep");
    MASKS("mijn zoon tim kok zit op school", "mijn zoon [NAAM] zit op school");
    /* adjectives and verbs that are surnames too stay the words they are */
    MASKS("collega joost snel terugbellen", "collega [NAAM] snel terugbellen");
    MASKS("mijn zoon tim groot geworden", "mijn zoon [NAAM] groot geworden");
    MASKS("mijn buurman kees wilde niet", "mijn buurman [NAAM] wilde niet");
}

/* The user check: in a text written in capitals a surname no list holds after a cue stayed
 * ("MIJN BUURMAN KHATIB"; failed before). There capitals say nothing of case, so the word
 * list reads the word as in lower case: one it does not know as an ordinary word or an
 * abbreviation is a name ("GGD", "BOOS" are not). In normal text a word in capitals after
 * a cue is an acronym. */
static void an_unlisted_name_after_a_cue_in_capitals(void **state) {
    (void)state;
    MASKS("MIJN BUURMAN KHATIB MAAKT HERRIE", "MIJN BUURMAN [NAAM] MAAKT HERRIE");
    MASKS("IK HEB GESPROKEN MET UW COLLEGA AHMADZAI", "IK HEB GESPROKEN MET UW COLLEGA [NAAM]");
    MASKS("NAAM: WOJCIECHOWSKA", "NAAM: [NAAM]");
    MASKS("BESTE KARAKUS, DANK", "BESTE [NAAM], DANK");
    KEEPS("MIJN BUURMAN WERKT BIJ DE GGD");
    KEEPS("MIJN BUURMAN SCHREEUWT DE HELE NACHT");
    KEEPS("MIJN CONSULENT VAN HET UWV BELT NIET TERUG");
    KEEPS("MIJN BUURMAN BOOS");
}

/* The variants of a spoken e-mail address (failed before: each kept part of the local
 * part): other words for '@', a local part no list holds, written dots, particles. */
static void spoken_e_mail_address_variants(void **state) {
    (void)state;
    MASKS("jan punt devries apestaartje gmail punt nl", "[NAAM] apestaartje gmail punt nl");
    MASKS("jan punt devries @ gmail punt com", "[NAAM] @ gmail punt com");
    MASKS("mail naar jandevries at hotmail punt nl", "mail naar [NAAM] at hotmail punt nl");
    MASKS("mijn mail is khatib123 at gmail punt com", "mijn mail is [NAAM] at gmail punt com");
    MASKS("jan.devries at gmail.com", "[NAAM] at gmail.com");
    MASKS("jan punt de vries at gmail punt com", "[NAAM] at gmail punt com");
    KEEPS("mail naar klachten at gemeente punt nl");
    KEEPS("mail naar noreply at gemeente punt nl");
    MASKS("Hi, my husband Jake works at Booking.com in Amsterdam.",
          "Hi, my husband [NAAM] works at Booking.com in Amsterdam.");
}

/* names-dev18: Portuguese and Cape Verdean names join their parts with "do" and "das" as
 * with "da" and "dos" (failed before: "[NAAM] do [NAAM]"); "do" alone stays Thursday. */
static void portuguese_particles(void **state) {
    (void)state;
    MASKS("Mijn moeder, Maria do Carmo Silva, spreekt geen Nederlands.",
          "Mijn moeder, [NAAM], spreekt geen Nederlands.");
    MASKS("mevrouw Fernandes das Neves belde", "mevrouw [NAAM] belde");
    KEEPS("terugbellen do of vr");
    KEEPS("open ma t/m do");
}

/* names-dev18: after a title a listed surname in lower case that is also a word stayed
 * where sentences start with capitals ("met mevrouw bakker"; failed before): a noun and
 * nothing else is the surname there, a verb is the verb. A street's noun written apart
 * after "van de" says where one lives ("van de bakker straat"). */
static void a_noun_surname_after_a_title(void **state) {
    (void)state;
    MASKS("Speech-to-text: ja hallo met mevrouw bakker van de bakker straat, de stoep ligt vol.",
          "Speech-to-text: ja hallo met mevrouw [NAAM] van de bakker straat, de stoep ligt vol.");
    MASKS("Mevrouw visser belde over de boom.", "Mevrouw [NAAM] belde over de boom.");
    MASKS("De heer molenaar is boos.", "De heer [NAAM] is boos.");
    KEEPS("Meneer wilde graag teruggebeld worden.");
    KEEPS("Mevrouw boven heeft last van lekkage.");
}

/* names-dev18: a street named after a person took the words before it up to four, across
 * an organisation's noun, so the person before them stayed ("huismeester [NAAM] Oudeman
 * van Woonstichting Jan Spierdijk"; failed before). */
static void a_street_stops_at_an_organisation(void **state) {
    (void)state;
    MASKS("Notitie: huismeester Freek Oudeman van Woonstichting Jan Spierdijk meldt lekkage.",
          "Notitie: huismeester [NAAM] van Woonstichting Jan Spierdijk meldt lekkage.");
    KEEPS("Ik woon aan de Pieter de Hoochweg.");
    KEEPS("Het Wijkteam Kerkstraat is dicht.");
}

/* names-dev18: after a name with its surname a lower-case "van" and an unlisted word name
 * an employer, not a second surname (failed before: "ing. [NAAM], de dijk" had taken
 * "van Wetterskip Fryslân"). A listed surname after "van" stays the name's. */
static void van_after_a_whole_name_names_the_employer(void **state) {
    (void)state;
    MASKS("hallo ik ben ing. Rienk de Jong van Wetterskip Fryslân, de dijk bij Harlingen",
          "hallo ik ben ing. [NAAM] van Wetterskip Fryslân, de dijk bij Harlingen");
    MASKS("mijn buurman Jan de Vries van Woonstad belde", "mijn buurman [NAAM] van Woonstad belde");
    MASKS("mijn buurman Jan de Vries van Dijk belde", "mijn buurman [NAAM] belde");
}

/* names-dev18: an organisation known by its ending, written in lower case, names the
 * capitalised word after it as a capitalised one does (failed before: "Shanti" masked). */
static void a_lower_case_organisation_names_what_follows(void **state) {
    (void)state;
    MASKS("mn tante Sharda zegt dat de Hindoestaanse seniorenvereniging Shanti geen subsidie "
          "meer krijgt",
          "mn tante [NAAM] zegt dat de Hindoestaanse seniorenvereniging Shanti geen subsidie "
          "meer krijgt");
    KEEPS("de huurdersvereniging Nieuw Crooswijk vergadert");
}

/* names-dev18: a hyphenated compound whose part names a building ends a name given to
 * the building, as a compound does (failed before: "[NAAM] Bosch Ziekenhuis-parkeergarage"). */
static void a_hyphenated_building(void **state) {
    (void)state;
    KEEPS("Dank aan het team van de Jeroen Bosch Ziekenhuis-parkeergarage voor de hulp!");
    MASKS("mevrouw El-Amrani belde", "mevrouw [NAAM] belde");
    MASKS("Anne-Marie Jansen belde", "[NAAM] belde");
}

/* names-dev18: a first name no list holds before a listed first name and a surname stayed
 * ("ik, Hendrikus [NAAM],"; failed before). Ordinary words before a name stay. */
static void an_unlisted_first_name_before_a_name(void **state) {
    (void)state;
    MASKS("hierbij dien ik, Hendrikus Johannes ter Brugge, een formele klacht in.",
          "hierbij dien ik, [NAAM], een formele klacht in.");
    MASKS("Zaterdag Kees de Vries gezien", "Zaterdag [NAAM] gezien");
    MASKS("Hindoestaanse Sharda Ramdin belde", "Hindoestaanse [NAAM] belde");
}

/* names-dev18: a name quoted after "naam" stayed when it is also a word ("met naam
 * 'Baas'"; failed before). An organisation quoted so stays. */
static void a_name_quoted_after_naam(void **state) {
    (void)state;
    MASKS("Balie: meneer met naam 'Baas' vraagt wie de baas is van de afdeling parkeren",
          "Balie: meneer met naam '[NAAM]' vraagt wie de baas is van de afdeling parkeren");
    MASKS("onder de naam \u2018Storm\u2019 bekend", "onder de naam \u2018[NAAM]\u2019 bekend");
    KEEPS("de vergunning staat op naam 'Gemeente Rotterdam'");
}

/* names-dev18: an article before a first name in Brabant and Flemish speech hid the name
 * after an introduction ("ik ben d'n Harrie van Gils"; failed before). A surname keeps its
 * "de" ("mijn buurman de Roos"). */
static void an_article_before_a_first_name(void **state) {
    (void)state;
    MASKS("Houdoe, ik ben d'n Harrie van Gils uit de Sint-Jorisstraat, kunde gij de putten "
          "eens doorspuiten?",
          "Houdoe, ik ben d'n [NAAM] uit de Sint-Jorisstraat, kunde gij de putten eens "
          "doorspuiten?");
    MASKS("mijn buurman de Roos belt", "mijn buurman [NAAM] belt");
    KEEPS("ik ben de eigenaar van de hond");
}

/* names-dev18 (and names-dev11:6): a first name that is also a word, capitalised
 * mid-sentence before "van de" and a desk or department, is the person there (failed
 * before: "die Mark van de groenvoorziening" kept "Mark"). */
static void a_word_first_name_from_a_desk(void **state) {
    (void)state;
    MASKS("wat een held die Mark van de groenvoorziening",
          "wat een held die [NAAM] van de groenvoorziening");
    MASKS("Ik wil een compliment geven aan Wil van de balie.",
          "Ik wil een compliment geven aan [NAAM] van de balie.");
    KEEPS("Het was de Storm van de eeuw.");
    KEEPS("Er is Hoop van de gemeente.");
}

/* names-dev20 and -dev21: a name found once stayed in clear where its first name or
 * surname came back alone, or where a caller gave the first name and then the whole
 * (failed before). The same word after an article, a preposition of place or before a
 * business's noun is no one; a verb opening a question is no name. */
static void a_name_comes_back_alone(void **state) {
    (void)state;
    MASKS("Mijn compagnon Dirk Smeets kreeg een boete. Dirk is boos.",
          "Mijn compagnon [NAAM] kreeg een boete. [NAAM] is boos.");
    MASKS("Buurman J. Visser (nr 8) zegt van niet. Visser liegt.",
          "Buurman [NAAM] (nr 8) zegt van niet. [NAAM] liegt.");
    MASKS("Goedemiddag, met Storm, Storm van der Heijden van nummer 3.",
          "Goedemiddag, met [NAAM], [NAAM] van nummer 3.");
    MASKS("Mijn naam is Sanne Hoek. Ik woon op de Hoek bij café De Hoek.",
          "Mijn naam is [NAAM]. Ik woon op de Hoek bij café De Hoek.");
    MASKS("Mevrouw Bakker belde. Bakker Bouw komt morgen.",
          "Mevrouw [NAAM] belde. Bakker Bouw komt morgen.");
    MASKS("Mijn man Wil de Graaf is ziek. Wil je hem bellen?",
          "Mijn man [NAAM] is ziek. Wil je hem bellen?");
}

/* names-dev20 and -dev21: a common surname that also names a place (Hoek) after a first
 * name or initials stayed in clear (failed before: "[NAAM] Hoek"). The place stays. */
static void a_surname_that_names_a_place(void **state) {
    (void)state;
    MASKS("Voorzitter: Kees Hoek (penningm.)", "Voorzitter: [NAAM] (penningm.)");
    MASKS("Graag contact met mevrouw A. Hoek.", "Graag contact met mevrouw [NAAM].");
    KEEPS("Het licht op de Hoek van de straat is kapot.");
}

/* names-dev21: an introduced name whose surname no list holds, in lower case, or a double
 * surname with particles after the hyphen, was masked in part (failed before). */
static void names_the_lists_lack_after_an_introduction(void **state) {
    (void)state;
    MASKS("ik ben lisa marchena uit aruba", "ik ben [NAAM] uit aruba");
    MASKS("mijn naam is anouk tjong en ik bel over de stoep",
          "mijn naam is [NAAM] en ik bel over de stoep");
    MASKS("ik ben anke de wit-van der meer, mantelzorger", "ik ben [NAAM], mantelzorger");
    MASKS("ik ben anna erg boos", "ik ben [NAAM] erg boos");
}

/* names-dev21: a sender after a channel ("via Instagram van ...") stayed in clear; a
 * sports ground, a farm, a shop and a building named after someone were masked (each
 * failed before). */
static void senders_and_places_named_after_someone(void **state) {
    (void)state;
    MASKS("via Instagram van Sanne Vos: de lamp is kapot",
          "via Instagram van [NAAM]: de lamp is kapot");
    KEEPS("De bus naar sportpark De Wit is vol.");
    KEEPS("Wij wonen op Hoeve Verhoef aan de dijk.");
    KEEPS("Ik ben eigenaar van Dekker Fietsen aan de Markt.");
    KEEPS("Mijn vader woont in het Dr. Schuurmanhuis sinds mei.");
    MASKS("Ik heb het Dr. Jansen gevraagd.", "Ik heb het Dr. [NAAM] gevraagd.");
}

/* names-dev22: a building named after a person opening a sentence with "Het" ("Het Dr.
 * Schaepmanhuis", "Het Anne Frankhuis") or after "Huize" was masked (failed before). */
static void buildings_named_after_someone_open_a_sentence(void **state) {
    (void)state;
    KEEPS("Het Dr. Sarphatihuis is vanaf maandag dicht.");
    KEEPS("Het Willem Drieshuis zoekt vrijwilligers.");
    KEEPS("Mijn oma woont in Huize Johanna aan de Dorpsweg.");
    MASKS("Het Dr. Jansen heeft gebeld.", "Het Dr. [NAAM] heeft gebeld.");
}

/* names-dev22: a first name in its diminutive ("Keesje", "Marietje"), or two first names
 * written as one (user check 6: "eh nee sorry, Pieterjan Bakker"), stayed in clear
 * (failed before). */
static void diminutives_and_first_names_of_two(void **state) {
    (void)state;
    MASKS("Gisteren heeft Keesje van hiernaast de ruit ingegooid.",
          "Gisteren heeft [NAAM] van hiernaast de ruit ingegooid.");
    MASKS("Marietje van de overkant klaagt over de stank.",
          "[NAAM] van de overkant klaagt over de stank.");
    MASKS("Ik ben Bas, nee sorry, Janwillem Smit van nummer 4.",
          "Ik ben [NAAM], nee sorry, [NAAM] van nummer 4.");
    KEEPS("Het huisje van de buren is leeg.");
}

/* names-dev23 and session 18: Frisian and Brabant names stayed in clear ("Hylkje
 * Dykstra", "Sjefke van Gils"): a Frisian name in -e takes -je for its -e, the Brabant
 * diminutive is -ke, and a listed surname's "ij" is spelt "y" in old and Frisian names
 * (failed before); a place so spelt stays. */
static void frisian_and_brabant_forms_of_names(void **state) {
    (void)state;
    MASKS("Baukje Wiersma belde over de brug.", "[NAAM] belde over de brug.");
    MASKS("Gisteren belde Sjefke van Gils over de boom.", "Gisteren belde [NAAM] over de boom.");
    MASKS("Gisteren belde Dykstra over de brug.", "Gisteren belde [NAAM] over de brug.");
    MASKS("Baukje de Bruyn woont naast de school.", "[NAAM] woont naast de school.");
    KEEPS("We gaan naar Wyk aan Zee.");
}

/* names-dev23: a language after "tolk" was masked as a name ("een tolk Oekraïens", and
 * ten more in the classifier's sets: "tolk Tigrinya", "Somalisch", "Dari"); the keep list
 * holds the languages an interpreter is asked for (failed before). */
static void languages_after_an_interpreter(void **state) {
    (void)state;
    KEEPS("Wij vragen een tolk Tigrinya voor het gesprek.");
    KEEPS("De tolk Somalisch kwam te laat, de tolk Farsi niet.");
    MASKS("De tolk Tetiana belde af.", "De tolk [NAAM] belde af.");
}

/* Session 18: a month that is a first name stayed in clear after a greeting ("Beste
 * Mei,"); a greeting, a relation word or a signature names it now, a date and a
 * preposition of time keep it (failed before). */
static void a_month_that_is_a_name_after_a_greeting(void **state) {
    (void)state;
    MASKS("Beste Mei, de stoep is kapot.", "Beste [NAAM], de stoep is kapot.");
    MASKS("Hoi April, kun je mij terugbellen?", "Hoi [NAAM], kun je mij terugbellen?");
    KEEPS("Vanaf Mei, zo zei de wethouder, komt er een drempel.");
    MASKS("Sinds April woon ik hier. Mijn dochter April zit op school.",
          "Sinds April woon ik hier. Mijn dochter [NAAM] zit op school.");
}

/* names-dev22: a nickname in quotes before or inside a name ("'Bolle' Jaap Smit",
 * "Cornelis 'Kees' van Dam"), or a quoted name with a kinship word ("'Ome Piet'"),
 * stayed in clear or in pieces (failed before). */
static void nicknames_in_quotes(void **state) {
    (void)state;
    MASKS("Hier is 'Dikke' Henk Jansen van de snackbar.", "Hier is [NAAM] van de snackbar.");
    MASKS("Johannes 'Hans' de Groot belt over de boom.", "[NAAM] belt over de boom.");
    MASKS("De huisbaas, ene 'Tante Truus', reageert niet.",
          "De huisbaas, ene '[NAAM]', reageert niet.");
    KEEPS("Het café 'De Gouden Leeuw' is te laat open.");
}

/* names-dev22 and user check 6: a first name signing after a dash at the end ("- Bas"),
 * and a surname after an abbreviated "van der" ("(vd. Molen)") stayed in clear (failed
 * before). */
static void dash_signatures_and_abbreviated_particles(void **state) {
    (void)state;
    MASKS("De lift is weer kapot, wie belt er? - Bas",
          "De lift is weer kapot, wie belt er? - [NAAM]");
    MASKS("Beller (vd. Hoeven) zegt: gaslucht in de gang.",
          "Beller ([NAAM]) zegt: gaslucht in de gang.");
    MASKS("volgens vd Molen is het lek gemaakt", "volgens [NAAM] is het lek gemaakt");
    KEEPS("Het is 5 - 0 geworden.");
}

/* names-dev22: a first name that is a month after a title ("mevrouw Mei Ling Chan"), an
 * Indonesian or Moluccan honorific ("Pak Budi Hartono"), the real name behind a nickname
 * ("echte naam ..."), and a club after a name ("van de Indische Soos") (each failed
 * before: in clear, or the club masked with the name). */
static void months_honorifics_and_real_names(void **state) {
    (void)state;
    MASKS("Vandaag belde mevrouw Juni Tan over de stoep.",
          "Vandaag belde mevrouw [NAAM] over de stoep.");
    KEEPS("Op 3 Mei is de stoep opengebroken, in Juni nog steeds.");
    MASKS("Ibu Wattimena en Pak Agus Salim vragen een zaal.",
          "Ibu [NAAM] en Pak [NAAM] vragen een zaal.");
    KEEPS("Ik pak morgen de bus en een pak melk.");
    MASKS("\"Oom Sjors\" (echte naam Dorinda Kwasie) kookt voor de buurt.",
          "\"[NAAM]\" (echte naam [NAAM]) kookt voor de buurt.");
    MASKS("Meneer Hendriks van de Oude Garde belde.", "Meneer [NAAM] van de Oude Garde belde.");
}

/* names-dev23: ships and brands named after a person were masked as one ("De veerboot MS
 * Dokter Wagemaker", "van de \"Johanna\"", "koffie van Douwe Egberts"): a ship's prefix
 * or noun names a ship as a building's noun names a building, a quotation after an article
 * names a thing, and brands of two words are organisations on the keep list (failed
 * before); the person beside them is still masked. */
static void ships_and_brands_named_after_someone(void **state) {
    (void)state;
    KEEPS("Wij wachtten bij de steiger op de MV Henk Bos, maar die kwam niet.");
    KEEPS("De rondvaartboot Jan Pieterszoon lag de hele dag stil.");
    KEEPS("De schipper van de \"Grietje\" vraagt een ligplaats.");
    MASKS("Schipper Teunis Bakker van de 'Johanna' belt over de brug.",
          "Schipper [NAAM] van de 'Johanna' belt over de brug.");
    MASKS("Mw. Jansen heeft MS. Zij belt morgen.", "Mw. [NAAM] heeft MS. Zij belt morgen.");
    MASKS("Beste Ms Jansen, we komen morgen.", "Beste Ms [NAAM], we komen morgen.");
    KEEPS("Ik koop altijd koffie van Douwe Egberts en Simon Lévelt.");
    MASKS("Mevrouw Havelaar belt over de koffie van Max Havelaar.",
          "Mevrouw [NAAM] belt over de koffie van Max Havelaar.");
    MASKS("Mijn buurman Douwe Bakker drinkt Douwe Egberts.",
          "Mijn buurman [NAAM] drinkt Douwe Egberts.");
}

/* names-dev9, names-dev17: a care organisation named after a person and a shop named
 * after a story's character were masked ("De zorgverlener Pieter van Foreest", "De kapper
 * Ali Baba"); the keep list holds them (failed before); an aunt is still a person. */
static void care_homes_and_story_characters(void **state) {
    (void)state;
    KEEPS("Mijn vader krijgt thuiszorg van Pieter van Foreest.");
    KEEPS("Bij de kapper Ali Baba staat het afval op straat.");
    MASKS("Mijn tante Louise woont in Delft.", "Mijn tante [NAAM] woont in Delft.");
}

/* names-dev21: a business named as a person, set off by a comma before "het café", was
 * masked ("De Roos van Jericho, het café aan de Breestraat, ..."); an apposition of a
 * building's or a business's noun names it (failed before); a first name alone and a
 * name after a title stay a person's. */
static void a_business_named_by_its_apposition(void **state) {
    (void)state;
    KEEPS("De Gouden Roos van Sharon, het eetcafé op de hoek, is tot laat open.");
    KEEPS("Ik heb geklaagd bij Van Dijk de Jong, de snackbar aan de overkant.");
    MASKS("Gisteren sprak ik Fatima, de kapsalon in de straat is van haar.",
          "Gisteren sprak ik [NAAM], de kapsalon in de straat is van haar.");
    MASKS("Ik sprak met mevrouw De Wit, het buurthuis in de straat.",
          "Ik sprak met mevrouw [NAAM], het buurthuis in de straat.");
}

/* User check 6: a social media handle that is a person's name ("@jdevries010") stayed in
 * clear on enriched (failed before); an organisation's handle and an e-mail address are
 * no name. */
static void handles_that_are_names(void **state) {
    (void)state;
    MASKS("@pjanssen020 op insta zegt dat de brug dicht is",
          "@[NAAM] op insta zegt dat de brug dicht is");
    MASKS("Volgens @sanne_bakker is de lamp kapot.", "Volgens @[NAAM] is de lamp kapot.");
    MASKS("Zie de post van @kees.vandijk hierover.", "Zie de post van @[NAAM] hierover.");
    KEEPS("Dank @gemeente en @woningstichting voor de snelle hulp #trots");
    KEEPS("Mail naar info@gemeente.nl over de brug.");
}

/* User check 6, names-dev20 and -dev21: a first name no list holds before "van der",
 * "van den" or "van" and a surname stayed in clear ("Harrie van den Elzen"), and so did
 * the second of two families (each failed before); an ordinary word before "van" is no
 * first name. */
static void first_names_the_lists_lack_before_particles(void **state) {
    (void)state;
    MASKS("Vandaag belde Wigbold van der Ploeg over de heg.", "Vandaag belde [NAAM] over de heg.");
    MASKS("Ik, Reinout van 't Hof, teken bezwaar aan.", "Ik, [NAAM], teken bezwaar aan.");
    MASKS("Ik kreeg een Brief van Dijk.", "Ik kreeg een Brief [NAAM].");
    /* names-dev21: "families" names two, the second ending like a place */
    MASKS("Er is ruzie tussen de families Smits en Kleinveen.",
          "Er is ruzie tussen de families [NAAM] en [NAAM].");
}

/* names-dev21: in lower case, a surname the lists lack after a first name was kept in
 * clear when it came twice, and so were the first names' surnames after that: the text
 * was judged not Dutch on those very surnames (failed before). */
static void a_surname_the_lists_lack_twice_in_lower_case(void **state) {
    (void)state;
    MASKS("ik ben nadia ramirez uit venezuela, woon nu in schiedam. mijn tante lucia ramirez "
          "heeft zorg nodig",
          "ik ben [NAAM] uit venezuela, woon nu in schiedam. mijn tante [NAAM] heeft zorg nodig");
}

/* Registers and call logs sort people surname first: the surname, a comma, its particles and
 * the initials are one name; a place or a date before a comma, or initials that open a
 * name read forwards, are not (names-dev24's class, in words of our own). */
static void names_written_surname_first(void **state) {
    (void)state;
    MASKS("Linden, van der P. belde over de container.", "[NAAM] belde over de container.");
    MASKS("Visser, J.M. (aanvrager) wacht op antwoord", "[NAAM] (aanvrager) wacht op antwoord");
    MASKS("Naam: BROUWER, M.\nKlacht: lamp stuk", "Naam: [NAAM]\nKlacht: lamp stuk");
    MASKS("Delft, P. de Wit belde.", "Delft, [NAAM] belde.");
    KEEPS("Rotterdam, A. belde niet terug.");
    KEEPS("Maandag, J. kwam langs.");
    KEEPS("Kerkstraat, B. nog steeds donker");
}

/* A writer who names himself between commas after "ik" or "ondergetekende", whatever the
 * name's origin: two words the lists lack will do, one word must be a listed name (a
 * people's or a city's name is capitalised too). */
static void the_writer_names_himself_after_ik(void **state) {
    (void)state;
    MASKS("Daarom schreef ik, Friedrich Hoffmann, u al eerder.",
          "Daarom schreef ik, [NAAM], u al eerder.");
    MASKS("Ondergetekende, Pieter Brandsma, verzoekt u de boom te snoeien.",
          "Ondergetekende, [NAAM], verzoekt u de boom te snoeien.");
    KEEPS("Ik, Marokkaan van de tweede generatie, vind dit oneerlijk.");
    KEEPS("Ik, Rotterdammer, vind dit oneerlijk.");
    KEEPS("Ik, als moeder, vind dit oneerlijk.");
}

/* A patronymic surname (a first name and -sen) that no list holds, its genitive too; not a
 * people's plural or adjective, nor an ordinary word that ends so. */
static void patronymics_the_lists_lack(void **state) {
    (void)state;
    MASKS("Evertsens hond blaft weer.", "[NAAM] hond blaft weer.");
    MASKS("Ik woon naast Willemsen, op nummer 4.", "Ik woon naast [NAAM], op nummer 4.");
    KEEPS("Twee Engelsen vroegen de weg.");
    KEEPS("Noorse zalm is duur.");
    KEEPS("De honden bassen de hele nacht.");
}

/* A building named after someone with a hyphen and an ordinary word stays whole; a first
 * name of two, a double surname and a role before a name do not change. */
static void buildings_named_with_a_hyphen(void **state) {
    (void)state;
    KEEPS("Wij lopen langs de Prins Hendrik-kazerne.");
    KEEPS("Het dak van de Frederik III-school lekt.");
    MASKS("Jan-Kees belde", "[NAAM] belde");
    MASKS("mevrouw Jansen-bakker belt", "mevrouw [NAAM] belt");
    MASKS("Wijk-assistente Natasha belde", "Wijk-assistente [NAAM] belde");
}

/* "Hé" greets as "hee" and "hoi" do, though folding loses its accent; "He" without one is
 * no greeting. */
static void a_greeting_with_its_accent(void **state) {
    (void)state;
    MASKS("Hé Bas, de bak is vol.", "Hé [NAAM], de bak is vol.");
    MASKS("hè Noor, kijk eens", "hè [NAAM], kijk eens");
    KEEPS("Hé, de bak is weer vol.");
    KEEPS("He, de bak is weer vol.");
}

/* Tamil given names and surnames, which the lists lacked until session 20. */
static void tamil_names(void **state) {
    (void)state;
    MASKS("Vignesh Arumugam en Janani willen een parkeervergunning.",
          "[NAAM] en [NAAM] willen een parkeervergunning.");
}

/* Names of Ghanaian, Nigerian, Vietnamese, Chinese and Hindostani Rotterdammers and older
 * Dutch given names, on the lists alone or beside a word no rule reads as a cue (session 23);
 * the words the lists left out stay words. */
static void names_of_more_origins(void **state) {
    (void)state;
    MASKS("Gisteren kwam Kwabena Owusu langs over de subsidie.",
          "Gisteren kwam [NAAM] langs over de subsidie.");
    MASKS("De aanvraag is getekend door Akua Appiah en Chinedu Okafor.",
          "De aanvraag is getekend door [NAAM] en [NAAM].");
    MASKS("Daarna sprak Huong Tran de vergadering toe.", "Daarna sprak [NAAM] de vergadering toe.");
    MASKS("Voorganger Ebenezer Frimpong opent de dienst.", "Voorganger [NAAM] opent de dienst.");
    MASKS("Tijdens de markt stond Xiaoming Zhao bij de kraam.",
          "Tijdens de markt stond [NAAM] bij de kraam.");
    MASKS("Volgens Radha Jairam is de lamp al weken stuk.",
          "Volgens [NAAM] is de lamp al weken stuk.");
    MASKS("Samen met Hillegonda Verhoef bracht ik de brief.",
          "Samen met [NAAM] bracht ik de brief.");
    /* look-alikes: dialect, a city, an English word, words the lists left out */
    KEEPS("Mien buurvrouw is al dagen niet buiten geweest.");
    KEEPS("Mijn dochter woont nu in Hong Kong.");
    KEEPS("Het was een sunny dag, de lening (loan) is rond.");
    KEEPS("Een lange rij bij Kantoor Noord, het hing af van de dag.");
}

/* A school, a club or an estate named after a person keeps the person's whole name after
 * its noun, "van" and the surname with the first name (session 23); a person after such a
 * noun's "van" or apart from it stays a person. */
static void places_named_after_a_whole_name(void **state) {
    (void)state;
    KEEPS("Het zomerkamp is op landgoed De Oude Verhoeven bij Ede.");
    KEEPS("De dansschool Sanne van Leeuwen geeft les in de gymzaal.");
    KEEPS("Onze club speelt zondag tegen Voetbalvereniging Willem van Hattem.");
    /* look-alikes */
    MASKS("De kapsalon van Yasmin is dicht.", "De kapsalon van [NAAM] is dicht.");
    MASKS("Ik heb de bakkerij gebeld, Jan van Dijk nam op.",
          "Ik heb de bakkerij gebeld, [NAAM] nam op.");
    MASKS("De stichting van Piet de Vries helpt ons.", "De stichting van [NAAM] helpt ons.");
}

/* A letter spelt out on the telephone ("K van Karel") names no one; an initial without
 * its dot before a surname still does (session 23). */
static void letters_spelt_out(void **state) {
    (void)state;
    KEEPS("Mijn achternaam schrijf je met een K van Karel en een W van Willem, niet met een C.");
    KEEPS("De postcode eindigt op H van Hendrik, E van Eduard.");
    KEEPS("Het kenteken begint met een U van Utrecht.");
    /* look-alikes */
    MASKS("Groet, D van Dijk", "Groet, [NAAM]");
    MASKS("Melder: R van Rijswijk", "Melder: [NAAM]");
}

/* A dog's or a horse's name after a compound that ends in its noun; a ship's in quotation
 * marks after its noun opening a sentence; a name after a clergyman's title (session 23). */
static void guide_dogs_ships_and_clergy(void **state) {
    (void)state;
    KEEPS("Onze herdershond Sanne is zoek.");
    KEEPS("Het politiepaard Floris liep weg bij de Coolsingel.");
    KEEPS("Rondvaartboot 'Pieter Jansen' vaart vandaag niet.");
    MASKS("Gisteren sprak pastor Quartey met ons.", "Gisteren sprak pastor [NAAM] met ons.");
    MASKS("Pater Verbrugge kwam langs voor de ziekenzalving.",
          "Pater [NAAM] kwam langs voor de ziekenzalving.");
    /* look-alikes: the person beside a dog, a boat's owner, a church's pastor, a street */
    MASKS("Onze waakhond en ik liepen met Jan Visser.", "Onze waakhond en ik liepen met [NAAM].");
    MASKS("Rondvaartboot van Pieter Jansen ligt lek.", "Rondvaartboot van [NAAM] ligt lek.");
    KEEPS("De pastor van de Laurenskerk komt langs.");
    KEEPS("De lamp in de Pastor Schoutenstraat is stuk.");
}

/* Initials open a person's name before a number too, however many words follow them
 * ("2." numbering the next step, session 23); a street's name before its number stays. */
static void initials_before_a_number(void **state) {
    (void)state;
    MASKS("Stap 1: log in als K.L. van den Bosch 2. kies het formulier",
          "Stap 1: log in als [NAAM] 2. kies het formulier");
    /* look-alikes */
    KEEPS("Ik woon op de J.P. Coenstraat 2 in Delft.");
    KEEPS("Het pakket ligt bij Kerkplein 3.");
}

/* A person may bear the name a school, a shop or a museum is named after: after a title or
 * a noun for a person it is the person's (session 23); elsewhere it stays the place's. */
static void a_person_named_like_a_shop_or_a_museum(void **state) {
    (void)state;
    MASKS("Notitie: beller Hugo de Groot vraagt naar zijn paspoort.",
          "Notitie: beller [NAAM] vraagt naar zijn paspoort.");
    MASKS("Bij de schouw waren ir. Leen Bakker en dhr. Pieter van Foreest.",
          "Bij de schouw waren ir. [NAAM] en dhr. [NAAM].");
    MASKS("Mijn overbuurman Johan de Witt zet zijn afval buiten.",
          "Mijn overbuurman [NAAM] zet zijn afval buiten.");
    /* look-alikes: the school, the shop, the museum, the care home */
    KEEPS("Mijn zoon zit op het Hugo de Groot.");
    KEEPS("Gisteren een kast gekocht bij Leen Bakker.");
    KEEPS("Het museum Vincent van Gogh is dicht.");
    KEEPS("De medewerker Hans Anders zei dat de bril klaar was.");
    KEEPS("Ik heb gesproken met Leen Bakker over de levering.");
    KEEPS("Namens Pieter van Foreest kwam de wijkverpleging.");
}

/* An animal's name after its noun, a ship's in quotation marks after its noun or an
 * article, a feast or a route named after someone with a hyphen: no person's name. */
static void animals_ships_and_feasts_named_like_people(void **state) {
    (void)state;
    KEEPS("Ons konijn Sofie is ontsnapt bij de Rozenlaan.");
    KEEPS("Zorg voor mijn hond, hij heet Daan.");
    /* the name as the third word after the animal: the farthest pet_name reads */
    KEEPS("Zoek je mijn kat, ze heet Minoes?");
    MASKS("Mijn poes heet Mevrouw Pietersen en is zoek, zegt Anna de Wit.",
          "Mijn poes heet Mevrouw Pietersen en is zoek, zegt [NAAM].");
    KEEPS("Het vrachtschip 'Maria Johanna' ligt scheef in de haven.");
    KEEPS("De 'Willem Barentsz' meert aan bij de Parkkade.");
    KEEPS("Tijdens de Herman Brood-avond in het park was het te luid.");
    KEEPS("Na het Anton Philips-concert lag er veel afval.");
    /* look-alikes: the person beside an animal, a double surname, a first name of two */
    MASKS("Mijn hond en ik liepen met Jan Visser.", "Mijn hond en ik liepen met [NAAM].");
    MASKS("De hond van Pieter Bos blaft.", "De hond van [NAAM] blaft.");
    MASKS("Mijn hond, Piet belt je straks.", "Mijn hond, [NAAM] belt je straks.");
    MASKS("Anne-Marie Jansen-van Dam belde.", "[NAAM] belde.");
    MASKS("Gesprek met Marieke de Wit-van Dam over de tuin.", "Gesprek met [NAAM] over de tuin.");
}

/* A nickname in parentheses or quotation marks between a first name and a surname the
 * lists lack; in capitals a first name, "van den" and a surname that is also a place; a
 * student's name (a listed one: a field of study stays). */
static void nicknames_capitals_and_students(void **state) {
    (void)state;
    MASKS("Mijn tante Wilhelmina 'Mien' Oosterwubben woont in Gouda.",
          "Mijn tante [NAAM] woont in Gouda.");
    MASKS("Ik ben Theodorus ('Theo') Kampschreur en bel over de stoep.",
          "Ik ben [NAAM] en bel over de stoep.");
    MASKS("Mijn oom, Hendrikus (Henk) Weggeman-Oltvoort, woont in Zwolle.",
          "Mijn oom, [NAAM], woont in Zwolle.");
    MASKS("KLACHT OVER AFVAL VAN KARIN VAN DEN BOSCH AAN DE HAVEN",
          "KLACHT OVER AFVAL VAN [NAAM] AAN DE HAVEN");
    MASKS("Student Lotte Groenendijk van de TU Delft vraagt om cijfers.",
          "Student [NAAM] van de TU Delft vraagt om cijfers.");
    KEEPS("Ik ben student Bestuurskunde in Leiden.");
    KEEPS("De stagiair Communicatie belde terug.");
    KEEPS("We fietsten van Utrecht (Centraal) naar Houten.");
    KEEPS("Het café 'De Gouden Leeuw' (Oost) is dicht.");
    KEEPS("IK GA VAN DEN BOSCH NAAR UTRECHT");
    KEEPS("IK WOON AAN DE JAN VAN DER HEIJDENSTRAAT 4");
}

/* A list of those present in minutes and a petition's table with a column for names: each
 * item or cell is a name, listed or not; places, organisations, numbers and ordinary
 * words in them stay. */
static void attendance_lists_and_name_columns(void **state) {
    (void)state;
    MASKS("Aanwezig: Tuinstra (voorzitter), Dubbeldam en Nwosu. Punt 2: de speeltuin.",
          "Aanwezig: [NAAM] (voorzitter), [NAAM] en [NAAM]. Punt 2: de speeltuin.");
    MASKS("Afwezig met kennisgeving: Tiemersma, Woonstad.",
          "Afwezig met kennisgeving: [NAAM], Woonstad.");
    KEEPS("Aanwezig: 14 bewoners, de wijkagent en Gemeente Rotterdam.");
    KEEPS("Aanwezig: Bewoners, Schiedam");
    MASKS("| naam | huisnr |\n|---|---|\n| Wiebren Hoekema | 7 |\n| Buurtvereniging | 9 |",
          "| naam | huisnr |\n|---|---|\n| [NAAM] | 7 |\n| Buurtvereniging | 9 |");
    KEEPS("| adres | klacht |\n|---|---|\n| Kerkweg 12 | Schimmel |");
}

/* "van de" before an acronym after a name is where one works; a boat's quoted name stays. */
static void an_acronym_after_a_name_and_a_boat(void **state) {
    (void)state;
    MASKS("Prof. dr. Geertruida Zwiers van de TU stuurde een reactie.",
          "Prof. dr. [NAAM] van de TU stuurde een reactie.");
    MASKS("Ik sprak meneer Zwiers van het CJG gisteren.",
          "Ik sprak meneer [NAAM] van het CJG gisteren.");
    KEEPS("Onze boot 'Johanna Maria' ligt los in de gracht.");
    /* look-alikes: a surname's own particles, a boat's owner */
    MASKS("mevrouw van de Berg belde", "mevrouw [NAAM] belde");
    MASKS("De boot van Johanna Zwiers ligt los.", "De boot van [NAAM] ligt los.");
}

/* A role before whoever holds it in minutes and club news ("dirigent", "gastouder",
 * "-leider"): a name the lists lack after it is a name; an organisation after it stays. */
static void a_role_before_a_name(void **state) {
    (void)state;
    MASKS("De dirigent Ingeborg Solheim heeft de repetitie afgezegd.",
          "De dirigent [NAAM] heeft de repetitie afgezegd.");
    MASKS("Gastouder Thandiwe Mokoena vangt nu zes kinderen op.",
          "Gastouder [NAAM] vangt nu zes kinderen op.");
    MASKS("Volgens koorleider Oisín Byrne is de zaal te koud.",
          "Volgens koorleider [NAAM] is de zaal te koud.");
    /* the role opening a sentence is no part of the name */
    MASKS("Elektricien Radu Ionescu kwam de meterkast bekijken.",
          "Elektricien [NAAM] kwam de meterkast bekijken.");
    /* look-alikes: an organisation or a team after the role */
    KEEPS("De voorzitter Bewonersvereniging Oud-Charlois belde.");
    KEEPS("De trainer van Excelsior is ziek.");
    KEEPS("De inspecteur Woningtoezicht komt dinsdag.");
    KEEPS("Trainer Feyenoord Academy zoekt velden.");
    KEEPS("Uitvoerder BAM meldt overlast.");
    KEEPS("De coördinator Voedselbank Zuid belt terug.");
}

/* A club by its compound ("Hengelclub", "Nagelsalon") and a salon or an eatery named
 * after its owner ("Ristorante", "Osteria", "Bistro"): the name it bears stays, a
 * person beside it does not. */
static void clubs_salons_and_eateries_named_after_someone(void **state) {
    (void)state;
    MASKS("Penningmeester Gerrit Hol van Hengelclub De Snoek vraagt een vergunning.",
          "Penningmeester [NAAM] van Hengelclub De Snoek vraagt een vergunning.");
    KEEPS("We eten zaterdag bij Ristorante Da Marco op de hoek.");
    KEEPS("De nagels liet ik doen bij Nagelsalon Yasmin, naast de bakker.");
    KEEPS("Osteria Giulia zit aan de Witte de Withstraat.");
    KEEPS("Bistro Sophie heeft de stoep vol gezet met stoelen.");
    /* look-alikes: the club or the salon in lower case beside a person */
    MASKS("Mijn dochter Yasmin werkt in een salon.", "Mijn dochter [NAAM] werkt in een salon.");
    MASKS("Marco van de schaakclub belde gisteren.", "[NAAM] van de schaakclub belde gisteren.");
    MASKS("Mijn buurvrouw Giulia Romano van de bridgeclub belde.",
          "Mijn buurvrouw [NAAM] van de bridgeclub belde.");
}

/* Issue 12 (names17): a second person joined by "en" or "of" to a name found, written
 * as a capitalised pair that no list need know (a first name and a surname of any
 * origin); a pair that is a shop, a place, a street or an organisation stays. */
static void a_pair_beside_a_name_is_a_second_person(void **state) {
    (void)state;
    MASKS("Via Gerard en Wietske Oosterloo hoorden we van de nieuwe regels.",
          "Via [NAAM] en [NAAM] hoorden we van de nieuwe regels.");
    MASKS("Mijn collega Priya en Taro Hashimoto kwamen gisteren langs.",
          "Mijn collega [NAAM] en [NAAM] kwamen gisteren langs.");
    MASKS("Gisteren sprak ik met Fatima en Oksana Melnyk over de speeltuin.",
          "Gisteren sprak ik met [NAAM] en [NAAM] over de speeltuin.");
    MASKS("Een vraag van Jan Pietersen of Ingeborg Brandsma: wie ruimt het op?",
          "Een vraag van [NAAM] of [NAAM]: wie ruimt het op?");
    /* keeps: a shop, a firm named after a person, a place, a street, an organisation */
    MASKS("Mijn buurman Jan en Albert Heijn zijn het eens over de bus.",
          "Mijn buurman [NAAM] en Albert Heijn zijn het eens over de bus.");
    MASKS("Mijn buurvrouw Fatima en Vos Installatietechniek komen morgen.",
          "Mijn buurvrouw [NAAM] en Vos Installatietechniek komen morgen.");
    MASKS("Mijn zoon Daan en Nieuw Zeeland, dat blijft een droom.",
          "Mijn zoon [NAAM] en Nieuw Zeeland, dat blijft een droom.");
    MASKS("Mijn buurman Jan en Hoge Weg 3 hebben last van het lawaai.",
          "Mijn buurman [NAAM] en Hoge Weg 3 hebben last van het lawaai.");
    MASKS("Mijn buurman Jan en Erasmus Universiteit werken samen.",
          "Mijn buurman [NAAM] en Erasmus Universiteit werken samen.");
    MASKS("Mijn dochter Sanne en Grote Markt: daar liepen we.",
          "Mijn dochter [NAAM] en Grote Markt: daar liepen we.");
    /* a surname of one word on the lists alone vouches for no one ("Jansen en Zonen") */
    KEEPS("Bouwbedrijf Jansen en Zonen Bouw ruimt het op.");
}

/* Issue 12 (names17): a person named in full (a listed first name and a surname) before
 * a lower-case "van" and a firm by its trade works there; the firm, even one named after
 * that person, stays; a firm named after its owner in full stays whole. */
static void a_full_name_before_van_and_a_firm_is_its_worker(void **state) {
    (void)state;
    MASKS("Loodgieter Ruben Smeenk van Smeenk Installatietechniek belt morgen.",
          "Loodgieter [NAAM] van Smeenk Installatietechniek belt morgen.");
    MASKS("Vandaag kwam Ruben Smeenk van Oosterhout Bouw de schade bekijken.",
          "Vandaag kwam [NAAM] van Oosterhout Bouw de schade bekijken.");
    /* keeps: the owner's names, first names and a particle, before the trade */
    KEEPS("We huren de steiger bij Jan Willem van Dijk Bouw.");
    KEEPS("We huren de steiger bij Henk van den Bosch Verhuur.");
    KEEPS("We kochten de jas bij Hanneke Kraaijeveld Mode.");
}

/* Issue 12 (names17): after a person's title a lower-case "van", a capitalised word and
 * a firm's noun name the firm the person works for, even one named after that person:
 * the person is masked, the firm stays. */
static void a_titled_person_of_a_firm_keeps_the_firm(void **state) {
    (void)state;
    MASKS("Mevrouw Kok van Kok Schoonmaakservice belde over de sleutel.",
          "Mevrouw [NAAM] van Kok Schoonmaakservice belde over de sleutel.");
    MASKS("Dhr. Smit van Brouwer Installatietechniek komt de ketel vervangen.",
          "Dhr. [NAAM] van Brouwer Installatietechniek komt de ketel vervangen.");
    /* a surname with a particle before a trade is still the person's */
    MASKS("Mevrouw van Dijk Bouw belde.", "Mevrouw [NAAM] Bouw belde.");
}

/* Issue 12, session 28 (names-dev31's kept strings): things named after people by the words
 * around them: a building's compound before the name, a trade's or a grower's compound, an
 * event's noun after it, a saint's pair after a care home's noun, a branch after "van", a
 * fishing boat's mark, a car's nickname in quotes after its brand. The people beside them
 * stay masked. */
static void businesses_boats_and_cars_named_like_people(void **state) {
    (void)state;
    /* a building's compound (a street suffix) takes the name after it */
    KEEPS("Zwemschool Inge de Bruin geeft les op zaterdag.");
    KEEPS("Wij trainen bij Sportcentrum Joop Zoetemelk in de avond.");
    MASKS("Dansschool Marco Polo zoekt ruimte, aldus Hanneke Verbrugge.",
          "Dansschool Marco Polo zoekt ruimte, aldus [NAAM].");
    MASKS("Ik woon aan de Kerkstraat en mijn buurman Sjoerd Veldkamp niet.",
          "Ik woon aan de Kerkstraat en mijn buurman [NAAM] niet.");
    /* a trade, a grower, a studio and a shelter by the end of their compound */
    KEEPS("De Groentehandel Piet Hoogeveen staat op de markt.");
    KEEPS("Aspergekwekerij De Wit levert aan de buurtsuper.");
    KEEPS("Bij Pilatesstudio Femke mag je gratis proberen.");
    KEEPS("Vogelasiel Ome Joop vangt de gewonde meeuwen op.");
    MASKS("Drukkerij Van Leeuwen bezorgt de folders bij Gerda Snijders.",
          "Drukkerij Van Leeuwen bezorgt de folders bij [NAAM].");
    /* an event's noun after a name */
    KEEPS("De route gaat dicht voor het Henk Koster Toernooi op zondag.");
    KEEPS("Na het Anne Dekker Festival lag het park vol blikjes.");
    MASKS("Festival-directeur Anouk Brinkman vraagt een ontheffing.",
          "Festival-directeur [NAAM] vraagt een ontheffing.");
    /* a care home named after a pair of saints; a second person after it stays one */
    KEEPS("Oma woont sinds mei in Zorgcentrum Cosmas en Damianus aan de rivier.");
    MASKS("Wij aten bij eetcafé Bart en Sanne de Graaf kwam langs.",
          "Wij aten bij eetcafé Bart en [NAAM] kwam langs.");
    /* a branch after "van": no surname takes a place after it */
    MASKS("Monteur Kofi Mensah van Fietspunt Noord repareert de stalling.",
          "Monteur [NAAM] van Fietspunt Noord repareert de stalling.");
    MASKS("Ik sprak Lieke van Oosterwijk over de stoep.", "Ik sprak [NAAM] over de stoep.");
    /* a fishing boat by its mark; a room's number before a name is no boat */
    KEEPS("Opa voer dertig jaar op de UK-171 Hendrika Johanna vanuit de haven.");
    KEEPS("Mijn oom heeft gevist op de KW 23 Grietje in de jaren zestig.");
    MASKS("In kamer B 12 Rutger Bosman wacht op de arts.",
          "In kamer B 12 [NAAM] wacht op de arts.");
    /* a car's or a boat's nickname in quotes after its brand; a relative in quotes is one */
    KEEPS("Op de rommelmarkt stond hij met zijn Saab 'Gerrit' te pronken.");
    KEEPS("Zij rijdt nog altijd in haar Fiat Panda 'Truus'.");
    MASKS("Mijn tante 'Ria' belt morgen terug.", "Mijn tante '[NAAM]' belt morgen terug.");
}

/* Issue 12, session 28 (names-dev31's misses): a person's name known by its context though no
 * list holds either word: who speaks ("hier", a call answered "Met"), whom a message is from,
 * someone's person by a noun for a person, whom one greets or thanks, oneself set off by
 * commas, a list of persons beside a name found, a trade's worker by the role's ending. Things,
 * places and organisations in the same places stay. */
static void pairs_no_list_knows_named_by_context(void **state) {
    (void)state;
    MASKS("Hier Zhanar Seitkali, ik bel over de brug.", "Hier [NAAM], ik bel over de brug.");
    MASKS("Goedemiddag, hier Oyelaran Bankole van de moestuin.",
          "Goedemiddag, hier [NAAM] van de moestuin.");
    KEEPS("Goedemorgen, hier Radio Rijnmond met het nieuws.");
    MASKS("Wie is daar? Met Oksana Melnyk.", "Wie is daar? Met [NAAM].");
    KEEPS("Met Sint Maarten gaat het goed.");
    MASKS("Melding van Tariku Bekele: de lamp is stuk.", "Melding van [NAAM]: de lamp is stuk.");
    MASKS("Klacht van Ngozi Eze over de stank.", "Klacht van [NAAM] over de stank.");
    KEEPS("Melding van Stichting Vluchtelingenwerk over de opvang.");
    MASKS("Mijn vader en zijn klant Thabo Nkosi wachten op de bus.",
          "Mijn vader en zijn klant [NAAM] wachten op de bus.");
    MASKS("Haar cursist Abebe Girma is ziek.", "Haar cursist [NAAM] is ziek.");
    KEEPS("Mijn auto Toyota Yaris staat op de stoep.");
    KEEPS("Onze vakantie Gran Canaria was fijn.");
    MASKS("Een groet aan Wanjiru Kamau van de balie!", "Een groet aan [NAAM] van de balie!");
    MASKS("Bel met mij, Sunita Rai, over de aanvraag.", "Bel met mij, [NAAM], over de aanvraag.");
    /* a list of persons: a pair beside a name found, one word before its "en" */
    MASKS("Op de foto staan Olusegun Adeyemi, Fatima Bakkali en Sanne de Vries.",
          "Op de foto staan [NAAM], [NAAM] en [NAAM].");
    MASKS("Bij de kraam: Anouk, Wairimu en haar broer.",
          "Bij de kraam: [NAAM], [NAAM] en haar broer.");
    MASKS("Thomas Verbeek, Oekraïner, woont in de opvang.",
          "[NAAM], Oekraïner, woont in de opvang.");
    MASKS("Kopie aan dhr. Jan Brouwer, Texel; en mevrouw Kuipers.",
          "Kopie aan dhr. [NAAM], Texel; en mevrouw [NAAM].");
    /* a trade's worker by the role's ending, whose employer stays */
    MASKS("Havenarbeider Sipho Ndlovu meldt een gat in de kade.",
          "Havenarbeider [NAAM] meldt een gat in de kade.");
    MASKS("Piloot Ingrid Haugen landde op het veld.", "Piloot [NAAM] landde op het veld.");
    MASKS("Verloskundige Oluchi Nwosu van Verloskundigenpraktijk De Bron belt.",
          "Verloskundige [NAAM] van Verloskundigenpraktijk De Bron belt.");
    KEEPS("De verloskundige zei dat het goed gaat.");
}

/* Issue 12, session 28: a double surname whose halves are both listed surnames is a surname,
 * though a half also names a place ("Horst", "Brink"); a place joined to a place stays. */
static void double_surnames_with_a_place_half(void **state) {
    (void)state;
    MASKS("Mijn zus ter Horst-Kamphuis komt de sleutel halen.",
          "Mijn zus [NAAM] komt de sleutel halen.");
    MASKS("Groeten van Marieke Kerkhof-Bosman uit de Vogelwijk.",
          "Groeten van [NAAM] uit de Vogelwijk.");
    KEEPS("Wij verhuizen naar Horst-Sevenum in de zomer.");
}

/* Issue 12, session 29 (names-dev32's misses, by class): names of every origin that no list
 * holds, told by a trade before them, by whose lead or work, by the pronoun or the kin that
 * name them a person, by an apposition with a firm or a town, by one's own language; German
 * surnames the lists lacked. Own sentences; organisations and things in the same places stay. */
static void names_told_by_trade_lead_kin_and_language(void **state) {
    (void)state;
    /* a trade's worker by the compound's head or the trade */
    MASKS("Vioolbouwer en pianodocent Ragnhild Aasen geeft les.",
          "Vioolbouwer en pianodocent [NAAM] geeft les.");
    MASKS("Keukenchef Bongani Dlamini vraagt een terrasvergunning.",
          "Keukenchef [NAAM] vraagt een terrasvergunning.");
    MASKS("Stoffeerder Uldis Ozoliņš komt dinsdag.", "Stoffeerder [NAAM] komt dinsdag.");
    KEEPS("De pianodocent komt dinsdag.");
    /* whose lead, whose work, whose poll */
    MASKS("Het koor, geleid door Dagny Solheim, zingt om acht uur.",
          "Het koor, geleid door [NAAM], zingt om acht uur.");
    MASKS("De fanfare speelt onder leiding van Aigerim Nurlanova.",
          "De fanfare speelt onder leiding van [NAAM].");
    MASKS("Het gedicht 'Wind' van Baiba Ozola hangt in de hal.",
          "Het gedicht 'Wind' van [NAAM] hangt in de hal.");
    KEEPS("De brug werd gebouwd door Dura Vermeer Infra.");
    KEEPS("Het boek 'Water' van Uitgeverij Prometheus ligt hier.");
    /* the pronoun or the kin that name a pair a person */
    MASKS("Kwame Owusu vraagt of zijn dochter mee mag.", "[NAAM] vraagt of zijn dochter mee mag.");
    MASKS("Oksana Bondar en haar man wonen boven de bakker.",
          "[NAAM] en haar man wonen boven de bakker.");
    MASKS("Tenzin Norbu bezorgt pakketten en vraagt waar hij mag parkeren.",
          "[NAAM] bezorgt pakketten en vraagt waar hij mag parkeren.");
    MASKS("Priya Raman, moeder van Ishan en Meera, belt over school.",
          "[NAAM], moeder van [NAAM] en [NAAM], belt over school.");
    /* the kin and "van" before the names, with no pair before them */
    MASKS("Ik ben de vader van Tariq en Yusuf.", "Ik ben de vader van [NAAM] en [NAAM].");
    KEEPS("Quick Boys wil een nieuw veld en de leden betalen mee.");
    /* an apposition with a firm or a town between */
    MASKS("De glazenwasser van Schoonmaakbedrijf Helder, Dawit Tesfaye, belde.",
          "De glazenwasser van Schoonmaakbedrijf Helder, [NAAM], belde.");
    MASKS("De pianostemmer, Leif Nygaard uit Oslo, komt morgen.",
          "De pianostemmer, [NAAM] uit Oslo, komt morgen.");
    /* one's own language, German surnames and titles */
    MASKS("Bonjour, je suis Amadou Diallo, ik woon hier sinds mei.",
          "Bonjour, je suis [NAAM], ik woon hier sinds mei.");
    MASKS("Minha filha Luana Tavares zit in groep 5.", "Minha filha [NAAM] zit in groep 5.");
    KEEPS("Ich bin Deutscher und wohne hier.");
    MASKS("Gisteren belde Frau Schröder over de container.",
          "Gisteren belde Frau [NAAM] over de container.");
    KEEPS("De weber is de eenheid van magnetische flux.");
}

/* Issue 12, session 29: houses and firms named after people keep the name, and a verb the word
 * list lacks after a relation noun is no name. */
static void houses_firms_and_verbs_named_like_people(void **state) {
    (void)state;
    KEEPS("De zaal van het Johan de Wittehuis is vrij.");
    KEEPS("Wij huren de zaal van het Abraham Kuyperhuis.");
    KEEPS("Concert in Dorpshuis Willem Kloos op zaterdag.");
    KEEPS("Dakdekkersbedrijf Gebr. Van Vliet komt maandag.");
    KEEPS("De offerte van Gebroeders Pieters klopt niet.");
    KEEPS("Mijn moeder appt mij elke avond.");
    KEEPS("mw bellt ivm de container.");
    MASKS("Mijn buurman Khatib zegt dat het lekt.", "Mijn buurman [NAAM] zegt dat het lekt.");
}

/* Issue 12, session 29 (session 28's left): a mention in a chat names a pair no list knows;
 * agencies, archives and costumes stay. */
static void mentions_agencies_archives_and_costumes(void **state) {
    (void)state;
    MASKS("Chat: '@Lindiwe Khumalo pak jij deze op?'", "Chat: '@[NAAM] pak jij deze op?'");
    MASKS("Hoi @Lindiwe Khumalo, graag even bellen.", "Hoi @[NAAM], graag even bellen.");
    KEEPS("Vraag via @Gemeente Rotterdam gesteld.");
    MASKS("Meetkundige J. Okonkwo van Kadaster komt dinsdag.",
          "Meetkundige [NAAM] van Kadaster komt dinsdag.");
    MASKS("De brieven van dhr. Joost Pereira in het Stadsarchief liggen klaar.",
          "De brieven van dhr. [NAAM] in het Stadsarchief liggen klaar.");
    KEEPS("De kinderen komen verkleed als Pippi Langkous en Harry Potter naar het plein.");
    MASKS("Mijn zoon ging verkleed als Spiderman naar Jan de Vries.",
          "Mijn zoon ging verkleed als Spiderman naar [NAAM].");
}

/* Issue 12, session 30 (falseflag20, critical-dev30): every province is a place, so a regional
 * broadcaster after "volgens" keeps its name (its news frame was masked with it); a person after
 * "volgens" is still one. */
static void provinces_and_their_broadcasters(void **state) {
    (void)state;
    KEEPS("Volgens Omroep Flevoland is er een hond in Almere die kinderen bijt.");
    KEEPS("Volgens Omroep Gelderland is de brug dicht.");
    KEEPS("Wij verhuizen van Drenthe naar Overijssel.");
    KEEPS("Mijn zus woont in Friesland, mijn broer in Noord-Brabant.");
    MASKS("Volgens mevrouw Jansen is de brug dicht.", "Volgens mevrouw [NAAM] is de brug dicht.");
}

/* names25 (names-dev38's classes, each in other words too): a name of syllables that are
 * Dutch function words, a first name no list holds before a capitalised particle, one of a
 * couple told by "en" and a full name or by "zijn vrouw", pets set off by commas after their
 * animals, a pair told by its role after a comma. */
static void syllables_particles_couples_pets_and_roles(void **state) {
    (void)state;
    /* a first name the lists lack before a capitalised particle that opens a surname */
    MASKS("De aanvraag van Mbarka Ould Salem ligt nog bij de balie.",
          "De aanvraag van [NAAM] ligt nog bij de balie.");
    MASKS("Itto Aït Lahcen belde over de afvalpas.", "[NAAM] belde over de afvalpas.");
    MASKS("Het formulier van Lalla Bin Youssef is zoek.", "Het formulier van [NAAM] is zoek.");
    /* an ordinary word before the particle is no first name */
    MASKS("Gisteren Van der Berg gesproken over de stoep.",
          "Gisteren [NAAM] gesproken over de stoep.");
    /* East and Southeast Asian syllables that are Dutch function words */
    MASKS("Mijn buurvrouw Mai Na helpt met de brief.", "Mijn buurvrouw [NAAM] helpt met de brief.");
    MASKS("Ik ben Paw Eh Moo, ik woon op de Kruisstraat.",
          "Ik ben [NAAM], ik woon op de Kruisstraat.");
    MASKS("De tolk Thi Do belt morgen terug.", "De tolk [NAAM] belt morgen terug.");
    /* a weekday before its date is none */
    MASKS("Afspraak met Kim Do 12 mei om tien uur.", "Afspraak met [NAAM] Do 12 mei om tien uur.");
    /* one of a couple */
    MASKS("Ilkay en Derya Aksoy vragen een parkeervergunning aan.",
          "[NAAM] en [NAAM] vragen een parkeervergunning aan.");
    MASKS("Namens Ilkay en Derya Aksoy stuur ik deze brief.",
          "Namens [NAAM] en [NAAM] stuur ik deze brief.");
    MASKS("Op de hoek wonen Wubbo en zijn vrouw Hennie al veertig jaar.",
          "Op de hoek wonen [NAAM] en zijn vrouw [NAAM] al veertig jaar.");
    MASKS("Lahcen met zijn zoon kwam de sleutel halen.",
          "[NAAM] met zijn zoon kwam de sleutel halen.");
    KEEPS("Mijn man werkt in Gambia en zijn broer ook.");
    /* pets set off by commas after their animal, also with the owner between */
    KEEPS("Mijn katten, Sam en Lotte, zijn zoek.");
    KEEPS("De konijnen van mijn dochter, Guus en Sara, zitten in de tuin.");
    KEEPS("Zijn duif Snelle Bep won de vlucht.");
    /* one name after a singular animal and its owner may be the owner's */
    MASKS("De hond van de buurman, Kees, blaft de hele dag.",
          "De hond van de buurman, [NAAM], blaft de hele dag.");
    /* a pair told by its role after a comma */
    MASKS("Bolat Seitkali, eigenaar van de snackbar op de hoek, vraagt een vergunning.",
          "[NAAM], eigenaar van de snackbar op de hoek, vraagt een vergunning.");
    MASKS("Wij kregen een klacht over Tinirau Walsh, voorzitter van de roeivereniging.",
          "Wij kregen een klacht over [NAAM], voorzitter van de roeivereniging.");
    KEEPS("Woonstad Rotterdam, eigenaar van de flat, reageert niet.");
}

/* Session 36 (names26): one test per class, each with a second sentence in other words. */
static void labels_kin_by_role_daughters_of_firms_and_figures(void **state) {
    (void)state;
    /* a label that is a compound of a message's noun, the pair ending at a comma */
    MASKS("Belverzoek: Tavita Oloapu, over de container.",
          "Belverzoek: [NAAM], over de container.");
    MASKS("Terugbelverzoek: Kwame Asante, graag na vijf uur.",
          "Terugbelverzoek: [NAAM], graag na vijf uur.");
    KEEPS("Melding: Lekkende Brandkraan, graag snel.");
    /* a pair no list knows whose sentence names its own chef, coach or colleague */
    MASKS("Tavita Oloapu kwam met zijn collega langs.", "[NAAM] kwam met zijn collega langs.");
    MASKS("Ngaio Tuhiwai belde op verzoek van haar chef.",
          "[NAAM] belde op verzoek van haar chef.");
    KEEPS("Bouwbedrijf Hendriks stuurde zijn medewerker langs.");
    /* the client abbreviated with a dot, as a title */
    MASKS("Clt. Xochitl Ramirez vraagt om uitstel.", "Clt. [NAAM] vraagt om uitstel.");
    MASKS("clt. henk de boer belt morgen", "clt. [NAAM] belt morgen");
    /* the Malay "daughter of" inside one name */
    MASKS("Zijn moeder Noraini binti Yusof belde.", "Zijn moeder [NAAM] belde.");
    MASKS("Het verzoek kwam van Siti Aminah binti Abdullah uit Kuching.",
          "Het verzoek kwam van [NAAM] uit Kuching.");
    /* help, a lab and a bar by their compound's end are a firm, not a surname */
    MASKS("Anouk de Wit van Schuldhulp Drachten belde.", "[NAAM] van Schuldhulp Drachten belde.");
    KEEPS("Ik werk bij Jeugdhulp Leeuwarden als vrijwilliger.");
    KEEPS("Bij Fotolab Verschoor is de stoep kapot.");
    KEEPS("Cocktailbar Sophie heeft geen vergunning.");
    /* names of older generations and surnames that are words or towns */
    MASKS("Gisteren belde Aart de Wit.", "Gisteren belde [NAAM].");
    MASKS("Rinus Vermeer belde.", "[NAAM] belde.");
    MASKS("Evelien Maas belde over de stoep.", "[NAAM] belde over de stoep.");
    MASKS("Mijn buurman Jan Bijl belde.", "Mijn buurman [NAAM] belde.");
    KEEPS("De prijzen dalen en de bijl ligt in de schuur.");
    /* given names of the Arabian Peninsula before an Arabic surname */
    MASKS("Gisteren kwam Majed Al-Otaibi langs.", "Gisteren kwam [NAAM] langs.");
    MASKS("Namens de buurt: Nawaf Al-Shammari komt dinsdag.",
          "Namens de buurt: [NAAM] komt dinsdag.");
    /* "van de" and a place after a thing's noun is "of the" place; after a name or a
     * title the place is a surname */
    KEEPS("Het water van de Maas is hoog.");
    KEEPS("De kade van de Brink is glad.");
    MASKS("Jan van de Maas belde.", "[NAAM] belde.");
    MASKS("Mevrouw van de Brink belde.", "Mevrouw [NAAM] belde.");
    /* after a relation noun, "van de" and a surname that is an ordinary word in lower case
     * is the thing someone is of; capitalised, or in text all in lower case, the surname */
    KEEPS("Ik ben de eigenaar van de boot bij de brug.");
    KEEPS("De buurman van de visser klaagt over de herrie.");
    MASKS("Mijn buurman van de Jong klaagt.", "Mijn buurman [NAAM] klaagt.");
    MASKS("mijn buurman van de boer heeft last", "mijn buurman [NAAM] heeft last");
    /* a pair opening its sentence before a verb only a person does; a first name and a
     * word ending as a street there too; a street's sentence keeps it */
    MASKS("Fenella Quayle belde gisteren over de stoep.", "[NAAM] belde gisteren over de stoep.");
    MASKS("Ingibjorg Haraldsdottir woont sinds mei op nummer 4.",
          "[NAAM] woont sinds mei op nummer 4.");
    MASKS("Sanne Oudendijk belde gisteren.", "[NAAM] belde gisteren.");
    MASKS("Sanne Weidehof klaagt over de bomen.", "[NAAM] klaagt over de bomen.");
    KEEPS("Karel Doormanhof ligt achter de kerk.");
    KEEPS("Hotel Okura belde.");
    /* in a text written in capitals, a listed first name and a listed surname */
    MASKS("VANDAAG KWAM TIM VERBEEK LANGS OVER DE BOOM", "VANDAAG KWAM [NAAM] LANGS OVER DE BOOM");
    MASKS("AANWEZIG ANOUK JANSSEN EN PIETER DE VRIES", "AANWEZIG [NAAM] EN [NAAM]");
    KEEPS("KAPOTTE LAMP BIJ DE BAKKER OP DE HOEK");
    /* the French "a" of a name in a street's name, a flat named after someone */
    KEEPS("Wij wonen aan de Thomas à Kempisweg.");
    KEEPS("Straat: de Thomas à Kempislaan, gat in de weg.");
    KEEPS("In de Albert Schweitzerflat werkt de lift niet.");
    KEEPS("De lift van de Erasmusflat is stuk.");
    /* figures of history that things are named after */
    KEEPS("Het standbeeld van Michiel de Ruyter is beklad.");
    KEEPS("De school is genoemd naar Willem van Oranje.");
}

static void an_official_before_a_place_and_a_shop_by_its_trade_or_kiosk(void **state) {
    (void)state;
    /* after a surname its own particles opened, "op de" or "op het" and a listed place say
     * where the person is; one surname takes "op de" right after a first name or alone */
    MASKS("Wethouder Van Rossum op het Weena opende de markt.",
          "Wethouder [NAAM] op het Weena opende de markt.");
    MASKS("Burgemeester Van den Heuvel op de Dam sprak kort.",
          "Burgemeester [NAAM] op de Dam sprak kort.");
    MASKS("Ik sprak met Jansen op de Haar.", "Ik sprak met [NAAM] op de Haar.");
    MASKS("Gisteren belde Jan op de Beek.", "Gisteren belde [NAAM].");
    /* a shopkeeper's trade capitalised mid-sentence names the shop; in lower case, after
     * an article or a possessive, or after a title, the person */
    KEEPS("De stoep bij Slager Jansen is glad.");
    KEEPS("Ik was bij Opticien De Wit voor een bril.");
    KEEPS("Wij gingen naar Kapper Yasmin.");
    MASKS("De juwelier Jansen belde.", "De juwelier [NAAM] belde.");
    MASKS("Mijn kapper Ahmed belde.", "Mijn kapper [NAAM] belde.");
    MASKS("Mevrouw Slager belde.", "Mevrouw [NAAM] belde.");
    MASKS("Gisteren belde Piet Slager.", "Gisteren belde [NAAM].");
    /* a pavilion and a kiosk name themselves as a café does; whose they are stays a name */
    KEEPS("Koffie bij Kiosk Sjaak op de hoek.");
    KEEPS("Het strandpaviljoen Anna ligt aan zee.");
    MASKS("De kiosk van Jan Smit is dicht.", "De kiosk van [NAAM] is dicht.");
}

static void bad_input(void **state) {
    (void)state;
    /* Invalid UTF-8 separates words and is copied unchanged. */
    const char bad[] = "mevrouw \xff\xfe De Vries \xc3 en dhr. Jansen\x80";
    const char *o = mask(bad, NULL, NULL);
    assert_non_null(strstr(o, "\xff\xfe"));
    assert_null(strstr(o, "Jansen"));
    /* A word cut off in the middle of a character. */
    mask("Jans\xc3", NULL, NULL);
    /* Longer than the scan was made for. */
    const ll_name_span *sp;
    char *big = malloc(MAX_TEXT + 2);
    assert_non_null(big);
    memset(big, 'a', MAX_TEXT + 1);
    big[MAX_TEXT + 1] = '\0';
    assert_int_equal(ll_names_find(nm, sc, big, MAX_TEXT + 1, &sp), -1);
    /* The longest text: words and names all the way, the output within its bound. */
    size_t n = 0;
    while (n + 32 < MAX_TEXT) {
        memcpy(big + n, "mw. A. de Vries en Ahmed. ", 26);
        n += 26;
    }
    big[n] = '\0';
    int c;
    unsigned r;
    size_t len = ll_names_mask(nm, sc, big, n, out, &c, &r);
    assert_true(len <= ll_names_bound(n));
    assert_true(c > 2000);
    assert_null(strstr(out, "Vries"));
    assert_null(strstr(out, "Ahmed"));
    /* Long runs of what a name is made of end as names of bounded parts
     * (a scan stays linear: see LL_NAMES_MAX_PARTICLES). */
    static const char *const runs[] = {"De ",     "van ", "J. ",         "mevrouw ",
                                       "Jan ",    "A B ", "a@b ",        "A. (Bb) ",
                                       "Ab-van ", "in ",  "Bergse Dijk "};
    for (size_t ri = 0; ri < sizeof(runs) / sizeof(runs[0]); ri++) {
        size_t k = strlen(runs[ri]);
        for (n = 0; n + k < MAX_TEXT; n += k)
            memcpy(big + n, runs[ri], k);
        big[n] = '\0';
        len = ll_names_mask(nm, sc, big, n, out, &c, &r);
        assert_true(len <= ll_names_bound(n));
    }
    /* Single letters, a text of separators, a word longer than any name. */
    memset(big, 'x', 200);
    big[0] = 'X';
    big[200] = '\0';
    KEEPS(big);
    KEEPS("A. B. C.");
    KEEPS("-- ,,, ... !!!");
    free(big);
}

/* The lists' table of folded words is read at every word of every text and held for the
 * process's life, its slots at most half full: a slot of 24 bytes (a 64-bit hash beside its
 * 32-bit fields) made it 1.5 MB for the lists of 12-05, 16 bytes make it 1.0 (issue 16, the
 * peak RSS). Counts the bytes malloc holds (mallinfo2), so skipped where the allocator is
 * not glibc's (the sanitizers'). */
static void the_loaded_lists_hold_little_more_than_a_slot_of_16_bytes(void **state) {
    (void)state;
    if (mallopt(M_MMAP_THRESHOLD, 128 * 1024) != 1) {
        skip();
        return;
    }
    char e[512];
    struct mallinfo2 m0 = mallinfo2();
    ll_names *n = ll_names_load(CFG "names-first-nl.txt", CFG "names-surname-nl.txt",
                                CFG "names-keep-nl.txt", e, sizeof(e));
    assert_non_null(n);
    struct mallinfo2 m1 = mallinfo2();
    size_t held = (m1.uordblks + m1.hblkhd) - (m0.uordblks + m0.hblkhd);
    print_message("%d entries hold %zu KiB\n", ll_names_count(n), held / 1024);
    /* The table's slots: a power of two, at least twice its words, so at most 4 slots a
     * word just past a doubling (65,536 for ~18,000); the names' own bytes beside them, ~8
     * a name. With slots of 24 bytes: 1,667 KiB. */
    assert_true(held < (size_t)ll_names_count(n) * (4 * 16 + 16));
    ll_names_free(n);
}

static void list_errors(void **state) {
    (void)state;
    char e[512], path[64], line3[96];
    /* one file per process: helpers and ctest -j run this test side by side */
    snprintf(path, sizeof(path), "/tmp/ll-test-names-%d.txt", (int)getpid());
    snprintf(line3, sizeof(line3), "%s:3: one word a line", path);
    FILE *f = fopen(path, "w");
    fputs("# x\nJan\nvan Dijk\n", f);
    fclose(f);
    assert_null(
        ll_names_load(path, CFG "names-surname-nl.txt", CFG "names-keep-nl.txt", e, sizeof(e)));
    assert_non_null(strstr(e, line3));
    f = fopen(path, "w");
    fputs("Rotterdam\tcity\n", f);
    fclose(f);
    assert_null(
        ll_names_load(CFG "names-first-nl.txt", CFG "names-surname-nl.txt", path, e, sizeof(e)));
    assert_non_null(strstr(e, ":1: kind is place, org, word, common or lower"));
    f = fopen(path, "w");
    fputs("Jan\n\xff\n", f);
    fclose(f);
    assert_null(
        ll_names_load(path, CFG "names-surname-nl.txt", CFG "names-keep-nl.txt", e, sizeof(e)));
    assert_non_null(strstr(e, ":2: not a usable entry"));
    assert_null(ll_names_load("/nonexistent/first.txt", CFG "names-surname-nl.txt",
                              CFG "names-keep-nl.txt", e, sizeof(e)));
    assert_non_null(strstr(e, "/nonexistent/first.txt: cannot open"));
    remove(path);
    ll_names_free(NULL);
    ll_names_scan_free(NULL);
}

/* Session 30 (names20): first names of every origin from Faker's other locales; "het" as a
 * subject after a verb "to be" stands before a person; after a name's surname "in de" is a
 * preposition; a ship that houses, a fair's ride and a tennis park name things after
 * people. */
static void names_of_the_world_and_what_is_named_after_them(void **state) {
    (void)state;
    MASKS("Ik ben de dochter van Zoltán Kovács-Nagy, hij is 84.",
          "Ik ben de dochter van [NAAM], hij is 84.");
    MASKS("Vraagt of Yuki Tanaka de klimwand mag gebruiken.",
          "Vraagt of [NAAM] de klimwand mag gebruiken.");
    MASKS("Bij Ilze Kalniņa in de Potterstraat.", "Bij [NAAM] in de Potterstraat.");
    MASKS("Volgens haar was het Kees Jansen van de overkant.",
          "Volgens haar was het [NAAM] van de overkant.");
    MASKS("Was het Kees Jansen die belde?", "Was het [NAAM] die belde?");
    MASKS("Ik maakte foto's van Kees Jansen in de Oranjerie van het park.",
          "Ik maakte foto's van [NAAM] in de Oranjerie van het park.");
    KEEPS("Ik woon nu op het opvangschip Johanna Maria in de haven.");
    KEEPS("Mag de Zweefmolen Willem op de Grote Markt staan?");
    KEEPS("Twee banen bij Tennispark Wilhelmina, graag.");
    /* look-alikes: the article after its subject, a surname's own "in 't", a city */
    KEEPS("Dat is het Willem de Kooning, de academie.");
    MASKS("Brief van Petra in 't Veld over de stoep.", "Brief van [NAAM] over de stoep.");
    MASKS("De vraag van Jan op de Beek is beantwoord.", "De vraag van [NAAM] is beantwoord.");
    KEEPS("Mijn dochter woont nu in Hong Kong.");
    KEEPS("Ik werk in de kassen van Royal FloraHolland.");
    MASKS("De Roos belde gisteren.", "[NAAM] belde gisteren.");
}

/* Session 30 (names20): a listed first name and a surname with a street's ending stay a
 * person's before a full stop, as before any other word. */
static void street_endings_before_a_full_stop(void **state) {
    (void)state;
    MASKS("Een signeersessie met schrijfster Mirjam Oldenhof.",
          "Een signeersessie met schrijfster [NAAM].");
    MASKS("Mijn buurman Jan Hoogendijk.", "Mijn buurman [NAAM].");
    /* look-alikes: a street after a preposition, an abbreviation's dot */
    KEEPS("Ik woon aan de Oldenhof.");
    KEEPS("De bus stopt bij de Burg. Jansenlaan.");
}

/* Session 31 (names21): names the lists lack told by what stands around them: a club's
 * abbreviation that ends a street's run, a sign-off after two hyphens with one's role, a
 * preposition said again, a name before "en" and a listed one, an attendance list's
 * surname that is a word, the patronyms of Central Asia and Wales, a surname ending as a
 * shop does. */
static void names_told_by_lists_sign_offs_and_patronyms(void **state) {
    (void)state;
    MASKS("Trainster Ama Owusu van KV Zuiderhof wil de zaal.",
          "Trainster [NAAM] van KV Zuiderhof wil de zaal.");
    MASKS("De stoep ligt al weken open. -- Mariama Bah, buurvrouw",
          "De stoep ligt al weken open. -- [NAAM], buurvrouw");
    MASKS("Sleutels ophalen bij Hennie of bij Wubbo.",
          "Sleutels ophalen bij [NAAM] of bij [NAAM].");
    MASKS("Gisteren kwamen Dauren en Hennie de kliko brengen.",
          "Gisteren kwamen [NAAM] en [NAAM] de kliko brengen.");
    MASKS("Afwezig: Karin Smit, Pemba Sherpa (secretaris).",
          "Afwezig: [NAAM], [NAAM] (secretaris).");
    MASKS("Gesprek met mevrouw Azamat kyzy Aidana over de huurtoeslag.",
          "Gesprek met mevrouw [NAAM] over de huurtoeslag.");
    MASKS("Gareth ap Rhys belde over de stoep.", "[NAAM] belde over de stoep.");
    MASKS("Mijn buurvrouw Ineke Boswinkel belde.", "Mijn buurvrouw [NAAM] belde.");
    /* look-alikes: a place before "en", a place after the preposition said again, items of
     * ordinary words, a note after a dash, a capitalised "Ap", a shop */
    MASKS("Ik verhuis naar Almaty en Hennie blijft hier.",
          "Ik verhuis naar Almaty en [NAAM] blijft hier.");
    MASKS("Ik zat bij Hennie of bij Rotterdam Zuid.", "Ik zat bij [NAAM] of bij Rotterdam Zuid.");
    KEEPS("Afwezig: Koffie Corner, Groene Vingers.");
    KEEPS("De stoep ligt al weken open. -- zie bijlage, bewoner");
    MASKS("Dag Ap, de kliko staat buiten.", "Dag [NAAM], de kliko staat buiten.");
    KEEPS("Bel de Wereldwinkel in de Hoogstraat.");
    KEEPS("Ik speel bij HV Zuiderhof.");
}

/* Session 31 (names21): what bears a person's name and stays: a street organ, a street
 * named after a numbered king, a firm of partners joined by an '&', a shooting club. */
static void organs_kings_streets_and_partners_firms(void **state) {
    (void)state;
    KEEPS("Het draaiorgel De Vrolijke Piet speelt zaterdag op de markt.");
    KEEPS("De lantaarn op de Koning Willem I-laan is stuk.");
    KEEPS("Bij de Graaf Floris V-weg ligt glas.");
    KEEPS("Notariskantoor Bakker & Yılmaz stuurde de akte.");
    KEEPS("De Kruisboogschutters Jan Klaassen houden een open dag.");
    /* look-alikes: two persons joined by an '&' with no firm's noun before them */
    MASKS("Groeten van Piet & Hennie.", "Groeten van [NAAM] & [NAAM].");
}

/* Session 31 (names21): who a document is in the name of, who one's kin is, a landlord set
 * off by commas and a patient: names no list need know. */
static void in_whose_name_and_who_ones_kin_is(void **state) {
    (void)state;
    MASKS("Het rijbewijs staat op naam van Nodar Kvaratskhelia, zegt hij.",
          "Het rijbewijs staat op naam van [NAAM], zegt hij.");
    MASKS("Onze dochter is Ainagul, ze is tien.", "Onze dochter is [NAAM], ze is tien.");
    MASKS("Mijn huisbaas, Spyridon Manolakis, belt nooit terug.",
          "Mijn huisbaas, [NAAM], belt nooit terug.");
    MASKS("Ik verzorg patiënte Dechen Lhamo thuis.", "Ik verzorg patiënte [NAAM] thuis.");
    /* look-alikes: an organisation's name, a people's name, a corporation set off */
    KEEPS("Het contract staat op naam van de gemeente.");
    KEEPS("Mijn man is Kazach en werkt in de haven.");
    KEEPS("Mijn verhuurder, Woonstad Rotterdam, belt nooit terug.");
}

/* Session 31 (names21): a surname with the Arabic article written onto it, and a role's
 * field in lower case between the role and the one who holds it. */
static void an_article_on_a_surname_and_a_roles_field(void **state) {
    (void)state;
    MASKS("Gesproken met Yusuf al-Hashimi over de huur.", "Gesproken met [NAAM] over de huur.");
    MASKS("Docent wiskunde Anuradha Wickramasinghe is ziek.", "Docent wiskunde [NAAM] is ziek.");
    /* look-alikes: a lower-case word after the hyphen, an adverb and a place after a role */
    MASKS("Ik sprak Jan al-gemeen.", "Ik sprak [NAAM] al-gemeen.");
    KEEPS("Mijn buurman altijd Hoge Weg.");
    KEEPS("De agent gisteren Rotterdam Zuid.");
}

/* Session 31 (names21): a desk named by its organisation ("GGD-balie") is no thing named
 * after the person before it, as "Anne Frank-huis" is. */
static void a_desk_named_by_its_organisation(void **state) {
    (void)state;
    MASKS("Ik sprak Noor van de GGD-balie.", "Ik sprak [NAAM] van de GGD-balie.");
    KEEPS("Ik ging naar het Anne Frank-huis.");
}

/* Session 32 (names22): a maker, a trainer, a buddy, a pupil or a ship's pilot named by the
 * role before the name, as a teacher is; the shed ("loods") and the role alone stay. */
static void roles_of_makers_pupils_and_pilots(void **state) {
    (void)state;
    MASKS("Orgelbouwer Kalani Kahale stemt het orgel.", "Orgelbouwer [NAAM] stemt het orgel.");
    MASKS("Hockeytrainer Kalolaine Vaipulu vraagt om licht.",
          "Hockeytrainer [NAAM] vraagt om licht.");
    MASKS("Mijn taalmaatje Dilnoza Yusupova helpt mij.", "Mijn taalmaatje [NAAM] helpt mij.");
    MASKS("Haar leerling Tahmina Rezaei komt morgen langs.",
          "Haar leerling [NAAM] komt morgen langs.");
    MASKS("Loods Hákun Dalsgaard belt over het schip.", "Loods [NAAM] belt over het schip.");
    KEEPS("De loods aan de kade staat leeg.");
    KEEPS("Onze leerling krijgt bijles.");
}

/* Session 32 (names22): after a cue for a person and a listed first name, one word the keep
 * list holds as a place or a firm is the surname (Maas, Heijmans); a number or more
 * capitalised words after it say an address or a place. */
static void a_place_or_a_firm_as_the_surname_after_a_cue(void **state) {
    (void)state;
    MASKS("Onze dirigent Wilma Maas is ziek.", "Onze dirigent [NAAM] is ziek.");
    MASKS("Volgens ing. Sander Heijmans is de brug veilig.",
          "Volgens ing. [NAAM] is de brug veilig.");
    MASKS("We liepen met oma Greet Maas 12 voorbij.", "We liepen met oma [NAAM] Maas 12 voorbij.");
    MASKS("gesproken met Anna Holland Casino.", "gesproken met [NAAM] Holland Casino.");
}

/* Session 32 (names22): what bears a name and is no person: a convent or an abbey after a
 * sister's name, a sports hall and a shop by their compound's head, a newspaper cited after
 * "volgens de", and a place whose name opens with "Den" after "van"; the persons beside
 * them stay masked. */
static void convents_halls_shops_newspapers_and_den_places(void **state) {
    (void)state;
    MASKS("Pater Gerard van het Klooster Sion belt over de parkeerplaats.",
          "Pater [NAAM] van het Klooster Sion belt over de parkeerplaats.");
    MASKS("Contact: Sanne de Bruin, Basketballhal Oosterwei.",
          "Contact: [NAAM], Basketballhal Oosterwei.");
    KEEPS("Ik kocht het bij Fietsenzaak De Groot.");
    KEEPS("Volgens de Stentor is de brug dicht.");
    KEEPS("Mijn tante woont in de buurt van Den Burg op Texel.");
    MASKS("Volgens de Jong is de brug dicht.", "Volgens [NAAM] is de brug dicht.");
    MASKS("Volgens De Wit is de brug dicht.", "Volgens [NAAM] is de brug dicht.");
    MASKS("Dit is de auto van den Berg.", "Dit is de auto [NAAM].");
}

/* Session 32 (names22): a pair no list knows told a person's by what surrounds it: a speech
 * or a memo by or from someone, whom one helps, the spoken possessive ("[NAAM] zijn
 * sleutels"), and a Catalan name's two surnames joined by "i"; an organisation, a place
 * and a memo of a board stay. */
static void pairs_told_by_speeches_help_and_possessives(void **state) {
    (void)state;
    MASKS("Openingstoespraak door Tsegaye Wolde op het buurtfeest.",
          "Openingstoespraak door [NAAM] op het buurtfeest.");
    MASKS("Memo van Tsholofelo Dube over de parkeerkaart.",
          "Memo van [NAAM] over de parkeerkaart.");
    MASKS("Ons team helpt Tsholofelo Dube met de aanvraag.",
          "Ons team helpt [NAAM] met de aanvraag.");
    MASKS("Ik denk dat Tsegaye Wolde zijn sleutels kwijt is.",
          "Ik denk dat [NAAM] zijn sleutels kwijt is.");
    MASKS("Mijn buurman Oriol Soler i Roca belt morgen.", "Mijn buurman [NAAM] belt morgen.");
    KEEPS("Lezing door de wethouder over de begroting.");
    KEEPS("De gemeente helpt Stichting Humanitas met geld.");
    KEEPS("Wij vinden dat Nieuw Zuid zijn charme verliest.");
    KEEPS("Het memo van de directie kwam gisteren.");
}

/* Session 32 (names22): a first name that the keep list holds as an organisation's acronym
 * ("Ad", the newspaper AD) goes on into its particles and surname after a title, and one's
 * own name may open with a parenthesis after "ik"; the newspaper, a department after the
 * surname and a building in parentheses stay. */
static void a_first_name_like_an_acronym_and_ones_name_in_parentheses(void **state) {
    (void)state;
    MASKS("Gesproken met de heer Ad van Bommel over de heg.",
          "Gesproken met de heer [NAAM] over de heg.");
    MASKS("Ik (Tsegaye Wolde, uit Ethiopie) bel morgen.", "Ik ([NAAM], uit Ethiopie) bel morgen.");
    MASKS("Dhr. Erasmus van de gemeente belde.", "Dhr. [NAAM] van de gemeente belde.");
    KEEPS("Ik (Groot Handelsgebouw, derde etage) werk daar.");
    KEEPS("Volgens het AD van gisteren is de brug dicht.");
}

/* Session 33 (names23), names-dev36's classes: a driver by the compound's head, a caller, a
 * reporter or an applicant named by the noun (not only by a label), a club's contact after
 * its colon; whom an appointment is for, whose initiative or record it is; a second person
 * after "en" whose surname is a listed word. Each in other words too; the look-alikes
 * (the noun alone, an organisation after it, a thing's appointment) stay. */
static void drivers_callers_appointments_and_initiatives(void **state) {
    (void)state;
    MASKS("De taxichauffeur Tendai Moyo bracht mijn vader thuis.",
          "De taxichauffeur [NAAM] bracht mijn vader thuis.");
    MASKS("Vrachtwagenchauffeur Siosaia Fifita meldt een kuil in de weg.",
          "Vrachtwagenchauffeur [NAAM] meldt een kuil in de weg.");
    MASKS("Terugbellen: melder Siosaia Fifita wil uitleg over de boete.",
          "Terugbellen: melder [NAAM] wil uitleg over de boete.");
    MASKS("Notitie: beller Tendai Moyo belt voor zijn vader.",
          "Notitie: beller [NAAM] belt voor zijn vader.");
    KEEPS("De melder houdt de hond vast tot de politie er is.");
    MASKS("De aanvrager Nodira Yusupova wacht al zes weken.",
          "De aanvrager [NAAM] wacht al zes weken.");
    MASKS("Het koor (contact: Ama Owusu) zoekt een zaal.",
          "Het koor (contact: [NAAM]) zoekt een zaal.");
    MASKS("Afspraak voor Tendai Moyo bij de schuldhulp.",
          "Afspraak voor [NAAM] bij de schuldhulp.");
    MASKS("Intakeafspraak voor Nodira Yusupova op dinsdag.",
          "Intakeafspraak voor [NAAM] op dinsdag.");
    MASKS("De actie is gestart door Siosaia Fifita.", "De actie is gestart door [NAAM].");
    MASKS("Dagboek van Nodira Yusupova: lekkage in de badkamer.",
          "Dagboek van [NAAM]: lekkage in de badkamer.");
    MASKS("De actie is opgezet door Siosaia Fifita en Tendai Kok.",
          "De actie is opgezet door [NAAM] en [NAAM].");
    KEEPS("De beller was erg boos over de bon.");
    KEEPS("Contact: Wijkteam Noord, telefoon 14 010.");
    KEEPS("De chauffeur van lijn 32 reed door rood.");
    KEEPS("Afspraak voor het paspoort staat op vrijdag.");
    KEEPS("De moestuin is opgericht door Woonstad Rotterdam.");
    KEEPS("Het logboek van de brug is kwijt.");
    KEEPS("Ik werk bij Jansen en Zonen.");
}

/* Session 33 (names23), names-dev36's classes: what a name may not run into and what may
 * open one. A shop by the French noun of its trade and a building trade after its owner's
 * name stay; a person "van" a building's compound with a name of its own is named apart
 * from it; "in" or "op" before a capitalised word without an article is where one is, not
 * a surname's particle; after a title a first name that is also a function word opens the
 * name when a listed surname follows. */
static void shops_workplaces_places_and_first_names_like_words(void **state) {
    (void)state;
    KEEPS("Bij Patisserie Van Dongen aan de Markt is de stoep kapot.");
    KEEPS("De offerte van Bakker Isolatie was te duur.");
    MASKS("Mevrouw Valerie Smit belde over de tuin.", "Mevrouw [NAAM] belde over de tuin.");
    MASKS("Ahmed Bouzid van Sportcentrum De Wilgen belde over de sleutels.",
          "[NAAM] van Sportcentrum De Wilgen belde over de sleutels.");
    KEEPS("Wij gaan naar de Anne Frankschool aan de Kerkweg.");
    MASKS("Ik ging met dhr. Kees Wouters in Oosterwolde kijken.",
          "Ik ging met dhr. [NAAM] in Oosterwolde kijken.");
    MASKS("De melding van mw. Anna Postma op Terschelling is doorgestuurd.",
          "De melding van mw. [NAAM] op Terschelling is doorgestuurd.");
    MASKS("Mevrouw Petra in 't Veld belde.", "Mevrouw [NAAM] belde.");
    MASKS("Meneer Jan op den Akker belde.", "Meneer [NAAM] belde.");
    MASKS("mevrouw Door de Wit belt morgen terug.", "mevrouw [NAAM] belt morgen terug.");
    MASKS("Dhr. Wil Verbeek wacht op antwoord.", "Dhr. [NAAM] wacht op antwoord.");
    KEEPS("Mevrouw Door de week werkt ze.");
}

/* Session 33 (names23), names-dev36's and names-dev35's classes: a pair set off by commas
 * after a noun that only its ending makes a person's ("de sommelier", "de fietsenmaker"),
 * with whose it is or not; a single unlisted word after "van" that ends a listed first
 * name and surname is one's employer; a name said again right after a kept word is the
 * shop's named after the person; a user name that glues a first name to ordinary words by
 * '_' is a persona. The look-alikes stay: a car's make after a name, a firm in apposition,
 * a listed surname after "van", a user name of a first name and a surname or digits. */
static void roles_by_ending_employers_shops_and_personas(void **state) {
    (void)state;
    MASKS("De sommelier van Restaurant Vinea, Tendai Moyo, werd bedreigd.",
          "De sommelier van Restaurant Vinea, [NAAM], werd bedreigd.");
    MASKS("De fietsenmaker, Siosaia Fifita, repareerde de band.",
          "De fietsenmaker, [NAAM], repareerde de band.");
    MASKS("De bezorger van Bol, Tendai Moyo, liet het pakket achter.",
          "De bezorger van Bol, [NAAM], liet het pakket achter.");
    MASKS("De monteur Jelle Visser van Kone is onderweg.",
          "De monteur [NAAM] van Kone is onderweg.");
    MASKS("De loodgieter Kees Smit van Voltera komt morgen.",
          "De loodgieter [NAAM] van Voltera komt morgen.");
    MASKS("Mijn buurvrouw Mele Taufa heeft een zaak: Knip & Kleur Mele aan de Markt.",
          "Mijn buurvrouw [NAAM] heeft een zaak: Knip & Kleur Mele aan de Markt.");
    KEEPS("Op het forum schreef Anna_bloemen dat de bank kapot is.");
    KEEPS("Forumpost door Piet_fietsenmaker: wie weet meer?");
    KEEPS("De winnaar, Feyenoord Rotterdam, kreeg de beker.");
    KEEPS("De eigenaar van het pand, Vesteda Groep, reageert niet.");
    MASKS("monteur Jelle Visser van Dam is onderweg.", "monteur [NAAM] is onderweg.");
    MASKS("Mijn buurman Mele Taufa zegt dat Mele ziek is.",
          "Mijn buurman [NAAM] zegt dat [NAAM] ziek is.");
    MASKS("Gebruiker Marieke_1980 schreef dat de bus niet reed.",
          "Gebruiker [NAAM]_1980 schreef dat de bus niet reed.");
}

/* Session 33 (names23): a function word as the surname after a particle only surnames take
 * ("ter Haar", names-dev27); an animal introduced in its own voice ("Woef, ik ben ...",
 * names-dev36) or as whom an owner is sought for ("een baasje voor ...", names-dev29);
 * whom a message is from after its label and colon ("Melding: [NAAM] ziet", names-dev30).
 * Each in other words too; "ter info", a person introducing themself, a person's owner's
 * name and a label's ordinary words stay as they were. */
static void old_particles_pets_and_messages_by_label(void **state) {
    (void)state;
    MASKS("Brief van mr. Anouk ter Haar over de erfpacht.",
          "Brief van mr. [NAAM] over de erfpacht.");
    MASKS("Dhr. Ter Haar belde.", "Dhr. [NAAM] belde.");
    MASKS("Gesproken met Jan ter Haar over de boom.", "Gesproken met [NAAM] over de boom.");
    KEEPS("Ter info: de brug is dicht.");
    KEEPS("Woef, ik ben Bobby en ik zoek een baasje.");
    KEEPS("Miauw! Ik heet Minoes en ik ben zoek.");
    KEEPS("Kwak, ik ben Donald en ik woon in de vijver.");
    MASKS("Hoi, ik ben Bobby en ik woon hier.", "Hoi, ik ben [NAAM] en ik woon hier.");
    KEEPS("Het asiel zoekt een baasje voor Max, Luna en Kees.");
    KEEPS("We zoeken baasjes voor Tommie of Bella.");
    MASKS("Mijn baasje Desmond Alleyne wil een zebrapad.", "Mijn baasje [NAAM] wil een zebrapad.");
    MASKS("Melding: Tendai Moyo ziet een kapotte lamp.", "Melding: [NAAM] ziet een kapotte lamp.");
    MASKS("Bericht: Siosaia Fifita belt morgen terug.", "Bericht: [NAAM] belt morgen terug.");
    KEEPS("Melding: Kapotte Lantaarnpaal in de straat.");
    KEEPS("Melding: Hoogvliet Noord heeft last van ratten.");
}

/* Issue 12, session 34 (names24): names-dev37's classes, each in other words. */
static void origins_postscripts_calls_compound_roles_and_opening_pairs(void **state) {
    (void)state;
    /* origins the lists lacked: Punjabi (a surname ending as a street does, "-wal"),
     * Tibetan, Hawaiian, Greenlandic with a Danish patronymic, a Polish short form */
    MASKS("Gisteren belde Manpreet Dhillon over de container.",
          "Gisteren belde [NAAM] over de container.");
    MASKS("Volgens mij heeft Navdeep Dhaliwal gebeld.", "Volgens mij heeft [NAAM] gebeld.");
    MASKS("Vandaag kwam Rinchen Norbu langs voor een paspoort.",
          "Vandaag kwam [NAAM] langs voor een paspoort.");
    MASKS("Gisteren zag ik Kalani Kealoha bij de bushalte.",
          "Gisteren zag ik [NAAM] bij de bushalte.");
    MASKS("Vandaag belde Aviaja Petersen over de stoep.", "Vandaag belde [NAAM] over de stoep.");
    MASKS("Ik heb Maciek gisteren gebeld over de boom.",
          "Ik heb [NAAM] gisteren gebeld over de boom.");
    /* Korean, a given name with its romanisation's hyphen */
    MASKS("Vanochtend belde Min-jun Choi over de parkeervergunning.",
          "Vanochtend belde [NAAM] over de parkeervergunning.");
    KEEPS("De vereniging Vrienden van het Park vergadert.");
    /* a given name that is also a word only with evidence; a saint after "Sint" or "St." */
    KEEPS("Dat is slecht voor je karma.");
    KEEPS("Karma bestaat niet, zegt mijn buurman.");
    KEEPS("Bij Sint Jozef is de ingang kapot.");
    KEEPS("De St. Antonius in Utrecht is verbouwd.");
    /* a closing mid-text signed before a postscript */
    MASKS("De bank is kapot. Groet, Tavita Oloapu. Zie ook mijn vorige mail.",
          "De bank is kapot. Groet, [NAAM]. Zie ook mijn vorige mail.");
    MASKS("Het licht is kapot. Met vriendelijke groet, Ahanu Tsosie. PS: ook bij nummer 4.",
          "Het licht is kapot. Met vriendelijke groet, [NAAM]. PS: ook bij nummer 4.");
    KEEPS("Dank. Groeten aan Team Noord. Zie ook de bijlage.");
    KEEPS("Groeten uit Spanje. Tot snel.");
    /* a call or a message by phone from someone */
    MASKS("Zie ook het telefoontje van Tavita Oloapu.", "Zie ook het telefoontje van [NAAM].");
    MASKS("Er kwam een belletje van Ahanu Tsosie over de stoep.",
          "Er kwam een belletje van [NAAM] over de stoep.");
    /* a role by a compound whose last part is a role word, and a role written with its
     * accent ("conciërge") */
    MASKS("Nachtportier Tavita Oloapu meldt een lekkage.",
          "Nachtportier [NAAM] meldt een lekkage.");
    MASKS("Gisteren zei de schoolconciërge Ahanu Tsosie dat het lekt.",
          "Gisteren zei de schoolconciërge [NAAM] dat het lekt.");
    MASKS("De conciërge Ahanu Tsosie belde.", "De conciërge [NAAM] belde.");
    /* a pair opening its sentence before "en" or "of" and a name; a kin word of two letters
     * capitalised before a name in such a list */
    MASKS("Tavita Oloapu en Lisa de Bruin vragen om een tolk.",
          "[NAAM] en [NAAM] vragen om een tolk.");
    MASKS("Ahanu Tsosie of Jan Smit belt morgen terug.", "[NAAM] of [NAAM] belt morgen terug.");
    MASKS("Kou Moua en Pa Chue Khang vragen om een tolk.", "[NAAM] en [NAAM] vragen om een tolk.");
    MASKS("Albert Heijn en Jan Jansen zijn dicht.", "Albert Heijn en [NAAM] zijn dicht.");
    KEEPS("Mijn broer en Pa gaan samen.");
    /* "son of" between two names no list holds: the Welsh "ap", the Arabic "ould" before a
     * first name; German's "ich bin" is no such word */
    MASKS("Gisteren belde Dafydd ap Llywelyn over de boom.", "Gisteren belde [NAAM] over de boom.");
    MASKS("Gisteren belde Sidi ould Brahim over de boom.", "Gisteren belde [NAAM] over de boom.");
    KEEPS("Het ap bestand is kapot.");
}

static void appositions_double_surnames_choirs_pets_and_figures_houses(void **state) {
    (void)state;
    /* the Filipino "of the" as one word between the names */
    MASKS("Ligaya Dela Rosa werkt hier sinds mei.", "[NAAM] werkt hier sinds mei.");
    MASKS("Gisteren belde Marivic Delos Reyes over de stoep.",
          "Gisteren belde [NAAM] over de stoep.");
    /* an accent Dutch does not write makes no Dutch word of a name ("Román" is no novel),
     * and two surnames no list holds after a first name, as Spanish names carry them */
    MASKS("Ixchel Román belde over de stoep.", "[NAAM] belde over de stoep.");
    MASKS("Anacaona Barón Quispe belde over de stoep.", "[NAAM] belde over de stoep.");
    MASKS("Tupac Galán Ortiz wil zijn dochter inschrijven.",
          "[NAAM] wil zijn dochter inschrijven.");
    KEEPS("De dokter zag iets aan de colon van mijn vader.");
    /* a pair opening its sentence, an apposition set off by commas, and a person's verb or
     * the apposition one bare noun of a trade */
    MASKS("Tavita Oloapu, loodgieter, repareert de kraan.",
          "[NAAM], loodgieter, repareert de kraan.");
    MASKS("Ntombi Zulu, verpleegkundige in Gouda, belde gisteren.",
          "[NAAM], verpleegkundige in Gouda, belde gisteren.");
    KEEPS("Hotel Okura, vijf sterren, belde.");
    KEEPS("Tavita Oloapu, trouwens, is een eiland.");
    /* a greeting that is a first name too ("Lieve") before such a person: the first name */
    MASKS("Lieve Mertens, pianostemmer, belde gisteren.", "[NAAM], pianostemmer, belde gisteren.");
    MASKS("Lieve Kiona Whitehorse, tolk, belde gisteren.", "[NAAM], tolk, belde gisteren.");
    MASKS("Lieve Ans, wil je de brief lezen?", "Lieve [NAAM], wil je de brief lezen?");
    /* a pair before "en" and a name whose surname ends as a listed first name does */
    MASKS("Kerensa Olivers en Pieter de Vries kwamen langs.", "[NAAM] en [NAAM] kwamen langs.");
    /* pets listed after a colon, the late one among them */
    KEEPS("Wij betalen belasting voor twee katten: Sanne en wijlen Max.");
    KEEPS("De buurvrouw heeft drie paarden: Bella, Sophie en Noor.");
    KEEPS("Onze hamsters: Sanne en wijlen Pieter.");
    MASKS("Namens de kinderen: Sanne en Kees.", "Namens de kinderen: [NAAM] en [NAAM].");
    /* a choir and an orchestra by their compound's end */
    KEEPS("Bij Kinderkoor Yvette ontbreekt een dirigent.");
    KEEPS("Morgen speelt Strijkorkest Emma in de kerk.");
    MASKS("De koorleider Anna Smit belde.", "De koorleider [NAAM] belde.");
    /* a house named after a figure of history the keep list holds */
    KEEPS("De bus naar Anne Frankhuis rijdt niet.");
    KEEPS("Het bordje Piet Heynhuis hangt scheef.");
    MASKS("Gisteren belde Anne Frankema.", "Gisteren belde [NAAM].");
}

int main(void) {
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(titles_mask_the_name_not_the_title),
        cmocka_unit_test(relations_and_introductions),
        cmocka_unit_test(initials_particles_and_lookup),
        cmocka_unit_test(greetings_fields_and_signatures),
        cmocka_unit_test(streets_places_and_organisations_stay),
        cmocka_unit_test(what_is_no_prose_and_what_names_a_building),
        cmocka_unit_test(hurried_and_sloppy_writing),
        cmocka_unit_test(sentence_initial_capitals_are_no_evidence),
        cmocka_unit_test(look_alikes_of_titles_relations_and_streets),
        cmocka_unit_test(signatures_shorthand_and_addressees),
        cmocka_unit_test(look_alikes_in_other_writers_text),
        cmocka_unit_test(places_and_businesses_that_are_names),
        cmocka_unit_test(streets_by_house_number_and_preposition),
        cmocka_unit_test(places_by_preposition_postcode_and_van),
        cmocka_unit_test(things_named_after_persons),
        cmocka_unit_test(hospitals_prepositions_and_places_after_titles),
        cmocka_unit_test(partners_and_seniors),
        cmocka_unit_test(closings_in_a_line_staff_and_alexander),
        cmocka_unit_test(word_names_labels_and_where_one_lives_or_works),
        cmocka_unit_test(a_person_before_an_address_and_streets_in_lower_case),
        cmocka_unit_test(signed_for_a_group_departments_and_surnames_that_are_relations),
        cmocka_unit_test(appositions_signers_and_business_names),
        cmocka_unit_test(lower_case_names_after_titles_and_roles),
        cmocka_unit_test(organisations_after_roles_introductions_and_de_heer),
        cmocka_unit_test(accented_names_surnames_that_are_words_and_met),
        cmocka_unit_test(lower_case_appositions_signers_and_labels),
        cmocka_unit_test(org_titles_labels_and_letter_headers),
        cmocka_unit_test(introductions_and_lower_case_initials),
        cmocka_unit_test(firms_by_legal_form_and_ampersand),
        cmocka_unit_test(where_one_lives_after_a_name),
        cmocka_unit_test(a_listed_surname_after_an_office_is_a_person),
        cmocka_unit_test(hier_is_introduces_a_caller),
        cmocka_unit_test(institutions_named_by_a_first_name),
        cmocka_unit_test(told_to_and_together_with),
        cmocka_unit_test(firms_by_legal_form_in_initials_and_trade_compounds),
        cmocka_unit_test(organisations_take_their_adjectives),
        cmocka_unit_test(kin_compounds_and_english_relations),
        cmocka_unit_test(two_names_joined_by_of),
        cmocka_unit_test(hyphenated_first_names),
        cmocka_unit_test(voicemail_hesitations),
        cmocka_unit_test(a_capital_particle_after_an_office),
        cmocka_unit_test(signed_in_capitals),
        cmocka_unit_test(a_first_name_that_is_a_function_word),
        cmocka_unit_test(a_word_surname_after_a_first_name),
        cmocka_unit_test(cues_in_capitals),
        cmocka_unit_test(a_word_surname_after_a_lower_case_first_name),
        cmocka_unit_test(spoken_e_mail_addresses),
        cmocka_unit_test(a_noun_surname_before_any_word),
        cmocka_unit_test(an_unlisted_name_after_a_cue_in_capitals),
        cmocka_unit_test(spoken_e_mail_address_variants),
        cmocka_unit_test(portuguese_particles),
        cmocka_unit_test(a_noun_surname_after_a_title),
        cmocka_unit_test(a_street_stops_at_an_organisation),
        cmocka_unit_test(van_after_a_whole_name_names_the_employer),
        cmocka_unit_test(a_lower_case_organisation_names_what_follows),
        cmocka_unit_test(a_hyphenated_building),
        cmocka_unit_test(an_unlisted_first_name_before_a_name),
        cmocka_unit_test(a_name_quoted_after_naam),
        cmocka_unit_test(an_article_before_a_first_name),
        cmocka_unit_test(a_word_first_name_from_a_desk),
        cmocka_unit_test(a_caller_named_in_lower_case),
        cmocka_unit_test(a_noun_surname_after_a_relation_noun),
        cmocka_unit_test(informal_sign_offs_and_double_surnames),
        cmocka_unit_test(a_name_field_holds_a_name_in_any_case),
        cmocka_unit_test(a_name_comes_back_alone),
        cmocka_unit_test(a_surname_that_names_a_place),
        cmocka_unit_test(names_the_lists_lack_after_an_introduction),
        cmocka_unit_test(senders_and_places_named_after_someone),
        cmocka_unit_test(buildings_named_after_someone_open_a_sentence),
        cmocka_unit_test(diminutives_and_first_names_of_two),
        cmocka_unit_test(nicknames_in_quotes),
        cmocka_unit_test(frisian_and_brabant_forms_of_names),
        cmocka_unit_test(languages_after_an_interpreter),
        cmocka_unit_test(a_month_that_is_a_name_after_a_greeting),
        cmocka_unit_test(dash_signatures_and_abbreviated_particles),
        cmocka_unit_test(months_honorifics_and_real_names),
        cmocka_unit_test(handles_that_are_names),
        cmocka_unit_test(ships_and_brands_named_after_someone),
        cmocka_unit_test(care_homes_and_story_characters),
        cmocka_unit_test(a_business_named_by_its_apposition),
        cmocka_unit_test(first_names_the_lists_lack_before_particles),
        cmocka_unit_test(a_surname_the_lists_lack_twice_in_lower_case),
        cmocka_unit_test(names_written_surname_first),
        cmocka_unit_test(the_writer_names_himself_after_ik),
        cmocka_unit_test(patronymics_the_lists_lack),
        cmocka_unit_test(buildings_named_with_a_hyphen),
        cmocka_unit_test(a_greeting_with_its_accent),
        cmocka_unit_test(tamil_names),
        cmocka_unit_test(names_of_more_origins),
        cmocka_unit_test(places_named_after_a_whole_name),
        cmocka_unit_test(letters_spelt_out),
        cmocka_unit_test(guide_dogs_ships_and_clergy),
        cmocka_unit_test(initials_before_a_number),
        cmocka_unit_test(a_person_named_like_a_shop_or_a_museum),
        cmocka_unit_test(animals_ships_and_feasts_named_like_people),
        cmocka_unit_test(nicknames_capitals_and_students),
        cmocka_unit_test(attendance_lists_and_name_columns),
        cmocka_unit_test(an_acronym_after_a_name_and_a_boat),
        cmocka_unit_test(a_role_before_a_name),
        cmocka_unit_test(clubs_salons_and_eateries_named_after_someone),
        cmocka_unit_test(a_pair_beside_a_name_is_a_second_person),
        cmocka_unit_test(a_full_name_before_van_and_a_firm_is_its_worker),
        cmocka_unit_test(a_titled_person_of_a_firm_keeps_the_firm),
        cmocka_unit_test(businesses_boats_and_cars_named_like_people),
        cmocka_unit_test(pairs_no_list_knows_named_by_context),
        cmocka_unit_test(double_surnames_with_a_place_half),
        cmocka_unit_test(names_told_by_trade_lead_kin_and_language),
        cmocka_unit_test(houses_firms_and_verbs_named_like_people),
        cmocka_unit_test(mentions_agencies_archives_and_costumes),
        cmocka_unit_test(provinces_and_their_broadcasters),
        cmocka_unit_test(names_of_the_world_and_what_is_named_after_them),
        cmocka_unit_test(street_endings_before_a_full_stop),
        cmocka_unit_test(names_told_by_lists_sign_offs_and_patronyms),
        cmocka_unit_test(organs_kings_streets_and_partners_firms),
        cmocka_unit_test(in_whose_name_and_who_ones_kin_is),
        cmocka_unit_test(an_article_on_a_surname_and_a_roles_field),
        cmocka_unit_test(a_desk_named_by_its_organisation),
        cmocka_unit_test(roles_of_makers_pupils_and_pilots),
        cmocka_unit_test(a_place_or_a_firm_as_the_surname_after_a_cue),
        cmocka_unit_test(convents_halls_shops_newspapers_and_den_places),
        cmocka_unit_test(pairs_told_by_speeches_help_and_possessives),
        cmocka_unit_test(a_first_name_like_an_acronym_and_ones_name_in_parentheses),
        cmocka_unit_test(drivers_callers_appointments_and_initiatives),
        cmocka_unit_test(shops_workplaces_places_and_first_names_like_words),
        cmocka_unit_test(roles_by_ending_employers_shops_and_personas),
        cmocka_unit_test(old_particles_pets_and_messages_by_label),
        cmocka_unit_test(origins_postscripts_calls_compound_roles_and_opening_pairs),
        cmocka_unit_test(syllables_particles_couples_pets_and_roles),
        cmocka_unit_test(labels_kin_by_role_daughters_of_firms_and_figures),
        cmocka_unit_test(appositions_double_surnames_choirs_pets_and_figures_houses),
        cmocka_unit_test(an_official_before_a_place_and_a_shop_by_its_trade_or_kiosk),
        cmocka_unit_test(bad_input),
        cmocka_unit_test(list_errors),
        cmocka_unit_test(the_loaded_lists_hold_little_more_than_a_slot_of_16_bytes),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
