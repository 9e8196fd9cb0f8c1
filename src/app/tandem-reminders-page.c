/* tandem-reminders-page.c
 *
 * Copyright 2026 The Tandem authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "tandem-reminders-page"

#include "config.h"

#include <glib/gi18n.h>

#include "tandem-reminder-editor.h"
#include "tandem-reminders-page.h"

struct _TandemRemindersPage
{
  TandemPage           parent_instance;

  TandemScaleRegistry *registry;

  /* Template widgets */
  GtkStack            *stack;
  AdwStatusPage       *empty_page;
  GtkListBox          *list;
};

G_DEFINE_FINAL_TYPE (TandemRemindersPage, tandem_reminders_page, TANDEM_TYPE_PAGE)

static const char *
kind_to_string (TandemReminderKind kind)
{
  switch (kind)
    {
    case TANDEM_REMINDER_KIND_CHECK_IN:
      return _("Check-in");
    case TANDEM_REMINDER_KIND_HOMEWORK:
      return _("Homework");
    case TANDEM_REMINDER_KIND_QUESTIONNAIRE:
      return _("Questionnaire");
    case TANDEM_REMINDER_KIND_APPOINTMENT:
      return _("Appointment");
    case TANDEM_REMINDER_KIND_CUSTOM:
    default:
      return _("Reminder");
    }
}

static const char *
kind_to_icon_name (TandemReminderKind kind)
{
  switch (kind)
    {
    case TANDEM_REMINDER_KIND_CHECK_IN:
      return "tandem-check-ins-symbolic";
    case TANDEM_REMINDER_KIND_HOMEWORK:
      return "document-edit-symbolic";
    case TANDEM_REMINDER_KIND_QUESTIONNAIRE:
      return "view-list-symbolic";
    case TANDEM_REMINDER_KIND_APPOINTMENT:
      return "x-office-calendar-symbolic";
    case TANDEM_REMINDER_KIND_CUSTOM:
    default:
      return "alarm-symbolic";
    }
}

/* "Mon, Wed, Fri" in the person's language. */
static char *
describe_weekdays (int mask)
{
  g_autoptr(GDateTime) monday = g_date_time_new_utc (2024, 1, 1, 12, 0, 0);
  GString *days = g_string_new (NULL);

  for (int i = 0; i < 7; i++)
    {
      g_autoptr(GDateTime) day = NULL;
      g_autofree char *name = NULL;

      if ((mask & (1 << i)) == 0)
        continue;

      day = g_date_time_add_days (monday, i);
      name = g_date_time_format (day, "%a");
      if (days->len > 0)
        /* Translators: separates days of the week in a list, such as “Mon, Wed” */
        g_string_append (days, _(", "));
      g_string_append (days, name);
    }

  return g_string_free (days, FALSE);
}

static char *
describe_schedule (TandemReminder *reminder)
{
  g_auto(GStrv) time_list = g_strsplit (tandem_reminder_get_times (reminder) ? tandem_reminder_get_times (reminder) : "",
                                         ",", -1);
  /* Translators: separates times of day in a list, such as “08:00, 20:30” */
  g_autofree char *times = g_strjoinv (_(", "), time_list);
  g_autofree char *days = describe_weekdays (tandem_reminder_get_weekdays (reminder));

  switch (tandem_reminder_get_recurrence (reminder))
    {
    case TANDEM_RECURRENCE_ONCE:
      {
        g_autofree char *day = tandem_page_format_day (tandem_reminder_get_start_date (reminder));

        /* Translators: %1$s is a date, %2$s lists times of day, e.g. "09:00, 18:30" */
        return g_strdup_printf (_("Once, on %1$s at %2$s"), day ? day : "", times);
      }
    case TANDEM_RECURRENCE_DAILY:
      /* Translators: %s lists times of day, e.g. "09:00, 18:30" */
      return g_strdup_printf (_("Every day at %s"), times);
    case TANDEM_RECURRENCE_WEEKDAYS:
      /* Translators: %1$s lists days of the week, e.g. "Mon, Wed", %2$s times of day */
      return g_strdup_printf (_("On %1$s at %2$s"), days, times);
    case TANDEM_RECURRENCE_WEEKLY:
      {
        int weeks = MAX (1, tandem_reminder_get_interval_weeks (reminder));

        if (days[0] == '\0')
          {
            g_autofree char *day = tandem_page_format_day (tandem_reminder_get_start_date (reminder));
            GDate start;

            g_free (days);
            days = NULL;
            if (tandem_date_parse (tandem_reminder_get_start_date (reminder), &start))
              days = describe_weekdays (TANDEM_WEEKDAY_BIT (g_date_get_weekday (&start)));
            else
              days = g_strdup (day ? day : "");
          }

        if (weeks == 1)
          /* Translators: %1$s lists days of the week, e.g. "Mon, Wed", %2$s times of day */
          return g_strdup_printf (_("Every week on %1$s at %2$s"), days, times);

        /* Translators: %1$d is a number of weeks (2 or more), %2$s lists days of the
         * week, %3$s times of day */
        return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Every %1$d week on %2$s at %3$s",
                                             "Every %1$d weeks on %2$s at %3$s", weeks),
                                weeks, days, times);
      }
    case TANDEM_RECURRENCE_MONTHLY:
      {
        int month_day = tandem_reminder_get_month_day (reminder);
        GDate start;

        if (month_day == TANDEM_INT_UNSET &&
            tandem_date_parse (tandem_reminder_get_start_date (reminder), &start))
          month_day = g_date_get_day (&start);

        /* Translators: %1$d is a day of the month, %2$s lists times of day */
        return g_strdup_printf (_("Every month on day %1$d at %2$s"), month_day, times);
      }
    default:
      return g_strdup (times);
    }
}

