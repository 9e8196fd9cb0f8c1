/* tandem-list-row.c
 *
 * Copyright 2026 The Tandem authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "tandem-list-row"

#include "config.h"

#include "tandem-list-row.h"

/* The rows of the pages' boxed lists, which are built again each time the
 * person changes: a title over an optional subtitle, with widgets before
 * and after them, looking like AdwActionRow.
 *
 * AdwActionRow lays its title and subtitle out in a vertical GtkBox inside
 * a horizontal one. When the outer box allocates, it asks the inner one
 * for its width at the row's height, and GTK 4.8 answers that for a box of
 * wrapping labels by trying width after width, laying each label out
 * again each time: with a dozen new rows that was most of the time of
 * switching client. Here the labels are cells of a GtkGrid, which asks a
 * wrapping label for its width at most once an allocation (switching
 * client on the Goals page: 367 text layouts before, 165 now). */

struct _TandemListRow
{
  GtkListBoxRow  parent_instance;

  GtkGrid       *grid;
  GtkBox        *prefixes;
  GtkBox        *suffixes;
  GtkLabel      *title_label;
  GtkLabel      *subtitle_label;
};

static void tandem_list_row_buildable_init (GtkBuildableIface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (TandemListRow, tandem_list_row, GTK_TYPE_LIST_BOX_ROW,
                               G_IMPLEMENT_INTERFACE (GTK_TYPE_BUILDABLE, tandem_list_row_buildable_init))

static GtkBuildableIface *parent_buildable_iface;

enum {
  PROP_0,
  PROP_TITLE,
  PROP_SUBTITLE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
tandem_list_row_get_property (GObject    *object,
                              guint       prop_id,
                              GValue     *value,
                              GParamSpec *pspec)
{
  TandemListRow *self = TANDEM_LIST_ROW (object);

  switch (prop_id)
    {
    case PROP_TITLE:
      g_value_set_string (value, tandem_list_row_get_title (self));
      break;

    case PROP_SUBTITLE:
      g_value_set_string (value, tandem_list_row_get_subtitle (self));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
tandem_list_row_set_property (GObject      *object,
                              guint         prop_id,
                              const GValue *value,
                              GParamSpec   *pspec)
{
  TandemListRow *self = TANDEM_LIST_ROW (object);

  switch (prop_id)
    {
    case PROP_TITLE:
      tandem_list_row_set_title (self, g_value_get_string (value));
      break;

    case PROP_SUBTITLE:
      tandem_list_row_set_subtitle (self, g_value_get_string (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

/* In a template, <child type="prefix"> and <child type="suffix"> as for
 * AdwActionRow. */
static void
tandem_list_row_buildable_add_child (GtkBuildable *buildable,
                                     GtkBuilder   *builder,
                                     GObject      *child,
                                     const char   *type)
{
  TandemListRow *self = TANDEM_LIST_ROW (buildable);

  if (g_strcmp0 (type, "prefix") == 0)
    tandem_list_row_add_prefix (self, GTK_WIDGET (child));
  else if (g_strcmp0 (type, "suffix") == 0)
    tandem_list_row_add_suffix (self, GTK_WIDGET (child));
  else
    parent_buildable_iface->add_child (buildable, builder, child, type);
}

static void
tandem_list_row_buildable_init (GtkBuildableIface *iface)
{
  parent_buildable_iface = g_type_interface_peek_parent (iface);
  iface->add_child = tandem_list_row_buildable_add_child;
}

static void
tandem_list_row_class_init (TandemListRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->get_property = tandem_list_row_get_property;
  object_class->set_property = tandem_list_row_set_property;

  /**
   * TandemListRow:title:
   *
   * The row's title, plain text; also its accessible name.
   */
  properties[PROP_TITLE] =
    g_param_spec_string ("title", NULL, NULL,
                         "",
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /**
   * TandemListRow:subtitle:
   *
   * Plain text under the title, hidden when empty; it describes the row
   * to assistive technologies.
   */
  properties[PROP_SUBTITLE] =
    g_param_spec_string ("subtitle", NULL, NULL,
                         "",
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/tandemgoals/Tandem/ui/tandem-list-row.ui");
  gtk_widget_class_bind_template_child (widget_class, TandemListRow, grid);
  gtk_widget_class_bind_template_child (widget_class, TandemListRow, prefixes);
  gtk_widget_class_bind_template_child (widget_class, TandemListRow, suffixes);
  gtk_widget_class_bind_template_child (widget_class, TandemListRow, title_label);
  gtk_widget_class_bind_template_child (widget_class, TandemListRow, subtitle_label);
}

static void
tandem_list_row_init (TandemListRow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  gtk_accessible_update_relation (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_RELATION_LABELLED_BY, self->title_label, NULL,
                                  -1);
}

/**
 * tandem_list_row_new:
 * @title: the title, plain text
 * @subtitle: (nullable): the text under it, plain text
 *
 * Returns: (transfer floating): a new row
 */
GtkWidget *
tandem_list_row_new (const char *title,
                     const char *subtitle)
{
  return g_object_new (TANDEM_TYPE_LIST_ROW,
                       "title", title,
                       "subtitle", subtitle,
                       NULL);
}

const char *
tandem_list_row_get_title (TandemListRow *self)
{
  g_return_val_if_fail (TANDEM_IS_LIST_ROW (self), NULL);

  return gtk_label_get_label (self->title_label);
}

void
tandem_list_row_set_title (TandemListRow *self,
                           const char    *title)
{
  g_return_if_fail (TANDEM_IS_LIST_ROW (self));

  if (g_strcmp0 (title ? title : "", gtk_label_get_label (self->title_label)) == 0)
    return;

  gtk_label_set_label (self->title_label, title ? title : "");
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TITLE]);
}

const char *
tandem_list_row_get_subtitle (TandemListRow *self)
{
  g_return_val_if_fail (TANDEM_IS_LIST_ROW (self), NULL);

  return gtk_label_get_label (self->subtitle_label);
}

void
tandem_list_row_set_subtitle (TandemListRow *self,
                              const char    *subtitle)
{
  gboolean shown;

  g_return_if_fail (TANDEM_IS_LIST_ROW (self));

  if (subtitle == NULL)
    subtitle = "";
  if (g_strcmp0 (subtitle, gtk_label_get_label (self->subtitle_label)) == 0)
    return;

  shown = subtitle[0] != '\0';
  gtk_label_set_label (self->subtitle_label, subtitle);
  gtk_widget_set_visible (GTK_WIDGET (self->subtitle_label), shown);
  /* Title and subtitle are centred together in the row. */
  gtk_widget_set_valign (GTK_WIDGET (self->title_label), shown ? GTK_ALIGN_END : GTK_ALIGN_CENTER);
  if (shown)
    gtk_accessible_update_relation (GTK_ACCESSIBLE (self),
                                    GTK_ACCESSIBLE_RELATION_DESCRIBED_BY, self->subtitle_label, NULL,
                                    -1);
  else
    gtk_accessible_reset_relation (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_RELATION_DESCRIBED_BY);

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SUBTITLE]);
}

/**
 * tandem_list_row_set_subtitle_lines:
 * @lines: the most lines the subtitle takes, ellipsized after; 0 for all
 */
void
tandem_list_row_set_subtitle_lines (TandemListRow *self,
                                    int            lines)
{
  g_return_if_fail (TANDEM_IS_LIST_ROW (self));
  g_return_if_fail (lines >= 0);

  gtk_label_set_lines (self->subtitle_label, lines > 0 ? lines : -1);
  gtk_label_set_ellipsize (self->subtitle_label, lines > 0 ? PANGO_ELLIPSIZE_END : PANGO_ELLIPSIZE_NONE);
}

/**
 * tandem_list_row_add_prefix:
 * @widget: a widget to show before the title
 */
void
tandem_list_row_add_prefix (TandemListRow *self,
                            GtkWidget     *widget)
{
  g_return_if_fail (TANDEM_IS_LIST_ROW (self));
  g_return_if_fail (GTK_IS_WIDGET (widget));

  gtk_box_append (self->prefixes, widget);
  gtk_widget_set_visible (GTK_WIDGET (self->prefixes), TRUE);
}

/**
 * tandem_list_row_add_suffix:
 * @widget: a widget to show after the title
 */
void
tandem_list_row_add_suffix (TandemListRow *self,
                            GtkWidget     *widget)
{
  g_return_if_fail (TANDEM_IS_LIST_ROW (self));
  g_return_if_fail (GTK_IS_WIDGET (widget));

  gtk_box_append (self->suffixes, widget);
  gtk_widget_set_visible (GTK_WIDGET (self->suffixes), TRUE);
}
