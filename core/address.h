/* address.h - streets and house numbers in free text: the words that name a street, and
 * quotes that keep the street but not the house number.
 *
 * The contract keeps streets in enriched text: a team must know where the loose tile
 * lies. A quote is another matter. The report (whose header promises quotes "zonder
 * direct herleidbare gegevens") and an alert's quotes (read on the dashboard, in
 * Alertmanager and in an alert's escalation) show text to readers who act on a theme
 * and a district, not on one address; "voor nummer 12 in de Ommoordseweg, mijn moeder is
 * gestruikeld" points at one household and tells of its health (privacy officer,
 * REPORT-user3). So a quote keeps "Ommoordseweg" and drops the "12". */
#ifndef LL_ADDRESS_H
#define LL_ADDRESS_H

#include <stddef.h>

/* Endings that make a word a street (longer than the ending): also the buildings and
 * institutions named after persons ("Prinses Julianaschool", "Albert Schweitzerflat"), which
 * the name masker (processors/names.c) keeps as it keeps streets. Lower case, ASCII. */
#define LL_STREET_SUFFIXES                                                                         \
    "straat", "laan", "weg", "plein", "kade", "singel", "dijk", "park", "brug", "gracht", "steeg", \
        "dreef", "pad", "markt", "haven", "baan", "kwartier", "pier", "tunnel", "plantsoen",       \
        "boulevard", "erf", "hof", "plaats", "rotonde", "passage", "promenade", "wal", "zoom",     \
        "allee", "vest", "kaai", "wetering", "vaart", "oever", "zijde", "school", "college",       \
        "lyceum", "kerk", "moskee", "ziekenhuis", "kliniek", "centrum", "station", "bibliotheek",  \
        "academie", "theater", "museum", "stadion", "gebouw", "toren", "zwembad", "bad",           \
        "buurthuis", "speeltuin", "boerderij", "bocht", "flat"

/* Words after a number that make it a count, an age, a time or an amount, not a house
 * number ("Bergweg 12 jaar", "onderweg 12 uur"). Lower case. */
#define LL_NUMBER_UNITS                                                                            \
    "jaar", "jaren", "jr", "keer", "maal", "x", "uur", "u", "euro", "eur", "minuten", "min",       \
        "seconden", "dagen", "dag", "weken", "week", "maanden", "maand", "km", "m", "meter", "cm", \
        "kilo", "kg", "procent", "stuks", "personen", "mensen", "kinderen", "huizen", "woningen",  \
        "auto's", "autos", "kwartier", "nachten", "gezinnen", "bewoners", "cent"

/* The largest quote ll_address_quote makes (cap), bytes with the NUL. */
#define LL_ADDRESS_QUOTE_MAX 1024

/* Whether word w[0..n) (UTF-8, any case) ends as a street does: "Ommoordseweg",
 * "kerkstraat", "'s-Gravendijkwal" (the part after the last hyphen). */
int ll_address_street_word(const char *w, size_t n);

/* Writes a quote of masked text s[0..len) to out (cap bytes, 8 <= cap <=
 * LL_ADDRESS_QUOTE_MAX; NUL-terminated): every house number after a street's word or
 * after "nummer", "nr.", "huisnummer" as LL_MASK_HOUSENR ("[nr]"), with its letter or addition
 * and a list that follows ("Kerkstraat 12a", "nr. 14-2", "nummers 3 en 5"); a postcode's
 * letters dropped ("3072 AB" -> "3072", as the aggregates' postcode4). Other numbers
 * stay: a count or a time after the street ("onderweg 12 uur"), a year, an amount. When
 * the quote does not fit, it is cut where ll_mask_cut_word allows and ends in "…". Returns
 * its length. */
size_t ll_address_quote(const char *s, size_t len, char *out, size_t cap);

/* The bytes ll_address_mask may write for len bytes of text, with the NUL: a house number
 * of one byte becomes the four of LL_MASK_HOUSENR, nothing grows more. */
#define LL_ADDRESS_MASK_BOUND(len) (4 * (size_t)(len) + 1)

/* The same masking as ll_address_quote, of a whole text, uncut: for what shows a text in
 * full to readers who need no door (the dashboard, whose contract is no direct identifier:
 * it showed "Adres: Putselaan 33 A" where the report quoted "Putselaan [nr]", user check
 * of 12-02). out holds LL_ADDRESS_MASK_BOUND(len) bytes; NUL-terminated; returns its
 * length. */
size_t ll_address_mask(const char *s, size_t len, char *out);

#endif
