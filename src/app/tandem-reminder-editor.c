/* tandem-reminder-editor.c
 *
 * Copyright 2026 The Tandem authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "tandem-reminder-editor"

#include "config.h"

#include <glib/gi18n.h>
#include <stdio.h>
#include <string.h>

#include "tandem-page.h"
#include "tandem-reminder-editor.h"

/* The editor keeps every choice in its widgets and builds a reminder from
 * them whenever something changes: the preview of the next occurrences
 * comes from that reminder, through the same pure schedule function the
 * reminder service uses. Problems are shown under the group of the field
 * that causes them once Save was pressed, and then follow every change. */

#define N_PREVIEW 5

struct _TandemReminderEditor
{
  AdwWindow            parent_instance;

  TandemStore         *store;
  TandemPerson        *person;
  TandemReminder      *reminder;
  TandemScaleRegistry *registry;
  GDateTime           *now;
  GPtrArray           *target_ids;
  GPtrArray           *time_rows;
  GtkToggleButton     *day_buttons[7];
  char                *start_date;
  char                *end_date;
  gboolean             show_errors;
  gboolean             loading;

  /* Template widgets */
  AdwToastOverlay     *toast_overlay;
  AdwComboRow         *kind_row;
  AdwComboRow         *target_row;
  AdwEntryRow         *title_row;
  AdwActionRow        *only_if_row;
  GtkSwitch           *only_if_switch;
  GtkSwitch           *enabled_switch;
  GtkLabel            *title_error;
  AdwComboRow         *schedule_row;
  AdwActionRow        *days_row;
  GtkBox              *days_box;
  AdwActionRow        *interval_row;
  GtkSpinButton       *interval_spin;
  AdwActionRow        *month_day_row;
  GtkSpinButton       *month_day_spin;
  AdwActionRow        *start_row;
  GtkMenuButton       *start_button;
  GtkCalendar         *start_calendar;
  AdwActionRow        *has_end_row;
  GtkMenuButton       *end_button;
  GtkCalendar         *end_calendar;
  GtkSwitch           *has_end_switch;
  GtkLabel            *schedule_error;
  GtkListBox          *times_list;
  GtkWidget           *add_time_button;
  GtkLabel            *times_error;
  GtkSwitch           *quiet_switch;
  AdwEntryRow         *quiet_start_row;
  AdwEntryRow         *quiet_end_row;
  GtkLabel            *quiet_error;
  GtkListBox          *preview_list;
};

G_DEFINE_FINAL_TYPE (TandemReminderEditor, tandem_reminder_editor, ADW_TYPE_WINDOW)

