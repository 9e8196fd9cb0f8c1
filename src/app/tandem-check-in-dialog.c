/* tandem-check-in-dialog.c
 *
 * Copyright 2026 The Tandem authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "tandem-check-in-dialog"

#include "config.h"

#include <math.h>
#include <glib/gi18n.h>

#include "tandem-check-in-dialog.h"
#include "tandem-page.h"

/* The quick check-in: one row per active goal with a control that fits its
 * measure, and the day as a whole (mood, note, stressors, strategies, a
 * win). Opening it for a day that has check-ins loads them, and saving
 * updates them; everything is written by one tandem_quick_check_in_save(). */

#define RECENT_STRESSOR_DAYS 60
#define MAX_STRESSOR_CHIPS   8

typedef struct
{
  TandemCheckInDialog *dialog;
  TandemGoal          *goal;
  TandemCheckIn       *entry;      /* the stored entry of the day, if any */
  AdwActionRow        *row;
  GtkWidget           *control;    /* spin button or scale */
  GtkWidget           *yes;
  GtkWidget           *no;
  GtkWidget           *take;       /* "Take PHQ-9" for a questionnaire goal */
  gboolean             touched;
} GoalRow;

typedef struct
{
  gint64        strategy_id;
  GtkCheckButton *check;
  GtkDropDown  *helped;
} StrategyRow;

struct _TandemCheckInDialog
{
  AdwWindow       parent_instance;

  TandemStore    *store;
  gint64          person_id;
  gint64          goal_id;
  char           *day;
  TandemCheckIn  *overall;
  TandemScaleRegistry *registry;
  GPtrArray      *goal_rows;
  GArray         *strategy_rows;
  gboolean        loading;
  gboolean        focused_once;

  /* Template widgets */
  GtkLabel             *error_label;
  GtkButton            *save_button;
  GtkMenuButton        *date_button;
  GtkCalendar          *calendar;
  GtkLabel             *date_error_label;
  AdwPreferencesGroup  *goals_group;
  AdwExpanderRow       *mood_row;
  GtkScale             *mood_scale;
  GtkSwitch            *win_switch;
  GtkTextView          *note_view;
  GtkEntry             *stressors_entry;
  GtkFlowBox           *stressor_chips;
  AdwPreferencesGroup  *strategies_group;
};

G_DEFINE_FINAL_TYPE (TandemCheckInDialog, tandem_check_in_dialog, ADW_TYPE_WINDOW)

enum {
  PROP_0,
  PROP_STORE,
  PROP_PERSON_ID,
  PROP_GOAL_ID,
  PROP_DAY,
  N_PROPS
};

enum {
  SAVED,
  N_SIGNALS
};

static void on_calendar_day_selected_cb (TandemCheckInDialog *self,
                                         GtkCalendar         *calendar);

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

static void
goal_row_free (gpointer data)
{
  GoalRow *row = data;

  g_clear_object (&row->goal);
  g_clear_object (&row->entry);
  g_free (row);
}

static void
show_error (TandemCheckInDialog *self,
            const char          *message)
{
  gtk_label_set_label (self->error_label, message ? message : "");
  gtk_widget_set_visible (GTK_WIDGET (self->error_label), message != NULL);
}

static void
update_goal_row_subtitle (GoalRow *row)
{
  TandemMeasureKind kind = tandem_goal_get_measure_kind (row->goal);
  const char *measure = tandem_goal_get_measure_name (row->goal);

  if (kind == TANDEM_MEASURE_QUESTIONNAIRE)
    return;

  /* A scale always points somewhere: show no number until it is an answer. */
  if (GTK_IS_SCALE (row->control))
    gtk_scale_set_draw_value (GTK_SCALE (row->control), row->touched);

  if (!row->touched)
    adw_action_row_set_subtitle (row->row, _("Not recorded for this day"));
  else
    adw_action_row_set_subtitle (row->row, measure ? measure : "");
}

static void
on_goal_control_changed_cb (GoalRow *row)
{
  if (row->dialog->loading)
    return;

  row->touched = TRUE;
  update_goal_row_subtitle (row);
}

/* A click on the value the scale already shows changes nothing, but it is
 * an answer all the same. */
static gboolean
on_scale_change_value_cb (GoalRow       *row,
                          GtkScrollType  scroll,
                          double         value,
                          GtkRange      *range)
{
  on_goal_control_changed_cb (row);
  return FALSE;
}

static void
on_yes_no_toggled_cb (GoalRow         *row,
                      GtkToggleButton *button)
{
  if (gtk_toggle_button_get_active (button))
    on_goal_control_changed_cb (row);
}

static const char *
get_instrument_name (TandemCheckInDialog *self,
                     const char          *instrument)
{
  TandemScale *scale = NULL;

  /* Parsed only when a goal is tracked by a questionnaire. */
  if (self->registry == NULL)
    {
      g_autoptr(GError) error = NULL;

      self->registry = tandem_scale_registry_new (&error);
      if (self->registry == NULL)
        g_warning ("No questionnaires: %s", error->message);
    }

  if (self->registry != NULL)
    scale = tandem_scale_registry_lookup (self->registry, instrument);

  return scale ? tandem_scale_get_short_name (scale) : instrument;
}

