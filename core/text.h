/* text.h - UTF-8 validation, RFC 3339 times, a stable hash of bytes and files read line by line. */
#ifndef LL_TEXT_H
#define LL_TEXT_H

#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include <time.h>

/* FNV-1a, 32 bits, of n bytes at p (ll_fnv1a_str: of the string s): cheap, and
 * the same on every build and machine, which Redis key groups and anything
 * stored rely on. For hash tables and slots, not against an adversary. */
static inline uint32_t ll_fnv1a(const void *p, size_t n) {
    const unsigned char *b = p;
    uint32_t h = 2166136261u;
    for (size_t i = 0; i < n; i++)
        h = (h ^ b[i]) * 16777619u;
    return h;
}
static inline uint32_t ll_fnv1a_str(const char *s) {
    uint32_t h = 2166136261u;
    for (; *s; s++)
        h = (h ^ (unsigned char)*s) * 16777619u;
    return h;
}
/* The same in 64 bits, for the in-memory tables of the name lists, the word sets and a
 * learned model. Its seed is FNV's 64-bit offset basis (14695981039346656037) without the
 * last digit, as these tables were first written: any seed spreads keys as well, and
 * this one keeps their layout. */
static inline uint64_t ll_fnv1a64(const void *p, size_t n) {
    const unsigned char *b = p;
    uint64_t h = 1469598103934665603ull;
    for (size_t i = 0; i < n; i++)
        h = (h ^ b[i]) * 1099511628211ull;
    return h;
}
/* ll_fnv1a64 of what was hashed to h followed by p[0..n): a key's hash from its parts' (a
 * stem pair's from its first stem's), without copying the key together. */
static inline uint64_t ll_fnv1a64_more(uint64_t h, const void *p, size_t n) {
    const unsigned char *b = p;
    for (size_t i = 0; i < n; i++)
        h = (h ^ b[i]) * 1099511628211ull;
    return h;
}

/* A 64-bit hash of what was hashed to h followed by n bytes at p, 8 bytes a step
 * (FxHash's step: rotate, xor, multiply; the bytes read as little-endian words on every
 * machine, so a stored digest stays valid), their count mixed in first: for a digest of
 * a whole text, a fraction of ll_fnv1a64's byte a step (the processor's content digest
 * went from ~1,900 to ~360 instructions an event with this and one walk of the fields:
 * callgrind, issue 12). One word changed changes the hash (each step is a bijection of
 * h). Not against an adversary. */
static inline uint64_t ll_hash64_words(uint64_t h, const void *p, size_t n) {
    const uint64_t k = 0x517cc1b727220a95ull;
    const unsigned char *b = p;
    h = ((h << 5 | h >> 59) ^ n) * k;
    for (; n >= 8; b += 8, n -= 8) {
        uint64_t w;
        memcpy(&w, b, 8);
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_BIG_ENDIAN__
        w = __builtin_bswap64(w);
#endif
        h = ((h << 5 | h >> 59) ^ w) * k;
    }
    uint64_t w = 0;
    for (size_t i = 0; i < n; i++)
        w |= (uint64_t)b[i] << (8 * i);
    return ((h << 5 | h >> 59) ^ w) * k;
}

/* 1 when s[0..len) is well-formed UTF-8 (no overlongs, surrogates or code
 * points above U+10FFFF), else 0 with *bad_at set to the first bad byte. */
int ll_utf8_valid(const char *s, size_t len, size_t *bad_at);

/* Cuts the white space off the end of s in place; returns its first other byte. */
char *ll_trim(char *s);

/* A file of lines read one at a time: the name lists, the classifier's rule files, a learned
 * model. The caller opens f, sets buf[cap] (a line that does not fit is an error, not cut)
 * and the options, and calls ll_lines_next until it returns NULL; stop then says why. */
typedef struct ll_lines {
    FILE *f;
    char *buf;
    size_t cap;
    size_t max_bytes; /* the file's bound, 0 none */
    unsigned trim;    /* LL_LINES_* */
    int lineno;       /* of the line last read, from 1 (blank and comment lines counted) */
    size_t bytes;     /* read so far, line ends included */
    size_t len;       /* the length of the line returned */
    enum { LL_LINES_EOF, LL_LINES_TOO_LONG, LL_LINES_TOO_LARGE, LL_LINES_READ_ERROR } stop;
} ll_lines;

#define LL_LINES_END_SPACES 1u   /* cut the blanks (' ') at a line's end, besides "\r\n" */
#define LL_LINES_START_SPACES 2u /* and at its start (tabs stay: they separate columns) */

