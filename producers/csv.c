/* csv.c - RFC 4180 CSV reading: quoted fields, embedded newlines, ';' or ',' separators,
 * a UTF-8 byte-order mark. */
#include "csv.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

int ll_csv_init(ll_csv *c, const char *buf, size_t len) {
    memset(c, 0, sizeof(*c));
    c->buf = buf;
    c->len = len;
    if (len >= 3 && (unsigned char)buf[0] == 0xEF && (unsigned char)buf[1] == 0xBB &&
        (unsigned char)buf[2] == 0xBF)
        c->pos = 3;
    int semi = 0, comma = 0, quoted = 0;
    for (size_t i = c->pos; i < len && (quoted || (buf[i] != '\n' && buf[i] != '\r')); i++) {
        if (buf[i] == '"')
            quoted = !quoted;
        else if (!quoted && buf[i] == ';')
            semi++;
        else if (!quoted && buf[i] == ',')
            comma++;
    }
    c->sep = semi > comma ? ';' : ',';
    c->next_line = 1;
    c->rec = malloc(LL_CSV_MAX_RECORD);
    return c->rec ? 0 : -1;
}

void ll_csv_free(ll_csv *c) {
    free(c->rec);
    c->rec = NULL;
}

/* After an error: continue at the next line break outside quotes is unknowable,
 * so take the next physical line. */
static void skip_line(ll_csv *c) {
    while (c->pos < c->len && c->buf[c->pos] != '\n')
        c->pos++;
    if (c->pos < c->len) {
        c->pos++;
        c->next_line++;
    }
}

int ll_csv_next(ll_csv *c, char *errstr, size_t errlen) {
    /* Blank lines between records are not records. */
    while (c->pos < c->len && (c->buf[c->pos] == '\n' || c->buf[c->pos] == '\r')) {
        if (c->buf[c->pos] == '\n')
            c->next_line++;
        c->pos++;
    }
    if (c->pos >= c->len)
        return 0;
    c->line = c->next_line;
    size_t o = 0;
    c->nfields = 0;
    c->fields[c->nfields++] = c->rec;
    int in_quotes = 0, was_quoted = 0;
    while (c->pos < c->len) {
        char ch = c->buf[c->pos];
        if (o + 2 >= LL_CSV_MAX_RECORD) {
            snprintf(errstr, errlen, "record longer than %d bytes", LL_CSV_MAX_RECORD);
            skip_line(c);
            return -1;
        }
        if (in_quotes) {
            if (ch == '"') {
                if (c->pos + 1 < c->len && c->buf[c->pos + 1] == '"') {
                    c->rec[o++] = '"';
                    c->pos += 2;
                    continue;
                }
                in_quotes = 0;
                c->pos++;
                continue;
            }
            if (ch == '\n')
                c->next_line++;
            c->rec[o++] = ch;
            c->pos++;
            continue;
        }
        if (ch == '"') {
            /* A quote opens a field only at its start. */
            if (&c->rec[o] != c->fields[c->nfields - 1] || was_quoted) {
                snprintf(errstr, errlen, "stray quote inside an unquoted field %d", c->nfields);
                skip_line(c);
                return -1;
            }
            in_quotes = was_quoted = 1;
            c->pos++;
            continue;
        }
        if (ch == c->sep) {
            c->rec[o++] = '\0';
            if (c->nfields >= LL_CSV_MAX_FIELDS) {
                snprintf(errstr, errlen, "more than %d fields", LL_CSV_MAX_FIELDS);
                skip_line(c);
                return -1;
            }
            c->fields[c->nfields++] = &c->rec[o];
            was_quoted = 0;
            c->pos++;
            continue;
        }
        if (ch == '\r' || ch == '\n') {
            if (ch == '\r' && c->pos + 1 < c->len && c->buf[c->pos + 1] == '\n')
                c->pos++;
            c->pos++;
            c->next_line++;
            break;
        }
        if (was_quoted) {
            snprintf(errstr, errlen, "text after the closing quote of field %d", c->nfields);
            skip_line(c);
            return -1;
        }
        c->rec[o++] = ch;
        c->pos++;
    }
    if (in_quotes) {
        snprintf(errstr, errlen, "quoted field not closed before the end of the file");
        return -1;
    }
    c->rec[o] = '\0';
    return 1;
}
