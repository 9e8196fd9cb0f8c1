/* tandem-homework-page.c
 *
 * Copyright 2026 The Tandem authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "tandem-homework-page"

#include "config.h"

#include <glib/gi18n.h>

#include "tandem-homework-dialog.h"
#include "tandem-homework-page.h"
#include "tandem-reminder-editor.h"

/* A person's homework: what is still to do, by due date, with a check
 * button to mark it done, and what is done. A therapist assigns homework to
 * a client here; a client keeps their own list. */

#define COMPLETION_DAYS 28

struct _TandemHomeworkPage
{
  TandemPage         parent_instance;

  gint64             person_id;        /* whose rows are shown */
  gint64             focus_id;         /* a toggled row, to focus again */
  guint              n_reloads;
  GPtrArray         *pending_deletes;  /* PendingDelete */

  /* Template widgets */
  GtkStack          *stack;
  AdwStatusPage     *empty_page;
  GtkButton         *empty_new_button;
  GtkLabel          *completion_label;
  GtkWidget         *new_button;
  AdwButtonContent  *new_button_content;
  GtkWidget         *nothing_open_label;
  GtkListBox        *open_list;
  GtkWidget         *done_heading;
  GtkListBox        *done_list;
};

G_DEFINE_FINAL_TYPE (TandemHomeworkPage, tandem_homework_page, TANDEM_TYPE_PAGE)

typedef struct
{
  TandemHomeworkPage *page;
  TandemHomework     *homework;
  AdwToast           *toast;
} PendingDelete;

static void
pending_delete_free (gpointer data)
{
  PendingDelete *pending = data;

  g_signal_handlers_disconnect_by_data (pending->toast, pending);
  g_object_unref (pending->toast);
  g_object_unref (pending->homework);
  g_free (pending);
}

static gboolean
is_pending_delete (TandemHomeworkPage *self,
                   gint64              id)
{
  for (guint i = 0; i < self->pending_deletes->len; i++)
    {
      PendingDelete *pending = g_ptr_array_index (self->pending_deletes, i);

      if (tandem_record_get_id (TANDEM_RECORD (pending->homework)) == id)
        return TRUE;
    }

  return FALSE;
}

static void
show_toast (TandemHomeworkPage *self,
            AdwToast           *toast)
{
  GtkWidget *overlay = gtk_widget_get_ancestor (GTK_WIDGET (self), ADW_TYPE_TOAST_OVERLAY);

  if (overlay != NULL)
    adw_toast_overlay_add_toast (ADW_TOAST_OVERLAY (overlay), toast);
  else
    g_object_unref (g_object_ref_sink (toast));
}

static void
show_message (TandemHomeworkPage *self,
              const char         *message)
{
  g_autofree char *escaped = g_markup_escape_text (message, -1);

  show_toast (self, adw_toast_new (escaped));
}

/* A therapist assigns homework to a client; everyone else keeps their own. */
static gboolean
is_assigning (TandemHomeworkPage *self)
{
  return tandem_page_get_therapist_profile (TANDEM_PAGE (self)) &&
         tandem_page_get_is_client (TANDEM_PAGE (self));
}

static void
update_wording (TandemHomeworkPage *self)
{
  TandemPage *page = TANDEM_PAGE (self);
  TandemPerson *person = tandem_page_get_person (page);
  g_autofree char *description = NULL;
  const char *label;
  const char *tooltip;

  if (is_assigning (self))
    {
      label = _("_Assign Homework");
      tooltip = _("Assign Homework (Ctrl+N)");
      /* Translators: %s is the name of the therapist's client */
      description = g_markup_printf_escaped (_("Agree on homework with %s in session: what to do, "
                                               "by when, and a reminder if it helps. It reaches the "
                                               "client’s computer with the plan."),
                                             person ? tandem_person_get_display_name (person) : "");
    }
  else
    {
      label = _("_New Homework");
      tooltip = _("New Homework (Ctrl+N)");
      if (tandem_page_get_therapist_profile (page))
        description = g_markup_escape_text (_("Tasks to do between sessions, with a due date "
                                              "and a reminder if it helps."), -1);
      else
        description = g_markup_escape_text (_("Homework is what you agreed to try between "
                                              "sessions. Keep it here and tick it off when "
                                              "it is done."), -1);
    }

  gtk_button_set_label (self->empty_new_button, label);
  adw_button_content_set_label (self->new_button_content, label);
  gtk_widget_set_tooltip_text (self->new_button, tooltip);
  adw_status_page_set_description (self->empty_page, description);
}

