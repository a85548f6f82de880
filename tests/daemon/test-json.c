/* daemon/json.c reads what ldmtool prints about a guest's disks, where
 * the guest chooses the names: strict parsing, unit-tested here (no
 * daemon, no qemu).
 */

#include <config.h>

#include <errno.h>
#include <string.h>

#include "c-api/tap.h"
#include "json.h"

static struct json_value *
parse (const char *s)
{
  return json_parse (s, strlen (s));
}

static void
refused (const char *s, const char *what)
{
  struct json_value *v;

  errno = 0;
  v = parse (s);
  ok (v == NULL && errno == EINVAL, "refused: %s", what);
  json_free (v);
}

/* n arrays, one inside the other. */
static char *
nested (int n)
{
  char *s = malloc (2 * n + 1);

  if (s == NULL)
    abort ();
  memset (s, '[', n);
  memset (s + n, ']', n);
  s[2 * n] = '\0';
  return s;
}

int
main (void)
{
  /* What "ldmtool show volume" prints, with a name needing escapes. */
  struct json_value *v = parse (
      "{\n  \"name\" : \"Sp\\\"an \\\\ n\\u00e9\\/\\t\",\n"
      "  \"size\" : 16384,\n  \"chunk-size\" : -0.5e+3,\n"
      "  \"partitions\" : [\n    \"Disk1-02\",\n    \"Disk2-01\"\n  ],\n"
      "  \"present\" : true, \"f\": false, \"z\": null, \"e\": [], "
      "\"o\": {}\n}\n");
  const struct json_value *m;

  ok (v && v->type == JSON_OBJECT && v->n == 9, "an object of 9 members");
  m = json_member (v, "name");
  ok (m && m->type == JSON_STRING, "a string member");
  is_str (m ? m->string : NULL, "Sp\"an \\ n\xc3\xa9/\t",
          "escapes decoded, \\u00e9 as UTF-8");
  m = json_member (v, "size");
  ok (m && m->type == JSON_NUMBER, "a number");
  is_str (m ? m->string : NULL, "16384", "the number's text");
  m = json_member (v, "chunk-size");
  is_str (m ? m->string : NULL, "-0.5e+3", "sign, fraction and exponent");
  m = json_member (v, "partitions");
  ok (m && m->type == JSON_ARRAY && m->n == 2
          && m->items[1].type == JSON_STRING
          && strcmp (m->items[1].string, "Disk2-01") == 0,
      "an array of strings");
  m = json_member (v, "present");
  ok (m && m->type == JSON_TRUE, "true");
  m = json_member (v, "f");
  ok (m && m->type == JSON_FALSE, "false");
  m = json_member (v, "z");
  ok (m && m->type == JSON_NULL, "null");
  m = json_member (v, "e");
  ok (m && m->type == JSON_ARRAY && m->n == 0, "an empty array");
  m = json_member (v, "o");
  ok (m && m->type == JSON_OBJECT && m->n == 0, "an empty object");
  ok (json_member (v, "hint") == NULL, "a missing member is NULL");
  ok (json_member (json_member (v, "name"), "x") == NULL,
      "json_member of a non-object is NULL");
  json_free (v);

  v = parse ("[\"\\ud83d\\ude00\", \"\xff\xfe raw\"]");
  ok (v && v->n == 2 && strcmp (v->items[0].string, "\xf0\x9f\x98\x80") == 0,
      "a surrogate pair gives one 4-byte character");
  ok (v && v->n == 2 && strcmp (v->items[1].string, "\xff\xfe raw") == 0,
      "bytes other than ASCII pass as they are");
  json_free (v);

  char *deep = nested (64);
  v = parse (deep);
  ok (v != NULL, "64 levels of nesting are fine");
  json_free (v);
  free (deep);
  deep = nested (65);
  refused (deep, "65 levels of nesting");
  free (deep);

  refused ("", "nothing");
  refused ("  \n", "only white space");
  refused ("[\"a\"] x", "text after the value");
  refused ("[\"a\",]", "a trailing comma");
  refused ("[\"a\" \"b\"]", "a missing comma");
  refused ("{\"a\" 1}", "a missing colon");
  refused ("{1: 2}", "a name that is not a string");
  refused ("[\"abc", "an unterminated string");
  refused ("[\"abc\\", "a string ending in a backslash");
  refused ("[", "an unterminated array");
  refused ("\"\\u0000\"", "U+0000 (it would cut the C string)");
  refused ("\"a\nb\"", "a raw control character in a string");
  refused ("\"\\x\"", "an unknown escape");
  refused ("\"\\u12\"", "a short \\u escape");
  refused ("\"\\ud800\"", "a lone high surrogate");
  refused ("\"\\ud800\\u0041\"", "a high surrogate without its low half");
  refused ("\"\\udc00\"", "a lone low surrogate");
  refused ("01", "a leading zero");
  refused ("1.", "a fraction without digits");
  refused ("1e", "an exponent without digits");
  refused ("-", "a lone minus");
  refused ("tru", "a cut word");
  refused ("nul", "a cut null");
  refused ("'a'", "single quotes");

  return tap_done ();
}
