/* tandem-schedule-dialog.c
 *
 * Copyright 2026 The Tandem authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "tandem-schedule-dialog"

#include "config.h"

#include <glib/gi18n.h>

#include "tandem-page.h"
#include "tandem-reminder-editor.h"
#include "tandem-schedule-dialog.h"

/* At the end of a session, the therapist and the client agree when Tandem
 * reminds the client: of check-ins (on chosen days), of each questionnaire
 * (every one, two or four weeks), of each open homework task (on its due
 * day or the day before) and of the next session (the day before). Each
 * becomes one reminder of the client's, saved together; a reminder agreed
 * again changes the one there is. They travel to the client in the plan
 * bundle with the rest of the plan. */

typedef enum
{
  ITEM_CHECK_IN,
  ITEM_QUESTIONNAIRE,
  ITEM_HOMEWORK,
  ITEM_SESSION,
} ItemKind;

typedef struct
{
  ItemKind        kind;
  char           *target;       /* a questionnaire's id, a homework's or session's UUID */
  char           *day;          /* the homework's due day, the session's day */
  char           *title;        /* for messages */
  AdwExpanderRow *row;
  AdwEntryRow    *time_row;
  AdwComboRow    *often_row;    /* questionnaires: every 1, 2 or 4 weeks */
  AdwComboRow    *when_row;     /* questionnaires: the weekday; homework: the day */
  GtkWidget      *error_row;
  GtkLabel       *error_label;
  TandemReminder *existing;
} Item;

struct _TandemScheduleDialog
{
  AdwWindow       parent_instance;

  TandemStore    *store;
  TandemPerson   *client;
  GPtrArray      *items;
  GtkToggleButton *day_buttons[7];

  /* Template widgets */
  GtkLabel       *intro_label;
  AdwExpanderRow *check_in_row;
  AdwEntryRow    *check_in_time_row;
  GtkBox         *days_box;
  AdwPreferencesGroup *questionnaires_group;
  AdwPreferencesGroup *homework_group;
  AdwPreferencesGroup *session_group;
};

G_DEFINE_FINAL_TYPE (TandemScheduleDialog, tandem_schedule_dialog, ADW_TYPE_WINDOW)

enum {
  SAVED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static const int every_weeks[] = { 1, 2, 4 };

static void
item_free (gpointer data)
{
  Item *item = data;

  g_free (item->target);
  g_free (item->day);
  g_free (item->title);
  g_clear_object (&item->existing);
  g_free (item);
}

/* The first time of a reminder's list, or @fallback. */
static char *
dup_first_time (TandemReminder *reminder,
                const char     *fallback)
{
  const char *times = reminder ? tandem_reminder_get_times (reminder) : NULL;
  g_auto(GStrv) parts = NULL;

  if (times == NULL || times[0] == '\0')
    return g_strdup (fallback);

  parts = g_strsplit (times, ",", 2);
  return g_strstrip (g_strdup (parts[0]));
}

static GtkWidget *
add_error_row (AdwExpanderRow *row,
               GtkLabel      **label_out)
{
  GtkWidget *list_row = gtk_list_box_row_new ();
  GtkWidget *label = gtk_label_new (NULL);

  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_widget_set_margin_start (label, 12);
  gtk_widget_set_margin_end (label, 12);
  gtk_widget_set_margin_top (label, 8);
  gtk_widget_set_margin_bottom (label, 8);
  gtk_widget_add_css_class (label, "error");
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (list_row), label);
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (list_row), FALSE);
  gtk_widget_set_visible (list_row, FALSE);
  adw_expander_row_add_row (row, list_row);

  *label_out = GTK_LABEL (label);
  return list_row;
}

static AdwEntryRow *
add_time_row (AdwExpanderRow *row,
              const char     *text)
{
  GtkWidget *time_row = adw_entry_row_new ();

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (time_row), _("Time, such as 19:00"));
  gtk_editable_set_text (GTK_EDITABLE (time_row), text);
  adw_expander_row_add_row (row, time_row);

  return ADW_ENTRY_ROW (time_row);
}

