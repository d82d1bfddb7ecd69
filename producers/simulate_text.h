/* simulate_text.h - what simulated citizens are and say: people with valid BSNs, e-mail
 * addresses and phone numbers, and Dutch feedback from templates (a street, a number of
 * days, a weekday; anger and typos now and then). Every choice comes from one xorshift
 * state of the caller's, so a run is the same again from the same seed. */
#ifndef LL_SIMULATE_TEXT_H
#define LL_SIMULATE_TEXT_H

#include <stddef.h>

typedef struct ll_sim_citizen {
    char bsn[10], email[64], phone[16], name[32];
    int last_template; /* -1: none yet */
} ll_sim_citizen;

/* The next number of the xorshift state *rng (never 0 once seeded non-zero); and one
 * in [0, 1). */
unsigned int ll_sim_rnd(unsigned int *rng);
double ll_sim_rnd01(unsigned int *rng);

/* n people, each with a BSN that passes the 11-proef. */
void ll_sim_people_init(unsigned int *rng, ll_sim_citizen *people, int n);

/* The share of signals drawn from the templates the processor reads as critical (act
 * today: no food for the children, an eviction next week): 1 in 200. The contract keeps
 * critical for life, safety or an acute crisis, a small part of what a municipality hears;
 * at 2 of 43 templates drawn evenly it was 1 in 21, and the demo's crisis queue held 52
 * open after two minutes with Nu showing little else (user check of 12-01). At --rate 5
 * (the demo) 1 in 200 is about 1.5 a minute: the queue still fills, Nu shows the rest. An
 * assumption of the order, not a measured figure. */
#define LL_SIM_CRITICAL_SHARE 0.005

/* The templates: how many, and template t's theme and kind (the contract's names), and
 * whether it is one of the critical ones. */
int ll_sim_ntemplates(void);
const char *ll_sim_theme(int t);
const char *ll_sim_kind(int t);
int ll_sim_critical(int t);
/* A template of theme (NULL: of any), a critical one at LL_SIM_CRITICAL_SHARE when the
 * theme has others (any template when the theme has none). */
int ll_sim_template_of(unsigned int *rng, const char *theme);
/* The streets of a wijk by its index (ll_sim_wijk_index: -1 when the table has none, then
 * the one word "straat"); *n gets how many. */
int ll_sim_wijk_index(const char *wijk);
const char *const *ll_sim_streets(int wijk, int *n);
/* Template t's text into out (len bytes): a street of wijk (an ll_sim_wijk_index), days
 * and weekday filled in, anger and typos added now and then. */
void ll_sim_text(unsigned int *rng, int t, int wijk, char *out, size_t len);

#endif