enum {
  SAVED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void update (TandemReminderEditor *self);

static GTimeZone *
dup_zone (void)
{
  return g_time_zone_new_local ();
}

static GDateTime *
dup_now (TandemReminderEditor *self)
{
  return self->now != NULL ? g_date_time_ref (self->now) : g_date_time_new_now_local ();
}

static char *
dup_today (TandemReminderEditor *self)
{
  g_autoptr(GDateTime) now = dup_now (self);
  g_autoptr(GTimeZone) tz = dup_zone ();
  g_autoptr(GDateTime) local = g_date_time_to_timezone (now, tz);

  return g_date_time_format (local, "%Y-%m-%d");
}

/**
 * tandem_reminder_format_occurrence:
 * @due: an instant, in microseconds since the epoch (UTC)
 * @now: the present moment
 * @tz: the time zone to show @due in
 *
 * Says when @due is, in words: "Today at 19:00", "Tomorrow at 19:00",
 * "Friday 27 November at 19:00".
 *
 * Returns: (transfer full): the text
 */
char *
tandem_reminder_format_occurrence (gint64     due,
                                   GDateTime *now,
                                   GTimeZone *tz)
{
  g_autoptr(GDateTime) utc = g_date_time_new_from_unix_utc (due / G_USEC_PER_SEC);
  g_autoptr(GDateTime) local = g_date_time_to_timezone (utc, tz);
  g_autoptr(GDateTime) local_now = g_date_time_to_timezone (now, tz);
  GDate day, today;
  int days;

  g_date_clear (&day, 1);
  g_date_clear (&today, 1);
  g_date_set_dmy (&day, g_date_time_get_day_of_month (local),
                  g_date_time_get_month (local), g_date_time_get_year (local));
  g_date_set_dmy (&today, g_date_time_get_day_of_month (local_now),
                  g_date_time_get_month (local_now), g_date_time_get_year (local_now));
  days = g_date_days_between (&today, &day);

  if (days == 0)
    /* Translators: a reminder's next time, a g_date_time_format() pattern */
    /* xgettext:no-c-format */
    return g_date_time_format (local, _("Today at %H:%M"));
  if (days == 1)
    /* Translators: a reminder's next time, a g_date_time_format() pattern */
    /* xgettext:no-c-format */
    return g_date_time_format (local, _("Tomorrow at %H:%M"));
  if (g_date_get_year (&day) == g_date_get_year (&today))
    /* Translators: a reminder's next time, a g_date_time_format() pattern,
     * such as “Friday 27 November at 19:00” */
    /* xgettext:no-c-format */
    return g_date_time_format (local, _("%A %-d %B at %H:%M"));

  /* Translators: a reminder's next time in another year, a
   * g_date_time_format() pattern, such as “Friday 1 January 2027 at 19:00” */
  /* xgettext:no-c-format */
  return g_date_time_format (local, _("%A %-d %B %Y at %H:%M"));
}

/* Session bus ------------------------------------------------------------- */

static void
on_reschedule_done_cb (GObject      *object,
                       GAsyncResult *result,
                       gpointer      user_data)
{
  g_autoptr(GVariant) reply = NULL;
  g_autoptr(GError) error = NULL;

  reply = g_dbus_connection_call_finish (G_DBUS_CONNECTION (object), result, &error);
  if (reply == NULL)
    g_debug ("The reminder service was not told: %s", error->message);
}

/**
 * tandem_reminders_reschedule_service:
 *
 * Tells a running reminder service that reminders changed, so that it
 * computes its schedule again at once. A service that is not running is
 * not started (it reads the database when it starts), and an application
 * without a session bus says nothing.
 */
void
tandem_reminders_reschedule_service (void)
{
  GApplication *application = g_application_get_default ();
  GDBusConnection *bus = NULL;

  if (application != NULL && g_application_get_is_registered (application))
    bus = g_application_get_dbus_connection (application);
  if (bus == NULL)
    return;

  g_dbus_connection_call (bus, APP_ID ".Reminders",
                          "/io/github/tandemgoals/Tandem/Reminders",
                          APP_ID ".Reminders1", "Reschedule",
                          NULL, NULL, G_DBUS_CALL_FLAGS_NO_AUTO_START,
                          2000, NULL, on_reschedule_done_cb, NULL);
}

/* Targets ----------------------------------------------------------------- */

static TandemReminderKind
get_kind (TandemReminderEditor *self)
{
  return (TandemReminderKind) adw_combo_row_get_selected (self->kind_row);
}

static TandemRecurrence
get_recurrence (TandemReminderEditor *self)
{
  return (TandemRecurrence) adw_combo_row_get_selected (self->schedule_row);
}

static gboolean
kind_has_target (TandemReminderKind kind)
{
  return kind == TANDEM_REMINDER_KIND_CHECK_IN ||
         kind == TANDEM_REMINDER_KIND_HOMEWORK ||
         kind == TANDEM_REMINDER_KIND_QUESTIONNAIRE;
}

static const char *
get_target_id (TandemReminderEditor *self)
{
  guint selected = adw_combo_row_get_selected (self->target_row);

  if (!kind_has_target (get_kind (self)) || selected >= self->target_ids->len)
    return NULL;

  return g_ptr_array_index (self->target_ids, selected);
}

static void
add_target (TandemReminderEditor *self,
            GtkStringList        *names,
            const char           *name,
            const char           *id)
{
  gtk_string_list_append (names, name);
  g_ptr_array_add (self->target_ids, g_strdup (id));
}

static void
fill_targets (TandemReminderEditor *self,
              const char           *select_id)
{
  g_autoptr(GtkStringList) names = gtk_string_list_new (NULL);
  g_autoptr(GListStore) records = NULL;
  g_autoptr(GError) error = NULL;
  gint64 person_id = tandem_record_get_id (TANDEM_RECORD (self->person));
  guint selected = 0;

  g_ptr_array_set_size (self->target_ids, 0);

  switch (get_kind (self))
    {
    case TANDEM_REMINDER_KIND_CHECK_IN:
      add_target (self, names, _("The day as a whole"), NULL);
      records = tandem_store_list_goals (self->store, person_id, &error);
      for (guint i = 0; records != NULL && i < g_list_model_get_n_items (G_LIST_MODEL (records)); i++)
        {
          g_autoptr(TandemGoal) goal = g_list_model_get_item (G_LIST_MODEL (records), i);
          TandemGoalStatus status = tandem_goal_get_status (goal);
          const char *uuid = tandem_record_get_uuid (TANDEM_RECORD (goal));

          /* Goals still worked on; a finished one only if it is the one
           * this reminder is for already. */
          if (status != TANDEM_GOAL_STATUS_ACTIVE && status != TANDEM_GOAL_STATUS_PAUSED &&
              g_strcmp0 (uuid, select_id) != 0)
            continue;

          add_target (self, names, tandem_goal_get_title (goal), uuid);
        }
      break;

    case TANDEM_REMINDER_KIND_HOMEWORK:
      records = tandem_store_list_homework (self->store, person_id, &error);
      for (guint i = 0; records != NULL && i < g_list_model_get_n_items (G_LIST_MODEL (records)); i++)
        {
          g_autoptr(TandemHomework) homework = g_list_model_get_item (G_LIST_MODEL (records), i);
          const char *uuid = tandem_record_get_uuid (TANDEM_RECORD (homework));

          /* Open tasks; a done one only if this reminder is for it already. */
          if (tandem_homework_get_done_at (homework) != 0 && g_strcmp0 (uuid, select_id) != 0)
            continue;

          add_target (self, names, tandem_homework_get_title (homework), uuid);
        }
      break;

    case TANDEM_REMINDER_KIND_QUESTIONNAIRE:
      add_target (self, names, _("Any questionnaire"), NULL);
      if (self->registry != NULL)
        {
          GListModel *scales = tandem_scale_registry_get_scales (self->registry);

          for (guint i = 0; i < g_list_model_get_n_items (scales); i++)
            {
              g_autoptr(TandemScale) scale = g_list_model_get_item (scales, i);

              add_target (self, names, tandem_scale_get_name (scale), tandem_scale_get_id (scale));
            }
        }
      break;

    case TANDEM_REMINDER_KIND_APPOINTMENT:
    case TANDEM_REMINDER_KIND_CUSTOM:
    default:
      break;
    }

  if (error != NULL)
    g_warning ("Cannot list what a reminder can be for: %s", error->message);

  for (guint i = 0; i < self->target_ids->len; i++)
    if (g_strcmp0 (g_ptr_array_index (self->target_ids, i), select_id) == 0)
      selected = i;

  adw_combo_row_set_model (self->target_row, G_LIST_MODEL (names));
  if (self->target_ids->len > 0)
    adw_combo_row_set_selected (self->target_row, selected);
}

/* Days and times ---------------------------------------------------------- */

static int
get_weekdays (TandemReminderEditor *self)
{
  int mask = 0;

  for (guint i = 0; i < G_N_ELEMENTS (self->day_buttons); i++)
    if (gtk_toggle_button_get_active (self->day_buttons[i]))
      mask |= 1 << i;

  return mask;
}

static void
set_weekdays (TandemReminderEditor *self,
              int                   mask)
{
  for (guint i = 0; i < G_N_ELEMENTS (self->day_buttons); i++)
    gtk_toggle_button_set_active (self->day_buttons[i], (mask & (1 << i)) != 0);
}

static void
on_remove_time_clicked_cb (GtkButton            *button,
                           TandemReminderEditor *self)
{
  GtkWidget *row = g_object_get_data (G_OBJECT (button), "tandem-time-row");

  g_ptr_array_remove (self->time_rows, row);
  gtk_list_box_remove (self->times_list, row);
  gtk_widget_grab_focus (self->add_time_button);
  update (self);
}

static void
on_field_changed_cb (TandemReminderEditor *self)
{
  update (self);
}

/**
 * tandem_reminder_editor_add_time:
 * @self: a #TandemReminderEditor
 * @time_of_day: the time written HH:MM, as the person would type it
 *
 * Adds a row for one more time of day.
 */
void
tandem_reminder_editor_add_time (TandemReminderEditor *self,
                                 const char           *time_of_day)
{
  GtkWidget *row;
  GtkWidget *button;

  g_return_if_fail (TANDEM_IS_REMINDER_EDITOR (self));

  if (self->time_rows->len >= TANDEM_SCHEDULE_MAX_TIMES)
    return;

  row = adw_entry_row_new ();
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), _("Time of Day"));
  gtk_editable_set_text (GTK_EDITABLE (row), time_of_day ? time_of_day : "");
  adw_entry_row_set_input_purpose (ADW_ENTRY_ROW (row), GTK_INPUT_PURPOSE_DIGITS);

  button = gtk_button_new_from_icon_name ("list-remove-symbolic");
  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (button, "flat");
  gtk_widget_set_tooltip_text (button, _("Remove This Time"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (button),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Remove this time of day"),
                                  -1);
  g_object_set_data (G_OBJECT (button), "tandem-time-row", row);
  g_signal_connect (button, "clicked", G_CALLBACK (on_remove_time_clicked_cb), self);
  adw_entry_row_add_suffix (ADW_ENTRY_ROW (row), button);

  g_signal_connect_swapped (row, "changed", G_CALLBACK (on_field_changed_cb), self);

  gtk_list_box_append (self->times_list, row);
  g_ptr_array_add (self->time_rows, row);

  update (self);
}

