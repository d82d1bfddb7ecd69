/* simulate_text.c - what simulated citizens are and say: the templates, their words, and
 * the people behind them. */
#include "simulate_text.h"

#include <stdio.h>
#include <string.h>

#include "ident.h"

typedef struct tmpl {
    const char *theme, *kind, *text;
    int critical; /* the processor reads it as critical (act today): drawn at LL_SIM_CRITICAL_SHARE */
} tmpl;

/* {s} a street, {d} a number of days, {w} a weekday. Wording varies on purpose. */
static const tmpl templates[] = {
    {"afval", "complaint", "De container in de {s} is al {d} dagen niet geleegd. Het stinkt enorm.",
     0},
    {"afval", "complaint",
     "alweer niet opgehaald het grofvuil in de {s}, ik heb {w} gebeld maar er gebeurt niks", 0},
    {"afval", "report", "Er staat een overvolle afvalcontainer bij de {s}, zakken ernaast.", 0},
    {"afval", "question", "Wanneer wordt het oud papier opgehaald in de {s}?", 0},
    {"afval", "report", "Iemand heeft bij de {s} huisvuil gedumpt, matrassen en een bank.", 0},
    {"openbare-ruimte", "report",
     "Lantaarnpaal in de {s} is al {d} dagen kapot, het is donker en onveilig.", 0},
    {"openbare-ruimte", "report",
     "Losliggende stoeptegels voor nummer 12 in de {s}, mijn moeder is gestruikeld.", 0},
    {"openbare-ruimte", "complaint",
     "Het onkruid in het plantsoen aan de {s} wordt nooit bijgehouden.", 0},
    {"openbare-ruimte", "compliment",
     "Wat is het speeltuintje in de {s} mooi opgeknapt, dank jullie wel!", 0},
    {"parkeren", "complaint",
     "Ik heb een parkeerboete gekregen terwijl mijn parkeervergunning gewoon geldig was.", 0},
    {"parkeren", "question", "Hoe vraag ik een bezoekersvergunning aan voor de {s}?", 0},
    {"parkeren", "complaint",
     "Nooit een parkeerplek in de {s} sinds de nieuwe regels, belachelijk.", 0},
    {"verkeer", "report", "Het verkeerslicht op de kruising bij de {s} staat steeds op rood.", 0},
    {"verkeer", "complaint",
     "Auto's rijden veel te hard door de {s}, er spelen kinderen. Doe er iets aan!", 0},
    {"verkeer", "suggestion", "Kan er een zebrapad komen bij de school aan de {s}?", 0},
    {"overlast", "complaint",
     "Elke nacht geluidsoverlast van de buren in de {s}, ik slaap al {d} dagen slecht.", 0},
    {"overlast", "complaint",
     "Hangjongeren bij het winkelcentrum aan de {s}, ze intimideren mensen.", 0},
    {"overlast", "report", "Sterke stank van de fabriek, al sinds {w}, hele {s} ruikt het.", 0},
    {"belastingen", "objection",
     "Ik ga niet akkoord met de WOZ-waarde van mijn woning, die is veel te hoog.", 0},
    {"belastingen", "question",
     "Ik begrijp de aanslag gemeentelijke belastingen niet, waarom is de afvalstoffenheffing "
     "hoger?",
     0},
    {"belastingen", "complaint",
     "Mijn kwijtschelding is afgewezen zonder uitleg, ik heb echt geen geld.", 0},
    {"inkomen", "complaint",
     "Mijn bijstandsuitkering is niet uitbetaald en ik heb geen eten meer voor de kinderen.", 1},
    {"inkomen", "question",
     "Kom ik in aanmerking voor bijzondere bijstand voor een nieuwe wasmachine?", 0},
    {"inkomen", "complaint",
     "Al {d} dagen wacht ik op een reactie over mijn schulden, de deurwaarder staat voor de deur.",
     0},
    {"zorg", "complaint",
     "De thuiszorg voor mijn vader is gestopt en niemand belt terug over de Wmo.", 0},
    {"zorg", "question", "Hoe vraag ik een scootmobiel aan via de Wmo?", 0},
    {"zorg", "compliment", "De wijkverpleging is geweldig, mijn moeder wordt heel goed geholpen.",
     0},
    {"wonen", "complaint",
     "Schimmel in de badkamer en de verhuurder doet niets, mijn kinderen worden ziek.", 0},
    {"wonen", "question", "Hoe lang is de wachttijd voor een sociale huurwoning?", 0},
    {"wonen", "complaint",
     "Ik heb een brief gekregen over ontruiming volgende week, ik weet niet waar ik heen moet.", 1},
    {"vergunningen", "question", "Heb ik een omgevingsvergunning nodig voor een dakkapel?", 0},
    {"vergunningen", "complaint",
     "Mijn aanvraag voor een evenementenvergunning ligt al {d} dagen stil.", 0},
    {"burgerzaken", "question",
     "Ik wil een afspraak maken voor een nieuw paspoort, maar er is geen plek.", 0},
    {"burgerzaken", "complaint",
     "Mijn verhuizing is nog steeds niet verwerkt in de basisregistratie.", 0},
    {"bejegening", "complaint",
     "De medewerker aan de balie was onbeleefd en luisterde niet naar mij.", 0},
    {"bejegening", "compliment", "Heel vriendelijk geholpen door de medewerker, echt fijn.", 0},
    {"bereikbaarheid", "complaint", "Ik hang al een uur in de wacht bij 14 010, niemand neemt op.",
     0},
    {"bereikbaarheid", "complaint", "Er wordt nooit teruggebeld terwijl dat wel beloofd is.", 0},
    {"digitaal", "complaint", "Inloggen met DigiD op de website lukt niet, steeds een foutmelding.",
     0},
    {"digitaal", "suggestion", "Maak het formulier op de website ook geschikt voor de telefoon.",
     0},
};
#define NTEMPLATES (sizeof(templates) / sizeof(templates[0]))

