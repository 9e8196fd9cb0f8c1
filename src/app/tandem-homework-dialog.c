/* tandem-homework-dialog.c
 *
 * Copyright 2026 The Tandem authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "tandem-homework-dialog"

#include "config.h"

#include <glib/gi18n.h>

#include "tandem-homework-dialog.h"
#include "tandem-page.h"
#include "tandem-reminder-editor.h"

/* Assigns or edits one homework: title, details, a linked goal, the due
 * date and an optional daily reminder. Problems are shown beside their
 * field once Save was pressed, then follow every change; nothing typed is
 * lost when saving fails. */

#define DEFAULT_DUE_DAYS 7
#define DEFAULT_TIME     "18:00"

struct _TandemHomeworkDialog
{
  AdwWindow       parent_instance;

  TandemStore    *store;
  TandemPerson   *person;
  TandemHomework *homework;     /* the stored one, once there is one */
  char           *assigned_on;
  char           *due;
  GArray         *goal_ids;     /* gint64, parallel to the combo row, 0 first */
  gboolean        assign;
  gboolean        had_reminder;
  gboolean        show_errors;

  /* Template widgets */
  GtkLabel        *error_label;
  GtkButton       *save_button;
  AdwEntryRow     *title_row;
  GtkLabel        *title_error_label;
  GtkTextView     *details_view;
  AdwComboRow     *goal_row;
  GtkMenuButton   *due_button;
  GtkCalendar     *calendar;
  GtkWidget       *clear_due_button;
  GtkLabel        *due_error_label;
  AdwExpanderRow  *remind_row;
  AdwEntryRow     *time_row;
  GtkLabel        *time_error_label;
};

G_DEFINE_FINAL_TYPE (TandemHomeworkDialog, tandem_homework_dialog, ADW_TYPE_WINDOW)

enum {
  PROP_0,
  PROP_STORE,
  PROP_PERSON,
  PROP_HOMEWORK,
  PROP_ASSIGN,
  N_PROPS
};

enum {
  SAVED,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

static void on_calendar_day_selected_cb (TandemHomeworkDialog *self,
                                         GtkCalendar          *calendar);

static void
set_label_error (GtkLabel   *label,
                 const char *message)
{
  gtk_label_set_label (label, message ? message : "");
  gtk_widget_set_visible (GTK_WIDGET (label), message != NULL);
}

static char *
dup_title (TandemHomeworkDialog *self)
{
  return g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->title_row))));
}

static char *
dup_details (TandemHomeworkDialog *self)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (self->details_view);
  GtkTextIter start, end;

  gtk_text_buffer_get_bounds (buffer, &start, &end);
  return g_strstrip (gtk_text_buffer_get_text (buffer, &start, &end, FALSE));
}

static char *
dup_time (TandemHomeworkDialog *self)
{
  return g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->time_row))));
}

static gint64
get_goal_id (TandemHomeworkDialog *self)
{
  guint selected = adw_combo_row_get_selected (self->goal_row);

  if (selected >= self->goal_ids->len)
    return 0;

  return g_array_index (self->goal_ids, gint64, selected);
}

static gint64
get_person_id (TandemHomeworkDialog *self)
{
  return self->person ? tandem_record_get_id (TANDEM_RECORD (self->person)) : 0;
}

/* The core knows the rules and their sentences: each field is checked on
 * a draft that holds only what that field needs. */
static char *
dup_title_problem (TandemHomeworkDialog *self)
{
  g_autofree char *title = dup_title (self);
  g_autoptr(TandemHomework) draft = tandem_homework_new (get_person_id (self), title, self->assigned_on);
  g_autoptr(GError) error = NULL;

  if (tandem_record_check_input (TANDEM_RECORD (draft), &error))
    return NULL;

  return g_strdup (error->message);
}

static char *
dup_due_problem (TandemHomeworkDialog *self)
{
  g_autoptr(TandemHomework) draft = tandem_homework_new (get_person_id (self), "-", self->assigned_on);
  g_autoptr(GError) error = NULL;

  tandem_homework_set_due_on (draft, self->due);
  if (tandem_record_check_input (TANDEM_RECORD (draft), &error))
    return NULL;

  return g_strdup (error->message);
}

