/* tandem-goal-history-window.c
 *
 * Copyright 2026 The Tandem authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "tandem-goal-history-window"

#include "config.h"

#include <glib/gi18n.h>

#include "tandem-goal-history-window.h"
#include "tandem-page.h"

struct _TandemGoalHistoryWindow
{
  AdwWindow       parent_instance;

  guint           n_changes;

  /* Template widgets */
  AdwWindowTitle *window_title;
  GtkStack       *stack;
  GtkListBox     *list;
};

G_DEFINE_FINAL_TYPE (TandemGoalHistoryWindow, tandem_goal_history_window, ADW_TYPE_WINDOW)

/* What each edit of a goal changed, newest first. A revision holds the goal
 * as it was before an edit; what it became is the next revision, or the goal
 * as it is now for the newest one. */

static const struct
{
  const char *key;
  const char *label;
} field_labels[] = {
  { "title", N_("Title") },
  { "framework", N_("Framework") },
  { "horizon", N_("Horizon") },
  { "status", N_("Status") },
  { "parent-id", N_("Long-term goal") },
  { "specific", N_("Specific") },
  { "measurable", N_("Measurable") },
  { "achievable", N_("Achievable") },
  { "relevant", N_("Relevant") },
  { "time-bound", N_("Time-bound") },
  { "purposeful", N_("Purposeful") },
  { "actionable", N_("Actionable") },
  { "continuous", N_("Continuous") },
  { "trackable", N_("Trackable") },
  { "measure-kind", N_("Kind of measure") },
  { "measure-name", N_("Measure") },
  { "unit", N_("Unit") },
  { "measure-period", N_("Measured per") },
  { "baseline", N_("Baseline") },
  { "target", N_("Target") },
  { "direction", N_("Direction") },
  { "instrument", N_("Questionnaire") },
  { "start-date", N_("Start date") },
  { "due-date", N_("Due date") },
  { "review-every-days", N_("Days between reviews") },
  { "author", N_("Written by") },
  { "gas-much-less", N_("Attainment level −2") },
  { "gas-less", N_("Attainment level −1") },
  { "gas-expected", N_("Attainment level 0") },
  { "gas-more", N_("Attainment level +1") },
  { "gas-much-more", N_("Attainment level +2") },
};

static const struct
{
  const char *key;
  const char *nick;
  const char *words;
} enum_words[] = {
  { "framework", "smart", N_("SMART") },
  { "framework", "pact", N_("PACT") },
  { "horizon", "short", N_("short term") },
  { "horizon", "long", N_("long term") },
  { "status", "active", N_("active") },
  { "status", "paused", N_("paused") },
  { "status", "achieved", N_("achieved") },
  { "status", "dropped", N_("dropped") },
  { "measure-kind", "none", N_("no measure") },
  { "measure-kind", "count", N_("a count") },
  { "measure-kind", "rating", N_("a rating from 0 to 10") },
  { "measure-kind", "yes-no", N_("yes or no") },
  { "measure-kind", "questionnaire", N_("a questionnaire score") },
  { "measure-period", "none", N_("no period") },
  { "measure-period", "day", N_("day") },
  { "measure-period", "week", N_("week") },
  { "measure-period", "month", N_("month") },
  { "direction", "increase", N_("more is better") },
  { "direction", "decrease", N_("less is better") },
  { "author", "client", N_("the client") },
  { "author", "therapist", N_("the therapist") },
};

