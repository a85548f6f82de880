/* Error messages name devices as the caller did (error-names.c). */

#ifndef GUESTFSD_ERROR_NAMES_H
#define GUESTFSD_ERROR_NAMES_H

#include <stddef.h>

/* A device argument of the current call was translated. */
extern void remember_device_translation (const char *caller,
                                         const char *kernel);
/* A new call starts. */
extern void forget_device_translations (void);
/* Rewrites msg (a buffer of size bytes) in place, truncating if the
 * caller's names are longer. */
extern void restore_caller_device_names (char *msg, size_t size);

#endif
