/* tandem-import-dialog.c
 *
 * Copyright 2026 The Tandem authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "tandem-import-dialog"

#include "config.h"

#include <glib/gi18n.h>

#include "tandem-import-dialog.h"

/* Importing an exchange bundle: the file is read once, then checked and
 * previewed with tandem_exchange_preview(), and imported only when the
 * person presses Import. A file that is not a bundle, or a bundle with a
 * problem, shows the core's message (which says where the problem is) and
 * cannot be imported. When the bundle does not fit the person chosen (its
 * records are stored here as someone else's), the message shows beside the
 * choice of person, so that another can be chosen. Reading, previewing and
 * importing run in a thread with a store connection of its own, so a large
 * bundle does not freeze the window. */

typedef struct
{
  /* in */
  char               *db_path;
  GFile              *file;
  GBytes             *bytes;      /* read from @file when %NULL */
  gint64              requested;  /* a person chosen in the dialog, or 0 */
  gint64              fallback;   /* when the bundle's person is unknown here */
  gboolean            write;
  /* out */
  gboolean            is_bundle;
  gint64              matched;
  gint64              target;
  TandemExchangeKind  kind;
  char               *person_name;
  TandemImportPlan   *plan;
} Job;

struct _TandemImportDialog
{
  AdwWindow            parent_instance;

  TandemStore         *store;
  GFile               *file;
  gboolean             therapist;
  gint64               fallback_person_id;

  GCancellable        *cancellable;
  GBytes              *bytes;
  TandemImportPlan    *plan;
  GArray              *people;      /* gint64: the person row's choices */
  GPtrArray           *count_rows;
  char                *bundle_person_name;
  char                *problem;
  TandemExchangeKind   kind;
  gint64               person_id;
  gint64               matched_id;
  gboolean             loaded;
  gboolean             is_bundle;
  gboolean             busy;
  gboolean             filling_people;

  /* Template widgets */
  GtkWidget           *cancel_button;
  GtkWidget           *import_button;
  GtkSpinner          *spinner;
  GtkLabel            *error_label;
  GtkStack            *stack;
  AdwStatusPage       *invalid_page;
  AdwActionRow        *file_row;
  AdwActionRow        *kind_row;
  AdwActionRow        *from_row;
  AdwActionRow        *into_row;
  AdwComboRow         *person_row;
  GtkLabel            *person_note;
  GtkLabel            *problem_label;
  AdwPreferencesGroup *added_group;
  AdwPreferencesGroup *changed_group;
  AdwPreferencesGroup *removed_group;
  GtkLabel            *nothing_label;
};

G_DEFINE_FINAL_TYPE (TandemImportDialog, tandem_import_dialog, ADW_TYPE_WINDOW)

enum {
  PROP_0,
  PROP_STORE,
  PROP_FILE,
  PROP_THERAPIST,
  PROP_FALLBACK_PERSON_ID,
  N_PROPS
};