static GtkWidget *
create_goal_control (GoalRow *row)
{
  TandemMeasureKind kind = tandem_goal_get_measure_kind (row->goal);
  const char *title = tandem_goal_get_title (row->goal);
  GtkWidget *control = NULL;

  switch (kind)
    {
    case TANDEM_MEASURE_RATING:
      control = gtk_scale_new_with_range (GTK_ORIENTATION_HORIZONTAL, 0, 10, 1);
      gtk_scale_set_draw_value (GTK_SCALE (control), TRUE);
      gtk_scale_set_digits (GTK_SCALE (control), 0);
      gtk_range_set_round_digits (GTK_RANGE (control), 0);
      gtk_range_set_value (GTK_RANGE (control), 5);
      for (int i = 0; i <= 10; i += 5)
        gtk_scale_add_mark (GTK_SCALE (control), i, GTK_POS_BOTTOM, NULL);
      gtk_widget_set_size_request (control, 200, -1);
      g_signal_connect_swapped (control, "value-changed",
                                G_CALLBACK (on_goal_control_changed_cb), row);
      g_signal_connect_swapped (control, "change-value",
                                G_CALLBACK (on_scale_change_value_cb), row);
      row->control = control;
      break;

    case TANDEM_MEASURE_NONE:
    case TANDEM_MEASURE_YES_NO:
      control = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 0);
      gtk_widget_add_css_class (control, "linked");
      row->yes = gtk_toggle_button_new_with_label (_("Yes"));
      row->no = gtk_toggle_button_new_with_label (_("No"));
      gtk_toggle_button_set_group (GTK_TOGGLE_BUTTON (row->no), GTK_TOGGLE_BUTTON (row->yes));
      gtk_box_append (GTK_BOX (control), row->yes);
      gtk_box_append (GTK_BOX (control), row->no);
      g_signal_connect_swapped (row->yes, "toggled", G_CALLBACK (on_yes_no_toggled_cb), row);
      g_signal_connect_swapped (row->no, "toggled", G_CALLBACK (on_yes_no_toggled_cb), row);
      {
        /* Translators: the accessible name of the "Yes" button of a
         * yes/no goal; %s is the goal's title */
        g_autofree char *yes_name = g_strdup_printf (_("%s: yes"), title);
        /* Translators: the accessible name of the "No" button of a yes/no
         * goal; %s is the goal's title */
        g_autofree char *no_name = g_strdup_printf (_("%s: no"), title);

        gtk_accessible_update_property (GTK_ACCESSIBLE (row->yes),
                                        GTK_ACCESSIBLE_PROPERTY_LABEL, yes_name,
                                        -1);
        gtk_accessible_update_property (GTK_ACCESSIBLE (row->no),
                                        GTK_ACCESSIBLE_PROPERTY_LABEL, no_name,
                                        -1);
      }
      return control;

    case TANDEM_MEASURE_QUESTIONNAIRE:
      {
        const char *instrument = tandem_goal_get_instrument (row->goal);
        g_autofree char *label = NULL;
        g_autofree char *text = NULL;

        if (instrument == NULL)
          return NULL;

        /* Translators: a button; %s is a questionnaire's short name, e.g. "GAD-7" */
        label = g_strdup_printf (_("Take %s"), get_instrument_name (row->dialog, instrument));
        control = gtk_button_new_with_label (label);
        gtk_actionable_set_action_name (GTK_ACTIONABLE (control), "app.take-questionnaire");
        gtk_actionable_set_action_target (GTK_ACTIONABLE (control), "s", instrument);
        /* Translators: %s is a questionnaire's short name, e.g. "GAD-7" */
        text = g_strdup_printf (_("Tracked by the %s questionnaire"),
                                get_instrument_name (row->dialog, instrument));
        adw_action_row_set_subtitle (row->row, text);
        row->take = control;
        return control;
      }

    case TANDEM_MEASURE_COUNT:
    default:
      control = gtk_spin_button_new_with_range (0, 9999, 1);
      gtk_spin_button_set_digits (GTK_SPIN_BUTTON (control), 0);
      g_signal_connect_swapped (control, "value-changed",
                                G_CALLBACK (on_goal_control_changed_cb), row);
      /* Typing the number it shows is an answer too. */
      g_signal_connect_swapped (control, "changed",
                                G_CALLBACK (on_goal_control_changed_cb), row);
      row->control = control;
      break;
    }

  gtk_accessible_update_property (GTK_ACCESSIBLE (control),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, title,
                                  -1);
  return control;
}

static void
build_goal_rows (TandemCheckInDialog *self)
{
  g_autoptr(GListStore) goals = NULL;
  g_autoptr(GError) error = NULL;
  guint n;

  goals = tandem_store_list_goals (self->store, self->person_id, &error);
  if (goals == NULL)
    {
      show_error (self, error->message);
      return;
    }

  n = g_list_model_get_n_items (G_LIST_MODEL (goals));
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(TandemGoal) goal = g_list_model_get_item (G_LIST_MODEL (goals), i);
      GoalRow *row;
      GtkWidget *control;

      if (tandem_goal_get_status (goal) != TANDEM_GOAL_STATUS_ACTIVE)
        continue;

      row = g_new0 (GoalRow, 1);
      row->dialog = self;
      row->goal = g_object_ref (goal);
      row->row = ADW_ACTION_ROW (adw_action_row_new ());
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row->row), tandem_goal_get_title (goal));
      adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row->row), FALSE);

      control = create_goal_control (row);
      if (control != NULL)
        {
          gtk_widget_set_valign (control, GTK_ALIGN_CENTER);
          adw_action_row_add_suffix (row->row, control);
        }

      update_goal_row_subtitle (row);
      adw_preferences_group_add (self->goals_group, GTK_WIDGET (row->row));
      g_ptr_array_add (self->goal_rows, row);
    }

  gtk_widget_set_visible (GTK_WIDGET (self->goals_group), self->goal_rows->len > 0);
}

