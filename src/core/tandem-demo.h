/* tandem-demo.h
 *
 * Copyright 2026 The Tandem authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "tandem-store.h"

G_BEGIN_DECLS

typedef enum
{
  TANDEM_DEMO_PROFILE_CLIENT,     /*< nick=client >*/
  TANDEM_DEMO_PROFILE_THERAPIST,  /*< nick=therapist >*/
} TandemDemoProfile;

typedef struct
{
  TandemDemoProfile  profile;
  guint              clients;  /* therapist profile */
  guint              years;    /* of history up to @today */
  guint32            seed;
  const char        *today;    /* "YYYY-MM-DD"; NULL for the real date */
} TandemDemoOptions;

gboolean tandem_demo_fill (TandemStore              *store,
                           const TandemDemoOptions  *options,
                           GError                  **error);

G_END_DECLS