/* Streets by the wijk of the signal's postcode (config/areas-rotterdam.tsv), so a spike in
 * Feijenoord quotes streets of Feijenoord (user check of 12-01: Kleiweg and Korte Hoogstraat in
 * its quotes). A wijk not listed here (another municipality's table) gets "straat". */
static const struct {
    const char *wijk;
    const char *streets[6];
} wijk_streets[] = {
    {"Stadscentrum", {"Korte Hoogstraat", "Lijnbaan", "Witte de Withstraat", "Meent"}},
    {"Feijenoord",
     {"Beijerlandselaan", "Groene Hilledijk", "Putselaan", "Hillevliet", "Pretorialaan",
      "Oranjeboomstraat"}},
    {"Charlois", {"Dorpsweg", "Slinge", "Wolphaertsbocht", "Boergoensevliet"}},
    {"Delfshaven", {"Mathenesserlaan", "Schiedamseweg", "Nieuwe Binnenweg", "Spanjaardstraat"}},
    {"Noord", {"Zwart Janstraat", "Noordsingel", "Bergweg", "Vijverhofstraat"}},
    {"Kralingen-Crooswijk", {"Oudedijk", "Kralingse Plaslaan", "Boezemsingel"}},
    {"Hillegersberg-Schiebroek", {"Kleiweg", "Straatweg", "Peppelweg"}},
    {"Prins Alexander", {"Hesseplaats", "Ommoordseweg", "Prins Alexanderlaan"}},
    {"IJsselmonde", {"Keizerswaard", "Spinozaweg", "Herenwaard"}},
    {"Overschie", {"Overschiese Dorpsstraat", "Burgemeester Baumannlaan"}},
    {"Hoogvliet", {"Binnenban", "Hoogvlietsekerkweg"}},
    {"Pernis", {"Pastoriedijk"}},
    {"Hoek van Holland", {"Prins Hendrikstraat"}},
};
#define NWIJKEN (int)(sizeof(wijk_streets) / sizeof(wijk_streets[0]))

int ll_sim_wijk_index(const char *wijk) {
    for (int i = 0; wijk && i < NWIJKEN; i++)
        if (!strcmp(wijk_streets[i].wijk, wijk))
            return i;
    return -1;
}

const char *const *ll_sim_streets(int wijk, int *n) {
    static const char *const none[] = {"straat"};
    if (wijk < 0 || wijk >= NWIJKEN) {
        *n = 1;
        return none;
    }
    for (*n = 0; *n < 6 && wijk_streets[wijk].streets[*n]; (*n)++)
        ;
    return wijk_streets[wijk].streets;
}

static const char *const weekdays[] = {"maandag", "dinsdag", "woensdag", "donderdag", "vrijdag"};
static const char *const anger[] = {" Ik ben het echt zat!", " Dit is de derde keer dat ik meld!!",
                                    " Belachelijk dit.", " Heel boos ben ik hierover."};

int ll_sim_ntemplates(void) { return (int)NTEMPLATES; }
const char *ll_sim_theme(int t) { return templates[t].theme; }
const char *ll_sim_kind(int t) { return templates[t].kind; }
int ll_sim_critical(int t) { return templates[t].critical; }