/* Rows --------------------------------------------------------------------- */

static gboolean
reload_idle_cb (gpointer user_data)
{
  tandem_page_reload (TANDEM_PAGE (user_data));

  return G_SOURCE_REMOVE;
}

static void
on_done_toggled_cb (GtkCheckButton     *check,
                    TandemHomeworkPage *self)
{
  TandemStore *store = tandem_page_get_store (TANDEM_PAGE (self));
  TandemHomework *homework = g_object_get_data (G_OBJECT (check), "tandem-homework");
  gboolean active = gtk_check_button_get_active (check);
  g_autoptr(GError) error = NULL;

  if (store == NULL || homework == NULL)
    return;

  if (!tandem_homework_mark_done (store, homework, active, &error))
    {
      g_warning ("Could not mark homework: %s", error->message);
      g_signal_handlers_block_by_func (check, on_done_toggled_cb, self);
      gtk_check_button_set_active (check, !active);
      g_signal_handlers_unblock_by_func (check, on_done_toggled_cb, self);
      show_message (self, error->message);
      return;
    }

  /* A reminder "only if not done" has nothing left to say. */
  tandem_reminders_reschedule_service ();

  /* Not from inside the button's own signal: the reload replaces it. */
  self->focus_id = tandem_record_get_id (TANDEM_RECORD (homework));
  g_idle_add_full (G_PRIORITY_DEFAULT_IDLE, reload_idle_cb, g_object_ref (self), g_object_unref);
}