static void
build_strategy_rows (TandemCheckInDialog *self)
{
  static const char * const helped[] = {
    /* Translators: whether a coping strategy helped: not answered */
    N_("Did it help?"), N_("No"), N_("Somewhat"), N_("Yes"), NULL
  };
  g_autoptr(GListStore) strategies = NULL;
  g_autoptr(GError) error = NULL;
  guint n;

  strategies = tandem_store_list_strategies (self->store, self->person_id, &error);
  if (strategies == NULL)
    {
      g_warning ("Could not list strategies: %s", error->message);
      return;
    }

  n = g_list_model_get_n_items (G_LIST_MODEL (strategies));
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(TandemStrategy) strategy = g_list_model_get_item (G_LIST_MODEL (strategies), i);
      g_autoptr(GtkStringList) choices = gtk_string_list_new (NULL);
      g_autofree char *helped_name = NULL;
      StrategyRow srow;
      GtkWidget *row;

      for (guint j = 0; helped[j] != NULL; j++)
        gtk_string_list_append (choices, _(helped[j]));

      row = adw_action_row_new ();
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), tandem_strategy_get_name (strategy));
      adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);

      srow.strategy_id = tandem_record_get_id (TANDEM_RECORD (strategy));
      srow.check = GTK_CHECK_BUTTON (gtk_check_button_new ());
      /* The row's title names it: the row is its activatable widget. */
      gtk_widget_set_valign (GTK_WIDGET (srow.check), GTK_ALIGN_CENTER);
      adw_action_row_add_prefix (ADW_ACTION_ROW (row), GTK_WIDGET (srow.check));
      adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), GTK_WIDGET (srow.check));

      srow.helped = GTK_DROP_DOWN (gtk_drop_down_new (G_LIST_MODEL (g_steal_pointer (&choices)), NULL));
      gtk_widget_set_valign (GTK_WIDGET (srow.helped), GTK_ALIGN_CENTER);
      g_object_bind_property (srow.check, "active", srow.helped, "sensitive", G_BINDING_SYNC_CREATE);
      /* Translators: %s is a coping strategy, e.g. "Box breathing" */
      helped_name = g_strdup_printf (_("Did “%s” help?"), tandem_strategy_get_name (strategy));
      gtk_accessible_update_property (GTK_ACCESSIBLE (srow.helped),
                                      GTK_ACCESSIBLE_PROPERTY_LABEL, helped_name,
                                      -1);
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), GTK_WIDGET (srow.helped));

      adw_preferences_group_add (self->strategies_group, row);
      g_array_append_val (self->strategy_rows, srow);
    }

  gtk_widget_set_visible (GTK_WIDGET (self->strategies_group), n > 0);
}

static void
on_stressor_chip_clicked_cb (TandemCheckInDialog *self,
                             GtkButton           *chip)
{
  const char *stressor = gtk_button_get_label (chip);
  g_autofree char *text = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->stressors_entry))));
  g_auto(GStrv) parts = g_strsplit (text, ",", -1);
  g_autofree char *joined = NULL;

  for (guint i = 0; parts[i] != NULL; i++)
    if (g_utf8_collate (g_strstrip (parts[i]), stressor) == 0)
      return;

  if (text[0] == '\0')
    joined = g_strdup (stressor);
  else
    joined = g_strdup_printf ("%s, %s", text, stressor);

  gtk_editable_set_text (GTK_EDITABLE (self->stressors_entry), joined);
  gtk_editable_set_position (GTK_EDITABLE (self->stressors_entry), -1);
}

static void
build_stressor_chips (TandemCheckInDialog *self)
{
  g_autofree char *today = tandem_quick_check_in_dup_today (self->store);
  g_autofree char *from_day = tandem_date_add_days (today, -RECENT_STRESSOR_DAYS);
  g_autoptr(GListStore) check_ins = NULL;
  g_autoptr(GHashTable) seen = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr(GError) error = NULL;
  guint n_chips = 0;
  guint n;

  check_ins = tandem_store_list_check_ins (self->store, self->person_id, from_day, today, &error);
  if (check_ins == NULL)
    {
      g_warning ("Could not list check-ins: %s", error->message);
      return;
    }

  /* The newest first. */
  n = g_list_model_get_n_items (G_LIST_MODEL (check_ins));
  for (guint i = n; i > 0 && n_chips < MAX_STRESSOR_CHIPS; i--)
    {
      g_autoptr(TandemCheckIn) check_in = g_list_model_get_item (G_LIST_MODEL (check_ins), i - 1);
      const char *stressors = tandem_check_in_get_stressors (check_in);
      g_auto(GStrv) parts = NULL;

      if (stressors == NULL)
        continue;

      parts = g_strsplit (stressors, ",", -1);
      for (guint j = 0; parts[j] != NULL && n_chips < MAX_STRESSOR_CHIPS; j++)
        {
          const char *stressor = g_strstrip (parts[j]);
          g_autofree char *key = NULL;
          GtkWidget *chip;
          g_autofree char *tooltip = NULL;

          if (stressor[0] == '\0')
            continue;

          key = g_utf8_casefold (stressor, -1);
          if (g_hash_table_contains (seen, key))
            continue;
          g_hash_table_add (seen, g_steal_pointer (&key));

          chip = gtk_button_new_with_label (stressor);
          gtk_widget_add_css_class (chip, "pill");
          gtk_widget_add_css_class (chip, "small");
          /* Translators: %s is a stressor written in an earlier check-in */
          tooltip = g_strdup_printf (_("Add “%s”"), stressor);
          gtk_widget_set_tooltip_text (chip, tooltip);
          gtk_accessible_update_property (GTK_ACCESSIBLE (chip),
                                          GTK_ACCESSIBLE_PROPERTY_LABEL, tooltip,
                                          -1);
          g_signal_connect_object (chip, "clicked",
                                   G_CALLBACK (on_stressor_chip_clicked_cb),
                                   self, G_CONNECT_SWAPPED);
          gtk_flow_box_append (self->stressor_chips, chip);
          n_chips++;
        }
    }

  gtk_widget_set_visible (GTK_WIDGET (self->stressor_chips), n_chips > 0);
}