enum {
  LOADED,
  IMPORTED,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

/* The kinds of record a bundle carries, most interesting first. */
static const char * const entities[] = {
  "check-in", "response", "goal", "strategy", "homework", "reminder", "rest-day",
  "goal-attainment", "goal-revision", "questionnaire", "reminder-firing", "therapy-session",
};

static char *
describe_count (const char *entity,
                guint       n)
{
  if (g_str_equal (entity, "check-in"))
    return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u check-in", "%u check-ins", n), n);
  else if (g_str_equal (entity, "response"))
    return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u questionnaire response", "%u questionnaire responses", n), n);
  else if (g_str_equal (entity, "goal"))
    return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u goal", "%u goals", n), n);
  else if (g_str_equal (entity, "strategy"))
    return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u strategy", "%u strategies", n), n);
  else if (g_str_equal (entity, "homework"))
    return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u homework task", "%u homework tasks", n), n);
  else if (g_str_equal (entity, "reminder"))
    return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u reminder", "%u reminders", n), n);
  else if (g_str_equal (entity, "rest-day"))
    return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u rest day", "%u rest days", n), n);
  else if (g_str_equal (entity, "goal-attainment"))
    return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u goal attainment rating", "%u goal attainment ratings", n), n);
  else if (g_str_equal (entity, "goal-revision"))
    return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u earlier version of a goal", "%u earlier versions of goals", n), n);
  else if (g_str_equal (entity, "questionnaire"))
    return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u custom questionnaire", "%u custom questionnaires", n), n);
  else if (g_str_equal (entity, "reminder-firing"))
    return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u reminder that went off", "%u reminders that went off", n), n);
  else if (g_str_equal (entity, "therapy-session"))
    return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u therapy session", "%u therapy sessions", n), n);

  g_return_val_if_reached (NULL);
}

static const char *
describe_kind (TandemExchangeKind kind)
{
  switch (kind)
    {
    case TANDEM_EXCHANGE_KIND_PLAN:
      return _("A plan from the therapist: goals, strategies, homework and reminders");
    case TANDEM_EXCHANGE_KIND_PROGRESS:
      return _("Progress from the client: check-ins, questionnaires and homework");
    case TANDEM_EXCHANGE_KIND_ALL:
    default:
      return _("Every record of one person");
    }
}

/* -- the work in a thread ------------------------------------------------- */

static void
job_free (gpointer data)
{
  Job *job = data;

  g_free (job->db_path);
  g_clear_object (&job->file);
  g_clear_pointer (&job->bytes, g_bytes_unref);
  g_free (job->person_name);
  g_clear_pointer (&job->plan, tandem_import_plan_free);
  g_free (job);
}

static void
job_thread (GTask        *task,
            gpointer      source_object,
            gpointer      task_data,
            GCancellable *cancellable)
{
  Job *job = task_data;
  g_autoptr(TandemStore) store = NULL;
  g_autoptr(GError) error = NULL;

  /* The store's connection belongs to the main thread: open another. */
  if (!(store = tandem_store_open (job->db_path, &error)))
    goto failed;

  if (job->bytes == NULL &&
      !(job->bytes = g_file_load_bytes (job->file, cancellable, NULL, &error)))
    goto failed;

  if (job->write)
    {
      if (!tandem_exchange_import (store, job->bytes, job->target, &job->plan, &error))
        goto failed;
      g_task_return_boolean (task, TRUE);
      return;
    }

  if (!tandem_exchange_match_person (store, job->bytes, &job->matched, &job->kind,
                                     &job->person_name, &error))
    goto failed;
  job->is_bundle = TRUE;

  if (job->requested > 0)
    job->target = job->requested;
  else if (job->matched > 0)
    job->target = job->matched;
  else
    job->target = job->fallback;

  if (job->target > 0 &&
      !(job->plan = tandem_exchange_preview (store, job->bytes, job->target, &error)))
    goto failed;

  g_task_return_boolean (task, TRUE);
  return;

failed:
  g_task_return_error (task, g_steal_pointer (&error));
}

static void job_done_cb (GObject      *object,
                         GAsyncResult *result,
                         gpointer      user_data);

static void
set_busy (TandemImportDialog *self,
          gboolean            busy);

static void
start_job (TandemImportDialog *self,
           gboolean            write)
{
  g_autoptr(GTask) task = NULL;
  Job *job = g_new0 (Job, 1);

  job->db_path = g_strdup (tandem_store_get_path (self->store));
  job->file = g_object_ref (self->file);
  job->bytes = self->bytes ? g_bytes_ref (self->bytes) : NULL;
  job->requested = self->person_id;
  job->fallback = self->fallback_person_id;
  job->target = self->person_id;
  job->write = write;

  set_busy (self, TRUE);

  task = g_task_new (self, self->cancellable, job_done_cb, NULL);
  g_task_set_source_tag (task, start_job);
  g_task_set_task_data (task, job, job_free);
  g_task_run_in_thread (task, job_thread);
}

/* -- showing the outcome -------------------------------------------------- */

static gboolean
plan_changes_something (TandemImportPlan *plan)
{
  for (guint i = 0; i < G_N_ELEMENTS (entities); i++)
    {
      guint added = 0, changed = 0, removed = 0;

      if (tandem_import_plan_get_counts (plan, entities[i], &added, &changed, &removed, NULL) &&
          added + changed + removed > 0)
        return TRUE;
    }

  return FALSE;
}

static void
update_import_action (TandemImportDialog *self)
{
  gboolean can_import = !self->busy && self->plan != NULL && self->person_id > 0 &&
                        plan_changes_something (self->plan);

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "import.import", can_import);
}