static char *
dup_time_problem (TandemHomeworkDialog *self)
{
  g_autofree char *time = NULL;

  if (!adw_expander_row_get_enable_expansion (self->remind_row))
    return NULL;

  time = dup_time (self);
  if (tandem_schedule_parse_time_of_day (time, NULL))
    return NULL;

  /* Translators: %s is what was entered as a time of day */
  return g_strdup_printf (_("“%s” is not a time of day. Write it as HH:MM, such as 18:30."), time);
}

/* Shows the problems beside their fields once Save was pressed; returns the
 * first problem's field, or %NULL when there is none. */
static GtkWidget *
update_problems (TandemHomeworkDialog  *self,
                 char                 **first_message)
{
  g_autofree char *title = dup_title_problem (self);
  g_autofree char *due = dup_due_problem (self);
  g_autofree char *time = dup_time_problem (self);
  GtkWidget *field = NULL;

  if (self->show_errors)
    {
      set_label_error (self->title_error_label, title);
      set_label_error (self->due_error_label, due);
      set_label_error (self->time_error_label, time);
    }

  if (title != NULL)
    field = GTK_WIDGET (self->title_row);
  else if (due != NULL)
    field = GTK_WIDGET (self->due_button);
  else if (time != NULL)
    field = GTK_WIDGET (self->time_row);

  if (first_message != NULL)
    *first_message = g_strdup (title ? title : due ? due : time);

  return field;
}

static void
on_field_changed_cb (TandemHomeworkDialog *self)
{
  if (self->show_errors)
    update_problems (self, NULL);
}

static void
update_due (TandemHomeworkDialog *self)
{
  g_autofree char *label = NULL;
  g_autofree char *accessible = NULL;

  if (self->due != NULL)
    label = tandem_page_format_day (self->due);
  else
    label = g_strdup (_("No due date"));

  gtk_menu_button_set_label (self->due_button, label);
  /* Translators: %s is a date, e.g. "Friday, December 11, 2026", or "No due date" */
  accessible = g_strdup_printf (_("Due date: %s"), label);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->due_button),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, accessible,
                                  -1);
  gtk_widget_set_visible (self->clear_due_button, self->due != NULL);

  if (self->due != NULL)
    {
      g_autoptr(GDateTime) date_time = NULL;
      GDate date;

      if (tandem_date_parse (self->due, &date))
        {
          date_time = g_date_time_new_local (g_date_get_year (&date), g_date_get_month (&date),
                                             g_date_get_day (&date), 12, 0, 0);
          g_signal_handlers_block_by_func (self->calendar, on_calendar_day_selected_cb, self);
          gtk_calendar_select_day (self->calendar, date_time);
          g_signal_handlers_unblock_by_func (self->calendar, on_calendar_day_selected_cb, self);
        }
    }

  on_field_changed_cb (self);
}

static void
on_calendar_day_selected_cb (TandemHomeworkDialog *self,
                             GtkCalendar          *calendar)
{
  g_autoptr(GDateTime) date_time = gtk_calendar_get_date (calendar);
  g_autofree char *day = g_date_time_format (date_time, "%Y-%m-%d");

  tandem_homework_dialog_set_due (self, day);
  gtk_menu_button_popdown (self->due_button);
}

/* The keyboard goes straight to the days, not to the month's arrows. */
static void
on_due_popover_show_cb (TandemHomeworkDialog *self,
                        GtkPopover           *popover)
{
  gtk_widget_grab_focus (GTK_WIDGET (self->calendar));
}

static void
clear_due_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *param)
{
  TandemHomeworkDialog *self = TANDEM_HOMEWORK_DIALOG (widget);

  tandem_homework_dialog_set_due (self, NULL);
  gtk_widget_grab_focus (GTK_WIDGET (self->due_button));
}

