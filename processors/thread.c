/* thread.c - repeat contacts: one citizen, one theme, within a window, is one thread.
 *
 * A thread is a group of one citizen's contacts on one theme that all lie
 * within one window (thread_window_s) of each other, by the time the citizen
 * reached us (received_at), not by when they are processed: a mail delivered
 * late or a desk visit typed in the next day joins the thread its time
 * belongs to, before or after the contacts already there.
 *
 * Per (pseudonym, theme) Redis holds one small string, the record, which the
 * processor's batch script (dedup.c) reads and writes once per event, so the
 * cost does not grow with the window or with how often a citizen writes:
 *
 *   "S" next-thread-number "\n"
 *   per kept thread: "T" number \t first ms \t last ms \t contacts \t channels \t first event id "\n"
 *   per event threaded, oldest first:
 *     "\r" event id \t thread number \t contacts \t channels \t mark "\n"
 *
 * The second part is the replay memo: an event read again (after a crash,
 * an abort, a rebalance) finds its own line and gets the answer it got the
 * first time, whatever came after it, and changes nothing; so a replay gives
 * the same threads, in or out of order. The line's mark names the input that
 * carried the event ("partition:offset"), so the memo is also the event's
 * de-duplication mark (dedup.h): its id read from another input is a repeat
 * (the answer 0) and changes nothing either, when that input said the same
 * (the mark's digest after '|'); one that said something else is a new input
 * that reused a natural key, threaded and memoed under its own id, the id '~'
 * its input's partition:offset. Event ids hold no control
 * characters (core/event.c), channels only [a-z0-9_-], marks only [0-9a-f:|-],
 * so tab, newline and \r delimit.
 *
 * A new contact at time t joins the kept thread that stays within the window
 * with it (max(last, t) - min(first, t) <= window), the nearest one in time
 * when several could (ties: the later one); else it starts a thread. Threads
 * whose last contact is more than two windows before the newest are dropped
 * (with their memo lines when they are found), and at most
 * LL_THREAD_MAX_KEPT_STR are kept. */
#define _GNU_SOURCE /* memrchr */
#include "thread.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "event.h"
#include "keys.h"
#include "ll_limits.h"
#include "text.h"