static GtkWidget *
create_row (TandemHomeworkPage *self,
            TandemHomework     *homework,
            const char         *today,
            GHashTable         *goal_titles)
{
  const char *title = tandem_homework_get_title (homework);
  const char *details = tandem_homework_get_details (homework);
  gint64 goal_id = tandem_homework_get_goal_id (homework);
  const char *goal_title = goal_id ? g_hash_table_lookup (goal_titles, &goal_id) : NULL;
  gint64 id = tandem_record_get_id (TANDEM_RECORD (homework));
  g_autofree char *due = tandem_homework_describe_due (homework, today);
  g_autofree char *when = NULL;
  g_autofree char *subtitle = NULL;
  g_autofree char *check_label = NULL;
  g_autofree char *delete_label = NULL;
  GtkWidget *row, *check, *delete_button;

  if (goal_title != NULL)
    /* Translators: %1$s says when it is due, such as “Due Friday”; %2$s is
     * the title of the goal the homework serves */
    when = g_strdup_printf (_("%1$s · %2$s"), due, goal_title);
  else
    when = g_strdup (due);

  if (details != NULL && details[0] != '\0')
    subtitle = g_strdup_printf ("%s\n%s", when, details);
  else
    subtitle = g_steal_pointer (&when);

  row = tandem_page_create_row (title, subtitle);
  tandem_list_row_set_subtitle_lines (TANDEM_LIST_ROW (row), 3);
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
  g_object_set_data (G_OBJECT (row), "tandem-homework-id", GSIZE_TO_POINTER (id));

  check = gtk_check_button_new ();
  gtk_widget_set_valign (check, GTK_ALIGN_CENTER);
  gtk_check_button_set_active (GTK_CHECK_BUTTON (check), tandem_homework_get_done_at (homework) != 0);
  gtk_widget_set_tooltip_text (check, _("Done"));
  /* Translators: the accessible name of a homework's check button; %s is its title */
  check_label = g_strdup_printf (_("Mark “%s” done"), title);
  gtk_accessible_update_property (GTK_ACCESSIBLE (check),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, check_label,
                                  -1);
  g_object_set_data_full (G_OBJECT (check), "tandem-homework", g_object_ref (homework), g_object_unref);
  g_signal_connect_object (check, "toggled", G_CALLBACK (on_done_toggled_cb), self, 0);
  tandem_list_row_add_prefix (TANDEM_LIST_ROW (row), check);
  g_object_set_data (G_OBJECT (row), "tandem-check", check);

  delete_button = gtk_button_new_from_icon_name ("user-trash-symbolic");
  gtk_widget_set_valign (delete_button, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (delete_button, "flat");
  gtk_widget_set_tooltip_text (delete_button, _("Delete Homework"));
  /* Translators: the accessible name of a homework's delete button; %s is its title */
  delete_label = g_strdup_printf (_("Delete “%s”"), title);
  gtk_accessible_update_property (GTK_ACCESSIBLE (delete_button),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, delete_label,
                                  -1);
  gtk_actionable_set_action_name (GTK_ACTIONABLE (delete_button), "homework.delete");
  gtk_actionable_set_action_target (GTK_ACTIONABLE (delete_button), "x", id);
  tandem_list_row_add_suffix (TANDEM_LIST_ROW (row), delete_button);

  return row;
}

static GHashTable *
read_goal_titles (TandemStore *store,
                  gint64       person_id)
{
  GHashTable *titles = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, g_free);
  g_autoptr(GListStore) goals = NULL;
  g_autoptr(GError) error = NULL;

  if (!(goals = tandem_store_list_goals (store, person_id, &error)))
    {
      g_warning ("Cannot list the goals: %s", error->message);
      return titles;
    }

  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (goals)); i++)
    {
      g_autoptr(TandemGoal) goal = g_list_model_get_item (G_LIST_MODEL (goals), i);

      g_hash_table_insert (titles, g_memdup2 (&(gint64) { tandem_record_get_id (TANDEM_RECORD (goal)) },
                                              sizeof (gint64)),
                           g_strdup (tandem_goal_get_title (goal)));
    }

  return titles;
}

static void
update_completion (TandemHomeworkPage *self,
                   TandemStore        *store,
                   gint64              person_id,
                   const char         *today)
{
  g_autofree char *from = tandem_date_add_days (today, -(COMPLETION_DAYS - 1));
  g_autofree char *text = NULL;
  g_autoptr(GError) error = NULL;
  TandemHomeworkCompletion completion = { 0, 0, 0 };

  if (!tandem_homework_get_completion (store, person_id, from, today, &completion, &error))
    {
      g_warning ("Cannot count the homework done: %s", error->message);
      completion.due = 0;
    }

  gtk_widget_set_visible (GTK_WIDGET (self->completion_label), completion.due > 0);
  if (completion.due == 0)
    return;

  /* Translators: %1$u is how many tasks are done, %2$u how many came due */
  text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                       "%1$u of %2$u task due in the last four weeks done",
                                       "%1$u of %2$u tasks due in the last four weeks done",
                                       completion.due),
                          completion.done, completion.due);
  gtk_label_set_label (self->completion_label, text);
}

/* Deleting with undo ------------------------------------------------------ */

static void
carry_out_delete (TandemHomeworkPage *self,
                  PendingDelete      *pending)
{
  TandemStore *store = tandem_page_get_store (TANDEM_PAGE (self));
  g_autoptr(GError) error = NULL;

  if (store == NULL || !tandem_record_is_stored (TANDEM_RECORD (pending->homework)))
    return;

  if (!tandem_homework_delete (store, pending->homework, &error) &&
      !g_error_matches (error, TANDEM_STORE_ERROR, TANDEM_STORE_ERROR_NOT_FOUND))
    {
      g_warning ("Could not delete homework: %s", error->message);
      show_message (self, error->message);
      return;
    }

  tandem_reminders_reschedule_service ();
}