static AdwComboRow *
add_combo_row (AdwExpanderRow     *row,
               const char         *title,
               const char * const *choices,
               guint               selected)
{
  g_autoptr(GtkStringList) model = gtk_string_list_new (choices);
  GtkWidget *combo = adw_combo_row_new ();

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (combo), title);
  adw_combo_row_set_model (ADW_COMBO_ROW (combo), G_LIST_MODEL (model));
  adw_combo_row_set_selected (ADW_COMBO_ROW (combo), selected);
  adw_expander_row_add_row (row, combo);

  return ADW_COMBO_ROW (combo);
}

static AdwExpanderRow *
add_expander (AdwPreferencesGroup *group,
              const char          *title,
              const char          *subtitle,
              gboolean             enabled)
{
  GtkWidget *row = adw_expander_row_new ();

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_expander_row_set_subtitle (ADW_EXPANDER_ROW (row), subtitle);
  adw_expander_row_set_show_enable_switch (ADW_EXPANDER_ROW (row), TRUE);
  adw_expander_row_set_enable_expansion (ADW_EXPANDER_ROW (row), enabled);
  adw_expander_row_set_expanded (ADW_EXPANDER_ROW (row), enabled);
  adw_preferences_group_add (group, row);

  return ADW_EXPANDER_ROW (row);
}

static gboolean
is_enabled (TandemReminder *reminder)
{
  return reminder != NULL && tandem_reminder_get_enabled (reminder);
}

/* Loading ------------------------------------------------------------------ */

static void
load_check_ins (TandemScheduleDialog *self)
{
  gint64 person_id = tandem_record_get_id (TANDEM_RECORD (self->client));
  g_autoptr(GError) error = NULL;
  g_autofree char *time = NULL;
  Item *item = g_new0 (Item, 1);
  int mask = TANDEM_WEEKDAY_ALL;

  item->kind = ITEM_CHECK_IN;
  item->title = g_strdup (_("Check-ins"));
  item->existing = tandem_store_find_reminder (self->store, person_id, TANDEM_REMINDER_KIND_CHECK_IN,
                                               NULL, &error);
  if (error != NULL)
    g_warning ("Cannot read the check-in reminder: %s", error->message);

  if (item->existing != NULL && tandem_reminder_get_recurrence (item->existing) == TANDEM_RECURRENCE_WEEKDAYS)
    mask = tandem_reminder_get_weekdays (item->existing);

  /* Monday first, as the reminder editor shows the days. */
  for (guint i = 0; i < 7; i++)
    {
      g_autoptr(GDateTime) day = g_date_time_new_local (2024, 1, 1 + i, 12, 0, 0); /* a Monday */
      g_autofree char *short_name = g_date_time_format (day, "%a");
      g_autofree char *long_name = g_date_time_format (day, "%A");
      GtkWidget *button = gtk_toggle_button_new_with_label (short_name);

      gtk_toggle_button_set_active (GTK_TOGGLE_BUTTON (button), (mask & (1 << i)) != 0);
      gtk_widget_set_tooltip_text (button, long_name);
      gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL, long_name, -1);
      gtk_box_append (self->days_box, button);
      self->day_buttons[i] = GTK_TOGGLE_BUTTON (button);
    }

  time = dup_first_time (item->existing, "19:00");
  item->row = self->check_in_row;
  item->time_row = self->check_in_time_row;
  gtk_editable_set_text (GTK_EDITABLE (item->time_row), time);
  adw_expander_row_set_enable_expansion (item->row, is_enabled (item->existing));
  adw_expander_row_set_expanded (item->row, TRUE);
  item->error_row = add_error_row (item->row, &item->error_label);

  g_ptr_array_add (self->items, item);
}

static void
add_instrument (GPtrArray  *ids,
                const char *id)
{
  if (id != NULL && !g_ptr_array_find_with_equal_func (ids, id, g_str_equal, NULL))
    g_ptr_array_add (ids, g_strdup (id));
}