const char ll_thread_lua[] =
    /* No record yet (most contacts): the argument is the new record. */
    "if not s then\n"
    "  r, v = 1, a\n"
    "else\n"
    /* The argument's parts by position (ll_thread_args writes it):
     * "S2\nT1\t" ts "\t" ts "\t1\t" ch "\t" id "\n" "\r" id "\t1\t1\t" ch "\t" mk "\n":
     * after ts's tab at tl, ch starts at 2 tl - 3; key is "\r" id "\t", how the
     * event's memo line starts; mk, the input's mark, ends the argument. Plain
     * finds and subs, no pattern: each Lua string made costs Redis a hash of
     * all its bytes. */
    "  local tl = find(a, '\\t', 7, true)\n"
    "  local ts = sub(a, 7, tl - 1)\n"
    "  local t = tonumber(ts)\n"
    "  local cb = 2 * tl - 3\n"
    "  local ce = find(a, '\\t', cb, true)\n"
    "  local ie = find(a, '\\n', ce + 1, true)\n"
    "  local ch = sub(a, cb, ce - 1)\n"
    "  local key = sub(a, ie + 1, 2 * ie - ce + 1)\n"
    "  local mk = sub(a, 2 * ie - cb + 7, -2)\n"
    "  local mp = find(s, '\\r', 1, true) or (#s + 1)\n"
    "  local gone, gone_end, eid\n"
    "  local p = find(s, key, mp, true)\n"
    "  if p then\n"
    "    local q, n, chs, m, e =\n"
    "      match(s, '^([^\\t]*)\\t([^\\t]*)\\t([^\\t\\n]*)\\t([^\\n]*)\\n()', p + #key)\n"
    "    if m ~= mk then\n"
    /* Another input carried this id first. With the same content (or a mark
     * written before marks had one), a repeat: nothing changes. */
    "      local dp = find(mk, '|', 1, true)\n"
    "      local dg = sub(mk, dp)\n"
    "      if not find(m, '|', 1, true) or sub(m, -#dg) == dg then\n"
    "        r = 0\n"
    "      else\n"
    /* Another content under the id: a new input that reused its natural key.
     * It is threaded under an id of its own, the id (cut) '~' the input's
     * partition:offset (dedup.h); its memo line, and its retries' find, go
     * by that id. */
    "        local base = sub(key, 2, -2)\n"
    "        if #base > " LL_THREAD_REUSED_KEEP_STR " then\n"
    "          local c = " LL_THREAD_REUSED_KEEP_STR "\n"
    "          while c > 0 and byte(base, c + 1) >= 128 and byte(base, c + 1) < 192 do c = c - 1 "
    "end\n"
    "          base = sub(base, 1, c)\n"
    "        end\n"
    "        local kk = '\\r' .. base .. '~'\n"
    "        p = nil\n"
    "        local f = find(s, kk, mp, true)\n"
    "        while f do\n"
    "          local q2, n2, c2, m2, e2 =\n"
    "            match(s, '^[^\\t]*\\t([^\\t]*)\\t([^\\t]*)\\t([^\\t\\n]*)\\t([^\\n]*)\\n()', f)\n"
    "          if m2 and sub(m2, -#dg) == dg then\n"
    "            if m2 ~= mk then r = 0 else p, q, n, chs, e = f, q2, n2, c2, e2 end\n"
    "            break\n"
    "          end\n"
    "          f = find(s, kk, f + 1, true)\n"
    "        end\n"
    "        eid = base .. '~' .. sub(mk, 1, dp - 1)\n"
    "        key = '\\r' .. eid .. '\\t'\n"
    "      end\n"
    "    end\n"
    /* Its own line (this input read again): the answer it got then. */
    "    if p and not r then\n"
    "      local first = match(s, '\\nT' .. q .. "
    "'\\t[^\\t]*\\t[^\\t]*\\t[^\\t]*\\t[^\\t]*\\t([^\\n]*)')\n"
    "      if first then\n"
    "        r = n .. '|' .. first .. '|' .. chs\n"
    "      else\n"
    "        gone, gone_end = p, e\n"
    "      end\n"
    "    end\n"
    "  end\n"
    "  if not r then\n"
    /* The thread lines, by position: L[3i+1] where line i starts, L[3i+2]
     * its first time (false once dropped), L[3i+3] its last; after them,
     * where they end (entries past that are an earlier event's). No line is
     * copied until the record is written. */
    "    local nth, hmax, ndrop = 0, t, 0\n"
    "    local pos = (find(s, '\\n', 1, true) or mp) + 1\n"
    "    while pos < mp do\n"
    "      local lo, h, e = match(s, '^T%d+\\t(%d+)\\t(%d+)\\t()', pos)\n"
    "      e = e and find(s, '\\n', e, true)\n"
    "      if not e then break end\n"
    "      e = e + 1\n"
    "      lo, h = tonumber(lo), tonumber(h)\n"
    "      L[nth * 3 + 1], L[nth * 3 + 2], L[nth * 3 + 3] = pos, lo, h\n"
    "      nth = nth + 1\n"
    "      if h > hmax then hmax = h end\n"
    "      pos = e\n"
    "    end\n"
    "    local tend = pos\n"
    "    L[nth * 3 + 1] = tend\n"
    "    local best, bd, nk, old = nil, nil, 0, nil\n"
    "    for i = 0, nth - 1 do\n"
    "      local lo, h = L[i * 3 + 2], L[i * 3 + 3]\n"
    "      if h >= hmax - 2 * w then\n"
    "        nk = nk + 1\n"
    "        if not old or h < L[old * 3 + 3] then old = i end\n"
    "        if (h > t and h or t) - (lo < t and lo or t) <= w then\n"
    "          local d = t < lo and lo - t or (t > h and t - h or 0)\n"
    "          if not best or d < bd or (d == bd and h > L[best * 3 + 3]) then best, bd = i, d "
    "end\n"
    "        end\n"
    "      else\n"
    "        L[i * 3 + 2] = false\n"
    "        ndrop = ndrop + 1\n"
    "      end\n"
    "    end\n"
    "    local q, n, chs, first, line, nexts\n"
    "    if best then\n"
    "      local bp = L[best * 3 + 1]\n"
    "      local lo, h, n0, fp\n"
    "      q, lo, h, n0, chs, fp = match(s, '^T(%d+)\\t(%d+)\\t(%d+)\\t(%d+)\\t([^\\t]*)\\t()', "
    "bp)\n"
    "      local ne = L[best * 3 + 4]\n"
    "      first = sub(s, fp, ne - 2)\n"
    "      if t < L[best * 3 + 2] then lo = ts end\n"
    "      if t > L[best * 3 + 3] then h = ts end\n"
    "      n = tostring(n0 + 1)\n"
    "      if #chs + 1 + #ch <= " LL_THREAD_CHANNELS_BYTES_STR " then\n"
    "        local hit\n"
    "        if ch == '' then\n"
    "          hit = find(',' .. chs .. ',', ',,', 1, true)\n"
    "        else\n"
    "          local c = find(chs, ch, 1, true)\n"
    "          while c do\n"
    "            local z = c + #ch\n"
    "            if (c == 1 or byte(chs, c - 1) == 44) and (z > #chs or byte(chs, z) == 44) then\n"
    "              hit = true\n"
    "              break\n"
    "            end\n"
    "            c = find(chs, ch, c + 1, true)\n"
    "          end\n"
    "        end\n"
    "        if not hit then chs = chs .. ',' .. ch end\n"
    "      end\n"
    "      r = n .. '|' .. first .. '|' .. chs\n"
    /* The usual case (no thread dropped, the memo has room): the
       * record around the changed line, made in one concatenation. */
    "      if ndrop == 0 and not gone and tend == mp and #s - mp < " LL_THREAD_MEMO_BYTES_STR
    " then\n"
    "        v = sub(s, 1, bp - 1) .. 'T' .. q .. '\\t' .. lo .. '\\t' .. h .. '\\t' .. n .. '\\t' "
    "..\n"
    "          chs .. sub(s, fp - 1) .. key .. q .. '\\t' .. n .. '\\t' .. chs .. '\\t' .. mk .. "
    "'\\n'\n"
    "      else\n"
    "        line = 'T' .. q .. '\\t' .. lo .. '\\t' .. h .. '\\t' .. n .. '\\t' .. chs .. '\\t' "
    ".. first .. '\\n'\n"
    "      end\n"
    "    else\n"
    "      if nk >= " LL_THREAD_MAX_KEPT_STR " then L[old * 3 + 2] = false end\n"
    "      nexts = match(s, '^S(%d+)') or '1'\n"
    "      q, n, chs, first = nexts, '1', ch, eid or sub(a, ce + 1, ie - 1)\n"
    "      line = 'T' .. q .. '\\t' .. ts .. '\\t' .. ts .. '\\t1\\t' .. ch .. '\\t' .. first .. "
    "'\\n'\n"
    "      nexts = tostring(nexts + 1)\n"
    "      r = n .. '|' .. first .. '|' .. chs\n"
    "    end\n"
    /* The new record in P[1..np+1]: the runs of unchanged lines copied
     * whole, the changed thread in its place, a new one after the others,
     * then the memo. */
    "    if not v then\n"
    "      local np, cs = 0, 1\n"
    "      if nexts then P[1], np, cs = 'S' .. nexts .. '\\n', 1, L[1] end\n"
    "      for i = 0, nth - 1 do\n"
    "        if i == best or not L[i * 3 + 2] then\n"
    "          if L[i * 3 + 1] > cs then\n"
    "            np = np + 1\n"
    "            P[np] = sub(s, cs, L[i * 3 + 1] - 1)\n"
    "          end\n"
    "          if i == best then np = np + 1; P[np] = line end\n"
    "          cs = L[i * 3 + 4]\n"
    "        end\n"
    "      end\n"
    "      if best and not gone and tend == mp and #s - mp < " LL_THREAD_MEMO_BYTES_STR " then\n"
    "        np = np + 1\n"
    "        P[np] = sub(s, cs)\n"
    "      else\n"
    "        if tend > cs then np = np + 1 P[np] = sub(s, cs, tend - 1) end\n"
    "        if not best then np = np + 1; P[np] = line end\n"
    "        local memo = gone and (sub(s, mp, gone - 1) .. sub(s, gone_end)) or sub(s, mp)\n"
    "        if #memo > " LL_THREAD_MEMO_BYTES_STR " then\n"
    "          memo = sub(memo, find(memo, '\\r', #memo - " LL_THREAD_MEMO_BYTES_STR
    ", true) or (#memo + 1))\n"
    "        end\n"
    "        np = np + 1\n"
    "        P[np] = memo\n"
    "      end\n"
    "      P[np + 1] = key .. q .. '\\t' .. n .. '\\t' .. chs .. '\\t' .. mk .. '\\n'\n"
    "      v = table.concat(P, '', 1, np + 1)\n"
    "    end\n"
    "  end\n"
    "  if eid and r ~= 0 then r = 'R' .. eid .. '\\n' .. r end\n"
    "end\n";

