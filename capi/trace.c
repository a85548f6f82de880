/* Trace output: the generated entry points write one line per call and
 * one per result into a memstream; closing it sends the line as a
 * TRACE event.
 */

#include <config.h>

#include <inttypes.h>
#include <stdio.h>
#include <stdlib.h>

#include "guestfs.h"
#include "guestfs-internal.h"

/* The memstream's buffer.  Per thread, because a trace line is written
 * between one trace_open and the next trace_close without any other
 * trace in between, but several threads trace at once.
 */
static __thread char *trace_buf;
static __thread size_t trace_len;

FILE *
guestfs_int_trace_open (guestfs_h *g)
{
  FILE *fp = open_memstream (&trace_buf, &trace_len);

  if (fp == NULL)
    g->abort_cb ();
  if (g->identifier[0])
    fprintf (fp, "%s: ", g->identifier);
  return fp;
}

void
guestfs_int_trace_close (guestfs_h *g, FILE *fp)
{
  fclose (fp);
  /* Take the line before the event: a callback may trace calls itself. */
  char *buf = trace_buf;
  size_t len = trace_len;
  trace_buf = NULL;
  trace_len = 0;
  if (buf == NULL)
    g->abort_cb ();
  guestfs_int_call_callbacks_message (g, GUESTFS_EVENT_TRACE, buf, len);
  free (buf);
}

/* The string with C escapes for quotes, backslashes and anything that
 * is not printable ASCII, so a trace line is always one line.
 */
static void
print_escaped (FILE *fp, const char *s)
{
  for (; *s; ++s)
    {
      unsigned char c = *s;
      switch (c)
        {
        case '"':
          fputs ("\\\"", fp);
          break;
        case '\\':
          fputs ("\\\\", fp);
          break;
        case '\n':
          fputs ("\\n", fp);
          break;
        case '\r':
          fputs ("\\r", fp);
          break;
        case '\t':
          fputs ("\\t", fp);
          break;
        default:
          if (c >= 0x20 && c < 0x7f)
            fputc (c, fp);
          else
            fprintf (fp, "\\x%02x", c);
        }
    }
}

void
guestfs_int_trace_string (FILE *fp, const char *s)
{
  if (s == NULL)
    {
      fputs ("NULL", fp);
      return;
    }
  fputc ('"', fp);
  print_escaped (fp, s);
  fputc ('"', fp);
}

void
guestfs_int_trace_string_raw (FILE *fp, const char *s)
{
  if (s == NULL)
    fputs ("NULL", fp);
  else
    print_escaped (fp, s);
}

static void
print_list (FILE *fp, char *const *l, void (*print) (FILE *, const char *))
{
  if (l == NULL)
    {
      fputs ("NULL", fp);
      return;
    }
  fputc ('[', fp);
  for (size_t i = 0; l[i]; ++i)
    {
      if (i > 0)
        fputs (", ", fp);
      print (fp, l[i]);
    }
  fputc (']', fp);
}

void
guestfs_int_trace_string_list (FILE *fp, char *const *l)
{
  print_list (fp, l, guestfs_int_trace_string);
}

void
guestfs_int_trace_string_list_raw (FILE *fp, char *const *l)
{
  print_list (fp, l, guestfs_int_trace_string_raw);
}

void
guestfs_int_trace_buffer (FILE *fp, const char *buf, size_t len)
{
  fprintf (fp, "<%zu bytes>", len);
}

/* ---- Results: "NAME = VALUE", with " (error)" for the error value ---- */

static FILE *
open_return (guestfs_h *g, const char *name)
{
  FILE *fp = guestfs_int_trace_open (g);
  fprintf (fp, "%s = ", name);
  return fp;
}

static void
close_error (guestfs_h *g, FILE *fp)
{
  fputs ("NULL (error)", fp);
  guestfs_int_trace_close (g, fp);
}

void
guestfs_int_trace_return_int (guestfs_h *g, const char *name, int r)
{
  FILE *fp = open_return (g, name);
  fprintf (fp, "%d%s", r, r == -1 ? " (error)" : "");
  guestfs_int_trace_close (g, fp);
}

void
guestfs_int_trace_return_bool (guestfs_h *g, const char *name, int r)
{
  guestfs_int_trace_return_int (g, name, r);
}

void
guestfs_int_trace_return_int64 (guestfs_h *g, const char *name, int64_t r)
{
  FILE *fp = open_return (g, name);
  fprintf (fp, "%" PRIi64 "%s", r, r == -1 ? " (error)" : "");
  guestfs_int_trace_close (g, fp);
}

void
guestfs_int_trace_return_string (guestfs_h *g, const char *name, const char *r)
{
  FILE *fp = open_return (g, name);
  if (r == NULL)
    {
      close_error (g, fp);
      return;
    }
  guestfs_int_trace_string (fp, r);
  guestfs_int_trace_close (g, fp);
}

/* NULL is a valid result here. */
void
guestfs_int_trace_return_optstring (guestfs_h *g, const char *name,
                                    const char *r)
{
  FILE *fp = open_return (g, name);
  guestfs_int_trace_string (fp, r);
  guestfs_int_trace_close (g, fp);
}

void
guestfs_int_trace_return_string_list (guestfs_h *g, const char *name, char **r)
{
  FILE *fp = open_return (g, name);
  if (r == NULL)
    {
      close_error (g, fp);
      return;
    }
  guestfs_int_trace_string_list (fp, r);
  guestfs_int_trace_close (g, fp);
}

void
guestfs_int_trace_return_buffer (guestfs_h *g, const char *name, const char *r,
                                 size_t len)
{
  FILE *fp = open_return (g, name);
  if (r == NULL)
    {
      close_error (g, fp);
      return;
    }
  guestfs_int_trace_buffer (fp, r, len);
  guestfs_int_trace_close (g, fp);
}

void
guestfs_int_trace_return_pointer (guestfs_h *g, const char *name,
                                  const void *r, const char *type)
{
  FILE *fp = open_return (g, name);
  if (r == NULL)
    {
      close_error (g, fp);
      return;
    }
  fprintf (fp, "<%s>", type);
  guestfs_int_trace_close (g, fp);
}