static void
reset_controls (TandemCheckInDialog *self)
{
  g_clear_object (&self->overall);

  for (guint i = 0; i < self->goal_rows->len; i++)
    {
      GoalRow *row = g_ptr_array_index (self->goal_rows, i);

      g_clear_object (&row->entry);
      row->touched = FALSE;
      if (GTK_IS_SPIN_BUTTON (row->control))
        gtk_spin_button_set_value (GTK_SPIN_BUTTON (row->control), 0);
      else if (GTK_IS_SCALE (row->control))
        gtk_range_set_value (GTK_RANGE (row->control), 5);
      if (row->yes != NULL)
        {
          gtk_toggle_button_set_active (GTK_TOGGLE_BUTTON (row->yes), FALSE);
          gtk_toggle_button_set_active (GTK_TOGGLE_BUTTON (row->no), FALSE);
        }
      update_goal_row_subtitle (row);
    }

  adw_expander_row_set_enable_expansion (self->mood_row, FALSE);
  gtk_range_set_value (GTK_RANGE (self->mood_scale), 5);
  gtk_switch_set_active (self->win_switch, FALSE);
  gtk_text_buffer_set_text (gtk_text_view_get_buffer (self->note_view), "", -1);
  gtk_editable_set_text (GTK_EDITABLE (self->stressors_entry), "");

  for (guint i = 0; i < self->strategy_rows->len; i++)
    {
      StrategyRow *srow = &g_array_index (self->strategy_rows, StrategyRow, i);

      gtk_check_button_set_active (srow->check, FALSE);
      gtk_drop_down_set_selected (srow->helped, 0);
    }
}

static void
load_overall (TandemCheckInDialog *self,
              TandemCheckIn       *overall)
{
  const TandemStrategyUse *uses;
  guint n_uses = 0;
  int rating = tandem_check_in_get_rating (overall);

  g_set_object (&self->overall, overall);

  if (rating != TANDEM_INT_UNSET)
    {
      gtk_range_set_value (GTK_RANGE (self->mood_scale), rating);
      adw_expander_row_set_enable_expansion (self->mood_row, TRUE);
    }
  gtk_switch_set_active (self->win_switch, tandem_check_in_get_win (overall));
  gtk_text_buffer_set_text (gtk_text_view_get_buffer (self->note_view),
                            tandem_check_in_get_note (overall) ? tandem_check_in_get_note (overall) : "",
                            -1);
  gtk_editable_set_text (GTK_EDITABLE (self->stressors_entry),
                         tandem_check_in_get_stressors (overall) ? tandem_check_in_get_stressors (overall) : "");

  uses = tandem_check_in_get_strategies (overall, &n_uses);
  for (guint i = 0; i < n_uses; i++)
    for (guint j = 0; j < self->strategy_rows->len; j++)
      {
        StrategyRow *srow = &g_array_index (self->strategy_rows, StrategyRow, j);

        if (srow->strategy_id != uses[i].strategy_id)
          continue;
        gtk_check_button_set_active (srow->check, TRUE);
        gtk_drop_down_set_selected (srow->helped, uses[i].helped);
      }
}

static void
load_goal_entry (GoalRow       *row,
                 TandemCheckIn *entry)
{
  double value = tandem_check_in_get_value (entry);
  int rating = tandem_check_in_get_rating (entry);

  g_set_object (&row->entry, entry);
  /* A questionnaire goal's entry has nothing to edit here: saving leaves it
   * as it is. */
  row->touched = row->control != NULL || row->yes != NULL;

  if (GTK_IS_SPIN_BUTTON (row->control) && !isnan (value))
    gtk_spin_button_set_value (GTK_SPIN_BUTTON (row->control), value);
  else if (GTK_IS_SCALE (row->control) && rating != TANDEM_INT_UNSET)
    gtk_range_set_value (GTK_RANGE (row->control), rating);
  else if (row->yes != NULL && !isnan (value))
    gtk_toggle_button_set_active (GTK_TOGGLE_BUTTON (value > 0 ? row->yes : row->no), TRUE);

  update_goal_row_subtitle (row);
}