static char *
dup_value_text (TandemStore *store,
                const char  *key,
                JsonNode    *node)
{
  GType type;

  if (node == NULL || JSON_NODE_HOLDS_NULL (node))
    return NULL;

  type = json_node_get_value_type (node);

  if (g_str_equal (key, "parent-id") && type == G_TYPE_INT64)
    {
      g_autoptr(TandemGoal) parent = tandem_store_get (store, TANDEM_TYPE_GOAL,
                                                       json_node_get_int (node), NULL);

      if (parent != NULL)
        return g_strdup_printf ("“%s”", tandem_goal_get_title (parent));
      return g_strdup (_("a goal that no longer exists"));
    }

  if (type == G_TYPE_STRING)
    {
      const char *text = json_node_get_string (node);

      for (guint i = 0; i < G_N_ELEMENTS (enum_words); i++)
        if (g_str_equal (enum_words[i].key, key) && g_str_equal (enum_words[i].nick, text))
          return g_strdup (_(enum_words[i].words));

      if (g_str_has_suffix (key, "-date") && tandem_date_is_valid (text))
        return tandem_page_format_day (text);

      return g_strdup_printf ("“%s”", text);
    }

  if (type == G_TYPE_DOUBLE)
    {
      char buffer[G_ASCII_DTOSTR_BUF_SIZE];

      return g_strdup (g_ascii_formatd (buffer, sizeof buffer, "%g", json_node_get_double (node)));
    }

  if (type == G_TYPE_INT64)
    return g_strdup_printf ("%" G_GINT64_FORMAT, json_node_get_int (node));

  if (type == G_TYPE_BOOLEAN)
    return g_strdup (json_node_get_boolean (node) ? _("yes") : _("no"));

  return NULL;
}

static gboolean
nodes_equal (JsonNode *a,
             JsonNode *b)
{
  gboolean a_null = a == NULL || JSON_NODE_HOLDS_NULL (a);
  gboolean b_null = b == NULL || JSON_NODE_HOLDS_NULL (b);

  if (a_null || b_null)
    return a_null == b_null;

  return json_node_equal (a, b);
}

/* One sentence per field that differs, in the order of the wizard. */
static GPtrArray *
describe_changes (TandemStore *store,
                  JsonObject  *before,
                  JsonObject  *after)
{
  GPtrArray *lines = g_ptr_array_new_with_free_func (g_free);

  for (guint i = 0; i < G_N_ELEMENTS (field_labels); i++)
    {
      const char *key = field_labels[i].key;
      const char *label = _(field_labels[i].label);
      JsonNode *old_node = json_object_get_member (before, key);
      JsonNode *new_node = json_object_get_member (after, key);
      g_autofree char *old_text = NULL;
      g_autofree char *new_text = NULL;

      if (nodes_equal (old_node, new_node))
        continue;

      old_text = dup_value_text (store, key, old_node);
      new_text = dup_value_text (store, key, new_node);

      if (old_text == NULL && new_text == NULL)
        continue;
      else if (old_text == NULL)
        /* Translators: a change in a goal's history, e.g.
         * “Due date set to 12 May 2026” */
        g_ptr_array_add (lines, g_strdup_printf (_("%1$s set to %2$s"), label, new_text));
      else if (new_text == NULL)
        /* Translators: a change in a goal's history, e.g.
         * “Unit cleared; it was “walks”” */
        g_ptr_array_add (lines, g_strdup_printf (_("%1$s cleared; it was %2$s"), label, old_text));
      else
        /* Translators: a change in a goal's history, e.g.
         * “Target changed from 5 to 4” */
        g_ptr_array_add (lines, g_strdup_printf (_("%1$s changed from %2$s to %3$s"),
                                                 label, old_text, new_text));
    }

  return lines;
}

static char *
dup_when_text (gint64 revised_at)
{
  g_autoptr(GDateTime) time = g_date_time_new_from_unix_local (revised_at / G_USEC_PER_SEC);
  g_autofree char *day = NULL;
  g_autofree char *day_text = NULL;
  g_autofree char *clock = NULL;

  if (time == NULL)
    return g_strdup ("");

  day = g_date_time_format (time, "%Y-%m-%d");
  day_text = tandem_page_format_day (day);
  clock = g_date_time_format (time, "%H:%M");

  /* Translators: when a goal was changed: a date, then a time of day */
  return g_strdup_printf (_("%1$s at %2$s"), day_text, clock);
}

