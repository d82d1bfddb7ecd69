/* area.c - postcode -> PC4 -> wijk and buurt, from a municipality's table in config/. */
#include "area.h"

#include <ctype.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define AREA_NAME_MAX 64

typedef struct row {
    char gemeente[AREA_NAME_MAX], wijk[AREA_NAME_MAX], buurt[AREA_NAME_MAX];
    int set;
} row;

/* PC4 codes run 1000..9999: a direct table, no hashing on the hot path. */
struct ll_areas {
    row rows[10000];
    int count;
};

static int copy_cell(char *dst, const char *src, const char *path, int line, const char *what,
                     char *errstr, size_t errlen) {
    size_t n = strlen(src);
    if (n == 0 || n >= AREA_NAME_MAX) {
        snprintf(errstr, errlen, "%s:%d: %s must be 1..%d characters", path, line, what,
                 AREA_NAME_MAX - 1);
        return -1;
    }
    memcpy(dst, src, n + 1);
    return 0;
}

ll_areas *ll_areas_load(const char *path, char *errstr, size_t errlen) {
    FILE *f = fopen(path, "r");
    if (!f) {
        snprintf(errstr, errlen, "%s:0: cannot open: %s", path, strerror(errno));
        return NULL;
    }
    ll_areas *a = calloc(1, sizeof(*a));
    if (!a) {
        fclose(f);
        snprintf(errstr, errlen, "out of memory");
        return NULL;
    }
    char buf[512];
    int line = 0;
    while (fgets(buf, sizeof(buf), f)) {
        line++;
        size_t n = strcspn(buf, "\r\n");
        buf[n] = '\0';
        if (buf[0] == '#' || buf[0] == '\0')
            continue;
        char *cells[4];
        int nc = 0;
        char *p = buf;
        while (nc < 4) {
            cells[nc++] = p;
            char *tab = strchr(p, '\t');
            if (!tab)
                break;
            *tab = '\0';
            p = tab + 1;
        }
        if (nc != 4 || strchr(p, '\t')) {
            snprintf(errstr, errlen, "%s:%d: want 4 tab-separated cells: pc4 gemeente wijk buurt",
                     path, line);
            goto fail;
        }
        const char *pc = cells[0];
        if (strlen(pc) != 4 || pc[0] < '1' || pc[0] > '9' || !isdigit((unsigned char)pc[1]) ||
            !isdigit((unsigned char)pc[2]) || !isdigit((unsigned char)pc[3])) {
            snprintf(errstr, errlen, "%s:%d: '%s' is not a PC4 (1000..9999)", path, line, pc);
            goto fail;
        }
        int k = (int)strtol(pc, NULL, 10);
        row *r = &a->rows[k];
        if (r->set) {
            snprintf(errstr, errlen, "%s:%d: PC4 %s given twice", path, line, pc);
            goto fail;
        }
        if (copy_cell(r->gemeente, cells[1], path, line, "gemeente", errstr, errlen) ||
            copy_cell(r->wijk, cells[2], path, line, "wijk", errstr, errlen) ||
            copy_cell(r->buurt, cells[3], path, line, "buurt", errstr, errlen))
            goto fail;
        r->set = 1;
        a->count++;
    }
    fclose(f);
    return a;
fail:
    fclose(f);
    free(a);
    return NULL;
}

void ll_areas_free(ll_areas *a) { free(a); }
int ll_areas_count(const ll_areas *a) { return a->count; }

int ll_areas_find(const ll_areas *a, const char *postcode, ll_area *out) {
    if (!postcode || strlen(postcode) < 4)
        return -1;
    int k = 0;
    for (int i = 0; i < 4; i++) {
        if (!isdigit((unsigned char)postcode[i]))
            return -1;
        k = k * 10 + (postcode[i] - '0');
    }
    if (k < 1000 || !a->rows[k].set)
        return -1;
    memcpy(out->pc4, postcode, 4);
    out->pc4[4] = '\0';
    out->gemeente = a->rows[k].gemeente;
    out->wijk = a->rows[k].wijk;
    out->buurt = a->rows[k].buurt;
    return 0;
}

int ll_areas_pc4s(const ll_areas *a, int *out, int max) {
    int n = 0;
    for (int k = 1000; k < 10000 && n < max; k++)
        if (a->rows[k].set)
            out[n++] = k;
    return n;
}