static void
load_questionnaires (TandemScheduleDialog *self)
{
  gint64 person_id = tandem_record_get_id (TANDEM_RECORD (self->client));
  g_autoptr(GPtrArray) ids = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(TandemScaleRegistry) registry = NULL;
  g_autoptr(GListStore) responses = NULL;
  g_autoptr(GListStore) goals = NULL;
  g_autoptr(GListStore) reminders = NULL;
  g_autoptr(GError) error = NULL;
  const char *often[] = { _("Every week"), _("Every 2 weeks"), _("Every 4 weeks"), NULL };
  g_autoptr(GPtrArray) weekday_names = g_ptr_array_new_with_free_func (g_free);
  const char * const *weekdays;

  for (guint i = 0; i < 7; i++)
    {
      g_autoptr(GDateTime) day = g_date_time_new_local (2024, 1, 1 + i, 12, 0, 0); /* a Monday */

      g_ptr_array_add (weekday_names, g_date_time_format (day, "%A"));
    }
  g_ptr_array_add (weekday_names, NULL);
  weekdays = (const char * const *) weekday_names->pdata;

  /* What the client takes, has a reminder for, or measures a goal by;
   * otherwise the two most used. */
  if ((reminders = tandem_store_list_reminders (self->store, person_id, &error)))
    for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (reminders)); i++)
      {
        g_autoptr(TandemReminder) reminder = g_list_model_get_item (G_LIST_MODEL (reminders), i);

        if (tandem_reminder_get_kind (reminder) == TANDEM_REMINDER_KIND_QUESTIONNAIRE)
          add_instrument (ids, tandem_reminder_get_target_uuid (reminder));
      }
  if ((goals = tandem_store_list_goals (self->store, person_id, &error)))
    for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (goals)); i++)
      {
        g_autoptr(TandemGoal) goal = g_list_model_get_item (G_LIST_MODEL (goals), i);

        if (tandem_goal_get_status (goal) == TANDEM_GOAL_STATUS_ACTIVE)
          add_instrument (ids, tandem_goal_get_instrument (goal));
      }
  if ((responses = tandem_store_list_responses (self->store, person_id, NULL, NULL, NULL, &error)))
    for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (responses)); i++)
      {
        g_autoptr(TandemResponse) response = g_list_model_get_item (G_LIST_MODEL (responses), i);

        add_instrument (ids, tandem_response_get_instrument (response));
      }
  if (error != NULL)
    g_warning ("Cannot read what the client takes: %s", error->message);
  if (ids->len == 0)
    {
      add_instrument (ids, "phq9");
      add_instrument (ids, "gad7");
    }

  registry = tandem_scale_registry_new (NULL);
  if (registry != NULL)
    tandem_scale_registry_load_custom (registry, self->store, NULL);

  for (guint i = 0; i < ids->len; i++)
    {
      const char *id = g_ptr_array_index (ids, i);
      TandemScale *scale = registry ? tandem_scale_registry_lookup (registry, id) : NULL;
      Item *item = g_new0 (Item, 1);
      g_autofree char *time = NULL;
      guint often_index = 1, weekday_index = 0;

      item->kind = ITEM_QUESTIONNAIRE;
      item->target = g_strdup (id);
      item->title = g_strdup (scale ? tandem_scale_get_name (scale) : id);
      item->existing = tandem_store_find_reminder (self->store, person_id,
                                                   TANDEM_REMINDER_KIND_QUESTIONNAIRE, id, NULL);
      if (item->existing != NULL)
        {
          int weeks = tandem_reminder_get_interval_weeks (item->existing);
          int mask = tandem_reminder_get_weekdays (item->existing);

          often_index = weeks >= 4 ? 2 : weeks >= 2 ? 1 : 0;
          for (guint d = 0; d < 7; d++)
            if (mask & (1 << d))
              {
                weekday_index = d;
                break;
              }
        }

      item->row = add_expander (self->questionnaires_group, item->title,
                                _("Not again once taken in its period"), is_enabled (item->existing));
      item->often_row = add_combo_row (item->row, _("How Often"), (const char * const *) often, often_index);
      item->when_row = add_combo_row (item->row, _("Day"), weekdays, weekday_index);
      time = dup_first_time (item->existing, "10:00");
      item->time_row = add_time_row (item->row, time);
      item->error_row = add_error_row (item->row, &item->error_label);
      g_ptr_array_add (self->items, item);
    }
}

