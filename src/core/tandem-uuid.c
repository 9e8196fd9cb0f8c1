/* tandem-uuid.c
 *
 * Copyright 2026 The Tandem authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "tandem-uuid"

#include "config.h"

#include "tandem-uuid.h"

/**
 * tandem_uuid_new:
 * @time_us: the record's creation time, µs since the Unix epoch
 * @rand: (nullable): the source of the random bits; %NULL for GLib's
 *
 * Makes a version 7 UUID (RFC 9562): 48 bits of Unix time in milliseconds,
 * then 74 random bits. Records created one after another get UUIDs that sort
 * after one another, so the unique index on them grows at its end instead of
 * at random places, which keeps bulk inserts fast. A seeded @rand makes the
 * UUIDs reproducible (the demo data).
 *
 * Returns: (transfer full): the UUID in its 36-character form
 */
char *
tandem_uuid_new (gint64  time_us,
                 GRand  *rand)
{
  guint64 ms = (guint64) MAX (time_us, 0) / 1000;
  guint8 bytes[16];

  for (guint i = 0; i < 6; i++)
    bytes[i] = (ms >> (40 - 8 * i)) & 0xff;

  for (guint i = 6; i < 16; i += 2)
    {
      guint32 r = rand != NULL ? g_rand_int (rand) : g_random_int ();

      bytes[i] = r & 0xff;
      bytes[i + 1] = (r >> 8) & 0xff;
    }

  bytes[6] = 0x70 | (bytes[6] & 0x0f);  /* version 7 */
  bytes[8] = 0x80 | (bytes[8] & 0x3f);  /* RFC 9562 variant */

  return g_strdup_printf ("%02x%02x%02x%02x-%02x%02x-%02x%02x-%02x%02x-%02x%02x%02x%02x%02x%02x",
                          bytes[0], bytes[1], bytes[2], bytes[3], bytes[4], bytes[5],
                          bytes[6], bytes[7], bytes[8], bytes[9], bytes[10], bytes[11],
                          bytes[12], bytes[13], bytes[14], bytes[15]);
}
