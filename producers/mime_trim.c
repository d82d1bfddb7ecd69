/* mime_trim.c - a mail's text without its quoted history, forward headers and signature. */
#include "mime.h"

#include <ctype.h>
#include <gmime/gmime.h>
#include <stdlib.h>
#include <string.h>

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
    static const char *const h[] = {
        "verzonden:", "sent:",    "datum:",   "date:", "aan:",          "to:",
        "onderwerp:", "subject:", "cc:",      "bcc:",  "beantwoorden:", "reply-to:",
        "gesendet:",  "an:",      "betreff:", NULL};
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

/* CUT_ATTRIBUTION: "Op ... schreef:" over *skip lines; what it opens is cut only when it
 * is not quoted line by line (then the citizen may write below or between the quotes). */
enum cut { CUT_NONE, CUT_QUOTE, CUT_FORWARD, CUT_ATTRIBUTION };

/* Whether line i opens quoted history (cut the rest) or a forwarded message
 * (drop its header block, keep its body). */
static enum cut cut_at(const line *ls, size_t n, size_t i, int forward, size_t *skip) {
    line l = lstrip(ls[i]);
    *skip = 1;
    if (l.n == 0)
        return CUT_NONE;
    /* Forward markers of Gmail, Thunderbird and Apple Mail, in Dutch and English. */
    if ((l.s[0] == '-' &&
         (contains_ci(l, "forwarded message") || contains_ci(l, "doorgestuurd bericht") ||
          contains_ci(l, "doorgestuurd e-mailbericht"))) ||
        starts_ci(l, "begin forwarded message") || starts_ci(l, "begin doorgestuurd bericht")) {
        size_t k = i + 1;
        while (k < n && (header_line(ls[k], 1) ||
                         (k > i + 1 && !blank(ls[k]) && (ls[k].s[0] == ' ' || ls[k].s[0] == '\t'))))
            k++;
        *skip = k - i;
        return CUT_FORWARD;
    }
    int outlook = l.s[0] == '-' &&
                  (contains_ci(l, "oorspronkelijk bericht") || contains_ci(l, "original message") ||
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
    if (starts_ci(l, "op ") || starts_ci(l, "on ") || starts_ci(l, "am ") || starts_ci(l, "le ")) {
        line two = l;
        size_t lines = 1;
        if (!ends_with(l, ':') && i + 1 < n) {
            line nx = lstrip(ls[i + 1]);
            if (ends_with(nx, ':'))
                two.n = (size_t)(nx.s + nx.n - l.s), lines = 2;
            else
                two.n = 0;
        }
        if (ends_with(two, ':') && (contains_ci(two, "schreef") || contains_ci(two, "wrote") ||
                                    contains_ci(two, "schrieb") || contains_ci(two, "écrit"))) {
            *skip = lines;
            return CUT_ATTRIBUTION;
        }
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

/* Whether the first line of text from i on is quoted. */
static int quote_follows(const line *ls, size_t n, size_t i) {
    while (i < n && blank(ls[i]))
        i++;
    return i < n && quoted(ls[i]);
}

/* "PS", "P.S.", "PPS", "NB", "N.B." opening a line: a postscript, the writer's text again. */
static int postscript(line l) {
    static const char *const p[] = {"p.p.s.", "p.s.", "pps", "ps", "n.b.", "nb", NULL};
    l = lstrip(l);
    for (int i = 0; p[i]; i++) {
        size_t k = strlen(p[i]);
        if (starts_ci(l, p[i]) && (l.n == k || !isalpha((unsigned char)l.s[k])))
            return 1;
    }
    return 0;
}

/* A sign-off that starts the signature when only a short block follows. */
static int signoff(line l) {
    static const char *const s[] = {/* Longer forms first: the first prefix that matches decides. */
                                    "met vriendelijke groeten",
                                    "met vriendelijke groet",
                                    "vriendelijke groeten",
                                    "vriendelijke groet",
                                    "met hartelijke groeten",
                                    "met hartelijke groet",
                                    "hartelijke groeten",
                                    "hartelijke groet",
                                    "met groet",
                                    "groeten",
                                    "groet,",
                                    "mvg",
                                    "m.v.g.",
                                    "hoogachtend",
                                    "kind regards",
                                    "best regards",
                                    "regards",
                                    "with kind regards",
                                    "sincerely",
                                    NULL};
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

/* Drop marks: history and forward headers, and the signature (not the body's). */
#define DROP_QUOTE 1u
#define DROP_SIGNATURE 2u
#define DROP_FORWARD 4u    /* a forward's header lines: what follows is another writer's */
#define DROP_ATTRIBUTED 8u /* a quoted line of a block that an attribution opened */

/* Words by which the writer makes quoted lines part of the message ("> Ik wil er niet meer
 * zijn ... Zie hierboven. Is er al nieuws?": the quote is what they say, user check of 12-02). */
static int refers_to_quote(line l) {
    static const char *const w[] = {"hierboven", "hieronder", "bovenstaand", "onderstaand",
                                    "zie boven", "zie onder", "zie beneden", "see above",
                                    "see below", NULL};
    for (int i = 0; w[i]; i++)
        if (contains_ci(l, w[i]))
            return 1;
    return 0;
}

/* The quoted line without its '>' marks (of every depth). */
static line unquote(line l) {
    l = lstrip(l);
    while (l.n > 0 && (l.s[0] == '>' || l.s[0] == ' ' || l.s[0] == '\t'))
        l.s++, l.n--;
    return l;
}

static void join(GString *o, const line *ls, size_t from, size_t to, const unsigned char *drop,
                 unsigned mask) {
    int blanks = 0;
    for (size_t i = from; i < to; i++) {
        if (drop[i] & mask)
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

char *ll_mime_trim(const char *text, int forward, char **signature, int *trimmed) {
    int trimmed_here;
    if (!trimmed)
        trimmed = &trimmed_here;
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
    int attributed = 0; /* the quoted block being read was opened by an attribution */
    for (size_t i = 0; i < end; i++) {
        size_t skip;
        enum cut c = cut_at(ls, n, i, forward, &skip);
        if (c == CUT_ATTRIBUTION && quote_follows(ls, n, i + skip)) {
            for (size_t k = i; k < i + skip; k++)
                drop[k] = DROP_QUOTE;
            i += skip - 1;
            *trimmed = 1;
            attributed = 1;
            continue;
        }
        if (c == CUT_QUOTE || c == CUT_ATTRIBUTION) {
            end = i;
            *trimmed = 1;
            break;
        }
        if (c == CUT_FORWARD) {
            for (size_t k = i; k < i + skip && k < n; k++)
                drop[k] = DROP_QUOTE | DROP_FORWARD;
            i += skip - 1;
            *trimmed = 1;
            continue;
        }
        if (quoted(ls[i])) {
            drop[i] = DROP_QUOTE | (attributed ? DROP_ATTRIBUTED : 0);
            *trimmed = 1;
        } else if (!blank(ls[i])) {
            attributed = 0;
        }
    }
    /* Quoted lines that no attribution gives to another writer, and that the writer points
     * at, are kept as text. Another's quoted words stay out (the municipality's own question
     * would be read as the citizen's). */
    int refers = 0;
    for (size_t i = 0; i < end && !refers; i++)
        refers = !drop[i] && refers_to_quote(ls[i]);
    for (size_t i = 0; refers && i < end; i++)
        if (drop[i] == DROP_QUOTE && quoted(ls[i])) {
            drop[i] = 0;
            ls[i] = unquote(ls[i]);
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
    /* A postscript ends the signature: what follows is the writer's again ("PS: ik wil niet
     * meer leven" was dropped with the name block, user check of 12-01, session 11). So does
     * a forward: below it is the forwarded writer's text (a wijkagent's "Ter info" and name
     * block above a citizen's knife threat dropped the threat as signature, 12-02). */
    size_t sig_end = end;
    for (size_t i = sig_at + 1; i < end && sig_end == end; i++)
        if ((drop[i] & DROP_FORWARD) || (!drop[i] && postscript(ls[i])))
            sig_end = i;
    for (size_t i = sig_at; i < sig_end; i++)
        drop[i] |= DROP_SIGNATURE;
    join(o, ls, 0, end, drop, DROP_QUOTE | DROP_SIGNATURE);
    join(sig, ls, sig_at, sig_end, drop, DROP_QUOTE);
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
