/* tandem-gas-rating-dialog.c
 *
 * Copyright 2026 The Tandem authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "tandem-gas-rating-dialog"

#include "config.h"

#include <glib/gi18n.h>

#include "tandem-gas-rating-dialog.h"

#define N_LEVELS 5

struct _TandemGasRatingDialog
{
  AdwWindow             parent_instance;

  TandemStore          *store;
  TandemGoal           *goal;
  GtkWidget            *checks[N_LEVELS];

  /* Template widgets */
  AdwWindowTitle       *window_title;
  AdwPreferencesGroup  *levels_group;
  AdwEntryRow          *day_row;
  AdwEntryRow          *note_row;
  GtkLabel             *error_label;
};

G_DEFINE_FINAL_TYPE (TandemGasRatingDialog, tandem_gas_rating_dialog, ADW_TYPE_WINDOW)

enum {
  SAVED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

/* A goal attainment rating at a review: one of the goal's five levels, the
 * day and an optional note. Save stays off until a level is chosen and the
 * day is a valid day that has come; the reason shows beside the day. */

static const char *
get_level_title (int level)
{
  /* The same words as the wizard's goal attainment step. */
  switch (level)
    {
    case -2:
      return _("−2: much less than expected");
    case -1:
      return _("−1: somewhat less than expected");
    case 1:
      return _("+1: somewhat more than expected");
    case 2:
      return _("+2: much more than expected");
    case 0:
    default:
      return _("0: the expected outcome");
    }
}

static const char *
get_level_text (TandemGoal *goal,
                int         level)
{
  switch (level)
    {
    case -2:
      return tandem_goal_get_gas_much_less (goal);
    case -1:
      return tandem_goal_get_gas_less (goal);
    case 1:
      return tandem_goal_get_gas_more (goal);
    case 2:
      return tandem_goal_get_gas_much_more (goal);
    case 0:
    default:
      return tandem_goal_get_gas_expected (goal);
    }
}

static int
get_chosen_level (TandemGasRatingDialog *self,
                  gboolean              *chosen)
{
  for (int i = 0; i < N_LEVELS; i++)
    if (gtk_check_button_get_active (GTK_CHECK_BUTTON (self->checks[i])))
      {
        *chosen = TRUE;
        return i - 2;
      }

  *chosen = FALSE;
  return 0;
}

/* Returns: (nullable): why the day cannot be saved */
static const char *
check_day (const char *day)
{
  g_autofree char *today = tandem_date_today ();

  if (day == NULL || day[0] == '\0')
    return _("Enter the date of the review.");
  if (!tandem_date_is_valid (day))
    return _("Enter the date as year, month and day, for example 2026-05-12.");
  if (g_strcmp0 (day, today) > 0)
    return _("The review date cannot be in the future.");

  return NULL;
}

static void
update_state (TandemGasRatingDialog *self)
{
  const char *day = gtk_editable_get_text (GTK_EDITABLE (self->day_row));
  const char *problem = check_day (day);
  gboolean chosen;

  /* Not before the levels exist. */
  if (self->goal == NULL)
    return;

  get_chosen_level (self, &chosen);

  gtk_label_set_text (self->error_label, problem ? problem : "");
  gtk_widget_set_visible (GTK_WIDGET (self->error_label), problem != NULL);
  if (problem != NULL)
    {
      gtk_widget_add_css_class (GTK_WIDGET (self->day_row), "error");
      gtk_accessible_update_property (GTK_ACCESSIBLE (self->day_row),
                                      GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, problem, -1);
    }
  else
    {
      gtk_widget_remove_css_class (GTK_WIDGET (self->day_row), "error");
      gtk_accessible_reset_property (GTK_ACCESSIBLE (self->day_row),
                                     GTK_ACCESSIBLE_PROPERTY_DESCRIPTION);
    }

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "rating.save", chosen && problem == NULL);
}

static void
on_day_row_changed_cb (TandemGasRatingDialog *self,
                       GtkEditable           *editable)
{
  update_state (self);
}

/* Enter in the day or the note saves, when saving is possible. */
static void
on_entry_activated_cb (TandemGasRatingDialog *self,
                       AdwEntryRow           *row)
{
  gtk_widget_activate_action (GTK_WIDGET (self), "rating.save", NULL);
}

static void
save_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *param)
{
  TandemGasRatingDialog *self = TANDEM_GAS_RATING_DIALOG (widget);
  const char *day = gtk_editable_get_text (GTK_EDITABLE (self->day_row));
  g_autofree char *note = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->note_row))));
  g_autoptr(TandemGoalAttainment) attainment = NULL;
  g_autoptr(GError) error = NULL;
  gboolean chosen;
  int level;

  level = get_chosen_level (self, &chosen);
  if (!chosen || check_day (day) != NULL)
    return;

  attainment = tandem_goal_attainment_new (tandem_record_get_id (TANDEM_RECORD (self->goal)), day, level);
  if (note[0] != '\0')
    tandem_goal_attainment_set_note (attainment, note);

  if (!tandem_store_insert (self->store, TANDEM_RECORD (attainment), &error))
    {
      /* Nothing is lost: the dialog stays open with the choices made. */
      gtk_label_set_text (self->error_label, error->message);
      gtk_widget_set_visible (GTK_WIDGET (self->error_label), TRUE);
      return;
    }

  g_signal_emit (self, signals[SAVED], 0);
  gtk_window_destroy (GTK_WINDOW (self));
}

