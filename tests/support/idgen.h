/* idgen.h - valid direct identifiers (BSN, IBAN, Dutch phone number, e-mail address) written
 * the ways people write them, for the masker's property test and its fuzz harness. */
#ifndef LL_IDGEN_H
#define LL_IDGEN_H

#include <stddef.h>
#include <stdint.h>

enum { LL_ID_BSN, LL_ID_IBAN, LL_ID_PHONE, LL_ID_EMAIL, LL_ID_DOB, LL_ID_PLATE, LL_ID_KINDS };

#define LL_IDGEN_MAX 128 /* bytes an identifier takes, with its NUL */

/* A uniform-enough number below n from the xorshift state *rng (never 0). */
uint32_t ll_idgen_rnd(uint64_t *rng, uint32_t n);

/* Writes one valid identifier of kind into out[LL_IDGEN_MAX]: a date of birth with the words
 * that say so ("geboren op 12-03-1948", "geb. 3 mrt. '48", "d.o.b. 1948-03-12", "date of
 * birth: March 12, 1948"; dashes, slashes, dots, en dashes, non-breaking hyphens and NBSP,
 * sometimes full-width digits); a Dutch licence plate in one of the RDW's side codes 1-14 with
 * its dashes (any dash, any case) or, after "kenteken"/"nummerbord", without; a BSN that passes the
 * 11-proef (plain, in groups split by space, NBSP, thin space, dash, en dash, dot or '/',
 * sometimes in full-width digits, sometimes the 8-digit form without its leading zero, never
 * one that reads as a date); an NL IBAN with mod-97 check digits (grouped by space or NBSP or
 * not, sometimes lower case); a Dutch phone number (06, area codes, +31, +31 (0), 0031,
 * (0xx), with those separators, sometimes full-width); an e-mail address (accented local
 * parts and domains included). Everything is valid UTF-8. */
void ll_idgen(uint64_t *rng, int kind, char out[LL_IDGEN_MAX]);

/* 1 when the eight ASCII digits d read as a date (yyyymmdd or ddmmyyyy, 1900-2099): the
 * masker leaves those alone in the 8-digit BSN form, so the generator never makes one. */
int ll_idgen_date_like(const char d[8]);

#endif