static void
add_time_action (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  TandemReminderEditor *self = TANDEM_REMINDER_EDITOR (widget);
  guint n = self->time_rows->len;

  tandem_reminder_editor_add_time (self, "12:00");
  if (self->time_rows->len > n)
    gtk_widget_grab_focus (g_ptr_array_index (self->time_rows, n));
}

/* Dates ------------------------------------------------------------------- */

static void
select_calendar_day (GtkCalendar *calendar,
                     const char  *day)
{
  GDate date;
  g_autoptr(GDateTime) date_time = NULL;

  if (!tandem_date_parse (day, &date))
    return;

  date_time = g_date_time_new_local (g_date_get_year (&date), g_date_get_month (&date),
                                     g_date_get_day (&date), 12, 0, 0);
  gtk_calendar_select_day (calendar, date_time);
}

static char *
dup_calendar_day (GtkCalendar *calendar)
{
  g_autoptr(GDateTime) date_time = gtk_calendar_get_date (calendar);

  return g_date_time_format (date_time, "%Y-%m-%d");
}

static void
show_dates (TandemReminderEditor *self)
{
  g_autofree char *start = tandem_page_format_day (self->start_date);
  g_autofree char *end = self->end_date ? tandem_page_format_day (self->end_date) : NULL;

  gtk_menu_button_set_label (self->start_button, start ? start : self->start_date);
  gtk_menu_button_set_label (self->end_button, end ? end : _("None"));

  /* The buttons show only the date: say which date it is. */
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->start_button),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("First day"),
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, start ? start : "",
                                  -1);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->end_button),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Last day"),
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, end ? end : "",
                                  -1);
}

static void
on_start_day_selected_cb (TandemReminderEditor *self)
{
  g_free (self->start_date);
  self->start_date = dup_calendar_day (self->start_calendar);
  if (!self->loading)
    gtk_menu_button_popdown (self->start_button);
  update (self);
}

static void
on_end_day_selected_cb (TandemReminderEditor *self)
{
  g_free (self->end_date);
  self->end_date = dup_calendar_day (self->end_calendar);
  if (!self->loading)
    gtk_menu_button_popdown (self->end_button);
  update (self);
}

/* Building the reminder --------------------------------------------------- */

static void
set_problem (GtkLabel   *label,
             GtkWidget  *field,
             const char *problem)
{
  gtk_label_set_text (label, problem ? problem : "");
  gtk_widget_set_visible (GTK_WIDGET (label), problem != NULL);

  if (field == NULL)
    return;

  if (problem != NULL)
    {
      gtk_widget_add_css_class (field, "error");
      gtk_accessible_update_property (GTK_ACCESSIBLE (field),
                                      GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, problem,
                                      -1);
    }
  else
    {
      gtk_widget_remove_css_class (field, "error");
      gtk_accessible_reset_property (GTK_ACCESSIBLE (field), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION);
    }
}

typedef struct
{
  char      *title;
  GtkWidget *title_field;
  char      *schedule;
  GtkWidget *schedule_field;
  char      *times;
  GtkWidget *times_field;
  char      *quiet;
  GtkWidget *quiet_field;
} Problems;

static void
problems_clear (Problems *problems)
{
  g_free (problems->title);
  g_free (problems->schedule);
  g_free (problems->times);
  g_free (problems->quiet);
}

static gboolean
problems_any (const Problems *problems)
{
  return problems->title || problems->schedule || problems->times || problems->quiet;
}

static char *
dup_row_time (GtkWidget *row)
{
  const char *text = gtk_editable_get_text (GTK_EDITABLE (row));
  g_autofree char *stripped = g_strstrip (g_strdup (text));
  int hours, minutes;
  char extra;

  /* Accept 7:30 and 07.30 as well as 07:30. */
  if (sscanf (stripped, "%d:%d%c", &hours, &minutes, &extra) != 2 &&
      sscanf (stripped, "%d.%d%c", &hours, &minutes, &extra) != 2)
    return NULL;
  if (hours < 0 || hours > 23 || minutes < 0 || minutes > 59)
    return NULL;

  return g_strdup_printf ("%02d:%02d", hours, minutes);
}