static gboolean
has_stored_entries (TandemCheckInDialog *self)
{
  if (self->overall != NULL)
    return TRUE;

  for (guint i = 0; i < self->goal_rows->len; i++)
    if (((GoalRow *) g_ptr_array_index (self->goal_rows, i))->entry != NULL)
      return TRUE;

  return FALSE;
}

static void
load_day (TandemCheckInDialog *self)
{
  g_autoptr(GListStore) check_ins = NULL;
  g_autoptr(GError) error = NULL;
  guint n;

  check_ins = tandem_store_list_check_ins (self->store, self->person_id, self->day, self->day, &error);
  if (check_ins == NULL)
    {
      show_error (self, error->message);
      return;
    }

  n = g_list_model_get_n_items (G_LIST_MODEL (check_ins));

  /* Typed for one day, then the date changed to a day without entries:
   * the answers move along (that is how one backdates). What was loaded
   * from another day's entries does not. */
  if (n == 0 && !has_stored_entries (self))
    return;

  self->loading = TRUE;
  reset_controls (self);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(TandemCheckIn) check_in = g_list_model_get_item (G_LIST_MODEL (check_ins), i);
      gint64 goal_id = tandem_check_in_get_goal_id (check_in);

      if (goal_id == 0)
        {
          if (self->overall == NULL)
            load_overall (self, check_in);
          continue;
        }

      for (guint j = 0; j < self->goal_rows->len; j++)
        {
          GoalRow *row = g_ptr_array_index (self->goal_rows, j);

          if (row->entry == NULL && tandem_record_get_id (TANDEM_RECORD (row->goal)) == goal_id)
            {
              load_goal_entry (row, check_in);
              break;
            }
        }
    }

  self->loading = FALSE;
}

static void
update_date (TandemCheckInDialog *self)
{
  g_autofree char *label = tandem_page_format_day (self->day);
  g_autofree char *today = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *accessible = NULL;
  gboolean future = FALSE;

  gtk_menu_button_set_label (self->date_button, label);
  /* Translators: %s is a date, e.g. "Monday, March 2, 2026" */
  accessible = g_strdup_printf (_("Date: %s"), label);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->date_button),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, accessible,
                                  -1);

  if (self->store != NULL)
    {
      today = tandem_quick_check_in_dup_today (self->store);
      future = g_strcmp0 (self->day, today) > 0;
    }

  /* The core has the sentence: ask it with nothing to save. */
  if (future && self->person_id > 0)
    tandem_quick_check_in_save (self->store, self->person_id, self->day, NULL, NULL, 0, &error);

  gtk_label_set_label (self->date_error_label, error ? error->message : "");
  gtk_widget_set_visible (GTK_WIDGET (self->date_error_label), future);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "check-in.save", !future && self->store != NULL);
}

static void
select_calendar_day (TandemCheckInDialog *self)
{
  g_autoptr(GDateTime) date_time = NULL;
  GDate date;

  if (!tandem_date_parse (self->day, &date))
    return;

  date_time = g_date_time_new_local (g_date_get_year (&date), g_date_get_month (&date),
                                     g_date_get_day (&date), 12, 0, 0);
  g_signal_handlers_block_by_func (self->calendar, on_calendar_day_selected_cb, self);
  gtk_calendar_select_day (self->calendar, date_time);
  g_signal_handlers_unblock_by_func (self->calendar, on_calendar_day_selected_cb, self);
}

static void
on_calendar_day_selected_cb (TandemCheckInDialog *self,
                             GtkCalendar         *calendar)
{
  g_autoptr(GDateTime) date_time = gtk_calendar_get_date (calendar);
  g_autofree char *day = g_date_time_format (date_time, "%Y-%m-%d");

  if (g_strcmp0 (day, self->day) == 0)
    return;

  tandem_check_in_dialog_set_day (self, day);
  gtk_menu_button_popdown (self->date_button);
}

static char *
dup_note_text (TandemCheckInDialog *self)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (self->note_view);
  GtkTextIter start, end;

  gtk_text_buffer_get_bounds (buffer, &start, &end);
  return g_strstrip (gtk_text_buffer_get_text (buffer, &start, &end, FALSE));
}

static void
save_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *param)
{
  TandemCheckInDialog *self = TANDEM_CHECK_IN_DIALOG (widget);
  g_autoptr(GError) error = NULL;

  if (!tandem_check_in_dialog_save (self, &error))
    {
      g_debug ("Check-in not saved: %s", error->message);
      show_error (self, error->message);
      return;
    }

  gtk_window_close (GTK_WINDOW (self));
}

static void
tandem_check_in_dialog_constructed (GObject *object)
{
  TandemCheckInDialog *self = (TandemCheckInDialog *)object;

  G_OBJECT_CLASS (tandem_check_in_dialog_parent_class)->constructed (object);

  if (self->day == NULL)
    self->day = self->store ? tandem_quick_check_in_dup_today (self->store) : tandem_date_today ();

  if (self->store != NULL && self->person_id > 0)
    {
      build_goal_rows (self);
      build_strategy_rows (self);
      build_stressor_chips (self);
      load_day (self);
    }

  select_calendar_day (self);
  update_date (self);

}