static void
load_homework (TandemScheduleDialog *self)
{
  gint64 person_id = tandem_record_get_id (TANDEM_RECORD (self->client));
  g_autoptr(GListStore) homework = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *today = tandem_date_today ();
  const char *when[] = { _("On the due day"), _("The day before"), NULL };
  guint n = 0;

  if (!(homework = tandem_store_list_homework (self->store, person_id, &error)))
    g_warning ("Cannot read the homework: %s", error->message);

  for (guint i = 0; homework != NULL && i < g_list_model_get_n_items (G_LIST_MODEL (homework)); i++)
    {
      g_autoptr(TandemHomework) task = g_list_model_get_item (G_LIST_MODEL (homework), i);
      const char *due = tandem_homework_get_due_on (task);
      g_autofree char *due_text = NULL;
      g_autofree char *subtitle = NULL;
      g_autofree char *time = NULL;
      Item *item;

      if (tandem_homework_get_done_at (task) != 0 || due == NULL || g_strcmp0 (due, today) < 0)
        continue;

      item = g_new0 (Item, 1);
      item->kind = ITEM_HOMEWORK;
      item->target = g_strdup (tandem_record_get_uuid (TANDEM_RECORD (task)));
      item->day = g_strdup (due);
      item->title = g_strdup (tandem_homework_get_title (task));
      item->existing = tandem_store_find_reminder (self->store, person_id, TANDEM_REMINDER_KIND_HOMEWORK,
                                                   item->target, NULL);

      due_text = tandem_page_format_day (due);
      /* Translators: under a homework task; %s is a date */
      subtitle = g_strdup_printf (_("Due %s"), due_text);
      item->row = add_expander (self->homework_group, item->title, subtitle, is_enabled (item->existing));
      item->when_row = add_combo_row (item->row, _("When"), (const char * const *) when,
                                      item->existing &&
                                      g_strcmp0 (tandem_reminder_get_start_date (item->existing), due) < 0);
      time = dup_first_time (item->existing, "18:00");
      item->time_row = add_time_row (item->row, time);
      item->error_row = add_error_row (item->row, &item->error_label);
      g_ptr_array_add (self->items, item);
      n++;
    }

  gtk_widget_set_visible (GTK_WIDGET (self->homework_group), n > 0);
}

static void
load_session (TandemScheduleDialog *self)
{
  gint64 person_id = tandem_record_get_id (TANDEM_RECORD (self->client));
  g_autoptr(GListStore) sessions = NULL;
  g_autoptr(TandemTherapySession) next = NULL;
  g_autoptr(GError) error = NULL;
  gint64 now = g_get_real_time ();

  if (!(sessions = tandem_store_list_therapy_sessions (self->store, person_id, &error)))
    g_warning ("Cannot read the sessions: %s", error->message);

  for (guint i = 0; sessions != NULL && i < g_list_model_get_n_items (G_LIST_MODEL (sessions)); i++)
    {
      g_autoptr(TandemTherapySession) session = g_list_model_get_item (G_LIST_MODEL (sessions), i);
      gint64 starts = tandem_therapy_session_get_starts_at (session);

      if (starts > now && (next == NULL || starts < tandem_therapy_session_get_starts_at (next)))
        g_set_object (&next, session);
    }

  if (next != NULL)
    {
      g_autoptr(GDateTime) starts = g_date_time_new_from_unix_local (tandem_therapy_session_get_starts_at (next) / G_USEC_PER_SEC);
      g_autofree char *day = g_date_time_format (starts, "%Y-%m-%d");
      g_autofree char *day_text = tandem_page_format_day (day);
      g_autofree char *clock = g_date_time_format (starts, "%H:%M");
      g_autofree char *title = NULL;
      g_autofree char *time = NULL;
      Item *item = g_new0 (Item, 1);

      /* Translators: the next therapy session; %1$s is a date, %2$s a time */
      title = g_strdup_printf (_("%1$s at %2$s"), day_text, clock);
      item->kind = ITEM_SESSION;
      item->target = g_strdup (tandem_record_get_uuid (TANDEM_RECORD (next)));
      item->day = g_steal_pointer (&day);
      item->title = g_strdup (title);
      item->existing = tandem_store_find_reminder (self->store, person_id, TANDEM_REMINDER_KIND_APPOINTMENT,
                                                   item->target, NULL);
      item->row = add_expander (self->session_group, title, _("A reminder the day before"),
                                is_enabled (item->existing));
      time = dup_first_time (item->existing, "18:00");
      item->time_row = add_time_row (item->row, time);
      item->error_row = add_error_row (item->row, &item->error_label);
      g_ptr_array_add (self->items, item);
    }

  gtk_widget_set_visible (GTK_WIDGET (self->session_group), next != NULL);
}

