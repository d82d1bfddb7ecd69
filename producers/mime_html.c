/* mime_html.c - the text of an HTML mail part: scripts and styles dropped, entities decoded,
 * block elements to line breaks. */
#include "mime.h"

#include <ctype.h>
#include <gmime/gmime.h>
#include <stdlib.h>
#include <string.h>

static int at_line_start(const GString *o) { return o->len == 0 || o->str[o->len - 1] == '\n'; }

static void put_cp(GString *o, unsigned int cp) {
    char b[4];
    int n;
    if (cp < 0x80) {
        b[0] = (char)cp;
        n = 1;
    } else if (cp < 0x800) {
        b[0] = (char)(0xC0 | (cp >> 6));
        b[1] = (char)(0x80 | (cp & 0x3F));
        n = 2;
    } else if (cp < 0x10000) {
        b[0] = (char)(0xE0 | (cp >> 12));
        b[1] = (char)(0x80 | ((cp >> 6) & 0x3F));
        b[2] = (char)(0x80 | (cp & 0x3F));
        n = 3;
    } else {
        b[0] = (char)(0xF0 | (cp >> 18));
        b[1] = (char)(0x80 | ((cp >> 12) & 0x3F));
        b[2] = (char)(0x80 | ((cp >> 6) & 0x3F));
        b[3] = (char)(0x80 | (cp & 0x3F));
        n = 4;
    }
    g_string_append_len(o, b, n);
}

static const struct {
    const char *name;
    unsigned int cp;
} html_entities[] = {
    {"amp", '&'},      {"lt", '<'},        {"gt", '>'},       {"quot", '"'},     {"apos", '\''},
    {"nbsp", 0xA0},    {"eacute", 0xE9},   {"euml", 0xEB},    {"egrave", 0xE8},  {"ecirc", 0xEA},
    {"aacute", 0xE1},  {"agrave", 0xE0},   {"acirc", 0xE2},   {"auml", 0xE4},    {"iuml", 0xEF},
    {"iacute", 0xED},  {"icirc", 0xEE},    {"oacute", 0xF3},  {"ograve", 0xF2},  {"ouml", 0xF6},
    {"ocirc", 0xF4},   {"uacute", 0xFA},   {"ugrave", 0xF9},  {"uuml", 0xFC},    {"ucirc", 0xFB},
    {"ccedil", 0xE7},  {"ntilde", 0xF1},   {"szlig", 0xDF},   {"Eacute", 0xC9},  {"Euml", 0xCB},
    {"Ouml", 0xD6},    {"Uuml", 0xDC},     {"Iuml", 0xCF},    {"euro", 0x20AC},  {"hellip", 0x2026},
    {"rsquo", 0x2019}, {"lsquo", 0x2018},  {"rdquo", 0x201D}, {"ldquo", 0x201C}, {"bdquo", 0x201E},
    {"sbquo", 0x201A}, {"ndash", 0x2013},  {"mdash", 0x2014}, {"bull", 0x2022},  {"middot", 0xB7},
    {"copy", 0xA9},    {"reg", 0xAE},      {"trade", 0x2122}, {"laquo", 0xAB},   {"raquo", 0xBB},
    {"deg", 0xB0},     {"shy", 0xAD},      {"zwnj", 0x200C},  {"zwj", 0x200D},   {"ensp", 0x2002},
    {"emsp", 0x2003},  {"thinsp", 0x2009},
};

/* HTML maps numeric references 128..159 to Windows-1252, not to C1 controls. */
static const unsigned short cp1252_c1[32] = {
    0x20AC, 0xFFFD, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160,
    0x2039, 0x0152, 0xFFFD, 0x017D, 0xFFFD, 0xFFFD, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022,
    0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0xFFFD, 0x017E, 0x0178};

/* Decodes the reference at s[0] == '&'; returns the bytes used, 0 when it is
 * no reference (then the '&' is text). */
static size_t html_entity(const char *s, size_t len, unsigned int *cp) {
    size_t i = 1;
    if (i < len && s[i] == '#') {
        int hex = 0;
        unsigned long v = 0;
        i++;
        if (i < len && (s[i] == 'x' || s[i] == 'X')) {
            hex = 1;
            i++;
        }
        size_t d0 = i;
        while (i < len && i - d0 < 8 &&
               (hex ? isxdigit((unsigned char)s[i]) : isdigit((unsigned char)s[i]))) {
            unsigned char ch = (unsigned char)s[i];
            int dv = isdigit(ch) ? ch - '0' : tolower(ch) - 'a' + 10;
            v = v * (hex ? 16 : 10) + (unsigned long)dv;
            i++;
        }
        if (i == d0 || i >= len || s[i] != ';')
            return 0;
        if (v >= 0x80 && v <= 0x9F)
            v = cp1252_c1[v - 0x80];
        if (v == 0 || v > 0x10FFFF || (v >= 0xD800 && v <= 0xDFFF))
            v = 0xFFFD;
        *cp = (unsigned int)v;
        return i + 1;
    }
    while (i < len && i < 12 && isalnum((unsigned char)s[i]))
        i++;
    if (i == 1 || i >= len || s[i] != ';')
        return 0;
    for (size_t k = 0; k < sizeof(html_entities) / sizeof(html_entities[0]); k++)
        if (strlen(html_entities[k].name) == i - 1 &&
            memcmp(html_entities[k].name, s + 1, i - 1) == 0) {
            *cp = html_entities[k].cp;
            return i + 1;
        }
    return 0;
}

