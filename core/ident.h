/* ident.h - citizen identifiers: BSN 11-proef, normalisation, keyed pseudonyms; UUID text.
 * (Event ids are the event model's: event.h.) */
#ifndef LL_IDENT_H
#define LL_IDENT_H

#include <stddef.h>

#define LL_PSEUDONYM_LEN 35 /* "ps_" + 32 hex */

/* 1 when the nine digits d[0..8] pass the 11-proef (weights 9..2, -1). */
int ll_bsn_check(const char d[9]);
/* Normalises a BSN as typed (spaces, dots; 8 digits get a leading zero) into
 * out[10]; -1 when it is not a valid BSN. */
int ll_bsn_normalise(const char *in, char out[10]);
/* Lower-cased, trimmed address with one '@' and a dotted domain. */
int ll_email_normalise(const char *in, char *out, size_t outlen);
/* Dutch and international numbers to E.164 (+31612345678). */
int ll_phone_normalise(const char *in, char *out, size_t outlen);

/* Keyed hash (BLAKE2b, libsodium) of "kind:value": out gets
 * LL_PSEUDONYM_LEN + 1 bytes. Requires ll_ident_init() first. */
int ll_ident_init(const char *secret);
void ll_pseudonym(const char *kind, const char *value, char out[LL_PSEUDONYM_LEN + 1]);

/* Whether s is a UUID's text (8-4-4-4-12 hex digits, any version): the ids
 * of records in other systems (the Klantinteracties API's uuid). */
int ll_uuid_valid(const char *s);

#endif