static void
tandem_check_in_dialog_map (GtkWidget *widget)
{
  TandemCheckInDialog *self = (TandemCheckInDialog *)widget;

  GTK_WIDGET_CLASS (tandem_check_in_dialog_parent_class)->map (widget);

  /* Straight to the goal a reminder was for, or else to the first one.
   * Not before the window is mapped: GTK 4.8 then gives the window the
   * accessible role of a filler instead of a frame. */
  if (self->focused_once)
    return;
  self->focused_once = TRUE;

  if (self->goal_id > 0)
    tandem_check_in_dialog_focus_goal (self, self->goal_id);
  else if (self->goal_rows->len > 0)
    {
      GoalRow *first = g_ptr_array_index (self->goal_rows, 0);

      tandem_check_in_dialog_focus_goal (self, tandem_record_get_id (TANDEM_RECORD (first->goal)));
    }
}

static void
tandem_check_in_dialog_dispose (GObject *object)
{
  TandemCheckInDialog *self = (TandemCheckInDialog *)object;

  gtk_widget_dispose_template (GTK_WIDGET (self), TANDEM_TYPE_CHECK_IN_DIALOG);

  g_clear_pointer (&self->goal_rows, g_ptr_array_unref);
  g_clear_pointer (&self->strategy_rows, g_array_unref);
  g_clear_object (&self->overall);
  g_clear_object (&self->registry);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (tandem_check_in_dialog_parent_class)->dispose (object);
}

static void
tandem_check_in_dialog_finalize (GObject *object)
{
  TandemCheckInDialog *self = (TandemCheckInDialog *)object;

  g_free (self->day);

  G_OBJECT_CLASS (tandem_check_in_dialog_parent_class)->finalize (object);
}

