/* mask.h - masks direct identifiers in free text: BSN, IBAN, phone numbers, e-mail. */
#ifndef LL_MASK_H
#define LL_MASK_H

#include <stddef.h>

typedef struct ll_mask_counts {
    int bsn, iban, phone, email;
} ll_mask_counts;

#define LL_MASK_BSN "[BSN]"
#define LL_MASK_IBAN "[IBAN]"
#define LL_MASK_PHONE "[TELEFOON]"
#define LL_MASK_EMAIL "[E-MAIL]"
/* Written by the name masker (processors/names.c), listed here so that one
 * place knows every placeholder a masked text can hold. */
#define LL_MASK_NAME "[NAAM]"

/* The length of the placeholder that starts at s[0..len), 0 when none does.
 * Readers of masked text (the classifier's tokeniser) skip placeholders: they
 * stand where an identifier was and are no words. */
size_t ll_mask_placeholder_at(const char *s, size_t len);

/* Writes the masked text of in[0..len) to out (NUL-terminated). out needs
 * ll_mask_bound(len) bytes. Only numbers that pass their checksum (11-proef,
 * mod-97) are masked as BSN or IBAN; other digit runs stay. */
enum {
    LL_MASK_F_BSN = 1,
    LL_MASK_F_IBAN = 2,
    LL_MASK_F_PHONE = 4,
    LL_MASK_F_EMAIL = 8,
    LL_MASK_F_ALL = 15
};

size_t ll_mask_bound(size_t len);
size_t ll_mask_text(const char *in, size_t len, char *out, ll_mask_counts *counts);
size_t ll_mask_text_only(const char *in, size_t len, char *out, int flags, ll_mask_counts *counts);

/* Masks BSNs in data.text, data.subject, data.case_ref, data.location,
 * data.source_ref (not a klantcontact's URL, ll_event_klantcontact_url),
 * data.contact.name and the names in data.attachments.names of an event, so
 * that no adapter ever writes a BSN to
 * Kafka in clear (the received-event builder, core/received.h, calls it for
 * every event it makes, and the intake once more before producing). Returns
 * the number masked, -1 on allocation failure. */
struct cJSON;
int ll_event_mask_bsn(struct cJSON *ev);

#endif