static void
flush_pending_deletes (TandemHomeworkPage *self)
{
  g_autoptr(GPtrArray) pending = NULL;

  if (self->pending_deletes->len == 0)
    return;

  pending = g_steal_pointer (&self->pending_deletes);
  self->pending_deletes = g_ptr_array_new_with_free_func (pending_delete_free);

  for (guint i = 0; i < pending->len; i++)
    {
      PendingDelete *item = g_ptr_array_index (pending, i);

      g_signal_handlers_disconnect_by_data (item->toast, item);
      carry_out_delete (self, item);
      /* Its Undo can do nothing any more. */
      adw_toast_dismiss (item->toast);
    }
}

static void
on_toast_dismissed_cb (AdwToast      *toast,
                       PendingDelete *pending)
{
  TandemHomeworkPage *self = pending->page;

  carry_out_delete (self, pending);
  /* Frees @pending, which disconnects this handler. */
  g_ptr_array_remove (self->pending_deletes, pending);
  tandem_page_reload (TANDEM_PAGE (self));
}

static void
delete_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  TandemHomeworkPage *self = TANDEM_HOMEWORK_PAGE (widget);
  TandemStore *store = tandem_page_get_store (TANDEM_PAGE (self));
  gint64 id = g_variant_get_int64 (parameter);
  g_autoptr(TandemHomework) homework = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *title = NULL;
  PendingDelete *pending;

  if (store == NULL || is_pending_delete (self, id))
    return;

  if (!(homework = tandem_store_get (store, TANDEM_TYPE_HOMEWORK, id, &error)))
    {
      show_message (self, error->message);
      tandem_page_reload (TANDEM_PAGE (self));
      return;
    }

  /* Translators: %s is the title of a homework; shown in a toast with Undo */
  title = g_markup_printf_escaped (_("“%s” deleted"), tandem_homework_get_title (homework));

  pending = g_new0 (PendingDelete, 1);
  pending->page = self;
  pending->homework = g_steal_pointer (&homework);
  pending->toast = g_object_ref_sink (adw_toast_new (title));
  adw_toast_set_button_label (pending->toast, _("_Undo"));
  adw_toast_set_action_name (pending->toast, "homework.undo-delete");
  adw_toast_set_action_target (pending->toast, "x", id);
  g_signal_connect (pending->toast, "dismissed", G_CALLBACK (on_toast_dismissed_cb), pending);
  g_ptr_array_add (self->pending_deletes, pending);

  show_toast (self, g_object_ref (pending->toast));
  tandem_page_reload (TANDEM_PAGE (self));
}

static void
undo_delete_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  TandemHomeworkPage *self = TANDEM_HOMEWORK_PAGE (widget);
  gint64 id = g_variant_get_int64 (parameter);

  for (guint i = 0; i < self->pending_deletes->len; i++)
    {
      PendingDelete *pending = g_ptr_array_index (self->pending_deletes, i);

      if (tandem_record_get_id (TANDEM_RECORD (pending->homework)) == id)
        {
          /* Forgets the deletion; the toast's button dismisses the toast. */
          g_ptr_array_remove_index (self->pending_deletes, i);
          tandem_page_reload (TANDEM_PAGE (self));
          return;
        }
    }
}

/* Reloading ---------------------------------------------------------------- */

