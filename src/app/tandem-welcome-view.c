/* tandem-welcome-view.c
 *
 * Copyright 2026 The Tandem authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "tandem-welcome-view"

#include "config.h"

#include <glib/gi18n.h>

#include "tandem-welcome-view.h"

/* The first start asks how Tandem will be used; the window stores the
 * answer in the "profile" setting when the view emits ::profile-chosen. */

struct _TandemWelcomeView
{
  AdwBin     parent_instance;

  /* Template widgets */
  GtkWidget *client_button;
  GtkWidget *therapist_button;
};

G_DEFINE_FINAL_TYPE (TandemWelcomeView, tandem_welcome_view, ADW_TYPE_BIN)

enum {
  PROFILE_CHOSEN,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void
choose_profile_action (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *param)
{
  const char *profile = g_variant_get_string (param, NULL);

  g_assert (TANDEM_IS_WELCOME_VIEW (widget));

  if (g_strcmp0 (profile, "client") != 0 && g_strcmp0 (profile, "therapist") != 0)
    {
      g_warning ("Unknown profile “%s”", profile);
      return;
    }

  g_signal_emit (widget, signals [PROFILE_CHOSEN], 0, profile);
}

static void
tandem_welcome_view_dispose (GObject *object)
{
  gtk_widget_dispose_template (GTK_WIDGET (object), TANDEM_TYPE_WELCOME_VIEW);

  G_OBJECT_CLASS (tandem_welcome_view_parent_class)->dispose (object);
}

static void
tandem_welcome_view_class_init (TandemWelcomeViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = tandem_welcome_view_dispose;

  /**
   * TandemWelcomeView::profile-chosen:
   * @self: the view
   * @profile: "client" or "therapist"
   *
   * The person chose how they will use Tandem.
   */
  signals [PROFILE_CHOSEN] =
    g_signal_new ("profile-chosen",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, G_TYPE_STRING);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/ui/tandem-welcome-view.ui");
  gtk_widget_class_bind_template_child (widget_class, TandemWelcomeView, client_button);
  gtk_widget_class_bind_template_child (widget_class, TandemWelcomeView, therapist_button);

  gtk_widget_class_install_action (widget_class, "welcome.choose-profile", "s",
                                   choose_profile_action);
}

static void
tandem_welcome_view_init (TandemWelcomeView *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

GtkWidget *
tandem_welcome_view_new (void)
{
  return g_object_new (TANDEM_TYPE_WELCOME_VIEW, NULL);
}
