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

/* ---------------------------------------------------------------- MIME walk */

typedef struct walk {
    ll_mime *m;
    GString *plain; /* text/plain bodies, cleaned UTF-8 */
    GString *html;  /* text of text/html bodies */
    int parts;
    int truncated;
    GMimeMessage *inner; /* first attached message/rfc822: text of last resort */
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
        ll_err_set(err, "header",
                   "not an RFC 5322 message: no From, Date, Subject, "
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
    /* Blank: white space and invisible characters only (ll_text_blank), as for every channel. */
    int plain_blank = ll_text_blank(w.plain->str);
    int forward = is_forward(m->subject);
    if (plain_blank && w.html->len == 0 && w.inner) {
        /* Nothing but a forwarded message as attachment: its text is what was sent. */
        GMimeMessage *inner = w.inner;
        w.inner = NULL;
        walk_obj(&w, g_mime_message_get_mime_part(inner), 1, BODY, 0);
        plain_blank = ll_text_blank(w.plain->str);
    } else if (!plain_blank && w.inner && forward) {
        /* A forward with a note of its own and the message attached: the attached text is
         * the citizen's (a GP's "Doorgestuurd als bijlage, graag dringend contact" kept only
         * the note, and the patient's "Ik wil er niet meer zijn" was on no topic, 12-02).
         * Under a forward marker, so the trim drops it and the note's signature ends there. */
        GMimeMessage *inner = w.inner;
        w.inner = NULL;
        g_string_append(w.plain, at_line_start(w.plain) ? "\n" : "\n\n");
        g_string_append(w.plain, "-------- Doorgestuurd bericht --------\n\n");
        walk_obj(&w, g_mime_message_get_mime_part(inner), 1, BODY, 0);
    }
    GString *body = plain_blank ? w.html : w.plain;
    m->html_only = plain_blank && w.html->len > 0;
    m->text_truncated = w.truncated;

    raw = ll_mime_trim(body->str, forward, &m->signature, &m->quote_trimmed);
    if (!raw || !m->signature) {
        ll_err_set(err, "", "out of memory");
        goto fail;
    }
    int blank_text = ll_text_blank(raw);
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
        blank_text = ll_text_blank(raw);
    }
    if (blank_text && !w.encrypted && !ll_text_blank(m->subject)) {
        /* Said in the subject alone: "Gaslucht in het portiek, kinderen spelen er" with an
         * empty body, or a photo under "Losse stoeptegel bij de school", was a dead letter
         * and a bounce to its sender (user check 6). Klantinteracties' onderwerp stands in
         * for an empty inhoud the same way. */
        free(raw);
        raw = strdup(m->subject);
        if (!raw) {
            ll_err_set(err, "", "out of memory");
            goto fail;
        }
        blank_text = 0;
    }
    if (blank_text) {
        ll_err_set(err, "text",
                   w.encrypted ? "encrypted message: no readable text" : "no text in the message");
        goto fail;
    }
    if (mostly_undecodable(raw)) {
        ll_err_set(err, "text", "the text is mostly undecodable bytes");
        goto fail;
    }
    size_t n = strlen(raw);
    if (n > LL_MAX_TEXT_BYTES) {
        /* The start and the end, with a mark between: what a long mail asks is as often
         * at its end as at its start (a 10 MB mail's "stroomkabel bloot bij de speeltuin"
         * in its last lines was cut away unseen: user check of 12-01, session 12). Each
         * cut on a character, preferably on a line or word end. */
        static const char mark[] = "\n[\xE2\x80\xA6]\n"; /* "[…]" */
        size_t room = LL_MAX_TEXT_BYTES - (sizeof(mark) - 1);
        size_t head = room * 3 / 4, tail = n - (room - head);
        while (head > 0 && ((unsigned char)raw[head] & 0xC0) == 0x80)
            head--;
        for (size_t k = head; k > 0 && head - k < 200; k--)
            if (raw[k] == '\n' || raw[k] == ' ') {
                head = k;
                break;
            }
        while (tail < n && ((unsigned char)raw[tail] & 0xC0) == 0x80)
            tail++;
        for (size_t k = tail; k < n && k - tail < 200; k++)
            if (raw[k] == '\n' || raw[k] == ' ') {
                tail = k + 1;
                break;
            }
        memcpy(raw + head, mark, sizeof(mark) - 1);
        memmove(raw + head + sizeof(mark) - 1, raw + tail, n - tail + 1);
        n = head + sizeof(mark) - 1 + (n - tail);
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
