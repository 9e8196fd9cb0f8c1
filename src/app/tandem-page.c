/* tandem-page.c
 *
 * Copyright 2026 The Tandem authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "tandem-page"

#include "config.h"

#include <glib/gi18n.h>

#include "tandem-page.h"

typedef struct
{
  TandemStore  *store;
  TandemPerson *person;
  guint         therapist_profile : 1;
  guint         stale : 1;
} TandemPagePrivate;

G_DEFINE_TYPE_WITH_PRIVATE (TandemPage, tandem_page, ADW_TYPE_BIN)

enum {
  PROP_0,
  PROP_STORE,
  PROP_PERSON,
  PROP_THERAPIST_PROFILE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
tandem_page_real_reload (TandemPage *self)
{
}

/* A page the view stack does not show is reloaded when it is next shown,
 * not each time its store, person or profile changes: at start-up only the
 * visible page reads the database before the first frame. */
static void
tandem_page_map (GtkWidget *widget)
{
  TandemPage *self = TANDEM_PAGE (widget);
  TandemPagePrivate *priv = tandem_page_get_instance_private (self);

  if (priv->stale)
    {
      priv->stale = FALSE;
      TANDEM_PAGE_GET_CLASS (self)->reload (self);
    }

  GTK_WIDGET_CLASS (tandem_page_parent_class)->map (widget);
}

static void
tandem_page_dispose (GObject *object)
{
  TandemPage *self = (TandemPage *)object;
  TandemPagePrivate *priv = tandem_page_get_instance_private (self);

  g_clear_object (&priv->store);
  g_clear_object (&priv->person);

  G_OBJECT_CLASS (tandem_page_parent_class)->dispose (object);
}