int ll_thread_args(const char *ns, const char *pseudonym, const char *theme, const char *id,
                   const char *channel, long long t_ms, const char *mark, ll_thread_arg *a) {
    /* LL_KEY_THREAD_FMT, written by hand (test_enrich_steps compares). */
    ll_put k = {a->key, sizeof(a->key), 0};
    ll_put_mem(&k, "ll:", 3);
    ll_put_str(&k, ns);
    ll_put_mem(&k, "t:{p", 4);
    ll_put_ll(&k, ll_key_shard(pseudonym));
    ll_put_mem(&k, "}:", 2);
    ll_put_str(&k, pseudonym);
    ll_put_mem(&k, ":", 1);
    ll_put_mem(&k, theme ? theme : "(null)", strnlen(theme ? theme : "(null)", 64)); /* %.64s */
    long long t = t_ms < 0 ? 0 : t_ms;
    /* The record this event alone makes, so the script writes it as it is
     * when the citizen has none on the theme (the usual case):
     * "S2\nT1\t%lld\t%lld\t1\t%s\t%s\n\r%s\t1\t1\t%s\t%s\n" of t, t, channel, id, id,
     * channel, mark. */
    ll_put g = {a->arg, sizeof(a->arg), 0};
    ll_put_mem(&g, "S2\nT1\t", 6);
    ll_put_ll(&g, t);
    ll_put_mem(&g, "\t", 1);
    ll_put_ll(&g, t);
    ll_put_mem(&g, "\t1\t", 3);
    ll_put_str(&g, channel);
    ll_put_mem(&g, "\t", 1);
    ll_put_str(&g, id);
    ll_put_mem(&g, "\n\r", 2);
    ll_put_str(&g, id);
    ll_put_mem(&g, "\t1\t1\t", 5);
    ll_put_str(&g, channel);
    ll_put_mem(&g, "\t", 1);
    ll_put_str(&g, mark);
    ll_put_mem(&g, "\n", 1);
    size_t kl = ll_put_end(&k), al = ll_put_end(&g);
    if (kl >= sizeof(a->key) || al >= sizeof(a->arg))
        return -1;
    a->keylen = kl;
    a->arglen = al;
    return 0;
}

