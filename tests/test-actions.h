/* The per-action tests: what the tests that generator/tests.py writes
 * into test-actions.c share with the hand-written runner,
 * test-actions-main.c.
 */

#ifndef TEST_ACTIONS_H
#define TEST_ACTIONS_H

#include <stddef.h>
#include <stdint.h>

#include "guestfs.h"

/* A test: reset brings the disks to the test's init (model.TEST_INITS),
 * run runs it.  Both return 0, or -1 after printing why with diag.
 */
struct test
{
  const char *name;
  int (*reset) (void);
  int (*run) (void);
  const char *description;
};

/* Generated: every test, and the daemon actions that have none. */
extern const struct test tests[];
extern const size_t nr_tests;
extern const char untested_actions[];

/* The handle every test uses, one appliance for the whole run. */
extern guestfs_h *g;
/* Errors reported through the error handler so far. */
extern unsigned errors_seen;

/* A diagnostic of the running test, printed after its not ok line. */
extern void diag (const char *fs, ...) __attribute__ ((format (printf, 1, 2)));
/* Command n of the test (1-based), called name, failed unexpectedly. */
extern void diag_error (const char *name, int n);

/* Each check returns 0 if it holds, else prints why and returns -1. */
extern int check_error_reported (const char *name, unsigned errors_before);
extern int check_int (const char *what, int64_t got, int64_t want);
extern int check_buffer (const char *what, const char *got, size_t got_len,
                         const char *want, size_t want_len);
extern int check_contains (const char *what, const char *got, size_t got_len,
                           const char *want, size_t want_len);
extern int check_strings (const char *what, char **got,
                          const char *const *want, size_t n);
/* A hashtable result (key, value, ...) holding key with that value. */
extern int check_pair (const char *what, char **got, const char *key,
                       const char *value);
extern size_t count_strings (char **l);
extern void free_strings (char **l);

/* The resets, one per test init. */
extern int reset_none (void);
extern int reset_empty (void);
extern int reset_scratchfs (void);
extern int reset_basicfs (void);

#endif /* TEST_ACTIONS_H */
