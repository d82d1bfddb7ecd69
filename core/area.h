/* area.h - postcode -> PC4 -> wijk and buurt, from a municipality's table in config/. */
#ifndef LL_AREA_H
#define LL_AREA_H

#include <stddef.h>

typedef struct ll_areas ll_areas;

typedef struct ll_area {
    char pc4[5];
    const char *gemeente, *wijk, *buurt;
} ll_area;

/* Loads a TSV table (format in config/areas-rotterdam.tsv). NULL with errstr
 * "FILE:LINE: message" on error. */
ll_areas *ll_areas_load(const char *path, char *errstr, size_t errlen);
void ll_areas_free(ll_areas *a);
/* Looks up a normalised postcode ("3011AB" or "3011"); 0 when found. */
int ll_areas_find(const ll_areas *a, const char *postcode, ll_area *out);
int ll_areas_count(const ll_areas *a);
/* Up to max PC4 codes of the table, ascending; returns how many. */
int ll_areas_pc4s(const ll_areas *a, int *out, int max);

#endif