static char *
dup_reminder_title (TandemRemindersPage *self,
                    TandemReminder      *reminder)
{
  TandemStore *store = tandem_page_get_store (TANDEM_PAGE (self));
  const char *title = tandem_reminder_get_title (reminder);
  const char *target = tandem_reminder_get_target_uuid (reminder);
  TandemReminderKind kind = tandem_reminder_get_kind (reminder);

  if (title != NULL && title[0] != '\0')
    return g_strdup (title);

  if (target != NULL && store != NULL)
    {
      if (kind == TANDEM_REMINDER_KIND_CHECK_IN)
        {
          g_autoptr(TandemGoal) goal = tandem_store_get_by_uuid (store, TANDEM_TYPE_GOAL, target, NULL);

          if (goal != NULL)
            /* Translators: %s is the title of a goal */
            return g_strdup_printf (_("Check-in: %s"), tandem_goal_get_title (goal));
        }
      else if (kind == TANDEM_REMINDER_KIND_HOMEWORK)
        {
          g_autoptr(TandemHomework) homework = tandem_store_get_by_uuid (store, TANDEM_TYPE_HOMEWORK,
                                                                         target, NULL);

          if (homework != NULL)
            /* Translators: %s is the title of a homework task */
            return g_strdup_printf (_("Homework: %s"), tandem_homework_get_title (homework));
        }
      else if (kind == TANDEM_REMINDER_KIND_QUESTIONNAIRE && self->registry != NULL)
        {
          TandemScale *scale = tandem_scale_registry_lookup (self->registry, target);

          if (scale != NULL)
            return g_strdup (tandem_scale_get_name (scale));
        }
    }

  return g_strdup (kind_to_string (kind));
}

static char *
describe_next (TandemRemindersPage *self,
               TandemReminder      *reminder)
{
  TandemStore *store = tandem_page_get_store (TANDEM_PAGE (self));
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autoptr(GTimeZone) tz = g_time_zone_new_local ();
  g_autoptr(GError) error = NULL;
  g_autofree char *when = NULL;
  gint64 due = 0;

  if (!tandem_reminder_get_enabled (reminder))
    return g_strdup (_("Switched off"));

  if (!tandem_store_next_reminder_due (store, reminder, now, tz, &due, &error))
    {
      g_debug ("Cannot compute when a reminder is next due: %s", error->message);
      return NULL;
    }
  if (due == 0)
    return g_strdup (_("No more reminders to come"));

  when = tandem_reminder_format_occurrence (due, now, tz);
  /* Translators: %s says when, such as “Tomorrow at 19:00” */
  return g_strdup_printf (_("Next: %s"), when);
}

static gboolean
reload_idle_cb (gpointer user_data)
{
  tandem_page_reload (TANDEM_PAGE (user_data));

  return G_SOURCE_REMOVE;
}