static void
tandem_check_in_dialog_get_property (GObject    *object,
                                     guint       prop_id,
                                     GValue     *value,
                                     GParamSpec *pspec)
{
  TandemCheckInDialog *self = TANDEM_CHECK_IN_DIALOG (object);

  switch (prop_id)
    {
    case PROP_STORE:
      g_value_set_object (value, self->store);
      break;

    case PROP_PERSON_ID:
      g_value_set_int64 (value, self->person_id);
      break;

    case PROP_GOAL_ID:
      g_value_set_int64 (value, self->goal_id);
      break;

    case PROP_DAY:
      g_value_set_string (value, self->day);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
tandem_check_in_dialog_set_property (GObject      *object,
                                     guint         prop_id,
                                     const GValue *value,
                                     GParamSpec   *pspec)
{
  TandemCheckInDialog *self = TANDEM_CHECK_IN_DIALOG (object);

  switch (prop_id)
    {
    case PROP_STORE:
      self->store = g_value_dup_object (value);
      break;

    case PROP_PERSON_ID:
      self->person_id = g_value_get_int64 (value);
      break;

    case PROP_GOAL_ID:
      self->goal_id = g_value_get_int64 (value);
      break;

    case PROP_DAY:
      if (g_value_get_string (value) != NULL)
        tandem_check_in_dialog_set_day (self, g_value_get_string (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
tandem_check_in_dialog_class_init (TandemCheckInDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = tandem_check_in_dialog_constructed;
  object_class->dispose = tandem_check_in_dialog_dispose;
  object_class->finalize = tandem_check_in_dialog_finalize;
  object_class->get_property = tandem_check_in_dialog_get_property;
  object_class->set_property = tandem_check_in_dialog_set_property;

  widget_class->map = tandem_check_in_dialog_map;

  properties[PROP_STORE] =
    g_param_spec_object ("store", NULL, NULL,
                         TANDEM_TYPE_STORE,
                         (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS));
  properties[PROP_PERSON_ID] =
    g_param_spec_int64 ("person-id", NULL, NULL,
                        0, G_MAXINT64, 0,
                        (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS));
  properties[PROP_GOAL_ID] =
    g_param_spec_int64 ("goal-id", NULL, NULL,
                        0, G_MAXINT64, 0,
                        (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS));
  /* Set after construction: the day loads its entries into the rows. */
  properties[PROP_DAY] =
    g_param_spec_string ("day", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * TandemCheckInDialog::saved:
   *
   * Emitted after the check-in was written to the store.
   */
  signals[SAVED] = g_signal_new ("saved",
                                 G_TYPE_FROM_CLASS (klass),
                                 G_SIGNAL_RUN_LAST,
                                 0, NULL, NULL, NULL,
                                 G_TYPE_NONE, 0);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/ui/tandem-check-in-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, TandemCheckInDialog, error_label);
  gtk_widget_class_bind_template_child (widget_class, TandemCheckInDialog, save_button);
  gtk_widget_class_bind_template_child (widget_class, TandemCheckInDialog, date_button);
  gtk_widget_class_bind_template_child (widget_class, TandemCheckInDialog, calendar);
  gtk_widget_class_bind_template_child (widget_class, TandemCheckInDialog, date_error_label);
  gtk_widget_class_bind_template_child (widget_class, TandemCheckInDialog, goals_group);
  gtk_widget_class_bind_template_child (widget_class, TandemCheckInDialog, mood_row);
  gtk_widget_class_bind_template_child (widget_class, TandemCheckInDialog, mood_scale);
  gtk_widget_class_bind_template_child (widget_class, TandemCheckInDialog, win_switch);
  gtk_widget_class_bind_template_child (widget_class, TandemCheckInDialog, note_view);
  gtk_widget_class_bind_template_child (widget_class, TandemCheckInDialog, stressors_entry);
  gtk_widget_class_bind_template_child (widget_class, TandemCheckInDialog, stressor_chips);
  gtk_widget_class_bind_template_child (widget_class, TandemCheckInDialog, strategies_group);
  gtk_widget_class_bind_template_callback (widget_class, on_calendar_day_selected_cb);

  gtk_widget_class_install_action (widget_class, "check-in.save", NULL, save_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_s, GDK_CONTROL_MASK, "check-in.save", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static GtkWidget *
find_switch (GtkWidget *widget)
{
  if (GTK_IS_SWITCH (widget))
    return widget;

  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_switch (child);

      if (found != NULL)
        return found;
    }

  return NULL;
}

static void
tandem_check_in_dialog_init (TandemCheckInDialog *self)
{
  GtkEventController *controller;
  GtkWidget *mood_switch;
  const guint enter_keys[] = { GDK_KEY_Return, GDK_KEY_KP_Enter, GDK_KEY_ISO_Enter };

  self->goal_rows = g_ptr_array_new_with_free_func (goal_row_free);
  self->strategy_rows = g_array_new (FALSE, FALSE, sizeof (StrategyRow));

  gtk_widget_init_template (GTK_WIDGET (self));

  /* AdwExpanderRow leaves its enable switch without a name. */
  mood_switch = find_switch (GTK_WIDGET (self->mood_row));
  if (mood_switch != NULL)
    gtk_accessible_update_property (GTK_ACCESSIBLE (mood_switch),
                                    GTK_ACCESSIBLE_PROPERTY_LABEL, _("Record my overall mood"),
                                    -1);

  /* Ctrl+Enter saves from anywhere, the note's text view included, which
   * would otherwise take the key first. */
  controller = gtk_shortcut_controller_new ();
  gtk_event_controller_set_propagation_phase (controller, GTK_PHASE_CAPTURE);
  for (guint i = 0; i < G_N_ELEMENTS (enter_keys); i++)
    gtk_shortcut_controller_add_shortcut (GTK_SHORTCUT_CONTROLLER (controller),
                                          gtk_shortcut_new (gtk_keyval_trigger_new (enter_keys[i],
                                                                                    GDK_CONTROL_MASK),
                                                            gtk_named_action_new ("check-in.save")));
  gtk_widget_add_controller (GTK_WIDGET (self), controller);
}

/**
 * tandem_check_in_dialog_new:
 * @parent: (nullable): the window it belongs to
 * @store: (nullable): the store
 * @person_id: whose check-in it is
 * @day: (nullable): the date, "YYYY-MM-DD"; %NULL for today
 * @goal_id: a goal whose control gets the focus, or 0
 *
 * Returns: (transfer floating): a new modal dialog
 */
GtkWidget *
tandem_check_in_dialog_new (GtkWindow   *parent,
                            TandemStore *store,
                            gint64       person_id,
                            const char  *day,
                            gint64       goal_id)
{
  g_return_val_if_fail (!parent || GTK_IS_WINDOW (parent), NULL);
  g_return_val_if_fail (!store || TANDEM_IS_STORE (store), NULL);

  /* Belonging to the application gives the dialog the app.* actions, such
   * as app.take-questionnaire for its questionnaire goals. */
  return g_object_new (TANDEM_TYPE_CHECK_IN_DIALOG,
                       "application", parent ? gtk_window_get_application (parent) : NULL,
                       "transient-for", parent,
                       "store", store,
                       "person-id", person_id,
                       "goal-id", goal_id,
                       "day", day,
                       NULL);
}

/**
 * tandem_check_in_dialog_get_day:
 *
 * Returns: the day the dialog shows, "YYYY-MM-DD"
 */
const char *
tandem_check_in_dialog_get_day (TandemCheckInDialog *self)
{
  g_return_val_if_fail (TANDEM_IS_CHECK_IN_DIALOG (self), NULL);

  return self->day;
}

/**
 * tandem_check_in_dialog_set_day:
 * @day: "YYYY-MM-DD"
 *
 * Shows @day: its stored entries, or empty controls. A day after today
 * is shown with the reason it cannot be saved.
 */
void
tandem_check_in_dialog_set_day (TandemCheckInDialog *self,
                                const char          *day)
{
  GDate date;

  g_return_if_fail (TANDEM_IS_CHECK_IN_DIALOG (self));
  g_return_if_fail (day != NULL);

  if (g_strcmp0 (day, self->day) == 0 || !tandem_date_parse (day, &date))
    return;

  g_free (self->day);
  self->day = g_strdup (day);

  if (self->store != NULL && self->person_id > 0)
    load_day (self);

  select_calendar_day (self);
  show_error (self, NULL);
  update_date (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DAY]);
}

/**
 * tandem_check_in_dialog_save:
 * @error: where to put the reason it failed
 *
 * Writes what the dialog shows with one tandem_quick_check_in_save() and
 * emits #TandemCheckInDialog::saved. On failure nothing was written and
 * the dialog keeps everything that was entered.
 *
 * Returns: %TRUE when saved
 */
gboolean
tandem_check_in_dialog_save (TandemCheckInDialog  *self,
                             GError              **error)
{
  g_autoptr(GPtrArray) entries = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(TandemCheckIn) overall = NULL;
  g_autofree char *note = NULL;
  g_autofree char *stressors = NULL;
  gboolean has_overall;
  gboolean mood_set;
  gboolean any_strategy = FALSE;

  g_return_val_if_fail (TANDEM_IS_CHECK_IN_DIALOG (self), FALSE);

  if (self->store == NULL || self->person_id <= 0)
    {
      g_set_error_literal (error, TANDEM_STORE_ERROR, TANDEM_STORE_ERROR_INVALID,
                           _("There is nobody to check in for yet."));
      return FALSE;
    }

  for (guint i = 0; i < self->goal_rows->len; i++)
    {
      GoalRow *row = g_ptr_array_index (self->goal_rows, i);
      g_autoptr(TandemCheckIn) entry = NULL;

      if (!row->touched)
        continue;

      if (row->entry != NULL)
        entry = g_object_ref (row->entry);
      else
        entry = tandem_check_in_new (self->person_id,
                                     tandem_record_get_id (TANDEM_RECORD (row->goal)),
                                     self->day);

      if (GTK_IS_SPIN_BUTTON (row->control))
        {
          /* Text typed just before Ctrl+Enter is not parsed yet. */
          gtk_spin_button_update (GTK_SPIN_BUTTON (row->control));
          tandem_check_in_set_value (entry, gtk_spin_button_get_value (GTK_SPIN_BUTTON (row->control)));
        }
      else if (GTK_IS_SCALE (row->control))
        tandem_check_in_set_rating (entry, (int) lround (gtk_range_get_value (GTK_RANGE (row->control))));
      else if (row->yes != NULL)
        tandem_check_in_set_value (entry,
                                   gtk_toggle_button_get_active (GTK_TOGGLE_BUTTON (row->yes)) ? 1 : 0);

      g_ptr_array_add (entries, g_steal_pointer (&entry));
    }

  note = dup_note_text (self);
  stressors = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->stressors_entry))));
  mood_set = adw_expander_row_get_enable_expansion (self->mood_row);
  for (guint i = 0; i < self->strategy_rows->len; i++)
    any_strategy |= gtk_check_button_get_active (g_array_index (self->strategy_rows, StrategyRow, i).check);

  has_overall = self->overall != NULL || mood_set || note[0] != '\0' || stressors[0] != '\0'
                || gtk_switch_get_active (self->win_switch) || any_strategy;

  if (!has_overall && entries->len == 0)
    {
      g_set_error_literal (error, TANDEM_STORE_ERROR, TANDEM_STORE_ERROR_INVALID,
                           _("There is nothing to save yet. Record a goal, your mood, a note or a win first."));
      return FALSE;
    }

  if (has_overall)
    {
      overall = self->overall ? g_object_ref (self->overall) : tandem_check_in_new (self->person_id, 0, self->day);
      tandem_check_in_set_rating (overall,
                                  mood_set ? (int) lround (gtk_range_get_value (GTK_RANGE (self->mood_scale)))
                                           : TANDEM_INT_UNSET);
      tandem_check_in_set_note (overall, note[0] != '\0' ? note : NULL);
      tandem_check_in_set_stressors (overall, stressors[0] != '\0' ? stressors : NULL);
      tandem_check_in_set_win (overall, gtk_switch_get_active (self->win_switch));
      tandem_check_in_clear_strategies (overall);
      for (guint i = 0; i < self->strategy_rows->len; i++)
        {
          StrategyRow *srow = &g_array_index (self->strategy_rows, StrategyRow, i);

          if (gtk_check_button_get_active (srow->check))
            tandem_check_in_add_strategy (overall, srow->strategy_id,
                                          (TandemHelped) gtk_drop_down_get_selected (srow->helped));
        }
    }

  if (!tandem_quick_check_in_save (self->store, self->person_id, self->day, overall,
                                   (TandemCheckIn *const *) entries->pdata, entries->len, error))
    return FALSE;

  /* Saving again updates these rows instead of adding new ones. */
  if (overall != NULL)
    g_set_object (&self->overall, overall);
  for (guint i = 0, j = 0; i < self->goal_rows->len; i++)
    {
      GoalRow *row = g_ptr_array_index (self->goal_rows, i);

      if (row->touched)
        g_set_object (&row->entry, g_ptr_array_index (entries, j++));
    }

  show_error (self, NULL);
  g_signal_emit (self, signals[SAVED], 0);

  return TRUE;
}

/**
 * tandem_check_in_dialog_focus_goal:
 * @goal_id: one of the person's active goals
 *
 * Moves the keyboard focus to the control of @goal_id, as when a reminder
 * for that goal opened the dialog. Does nothing for a goal the dialog does
 * not show.
 */
void
tandem_check_in_dialog_focus_goal (TandemCheckInDialog *self,
                                   gint64               goal_id)
{
  g_return_if_fail (TANDEM_IS_CHECK_IN_DIALOG (self));

  for (guint i = 0; i < self->goal_rows->len; i++)
    {
      GoalRow *row = g_ptr_array_index (self->goal_rows, i);
      GtkWidget *focus = row->control ? row->control : row->yes ? row->yes : row->take;

      if (tandem_record_get_id (TANDEM_RECORD (row->goal)) != goal_id)
        continue;

      if (focus != NULL)
        gtk_window_set_focus (GTK_WINDOW (self), focus);
      else
        gtk_window_set_focus (GTK_WINDOW (self), GTK_WIDGET (row->row));
      return;
    }
}