/* Writes the editor's choices into @reminder and finds what is wrong. */
static void
collect (TandemReminderEditor *self,
         TandemReminder       *reminder,
         Problems             *problems)
{
  TandemReminderKind kind = get_kind (self);
  TandemRecurrence recurrence = get_recurrence (self);
  g_autoptr(GString) times = g_string_new (NULL);
  g_autofree char *title = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->title_row))));
  int weekdays = get_weekdays (self);

  memset (problems, 0, sizeof *problems);

  tandem_reminder_set_person_id (reminder, tandem_record_get_id (TANDEM_RECORD (self->person)));
  tandem_reminder_set_kind (reminder, kind);
  tandem_reminder_set_target_uuid (reminder, get_target_id (self));
  tandem_reminder_set_enabled (reminder, gtk_switch_get_active (self->enabled_switch));
  tandem_reminder_set_only_if_not_done (reminder, kind_has_target (kind) &&
                                                  gtk_switch_get_active (self->only_if_switch));

  if (kind == TANDEM_REMINDER_KIND_APPOINTMENT || kind == TANDEM_REMINDER_KIND_CUSTOM)
    {
      tandem_reminder_set_title (reminder, title[0] != '\0' ? title : NULL);
      if (title[0] == '\0')
        {
          problems->title = g_strdup (_("Write a few words about what this reminder is for."));
          problems->title_field = GTK_WIDGET (self->title_row);
        }
    }
  else
    {
      tandem_reminder_set_title (reminder, NULL);
      if (kind == TANDEM_REMINDER_KIND_HOMEWORK && self->target_ids->len == 0)
        {
          problems->title = g_strdup (_("There is no homework to be reminded of yet. "
                                        "Add it first, or choose another kind of reminder."));
          problems->title_field = GTK_WIDGET (self->target_row);
        }
    }

  tandem_reminder_set_recurrence (reminder, recurrence);
  tandem_reminder_set_weekdays (reminder, (recurrence == TANDEM_RECURRENCE_WEEKDAYS ||
                                           recurrence == TANDEM_RECURRENCE_WEEKLY) ? weekdays : 0);
  tandem_reminder_set_interval_weeks (reminder, recurrence == TANDEM_RECURRENCE_WEEKLY
                                      ? gtk_spin_button_get_value_as_int (self->interval_spin)
                                      : 1);
  tandem_reminder_set_month_day (reminder, recurrence == TANDEM_RECURRENCE_MONTHLY
                                 ? gtk_spin_button_get_value_as_int (self->month_day_spin)
                                 : TANDEM_INT_UNSET);
  tandem_reminder_set_start_date (reminder, self->start_date);
  tandem_reminder_set_end_date (reminder,
                                recurrence != TANDEM_RECURRENCE_ONCE &&
                                gtk_switch_get_active (self->has_end_switch) ? self->end_date : NULL);

  if ((recurrence == TANDEM_RECURRENCE_WEEKDAYS || recurrence == TANDEM_RECURRENCE_WEEKLY) &&
      weekdays == 0)
    {
      problems->schedule = g_strdup (_("Choose at least one day of the week."));
      problems->schedule_field = GTK_WIDGET (self->days_row);
    }
  else if (tandem_reminder_get_end_date (reminder) != NULL &&
           g_strcmp0 (tandem_reminder_get_end_date (reminder), self->start_date) < 0)
    {
      problems->schedule = g_strdup (_("The last day is before the first day. "
                                       "Choose a last day on or after the first."));
      problems->schedule_field = GTK_WIDGET (self->has_end_row);
    }

  for (guint i = 0; i < self->time_rows->len; i++)
    {
      GtkWidget *row = g_ptr_array_index (self->time_rows, i);
      g_autofree char *time = dup_row_time (row);

      if (time == NULL)
        {
          if (problems->times == NULL)
            {
              /* Translators: %s is what was typed as a time of day */
              problems->times = g_strdup_printf (_("“%s” is not a time of day. Write it as hours "
                                                   "and minutes, such as 19:00."),
                                                 gtk_editable_get_text (GTK_EDITABLE (row)));
              problems->times_field = row;
            }
          continue;
        }
      if (times->len > 0)
        g_string_append_c (times, ',');
      g_string_append (times, time);
    }

  if (self->time_rows->len == 0)
    {
      problems->times = g_strdup (_("Add at least one time of day."));
      problems->times_field = self->add_time_button;
    }

  tandem_reminder_set_times (reminder, times->str);

  if (gtk_switch_get_active (self->quiet_switch))
    {
      g_autofree char *from = dup_row_time (GTK_WIDGET (self->quiet_start_row));
      g_autofree char *until = dup_row_time (GTK_WIDGET (self->quiet_end_row));

      if (from == NULL || until == NULL)
        {
          problems->quiet = g_strdup (_("Write quiet hours as hours and minutes, "
                                        "such as 22:00 and 07:00."));
          problems->quiet_field = GTK_WIDGET (from == NULL ? self->quiet_start_row : self->quiet_end_row);
        }
      else if (strcmp (from, until) == 0)
        {
          problems->quiet = g_strdup (_("Quiet hours need to end at another time than they begin."));
          problems->quiet_field = GTK_WIDGET (self->quiet_end_row);
        }
      tandem_reminder_set_quiet_start (reminder, from);
      tandem_reminder_set_quiet_end (reminder, until);
    }
  else
    {
      tandem_reminder_set_quiet_start (reminder, NULL);
      tandem_reminder_set_quiet_end (reminder, NULL);
    }
}

static void
show_problems (TandemReminderEditor *self,
               const Problems       *problems)
{
  /* Clear the marks of every field first: a problem may have moved. */
  GtkWidget *fields[] = {
    GTK_WIDGET (self->title_row), GTK_WIDGET (self->target_row), GTK_WIDGET (self->days_row),
    GTK_WIDGET (self->has_end_row), self->add_time_button,
    GTK_WIDGET (self->quiet_start_row), GTK_WIDGET (self->quiet_end_row),
  };

  for (guint i = 0; i < G_N_ELEMENTS (fields); i++)
    gtk_widget_remove_css_class (fields[i], "error");
  for (guint i = 0; i < self->time_rows->len; i++)
    gtk_widget_remove_css_class (g_ptr_array_index (self->time_rows, i), "error");

  set_problem (self->title_error, problems->title_field, problems->title);
  set_problem (self->schedule_error, problems->schedule_field, problems->schedule);
  set_problem (self->times_error, problems->times_field, problems->times);
  set_problem (self->quiet_error, problems->quiet_field, problems->quiet);
}