static void
on_enabled_changed_cb (GtkSwitch           *enabled_switch,
                       GParamSpec          *pspec,
                       TandemRemindersPage *self)
{
  TandemStore *store = tandem_page_get_store (TANDEM_PAGE (self));
  TandemReminder *reminder = g_object_get_data (G_OBJECT (enabled_switch), "tandem-reminder");
  gboolean active = gtk_switch_get_active (enabled_switch);
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();
  g_autoptr(GTimeZone) tz = g_time_zone_new_local ();
  g_autoptr(GError) error = NULL;

  if (store == NULL || reminder == NULL || tandem_reminder_get_enabled (reminder) == active)
    return;

  tandem_reminder_set_enabled (reminder, active);
  if (!tandem_store_begin (store, &error) ||
      !tandem_store_update (store, TANDEM_RECORD (reminder), &error) ||
      !tandem_store_update_next_due (store, tandem_record_get_id (TANDEM_RECORD (reminder)),
                                     now, tz, &error) ||
      !tandem_store_commit (store, &error))
    {
      GtkWidget *overlay = gtk_widget_get_ancestor (GTK_WIDGET (self), ADW_TYPE_TOAST_OVERLAY);

      tandem_store_rollback (store);
      tandem_reminder_set_enabled (reminder, !active);
      g_warning ("Could not switch a reminder: %s", error->message);
      if (overlay != NULL)
        adw_toast_overlay_add_toast (ADW_TOAST_OVERLAY (overlay), adw_toast_new (error->message));
    }

  tandem_reminders_reschedule_service ();

  /* Not from inside the switch's own signal: the reload replaces it. */
  g_idle_add_full (G_PRIORITY_DEFAULT_IDLE, reload_idle_cb, g_object_ref (self), g_object_unref);
}

