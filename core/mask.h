/* mask.h - masks direct identifiers in free text: BSN, IBAN, phone numbers, e-mail, dates of
 * birth, licence plates, identity-document numbers. */
#ifndef LL_MASK_H
#define LL_MASK_H

#include <stddef.h>

/* A date of birth is masked only after a word that says it is one, a plate by its shape or
 * after a word that names it: each mask keeps the rule that made it (bits below), as every
 * decision names its reasons. */
enum {
    LL_MASK_DOB_BORN,  /* after "geboren", "geb.", "born" */
    LL_MASK_DOB_FIELD, /* after "geboortedatum", "gd", "d.o.b.", "date of birth" */
    LL_MASK_DOB_LIST,  /* after a masked date of birth and "," or "en" */
    LL_MASK_DOB_RULES
};
enum {
    LL_MASK_PLATE_SIDECODE, /* an official side code with its dashes: "XR-12-KL" */
    LL_MASK_PLATE_CUE,      /* no dashes, right after "kenteken" or "nummerbord" */
    LL_MASK_PLATE_RULES
};

/* An identity-document number only after a word that names the document, by its shape. */
enum {
    LL_MASK_DOC_ID,      /* passport, ID card: "paspoort NXC1234R4" (RvIG's nine characters) */
    LL_MASK_DOC_LICENCE, /* driving licence: "rijbewijsnummer 5012345678" (ten digits) */
    LL_MASK_DOC_RULES
};

typedef struct ll_mask_counts {
    int bsn, iban, phone, email, dob, plate;
    unsigned dob_rules, plate_rules; /* bit k: rule k above made one */
    int doc;
    unsigned doc_rules;
} ll_mask_counts;

/* All identifiers counted in c. */
int ll_mask_counts_total(const ll_mask_counts *c);
/* The name of rule k (the JSON word for it), NULL past the last. */
const char *ll_mask_dob_rule_name(int k);
const char *ll_mask_plate_rule_name(int k);
const char *ll_mask_doc_rule_name(int k);

#define LL_MASK_BSN "[BSN]"
#define LL_MASK_IBAN "[IBAN]"
#define LL_MASK_PHONE "[TELEFOON]"
#define LL_MASK_EMAIL "[E-MAIL]"
#define LL_MASK_DOB "[GEBOORTEDATUM]"
#define LL_MASK_PLATE "[KENTEKEN]"
#define LL_MASK_DOC "[DOCUMENTNUMMER]" /* the longest placeholder */
/* Written by the name masker (processors/names.c), listed here so that one
 * place knows every placeholder a masked text can hold. */
#define LL_MASK_NAME "[NAAM]"
/* Where a house number stood, in quotes only (ll_address_quote, core/address.h): the
 * enriched text keeps the address a team needs. */
#define LL_MASK_HOUSENR "[nr]"

/* The length of the placeholder that starts at s[0..len), 0 when none does.
 * Readers of masked text (the classifier's tokeniser) skip placeholders: they
 * stand where an identifier was and are no words. */
size_t ll_mask_placeholder_at(const char *s, size_t len);

/* The length, at most max, at which masked text s[0..len) may be cut for an excerpt: not
 * inside a UTF-8 sequence nor inside a placeholder, which left half ("[GEBOORT…") is read as
 * words and no longer as a mask. */
size_t ll_mask_cut(const char *s, size_t len, size_t max);
/* The same, and not inside a word either: back to the space before the word the cut
 * would split, unless that gives up more than half of it. For a quote a reader sees end
 * in "…": "er gebeurt niks Be…" read as a word cut off (user check of 12-01). */
size_t ll_mask_cut_word(const char *s, size_t len, size_t max);

/* Writes the masked text of in[0..len) to out (NUL-terminated). out needs
 * ll_mask_bound(len) bytes. Only numbers that pass their checksum (11-proef,
 * mod-97) are masked as BSN or IBAN; other digit runs stay. A date is masked only
 * as a date of birth, after a word that says so: the date of an appointment, an
 * eviction or an Awb deadline stays, the classifier reads those. A licence plate by
 * the Dutch side codes 1-14 with dashes, without them only after "kenteken" or
 * "nummerbord"; never a postcode, road number or other code. A passport's, ID card's or
 * driving licence's number only after a word that names the document; a phone number read
 * aloud ("nul zes twaalf ...") as [TELEFOON]. Masking masked text
 * again changes nothing. */
enum {
    LL_MASK_F_BSN = 1,
    LL_MASK_F_IBAN = 2,
    LL_MASK_F_PHONE = 4,
    LL_MASK_F_EMAIL = 8,
    LL_MASK_F_DOB = 16,
    LL_MASK_F_PLATE = 32,
    LL_MASK_F_DOC = 64,
    LL_MASK_F_ALL = 127
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