static void
add_preview_row (TandemReminderEditor *self,
                 const char           *text,
                 gboolean              dim)
{
  GtkWidget *row = adw_action_row_new ();

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), text);
  gtk_widget_set_focusable (row, FALSE);
  if (dim)
    gtk_widget_add_css_class (row, "dim-label");
  gtk_list_box_append (self->preview_list, row);
}

static void
update_preview (TandemReminderEditor *self,
                TandemReminder       *draft,
                const Problems       *problems)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->preview_list))) != NULL)
    gtk_list_box_remove (self->preview_list, child);

  if (problems->schedule || problems->times || problems->quiet ||
      !tandem_schedule_validate (draft, NULL))
    {
      add_preview_row (self, _("The next reminders appear here once the schedule is complete."), TRUE);
      return;
    }
  else
    {
      g_autoptr(GDateTime) now = dup_now (self);
      g_autoptr(GTimeZone) tz = dup_zone ();
      gint64 due[N_PREVIEW];
      guint n = tandem_schedule_next_occurrences (draft, now, tz, due, N_PREVIEW);

      if (n == 0)
        add_preview_row (self, _("This schedule has no reminders still to come."), TRUE);

      for (guint i = 0; i < n; i++)
        {
          g_autofree char *text = tandem_reminder_format_occurrence (due[i], now, tz);

          add_preview_row (self, text, FALSE);
        }
    }
}

static void
update (TandemReminderEditor *self)
{
  TandemReminderKind kind;
  TandemRecurrence recurrence;
  g_autoptr(TandemReminder) draft = NULL;
  Problems problems;

  if (self->loading)
    return;

  kind = get_kind (self);
  recurrence = get_recurrence (self);

  gtk_widget_set_visible (GTK_WIDGET (self->target_row), kind_has_target (kind) && self->target_ids->len > 0);
  gtk_widget_set_visible (GTK_WIDGET (self->title_row), !kind_has_target (kind));
  gtk_widget_set_visible (GTK_WIDGET (self->only_if_row), kind_has_target (kind));
  gtk_widget_set_visible (GTK_WIDGET (self->days_row),
                          recurrence == TANDEM_RECURRENCE_WEEKDAYS ||
                          recurrence == TANDEM_RECURRENCE_WEEKLY);
  gtk_widget_set_visible (GTK_WIDGET (self->interval_row), recurrence == TANDEM_RECURRENCE_WEEKLY);
  gtk_widget_set_visible (GTK_WIDGET (self->month_day_row), recurrence == TANDEM_RECURRENCE_MONTHLY);
  gtk_widget_set_visible (GTK_WIDGET (self->has_end_row), recurrence != TANDEM_RECURRENCE_ONCE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->start_row),
                                 recurrence == TANDEM_RECURRENCE_ONCE ? _("_Day") : _("First _Day"));
  gtk_widget_set_visible (GTK_WIDGET (self->end_button), gtk_switch_get_active (self->has_end_switch));
  gtk_widget_set_visible (GTK_WIDGET (self->quiet_start_row), gtk_switch_get_active (self->quiet_switch));
  gtk_widget_set_visible (GTK_WIDGET (self->quiet_end_row), gtk_switch_get_active (self->quiet_switch));
  show_dates (self);

  draft = tandem_reminder_new (0, kind, recurrence, "", self->start_date);
  collect (self, draft, &problems);

  if (self->show_errors)
    show_problems (self, &problems);
  update_preview (self, draft, &problems);

  problems_clear (&problems);
}

static void
on_kind_changed_cb (TandemReminderEditor *self)
{
  if (self->loading)
    return;

  fill_targets (self, NULL);
  gtk_switch_set_active (self->only_if_switch, kind_has_target (get_kind (self)));
  update (self);
}

static void
on_schedule_changed_cb (TandemReminderEditor *self)
{
  GDate start;

  if (self->loading)
    return;

  /* A new weekly schedule starts on the first day's day of the week. */
  if (get_recurrence (self) == TANDEM_RECURRENCE_WEEKLY && get_weekdays (self) == 0 &&
      tandem_date_parse (self->start_date, &start))
    set_weekdays (self, TANDEM_WEEKDAY_BIT (g_date_get_weekday (&start)));

  update (self);
}

/* Saving ------------------------------------------------------------------ */

static GtkWidget *
first_problem_field (const Problems *problems)
{
  if (problems->title_field)
    return problems->title_field;
  if (problems->schedule_field)
    return problems->schedule_field;
  if (problems->times_field)
    return problems->times_field;
  return problems->quiet_field;
}

static gboolean
write_reminder (TandemReminderEditor *self,
                TandemReminder       *reminder,
                gboolean              is_new,
                GError              **error)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();
  g_autoptr(GTimeZone) tz = dup_zone ();

  if (!tandem_store_begin (self->store, error))
    return FALSE;

  if (!(is_new ? tandem_store_insert (self->store, TANDEM_RECORD (reminder), error)
               : tandem_store_update (self->store, TANDEM_RECORD (reminder), error)) ||
      !tandem_store_update_next_due (self->store, tandem_record_get_id (TANDEM_RECORD (reminder)),
                                     now, tz, error) ||
      !tandem_store_commit (self->store, error))
    {
      tandem_store_rollback (self->store);
      return FALSE;
    }

  return TRUE;
}

/**
 * tandem_reminder_editor_save:
 * @self: a #TandemReminderEditor
 *
 * Checks the reminder and writes it in one transaction, then tells the
 * reminder service. When something is wrong it says so beside the field
 * and keeps every choice.
 *
 * Returns: %TRUE if the reminder was saved
 */
