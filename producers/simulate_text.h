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

/* The templates: how many, and template t's theme and kind (the contract's names). */
int ll_sim_ntemplates(void);
const char *ll_sim_theme(int t);
const char *ll_sim_kind(int t);
/* A template of theme (any when the theme has none). */
int ll_sim_template_of(unsigned int *rng, const char *theme);
/* Template t's text into out (len bytes): its street, days and weekday filled in, anger
 * and typos added now and then. */
void ll_sim_text(unsigned int *rng, int t, char *out, size_t len);

#endif