static void
set_busy (TandemImportDialog *self,
          gboolean            busy)
{
  self->busy = busy;
  gtk_spinner_set_spinning (self->spinner, busy);
  if (!busy)
    gtk_widget_set_sensitive (self->cancel_button, TRUE);
  gtk_widget_set_sensitive (GTK_WIDGET (self->person_row), !busy);
  update_import_action (self);
}

static void
clear_count_rows (TandemImportDialog *self)
{
  for (guint i = 0; i < self->count_rows->len; i++)
    {
      GtkWidget *row = self->count_rows->pdata[i];
      GtkWidget *group = gtk_widget_get_ancestor (row, ADW_TYPE_PREFERENCES_GROUP);

      if (group != NULL)
        adw_preferences_group_remove (ADW_PREFERENCES_GROUP (group), row);
    }
  g_ptr_array_set_size (self->count_rows, 0);
}

/* The group's list is named by its title ("Added"), and each row by its
 * count ("12 check-ins"). */
static void
add_count_row (TandemImportDialog  *self,
               AdwPreferencesGroup *group,
               const char          *entity,
               guint                n)
{
  g_autofree char *text = describe_count (entity, n);
  GtkWidget *row = adw_action_row_new ();

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), text);
  adw_preferences_group_add (group, row);
  g_ptr_array_add (self->count_rows, row);
  gtk_widget_set_visible (GTK_WIDGET (group), TRUE);
}

static void
show_counts (TandemImportDialog *self)
{
  gboolean any = FALSE;

  clear_count_rows (self);
  gtk_widget_set_visible (GTK_WIDGET (self->added_group), FALSE);
  gtk_widget_set_visible (GTK_WIDGET (self->changed_group), FALSE);
  gtk_widget_set_visible (GTK_WIDGET (self->removed_group), FALSE);

  if (self->plan == NULL)
    {
      gtk_widget_set_visible (GTK_WIDGET (self->nothing_label), FALSE);
      return;
    }

  for (guint i = 0; i < G_N_ELEMENTS (entities); i++)
    {
      guint added = 0, changed = 0, removed = 0;

      if (!tandem_import_plan_get_counts (self->plan, entities[i], &added, &changed, &removed, NULL))
        continue;

      if (added > 0)
        add_count_row (self, self->added_group, entities[i], added);
      if (changed > 0)
        add_count_row (self, self->changed_group, entities[i], changed);
      if (removed > 0)
        add_count_row (self, self->removed_group, entities[i], removed);
      any = any || added + changed + removed > 0;
    }

  gtk_widget_set_visible (GTK_WIDGET (self->nothing_label), !any);
}

static char *
dup_person_name (TandemImportDialog *self,
                 gint64              person_id)
{
  g_autoptr(TandemPerson) person = NULL;
  g_autoptr(GError) error = NULL;

  if (person_id <= 0)
    return NULL;

  if (!(person = tandem_store_get (self->store, TANDEM_TYPE_PERSON, person_id, &error)))
    {
      g_warning ("%s", error->message);
      return NULL;
    }

  if (self->therapist && tandem_person_get_role (person) == TANDEM_PERSON_ROLE_OWNER)
    return g_strdup (_("Me"));

  return g_strdup (tandem_person_get_display_name (person));
}

/* The therapist chooses whose records these are: every person, "Me" first. */
static void
fill_people (TandemImportDialog *self)
{
  g_autoptr(GListStore) persons = NULL;
  g_autoptr(GtkStringList) names = gtk_string_list_new (NULL);
  g_autoptr(GError) error = NULL;
  guint selected = GTK_INVALID_LIST_POSITION;
  guint n;

  g_array_set_size (self->people, 0);

  if (!(persons = tandem_store_list_persons (self->store, FALSE, &error)))
    {
      g_warning ("%s", error->message);
      return;
    }

  n = g_list_model_get_n_items (G_LIST_MODEL (persons));
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(TandemPerson) person = g_list_model_get_item (G_LIST_MODEL (persons), i);
      gint64 id = tandem_record_get_id (TANDEM_RECORD (person));

      if (tandem_person_get_role (person) == TANDEM_PERSON_ROLE_OWNER)
        gtk_string_list_append (names, _("Me"));
      else
        gtk_string_list_append (names, tandem_person_get_display_name (person));
      g_array_append_val (self->people, id);
      if (id == self->person_id)
        selected = self->people->len - 1;
    }

  self->filling_people = TRUE;
  adw_combo_row_set_model (self->person_row, G_LIST_MODEL (names));
  adw_combo_row_set_selected (self->person_row, selected);
  self->filling_people = FALSE;
}