/* Saving ------------------------------------------------------------------- */

static void
show_problem (Item       *item,
              const char *message)
{
  gtk_label_set_text (item->error_label, message ? message : "");
  gtk_widget_set_visible (item->error_row, message != NULL);
  if (message != NULL)
    {
      gtk_widget_add_css_class (GTK_WIDGET (item->time_row), "error");
      gtk_accessible_update_property (GTK_ACCESSIBLE (item->time_row),
                                      GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, message, -1);
    }
  else
    {
      gtk_widget_remove_css_class (GTK_WIDGET (item->time_row), "error");
      gtk_accessible_reset_property (GTK_ACCESSIBLE (item->time_row), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION);
    }
}

static int
get_check_in_days (TandemScheduleDialog *self)
{
  int mask = 0;

  for (guint i = 0; i < 7; i++)
    if (gtk_toggle_button_get_active (self->day_buttons[i]))
      mask |= 1 << i;

  return mask;
}

/* The item's reminder as agreed, new or changed; NULL with @message set
 * when what is entered cannot be a reminder. */
static TandemReminder *
build_reminder (TandemScheduleDialog *self,
                Item                 *item,
                char                **message)
{
  gint64 person_id = tandem_record_get_id (TANDEM_RECORD (self->client));
  const char *time = gtk_editable_get_text (GTK_EDITABLE (item->time_row));
  g_autofree char *today = tandem_date_today ();
  g_autoptr(TandemReminder) reminder = NULL;
  g_autoptr(GError) error = NULL;
  int minutes;

  if (!tandem_schedule_parse_time_of_day (time, &minutes))
    {
      /* Translators: %s is what was typed as a time */
      *message = g_strdup_printf (_("“%s” is not a time of day: write it as hours and minutes, such as 19:00."),
                                  time);
      return NULL;
    }

  reminder = item->existing ? g_object_ref (item->existing)
                            : tandem_reminder_new (person_id, TANDEM_REMINDER_KIND_CHECK_IN,
                                                   TANDEM_RECURRENCE_DAILY, time, today);
  tandem_reminder_set_times (reminder, time);
  tandem_reminder_set_only_if_not_done (reminder, TRUE);
  tandem_reminder_set_enabled (reminder, TRUE);
  tandem_reminder_set_end_date (reminder, NULL);

  switch (item->kind)
    {
    case ITEM_CHECK_IN:
      {
        int days = get_check_in_days (self);

        if (days == 0)
          {
            *message = g_strdup (_("Choose at least one day for the check-in reminder."));
            return NULL;
          }
        tandem_reminder_set_kind (reminder, TANDEM_REMINDER_KIND_CHECK_IN);
        tandem_reminder_set_target_uuid (reminder, NULL);
        tandem_reminder_set_recurrence (reminder, days == TANDEM_WEEKDAY_ALL ? TANDEM_RECURRENCE_DAILY
                                                                         : TANDEM_RECURRENCE_WEEKDAYS);
        tandem_reminder_set_weekdays (reminder, days);
        if (item->existing == NULL || g_strcmp0 (tandem_reminder_get_start_date (reminder), today) > 0)
          tandem_reminder_set_start_date (reminder, today);
      }
      break;

    case ITEM_QUESTIONNAIRE:
      tandem_reminder_set_kind (reminder, TANDEM_REMINDER_KIND_QUESTIONNAIRE);
      tandem_reminder_set_target_uuid (reminder, item->target);
      tandem_reminder_set_recurrence (reminder, TANDEM_RECURRENCE_WEEKLY);
      tandem_reminder_set_interval_weeks (reminder, every_weeks[MIN (adw_combo_row_get_selected (item->often_row), 2)]);
      tandem_reminder_set_weekdays (reminder, 1 << MIN (adw_combo_row_get_selected (item->when_row), 6));
      /* Every second or fourth week counts from the week it starts in. */
      tandem_reminder_set_start_date (reminder, today);
      break;

    case ITEM_HOMEWORK:
    case ITEM_SESSION:
      {
        gboolean day_before = item->kind == ITEM_SESSION || adw_combo_row_get_selected (item->when_row) == 1;
        g_autofree char *day = day_before ? tandem_date_add_days (item->day, -1) : g_strdup (item->day);

        tandem_reminder_set_kind (reminder, item->kind == ITEM_HOMEWORK ? TANDEM_REMINDER_KIND_HOMEWORK
                                                                        : TANDEM_REMINDER_KIND_APPOINTMENT);
        tandem_reminder_set_target_uuid (reminder, item->target);
        tandem_reminder_set_recurrence (reminder, TANDEM_RECURRENCE_ONCE);
        tandem_reminder_set_start_date (reminder, day);
        if (item->kind == ITEM_SESSION)
          tandem_reminder_set_title (reminder, item->title);
      }
      break;

    default:
      g_assert_not_reached ();
    }

  if (!tandem_schedule_validate (reminder, &error))
    {
      *message = g_strdup (error->message);
      return NULL;
    }

  return g_steal_pointer (&reminder);
}