static GtkWidget *
create_reminder_row (TandemRemindersPage *self,
                     TandemReminder      *reminder)
{
  g_autofree char *title = dup_reminder_title (self, reminder);
  g_autofree char *schedule = describe_schedule (reminder);
  g_autofree char *next = describe_next (self, reminder);
  g_autofree char *subtitle = NULL;
  g_autofree char *switch_label = NULL;
  g_autofree char *delete_label = NULL;
  gint64 id = tandem_record_get_id (TANDEM_RECORD (reminder));
  TandemReminderKind kind = tandem_reminder_get_kind (reminder);
  GtkWidget *row, *icon, *enabled_switch, *delete_button;

  if (next != NULL)
    subtitle = g_strdup_printf ("%s\n%s", schedule, next);
  else
    subtitle = g_strdup (schedule);

  row = tandem_page_create_row (title, subtitle);
  tandem_list_row_set_subtitle_lines (TANDEM_LIST_ROW (row), 3);
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
  g_object_set_data_full (G_OBJECT (row), "tandem-reminder", g_object_ref (reminder), g_object_unref);

  icon = gtk_image_new_from_icon_name (kind_to_icon_name (kind));
  gtk_widget_set_tooltip_text (icon, kind_to_string (kind));
  gtk_accessible_update_property (GTK_ACCESSIBLE (icon),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, kind_to_string (kind),
                                  -1);
  tandem_list_row_add_prefix (TANDEM_LIST_ROW (row), icon);

  enabled_switch = gtk_switch_new ();
  gtk_widget_set_valign (enabled_switch, GTK_ALIGN_CENTER);
  gtk_switch_set_active (GTK_SWITCH (enabled_switch), tandem_reminder_get_enabled (reminder));
  /* Translators: the accessible name of a reminder's on/off switch; %s is its title */
  switch_label = g_strdup_printf (_("Reminder on: %s"), title);
  gtk_accessible_update_property (GTK_ACCESSIBLE (enabled_switch),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, switch_label,
                                  -1);
  g_object_set_data_full (G_OBJECT (enabled_switch), "tandem-reminder",
                          g_object_ref (reminder), g_object_unref);
  g_signal_connect_object (enabled_switch, "notify::active",
                           G_CALLBACK (on_enabled_changed_cb), self, 0);
  tandem_list_row_add_suffix (TANDEM_LIST_ROW (row), enabled_switch);

  delete_button = gtk_button_new_from_icon_name ("user-trash-symbolic");
  gtk_widget_set_valign (delete_button, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (delete_button, "flat");
  gtk_widget_set_tooltip_text (delete_button, _("Delete Reminder"));
  /* Translators: the accessible name of a reminder's delete button; %s is its title */
  delete_label = g_strdup_printf (_("Delete reminder: %s"), title);
  gtk_accessible_update_property (GTK_ACCESSIBLE (delete_button),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, delete_label,
                                  -1);
  gtk_actionable_set_action_name (GTK_ACTIONABLE (delete_button), "reminders.delete");
  gtk_actionable_set_action_target (GTK_ACTIONABLE (delete_button), "x", id);
  tandem_list_row_add_suffix (TANDEM_LIST_ROW (row), delete_button);

  return row;
}

static void
update_empty_page (TandemRemindersPage *self)
{
  TandemPage *page = TANDEM_PAGE (self);
  TandemPerson *person = tandem_page_get_person (page);
  const char *name = person ? tandem_person_get_display_name (person) : NULL;
  g_autofree char *description = NULL;

  if (tandem_page_get_is_client (page))
    /* Translators: %s is the name of the therapist's client */
    description = g_markup_printf_escaped (_("Agree on reminders with %s at the end of a "
                                             "session. They arrive on the client’s "
                                             "computer once the plan is imported there."),
                                           name);
  else if (tandem_page_get_therapist_profile (page))
    description = g_markup_escape_text (_("Reminders nudge you at the times you choose, "
                                          "even when Tandem is closed."),
                                        -1);
  else
    description = g_markup_escape_text (_("Reminders nudge you to check in, do your "
                                          "homework or fill in a questionnaire at the "
                                          "times you choose, even when Tandem is closed."),
                                        -1);

  adw_status_page_set_description (self->empty_page, description);
}

static void
tandem_reminders_page_reload (TandemPage *page)
{
  TandemRemindersPage *self = (TandemRemindersPage *)page;
  TandemStore *store = tandem_page_get_store (page);
  TandemPerson *person = tandem_page_get_person (page);
  g_autoptr(GListStore) reminders = NULL;
  g_autoptr(GError) error = NULL;
  guint n_reminders = 0;

  g_assert (TANDEM_IS_REMINDERS_PAGE (self));

  tandem_page_clear_list (self->list);
  update_empty_page (self);

  if (store != NULL && person != NULL)
    {
      gint64 person_id = tandem_record_get_id (TANDEM_RECORD (person));

      reminders = tandem_store_list_reminders (store, person_id, &error);
      if (reminders == NULL)
        g_warning ("Could not list reminders: %s", error->message);
      else
        n_reminders = g_list_model_get_n_items (G_LIST_MODEL (reminders));
    }

  for (guint i = 0; i < n_reminders; i++)
    {
      g_autoptr(TandemReminder) reminder = g_list_model_get_item (G_LIST_MODEL (reminders), i);

      gtk_list_box_append (self->list, create_reminder_row (self, reminder));
    }

  gtk_stack_set_visible_child_name (self->stack, n_reminders > 0 ? "list" : "empty");
}

static void
show_toast (TandemRemindersPage *self,
            AdwToast            *toast)
{
  GtkWidget *overlay = gtk_widget_get_ancestor (GTK_WIDGET (self), ADW_TYPE_TOAST_OVERLAY);

  if (overlay != NULL)
    adw_toast_overlay_add_toast (ADW_TOAST_OVERLAY (overlay), toast);
  else
    g_object_unref (g_object_ref_sink (toast));
}

static void
on_editor_saved_cb (TandemRemindersPage *self)
{
  tandem_page_reload (TANDEM_PAGE (self));
}

static void
open_editor (TandemRemindersPage *self,
             TandemReminder      *reminder)
{
  TandemStore *store = tandem_page_get_store (TANDEM_PAGE (self));
  TandemPerson *person = tandem_page_get_person (TANDEM_PAGE (self));
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  GtkWidget *editor;

  if (store == NULL || person == NULL)
    return;

  editor = tandem_reminder_editor_new (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                                       store, person, reminder);
  g_signal_connect_object (editor, "saved", G_CALLBACK (on_editor_saved_cb), self, G_CONNECT_SWAPPED);
  gtk_window_present (GTK_WINDOW (editor));
}

static void
new_action (GtkWidget  *widget,
            const char *action_name,
            GVariant   *parameter)
{
  open_editor (TANDEM_REMINDERS_PAGE (widget), NULL);
}

static void
on_row_activated_cb (TandemRemindersPage *self,
                     GtkListBoxRow       *row)
{
  TandemStore *store = tandem_page_get_store (TANDEM_PAGE (self));
  TandemReminder *shown = g_object_get_data (G_OBJECT (row), "tandem-reminder");
  g_autoptr(TandemReminder) reminder = NULL;
  g_autoptr(GError) error = NULL;

  if (shown == NULL || store == NULL)
    return;

  /* Edit a copy read afresh: the service may have snoozed it meanwhile. */
  reminder = tandem_store_get (store, TANDEM_TYPE_REMINDER,
                               tandem_record_get_id (TANDEM_RECORD (shown)), &error);
  if (reminder == NULL)
    {
      g_warning ("Cannot read a reminder: %s", error->message);
      show_toast (self, adw_toast_new (error->message));
      tandem_page_reload (TANDEM_PAGE (self));
      return;
    }

  open_editor (self, reminder);
}

static void
on_undo_delete_cb (AdwToast            *toast,
                   TandemRemindersPage *self)
{
  TandemStore *store = tandem_page_get_store (TANDEM_PAGE (self));
  JsonObject *fields = g_object_get_data (G_OBJECT (toast), "tandem-reminder-fields");
  g_autoptr(TandemReminder) reminder = NULL;
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();
  g_autoptr(GTimeZone) tz = g_time_zone_new_local ();
  g_autoptr(GError) error = NULL;

  if (store == NULL || fields == NULL)
    return;

  /* The deleted reminder comes back as a new record: its tombstone stays
   * true for anyone who already imported the deletion. */
  reminder = tandem_reminder_new (0, TANDEM_REMINDER_KIND_CHECK_IN, TANDEM_RECURRENCE_DAILY,
                                  "00:00", "2000-01-01");
  if (!tandem_record_set_from_json (TANDEM_RECORD (reminder), fields, NULL, &error) ||
      !tandem_store_begin (store, &error))
    {
      g_warning ("Cannot restore a reminder: %s", error->message);
      show_toast (self, adw_toast_new (error->message));
      return;
    }

  if (!tandem_store_insert (store, TANDEM_RECORD (reminder), &error) ||
      !tandem_store_update_next_due (store, tandem_record_get_id (TANDEM_RECORD (reminder)),
                                     now, tz, &error) ||
      !tandem_store_commit (store, &error))
    {
      tandem_store_rollback (store);
      g_warning ("Cannot restore a reminder: %s", error->message);
      show_toast (self, adw_toast_new (error->message));
      return;
    }

  tandem_reminders_reschedule_service ();
  tandem_page_reload (TANDEM_PAGE (self));
}

static void
delete_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  TandemRemindersPage *self = TANDEM_REMINDERS_PAGE (widget);
  TandemStore *store = tandem_page_get_store (TANDEM_PAGE (self));
  gint64 id = g_variant_get_int64 (parameter);
  g_autoptr(TandemReminder) reminder = NULL;
  g_autoptr(JsonObject) fields = NULL;
  g_autoptr(GError) error = NULL;
  AdwToast *toast;

  if (store == NULL)
    return;

  if (!(reminder = tandem_store_get (store, TANDEM_TYPE_REMINDER, id, &error)) ||
      (fields = tandem_record_to_json (TANDEM_RECORD (reminder)),
       !tandem_store_delete (store, TANDEM_RECORD (reminder), &error)))
    {
      g_warning ("Cannot delete a reminder: %s", error->message);
      show_toast (self, adw_toast_new (error->message));
      return;
    }

  tandem_reminders_reschedule_service ();
  tandem_page_reload (TANDEM_PAGE (self));

  toast = adw_toast_new (_("Reminder deleted"));
  adw_toast_set_button_label (toast, _("_Undo"));
  g_object_set_data_full (G_OBJECT (toast), "tandem-reminder-fields",
                          g_steal_pointer (&fields), (GDestroyNotify) json_object_unref);
  g_signal_connect_object (toast, "button-clicked", G_CALLBACK (on_undo_delete_cb), self, 0);
  show_toast (self, toast);
}