static void
show_person (TandemImportDialog *self)
{
  g_autofree char *target_name = dup_person_name (self, self->person_id);
  g_autofree char *note = NULL;
  const char *bundle_name = self->bundle_person_name ? self->bundle_person_name : _("No name given");

  adw_action_row_set_subtitle (self->from_row, bundle_name);
  gtk_widget_set_visible (GTK_WIDGET (self->into_row), !self->therapist);
  gtk_widget_set_visible (GTK_WIDGET (self->person_row), self->therapist);

  if (!self->therapist)
    adw_action_row_set_subtitle (self->into_row, target_name ? target_name : "");
  else if (self->people->len == 0)
    fill_people (self);

  if (self->therapist && self->matched_id == 0)
    {
      if (self->person_id > 0)
        /* Translators: %1$s is the name the bundle gives its person, %2$s a client's name */
        note = g_strdup_printf (_("No one here is called “%1$s”. Check that these are %2$s’s records before you import them."),
                                bundle_name, target_name ? target_name : "");
      else
        /* Translators: %s is the name the bundle gives its person */
        note = g_strdup_printf (_("No one here is called “%s”. Choose whose records these are."),
                                bundle_name);
    }

  gtk_label_set_label (self->person_note, note ? note : "");
  gtk_widget_set_visible (GTK_WIDGET (self->person_note), note != NULL);
}

static void
show_problem (TandemImportDialog *self,
              const char         *message)
{
  g_autofree char *escaped = NULL;

  g_free (self->problem);
  self->problem = g_strdup (message);

  escaped = g_markup_escape_text (message, -1);
  adw_status_page_set_description (self->invalid_page, escaped);
  gtk_stack_set_visible_child_name (self->stack, "invalid");
  update_import_action (self);
}

/* The preview, with @clash (the core's message) beside the choice of
 * person when the bundle does not fit the one chosen. */
static void
show_preview (TandemImportDialog *self,
              const char         *clash)
{
  g_autofree char *basename = g_file_get_basename (self->file);
  g_autofree char *display = basename ? g_filename_display_name (basename) : NULL;

  g_free (self->problem);
  self->problem = g_strdup (clash);

  adw_action_row_set_subtitle (self->file_row, display ? display : "");
  adw_action_row_set_subtitle (self->kind_row, describe_kind (self->kind));
  show_person (self);
  show_counts (self);

  if (clash != NULL)
    {
      g_autofree char *text = g_strdup_printf ("%s\n%s", clash,
                                               _("Nothing was imported. Choose whose records these are, or cancel."));

      gtk_label_set_label (self->problem_label, text);
    }
  gtk_widget_set_visible (GTK_WIDGET (self->problem_label), clash != NULL);

  gtk_stack_set_visible_child_name (self->stack, "preview");
  update_import_action (self);
}

static void
job_done_cb (GObject      *object,
             GAsyncResult *result,
             gpointer      user_data)
{
  TandemImportDialog *self = TANDEM_IMPORT_DIALOG (object);
  Job *job = g_task_get_task_data (G_TASK (result));
  g_autoptr(GError) error = NULL;
  gboolean ok = g_task_propagate_boolean (G_TASK (result), &error);

  /* The dialog was closed: leave its widgets alone. */
  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;

  if (self->bytes == NULL && job->bytes != NULL)
    self->bytes = g_bytes_ref (job->bytes);

  set_busy (self, FALSE);

  if (job->write)
    {
      if (!ok)
        {
          g_autofree char *text = NULL;

          g_warning ("Import failed: %s", error->message);
          text = g_strdup_printf ("%s\n%s", error->message, _("Nothing was changed."));
          gtk_label_set_label (self->error_label, text);
          gtk_widget_set_visible (GTK_WIDGET (self->error_label), TRUE);
          return;
        }

      g_signal_emit (self, signals[IMPORTED], 0, job->target);
      gtk_window_destroy (GTK_WINDOW (self));
      return;
    }

  self->is_bundle = job->is_bundle;
  self->kind = job->kind;
  g_free (self->bundle_person_name);
  self->bundle_person_name = g_strdup (job->person_name);
  if (job->requested == 0)
    self->matched_id = job->matched;
  self->person_id = job->target;
  g_clear_pointer (&self->plan, tandem_import_plan_free);
  self->plan = g_steal_pointer (&job->plan);

  if (ok)
    {
      show_preview (self, NULL);
    }
  else if (self->therapist && self->is_bundle &&
           g_error_matches (error, TANDEM_STORE_ERROR, TANDEM_STORE_ERROR_CONSTRAINT))
    {
      /* Another person may fit: keep the choice in reach. */
      g_debug ("Not importable for person %" G_GINT64_FORMAT ": %s", self->person_id, error->message);
      show_preview (self, error->message);
    }
  else
    {
      g_debug ("Not importable: %s", error->message);
      show_problem (self, error->message);
    }

  if (!self->loaded)
    {
      self->loaded = TRUE;
      g_signal_emit (self, signals[LOADED], 0);
    }
}