/* The next line that is neither empty nor a comment ('#' first, after the cut), without
 * its line end, NUL-terminated inside buf (len bytes); NULL at the end of the file or at
 * the first line too long for buf or past max_bytes (stop). */
char *ll_lines_next(ll_lines *lr);

/* Line ends in s as "\n": "\r\n" and a lone "\r" become one "\n", in place (it only
 * shrinks). Returns the new length. */
size_t ll_text_lf(char *s);

/* 1 when s holds a control character other than \t \n \r. */
int ll_has_control(const char *s);

/* 1 when the UTF-8 string s shows nothing: only Unicode White_Space (the
 * ASCII blanks, U+0085, U+00A0, U+1680, U+2000-U+200A, U+2028, U+2029,
 * U+202F, U+205F, U+3000) and invisible format characters (U+00AD, U+034F,
 * U+061C, U+115F, U+1160, U+17B4, U+17B5, U+180B-U+180F, U+200B-U+200F,
 * U+202A-U+202E, U+2060-U+206F, U+2800, U+3164, U+FE00-U+FE0F, U+FEFF,
 * U+FFA0, U+1D173-U+1D17A, U+E0000-U+E0FFF), or nothing at all. A text of
 * "\u200b\u00a0" is as blank as one of spaces (P2, REPORT-user2). s must be
 * valid UTF-8. Stops at the first visible character. */
int ll_text_blank(const char *s);

/* The first Unicode bidirectional embedding, override or isolate control in
 * s[0..len) (U+202A-U+202E, U+2066-U+2069: the "Trojan Source" set,
 * CVE-2021-42574), which make a text display as something else than what was
 * written; 1 with its byte offset in *at and code point in *cp, else 0. The
 * marks U+200E/U+200F (LRM, RLM) of ordinary Arabic and Hebrew typing are not
 * among them. */
int ll_text_bidi_control(const char *s, size_t len, size_t *at, uint32_t *cp);

/* Parses an RFC 3339 date-time into seconds since the epoch. */
int ll_time_parse(const char *s, time_t *out);
/* The same in milliseconds since the epoch (fraction digits beyond the third
 * are dropped). 0, or -1 as ll_time_parse. */
int ll_time_parse_ms(const char *s, long long *out_ms);
/* Days from 1970-01-01 to year y, month m (1-12), day d (1-31) of the
 * Gregorian calendar (negative before it); the date is not checked. */
time_t ll_days_from_civil(int y, int m, int d);
/* Formats t as 2026-11-28T15:40:38Z (buf >= 21 bytes) / with milliseconds (>= 25). */
void ll_time_format(time_t t, char *buf, size_t len);
void ll_time_format_ms(long long ms, char *buf, size_t len);
long long ll_now_ms(void);
/* Monotonic clock in microseconds, for latencies. */
long long ll_mono_us(void);

/* A bounded writer for the per-event keys and ids, where snprintf's format
 * parsing was the cost (~4% of the processor's perf samples, issue 16). It
 * writes what snprintf would: as much as fits with the NUL (cap >= 1), and
 * the length it wanted (len), so len >= cap says it was cut. */
typedef struct ll_put {
    char *buf;
    size_t cap, len;
} ll_put;
static inline void ll_put_mem(ll_put *w, const void *s, size_t n) {
    if (w->len + 1 < w->cap) {
        size_t room = w->cap - 1 - w->len;
        memcpy(w->buf + w->len, s, n < room ? n : room);
    }
    w->len += n;
}
/* %s; NULL as glibc's snprintf writes it. */
static inline void ll_put_str(ll_put *w, const char *s) {
    s = s ? s : "(null)";
    ll_put_mem(w, s, strlen(s));
}
/* %lld */
static inline void ll_put_ll(ll_put *w, long long v) {
    char t[24];
    int k = (int)sizeof(t);
    unsigned long long u = v < 0 ? 0ull - (unsigned long long)v : (unsigned long long)v;
    do
        t[--k] = (char)('0' + u % 10);
    while ((u /= 10) > 0);
    if (v < 0)
        t[--k] = '-';
    ll_put_mem(w, t + k, sizeof(t) - (size_t)k);
}
/* The NUL (always, as snprintf's); returns len. */
static inline size_t ll_put_end(ll_put *w) {
    w->buf[w->len < w->cap ? w->len : w->cap - 1] = '\0';
    return w->len;
}

#endif