static void
tandem_page_get_property (GObject    *object,
                          guint       prop_id,
                          GValue     *value,
                          GParamSpec *pspec)
{
  TandemPage *self = TANDEM_PAGE (object);

  switch (prop_id)
    {
    case PROP_STORE:
      g_value_set_object (value, tandem_page_get_store (self));
      break;

    case PROP_PERSON:
      g_value_set_object (value, tandem_page_get_person (self));
      break;

    case PROP_THERAPIST_PROFILE:
      g_value_set_boolean (value, tandem_page_get_therapist_profile (self));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
tandem_page_set_property (GObject      *object,
                          guint         prop_id,
                          const GValue *value,
                          GParamSpec   *pspec)
{
  TandemPage *self = TANDEM_PAGE (object);

  switch (prop_id)
    {
    case PROP_STORE:
      tandem_page_set_store (self, g_value_get_object (value));
      break;

    case PROP_PERSON:
      tandem_page_set_person (self, g_value_get_object (value));
      break;

    case PROP_THERAPIST_PROFILE:
      tandem_page_set_therapist_profile (self, g_value_get_boolean (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
tandem_page_class_init (TandemPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = tandem_page_dispose;
  object_class->get_property = tandem_page_get_property;
  object_class->set_property = tandem_page_set_property;

  klass->reload = tandem_page_real_reload;

  widget_class->map = tandem_page_map;

  properties [PROP_STORE] =
    g_param_spec_object ("store", NULL, NULL,
                         TANDEM_TYPE_STORE,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties [PROP_PERSON] =
    g_param_spec_object ("person", NULL, NULL,
                         TANDEM_TYPE_PERSON,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties [PROP_THERAPIST_PROFILE] =
    g_param_spec_boolean ("therapist-profile", NULL, NULL,
                          FALSE,
                          (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
tandem_page_init (TandemPage *self)
{
}

/**
 * tandem_page_get_store:
 *
 * Returns: (transfer none) (nullable): the store the page reads from
 */
TandemStore *
tandem_page_get_store (TandemPage *self)
{
  TandemPagePrivate *priv = tandem_page_get_instance_private (self);

  g_return_val_if_fail (TANDEM_IS_PAGE (self), NULL);

  return priv->store;
}

void
tandem_page_set_store (TandemPage  *self,
                       TandemStore *store)
{
  TandemPagePrivate *priv = tandem_page_get_instance_private (self);

  g_return_if_fail (TANDEM_IS_PAGE (self));
  g_return_if_fail (!store || TANDEM_IS_STORE (store));

  if (g_set_object (&priv->store, store))
    {
      tandem_page_reload (self);
      g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_STORE]);
    }
}

/**
 * tandem_page_get_person:
 *
 * Returns: (transfer none) (nullable): the person the page is about
 */
TandemPerson *
tandem_page_get_person (TandemPage *self)
{
  TandemPagePrivate *priv = tandem_page_get_instance_private (self);

  g_return_val_if_fail (TANDEM_IS_PAGE (self), NULL);

  return priv->person;
}

void
tandem_page_set_person (TandemPage   *self,
                        TandemPerson *person)
{
  TandemPagePrivate *priv = tandem_page_get_instance_private (self);

  g_return_if_fail (TANDEM_IS_PAGE (self));
  g_return_if_fail (!person || TANDEM_IS_PERSON (person));

  if (g_set_object (&priv->person, person))
    {
      tandem_page_reload (self);
      g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_PERSON]);
    }
}

gboolean
tandem_page_get_therapist_profile (TandemPage *self)
{
  TandemPagePrivate *priv = tandem_page_get_instance_private (self);

  g_return_val_if_fail (TANDEM_IS_PAGE (self), FALSE);

  return priv->therapist_profile;
}

void
tandem_page_set_therapist_profile (TandemPage *self,
                                   gboolean    therapist_profile)
{
  TandemPagePrivate *priv = tandem_page_get_instance_private (self);

  g_return_if_fail (TANDEM_IS_PAGE (self));

  therapist_profile = !!therapist_profile;

  if (priv->therapist_profile != therapist_profile)
    {
      priv->therapist_profile = therapist_profile;
      tandem_page_reload (self);
      g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_THERAPIST_PROFILE]);
    }
}

/**
 * tandem_page_get_is_client:
 *
 * Returns: %TRUE when the page shows one of a therapist's clients, so its
 *   wording speaks about that person instead of to the user
 */
gboolean
tandem_page_get_is_client (TandemPage *self)
{
  TandemPagePrivate *priv = tandem_page_get_instance_private (self);

  g_return_val_if_fail (TANDEM_IS_PAGE (self), FALSE);

  return priv->person != NULL &&
         tandem_person_get_role (priv->person) == TANDEM_PERSON_ROLE_CLIENT;
}

/**
 * tandem_page_reload:
 *
 * Reads the page's data again now, or, when the page sits in a view stack
 * that shows another page, the next time it is shown.
 */
void
tandem_page_reload (TandemPage *self)
{
  TandemPagePrivate *priv = tandem_page_get_instance_private (self);

  g_return_if_fail (TANDEM_IS_PAGE (self));

  if (!gtk_widget_get_child_visible (GTK_WIDGET (self)))
    {
      priv->stale = TRUE;
      return;
    }

  priv->stale = FALSE;
  TANDEM_PAGE_GET_CLASS (self)->reload (self);
}

/**
 * tandem_page_create_row:
 * @title: the row's title, shown as plain text
 * @subtitle: (nullable): a second line, shown as plain text
 *
 * Returns: (transfer floating): a row for the pages' boxed lists
 */
GtkWidget *
tandem_page_create_row (const char *title,
                        const char *subtitle)
{
  return tandem_list_row_new (title, subtitle);
}

void
tandem_page_clear_list (GtkListBox *list)
{
  GtkWidget *child;

  g_return_if_fail (GTK_IS_LIST_BOX (list));

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (list))))
    gtk_list_box_remove (list, child);
}

/**
 * tandem_page_format_day:
 * @day: a local date, "YYYY-MM-DD"
 *
 * Returns: (transfer full): @day written out for people to read
 */
char *
tandem_page_format_day (const char *day)
{
  g_autoptr(GDateTime) date_time = NULL;
  GDate date;

  g_return_val_if_fail (day != NULL, NULL);

  if (!tandem_date_parse (day, &date))
    return g_strdup (day);

  date_time = g_date_time_new_local (g_date_get_year (&date),
                                     g_date_get_month (&date),
                                     g_date_get_day (&date),
                                     0, 0, 0);

  /* Translators: a date in the format of g_date_time_format(),
   * e.g. "Monday, March 2, 2026" */
  return g_date_time_format (date_time, _("%A, %B %-d, %Y"));
}
