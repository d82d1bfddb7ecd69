/* simulate_text.c - what simulated citizens are and say: the templates, their words, and
 * the people behind them. */
#include "simulate_text.h"

#include <stdio.h>
#include <string.h>

#include "ident.h"

typedef struct tmpl {
    const char *theme, *kind, *text;
} tmpl;

/* {s} a street, {d} a number of days, {w} a weekday. Wording varies on purpose. */
static const tmpl templates[] = {
    {"afval", "complaint",
     "De container in de {s} is al {d} dagen niet geleegd. Het stinkt enorm."},
    {"afval", "complaint",
     "alweer niet opgehaald het grofvuil in de {s}, ik heb {w} gebeld maar er gebeurt niks"},
    {"afval", "report", "Er staat een overvolle afvalcontainer bij de {s}, zakken ernaast."},
    {"afval", "question", "Wanneer wordt het oud papier opgehaald in de {s}?"},
    {"afval", "report", "Iemand heeft bij de {s} huisvuil gedumpt, matrassen en een bank."},
    {"openbare-ruimte", "report",
     "Lantaarnpaal in de {s} is al {d} dagen kapot, het is donker en onveilig."},
    {"openbare-ruimte", "report",
     "Losliggende stoeptegels voor nummer 12 in de {s}, mijn moeder is gestruikeld."},
    {"openbare-ruimte", "complaint",
     "Het onkruid in het plantsoen aan de {s} wordt nooit bijgehouden."},
    {"openbare-ruimte", "compliment",
     "Wat is het speeltuintje in de {s} mooi opgeknapt, dank jullie wel!"},
    {"parkeren", "complaint",
     "Ik heb een parkeerboete gekregen terwijl mijn parkeervergunning gewoon geldig was."},
    {"parkeren", "question", "Hoe vraag ik een bezoekersvergunning aan voor de {s}?"},
    {"parkeren", "complaint",
     "Nooit een parkeerplek in de {s} sinds de nieuwe regels, belachelijk."},
    {"verkeer", "report", "Het verkeerslicht op de kruising bij de {s} staat steeds op rood."},
    {"verkeer", "complaint",
     "Auto's rijden veel te hard door de {s}, er spelen kinderen. Doe er iets aan!"},
    {"verkeer", "suggestion", "Kan er een zebrapad komen bij de school aan de {s}?"},
    {"overlast", "complaint",
     "Elke nacht geluidsoverlast van de buren in de {s}, ik slaap al {d} dagen slecht."},
    {"overlast", "complaint",
     "Hangjongeren bij het winkelcentrum aan de {s}, ze intimideren mensen."},
    {"overlast", "report", "Sterke stank van de fabriek, al sinds {w}, hele {s} ruikt het."},
    {"belastingen", "objection",
     "Ik ga niet akkoord met de WOZ-waarde van mijn woning, die is veel te hoog."},
    {"belastingen", "question",
     "Ik begrijp de aanslag gemeentelijke belastingen niet, waarom is de afvalstoffenheffing "
     "hoger?"},
    {"belastingen", "complaint",
     "Mijn kwijtschelding is afgewezen zonder uitleg, ik heb echt geen geld."},
    {"inkomen", "complaint",
     "Mijn bijstandsuitkering is niet uitbetaald en ik heb geen eten meer voor de kinderen."},
    {"inkomen", "question",
     "Kom ik in aanmerking voor bijzondere bijstand voor een nieuwe wasmachine?"},
    {"inkomen", "complaint",
     "Al {d} dagen wacht ik op een reactie over mijn schulden, de deurwaarder staat voor de deur."},
    {"zorg", "complaint",
     "De thuiszorg voor mijn vader is gestopt en niemand belt terug over de Wmo."},
    {"zorg", "question", "Hoe vraag ik een scootmobiel aan via de Wmo?"},
    {"zorg", "compliment", "De wijkverpleging is geweldig, mijn moeder wordt heel goed geholpen."},
    {"wonen", "complaint",
     "Schimmel in de badkamer en de verhuurder doet niets, mijn kinderen worden ziek."},
    {"wonen", "question", "Hoe lang is de wachttijd voor een sociale huurwoning?"},
    {"wonen", "complaint",
     "Ik heb een brief gekregen over ontruiming volgende week, ik weet niet waar ik heen moet."},
    {"vergunningen", "question", "Heb ik een omgevingsvergunning nodig voor een dakkapel?"},
    {"vergunningen", "complaint",
     "Mijn aanvraag voor een evenementenvergunning ligt al {d} dagen stil."},
    {"burgerzaken", "question",
     "Ik wil een afspraak maken voor een nieuw paspoort, maar er is geen plek."},
    {"burgerzaken", "complaint",
     "Mijn verhuizing is nog steeds niet verwerkt in de basisregistratie."},
    {"bejegening", "complaint",
     "De medewerker aan de balie was onbeleefd en luisterde niet naar mij."},
    {"bejegening", "compliment", "Heel vriendelijk geholpen door de medewerker, echt fijn."},
    {"bereikbaarheid", "complaint", "Ik hang al een uur in de wacht bij 14 010, niemand neemt op."},
    {"bereikbaarheid", "complaint", "Er wordt nooit teruggebeld terwijl dat wel beloofd is."},
    {"digitaal", "complaint",
     "Inloggen met DigiD op de website lukt niet, steeds een foutmelding."},
    {"digitaal", "suggestion", "Maak het formulier op de website ook geschikt voor de telefoon."},
};
#define NTEMPLATES (sizeof(templates) / sizeof(templates[0]))

static const char *const streets[] = {
    "Kerkstraat",       "Dorpsweg",         "Beijerlandselaan", "Noordsingel", "Mathenesserlaan",
    "Zwart Janstraat",  "Groene Hilledijk", "Schiedamseweg",    "Oudedijk",    "Kleiweg",
    "Korte Hoogstraat", "Putselaan",        "Slinge",           "Hesseplaats"};
static const char *const weekdays[] = {"maandag", "dinsdag", "woensdag", "donderdag", "vrijdag"};
static const char *const anger[] = {" Ik ben het echt zat!", " Dit is de derde keer dat ik meld!!",
                                    " Belachelijk dit.", " Heel boos ben ik hierover."};

int ll_sim_ntemplates(void) { return (int)NTEMPLATES; }
const char *ll_sim_theme(int t) { return templates[t].theme; }
const char *ll_sim_kind(int t) { return templates[t].kind; }

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

void ll_sim_text(unsigned int *rng, int t, char *out, size_t len) {
    const char *src = templates[t].text;
    size_t o = 0;
    for (const char *p = src; *p && o + 64 < len; p++) {
        if (p[0] == '{' && p[1] && p[2] == '}') {
            const char *v = "";
            char num[16];
            if (p[1] == 's')
                v = streets[ll_sim_rnd(rng) % (sizeof(streets) / sizeof(streets[0]))];
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
    int idx[NTEMPLATES], n = 0;
    for (size_t i = 0; i < NTEMPLATES; i++)
        if (!strcmp(templates[i].theme, theme))
            idx[n++] = (int)i;
    return n ? idx[ll_sim_rnd(rng) % (unsigned)n] : (int)(ll_sim_rnd(rng) % NTEMPLATES);
}
