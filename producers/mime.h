/* mime.h - one RFC 5322/MIME message, parsed by GMime, reduced to the fields an adapter needs. */
#ifndef LL_MIME_H
#define LL_MIME_H

#include <stddef.h>

#include "event.h"
#include "ll_limits.h"

/* Bounds of the e-mail reduction. They belong with the others in
 * core/ll_limits.h; they live here until that shared header is free to edit.
 * LL_MIME_MAX_ATTACH_NAMES and LL_MIME_MAX_ATTACH_NAME must stay within the
 * received-event validator's bounds for data.attachments (core/event.c). */
#define LL_MIME_MAX_BODY_BYTES (1024 * 1024) /* decoded body text kept for trimming */
#define LL_MIME_MAX_PARTS 512                /* MIME parts walked per message */
#define LL_MIME_MAX_DEPTH 16                 /* multipart nesting */
#define LL_MIME_MAX_ATTACH_NAMES 32
#define LL_MIME_MAX_ATTACH_NAME 128 /* bytes of one sanitised file name */
#define LL_MIME_MAX_MSGID_BYTES LL_MAX_SOURCE_REF_BYTES
#define LL_MIME_MAX_SIGNATURE 2048 /* bytes of the trimmed signature kept */

typedef struct ll_mime {
    /* Message-ID without the angle brackets; "" when absent or unusable. */
    char message_id[LL_MIME_MAX_MSGID_BYTES + 1];
    /* The natural key: the Message-ID, else "blake2b:" + hex of the raw bytes. */
    char natural_key[LL_MIME_MAX_MSGID_BYTES + 1];
    char subject[LL_MAX_SUBJECT_BYTES + 1]; /* RFC 2047 decoded, UTF-8, one line */
    char from_addr[LL_MAX_EMAIL_BYTES + 1]; /* as written; "" when absent */
    char from_name[LL_MAX_NAME_BYTES + 1];  /* display name, decoded; may be "" */
    long long date;                         /* Date header, seconds; valid if has_date */
    int has_date;
    /* The date of the top Received: header (the last hop, our own MTA's when
     * it delivers to us), seconds; valid if has_received. */
    long long received;
    int has_received;
    /* The citizen's own words: UTF-8, quotes, forward headers and signature
     * removed, at most LL_MAX_TEXT_BYTES. Never NULL after a parse. */
    char *text;
    size_t text_len;
    /* What the trimming cut as signature (greeting, name, address block):
     * where people put their BSN or postcode. Never NULL; may be "". */
    char *signature;
    int text_truncated; /* text was cut to LL_MAX_TEXT_BYTES */
    int html_only;      /* the text came from an HTML part, no text/plain existed */
    int quote_trimmed;  /* quoted history was removed */
    char charset[64];   /* declared charset of the first body part ("" when none) */
    int attachments;    /* parts that are not the body nor inline images */
    int nnames;
    char names[LL_MIME_MAX_ATTACH_NAMES][LL_MIME_MAX_ATTACH_NAME + 1];
} ll_mime;

/* Parses buf[0..len). Messages over max_len, without any RFC 5322 header,
 * or without readable text are refused: NULL with err saying why (err->field
 * names the part of the message: "", "text", "header"). Caller frees the
 * result with ll_mime_free. Thread-compatible: call from one thread. */
ll_mime *ll_mime_parse(const char *buf, size_t len, size_t max_len, ll_err *err);
void ll_mime_free(ll_mime *m);

/* The natural key of bytes that could not be parsed: "blake2b:" + 32 hex. */
void ll_mime_raw_key(const char *buf, size_t len, char *out, size_t outlen);

/* HTML to plain text (scripts/styles dropped, entities decoded, block
 * elements to newlines), and the reply/signature trimming (mime_trim.c;
 * forward: the mail forwards another; *signature gets what was cut as one,
 * when not NULL; *trimmed, when not NULL, is set when quoted history or
 * forward headers were removed). Both take and return NUL-terminated UTF-8;
 * caller frees with free(). */
char *ll_mime_html_to_text(const char *html, size_t len);
char *ll_mime_trim(const char *text, int forward, char **signature, int *trimmed);

#endif