static void
unref_if_any (gpointer object)
{
  if (object != NULL)
    g_object_unref (object);
}

/**
 * tandem_schedule_dialog_save:
 *
 * Saves every reminder agreed, together: all or none. A reminder that
 * cannot be saved says why beside its fields.
 *
 * Returns: %TRUE if the reminders were saved and the dialog closes
 */
gboolean
tandem_schedule_dialog_save (TandemScheduleDialog *self)
{
  g_autoptr(GPtrArray) reminders = g_ptr_array_new_with_free_func (unref_if_any);
  g_autoptr(GError) error = NULL;
  GtkWidget *first_problem = NULL;

  g_return_val_if_fail (TANDEM_IS_SCHEDULE_DIALOG (self), FALSE);

  for (guint i = 0; i < self->items->len; i++)
    {
      Item *item = g_ptr_array_index (self->items, i);
      g_autofree char *message = NULL;
      TandemReminder *reminder = NULL;

      if (adw_expander_row_get_enable_expansion (item->row))
        {
          if (!(reminder = build_reminder (self, item, &message)) && first_problem == NULL)
            first_problem = GTK_WIDGET (item->time_row);
        }
      else if (item->existing != NULL)
        {
          /* Agreed off: the reminder stays, switched off. */
          reminder = g_object_ref (item->existing);
          tandem_reminder_set_enabled (reminder, FALSE);
        }

      show_problem (item, message);
      g_ptr_array_add (reminders, reminder);
    }

  if (first_problem != NULL)
    {
      gtk_widget_grab_focus (first_problem);
      return FALSE;
    }

  if (!tandem_store_begin (self->store, &error))
    goto failed;
  for (guint i = 0; i < reminders->len; i++)
    {
      TandemRecord *record = g_ptr_array_index (reminders, i);

      if (record == NULL)
        continue;
      if (!(tandem_record_is_stored (record) ? tandem_store_update (self->store, record, &error)
                                             : tandem_store_insert (self->store, record, &error)))
        {
          tandem_store_rollback (self->store);
          goto failed;
        }
    }
  if (!tandem_store_commit (self->store, &error))
    goto failed;

  tandem_reminders_reschedule_service ();
  g_signal_emit (self, signals[SAVED], 0);
  gtk_window_destroy (GTK_WINDOW (self));
  return TRUE;

failed:
  /* Nothing was saved: the items reloaded from the store are as before. */
  {
    Item *item = g_ptr_array_index (self->items, 0);

    show_problem (item, error->message);
  }
  return FALSE;
}