gboolean
tandem_reminder_editor_save (TandemReminderEditor *self)
{
  g_autoptr(TandemReminder) draft = NULL;
  g_autoptr(GError) error = NULL;
  Problems problems;
  gboolean is_new;
  gboolean ok;

  g_return_val_if_fail (TANDEM_IS_REMINDER_EDITOR (self), FALSE);

  self->show_errors = TRUE;
  update (self);

  draft = tandem_reminder_new (0, get_kind (self), get_recurrence (self), "", self->start_date);
  collect (self, draft, &problems);
  if (problems_any (&problems))
    {
      GtkWidget *field = first_problem_field (&problems);

      if (field != NULL)
        gtk_widget_grab_focus (field);
      problems_clear (&problems);
      return FALSE;
    }
  problems_clear (&problems);

  if (!tandem_schedule_validate (draft, &error))
    {
      adw_toast_overlay_add_toast (self->toast_overlay, adw_toast_new (error->message));
      return FALSE;
    }

  is_new = self->reminder == NULL;
  if (is_new)
    {
      ok = write_reminder (self, draft, TRUE, &error);
    }
  else
    {
      /* The stored record takes the new values; snoozing ends with an edit. */
      collect (self, self->reminder, &problems);
      problems_clear (&problems);
      tandem_reminder_set_snoozed_until (self->reminder, 0);
      ok = write_reminder (self, self->reminder, FALSE, &error);
    }

  if (!ok)
    {
      g_warning ("Cannot save a reminder: %s", error->message);
      adw_toast_overlay_add_toast (self->toast_overlay, adw_toast_new (error->message));
      return FALSE;
    }

  if (is_new)
    self->reminder = g_steal_pointer (&draft);

  tandem_reminders_reschedule_service ();
  g_signal_emit (self, signals[SAVED], 0, self->reminder);

  return TRUE;
}

static void
save_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  TandemReminderEditor *self = TANDEM_REMINDER_EDITOR (widget);

  if (tandem_reminder_editor_save (self))
    gtk_window_destroy (GTK_WINDOW (self));
}

/* Loading ----------------------------------------------------------------- */

static void
load (TandemReminderEditor *self)
{
  TandemReminder *reminder = self->reminder;
  g_autofree char *today = dup_today (self);
  g_auto(GStrv) times = NULL;
  GDate start;
  int value;

  self->loading = TRUE;

  if (reminder == NULL)
    {
      self->start_date = g_strdup (today);
      adw_combo_row_set_selected (self->kind_row, TANDEM_REMINDER_KIND_CHECK_IN);
      adw_combo_row_set_selected (self->schedule_row, TANDEM_RECURRENCE_DAILY);
      gtk_switch_set_active (self->only_if_switch, TRUE);
      select_calendar_day (self->start_calendar, today);
      select_calendar_day (self->end_calendar, today);
      g_free (self->start_date);
      self->start_date = g_strdup (today);
      g_free (self->end_date);
      self->end_date = g_strdup (today);
      self->loading = FALSE;
      fill_targets (self, NULL);
      tandem_reminder_editor_add_time (self, "19:00");
      return;
    }

  gtk_window_set_title (GTK_WINDOW (self), _("Edit Reminder"));

  self->start_date = g_strdup (tandem_reminder_get_start_date (reminder));
  self->end_date = g_strdup (tandem_reminder_get_end_date (reminder));
  adw_combo_row_set_selected (self->kind_row, tandem_reminder_get_kind (reminder));
  adw_combo_row_set_selected (self->schedule_row, tandem_reminder_get_recurrence (reminder));
  gtk_editable_set_text (GTK_EDITABLE (self->title_row),
                         tandem_reminder_get_title (reminder) ? tandem_reminder_get_title (reminder) : "");
  gtk_switch_set_active (self->enabled_switch, tandem_reminder_get_enabled (reminder));
  gtk_switch_set_active (self->only_if_switch, tandem_reminder_get_only_if_not_done (reminder));
  set_weekdays (self, tandem_reminder_get_weekdays (reminder));

  value = tandem_reminder_get_interval_weeks (reminder);
  gtk_spin_button_set_value (self->interval_spin,
                             tandem_reminder_get_recurrence (reminder) == TANDEM_RECURRENCE_WEEKLY &&
                             value != TANDEM_INT_UNSET ? value : 2);
  value = tandem_reminder_get_month_day (reminder);
  if (value == TANDEM_INT_UNSET && tandem_date_parse (self->start_date, &start))
    value = g_date_get_day (&start);
  gtk_spin_button_set_value (self->month_day_spin, value == TANDEM_INT_UNSET ? 1 : value);

  select_calendar_day (self->start_calendar, self->start_date);
  select_calendar_day (self->end_calendar, self->end_date ? self->end_date : self->start_date);
  g_free (self->start_date);
  self->start_date = g_strdup (tandem_reminder_get_start_date (reminder));
  g_free (self->end_date);
  self->end_date = g_strdup (tandem_reminder_get_end_date (reminder));
  gtk_switch_set_active (self->has_end_switch, self->end_date != NULL);

  if (tandem_reminder_get_quiet_start (reminder) != NULL)
    {
      gtk_switch_set_active (self->quiet_switch, TRUE);
      gtk_editable_set_text (GTK_EDITABLE (self->quiet_start_row), tandem_reminder_get_quiet_start (reminder));
      gtk_editable_set_text (GTK_EDITABLE (self->quiet_end_row), tandem_reminder_get_quiet_end (reminder));
    }

  self->loading = FALSE;

  fill_targets (self, tandem_reminder_get_target_uuid (reminder));

  times = g_strsplit (tandem_reminder_get_times (reminder) ? tandem_reminder_get_times (reminder) : "",
                      ",", -1);
  for (guint i = 0; times[i] != NULL; i++)
    if (g_strstrip (times[i])[0] != '\0')
      tandem_reminder_editor_add_time (self, times[i]);

  if (self->end_date == NULL)
    self->end_date = g_strdup (self->start_date);

  update (self);
}

/* GObject ----------------------------------------------------------------- */

static void
tandem_reminder_editor_dispose (GObject *object)
{
  TandemReminderEditor *self = (TandemReminderEditor *)object;

  gtk_widget_dispose_template (GTK_WIDGET (self), TANDEM_TYPE_REMINDER_EDITOR);

  g_clear_object (&self->store);
  g_clear_object (&self->person);
  g_clear_object (&self->reminder);
  g_clear_object (&self->registry);
  g_clear_pointer (&self->now, g_date_time_unref);

  G_OBJECT_CLASS (tandem_reminder_editor_parent_class)->dispose (object);
}

static void
tandem_reminder_editor_finalize (GObject *object)
{
  TandemReminderEditor *self = (TandemReminderEditor *)object;

  g_clear_pointer (&self->target_ids, g_ptr_array_unref);
  g_clear_pointer (&self->time_rows, g_ptr_array_unref);
  g_free (self->start_date);
  g_free (self->end_date);

  G_OBJECT_CLASS (tandem_reminder_editor_parent_class)->finalize (object);
}