static void
tandem_homework_page_reload (TandemPage *page)
{
  TandemHomeworkPage *self = (TandemHomeworkPage *)page;
  TandemStore *store = tandem_page_get_store (page);
  TandemPerson *person = tandem_page_get_person (page);
  g_autoptr(GListStore) list = NULL;
  g_autoptr(GHashTable) goal_titles = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *today = NULL;
  gint64 person_id = person ? tandem_record_get_id (TANDEM_RECORD (person)) : 0;
  guint n_open = 0, n_done = 0;
  GtkWidget *focus = NULL;

  g_assert (TANDEM_IS_HOMEWORK_PAGE (self));

  self->n_reloads++;

  /* Another person's deletions are not undone from here. */
  if (person_id != self->person_id)
    {
      flush_pending_deletes (self);
      self->person_id = person_id;
    }

  tandem_page_clear_list (self->open_list);
  tandem_page_clear_list (self->done_list);
  update_wording (self);

  if (store != NULL && person != NULL)
    {
      today = tandem_quick_check_in_dup_today (store);
      goal_titles = read_goal_titles (store, person_id);
      if (!(list = tandem_homework_list (store, person_id, FALSE, &error)))
        g_warning ("Could not list homework: %s", error->message);
      update_completion (self, store, person_id, today);
    }

  for (guint i = 0; list != NULL && i < g_list_model_get_n_items (G_LIST_MODEL (list)); i++)
    {
      g_autoptr(TandemHomework) homework = g_list_model_get_item (G_LIST_MODEL (list), i);
      gint64 id = tandem_record_get_id (TANDEM_RECORD (homework));
      GtkWidget *row;

      if (is_pending_delete (self, id))
        continue;

      row = create_row (self, homework, today, goal_titles);
      if (tandem_homework_get_done_at (homework) != 0)
        {
          gtk_list_box_append (self->done_list, row);
          n_done++;
        }
      else
        {
          gtk_list_box_append (self->open_list, row);
          n_open++;
        }

      if (id == self->focus_id)
        focus = g_object_get_data (G_OBJECT (row), "tandem-check");
    }

  gtk_widget_set_visible (GTK_WIDGET (self->open_list), n_open > 0);
  gtk_widget_set_visible (self->nothing_open_label, n_open == 0);
  gtk_widget_set_visible (self->done_heading, n_done > 0);
  gtk_widget_set_visible (GTK_WIDGET (self->done_list), n_done > 0);
  gtk_stack_set_visible_child_name (self->stack, n_open + n_done > 0 ? "list" : "empty");

  /* The toggled task moved between the lists: the focus goes with it. */
  if (focus != NULL)
    gtk_widget_grab_focus (focus);
  self->focus_id = 0;
}

/* Opening the dialog ------------------------------------------------------- */

static void
on_dialog_saved_cb (TandemHomeworkPage   *self,
                    TandemHomework       *homework,
                    TandemHomeworkDialog *dialog)
{
  tandem_page_reload (TANDEM_PAGE (self));
  show_message (self, is_assigning (self) ? _("Homework assigned.") : _("Homework saved."));
}

/**
 * tandem_homework_page_open_dialog:
 * @homework_id: a homework to edit, or 0 for a new one
 *
 * Opens the homework dialog for the page's person.
 *
 * Returns: (transfer none) (nullable): the dialog
 */
GtkWidget *
tandem_homework_page_open_dialog (TandemHomeworkPage *self,
                                  gint64              homework_id)
{
  TandemStore *store;
  TandemPerson *person;
  g_autoptr(TandemHomework) homework = NULL;
  g_autoptr(GError) error = NULL;
  GtkRoot *root;
  GtkWidget *dialog;

  g_return_val_if_fail (TANDEM_IS_HOMEWORK_PAGE (self), NULL);

  store = tandem_page_get_store (TANDEM_PAGE (self));
  person = tandem_page_get_person (TANDEM_PAGE (self));
  if (store == NULL || person == NULL)
    return NULL;

  /* Edit a copy read afresh: the reminder service may have marked it done. */
  if (homework_id > 0 &&
      !(homework = tandem_store_get (store, TANDEM_TYPE_HOMEWORK, homework_id, &error)))
    {
      g_warning ("Cannot read homework: %s", error->message);
      show_message (self, error->message);
      tandem_page_reload (TANDEM_PAGE (self));
      return NULL;
    }

  root = gtk_widget_get_root (GTK_WIDGET (self));
  dialog = tandem_homework_dialog_new (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                                       store, person, homework, is_assigning (self));
  g_signal_connect_object (dialog, "saved", G_CALLBACK (on_dialog_saved_cb), self, G_CONNECT_SWAPPED);
  gtk_window_present (GTK_WINDOW (dialog));

  return dialog;
}

