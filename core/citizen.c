/* citizen.c - pseudonym and contact from a citizen's identifiers; the BSN stays here. */
#include "citizen.h"

#include <stdio.h>
#include <string.h>

#include "ident.h"
#include "ll_limits.h"
#include "text.h"

static const char *opt_str(const cJSON *in, const char *name, const char *path, size_t max,
                           ll_err *err, int *bad) {
    const cJSON *it = cJSON_GetObjectItemCaseSensitive(in, name);
    char f[96];
    snprintf(f, sizeof(f), "%s.%s", path, name);
    if (!it || cJSON_IsNull(it))
        return NULL;
    if (!cJSON_IsString(it)) {
        ll_err_set(err, f, "must be a string");
        *bad = 1;
        return NULL;
    }
    if (strlen(it->valuestring) > max) {
        ll_err_set(err, f, "longer than %zu bytes", max);
        *bad = 1;
        return NULL;
    }
    if (ll_has_control(it->valuestring)) {
        ll_err_set(err, f, "control character not allowed");
        *bad = 1;
        return NULL;
    }
    return it->valuestring[0] ? it->valuestring : NULL;
}

int ll_citizen_apply(const cJSON *in, int contact_requested, cJSON *data, const char *path,
                     ll_err *err) {
    static const char *const allowed[] = {"bsn", "email", "phone", "name", NULL};
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
        if (ll_json_known_fields(in, allowed, f, err) != 0)
            return -1;
        const char *b = opt_str(in, "bsn", path, 32, err, &bad);
        const char *e = bad ? NULL : opt_str(in, "email", path, LL_MAX_EMAIL_BYTES, err, &bad);
        const char *p = bad ? NULL : opt_str(in, "phone", path, LL_MAX_PHONE_BYTES, err, &bad);
        name = bad ? NULL : opt_str(in, "name", path, LL_MAX_NAME_BYTES, err, &bad);
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
