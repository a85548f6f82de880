/* A small JSON reader for the output of the tools the daemon runs
 * (ldmtool).  That output is built from what is on the guest's disks,
 * so it is parsed strictly: anything but one well-formed JSON value
 * (RFC 8259) is refused, nesting is bounded, and a string holding
 * U+0000 is refused (it could not be passed on as a C string).
 */

#ifndef GUESTFSD_JSON_H
#define GUESTFSD_JSON_H

#include <stddef.h>

enum json_type
{
  JSON_NULL,
  JSON_FALSE,
  JSON_TRUE,
  JSON_NUMBER,
  JSON_STRING,
  JSON_ARRAY,
  JSON_OBJECT,
};

struct json_value
{
  enum json_type type;
  /* JSON_STRING: the decoded string (UTF-8); JSON_NUMBER: its text. */
  char *string;
  /* JSON_ARRAY and JSON_OBJECT: the n elements or member values ... */
  size_t n;
  struct json_value *items;
  /* ... and for JSON_OBJECT, the n member names (decoded). */
  char **keys;
};

/* Parse the len bytes of text (surrounding white space allowed).
 * NULL with errno EINVAL (not JSON) or ENOMEM.
 */
extern struct json_value *json_parse (const char *text, size_t len);
extern void json_free (struct json_value *v);
/* The value of the first member of object v named key, or NULL (also
 * if v is not an object).
 */
extern const struct json_value *json_member (const struct json_value *v,
                                             const char *key);

#endif /* GUESTFSD_JSON_H */
