/* stop.h - the program's stop: asked by SIGINT/SIGTERM or from inside, seen as a flag and a readable fd. */
#ifndef LL_STOP_H
#define LL_STOP_H

/* Turns SIGINT and SIGTERM into a stop (and ignores SIGPIPE); 0, or -1. */
int ll_stop_install(void);
/* Readable once a stop was asked for; for event loops. */
int ll_stop_fd(void);
int ll_stop_requested(void);
/* Asks for a stop from inside the program (as if SIGTERM arrived). */
void ll_stop_request(void);

#endif