static char *
dup_who_text (TandemAuthor  revised_by,
              TandemAuthor  viewer,
              const char   *client_name)
{
  if (revised_by == viewer)
    return g_strdup (_("Changed by you"));
  if (revised_by == TANDEM_AUTHOR_THERAPIST)
    return g_strdup (_("Changed by your therapist"));
  if (client_name != NULL)
    /* Translators: %s is the name of the therapist's client */
    return g_strdup_printf (_("Changed by %s"), client_name);

  return g_strdup (_("Changed by the client"));
}

static GtkWidget *
create_label (const char *text,
              const char *css_class)
{
  GtkWidget *label = gtk_label_new (text);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
  gtk_label_set_selectable (GTK_LABEL (label), FALSE);
  if (css_class != NULL)
    gtk_widget_add_css_class (label, css_class);

  return label;
}

static GtkWidget *
create_change_row (TandemStore        *store,
                   TandemGoalRevision *revision,
                   JsonObject         *before,
                   JsonObject         *after,
                   TandemAuthor        viewer,
                   const char         *client_name)
{
  const char *reason = tandem_goal_revision_get_reason (revision);
  g_autofree char *when = dup_when_text (tandem_goal_revision_get_revised_at (revision));
  g_autofree char *who = dup_who_text (tandem_goal_revision_get_revised_by (revision),
                                       viewer, client_name);
  g_autofree char *name = NULL;
  g_autoptr(GPtrArray) lines = describe_changes (store, before, after);
  GtkWidget *row, *box, *changes;

  box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  gtk_widget_set_margin_top (box, 12);
  gtk_widget_set_margin_bottom (box, 12);
  gtk_widget_set_margin_start (box, 12);
  gtk_widget_set_margin_end (box, 12);

  gtk_box_append (GTK_BOX (box), create_label (when, "heading"));
  gtk_box_append (GTK_BOX (box), create_label (who, "dim-label"));

  changes = gtk_box_new (GTK_ORIENTATION_VERTICAL, 3);
  gtk_widget_set_margin_top (changes, 6);
  gtk_widget_add_css_class (changes, "goal-history-changes");
  if (lines->len == 0)
    gtk_box_append (GTK_BOX (changes), create_label (_("Saved again without changes."), NULL));
  for (guint i = 0; i < lines->len; i++)
    gtk_box_append (GTK_BOX (changes), create_label (lines->pdata[i], NULL));
  gtk_box_append (GTK_BOX (box), changes);

  if (reason != NULL && reason[0] != '\0')
    {
      /* Translators: why a goal was changed, in the person's own words */
      g_autofree char *text = g_strdup_printf (_("Reason: %s"), reason);
      GtkWidget *label = create_label (text, NULL);

      gtk_widget_set_margin_top (label, 6);
      gtk_box_append (GTK_BOX (box), label);
    }

  row = gtk_list_box_row_new ();
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), FALSE);
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), box);
  /* Translators: a change in a goal's history, as a screen reader announces
   * it: when, then who */
  name = g_strdup_printf (_("%1$s, %2$s"), when, who);
  gtk_accessible_update_property (GTK_ACCESSIBLE (row),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, name, -1);

  return row;
}

static JsonObject *
parse_snapshot (TandemGoalRevision *revision)
{
  const char *snapshot = tandem_goal_revision_get_snapshot (revision);
  g_autoptr(JsonNode) node = NULL;
  g_autoptr(GError) error = NULL;

  if (snapshot == NULL || !(node = json_from_string (snapshot, &error)) ||
      !JSON_NODE_HOLDS_OBJECT (node))
    {
      g_warning ("A revision of goal %" G_GINT64_FORMAT " cannot be read: %s",
                 tandem_goal_revision_get_goal_id (revision),
                 error ? error->message : "not an object");
      return json_object_new ();
    }

  return json_object_ref (json_node_get_object (node));
}