unsigned int ll_sim_rnd(unsigned int *rng) {
    *rng ^= *rng << 13;
    *rng ^= *rng >> 17;
    *rng ^= *rng << 5;
    return *rng;
}
double ll_sim_rnd01(unsigned int *rng) { return (double)(ll_sim_rnd(rng) % 1000000) / 1000000.0; }

/* Eight random digits and the ninth that makes them pass the 11-proef. */
static void make_bsn(unsigned int *rng, char out[10]) {
    for (;;) {
        for (int i = 0; i < 8; i++)
            out[i] = (char)('0' + (i == 0 ? 1 + ll_sim_rnd(rng) % 8 : ll_sim_rnd(rng) % 10));
        static const int w[8] = {9, 8, 7, 6, 5, 4, 3, 2};
        int sum = 0;
        for (int i = 0; i < 8; i++)
            sum += (out[i] - '0') * w[i];
        int last = sum % 11; /* sum - last == 0 (mod 11) */
        if (last < 10) {
            out[8] = (char)('0' + last);
            out[9] = '\0';
            if (ll_bsn_check(out))
                return;
        }
    }
}

void ll_sim_people_init(unsigned int *rng, ll_sim_citizen *people, int n) {
    static const char *const first[] = {"jan",    "fatima", "kees", "sanne", "mohamed",
                                        "ingrid", "peter",  "ayse", "daan",  "noor"};
    for (int i = 0; i < n; i++) {
        ll_sim_citizen *c = &people[i];
        make_bsn(rng, c->bsn);
        const char *f = first[ll_sim_rnd(rng) % 10];
        snprintf(c->email, sizeof(c->email), "%s.%d@example.nl", f, i);
        snprintf(c->phone, sizeof(c->phone), "06%08u", 10000000u + (unsigned)i * 7919u % 89999999u);
        snprintf(c->name, sizeof(c->name), "%c%s", f[0] - 32, f + 1);
        c->last_template = -1;
    }
}

void ll_sim_text(unsigned int *rng, int t, int wijk, char *out, size_t len) {
    int nstreets;
    const char *const *streets = ll_sim_streets(wijk, &nstreets);
    const char *src = templates[t].text;
    size_t o = 0;
    for (const char *p = src; *p && o + 64 < len; p++) {
        if (p[0] == '{' && p[1] && p[2] == '}') {
            const char *v = "";
            char num[16];
            if (p[1] == 's')
                v = streets[ll_sim_rnd(rng) % (unsigned)nstreets];
            else if (p[1] == 'w')
                v = weekdays[ll_sim_rnd(rng) % 5];
            else if (p[1] == 'd') {
                snprintf(num, sizeof(num), "%u", 2 + ll_sim_rnd(rng) % 20);
                v = num;
            }
            o += (size_t)snprintf(out + o, len - o, "%s", v);
            p += 2;
        } else {
            out[o++] = *p;
        }
    }
    out[o] = '\0';
    if (!strcmp(templates[t].kind, "complaint") && ll_sim_rnd01(rng) < 0.3)
        snprintf(out + o, len - o, "%s", anger[ll_sim_rnd(rng) % 4]);
    /* People type fast: swap two letters in one word now and then. */
    if (ll_sim_rnd01(rng) < 0.15) {
        size_t n = strlen(out);
        size_t i = 5 + ll_sim_rnd(rng) % (n > 10 ? n - 10 : 1);
        if (i + 1 < n && out[i] >= 'a' && out[i] <= 'z' && out[i + 1] >= 'a' && out[i + 1] <= 'z') {
            char c = out[i];
            out[i] = out[i + 1];
            out[i + 1] = c;
        }
    }
    if (ll_sim_rnd01(rng) < 0.1)
        for (char *p = out; *p; p++)
            if (*p >= 'A' && *p <= 'Z')
                *p = (char)(*p + 32);
}

int ll_sim_template_of(unsigned int *rng, const char *theme) {
    int idx[NTEMPLATES], crit[NTEMPLATES], n = 0, nc = 0;
    for (size_t i = 0; i < NTEMPLATES; i++)
        if (!theme || !strcmp(templates[i].theme, theme)) {
            if (templates[i].critical)
                crit[nc++] = (int)i;
            else
                idx[n++] = (int)i;
        }
    if (n + nc == 0)
        return ll_sim_template_of(rng, NULL);
    if (nc && (!n || ll_sim_rnd01(rng) < LL_SIM_CRITICAL_SHARE))
        return crit[ll_sim_rnd(rng) % (unsigned)nc];
    return idx[ll_sim_rnd(rng) % (unsigned)n];
}
