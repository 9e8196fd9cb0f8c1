/* tandem-avatar.c
 *
 * Copyright 2026 The Tandem authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "tandem-avatar"

#include "config.h"

#include "tandem-avatar.h"

/* A person's initials in a coloured circle, as in a long client list. It
 * takes libadwaita's avatar look (the "avatar" node and its colour classes,
 * light and dark) with one label, so that two hundred of them cost little;
 * AdwAvatar also prepares an image, which a client list never shows. */

#define N_COLORS 14

struct _TandemAvatar
{
  GtkWidget  parent_instance;

  GtkWidget *label;
  guint      color;
};

G_DEFINE_FINAL_TYPE (TandemAvatar, tandem_avatar, GTK_TYPE_WIDGET)

static char *
initials_of (const char *name)
{
  g_auto(GStrv) words = NULL;
  GString *initials = g_string_new (NULL);
  guint n = 0;

  if (name == NULL)
    return g_string_free (initials, FALSE);

  words = g_strsplit_set (name, " \t", -1);
  for (guint i = 0; words[i] != NULL; i++)
    {
      gunichar c;

      if (words[i][0] == '\0' || !g_utf8_validate (words[i], -1, NULL))
        continue;

      c = g_unichar_toupper (g_utf8_get_char (words[i]));
      if (!g_unichar_isalnum (c))
        continue;

      /* The first word and the last one. */
      if (n == 2)
        g_string_truncate (initials, g_utf8_next_char (initials->str) - initials->str);
      g_string_append_unichar (initials, c);
      n = MIN (n + 1, 2);
    }

  return g_string_free (initials, FALSE);
}

static void
tandem_avatar_dispose (GObject *object)
{
  TandemAvatar *self = TANDEM_AVATAR (object);

  g_clear_pointer (&self->label, gtk_widget_unparent);

  G_OBJECT_CLASS (tandem_avatar_parent_class)->dispose (object);
}

static void
tandem_avatar_class_init (TandemAvatarClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = tandem_avatar_dispose;

  gtk_widget_class_set_css_name (widget_class, "avatar");
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_IMG);
}

static void
tandem_avatar_init (TandemAvatar *self)
{
  self->label = gtk_label_new (NULL);
  gtk_widget_set_parent (self->label, GTK_WIDGET (self));
  gtk_widget_set_size_request (GTK_WIDGET (self), 32, 32);
  gtk_widget_set_valign (GTK_WIDGET (self), GTK_ALIGN_CENTER);
  gtk_widget_set_halign (GTK_WIDGET (self), GTK_ALIGN_CENTER);
  gtk_widget_set_overflow (GTK_WIDGET (self), GTK_OVERFLOW_HIDDEN);
  gtk_widget_add_css_class (GTK_WIDGET (self), "tandem-avatar");
  self->color = 1;
  gtk_widget_add_css_class (GTK_WIDGET (self), "color1");
}

GtkWidget *
tandem_avatar_new (void)
{
  return g_object_new (TANDEM_TYPE_AVATAR, NULL);
}

/**
 * tandem_avatar_set_name:
 * @name: (nullable): whose avatar
 *
 * Shows the initials of @name in a colour that is always the same for the
 * same name.
 */
void
tandem_avatar_set_name (TandemAvatar *self,
                        const char   *name)
{
  g_autofree char *initials = NULL;
  char old_class[16], new_class[16];
  guint color;

  g_return_if_fail (TANDEM_IS_AVATAR (self));

  initials = initials_of (name);
  gtk_label_set_label (GTK_LABEL (self->label), initials);

  color = name != NULL ? g_str_hash (name) % N_COLORS + 1 : 1;
  if (color != self->color)
    {
      g_snprintf (old_class, sizeof old_class, "color%u", self->color);
      g_snprintf (new_class, sizeof new_class, "color%u", color);
      gtk_widget_remove_css_class (GTK_WIDGET (self), old_class);
      gtk_widget_add_css_class (GTK_WIDGET (self), new_class);
      self->color = color;
    }
}