static void
fill (TandemGoalHistoryWindow *self,
      TandemStore             *store,
      TandemGoal              *goal,
      TandemAuthor             viewer,
      const char              *client_name)
{
  gint64 goal_id = tandem_record_get_id (TANDEM_RECORD (goal));
  g_autoptr(GListStore) revisions = NULL;
  g_autoptr(GPtrArray) states = g_ptr_array_new_with_free_func ((GDestroyNotify) json_object_unref);
  g_autoptr(GError) error = NULL;
  guint n;

  adw_window_title_set_subtitle (self->window_title, tandem_goal_get_title (goal));

  if (!(revisions = tandem_store_list_goal_revisions (store, goal_id, &error)))
    {
      g_warning ("Could not list the goal's revisions: %s", error->message);
      adw_status_page_set_description (ADW_STATUS_PAGE (gtk_stack_get_child_by_name (self->stack, "empty")),
                                       error->message);
      return;
    }

  /* The states oldest first: each revision's snapshot, then the goal now. */
  n = g_list_model_get_n_items (G_LIST_MODEL (revisions));
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(TandemGoalRevision) revision = g_list_model_get_item (G_LIST_MODEL (revisions), i);

      g_ptr_array_add (states, parse_snapshot (revision));
    }
  g_ptr_array_add (states, tandem_record_to_json (TANDEM_RECORD (goal)));

  for (guint i = n; i > 0; i--)
    {
      g_autoptr(TandemGoalRevision) revision = g_list_model_get_item (G_LIST_MODEL (revisions), i - 1);

      gtk_list_box_append (self->list,
                           create_change_row (store, revision, states->pdata[i - 1], states->pdata[i],
                                              viewer, client_name));
    }

  self->n_changes = n;
  gtk_stack_set_visible_child_name (self->stack, n > 0 ? "list" : "empty");
}

static void
tandem_goal_history_window_class_init (TandemGoalHistoryWindowClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/ui/tandem-goal-history-window.ui");
  gtk_widget_class_bind_template_child (widget_class, TandemGoalHistoryWindow, window_title);
  gtk_widget_class_bind_template_child (widget_class, TandemGoalHistoryWindow, stack);
  gtk_widget_class_bind_template_child (widget_class, TandemGoalHistoryWindow, list);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
tandem_goal_history_window_init (TandemGoalHistoryWindow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

/**
 * tandem_goal_history_window_new:
 * @parent: (nullable): the window it belongs to
 * @store: where the goal is stored
 * @goal: a stored goal
 * @viewer: who is looking: their own changes read “Changed by you”
 * @client_name: (nullable): the client's name, for a therapist looking at a
 *   client's goal
 *
 * Creates a window listing what each edit of @goal changed, field by field,
 * when and by whom, with the reason given, newest first.
 *
 * Returns: (transfer floating): the window, not yet shown
 */
GtkWidget *
tandem_goal_history_window_new (GtkWindow    *parent,
                                TandemStore  *store,
                                TandemGoal   *goal,
                                TandemAuthor  viewer,
                                const char   *client_name)
{
  TandemGoalHistoryWindow *self;

  g_return_val_if_fail (parent == NULL || GTK_IS_WINDOW (parent), NULL);
  g_return_val_if_fail (TANDEM_IS_STORE (store), NULL);
  g_return_val_if_fail (TANDEM_IS_GOAL (goal), NULL);

  self = g_object_new (TANDEM_TYPE_GOAL_HISTORY_WINDOW,
                       "transient-for", parent,
                       NULL);
  fill (self, store, goal, viewer, client_name);

  return GTK_WIDGET (self);
}

/**
 * tandem_goal_history_window_get_n_changes:
 *
 * Returns: how many changes the window lists
 */
guint
tandem_goal_history_window_get_n_changes (TandemGoalHistoryWindow *self)
{
  g_return_val_if_fail (TANDEM_IS_GOAL_HISTORY_WINDOW (self), 0);

  return self->n_changes;
}