/* The thread's id: a function of its citizen, theme and first event. */
static void thread_id(const char *pseudonym, const char *theme, ll_thread_info *info) {
    char natural[256];
    ll_put w = {natural, sizeof(natural), 0}; /* "%s/%s/%s", cut as snprintf cut it */
    ll_put_str(&w, pseudonym);
    ll_put_mem(&w, "/", 1);
    ll_put_str(&w, theme);
    ll_put_mem(&w, "/", 1);
    ll_put_str(&w, info->first_id);
    ll_put_end(&w);
    ll_event_id_from_key("thread", natural, info->id);
}

void ll_thread_info_id(const char *pseudonym, const char *theme, ll_thread_info *info) {
    if (info->found)
        thread_id(pseudonym, theme, info);
}

int ll_thread_parse(const redisReply *r, const char *pseudonym, const char *theme, const char *id,
                    const char *channel, ll_thread_info *info) {
    int rc = ll_thread_read(r, id, channel, info);
    if (rc == 0)
        ll_thread_info_id(pseudonym, theme, info);
    return rc;
}

int ll_thread_read(const redisReply *r, const char *id, const char *channel, ll_thread_info *info) {
    memset(info, 0, sizeof(*info));
    if (r && r->type == REDIS_REPLY_INTEGER && r->integer == 0)
        return 1; /* a repeat of the id from another input */
    if (r && r->type == REDIS_REPLY_INTEGER && r->integer == 1) {
        /* A thread of this event alone. */
        size_t il = strlen(id), cl = strlen(channel);
        if (il == 0 || il > LL_MAX_ID_BYTES || cl > LL_MAX_CHANNEL_BYTES)
            return -1;
        info->found = 1;
        info->contacts = 1;
        memcpy(info->first_id, id, il + 1);
        if (cl > 0)
            memcpy(info->channels[info->nchannels++], channel, cl + 1);
        return 0;
    }
    if (!r || r->type != REDIS_REPLY_STRING || r->len == 0)
        return -1;
    const char *s = r->str, *end = r->str + r->len;
    if (*s == 'R') {
        /* "R" reused id "\n", then the answer: ids hold no control characters. */
        const char *nl = memchr(s, '\n', r->len);
        size_t rl = nl ? (size_t)(nl - s - 1) : 0;
        if (rl == 0 || rl > LL_MAX_ID_BYTES || end - nl < 2)
            return -1;
        memcpy(info->reused_id, s + 1, rl);
        info->reused_id[rl] = '\0';
        s = nl + 1;
    }
    /* "contacts|first id|channels": the id may hold '|', channels cannot. */
    const char *bar1 = memchr(s, '|', (size_t)(end - s));
    const char *bar2 = memrchr(s, '|', (size_t)(end - s));
    if (!bar1 || bar2 == bar1)
        return -1;
    char num[16];
    size_t nl = (size_t)(bar1 - s);
    if (nl == 0 || nl >= sizeof(num))
        return -1;
    memcpy(num, s, nl);
    num[nl] = '\0';
    char *e;
    long n = strtol(num, &e, 10);
    if (*e || n < 1)
        return -1;
    info->found = 1;
    info->contacts = n > 1000000 ? 1000000 : (int)n;
    size_t idlen = (size_t)(bar2 - bar1 - 1);
    if (idlen == 0 || idlen > LL_MAX_ID_BYTES)
        return -1;
    memcpy(info->first_id, bar1 + 1, idlen);
    info->first_id[idlen] = '\0';
    for (const char *c = bar2 + 1; c < end && info->nchannels < LL_THREAD_MAX_CHANNELS;) {
        const char *comma = memchr(c, ',', (size_t)(end - c));
        const char *ce = comma ? comma : end;
        size_t cl = (size_t)(ce - c);
        if (cl > 0 && cl <= LL_MAX_CHANNEL_BYTES) {
            memcpy(info->channels[info->nchannels], c, cl);
            info->channels[info->nchannels++][cl] = '\0';
        }
        c = ce + 1;
    }
    return 0;
}