static void
fill_goals (TandemHomeworkDialog *self)
{
  g_autoptr(GtkStringList) names = gtk_string_list_new (NULL);
  g_autoptr(GListStore) goals = NULL;
  g_autoptr(GError) error = NULL;
  gint64 linked = self->homework ? tandem_homework_get_goal_id (self->homework) : 0;
  gint64 none = 0;
  guint selected = 0;

  g_array_set_size (self->goal_ids, 0);
  gtk_string_list_append (names, _("No goal"));
  g_array_append_val (self->goal_ids, none);

  if (self->store != NULL && self->person != NULL &&
      !(goals = tandem_store_list_goals (self->store, get_person_id (self), &error)))
    g_warning ("Cannot list the goals: %s", error->message);

  for (guint i = 0; goals != NULL && i < g_list_model_get_n_items (G_LIST_MODEL (goals)); i++)
    {
      g_autoptr(TandemGoal) goal = g_list_model_get_item (G_LIST_MODEL (goals), i);
      gint64 id = tandem_record_get_id (TANDEM_RECORD (goal));

      /* Active goals, and the one it is linked to whatever its status. */
      if (tandem_goal_get_status (goal) != TANDEM_GOAL_STATUS_ACTIVE && id != linked)
        continue;

      if (id == linked)
        selected = self->goal_ids->len;
      gtk_string_list_append (names, tandem_goal_get_title (goal));
      g_array_append_val (self->goal_ids, id);
    }

  adw_combo_row_set_model (self->goal_row, G_LIST_MODEL (names));
  adw_combo_row_set_selected (self->goal_row, selected);
}

static void
load_reminder (TandemHomeworkDialog *self)
{
  g_autoptr(GListStore) reminders = NULL;
  g_autoptr(TandemReminder) reminder = NULL;
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) times = NULL;

  if (!(reminders = tandem_homework_list_reminders (self->store, self->homework, &error)))
    {
      g_warning ("Cannot read the homework's reminder: %s", error->message);
      return;
    }

  if (g_list_model_get_n_items (G_LIST_MODEL (reminders)) == 0)
    return;

  reminder = g_list_model_get_item (G_LIST_MODEL (reminders), 0);
  times = g_strsplit (tandem_reminder_get_times (reminder) ? tandem_reminder_get_times (reminder) : "",
                      ",", 2);
  if (times[0] != NULL && tandem_schedule_parse_time_of_day (times[0], NULL))
    gtk_editable_set_text (GTK_EDITABLE (self->time_row), times[0]);
  adw_expander_row_set_enable_expansion (self->remind_row, TRUE);
  self->had_reminder = TRUE;
}

static void
save_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *param)
{
  TandemHomeworkDialog *self = TANDEM_HOMEWORK_DIALOG (widget);
  g_autoptr(GError) error = NULL;

  if (!tandem_homework_dialog_save (self, &error))
    {
      g_debug ("Homework not saved: %s", error->message);
      /* A field's problem is shown beside it; others at the top. */
      if (update_problems (self, NULL) == NULL)
        set_label_error (self->error_label, error->message);
      return;
    }

  gtk_window_close (GTK_WINDOW (self));
}

static void
tandem_homework_dialog_constructed (GObject *object)
{
  TandemHomeworkDialog *self = (TandemHomeworkDialog *)object;

  G_OBJECT_CLASS (tandem_homework_dialog_parent_class)->constructed (object);

  if (self->homework != NULL)
    {
      g_autofree char *details = NULL;

      gtk_window_set_title (GTK_WINDOW (self), _("Edit Homework"));
      self->assigned_on = g_strdup (tandem_homework_get_assigned_on (self->homework));
      self->due = g_strdup (tandem_homework_get_due_on (self->homework));
      gtk_editable_set_text (GTK_EDITABLE (self->title_row), tandem_homework_get_title (self->homework));
      details = g_strdup (tandem_homework_get_details (self->homework));
      gtk_text_buffer_set_text (gtk_text_view_get_buffer (self->details_view), details ? details : "", -1);
      if (self->store != NULL)
        load_reminder (self);
    }
  else
    {
      if (self->assign)
        {
          gtk_window_set_title (GTK_WINDOW (self), _("Assign Homework"));
          gtk_button_set_label (self->save_button, _("Assign"));
          gtk_widget_set_tooltip_text (GTK_WIDGET (self->save_button), _("Assign (Ctrl+Enter)"));
        }
      self->assigned_on = self->store ? tandem_quick_check_in_dup_today (self->store) : tandem_date_today ();
      self->due = tandem_date_add_days (self->assigned_on, DEFAULT_DUE_DAYS);
    }

  fill_goals (self);
  update_due (self);
}