static void
create_level_rows (TandemGasRatingDialog *self)
{
  GtkCheckButton *group = NULL;

  for (int i = 0; i < N_LEVELS; i++)
    {
      int level = i - 2;
      const char *title = get_level_title (level);
      const char *text = get_level_text (self->goal, level);
      GtkWidget *row = adw_action_row_new ();
      GtkWidget *check = gtk_check_button_new ();

      adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
      /* The row makes the title the check button's name and the text its
       * description. */
      if (text != NULL && text[0] != '\0')
        adw_action_row_set_subtitle (ADW_ACTION_ROW (row), text);
      adw_action_row_set_subtitle_lines (ADW_ACTION_ROW (row), 0);

      gtk_widget_set_valign (check, GTK_ALIGN_CENTER);
      if (group != NULL)
        gtk_check_button_set_group (GTK_CHECK_BUTTON (check), group);
      else
        group = GTK_CHECK_BUTTON (check);
      g_signal_connect_object (check, "toggled", G_CALLBACK (update_state), self, G_CONNECT_SWAPPED);

      adw_action_row_add_prefix (ADW_ACTION_ROW (row), check);
      adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), check);
      adw_preferences_group_add (self->levels_group, row);
      self->checks[i] = check;
    }
}

static void
tandem_gas_rating_dialog_dispose (GObject *object)
{
  TandemGasRatingDialog *self = (TandemGasRatingDialog *)object;

  g_clear_object (&self->store);
  g_clear_object (&self->goal);

  G_OBJECT_CLASS (tandem_gas_rating_dialog_parent_class)->dispose (object);
}

static void
tandem_gas_rating_dialog_class_init (TandemGasRatingDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = tandem_gas_rating_dialog_dispose;

  /**
   * TandemGasRatingDialog::saved:
   *
   * Emitted when the rating was stored, just before the dialog closes.
   */
  signals[SAVED] = g_signal_new ("saved", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                 0, NULL, NULL, NULL, G_TYPE_NONE, 0);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/ui/tandem-gas-rating-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, TandemGasRatingDialog, window_title);
  gtk_widget_class_bind_template_child (widget_class, TandemGasRatingDialog, levels_group);
  gtk_widget_class_bind_template_child (widget_class, TandemGasRatingDialog, day_row);
  gtk_widget_class_bind_template_child (widget_class, TandemGasRatingDialog, note_row);
  gtk_widget_class_bind_template_child (widget_class, TandemGasRatingDialog, error_label);
  gtk_widget_class_bind_template_callback (widget_class, on_day_row_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_entry_activated_cb);

  gtk_widget_class_install_action (widget_class, "rating.save", NULL, save_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_s, GDK_CONTROL_MASK, "rating.save", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
tandem_gas_rating_dialog_init (TandemGasRatingDialog *self)
{
  g_autofree char *today = tandem_date_today ();

  gtk_widget_init_template (GTK_WIDGET (self));

  gtk_editable_set_text (GTK_EDITABLE (self->day_row), today);
}

/**
 * tandem_gas_rating_dialog_has_levels:
 * @goal: a goal
 *
 * Returns: whether @goal describes its attainment levels, so that it can be
 *   rated
 */
gboolean
tandem_gas_rating_dialog_has_levels (TandemGoal *goal)
{
  g_return_val_if_fail (TANDEM_IS_GOAL (goal), FALSE);

  for (int level = -2; level <= 2; level++)
    {
      const char *text = get_level_text (goal, level);

      if (text != NULL && text[0] != '\0')
        return TRUE;
    }

  return FALSE;
}

/**
 * tandem_gas_rating_dialog_new:
 * @parent: (nullable): the window it belongs to
 * @store: where to store the rating
 * @goal: a stored goal with attainment levels
 *
 * Creates a dialog that rates @goal's attainment at a review and stores it
 * as a #TandemGoalAttainment.
 *
 * Returns: (transfer floating): the dialog, not yet shown
 */
GtkWidget *
tandem_gas_rating_dialog_new (GtkWindow   *parent,
                              TandemStore *store,
                              TandemGoal  *goal)
{
  TandemGasRatingDialog *self;

  g_return_val_if_fail (parent == NULL || GTK_IS_WINDOW (parent), NULL);
  g_return_val_if_fail (TANDEM_IS_STORE (store), NULL);
  g_return_val_if_fail (TANDEM_IS_GOAL (goal), NULL);

  self = g_object_new (TANDEM_TYPE_GAS_RATING_DIALOG,
                       "transient-for", parent,
                       NULL);
  self->store = g_object_ref (store);
  self->goal = g_object_ref (goal);

  adw_window_title_set_subtitle (self->window_title, tandem_goal_get_title (goal));
  create_level_rows (self);
  update_state (self);

  return GTK_WIDGET (self);
}

/**
 * tandem_gas_rating_dialog_set_level:
 * @level: -2 … +2
 *
 * Chooses a level, as a click on its row does.
 */
void
tandem_gas_rating_dialog_set_level (TandemGasRatingDialog *self,
                                    int                    level)
{
  g_return_if_fail (TANDEM_IS_GAS_RATING_DIALOG (self));
  g_return_if_fail (level >= -2 && level <= 2);

  gtk_check_button_set_active (GTK_CHECK_BUTTON (self->checks[level + 2]), TRUE);
}