/* -- callbacks and actions ------------------------------------------------- */

static void
on_person_row_selected_cb (TandemImportDialog *self,
                           GParamSpec         *pspec,
                           AdwComboRow        *row)
{
  guint selected = adw_combo_row_get_selected (row);

  g_assert (TANDEM_IS_IMPORT_DIALOG (self));

  if (self->filling_people || selected >= self->people->len)
    return;

  tandem_import_dialog_set_person_id (self, g_array_index (self->people, gint64, selected));
}

static void
import_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *param)
{
  TandemImportDialog *self = TANDEM_IMPORT_DIALOG (widget);

  if (self->busy || self->plan == NULL || self->bytes == NULL || self->person_id <= 0)
    return;

  gtk_widget_set_visible (GTK_WIDGET (self->error_label), FALSE);
  /* Once started, the import finishes: see close_request. */
  gtk_widget_set_sensitive (self->cancel_button, FALSE);
  start_job (self, TRUE);
}

/* An import under way finishes in its transaction whatever happens to the
 * window, so the window stays until it has. */
static gboolean
tandem_import_dialog_close_request (GtkWindow *window)
{
  TandemImportDialog *self = TANDEM_IMPORT_DIALOG (window);

  if (self->busy && self->plan != NULL)
    return TRUE;

  return GTK_WINDOW_CLASS (tandem_import_dialog_parent_class)->close_request (window);
}

/* -- GObject --------------------------------------------------------------- */

static void
tandem_import_dialog_constructed (GObject *object)
{
  TandemImportDialog *self = (TandemImportDialog *)object;

  G_OBJECT_CLASS (tandem_import_dialog_parent_class)->constructed (object);

  g_return_if_fail (TANDEM_IS_STORE (self->store));
  g_return_if_fail (G_IS_FILE (self->file));

  start_job (self, FALSE);
}

static void
tandem_import_dialog_dispose (GObject *object)
{
  TandemImportDialog *self = (TandemImportDialog *)object;

  g_cancellable_cancel (self->cancellable);

  gtk_widget_dispose_template (GTK_WIDGET (self), TANDEM_TYPE_IMPORT_DIALOG);

  g_clear_object (&self->store);
  g_clear_object (&self->file);

  G_OBJECT_CLASS (tandem_import_dialog_parent_class)->dispose (object);
}

static void
tandem_import_dialog_finalize (GObject *object)
{
  TandemImportDialog *self = (TandemImportDialog *)object;

  g_clear_object (&self->cancellable);
  g_clear_pointer (&self->bytes, g_bytes_unref);
  g_clear_pointer (&self->plan, tandem_import_plan_free);
  g_clear_pointer (&self->people, g_array_unref);
  g_clear_pointer (&self->count_rows, g_ptr_array_unref);
  g_free (self->bundle_person_name);
  g_free (self->problem);

  G_OBJECT_CLASS (tandem_import_dialog_parent_class)->finalize (object);
}

