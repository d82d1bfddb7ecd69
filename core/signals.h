/* signals.h - SIGINT/SIGTERM turned into a stop flag and a readable fd. */
#ifndef LL_SIGNALS_H
#define LL_SIGNALS_H

int ll_signals_install(void);
/* Readable once a stop was asked for; for event loops. */
int ll_signals_fd(void);
int ll_stop_requested(void);
/* Asks for a stop from inside the program (as if SIGTERM arrived). */
void ll_stop_request(void);

#endif
