/* citizen.c - pseudonym and contact from a citizen's identifiers; the BSN stays here. */
#include "citizen.h"

#include <stdio.h>
#include <string.h>

#include "ident.h"
#include "ll_limits.h"
#include "text.h"

const ll_json_field ll_citizen_fields[] = {{"bsn", LL_JSON_STRING, 0, 32, NULL},
                                           {"email", LL_JSON_STRING, 0, LL_MAX_EMAIL_BYTES, NULL},
                                           {"phone", LL_JSON_STRING, 0, LL_MAX_PHONE_BYTES, NULL},
                                           {"name", LL_JSON_STRING, 0, LL_MAX_NAME_BYTES, NULL},
                                           {NULL, 0, 0, 0, NULL}};

/* A field ll_json_check_fields let through: NULL when absent or "", err for a control
 * character. */
static const char *opt_str(const cJSON *in, const char *name, const char *path, ll_err *err,
                           int *bad) {
    const char *s = ll_json_str(in, name);
    if (s && ll_has_control(s)) {
        char f[96];
        snprintf(f, sizeof(f), "%s.%s", path, name);
        ll_err_set(err, f, "control character not allowed");
        *bad = 1;
        return NULL;
    }
    return s && s[0] ? s : NULL;
}

int ll_citizen_apply(const cJSON *in, int contact_requested, cJSON *data, const char *path,
                     ll_err *err) {
    char bsn[10] = "", email[LL_MAX_EMAIL_BYTES + 1] = "", phone[LL_MAX_PHONE_BYTES + 1] = "";
    const char *name = NULL;
    char f[96];
    int bad = 0;
    if (in && !cJSON_IsNull(in)) {
        if (!cJSON_IsObject(in)) {
            ll_err_set(err, path, "must be an object");
            return -1;
        }
        snprintf(f, sizeof(f), "%s.", path);
        if (ll_json_check_fields(in, ll_citizen_fields, f, err) != 0)
            return -1;
        const char *b = opt_str(in, "bsn", path, err, &bad);
        const char *e = bad ? NULL : opt_str(in, "email", path, err, &bad);
        const char *p = bad ? NULL : opt_str(in, "phone", path, err, &bad);
        name = bad ? NULL : opt_str(in, "name", path, err, &bad);
        if (bad)
            return -1;
        if (b && ll_bsn_normalise(b, bsn) != 0) {
            snprintf(f, sizeof(f), "%s.bsn", path);
            /* Never echo the number back: it may be a real BSN with a typo. */
            ll_err_set(err, f, "not a valid BSN (9 digits passing the 11-proef)");
            return -1;
        }
        if (e && ll_email_normalise(e, email, sizeof(email)) != 0) {
            snprintf(f, sizeof(f), "%s.email", path);
            ll_err_set(err, f, "not a valid e-mail address");
            return -1;
        }
        if (p && ll_phone_normalise(p, phone, sizeof(phone)) != 0) {
            snprintf(f, sizeof(f), "%s.phone", path);
            ll_err_set(err, f, "not a valid phone number");
            return -1;
        }
    }
    char ps[LL_PSEUDONYM_LEN + 1] = "";
    if (bsn[0])
        ll_pseudonym("bsn", bsn, ps);
    else if (email[0])
        ll_pseudonym("email", email, ps);
    else if (phone[0])
        ll_pseudonym("phone", phone, ps);
    if (ps[0]) {
        cJSON *c = cJSON_AddObjectToObject(data, "citizen");
        if (!c || !cJSON_AddStringToObject(c, "pseudonym", ps))
            goto oom;
    }
    if (contact_requested) {
        if (!email[0] && !phone[0]) {
            snprintf(f, sizeof(f), "%s", path);
            ll_err_set(err, f, "contact requested, but no e-mail address or phone number given");
            return -1;
        }
        cJSON *c = cJSON_AddObjectToObject(data, "contact");
        if (!c || (name && !cJSON_AddStringToObject(c, "name", name)) ||
            (email[0] && !cJSON_AddStringToObject(c, "email", email)) ||
            (phone[0] && !cJSON_AddStringToObject(c, "phone", phone)))
            goto oom;
    }
    return 0;
oom:
    ll_err_set(err, "", "out of memory");
    return -1;
}