static void
tandem_reminders_page_dispose (GObject *object)
{
  TandemRemindersPage *self = (TandemRemindersPage *)object;

  g_clear_object (&self->registry);

  G_OBJECT_CLASS (tandem_reminders_page_parent_class)->dispose (object);
}

static void
tandem_reminders_page_class_init (TandemRemindersPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  TandemPageClass *page_class = TANDEM_PAGE_CLASS (klass);

  object_class->dispose = tandem_reminders_page_dispose;
  page_class->reload = tandem_reminders_page_reload;

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/ui/tandem-reminders-page.ui");
  gtk_widget_class_bind_template_child (widget_class, TandemRemindersPage, stack);
  gtk_widget_class_bind_template_child (widget_class, TandemRemindersPage, empty_page);
  gtk_widget_class_bind_template_child (widget_class, TandemRemindersPage, list);
  gtk_widget_class_bind_template_callback (widget_class, on_row_activated_cb);

  gtk_widget_class_install_action (widget_class, "reminders.new", NULL, new_action);
  gtk_widget_class_install_action (widget_class, "reminders.delete", "x", delete_action);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_n, GDK_CONTROL_MASK, "reminders.new", NULL);
}

static void
tandem_reminders_page_init (TandemRemindersPage *self)
{
  g_autoptr(GError) error = NULL;

  gtk_widget_init_template (GTK_WIDGET (self));

  self->registry = tandem_scale_registry_new (&error);
  if (self->registry == NULL)
    g_warning ("Cannot list the questionnaires: %s", error->message);

  update_empty_page (self);
}

GtkWidget *
tandem_reminders_page_new (void)
{
  return g_object_new (TANDEM_TYPE_REMINDERS_PAGE, NULL);
}