static void
tandem_reminder_editor_class_init (TandemReminderEditorClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = tandem_reminder_editor_dispose;
  object_class->finalize = tandem_reminder_editor_finalize;

  /**
   * TandemReminderEditor::saved:
   * @self: the editor
   * @reminder: the reminder as stored
   *
   * Emitted after the reminder was written to the store.
   */
  signals[SAVED] =
    g_signal_new ("saved",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, TANDEM_TYPE_REMINDER);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/ui/tandem-reminder-editor.ui");
  gtk_widget_class_bind_template_child (widget_class, TandemReminderEditor, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, TandemReminderEditor, kind_row);
  gtk_widget_class_bind_template_child (widget_class, TandemReminderEditor, target_row);
  gtk_widget_class_bind_template_child (widget_class, TandemReminderEditor, title_row);
  gtk_widget_class_bind_template_child (widget_class, TandemReminderEditor, only_if_row);
  gtk_widget_class_bind_template_child (widget_class, TandemReminderEditor, only_if_switch);
  gtk_widget_class_bind_template_child (widget_class, TandemReminderEditor, enabled_switch);
  gtk_widget_class_bind_template_child (widget_class, TandemReminderEditor, title_error);
  gtk_widget_class_bind_template_child (widget_class, TandemReminderEditor, schedule_row);
  gtk_widget_class_bind_template_child (widget_class, TandemReminderEditor, days_row);
  gtk_widget_class_bind_template_child (widget_class, TandemReminderEditor, days_box);
  gtk_widget_class_bind_template_child (widget_class, TandemReminderEditor, interval_row);
  gtk_widget_class_bind_template_child (widget_class, TandemReminderEditor, interval_spin);
  gtk_widget_class_bind_template_child (widget_class, TandemReminderEditor, month_day_row);
  gtk_widget_class_bind_template_child (widget_class, TandemReminderEditor, month_day_spin);
  gtk_widget_class_bind_template_child (widget_class, TandemReminderEditor, start_row);
  gtk_widget_class_bind_template_child (widget_class, TandemReminderEditor, start_button);
  gtk_widget_class_bind_template_child (widget_class, TandemReminderEditor, start_calendar);
  gtk_widget_class_bind_template_child (widget_class, TandemReminderEditor, has_end_row);
  gtk_widget_class_bind_template_child (widget_class, TandemReminderEditor, end_button);
  gtk_widget_class_bind_template_child (widget_class, TandemReminderEditor, end_calendar);
  gtk_widget_class_bind_template_child (widget_class, TandemReminderEditor, has_end_switch);
  gtk_widget_class_bind_template_child (widget_class, TandemReminderEditor, schedule_error);
  gtk_widget_class_bind_template_child (widget_class, TandemReminderEditor, times_list);
  gtk_widget_class_bind_template_child (widget_class, TandemReminderEditor, add_time_button);
  gtk_widget_class_bind_template_child (widget_class, TandemReminderEditor, times_error);
  gtk_widget_class_bind_template_child (widget_class, TandemReminderEditor, quiet_switch);
  gtk_widget_class_bind_template_child (widget_class, TandemReminderEditor, quiet_start_row);
  gtk_widget_class_bind_template_child (widget_class, TandemReminderEditor, quiet_end_row);
  gtk_widget_class_bind_template_child (widget_class, TandemReminderEditor, quiet_error);
  gtk_widget_class_bind_template_child (widget_class, TandemReminderEditor, preview_list);

  gtk_widget_class_install_action (widget_class, "editor.save", NULL, save_action);
  gtk_widget_class_install_action (widget_class, "editor.add-time", NULL, add_time_action);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_s, GDK_CONTROL_MASK, "editor.save", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Return, GDK_CONTROL_MASK, "editor.save", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_t, GDK_CONTROL_MASK, "editor.add-time", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
tandem_reminder_editor_init (TandemReminderEditor *self)
{
  g_autoptr(GDateTime) monday = g_date_time_new_utc (2024, 1, 1, 12, 0, 0);
  GtkWidget *placeholder;

  self->target_ids = g_ptr_array_new_with_free_func (g_free);
  self->time_rows = g_ptr_array_new ();

  gtk_widget_init_template (GTK_WIDGET (self));

  /* The days of the week, Monday first as the weekday bits are, named
   * in the person's language. */
  for (guint i = 0; i < G_N_ELEMENTS (self->day_buttons); i++)
    {
      g_autoptr(GDateTime) day = g_date_time_add_days (monday, (int) i);
      g_autofree char *short_name = g_date_time_format (day, "%a");
      g_autofree char *name = g_date_time_format (day, "%A");
      GtkWidget *button = gtk_toggle_button_new_with_label (short_name);

      gtk_accessible_update_property (GTK_ACCESSIBLE (button),
                                      GTK_ACCESSIBLE_PROPERTY_LABEL, name,
                                      -1);
      gtk_widget_set_tooltip_text (button, name);
      g_signal_connect_swapped (button, "toggled", G_CALLBACK (on_field_changed_cb), self);
      gtk_box_append (self->days_box, button);
      self->day_buttons[i] = GTK_TOGGLE_BUTTON (button);
    }
  gtk_widget_add_css_class (GTK_WIDGET (self->days_box), "linked");

  /* With no time of day, the list says so instead of showing nothing. */
  placeholder = gtk_label_new (_("No times of day yet"));
  gtk_widget_add_css_class (placeholder, "dim-label");
  gtk_widget_set_margin_top (placeholder, 12);
  gtk_widget_set_margin_bottom (placeholder, 12);
  gtk_list_box_set_placeholder (self->times_list, placeholder);

  g_signal_connect_swapped (self->kind_row, "notify::selected", G_CALLBACK (on_kind_changed_cb), self);
  g_signal_connect_swapped (self->target_row, "notify::selected", G_CALLBACK (on_field_changed_cb), self);
  g_signal_connect_swapped (self->schedule_row, "notify::selected", G_CALLBACK (on_schedule_changed_cb), self);
  g_signal_connect_swapped (self->title_row, "changed", G_CALLBACK (on_field_changed_cb), self);
  g_signal_connect_swapped (self->interval_spin, "value-changed", G_CALLBACK (on_field_changed_cb), self);
  g_signal_connect_swapped (self->month_day_spin, "value-changed", G_CALLBACK (on_field_changed_cb), self);
  g_signal_connect_swapped (self->has_end_switch, "notify::active", G_CALLBACK (on_field_changed_cb), self);
  g_signal_connect_swapped (self->quiet_switch, "notify::active", G_CALLBACK (on_field_changed_cb), self);
  g_signal_connect_swapped (self->quiet_start_row, "changed", G_CALLBACK (on_field_changed_cb), self);
  g_signal_connect_swapped (self->quiet_end_row, "changed", G_CALLBACK (on_field_changed_cb), self);
  g_signal_connect_swapped (self->start_calendar, "day-selected", G_CALLBACK (on_start_day_selected_cb), self);
  g_signal_connect_swapped (self->end_calendar, "day-selected", G_CALLBACK (on_end_day_selected_cb), self);
}

/**
 * tandem_reminder_editor_new:
 * @parent: (nullable): the window the editor belongs to
 * @store: the store to write to
 * @person: whom the reminder is for
 * @reminder: (nullable): a stored reminder to edit, or %NULL for a new one
 *
 * Creates the editor of one reminder, filled in with @reminder's values
 * or with a daily check-in reminder at 19:00.
 *
 * Returns: (transfer floating): a new #TandemReminderEditor
 */
GtkWidget *
tandem_reminder_editor_new (GtkWindow      *parent,
                            TandemStore    *store,
                            TandemPerson   *person,
                            TandemReminder *reminder)
{
  TandemReminderEditor *self;
  g_autoptr(GError) error = NULL;

  g_return_val_if_fail (!parent || GTK_IS_WINDOW (parent), NULL);
  g_return_val_if_fail (TANDEM_IS_STORE (store), NULL);
  g_return_val_if_fail (TANDEM_IS_PERSON (person), NULL);
  g_return_val_if_fail (!reminder || TANDEM_IS_REMINDER (reminder), NULL);

  self = g_object_new (TANDEM_TYPE_REMINDER_EDITOR,
                       "transient-for", parent,
                       "modal", parent != NULL,
                       NULL);
  self->store = g_object_ref (store);
  self->person = g_object_ref (person);
  self->reminder = reminder ? g_object_ref (reminder) : NULL;

  self->registry = tandem_scale_registry_new (&error);
  if (self->registry == NULL)
    g_warning ("Cannot list the questionnaires: %s", error->message);
  else if (!tandem_scale_registry_load_custom (self->registry, store, &error))
    g_warning ("Cannot list the custom questionnaires: %s", error->message);

  load (self);

  return GTK_WIDGET (self);
}

/**
 * tandem_reminder_editor_get_reminder:
 * @self: a #TandemReminderEditor
 *
 * Returns: (transfer none) (nullable): the reminder being edited, or the
 *   new reminder once it was saved
 */
TandemReminder *
tandem_reminder_editor_get_reminder (TandemReminderEditor *self)
{
  g_return_val_if_fail (TANDEM_IS_REMINDER_EDITOR (self), NULL);

  return self->reminder;
}

/**
 * tandem_reminder_editor_set_now:
 * @self: a #TandemReminderEditor
 * @now: (nullable): the moment the preview counts from, or %NULL for the clock
 *
 * Sets the present moment of the preview (tests use a fixed one).
 */
void
tandem_reminder_editor_set_now (TandemReminderEditor *self,
                                GDateTime            *now)
{
  g_autofree char *old_today = NULL;
  g_autofree char *new_today = NULL;

  g_return_if_fail (TANDEM_IS_REMINDER_EDITOR (self));

  old_today = dup_today (self);
  g_clear_pointer (&self->now, g_date_time_unref);
  self->now = now ? g_date_time_ref (now) : NULL;
  new_today = dup_today (self);

  /* A new reminder starts (and, once, ends) on the day the preview counts
   * from: move the dates that still say the old "today". */
  if (self->reminder == NULL && g_strcmp0 (old_today, new_today) != 0)
    {
      if (g_strcmp0 (self->start_date, old_today) == 0)
        {
          select_calendar_day (self->start_calendar, new_today);
          g_free (self->start_date);
          self->start_date = g_strdup (new_today);
        }
      if (g_strcmp0 (self->end_date, old_today) == 0)
        {
          select_calendar_day (self->end_calendar, new_today);
          g_free (self->end_date);
          self->end_date = g_strdup (new_today);
        }
    }

  update (self);
}

/**
 * tandem_reminder_editor_dup_occurrences_text:
 * @self: a #TandemReminderEditor
 *
 * Returns: (transfer full): the preview of the next occurrences as shown,
 *   one line each
 */
char *
tandem_reminder_editor_dup_occurrences_text (TandemReminderEditor *self)
{
  GString *text;

  g_return_val_if_fail (TANDEM_IS_REMINDER_EDITOR (self), NULL);

  text = g_string_new (NULL);

  for (GtkWidget *row = gtk_widget_get_first_child (GTK_WIDGET (self->preview_list));
       row != NULL;
       row = gtk_widget_get_next_sibling (row))
    {
      if (!ADW_IS_PREFERENCES_ROW (row))
        continue;
      if (text->len > 0)
        g_string_append_c (text, '\n');
      g_string_append (text, adw_preferences_row_get_title (ADW_PREFERENCES_ROW (row)));
    }

  return g_string_free (text, FALSE);
}

/**
 * tandem_reminder_editor_preset:
 * @kind: what the new reminder is about
 * @target_id: (nullable): the goal's or homework's UUID, or the
 *   questionnaire's id, that it is for
 *
 * Starts a new reminder as one for @target_id, as when it is set from a
 * goal, a homework task or a questionnaire. Does nothing when editing an
 * existing reminder.
 */
void
tandem_reminder_editor_preset (TandemReminderEditor *self,
                               TandemReminderKind    kind,
                               const char           *target_id)
{
  g_return_if_fail (TANDEM_IS_REMINDER_EDITOR (self));

  if (self->reminder != NULL)
    return;

  adw_combo_row_set_selected (self->kind_row, kind);
  fill_targets (self, target_id);
  update (self);
}