static int tag_in(const char *name, const char *const *list) {
    for (int i = 0; list[i]; i++)
        if (strcmp(name, list[i]) == 0)
            return 1;
    return 0;
}

char *ll_mime_html_to_text(const char *html, size_t len) {
    /* Content that is never text: its tags' bodies are dropped whole. */
    static const char *const skipped[] = {"script",   "style",    "title", "xml",
                                          "template", "noscript", NULL};
    static const char *const blocks[] = {
        "p",      "div", "h1",      "h2",      "h3",     "h4",     "h5",
        "h6",     "ul",  "ol",      "li",      "tr",     "table",  "blockquote",
        "pre",    "hr",  "section", "article", "header", "footer", "address",
        "center", "dl",  "dt",      "dd",      "form",   "body",   NULL};
    GString *o = g_string_sized_new(len < 65536 ? len + 1 : 65536);
    char skip[16] = "";
    int bq = 0, ws = 0;
    size_t i = 0;
    while (i < len && o->len < LL_MIME_MAX_BODY_BYTES) {
        char c = html[i];
        if (c == '<') {
            if (len - i >= 4 && memcmp(html + i, "<!--", 4) == 0) {
                const char *end = g_strstr_len(html + i + 4, (gssize)(len - i - 4), "-->");
                i = end ? (size_t)(end - html) + 3 : len;
                continue;
            }
            size_t j = i + 1;
            int closing = 0;
            if (j < len && (html[j] == '!' || html[j] == '?')) {
                const char *end = memchr(html + j, '>', len - j);
                i = end ? (size_t)(end - html) + 1 : len;
                continue;
            }
            if (j < len && html[j] == '/') {
                closing = 1;
                j++;
            }
            char name[16];
            size_t n = 0;
            while (j < len && (isalnum((unsigned char)html[j]) || html[j] == ':')) {
                if (n < sizeof(name) - 1)
                    name[n++] = (char)tolower((unsigned char)html[j]);
                j++;
            }
            name[n] = '\0';
            if (n == 0 || !isalpha((unsigned char)name[0])) {
                if (!skip[0])
                    goto text; /* "a < b" is text */
                i++;
                continue;
            }
            char q = 0;
            while (j < len && (q || html[j] != '>')) {
                if (q && html[j] == q)
                    q = 0;
                else if (!q && (html[j] == '"' || html[j] == '\''))
                    q = html[j];
                j++;
            }
            i = j < len ? j + 1 : len;
            if (skip[0]) {
                if (closing && strcmp(name, skip) == 0)
                    skip[0] = '\0';
                continue;
            }
            if (!closing && tag_in(name, skipped) && !(i >= 2 && html[i - 2] == '/')) {
                snprintf(skip, sizeof(skip), "%s", name);
                continue;
            }
            if (strcmp(name, "br") == 0) {
                g_string_append_c(o, '\n');
                ws = 0;
            } else if (tag_in(name, blocks)) {
                if (strcmp(name, "blockquote") == 0)
                    bq += closing ? (bq > 0 ? -1 : 0) : 1;
                if (!at_line_start(o))
                    g_string_append_c(o, '\n');
                /* A closed paragraph is followed by a gap, as it is on screen. */
                if (closing && strcmp(name, "p") == 0)
                    g_string_append_c(o, '\n');
                if (!closing && strcmp(name, "li") == 0)
                    g_string_append(o, "- ");
                ws = 0;
            } else if (!closing && (strcmp(name, "td") == 0 || strcmp(name, "th") == 0)) {
                ws = 1;
            }
            continue;
        }
        if (skip[0]) {
            i++;
            continue;
        }
    text:;
        unsigned int cp = 0;
        size_t used = c == '&' ? html_entity(html + i, len - i, &cp) : 0;
        if (used == 0 && (c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == '\f')) {
            ws = 1;
            i++;
            continue;
        }
        if (used && (cp == 0xA0 || cp == ' ' || cp == '\t' || cp == 0x2002 || cp == 0x2003 ||
                     cp == 0x2009)) {
            ws = 1;
            i += used;
            continue;
        }
        if (used && (cp < 0x20 || cp == 0x7F || cp == 0xAD || cp == 0x200B || cp == 0x200C ||
                     cp == 0x200D || cp == 0xFEFF)) {
            i += used;
            continue;
        }
        if (at_line_start(o)) {
            if (bq > 0)
                g_string_append(o, "> ");
        } else if (ws) {
            g_string_append_c(o, ' ');
        }
        ws = 0;
        if (used) {
            put_cp(o, cp);
            i += used;
        } else {
            g_string_append_c(o, c);
            i++;
        }
    }
    return g_string_free(o, FALSE);
}
