/* mime.c - one RFC 5322/MIME message, parsed by GMime, reduced to the fields an adapter needs. */
#include "mime.h"

#include <ctype.h>
#include <errno.h>
#include <gmime/gmime.h>
#include <iconv.h>
#include <sodium.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "text.h"

/* ---------------------------------------------------------------- text */

static const char utf8_replacement[] = "\xEF\xBF\xBD"; /* U+FFFD */

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

/* Length of the well-formed UTF-8 sequence at s (1..4), or 0 when it is not
 * one: the same rules as ll_utf8_valid, one character at a time. */
static size_t utf8_seq(const unsigned char *s, size_t len) {
    size_t bad;
    size_t n = s[0] < 0x80 ? 1 : s[0] < 0xE0 ? 2 : s[0] < 0xF0 ? 3 : 4;
    if (n > len)
        return 0;
    return ll_utf8_valid((const char *)s, n, &bad) ? n : 0;
}

/* Appends in[0..len) to o as clean UTF-8 text: invalid bytes become U+FFFD,
 * CRLF and CR become LF, other control characters (and NUL) are dropped,
 * because the event validator refuses them and they carry no meaning. Stops
 * at cap bytes of output; returns 1 when it had to stop. */
static int append_clean(GString *o, const char *in, size_t len, size_t cap) {
    const unsigned char *s = (const unsigned char *)in;
    size_t i = 0;
    while (i < len) {
        if (o->len >= cap)
            return 1;
        unsigned char c = s[i];
        if (c == '\r') {
            g_string_append_c(o, '\n');
            i += (i + 1 < len && s[i + 1] == '\n') ? 2 : 1;
            continue;
        }
        if (c < 0x80) {
            if ((c >= 0x20 && c != 0x7F) || c == '\n' || c == '\t')
                g_string_append_c(o, (char)c);
            i++;
            continue;
        }
        size_t n = utf8_seq(s + i, len - i);
        if (n == 0) {
            g_string_append(o, utf8_replacement);
            i++;
            continue;
        }
        /* C1 controls (U+0080..U+009F) are as meaningless as C0 ones. */
        if (!(n == 2 && s[i] == 0xC2 && s[i + 1] < 0xA0))
            g_string_append_len(o, (const char *)s + i, (gssize)n);
        i += n;
    }
    return 0;
}

static int charset_is(const char *cs, const char *name) {
    return cs && g_ascii_strcasecmp(cs, name) == 0;
}

/* Converts len bytes in charset (may be NULL) to clean UTF-8 appended to o.
 * Mail lies about charsets: an undeclared or unknown charset is taken as
 * UTF-8 when the bytes are valid UTF-8, else as Windows-1252; ISO-8859-1 and
 * US-ASCII are read as Windows-1252, their superset, like browsers do
 * (WHATWG Encoding), so a "latin1" euro sign (0x80) survives. */
static int append_converted(GString *o, const char *in, size_t len, const char *charset,
                            size_t cap) {
    const char *cs = charset && *charset ? g_mime_charset_canon_name(charset) : NULL;
    if (!cs || charset_is(cs, "us-ascii") || charset_is(cs, "ascii")) {
        if (ll_utf8_valid(in, len, NULL))
            return append_clean(o, in, len, cap);
        cs = "windows-1252";
    } else if (charset_is(cs, "utf-8") || charset_is(cs, "utf8")) {
        return append_clean(o, in, len, cap);
    } else if (charset_is(cs, "iso-8859-1") || charset_is(cs, "latin1")) {
        cs = "windows-1252";
    }
    iconv_t cd = g_mime_iconv_open("UTF-8", cs);
    if (cd == (iconv_t)-1) {
        if (ll_utf8_valid(in, len, NULL))
            return append_clean(o, in, len, cap);
        cd = g_mime_iconv_open("UTF-8", "windows-1252");
        if (cd == (iconv_t)-1)
            return append_clean(o, in, len, cap); /* U+FFFD for every non-ASCII byte */
    }
    GString *u = g_string_sized_new(len + len / 2 + 16);
    char *inp = (char *)in;
    size_t inleft = len;
    char chunk[4096];
    while (inleft > 0 && u->len < cap) {
        char *outp = chunk;
        size_t outleft = sizeof(chunk);
        size_t r = iconv(cd, &inp, &inleft, &outp, &outleft);
        int e = errno;
        g_string_append_len(u, chunk, (gssize)(sizeof(chunk) - outleft));
        if (r != (size_t)-1)
            break;
        if (e == E2BIG)
            continue;
        /* EILSEQ: a byte the charset does not define; EINVAL: a sequence cut
         * off at the end. Either way one replacement character, then on. */
        g_string_append(u, utf8_replacement);
        if (e == EINVAL)
            break;
        inp++;
        inleft--;
        iconv(cd, NULL, NULL, NULL, NULL);
    }
    g_mime_iconv_close(cd);
    int stopped = append_clean(o, u->str, u->len, cap);
    g_string_free(u, TRUE);
    return stopped;
}