static void
save_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  tandem_schedule_dialog_save (TANDEM_SCHEDULE_DIALOG (widget));
}

/* GObject -------------------------------------------------------------------- */

static void
tandem_schedule_dialog_dispose (GObject *object)
{
  TandemScheduleDialog *self = TANDEM_SCHEDULE_DIALOG (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), TANDEM_TYPE_SCHEDULE_DIALOG);
  g_clear_pointer (&self->items, g_ptr_array_unref);
  g_clear_object (&self->client);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (tandem_schedule_dialog_parent_class)->dispose (object);
}

static void
tandem_schedule_dialog_class_init (TandemScheduleDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = tandem_schedule_dialog_dispose;

  /**
   * TandemScheduleDialog::saved:
   *
   * The reminders were saved.
   */
  signals[SAVED] = g_signal_new ("saved", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                 0, NULL, NULL, NULL, G_TYPE_NONE, 0);

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/tandemgoals/Tandem/ui/tandem-schedule-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, TandemScheduleDialog, intro_label);
  gtk_widget_class_bind_template_child (widget_class, TandemScheduleDialog, check_in_row);
  gtk_widget_class_bind_template_child (widget_class, TandemScheduleDialog, check_in_time_row);
  gtk_widget_class_bind_template_child (widget_class, TandemScheduleDialog, days_box);
  gtk_widget_class_bind_template_child (widget_class, TandemScheduleDialog, questionnaires_group);
  gtk_widget_class_bind_template_child (widget_class, TandemScheduleDialog, homework_group);
  gtk_widget_class_bind_template_child (widget_class, TandemScheduleDialog, session_group);

  gtk_widget_class_install_action (widget_class, "schedule.save", NULL, save_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Return, GDK_CONTROL_MASK, "schedule.save", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
tandem_schedule_dialog_init (TandemScheduleDialog *self)
{
  self->items = g_ptr_array_new_with_free_func (item_free);

  gtk_widget_init_template (GTK_WIDGET (self));
}

/**
 * tandem_schedule_dialog_new:
 * @parent: (nullable): the window it belongs to
 * @store: the store
 * @client: the client whose reminders are agreed
 *
 * Returns: (transfer none): the dialog, not yet shown
 */
GtkWidget *
tandem_schedule_dialog_new (GtkWindow    *parent,
                            TandemStore  *store,
                            TandemPerson *client)
{
  TandemScheduleDialog *self;
  g_autofree char *title = NULL;
  g_autofree char *intro = NULL;
  const char *name;

  g_return_val_if_fail (!parent || GTK_IS_WINDOW (parent), NULL);
  g_return_val_if_fail (TANDEM_IS_STORE (store), NULL);
  g_return_val_if_fail (TANDEM_IS_PERSON (client), NULL);

  self = g_object_new (TANDEM_TYPE_SCHEDULE_DIALOG,
                       "transient-for", parent,
                       "modal", parent != NULL,
                       NULL);
  self->store = g_object_ref (store);
  self->client = g_object_ref (client);

  name = tandem_person_get_display_name (client);
  /* Translators: the title of the dialog; %s is a client's name */
  title = g_strdup_printf (_("Schedule with %s"), name);
  gtk_window_set_title (GTK_WINDOW (self), title);
  /* Translators: %s is a client's name */
  intro = g_strdup_printf (_("Agree with %s when Tandem reminds them. The reminders go to them "
                             "with the plan you export for them."), name);
  gtk_label_set_text (self->intro_label, intro);

  load_check_ins (self);
  load_questionnaires (self);
  load_homework (self);
  load_session (self);

  return GTK_WIDGET (self);
}
