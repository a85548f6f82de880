/* A small strict JSON reader (json.h). */

#include <config.h>

#include <errno.h>
#include <stdbool.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "json.h"

/* Deeper documents are refused: the parser recurses once a level. */
#define MAX_DEPTH 64

struct parser
{
  const char *p, *end;
  int err; /* errno once something failed */
};

static bool parse_value (struct parser *ps, struct json_value *v, int depth);

static void
fail (struct parser *ps, int err)
{
  if (ps->err == 0)
    ps->err = err;
}

static void
skip_space (struct parser *ps)
{
  while (
      ps->p < ps->end
      && (*ps->p == ' ' || *ps->p == '\t' || *ps->p == '\n' || *ps->p == '\r'))
    ps->p++;
}

static bool
eat (struct parser *ps, char c)
{
  skip_space (ps);
  if (ps->p < ps->end && *ps->p == c)
    {
      ps->p++;
      return true;
    }
  return false;
}

static int
hex4 (struct parser *ps)
{
  int r = 0;

  if (ps->end - ps->p < 4)
    return -1;
  for (int i = 0; i < 4; i++)
    {
      char c = *ps->p++;
      r <<= 4;
      if (c >= '0' && c <= '9')
        r |= c - '0';
      else if (c >= 'a' && c <= 'f')
        r |= c - 'a' + 10;
      else if (c >= 'A' && c <= 'F')
        r |= c - 'A' + 10;
      else
        return -1;
    }
  return r;
}

/* Append code point cp as UTF-8 at out. */
static size_t
put_utf8 (char *out, uint32_t cp)
{
  if (cp < 0x80)
    {
      out[0] = cp;
      return 1;
    }
  if (cp < 0x800)
    {
      out[0] = 0xC0 | (cp >> 6);
      out[1] = 0x80 | (cp & 0x3F);
      return 2;
    }
  if (cp < 0x10000)
    {
      out[0] = 0xE0 | (cp >> 12);
      out[1] = 0x80 | ((cp >> 6) & 0x3F);
      out[2] = 0x80 | (cp & 0x3F);
      return 3;
    }
  out[0] = 0xF0 | (cp >> 18);
  out[1] = 0x80 | ((cp >> 12) & 0x3F);
  out[2] = 0x80 | ((cp >> 6) & 0x3F);
  out[3] = 0x80 | (cp & 0x3F);
  return 4;
}

/* The string starting at the opening quote, decoded (malloc'd). */
static char *
parse_string (struct parser *ps)
{
  const char *start;
  char *r, *out;

  skip_space (ps);
  if (ps->p >= ps->end || *ps->p != '"')
    {
      fail (ps, EINVAL);
      return NULL;
    }
  start = ++ps->p;
  /* Decoding never makes the text longer: an escape of 6 bytes gives
   * at most 3, two of 12 at most 4.
   */
  while (ps->p < ps->end && *ps->p != '"')
    ps->p += (*ps->p == '\\' && ps->p + 1 < ps->end) ? 2 : 1;
  if (ps->p >= ps->end)
    {
      fail (ps, EINVAL);
      return NULL;
    }
  r = out = malloc (ps->p - start + 1);
  if (r == NULL)
    {
      fail (ps, ENOMEM);
      return NULL;
    }
  ps->p = start;
  while (*ps->p != '"')
    {
      unsigned char c = *ps->p++;
      int cp, lo;

      if (c < 0x20)
        goto bad;
      if (c != '\\')
        {
          *out++ = c;
          continue;
        }
      switch (*ps->p++)
        {
        case '"':
          *out++ = '"';
          break;
        case '\\':
          *out++ = '\\';
          break;
        case '/':
          *out++ = '/';
          break;
        case 'b':
          *out++ = '\b';
          break;
        case 'f':
          *out++ = '\f';
          break;
        case 'n':
          *out++ = '\n';
          break;
        case 'r':
          *out++ = '\r';
          break;
        case 't':
          *out++ = '\t';
          break;
        case 'u':
          cp = hex4 (ps);
          if (cp <= 0 || (cp >= 0xDC00 && cp <= 0xDFFF))
            goto bad;
          if (cp >= 0xD800 && cp <= 0xDBFF)
            {
              /* A high surrogate: its low half must follow. */
              if (ps->end - ps->p < 2 || ps->p[0] != '\\' || ps->p[1] != 'u')
                goto bad;
              ps->p += 2;
              lo = hex4 (ps);
              if (lo < 0xDC00 || lo > 0xDFFF)
                goto bad;
              cp = 0x10000 + ((cp - 0xD800) << 10) + (lo - 0xDC00);
            }
          out += put_utf8 (out, cp);
          break;
        default:
          goto bad;
        }
    }
  ps->p++;
  *out = '\0';
  return r;

bad:
  free (r);
  fail (ps, EINVAL);
  return NULL;
}

static const char *
skip_digits (const char *q, const char *end)
{
  while (q < end && *q >= '0' && *q <= '9')
    q++;
  return q;
}

