/* reason_nl.h - the reasons of an urgency or theme decision in Dutch, from one table.
 *
 * The classifier names its reasons in English (rule names of urgency.conf, its own
 * wording, "acute danger: 'gaslucht'"); feedback.enriched keeps them so (contract.md).
 * Whoever shows them to people translates them with config/reasons-nl.tsv ("English TAB
 * Dutch" a line): the dashboard page (it serves the table as JSON to app.js, whose reasonNl
 * does what ll_reason_nl_translate does) and the internetaken sink's toelichting. One
 * table, so a rule added with its Dutch name reaches both (user check 5: the internetaak
 * said the reasons in English while the page said them in Dutch).
 *
 * Translation: a name is replaced where it stands as a whole (no letter or '-' on either
 * side), the longest first; the quoted words, the citizen's own, stay as they are. A quote
 * opens with ' at the start or after a space, '(', ',' or ':' and closes with ' before the
 * end, a space, ',' or ')' (so "one's" is no quote). */
#ifndef LL_REASON_NL_H
#define LL_REASON_NL_H

#include <stddef.h>

#define LL_REASON_NL_MAX 1024        /* entries in the table */
#define LL_REASON_NL_MAX_LINE 512    /* one line of the file */
#define LL_REASON_NL_MAX_BYTES 65536 /* the whole file */

typedef struct ll_reason_nl ll_reason_nl;

typedef struct ll_config ll_config;

/* The table a role's reasons_nl setting names: empty, the checkout's config/reasons-nl.tsv
 * (as the dashboard's page is the checkout's sinks/dashboard); else a path, relative to the
 * config file's folder. NULL with errstr as ll_reason_nl_load. */
ll_reason_nl *ll_reason_nl_open(const ll_config *cfg, const char *setting, char *errstr,
                                size_t errlen);

/* Reads the table at path; NULL with errstr "FILE:LINE: message" on a bad file (a line
 * without a tab, an empty side, a name twice, over a bound). Free with ll_reason_nl_free. */
ll_reason_nl *ll_reason_nl_load(const char *path, char *errstr, size_t errlen);
void ll_reason_nl_free(ll_reason_nl *t);

/* Entries, in file order: English name i and its Dutch. */
size_t ll_reason_nl_count(const ll_reason_nl *t);
const char *ll_reason_nl_en(const ll_reason_nl *t, size_t i);
const char *ll_reason_nl_nl(const ll_reason_nl *t, size_t i);

/* reason in Dutch into out (cap bytes, NUL-terminated, cut at cap - 1 bytes on a UTF-8
 * boundary); returns the length written. t NULL: the reason as it is. */
size_t ll_reason_nl_translate(const ll_reason_nl *t, const char *reason, char *out, size_t cap);

#endif
