/* What the files of ext2/3/4 and xfs (ext2.c, mke2fs.c, uuids.c,
 * xfs.c) share; ext2.c has them.
 */

#ifndef GUESTFSD_EXT2_H
#define GUESTFSD_EXT2_H

#include <stdbool.h>

/* Run an e2fsprogs program: 0 (*out_r, if not NULL, gets stdout), or
 * -1 after replying with its error message, after "prefix: ".
 */
extern int run_e2fsprogs (const char *prefix, const char *const *argv,
                          char **out_r);
/* tune2fs -U uuid device; -1 after replying with an error. */
extern int set_ext_uuid (const char *device, const char *uuid);

#endif /* GUESTFSD_EXT2_H */