static void
new_action (GtkWidget  *widget,
            const char *action_name,
            GVariant   *parameter)
{
  tandem_homework_page_open_dialog (TANDEM_HOMEWORK_PAGE (widget), 0);
}

static void
edit_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  tandem_homework_page_open_dialog (TANDEM_HOMEWORK_PAGE (widget), g_variant_get_int64 (parameter));
}

static void
on_row_activated_cb (TandemHomeworkPage *self,
                     GtkListBoxRow      *row)
{
  gint64 id = GPOINTER_TO_SIZE (g_object_get_data (G_OBJECT (row), "tandem-homework-id"));

  if (id > 0)
    tandem_homework_page_open_dialog (self, id);
}

/* GObject ------------------------------------------------------------------ */

/* Homework also changes outside the window: the reminder service's Done
 * button, tandem-cli, an imported bundle. Showing the page reads it again. */
static void
tandem_homework_page_map (GtkWidget *widget)
{
  TandemHomeworkPage *self = TANDEM_HOMEWORK_PAGE (widget);
  guint n_reloads = self->n_reloads;

  GTK_WIDGET_CLASS (tandem_homework_page_parent_class)->map (widget);

  if (self->n_reloads == n_reloads)
    tandem_page_reload (TANDEM_PAGE (self));
}

static void
tandem_homework_page_dispose (GObject *object)
{
  TandemHomeworkPage *self = (TandemHomeworkPage *)object;

  /* A deletion whose toast is still up happens now. */
  if (self->pending_deletes != NULL)
    flush_pending_deletes (self);
  g_clear_pointer (&self->pending_deletes, g_ptr_array_unref);

  G_OBJECT_CLASS (tandem_homework_page_parent_class)->dispose (object);
}

static void
tandem_homework_page_class_init (TandemHomeworkPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  TandemPageClass *page_class = TANDEM_PAGE_CLASS (klass);

  object_class->dispose = tandem_homework_page_dispose;
  widget_class->map = tandem_homework_page_map;
  page_class->reload = tandem_homework_page_reload;

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/ui/tandem-homework-page.ui");
  gtk_widget_class_bind_template_child (widget_class, TandemHomeworkPage, stack);
  gtk_widget_class_bind_template_child (widget_class, TandemHomeworkPage, empty_page);
  gtk_widget_class_bind_template_child (widget_class, TandemHomeworkPage, empty_new_button);
  gtk_widget_class_bind_template_child (widget_class, TandemHomeworkPage, completion_label);
  gtk_widget_class_bind_template_child (widget_class, TandemHomeworkPage, new_button);
  gtk_widget_class_bind_template_child (widget_class, TandemHomeworkPage, new_button_content);
  gtk_widget_class_bind_template_child (widget_class, TandemHomeworkPage, nothing_open_label);
  gtk_widget_class_bind_template_child (widget_class, TandemHomeworkPage, open_list);
  gtk_widget_class_bind_template_child (widget_class, TandemHomeworkPage, done_heading);
  gtk_widget_class_bind_template_child (widget_class, TandemHomeworkPage, done_list);
  gtk_widget_class_bind_template_callback (widget_class, on_row_activated_cb);

  gtk_widget_class_install_action (widget_class, "homework.new", NULL, new_action);
  gtk_widget_class_install_action (widget_class, "homework.edit", "x", edit_action);
  gtk_widget_class_install_action (widget_class, "homework.delete", "x", delete_action);
  gtk_widget_class_install_action (widget_class, "homework.undo-delete", "x", undo_delete_action);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_n, GDK_CONTROL_MASK, "homework.new", NULL);
}

static void
tandem_homework_page_init (TandemHomeworkPage *self)
{
  self->pending_deletes = g_ptr_array_new_with_free_func (pending_delete_free);

  gtk_widget_init_template (GTK_WIDGET (self));

  update_wording (self);
}

GtkWidget *
tandem_homework_page_new (void)
{
  return g_object_new (TANDEM_TYPE_HOMEWORK_PAGE, NULL);
}
