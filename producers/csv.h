/* csv.h - RFC 4180 CSV reading: quoted fields, embedded newlines, ';' or ',' separators,
 * a UTF-8 byte-order mark. */
#ifndef LL_CSV_H
#define LL_CSV_H

#include <stddef.h>

#define LL_CSV_MAX_FIELDS 64
#define LL_CSV_MAX_RECORD (256 * 1024)

typedef struct ll_csv {
    const char *buf;
    size_t len, pos;
    char sep;
    long line;      /* line where the current record starts (1-based) */
    long next_line; /* line where the next record starts */
    char *rec;      /* unquoted fields, NUL-separated; LL_CSV_MAX_RECORD */
    char *fields[LL_CSV_MAX_FIELDS];
    int nfields;
} ll_csv;

/* Reads from buf[0..len) (not copied: must outlive the reader). The
 * separator is taken from the first line: ';' when it has more ';' than ','. */
int ll_csv_init(ll_csv *c, const char *buf, size_t len);
void ll_csv_free(ll_csv *c);
/* Next record into c->fields: 1, 0 at the end, -1 on a malformed record
 * (errstr says why; the reader skips to the next line). */
int ll_csv_next(ll_csv *c, char *errstr, size_t errlen);

#endif