static void
tandem_import_dialog_get_property (GObject    *object,
                                   guint       prop_id,
                                   GValue     *value,
                                   GParamSpec *pspec)
{
  TandemImportDialog *self = TANDEM_IMPORT_DIALOG (object);

  switch (prop_id)
    {
    case PROP_STORE:
      g_value_set_object (value, self->store);
      break;

    case PROP_FILE:
      g_value_set_object (value, self->file);
      break;

    case PROP_THERAPIST:
      g_value_set_boolean (value, self->therapist);
      break;

    case PROP_FALLBACK_PERSON_ID:
      g_value_set_int64 (value, self->fallback_person_id);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
tandem_import_dialog_set_property (GObject      *object,
                                   guint         prop_id,
                                   const GValue *value,
                                   GParamSpec   *pspec)
{
  TandemImportDialog *self = TANDEM_IMPORT_DIALOG (object);

  switch (prop_id)
    {
    case PROP_STORE:
      self->store = g_value_dup_object (value);
      break;

    case PROP_FILE:
      self->file = g_value_dup_object (value);
      break;

    case PROP_THERAPIST:
      self->therapist = g_value_get_boolean (value);
      break;

    case PROP_FALLBACK_PERSON_ID:
      self->fallback_person_id = g_value_get_int64 (value);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
tandem_import_dialog_class_init (TandemImportDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GtkWindowClass *window_class = GTK_WINDOW_CLASS (klass);

  object_class->constructed = tandem_import_dialog_constructed;
  object_class->dispose = tandem_import_dialog_dispose;
  object_class->finalize = tandem_import_dialog_finalize;
  object_class->get_property = tandem_import_dialog_get_property;
  object_class->set_property = tandem_import_dialog_set_property;

  window_class->close_request = tandem_import_dialog_close_request;

  properties[PROP_STORE] =
    g_param_spec_object ("store", NULL, NULL,
                         TANDEM_TYPE_STORE,
                         (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS));
  properties[PROP_FILE] =
    g_param_spec_object ("file", NULL, NULL,
                         G_TYPE_FILE,
                         (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS));
  properties[PROP_THERAPIST] =
    g_param_spec_boolean ("therapist", NULL, NULL,
                          FALSE,
                          (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS));
  properties[PROP_FALLBACK_PERSON_ID] =
    g_param_spec_int64 ("fallback-person-id", NULL, NULL,
                        0, G_MAXINT64, 0,
                        (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS));
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * TandemImportDialog::loaded:
   *
   * Emitted once, when the file was read and checked: the dialog then shows
   * the preview or what is wrong.
   */
  signals[LOADED] = g_signal_new ("loaded",
                                  G_TYPE_FROM_CLASS (klass),
                                  G_SIGNAL_RUN_LAST,
                                  0, NULL, NULL, NULL,
                                  G_TYPE_NONE, 0);

  /**
   * TandemImportDialog::imported:
   * @person_id: whose records the bundle's became
   *
   * Emitted after the bundle was imported, just before the dialog closes.
   */
  signals[IMPORTED] = g_signal_new ("imported",
                                    G_TYPE_FROM_CLASS (klass),
                                    G_SIGNAL_RUN_LAST,
                                    0, NULL, NULL, NULL,
                                    G_TYPE_NONE, 1, G_TYPE_INT64);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/ui/tandem-import-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, TandemImportDialog, cancel_button);
  gtk_widget_class_bind_template_child (widget_class, TandemImportDialog, import_button);
  gtk_widget_class_bind_template_child (widget_class, TandemImportDialog, spinner);
  gtk_widget_class_bind_template_child (widget_class, TandemImportDialog, error_label);
  gtk_widget_class_bind_template_child (widget_class, TandemImportDialog, stack);
  gtk_widget_class_bind_template_child (widget_class, TandemImportDialog, invalid_page);
  gtk_widget_class_bind_template_child (widget_class, TandemImportDialog, file_row);
  gtk_widget_class_bind_template_child (widget_class, TandemImportDialog, kind_row);
  gtk_widget_class_bind_template_child (widget_class, TandemImportDialog, from_row);
  gtk_widget_class_bind_template_child (widget_class, TandemImportDialog, into_row);
  gtk_widget_class_bind_template_child (widget_class, TandemImportDialog, person_row);
  gtk_widget_class_bind_template_child (widget_class, TandemImportDialog, person_note);
  gtk_widget_class_bind_template_child (widget_class, TandemImportDialog, problem_label);
  gtk_widget_class_bind_template_child (widget_class, TandemImportDialog, added_group);
  gtk_widget_class_bind_template_child (widget_class, TandemImportDialog, changed_group);
  gtk_widget_class_bind_template_child (widget_class, TandemImportDialog, removed_group);
  gtk_widget_class_bind_template_child (widget_class, TandemImportDialog, nothing_label);
  gtk_widget_class_bind_template_callback (widget_class, on_person_row_selected_cb);

  gtk_widget_class_install_action (widget_class, "import.import", NULL, import_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Return, GDK_CONTROL_MASK, "import.import", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_KP_Enter, GDK_CONTROL_MASK, "import.import", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
tandem_import_dialog_init (TandemImportDialog *self)
{
  self->cancellable = g_cancellable_new ();
  self->people = g_array_new (FALSE, FALSE, sizeof (gint64));
  self->count_rows = g_ptr_array_new ();

  gtk_widget_init_template (GTK_WIDGET (self));

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "import.import", FALSE);
}

/**
 * tandem_import_dialog_new:
 * @parent: (nullable): the window it belongs to
 * @store: the store to import into
 * @file: the bundle
 * @therapist: whether the therapist profile is in use: the dialog then
 *   offers a choice of person
 * @person_id: where the records go when the bundle's person is not known
 *   here (the client the window shows, or the owner), or 0
 *
 * Returns: (transfer floating): a new modal dialog, already reading @file
 */
GtkWidget *
tandem_import_dialog_new (GtkWindow   *parent,
                          TandemStore *store,
                          GFile       *file,
                          gboolean     therapist,
                          gint64       person_id)
{
  g_return_val_if_fail (!parent || GTK_IS_WINDOW (parent), NULL);
  g_return_val_if_fail (TANDEM_IS_STORE (store), NULL);
  g_return_val_if_fail (G_IS_FILE (file), NULL);

  return g_object_new (TANDEM_TYPE_IMPORT_DIALOG,
                       "transient-for", parent,
                       "store", store,
                       "file", file,
                       "therapist", therapist,
                       "fallback-person-id", MAX (person_id, 0),
                       NULL);
}

/**
 * tandem_import_dialog_is_loaded:
 *
 * Returns: whether the file was read and checked (#TandemImportDialog::loaded)
 */
gboolean
tandem_import_dialog_is_loaded (TandemImportDialog *self)
{
  g_return_val_if_fail (TANDEM_IS_IMPORT_DIALOG (self), FALSE);

  return self->loaded;
}

/**
 * tandem_import_dialog_is_bundle:
 *
 * Returns: whether the file is a Tandem bundle this version reads (its
 *   records may still have problems)
 */
gboolean
tandem_import_dialog_is_bundle (TandemImportDialog *self)
{
  g_return_val_if_fail (TANDEM_IS_IMPORT_DIALOG (self), FALSE);

  return self->is_bundle;
}

/**
 * tandem_import_dialog_get_problem:
 *
 * Returns: (nullable): why the file cannot be imported, as the dialog shows
 *   it, or %NULL
 */
const char *
tandem_import_dialog_get_problem (TandemImportDialog *self)
{
  g_return_val_if_fail (TANDEM_IS_IMPORT_DIALOG (self), NULL);

  return self->problem;
}

/**
 * tandem_import_dialog_get_person_id:
 *
 * Returns: whose records the bundle's become, or 0 when nobody is chosen
 */
gint64
tandem_import_dialog_get_person_id (TandemImportDialog *self)
{
  g_return_val_if_fail (TANDEM_IS_IMPORT_DIALOG (self), 0);

  return self->person_id;
}

/**
 * tandem_import_dialog_set_person_id:
 *
 * Makes the bundle's records @person_id's and shows the preview again.
 */
void
tandem_import_dialog_set_person_id (TandemImportDialog *self,
                                    gint64              person_id)
{
  g_return_if_fail (TANDEM_IS_IMPORT_DIALOG (self));
  g_return_if_fail (person_id > 0);

  if (person_id == self->person_id || self->bytes == NULL)
    return;

  self->person_id = person_id;
  g_clear_pointer (&self->plan, tandem_import_plan_free);

  for (guint i = 0; i < self->people->len; i++)
    if (g_array_index (self->people, gint64, i) == person_id)
      {
        self->filling_people = TRUE;
        adw_combo_row_set_selected (self->person_row, i);
        self->filling_people = FALSE;
        break;
      }

  start_job (self, FALSE);
}
