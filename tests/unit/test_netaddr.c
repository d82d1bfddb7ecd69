/* test_netaddr.c - client addresses for per-client limits: IPv6 by /64, trusted proxies and
 * X-Forwarded-For, network lists from the config. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include <string.h>

#include "http.h"
#include "netaddr.h"

static ll_ip16 ip(const char *s) {
    ll_ip16 a;
    assert_int_equal(ll_ip16_parse(s, &a), 0);
    return a;
}

static const char *client_text(const char *s) {
    static char out[64];
    ll_ip16 a = ip(s), c = ll_ip16_client(&a);
    ll_ip16_client_text(&c, out, sizeof(out));
    return out;
}

static void ipv6_clients_are_counted_per_64(void **state) {
    (void)state;
    assert_string_equal(client_text("192.0.2.77"), "192.0.2.77");
    assert_string_equal(client_text("2001:db8:1:2:aaaa:bbbb:cccc:dddd"), "2001:db8:1:2::/64");
    /* Rotating through the /64 is one client; the next /64 is another. */
    assert_string_equal(client_text("2001:db8:1:2:ffff::9"), "2001:db8:1:2::/64");
    assert_string_equal(client_text("2001:db8:1:3::1"), "2001:db8:1:3::/64");
    /* An IPv4-mapped address is the IPv4 client. */
    assert_string_equal(client_text("::ffff:192.0.2.77"), "192.0.2.77");
}

static void network_lists(void **state) {
    (void)state;
    ll_cidrs c;
    char e[160];
    assert_int_equal(ll_cidrs_parse("10.0.0.0/8, 192.0.2.7,::1 ,2001:db8::/32", &c, e, sizeof(e)),
                     0);
    assert_int_equal(c.n, 4);
    ll_ip16 a;
    a = ip("10.200.3.4");
    assert_true(ll_cidrs_match(&c, &a));
    a = ip("11.0.0.1");
    assert_false(ll_cidrs_match(&c, &a));
    a = ip("192.0.2.7");
    assert_true(ll_cidrs_match(&c, &a));
    a = ip("192.0.2.8");
    assert_false(ll_cidrs_match(&c, &a));
    a = ip("2001:db8:ffff::1");
    assert_true(ll_cidrs_match(&c, &a));
    a = ip("2001:db9::1");
    assert_false(ll_cidrs_match(&c, &a));
    a = ip("::2");
    assert_false(ll_cidrs_match(&c, &a));
    assert_int_equal(ll_cidrs_parse("", &c, e, sizeof(e)), 0);
    assert_int_equal(c.n, 0);
    assert_false(ll_cidrs_match(&c, &a));
    /* Precise errors for what an operator mistypes. */
    assert_int_equal(ll_cidrs_parse("10.0.0.0/33", &c, e, sizeof(e)), -1);
    assert_non_null(strstr(e, "0..32"));
    assert_int_equal(ll_cidrs_parse("10.0.0.1/8", &c, e, sizeof(e)), -1);
    assert_non_null(strstr(e, "beyond its prefix"));
    assert_int_equal(ll_cidrs_parse("proxy.example", &c, e, sizeof(e)), -1);
    assert_non_null(strstr(e, "not an IPv4 or IPv6 address"));
    assert_int_equal(ll_cidrs_parse("10.0.0.0/", &c, e, sizeof(e)), -1);
}

static const char *xff(const char *peer, const char *header, const char *trusted) {
    static char out[64];
    ll_cidrs c;
    char e[160];
    assert_int_equal(ll_cidrs_parse(trusted, &c, e, sizeof(e)), 0);
    ll_ip16 p = ip(peer), got = ll_xff_client(&p, header, &c), cl = ll_ip16_client(&got);
    ll_ip16_client_text(&cl, out, sizeof(out));
    return out;
}

static void forwarded_for_only_from_a_trusted_proxy(void **state) {
    (void)state;
    /* No proxy configured, or a peer that is not one: the header is the client's word. */
    assert_string_equal(xff("198.51.100.9", "203.0.113.5", ""), "198.51.100.9");
    assert_string_equal(xff("198.51.100.9", "203.0.113.5", "10.0.0.1"), "198.51.100.9");
    /* Behind the proxy: the address it saw. */
    assert_string_equal(xff("10.0.0.1", "203.0.113.5", "10.0.0.1"), "203.0.113.5");
    /* A client forging an earlier hop gets its own address, not the forged one. */
    assert_string_equal(xff("10.0.0.1", "1.2.3.4, 203.0.113.5", "10.0.0.1"), "203.0.113.5");
    /* Chains of our own proxies are walked from the right. */
    assert_string_equal(xff("10.0.0.1", "1.2.3.4,203.0.113.5, 10.0.0.2", "10.0.0.0/24"),
                        "203.0.113.5");
    /* IPv6 through the proxy still counts per /64. */
    assert_string_equal(xff("10.0.0.1", "2001:db8:5:6::42", "10.0.0.1"), "2001:db8:5:6::/64");
    /* Garbage ends the walk: the last good hop counts (here the proxy itself). */
    assert_string_equal(xff("10.0.0.1", "not-an-address", "10.0.0.1"), "10.0.0.1");
    assert_string_equal(xff("10.0.0.1", "", "10.0.0.1"), "10.0.0.1");
    assert_string_equal(xff("10.0.0.1", NULL, "10.0.0.1"), "10.0.0.1");
}

static void loopback_listeners(void **state) {
    (void)state;
    assert_true(ll_http_listen_is_loopback("127.0.0.1:8080"));
    assert_true(ll_http_listen_is_loopback("127.1.2.3:8080"));
    assert_true(ll_http_listen_is_loopback("[::1]:8080"));
    assert_true(ll_http_listen_is_loopback("localhost:8080"));
    assert_false(ll_http_listen_is_loopback("0.0.0.0:8080"));
    assert_false(ll_http_listen_is_loopback("[::]:8080"));
    assert_false(ll_http_listen_is_loopback("192.0.2.10:8080"));
    assert_false(ll_http_listen_is_loopback("example.org:8080"));
}

int main(void) {
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(ipv6_clients_are_counted_per_64),
        cmocka_unit_test(network_lists),
        cmocka_unit_test(forwarded_for_only_from_a_trusted_proxy),
        cmocka_unit_test(loopback_listeners),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