static void
tandem_homework_dialog_dispose (GObject *object)
{
  TandemHomeworkDialog *self = (TandemHomeworkDialog *)object;

  gtk_widget_dispose_template (GTK_WIDGET (self), TANDEM_TYPE_HOMEWORK_DIALOG);

  g_clear_object (&self->store);
  g_clear_object (&self->person);
  g_clear_object (&self->homework);

  G_OBJECT_CLASS (tandem_homework_dialog_parent_class)->dispose (object);
}

static void
tandem_homework_dialog_finalize (GObject *object)
{
  TandemHomeworkDialog *self = (TandemHomeworkDialog *)object;

  g_free (self->assigned_on);
  g_free (self->due);
  g_array_unref (self->goal_ids);

  G_OBJECT_CLASS (tandem_homework_dialog_parent_class)->finalize (object);
}

static void
tandem_homework_dialog_get_property (GObject    *object,
                                     guint       prop_id,
                                     GValue     *value,
                                     GParamSpec *pspec)
{
  TandemHomeworkDialog *self = TANDEM_HOMEWORK_DIALOG (object);

  switch (prop_id)
    {
    case PROP_STORE:
      g_value_set_object (value, self->store);
      break;

    case PROP_PERSON:
      g_value_set_object (value, self->person);
      break;

    case PROP_HOMEWORK:
      g_value_set_object (value, self->homework);
      break;

    case PROP_ASSIGN:
      g_value_set_boolean (value, self->assign);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
tandem_homework_dialog_set_property (GObject      *object,
                                     guint         prop_id,
                                     const GValue *value,
                                     GParamSpec   *pspec)
{
  TandemHomeworkDialog *self = TANDEM_HOMEWORK_DIALOG (object);

  switch (prop_id)
    {
    case PROP_STORE:
      self->store = g_value_dup_object (value);
      break;

    case PROP_PERSON:
      self->person = g_value_dup_object (value);
      break;

    case PROP_HOMEWORK:
      self->homework = g_value_dup_object (value);
      break;

    case PROP_ASSIGN:
      self->assign = g_value_get_boolean (value);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
tandem_homework_dialog_class_init (TandemHomeworkDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = tandem_homework_dialog_constructed;
  object_class->dispose = tandem_homework_dialog_dispose;
  object_class->finalize = tandem_homework_dialog_finalize;
  object_class->get_property = tandem_homework_dialog_get_property;
  object_class->set_property = tandem_homework_dialog_set_property;

  properties[PROP_STORE] =
    g_param_spec_object ("store", NULL, NULL,
                         TANDEM_TYPE_STORE,
                         (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS));
  properties[PROP_PERSON] =
    g_param_spec_object ("person", NULL, NULL,
                         TANDEM_TYPE_PERSON,
                         (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS));
  properties[PROP_HOMEWORK] =
    g_param_spec_object ("homework", NULL, NULL,
                         TANDEM_TYPE_HOMEWORK,
                         (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS));
  properties[PROP_ASSIGN] =
    g_param_spec_boolean ("assign", NULL, NULL,
                          FALSE,
                          (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS));
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * TandemHomeworkDialog::saved:
   * @homework: the stored homework
   *
   * Emitted after the homework (and its reminder) was written.
   */
  signals[SAVED] = g_signal_new ("saved",
                                 G_TYPE_FROM_CLASS (klass),
                                 G_SIGNAL_RUN_LAST,
                                 0, NULL, NULL, NULL,
                                 G_TYPE_NONE, 1, TANDEM_TYPE_HOMEWORK);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/ui/tandem-homework-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, TandemHomeworkDialog, error_label);
  gtk_widget_class_bind_template_child (widget_class, TandemHomeworkDialog, save_button);
  gtk_widget_class_bind_template_child (widget_class, TandemHomeworkDialog, title_row);
  gtk_widget_class_bind_template_child (widget_class, TandemHomeworkDialog, title_error_label);
  gtk_widget_class_bind_template_child (widget_class, TandemHomeworkDialog, details_view);
  gtk_widget_class_bind_template_child (widget_class, TandemHomeworkDialog, goal_row);
  gtk_widget_class_bind_template_child (widget_class, TandemHomeworkDialog, due_button);
  gtk_widget_class_bind_template_child (widget_class, TandemHomeworkDialog, calendar);
  gtk_widget_class_bind_template_child (widget_class, TandemHomeworkDialog, clear_due_button);
  gtk_widget_class_bind_template_child (widget_class, TandemHomeworkDialog, due_error_label);
  gtk_widget_class_bind_template_child (widget_class, TandemHomeworkDialog, remind_row);
  gtk_widget_class_bind_template_child (widget_class, TandemHomeworkDialog, time_row);
  gtk_widget_class_bind_template_child (widget_class, TandemHomeworkDialog, time_error_label);
  gtk_widget_class_bind_template_callback (widget_class, on_field_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_calendar_day_selected_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_due_popover_show_cb);

  gtk_widget_class_install_action (widget_class, "homework.save", NULL, save_action);
  gtk_widget_class_install_action (widget_class, "homework.clear-due", NULL, clear_due_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_s, GDK_CONTROL_MASK, "homework.save", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static GtkWidget *
find_child_of_type (GtkWidget *widget,
                    GType      type)
{
  if (G_TYPE_CHECK_INSTANCE_TYPE (widget, type))
    return widget;

  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_child_of_type (child, type);

      if (found != NULL)
        return found;
    }

  return NULL;
}

/* libadwaita 1.2 leaves the switch of an expander row and the text of an
 * entry row without an accessible name. */
static void
name_inner (GtkWidget  *row,
            GType       type,
            const char *name)
{
  GtkWidget *inner = find_child_of_type (row, type);

  if (inner != NULL)
    gtk_accessible_update_property (GTK_ACCESSIBLE (inner),
                                    GTK_ACCESSIBLE_PROPERTY_LABEL, name,
                                    -1);
}

static void
tandem_homework_dialog_init (TandemHomeworkDialog *self)
{
  GtkEventController *controller;
  const guint enter_keys[] = { GDK_KEY_Return, GDK_KEY_KP_Enter, GDK_KEY_ISO_Enter };

  self->goal_ids = g_array_new (FALSE, FALSE, sizeof (gint64));

  gtk_widget_init_template (GTK_WIDGET (self));

  gtk_editable_set_text (GTK_EDITABLE (self->time_row), DEFAULT_TIME);

  name_inner (GTK_WIDGET (self->remind_row), GTK_TYPE_SWITCH, _("Remind"));
  name_inner (GTK_WIDGET (self->title_row), GTK_TYPE_TEXT, _("Title"));
  name_inner (GTK_WIDGET (self->time_row), GTK_TYPE_TEXT, _("Time of day"));

  /* Ctrl+Enter saves from anywhere, the details' text view included. */
  controller = gtk_shortcut_controller_new ();
  gtk_event_controller_set_propagation_phase (controller, GTK_PHASE_CAPTURE);
  for (guint i = 0; i < G_N_ELEMENTS (enter_keys); i++)
    gtk_shortcut_controller_add_shortcut (GTK_SHORTCUT_CONTROLLER (controller),
                                          gtk_shortcut_new (gtk_keyval_trigger_new (enter_keys[i],
                                                                                    GDK_CONTROL_MASK),
                                                            gtk_named_action_new ("homework.save")));
  gtk_widget_add_controller (GTK_WIDGET (self), controller);
}

/**
 * tandem_homework_dialog_new:
 * @parent: (nullable): the window it belongs to
 * @store: the store
 * @person: whose homework it is
 * @homework: (nullable): a stored homework to edit, or %NULL for a new one
 * @assign: a therapist assigns it to a client: say "Assign"
 *
 * Returns: (transfer floating): a new modal dialog
 */
GtkWidget *
tandem_homework_dialog_new (GtkWindow      *parent,
                            TandemStore    *store,
                            TandemPerson   *person,
                            TandemHomework *homework,
                            gboolean        assign)
{
  g_return_val_if_fail (!parent || GTK_IS_WINDOW (parent), NULL);
  g_return_val_if_fail (!store || TANDEM_IS_STORE (store), NULL);
  g_return_val_if_fail (!person || TANDEM_IS_PERSON (person), NULL);
  g_return_val_if_fail (!homework || TANDEM_IS_HOMEWORK (homework), NULL);

  return g_object_new (TANDEM_TYPE_HOMEWORK_DIALOG,
                       "transient-for", parent,
                       "store", store,
                       "person", person,
                       "homework", homework,
                       "assign", assign,
                       NULL);
}

/**
 * tandem_homework_dialog_get_homework:
 *
 * Returns: (transfer none) (nullable): the stored homework: the one edited,
 *   or the new one once it was saved
 */
TandemHomework *
tandem_homework_dialog_get_homework (TandemHomeworkDialog *self)
{
  g_return_val_if_fail (TANDEM_IS_HOMEWORK_DIALOG (self), NULL);

  return self->homework;
}

/**
 * tandem_homework_dialog_get_due:
 *
 * Returns: (nullable): the due date chosen, "YYYY-MM-DD", or %NULL for none
 */
const char *
tandem_homework_dialog_get_due (TandemHomeworkDialog *self)
{
  g_return_val_if_fail (TANDEM_IS_HOMEWORK_DIALOG (self), NULL);

  return self->due;
}

/**
 * tandem_homework_dialog_set_due:
 * @day: (nullable): "YYYY-MM-DD", or %NULL for no due date
 */
void
tandem_homework_dialog_set_due (TandemHomeworkDialog *self,
                                const char           *day)
{
  g_return_if_fail (TANDEM_IS_HOMEWORK_DIALOG (self));
  g_return_if_fail (day == NULL || tandem_date_is_valid (day));

  if (g_strcmp0 (day, self->due) == 0)
    return;

  g_free (self->due);
  self->due = g_strdup (day);
  update_due (self);
}

/**
 * tandem_homework_dialog_save:
 * @error: where to put the reason it failed
 *
 * Writes the homework and its reminder (made, moved or removed as the
 * Remind switch says) in one transaction, tells the reminder service and
 * emits #TandemHomeworkDialog::saved. On failure nothing was written, the
 * problem is shown beside its field and the dialog keeps what was entered.
 *
 * Returns: %TRUE when saved
 */
gboolean
tandem_homework_dialog_save (TandemHomeworkDialog  *self,
                             GError               **error)
{
  g_autoptr(TandemHomework) homework = NULL;
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();
  g_autoptr(GTimeZone) tz = g_time_zone_new_local ();
  g_autofree char *problem = NULL;
  g_autofree char *title = NULL;
  g_autofree char *details = NULL;
  g_autofree char *time = NULL;
  GtkWidget *field;
  gboolean remind;

  g_return_val_if_fail (TANDEM_IS_HOMEWORK_DIALOG (self), FALSE);

  if (self->store == NULL || self->person == NULL)
    {
      g_set_error_literal (error, TANDEM_STORE_ERROR, TANDEM_STORE_ERROR_INVALID,
                           _("There is nobody to assign homework to yet."));
      return FALSE;
    }

  self->show_errors = TRUE;
  set_label_error (self->error_label, NULL);
  if ((field = update_problems (self, &problem)) != NULL)
    {
      gtk_widget_grab_focus (field);
      g_set_error_literal (error, TANDEM_STORE_ERROR, TANDEM_STORE_ERROR_INVALID, problem);
      return FALSE;
    }

  title = dup_title (self);
  details = dup_details (self);
  time = dup_time (self);
  remind = adw_expander_row_get_enable_expansion (self->remind_row);

  /* A new homework is made afresh for each attempt: one whose insert was
   * rolled back must not look stored. */
  homework = self->homework ? g_object_ref (self->homework)
                            : tandem_homework_new (get_person_id (self), title, self->assigned_on);
  tandem_homework_set_title (homework, title);
  tandem_homework_set_details (homework, details[0] != '\0' ? details : NULL);
  tandem_homework_set_goal_id (homework, get_goal_id (self));
  tandem_homework_set_due_on (homework, self->due);

  if (!tandem_store_begin (self->store, error))
    return FALSE;

  if (!tandem_homework_save (self->store, homework, error) ||
      ((remind || self->had_reminder) &&
       !tandem_homework_set_reminder (self->store, homework, remind ? time : NULL, now, tz, error)) ||
      !tandem_store_commit (self->store, error))
    {
      tandem_store_rollback (self->store);
      return FALSE;
    }

  g_set_object (&self->homework, homework);
  self->had_reminder = remind;

  tandem_reminders_reschedule_service ();
  g_signal_emit (self, signals[SAVED], 0, homework);

  return TRUE;
}