/* ---------------------------------------------------------------- HTML */

static const struct {
    const char *name;
    unsigned int cp;
} html_entities[] = {
    {"amp", '&'},     {"lt", '<'},       {"gt", '>'},       {"quot", '"'},    {"apos", '\''},
    {"nbsp", 0xA0},   {"eacute", 0xE9},  {"euml", 0xEB},    {"egrave", 0xE8}, {"ecirc", 0xEA},
    {"aacute", 0xE1}, {"agrave", 0xE0},  {"acirc", 0xE2},   {"auml", 0xE4},   {"iuml", 0xEF},
    {"iacute", 0xED}, {"icirc", 0xEE},   {"oacute", 0xF3},  {"ograve", 0xF2}, {"ouml", 0xF6},
    {"ocirc", 0xF4},  {"uacute", 0xFA},  {"ugrave", 0xF9},  {"uuml", 0xFC},   {"ucirc", 0xFB},
    {"ccedil", 0xE7}, {"ntilde", 0xF1},  {"szlig", 0xDF},   {"Eacute", 0xC9}, {"Euml", 0xCB},
    {"Ouml", 0xD6},   {"Uuml", 0xDC},    {"Iuml", 0xCF},    {"euro", 0x20AC}, {"hellip", 0x2026},
    {"rsquo", 0x2019}, {"lsquo", 0x2018}, {"rdquo", 0x201D}, {"ldquo", 0x201C},
    {"bdquo", 0x201E}, {"sbquo", 0x201A}, {"ndash", 0x2013}, {"mdash", 0x2014},
    {"bull", 0x2022}, {"middot", 0xB7},  {"copy", 0xA9},    {"reg", 0xAE},    {"trade", 0x2122},
    {"laquo", 0xAB},  {"raquo", 0xBB},   {"deg", 0xB0},     {"shy", 0xAD},    {"zwnj", 0x200C},
    {"zwj", 0x200D},  {"ensp", 0x2002},  {"emsp", 0x2003},  {"thinsp", 0x2009},
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
    static const char *const skipped[] = {"script", "style", "title", "xml", "template",
                                          "noscript", NULL};
    static const char *const blocks[] = {
        "p",  "div", "h1",  "h2",      "h3",     "h4",    "h5",    "h6",   "ul",
        "ol", "li",  "tr",  "table",   "blockquote", "pre", "hr",   "section", "article",
        "header", "footer", "address", "center", "dl", "dt", "dd", "form", "body", NULL};
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

/* ---------------------------------------------------------------- trimming */

typedef struct line {
    const char *s;
    size_t n;
} line;

/* The line without leading/trailing blanks. */
static line lstrip(line l) {
    while (l.n > 0 && (l.s[0] == ' ' || l.s[0] == '\t'))
        l.s++, l.n--;
    while (l.n > 0 && (l.s[l.n - 1] == ' ' || l.s[l.n - 1] == '\t'))
        l.n--;
    return l;
}

static int starts_ci(line l, const char *p) {
    size_t n = strlen(p);
    return l.n >= n && g_ascii_strncasecmp(l.s, p, n) == 0;
}

static int contains_ci(line l, const char *p) {
    size_t n = strlen(p);
    for (size_t i = 0; i + n <= l.n; i++)
        if (g_ascii_strncasecmp(l.s + i, p, n) == 0)
            return 1;
    return 0;
}

static int ends_with(line l, char c) { return l.n > 0 && l.s[l.n - 1] == c; }

static int blank(line l) { return lstrip(l).n == 0; }

/* "Van: ... Verzonden: ..." and friends: a header line of a quoted mail. */
static int header_line(line l, int with_from) {
    static const char *const h[] = {"verzonden:", "sent:", "datum:", "date:", "aan:", "to:",
                                    "onderwerp:", "subject:", "cc:", "bcc:", "beantwoorden:",
                                    "reply-to:", "gesendet:", "an:", "betreff:", NULL};
    l = lstrip(l);
    /* Outlook's HTML puts the labels in bold; the text form may keep '*'. */
    while (l.n > 0 && l.s[0] == '*')
        l.s++, l.n--;
    if (with_from && (starts_ci(l, "van:") || starts_ci(l, "from:") || starts_ci(l, "von:")))
        return 1;
    for (int i = 0; h[i]; i++)
        if (starts_ci(l, h[i]))
            return 1;
    return 0;
}

/* A block of quoted headers starts at i: a From line and, within the next
 * four lines, at least two other header lines. One header-like line alone
 * ("Van: mijn buurman hoor ik ...") is not enough. */
static int header_block(const line *ls, size_t n, size_t i) {
    line l = lstrip(ls[i]);
    while (l.n > 0 && l.s[0] == '*')
        l.s++, l.n--;
    if (!(starts_ci(l, "van:") || starts_ci(l, "from:") || starts_ci(l, "von:")))
        return 0;
    int more = 0;
    for (size_t k = i + 1; k < n && k <= i + 4; k++)
        more += header_line(ls[k], 0);
    return more >= 2;
}

enum cut { CUT_NONE, CUT_QUOTE, CUT_FORWARD };

/* Whether line i opens quoted history (cut the rest) or a forwarded message
 * (drop its header block, keep its body). */
static enum cut cut_at(const line *ls, size_t n, size_t i, int forward, size_t *skip) {
    line l = lstrip(ls[i]);
    *skip = 1;
    if (l.n == 0)
        return CUT_NONE;
    /* Forward markers of Gmail, Thunderbird and Apple Mail, in Dutch and English. */
    if ((l.s[0] == '-' && (contains_ci(l, "forwarded message") ||
                           contains_ci(l, "doorgestuurd bericht") ||
                           contains_ci(l, "doorgestuurd e-mailbericht"))) ||
        starts_ci(l, "begin forwarded message") || starts_ci(l, "begin doorgestuurd bericht")) {
        size_t k = i + 1;
        while (k < n && (header_line(ls[k], 1) || (k > i + 1 && !blank(ls[k]) &&
                                                    (ls[k].s[0] == ' ' || ls[k].s[0] == '\t'))))
            k++;
        *skip = k - i;
        return CUT_FORWARD;
    }
    int outlook = l.s[0] == '-' && (contains_ci(l, "oorspronkelijk bericht") ||
                                     contains_ci(l, "original message") ||
                                     contains_ci(l, "ursprüngliche nachricht"));
    /* A line of underscores is Outlook's separator before "Van:". */
    int rule = 0;
    if (l.n >= 10) {
        rule = 1;
        for (size_t k = 0; k < l.n; k++)
            rule &= l.s[k] == '_';
    }
    if (rule && i + 1 < n && header_block(ls, n, i + 1))
        outlook = 1;
    if (outlook || header_block(ls, n, i)) {
        if (!forward)
            return CUT_QUOTE;
        size_t k = i + (outlook ? 1 : 0);
        while (k < n && header_line(ls[k], 1))
            k++;
        *skip = k - i > 0 ? k - i : 1;
        return CUT_FORWARD;
    }
    /* "Op 3 okt. 2023 om 10:12 schreef Gemeente <info@...>:", which mail
     * programs wrap over two lines; the same in English. */
    if (starts_ci(l, "op ") || starts_ci(l, "on ") || starts_ci(l, "am ") ||
        starts_ci(l, "le ")) {
        line two = l;
        if (!ends_with(l, ':') && i + 1 < n) {
            line nx = lstrip(ls[i + 1]);
            if (ends_with(nx, ':'))
                two.n = (size_t)(nx.s + nx.n - l.s);
            else
                two.n = 0;
        }
        if (ends_with(two, ':') && (contains_ci(two, "schreef") || contains_ci(two, "wrote") ||
                                    contains_ci(two, "schrieb") || contains_ci(two, "écrit")))
            return CUT_QUOTE;
    }
    if (starts_ci(l, "verzonden vanaf mijn") || starts_ci(l, "verstuurd vanaf mijn") ||
        starts_ci(l, "sent from my") || starts_ci(l, "verzonden met "))
        return CUT_QUOTE;
    return CUT_NONE;
}

static int quoted(line l) {
    l = lstrip(l);
    return l.n > 0 && l.s[0] == '>';
}

/* A sign-off that starts the signature when only a short block follows. */
static int signoff(line l) {
    static const char *const s[] = {
        /* Longer forms first: the first prefix that matches decides. */
        "met vriendelijke groeten", "met vriendelijke groet", "vriendelijke groeten",
        "vriendelijke groet", "met hartelijke groeten", "met hartelijke groet",
        "hartelijke groeten", "hartelijke groet", "met groet", "groeten", "groet,", "mvg",
        "m.v.g.", "hoogachtend",
        "kind regards", "best regards", "regards", "with kind regards", "sincerely", NULL};
    l = lstrip(l);
    if (l.n == 0 || l.n > 60)
        return 0;
    for (int i = 0; s[i]; i++)
        if (starts_ci(l, s[i])) {
            /* "Groeten uit Utrecht, waar de bus weer niet reed" is text. */
            size_t k = strlen(s[i]);
            line rest = {l.s + k, l.n - k};
            rest = lstrip(rest);
            return rest.n == 0 || (rest.n <= 3 && !isalpha((unsigned char)rest.s[0])) ||
                   (rest.n <= 12 && (rest.s[0] == ',' || rest.s[0] == '!' || rest.s[0] == '.'));
        }
    return 0;
}

#define SIG_MAX_LINES 8 /* a name block: name, address, phone, BSN, ... */

static void join(GString *o, const line *ls, size_t from, size_t to, const unsigned char *drop) {
    int blanks = 0;
    for (size_t i = from; i < to; i++) {
        if (drop && drop[i])
            continue;
        line l = ls[i];
        while (l.n > 0 && (l.s[l.n - 1] == ' ' || l.s[l.n - 1] == '\t'))
            l.n--;
        if (l.n == 0) {
            blanks++;
            continue;
        }
        if (o->len > 0)
            g_string_append(o, blanks ? "\n\n" : "\n");
        blanks = 0;
        g_string_append_len(o, l.s, (gssize)l.n);
    }
}

static char *trim(const char *text, int forward, char **signature, int *trimmed);

char *ll_mime_trim(const char *text, int forward, char **signature) {
    int trimmed;
    return trim(text, forward, signature, &trimmed);
}

/* trimmed: set when quoted history or forward headers were removed. */
static char *trim(const char *text, int forward, char **signature, int *trimmed) {
    size_t len = strlen(text), n = 1;
    for (size_t i = 0; i < len; i++)
        n += text[i] == '\n';
    line *ls = malloc(n * sizeof(*ls));
    unsigned char *drop = calloc(n, 1);
    GString *o = g_string_sized_new(len + 1), *sig = g_string_new("");
    if (!ls || !drop) {
        free(ls);
        free(drop);
        g_string_free(sig, TRUE);
        g_string_free(o, TRUE);
        if (signature)
            *signature = NULL;
        return NULL;
    }
    n = 0;
    for (const char *p = text;;) {
        const char *nl = strchr(p, '\n');
        ls[n].s = p;
        ls[n].n = nl ? (size_t)(nl - p) : strlen(p);
        n++;
        if (!nl)
            break;
        p = nl + 1;
    }
    size_t end = n;
    *trimmed = 0;
    for (size_t i = 0; i < end; i++) {
        size_t skip;
        enum cut c = cut_at(ls, n, i, forward, &skip);
        if (c == CUT_QUOTE) {
            end = i;
            *trimmed = 1;
            break;
        }
        if (c == CUT_FORWARD) {
            for (size_t k = i; k < i + skip && k < n; k++)
                drop[k] = 1;
            i += skip - 1;
            *trimmed = 1;
            continue;
        }
        if (quoted(ls[i]))
            drop[i] = *trimmed = 1;
    }
    /* The signature: "-- " (RFC 3676) wherever it is, else a sign-off that
     * only a short name block follows. */
    size_t sig_at = end;
    for (size_t i = 0; i < end && sig_at == end; i++) {
        line l = ls[i];
        if (drop[i])
            continue;
        if ((l.n == 3 && memcmp(l.s, "-- ", 3) == 0) || (l.n == 2 && memcmp(l.s, "--", 2) == 0))
            sig_at = i;
    }
    /* The first sign-off that at most SIG_MAX_LINES lines of text follow,
     * found from the end: only the last SIG_MAX_LINES + 1 lines of text are
     * looked at, so a body of nothing but "mvg" lines costs one pass, not one
     * pass per line (issue 14: 80k lines took 14.5 s). */
    if (sig_at == end) {
        size_t after = 0;
        for (size_t i = end; i-- > 0 && after <= SIG_MAX_LINES;) {
            if (drop[i])
                continue;
            if (signoff(ls[i]))
                sig_at = i;
            after += !blank(ls[i]);
        }
    }
    join(o, ls, 0, sig_at, drop);
    join(sig, ls, sig_at, end, drop);
    if (sig->len > LL_MIME_MAX_SIGNATURE)
        g_string_truncate(sig, 0); /* not a signature: a second letter. Keep nothing. */
    free(ls);
    free(drop);
    if (signature)
        *signature = g_string_free(sig, FALSE);
    else
        g_string_free(sig, TRUE);
    /* Callers free with free(): GLib's allocator is malloc since 2.46. */
    return g_string_free(o, FALSE);
}

/* ---------------------------------------------------------------- MIME walk */

typedef struct walk {
    ll_mime *m;
    GString *plain;          /* text/plain bodies, cleaned UTF-8 */
    GString *html;           /* text of text/html bodies */
    int parts;
    int truncated;
    GMimeMessage *inner;     /* first attached message/rfc822: text of last resort */
    int encrypted;
} walk;

enum mode { BODY, ATTACH_ONLY };

static void add_name(ll_mime *m, const char *name) {
    if (m->nnames >= LL_MIME_MAX_ATTACH_NAMES)
        return;
    /* Only the base name: "C:\Users\jan\paspoort.pdf" says more than needed. */
    const char *base = name;
    for (const char *p = name; *p; p++)
        if (*p == '/' || *p == '\\')
            base = p + 1;
    GString *clean = g_string_new("");
    append_clean(clean, base, strlen(base), LL_MIME_MAX_ATTACH_NAME * 2);
    for (size_t i = 0; i < clean->len; i++)
        if (clean->str[i] == '\n' || clean->str[i] == '\t')
            clean->str[i] = ' ';
    g_strstrip(clean->str);
    size_t n = strlen(clean->str);
    if (n > LL_MIME_MAX_ATTACH_NAME) {
        n = LL_MIME_MAX_ATTACH_NAME;
        while (n > 0 && ((unsigned char)clean->str[n] & 0xC0) == 0x80)
            n--;
    }
    if (n > 0) {
        memcpy(m->names[m->nnames], clean->str, n);
        m->names[m->nnames][n] = '\0';
        m->nnames++;
    }
    g_string_free(clean, TRUE);
}

static int has_name(const ll_mime *m, const char *name) {
    for (int i = 0; i < m->nnames; i++)
        if (strcmp(m->names[i], name) == 0)
            return 1;
    return 0;
}

static void count_attachment(walk *w, const char *name, enum mode mode) {
    /* A part seen again in another alternative is the same attachment. */
    if (mode == ATTACH_ONLY && name && has_name(w->m, name))
        return;
    w->m->attachments++;
    if (name && *name)
        add_name(w->m, name);
}

static int is_body_part(GMimeObject *obj) {
    GMimeContentType *ct = g_mime_object_get_content_type(obj);
    if (!ct || !(g_mime_content_type_is_type(ct, "text", "plain") ||
                 g_mime_content_type_is_type(ct, "text", "html")))
        return 0;
    const char *disp = g_mime_object_get_disposition(obj);
    if (disp && g_ascii_strcasecmp(disp, "attachment") == 0)
        return 0;
    return g_mime_part_get_filename(GMIME_PART(obj)) == NULL;
}

/* Whether obj holds a text/plain body somewhere. */
static int has_plain(GMimeObject *obj, int depth) {
    if (depth > LL_MIME_MAX_DEPTH)
        return 0;
    if (GMIME_IS_PART(obj))
        return is_body_part(obj) &&
               g_mime_content_type_is_type(g_mime_object_get_content_type(obj), "text", "plain");
    if (GMIME_IS_MULTIPART(obj)) {
        int n = g_mime_multipart_get_count(GMIME_MULTIPART(obj));
        for (int i = 0; i < n && i < LL_MIME_MAX_PARTS; i++)
            if (has_plain(g_mime_multipart_get_part(GMIME_MULTIPART(obj), i), depth + 1))
                return 1;
    }
    return 0;
}

static void body_text(walk *w, GMimeObject *obj) {
    GMimeDataWrapper *dw = g_mime_part_get_content(GMIME_PART(obj));
    if (!dw)
        return;
    GMimeContentType *ct = g_mime_object_get_content_type(obj);
    const char *charset = g_mime_content_type_get_parameter(ct, "charset");
    if (!w->m->charset[0] && charset)
        snprintf(w->m->charset, sizeof(w->m->charset), "%s", charset);
    /* Decodes base64 and quoted-printable; the result is in the part's charset. */
    GMimeStream *mem = g_mime_stream_mem_new();
    g_mime_data_wrapper_write_to_stream(dw, mem);
    GByteArray *ba = g_mime_stream_mem_get_byte_array(GMIME_STREAM_MEM(mem));
    int html = g_mime_content_type_is_type(ct, "text", "html");
    GString *dst = html ? w->html : w->plain;
    size_t n = ba ? ba->len : 0;
    if (n > LL_MIME_MAX_BODY_BYTES) {
        n = LL_MIME_MAX_BODY_BYTES;
        w->truncated = 1;
    }
    if (dst->len > 0 && !at_line_start(dst))
        g_string_append_c(dst, '\n');
    if (html) {
        GString *u = g_string_new("");
        append_converted(u, n ? (const char *)ba->data : "", n, charset, LL_MIME_MAX_BODY_BYTES);
        char *t = ll_mime_html_to_text(u->str, u->len);
        if (t && append_clean(dst, t, strlen(t), LL_MIME_MAX_BODY_BYTES))
            w->truncated = 1;
        g_free(t);
        g_string_free(u, TRUE);
    } else if (append_converted(dst, n ? (const char *)ba->data : "", n, charset,
                                LL_MIME_MAX_BODY_BYTES)) {
        w->truncated = 1;
    }
    g_object_unref(mem);
}

static void walk_obj(walk *w, GMimeObject *obj, int depth, enum mode mode, int inline_res) {
    if (!obj || depth > LL_MIME_MAX_DEPTH || ++w->parts > LL_MIME_MAX_PARTS)
        return;
    if (GMIME_IS_MESSAGE_PART(obj)) {
        GMimeMessage *inner = g_mime_message_part_get_message(GMIME_MESSAGE_PART(obj));
        const char *fn = g_mime_object_get_content_disposition_parameter(obj, "filename");
        if (!fn)
            fn = g_mime_object_get_content_type_parameter(obj, "name");
        count_attachment(w, fn, mode);
        if (inner && !w->inner)
            w->inner = inner;
        return;
    }
    if (GMIME_IS_MULTIPART(obj)) {
        GMimeMultipart *mp = GMIME_MULTIPART(obj);
        GMimeContentType *ct = g_mime_object_get_content_type(obj);
        int n = g_mime_multipart_get_count(mp);
        if (g_mime_content_type_is_type(ct, "multipart", "encrypted")) {
            w->encrypted = 1;
            return;
        }
        if (g_mime_content_type_is_type(ct, "multipart", "signed")) {
            /* The second part is the signature itself, not something the citizen sent. */
            walk_obj(w, n > 0 ? g_mime_multipart_get_part(mp, 0) : NULL, depth + 1, mode, 0);
            return;
        }
        if (g_mime_content_type_is_type(ct, "multipart", "alternative")) {
            /* Prefer the text/plain rendering; else the last (richest) one. */
            int best = -1;
            for (int i = 0; i < n && best < 0; i++)
                if (has_plain(g_mime_multipart_get_part(mp, i), depth + 1))
                    best = i;
            if (best < 0)
                best = n - 1;
            for (int i = 0; i < n; i++)
                walk_obj(w, g_mime_multipart_get_part(mp, i), depth + 1,
                         i == best ? mode : ATTACH_ONLY, 0);
            return;
        }
        int related = g_mime_content_type_is_type(ct, "multipart", "related");
        for (int i = 0; i < n; i++)
            walk_obj(w, g_mime_multipart_get_part(mp, i), depth + 1, mode, related && i > 0);
        return;
    }
    if (!GMIME_IS_PART(obj))
        return;
    if (is_body_part(obj)) {
        if (mode == BODY)
            body_text(w, obj);
        return;
    }
    const char *disp = g_mime_object_get_disposition(obj);
    int attachment = disp && g_ascii_strcasecmp(disp, "attachment") == 0;
    /* An image the HTML shows by cid: (logo, screenshot in the text) is part
     * of the body's rendering, not an attachment the citizen added. */
    if (inline_res && !attachment && g_mime_object_get_content_id(obj))
        return;
    count_attachment(w, g_mime_part_get_filename(GMIME_PART(obj)), mode);
}

/* ---------------------------------------------------------------- message */

static GMimeParserOptions *parser_options(void) {
    static int inited;
    if (!inited) {
        g_mime_init();
        if (sodium_init() < 0)
            abort(); /* libsodium unusable: nothing sensible to continue with */
        inited = 1;
    }
    GMimeParserOptions *opts = g_mime_parser_options_new();
    /* Real mail breaks the RFCs (raw 8-bit headers, encoded words inside
     * quotes): read it as the major clients do rather than refuse it. */
    g_mime_parser_options_set_rfc2047_compliance_mode(opts, GMIME_RFC_COMPLIANCE_LOOSE);
    g_mime_parser_options_set_address_compliance_mode(opts, GMIME_RFC_COMPLIANCE_LOOSE);
    g_mime_parser_options_set_parameter_compliance_mode(opts, GMIME_RFC_COMPLIANCE_LOOSE);
    static const char *fallback[] = {"UTF-8", "windows-1252", NULL};
    g_mime_parser_options_set_fallback_charsets(opts, fallback);
    return opts;
}

void ll_mime_raw_key(const char *buf, size_t len, char *out, size_t outlen) {
    unsigned char h[16];
    char hex[sizeof(h) * 2 + 1];
    crypto_generichash(h, sizeof(h), (const unsigned char *)buf, len, NULL, 0);
    sodium_bin2hex(hex, sizeof(hex), h, sizeof(h));
    snprintf(out, outlen, "blake2b:%s", hex);
}

/* A header value as one clean line of at most cap bytes, cut on a character. */
static void header_copy(char *dst, size_t cap, const char *src) {
    GString *g = g_string_new("");
    append_clean(g, src ? src : "", src ? strlen(src) : 0, cap * 2 + 16);
    for (size_t i = 0; i < g->len; i++)
        if (g->str[i] == '\n' || g->str[i] == '\t')
            g->str[i] = ' ';
    g_strstrip(g->str);
    size_t n = strlen(g->str);
    if (n > cap) {
        n = cap;
        while (n > 0 && ((unsigned char)g->str[n] & 0xC0) == 0x80)
            n--;
    }
    memcpy(dst, g->str, n);
    dst[n] = '\0';
    g_string_free(g, TRUE);
}

static int msgid_ok(const char *s) {
    size_t n = strlen(s);
    if (n == 0 || n > LL_MIME_MAX_MSGID_BYTES)
        return 0;
    for (size_t i = 0; i < n; i++)
        if ((unsigned char)s[i] < 0x21 || (unsigned char)s[i] > 0x7E)
            return 0;
    return 1;
}

static int is_forward(const char *subject) {
    static const char *const p[] = {"fw:", "fwd:", "doorst:", "tr:", "wg:", NULL};
    while (*subject == ' ')
        subject++;
    for (int i = 0; p[i]; i++)
        if (g_ascii_strncasecmp(subject, p[i], strlen(p[i])) == 0)
            return 1;
    return 0;
}

/* Share of U+FFFD among the characters: binary junk read as text. */
static int mostly_undecodable(const char *s) {
    size_t chars = 0, bad = 0;
    for (const unsigned char *p = (const unsigned char *)s; *p; p++) {
        if ((*p & 0xC0) != 0x80)
            chars++;
        if (p[0] == 0xEF && p[1] == 0xBF && p[2] == 0xBD)
            bad++;
    }
    return bad > 8 && bad * 5 > chars;
}

static void from_address(ll_mime *m, GMimeMessage *msg) {
    InternetAddressList *l = g_mime_message_get_from(msg);
    int n = l ? internet_address_list_length(l) : 0;
    for (int i = 0; i < n; i++) {
        InternetAddress *a = internet_address_list_get_address(l, i);
        if (!INTERNET_ADDRESS_IS_MAILBOX(a))
            continue;
        header_copy(m->from_addr, LL_MAX_EMAIL_BYTES,
                    internet_address_mailbox_get_addr(INTERNET_ADDRESS_MAILBOX(a)));
        header_copy(m->from_name, LL_MAX_NAME_BYTES, internet_address_get_name(a));
        return;
    }
}

ll_mime *ll_mime_parse(const char *buf, size_t len, size_t max_len, ll_err *err) {
    memset(err, 0, sizeof(*err));
    if (len == 0) {
        ll_err_set(err, "", "empty message");
        return NULL;
    }
    if (len > max_len) {
        ll_err_set(err, "", "message of %zu bytes is larger than max_message_bytes (%zu)", len,
                   max_len);
        return NULL;
    }
    GMimeParserOptions *opts = parser_options();
    ll_mime *m = calloc(1, sizeof(*m));
    GMimeStream *stream = g_mime_stream_mem_new_with_buffer(buf, len);
    GMimeParser *parser = g_mime_parser_new_with_stream(stream);
    GMimeMessage *msg = NULL;
    walk w = {.m = m};
    char *raw = NULL;
    if (!m) {
        ll_err_set(err, "", "out of memory");
        goto fail;
    }
    g_mime_parser_set_format(parser, GMIME_FORMAT_MESSAGE);
    msg = g_mime_parser_construct_message(parser, opts);
    GMimeHeaderList *hl = msg ? g_mime_object_get_header_list(GMIME_OBJECT(msg)) : NULL;
    if (!msg || !hl || g_mime_header_list_get_count(hl) == 0) {
        ll_err_set(err, "header", "not an RFC 5322 message: no header block");
        goto fail;
    }
    /* A block of "name: value" lines alone is not mail: demand one header
     * every mail program writes. */
    if (!g_mime_object_get_header(GMIME_OBJECT(msg), "From") &&
        !g_mime_object_get_header(GMIME_OBJECT(msg), "Date") &&
        !g_mime_object_get_header(GMIME_OBJECT(msg), "Message-ID") &&
        !g_mime_object_get_header(GMIME_OBJECT(msg), "Subject") &&
        !g_mime_object_get_header(GMIME_OBJECT(msg), "MIME-Version")) {
        ll_err_set(err, "header", "not an RFC 5322 message: no From, Date, Subject, "
                                  "Message-ID or MIME-Version header");
        goto fail;
    }

    const char *mid = g_mime_message_get_message_id(msg);
    if (mid && msgid_ok(mid)) {
        snprintf(m->message_id, sizeof(m->message_id), "%s", mid);
        snprintf(m->natural_key, sizeof(m->natural_key), "%s", mid);
    } else if (mid && *mid) {
        /* Too long or with odd bytes for a reference: still the same key
         * each time, through its hash. */
        ll_mime_raw_key(mid, strlen(mid), m->natural_key, sizeof(m->natural_key));
    } else {
        ll_mime_raw_key(buf, len, m->natural_key, sizeof(m->natural_key));
    }
    header_copy(m->subject, LL_MAX_SUBJECT_BYTES, g_mime_message_get_subject(msg));
    from_address(m, msg);
    GDateTime *dt = g_mime_message_get_date(msg);
    if (dt) {
        m->date = (long long)g_date_time_to_unix(dt);
        m->has_date = 1;
    }
    /* "Received: from ... by mx ...; Tue, 10 Oct 2023 09:14:02 +0200": the
     * date after the last ';' of the first (newest) one. */
    GMimeHeader *rh = g_mime_header_list_get_header(hl, "Received");
    const char *rv = rh ? g_mime_header_get_value(rh) : NULL;
    const char *semi = rv ? strrchr(rv, ';') : NULL;
    GDateTime *rdt = semi ? g_mime_utils_header_decode_date(semi + 1) : NULL;
    if (rdt) {
        m->received = (long long)g_date_time_to_unix(rdt);
        m->has_received = 1;
        g_date_time_unref(rdt);
    }

    w.plain = g_string_new("");
    w.html = g_string_new("");
    walk_obj(&w, g_mime_message_get_mime_part(msg), 0, BODY, 0);
    int plain_blank = 1;
    for (const char *p = w.plain->str; *p && plain_blank; p++)
        plain_blank = g_ascii_isspace(*p);
    if (plain_blank && w.html->len == 0 && w.inner) {
        /* Nothing but a forwarded message as attachment: its text is what was sent. */
        GMimeMessage *inner = w.inner;
        w.inner = NULL;
        walk_obj(&w, g_mime_message_get_mime_part(inner), 1, BODY, 0);
        for (const char *p = w.plain->str; *p && plain_blank; p++)
            plain_blank = g_ascii_isspace(*p);
    }
    GString *body = plain_blank ? w.html : w.plain;
    m->html_only = plain_blank && w.html->len > 0;
    m->text_truncated = w.truncated;

    raw = trim(body->str, is_forward(m->subject), &m->signature, &m->quote_trimmed);
    if (!raw || !m->signature) {
        ll_err_set(err, "", "out of memory");
        goto fail;
    }
    int blank_text = 1;
    for (const char *p = raw; *p && blank_text; p++)
        blank_text = g_ascii_isspace(*p);
    if (blank_text) {
        /* All of it looked like quotes or signature: keep it rather than
         * throw away what the citizen did send. */
        free(raw);
        free(m->signature);
        m->signature = strdup("");
        m->quote_trimmed = 0;
        GString *g = g_string_new(body->str);
        g_strstrip(g->str);
        raw = g_string_free(g, FALSE);
        if (!m->signature || !raw) {
            ll_err_set(err, "", "out of memory");
            goto fail;
        }
        blank_text = raw[0] == '\0';
    }
    if (blank_text) {
        ll_err_set(err, "text", w.encrypted ? "encrypted message: no readable text"
                                            : "no text in the message");
        goto fail;
    }
    if (mostly_undecodable(raw)) {
        ll_err_set(err, "text", "the text is mostly undecodable bytes");
        goto fail;
    }
    size_t n = strlen(raw);
    if (n > LL_MAX_TEXT_BYTES) {
        /* Cut on a character, preferably on a line or word end. */
        size_t cut = LL_MAX_TEXT_BYTES;
        while (cut > 0 && ((unsigned char)raw[cut] & 0xC0) == 0x80)
            cut--;
        for (size_t k = cut; k > cut - 200; k--)
            if (raw[k] == '\n' || raw[k] == ' ') {
                cut = k;
                break;
            }
        raw[cut] = '\0';
        n = cut;
        m->text_truncated = 1;
    }
    m->text = raw;
    m->text_len = n;
    raw = NULL;
    g_string_free(w.plain, TRUE);
    g_string_free(w.html, TRUE);
    g_object_unref(msg);
    g_object_unref(parser);
    g_object_unref(stream);
    g_mime_parser_options_free(opts);
    return m;
fail:
    free(raw);
    if (w.plain)
        g_string_free(w.plain, TRUE);
    if (w.html)
        g_string_free(w.html, TRUE);
    if (msg)
        g_object_unref(msg);
    g_object_unref(parser);
    g_object_unref(stream);
    g_mime_parser_options_free(opts);
    ll_mime_free(m);
    return NULL;
}

void ll_mime_free(ll_mime *m) {
    if (!m)
        return;
    free(m->text);
    free(m->signature);
    free(m);
}