static char *
parse_number (struct parser *ps)
{
  const char *q = ps->p, *d;
  char *r;

  if (q < ps->end && *q == '-')
    q++;
  /* No leading zeros: "0" alone, or a digit 1-9 and more. */
  if (q < ps->end && *q == '0')
    q++;
  else if (q < ps->end && *q >= '1' && *q <= '9')
    q = skip_digits (q, ps->end);
  else
    goto bad;
  if (q < ps->end && *q == '.')
    {
      d = ++q;
      q = skip_digits (q, ps->end);
      if (q == d)
        goto bad;
    }
  if (q < ps->end && (*q == 'e' || *q == 'E'))
    {
      q++;
      if (q < ps->end && (*q == '+' || *q == '-'))
        q++;
      d = q;
      q = skip_digits (q, ps->end);
      if (q == d)
        goto bad;
    }
  r = strndup (ps->p, q - ps->p);
  if (r == NULL)
    fail (ps, ENOMEM);
  ps->p = q;
  return r;

bad:
  fail (ps, EINVAL);
  return NULL;
}

static bool
parse_word (struct parser *ps, const char *word)
{
  size_t n = strlen (word);

  if ((size_t)(ps->end - ps->p) < n || memcmp (ps->p, word, n) != 0)
    {
      fail (ps, EINVAL);
      return false;
    }
  ps->p += n;
  return true;
}

/* One more element (and, for an object, its name) in v. */
static struct json_value *
grow (struct parser *ps, struct json_value *v)
{
  struct json_value *items;

  items = reallocarray (v->items, v->n + 1, sizeof *items);
  if (items == NULL)
    {
      fail (ps, ENOMEM);
      return NULL;
    }
  v->items = items;
  if (v->type == JSON_OBJECT)
    {
      char **keys = reallocarray (v->keys, v->n + 1, sizeof *keys);
      if (keys == NULL)
        {
          fail (ps, ENOMEM);
          return NULL;
        }
      v->keys = keys;
      v->keys[v->n] = NULL;
    }
  memset (&v->items[v->n], 0, sizeof v->items[v->n]);
  return &v->items[v->n++];
}

/* An array or object after its opening bracket. */
static bool
parse_container (struct parser *ps, struct json_value *v, char close,
                 int depth)
{
  if (depth >= MAX_DEPTH)
    {
      fail (ps, EINVAL);
      return false;
    }
  if (eat (ps, close))
    return true;
  do
    {
      struct json_value *item = grow (ps, v);

      if (item == NULL)
        return false;
      if (v->type == JSON_OBJECT)
        {
          v->keys[v->n - 1] = parse_string (ps);
          if (v->keys[v->n - 1] == NULL)
            return false;
          if (!eat (ps, ':'))
            {
              fail (ps, EINVAL);
              return false;
            }
        }
      if (!parse_value (ps, item, depth + 1))
        return false;
    }
  while (eat (ps, ','));
  if (!eat (ps, close))
    {
      fail (ps, EINVAL);
      return false;
    }
  return true;
}

static bool
parse_value (struct parser *ps, struct json_value *v, int depth)
{
  skip_space (ps);
  if (ps->p >= ps->end)
    {
      fail (ps, EINVAL);
      return false;
    }
  switch (*ps->p)
    {
    case '{':
      ps->p++;
      v->type = JSON_OBJECT;
      return parse_container (ps, v, '}', depth);
    case '[':
      ps->p++;
      v->type = JSON_ARRAY;
      return parse_container (ps, v, ']', depth);
    case '"':
      v->type = JSON_STRING;
      v->string = parse_string (ps);
      return v->string != NULL;
    case 't':
      v->type = JSON_TRUE;
      return parse_word (ps, "true");
    case 'f':
      v->type = JSON_FALSE;
      return parse_word (ps, "false");
    case 'n':
      v->type = JSON_NULL;
      return parse_word (ps, "null");
    default:
      v->type = JSON_NUMBER;
      v->string = parse_number (ps);
      return v->string != NULL;
    }
}

static void
free_contents (struct json_value *v)
{
  for (size_t i = 0; i < v->n; i++)
    {
      free_contents (&v->items[i]);
      if (v->keys)
        free (v->keys[i]);
    }
  free (v->items);
  free (v->keys);
  free (v->string);
}

void
json_free (struct json_value *v)
{
  if (v)
    {
      free_contents (v);
      free (v);
    }
}

struct json_value *
json_parse (const char *text, size_t len)
{
  struct parser ps = { text, text + len, 0 };
  struct json_value *v = calloc (1, sizeof *v);

  if (v == NULL)
    return NULL;
  if (parse_value (&ps, v, 0))
    {
      skip_space (&ps);
      if (ps.p == ps.end)
        return v;
      fail (&ps, EINVAL);
    }
  json_free (v);
  errno = ps.err;
  return NULL;
}

const struct json_value *
json_member (const struct json_value *v, const char *key)
{
  if (v == NULL || v->type != JSON_OBJECT)
    return NULL;
  for (size_t i = 0; i < v->n; i++)
    if (strcmp (v->keys[i], key) == 0)
      return &v->items[i];
  return NULL;
}
