/* tandem-questionnaire-window.c
 *
 * Copyright 2026 The Tandem authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "tandem-questionnaire-window"

#include "config.h"

#include <glib/gi18n.h>

#include "tandem-questionnaire-window.h"

/* A modal window that takes one questionnaire: a chooser when no
 * questionnaire was given, then every item on one scrolled screen, then the
 * result. When the answers raise the safety flag, crisis guidance comes
 * before the result. */

struct _TandemQuestionnaireWindow
{
  AdwWindow             parent_instance;

  TandemStore          *store;
  TandemPerson         *person;
  TandemScaleRegistry  *registry;
  TandemScale          *scale;
  GSettings            *settings;

  /* One entry per item: a GPtrArray of its check buttons, its error label,
   * its box. */
  GPtrArray            *item_checks;
  GPtrArray            *item_errors;
  GPtrArray            *item_boxes;

  char                 *problem;

  /* Template widgets */
  AdwWindowTitle       *window_title;
  GtkStack             *stack;
  AdwPreferencesGroup  *choose_group;
  GtkScrolledWindow    *items_scroller;
  GtkLabel             *instructions_label;
  GtkLabel             *recall_label;
  GtkBox               *items_box;
  GtkLabel             *attribution_label;
  AdwStatusPage        *safety_page;
  GtkLabel             *crisis_line_label;
  GtkButton            *continue_button;
  GtkLabel             *score_label;
  GtkLabel             *score_caption;
  GtkLabel             *band_label;
  GtkLabel             *change_label;
  GtkLabel             *safety_note;
  GtkButton            *done_button;
};

G_DEFINE_FINAL_TYPE (TandemQuestionnaireWindow, tandem_questionnaire_window, ADW_TYPE_WINDOW)

enum {
  RESPONSE_SAVED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

/* "3 March": a short date for sentences. */
static char *
format_short_day (const char *day)
{
  g_autoptr(GDateTime) date = NULL;
  int y, m, d;

  if (day == NULL || sscanf (day, "%d-%d-%d", &y, &m, &d) != 3)
    return g_strdup (day ? day : "");

  date = g_date_time_new_local (y, m, d, 12, 0, 0);
  if (date == NULL)
    return g_strdup (day);

  /* Translators: a short date inside a sentence, in g_date_time_format ()
   * syntax, e.g. "3 March" */
  return g_date_time_format (date, C_("short date", "%-d %B"));
}

static char *
format_number (double value)
{
  return g_strdup_printf ("%g", value);
}

static void
on_chooser_row_activated_cb (AdwActionRow              *row,
                             TandemQuestionnaireWindow *self)
{
  const char *id = g_object_get_data (G_OBJECT (row), "scale-id");

  g_assert (TANDEM_IS_QUESTIONNAIRE_WINDOW (self));

  tandem_questionnaire_window_set_scale (self, id);
}

static void
fill_chooser (TandemQuestionnaireWindow *self)
{
  GListModel *scales = tandem_scale_registry_get_scales (self->registry);
  guint n = g_list_model_get_n_items (scales);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(TandemScale) scale = g_list_model_get_item (scales, i);
      GtkWidget *row = adw_action_row_new ();
      GtkWidget *arrow = gtk_image_new_from_icon_name ("go-next-symbolic");

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), tandem_scale_get_short_name (scale));
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), tandem_scale_get_name (scale));
      gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), arrow);
      g_object_set_data_full (G_OBJECT (row), "scale-id",
                              g_strdup (tandem_scale_get_id (scale)), g_free);
      g_signal_connect_object (row, "activated", G_CALLBACK (on_chooser_row_activated_cb),
                               self, 0);
      adw_preferences_group_add (self->choose_group, row);
    }
}

static void
on_check_toggled_cb (GtkCheckButton *check,
                     GtkWidget      *error_label)
{
  if (gtk_check_button_get_active (check))
    gtk_widget_set_visible (error_label, FALSE);
}

static void
clear_items (TandemQuestionnaireWindow *self)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->items_box))))
    gtk_box_remove (self->items_box, child);

  g_ptr_array_set_size (self->item_checks, 0);
  g_ptr_array_set_size (self->item_errors, 0);
  g_ptr_array_set_size (self->item_boxes, 0);
}

static void
build_items (TandemQuestionnaireWindow *self)
{
  guint n_items = tandem_scale_get_n_items (self->scale);
  guint n_options = tandem_scale_get_n_options (self->scale);

  clear_items (self);

  for (guint i = 0; i < n_items; i++)
    {
      GPtrArray *checks = g_ptr_array_new ();
      g_autofree char *title = NULL;
      g_autofree char *error_text = NULL;
      GtkCheckButton *first = NULL;
      GtkWidget *box, *header, *title_label, *error_label, *list;

      box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
      header = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);

      /* Translators: an item of a questionnaire: its number and its text */
      title = g_strdup_printf (_("%u. %s"), i + 1, tandem_scale_get_item_text (self->scale, i));
      title_label = gtk_label_new (title);
      gtk_label_set_wrap (GTK_LABEL (title_label), TRUE);
      gtk_label_set_xalign (GTK_LABEL (title_label), 0);
      gtk_widget_set_hexpand (title_label, TRUE);
      gtk_widget_add_css_class (title_label, "heading");
      gtk_box_append (GTK_BOX (header), title_label);

      /* Translators: shown beside a questionnaire item that was left out; %u is its number */
      error_text = g_strdup_printf (_("Item %u is not answered yet"), i + 1);
      error_label = gtk_label_new (error_text);
      gtk_label_set_wrap (GTK_LABEL (error_label), TRUE);
      gtk_label_set_xalign (GTK_LABEL (error_label), 1);
      gtk_widget_set_valign (error_label, GTK_ALIGN_START);
      gtk_widget_add_css_class (error_label, "error");
      gtk_widget_set_visible (error_label, FALSE);
      gtk_box_append (GTK_BOX (header), error_label);
      gtk_box_append (GTK_BOX (box), header);

      list = gtk_list_box_new ();
      gtk_list_box_set_selection_mode (GTK_LIST_BOX (list), GTK_SELECTION_NONE);
      gtk_widget_add_css_class (list, "boxed-list");
      gtk_accessible_update_relation (GTK_ACCESSIBLE (list),
                                      GTK_ACCESSIBLE_RELATION_LABELLED_BY, title_label, NULL,
                                      -1);

      for (guint o = 0; o < n_options; o++)
        {
          const char *label = tandem_scale_get_option_label (self->scale, o);
          GtkWidget *row = adw_action_row_new ();
          GtkWidget *check = gtk_check_button_new ();

          adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), label);
          gtk_widget_set_valign (check, GTK_ALIGN_CENTER);
          /* The row labels its activatable widget: the radio button is
           * read out with the option's words. */
          if (first != NULL)
            gtk_check_button_set_group (GTK_CHECK_BUTTON (check), first);
          else
            first = GTK_CHECK_BUTTON (check);
          g_signal_connect (check, "toggled", G_CALLBACK (on_check_toggled_cb), error_label);

          adw_action_row_add_prefix (ADW_ACTION_ROW (row), check);
          adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), check);
          gtk_widget_add_css_class (row, "tandem-option-row");
          gtk_list_box_append (GTK_LIST_BOX (list), row);
          g_ptr_array_add (checks, check);
        }

      gtk_box_append (GTK_BOX (box), list);
      gtk_box_append (self->items_box, box);

      g_ptr_array_add (self->item_checks, checks);
      g_ptr_array_add (self->item_errors, error_label);
      g_ptr_array_add (self->item_boxes, box);
    }
}

static int
get_answer (TandemQuestionnaireWindow *self,
            guint                      item)
{
  GPtrArray *checks = g_ptr_array_index (self->item_checks, item);

  for (guint o = 0; o < checks->len; o++)
    if (gtk_check_button_get_active (g_ptr_array_index (checks, o)))
      return tandem_scale_get_option_value (self->scale, o);

  return TANDEM_INT_UNSET;
}

static void
scroll_to_item (TandemQuestionnaireWindow *self,
                guint                      item)
{
  GtkWidget *box = g_ptr_array_index (self->item_boxes, item);
  GPtrArray *checks = g_ptr_array_index (self->item_checks, item);
  GtkWidget *viewport = gtk_scrolled_window_get_child (self->items_scroller);
  GtkAdjustment *adjustment = gtk_scrolled_window_get_vadjustment (self->items_scroller);
  double x, y;

  if (gtk_widget_translate_coordinates (box, viewport, 0, 0, &x, &y))
    gtk_adjustment_set_value (adjustment, gtk_adjustment_get_value (adjustment) + y - 12);

  gtk_widget_grab_focus (g_ptr_array_index (checks, 0));
}

static void
set_problem (TandemQuestionnaireWindow *self,
             const char                *problem)
{
  g_free (self->problem);
  self->problem = g_strdup (problem);
}

static void
show_change (TandemQuestionnaireWindow *self,
             TandemResponse            *previous,
             double                     score)
{
  g_autofree char *day = NULL;
  g_autofree char *text = NULL;
  TandemScaleChange change;
  const char *verdict = NULL;
  int points;

  if (previous == NULL)
    {
      gtk_label_set_label (self->change_label,
                           _("This is your first result for this questionnaire. "
                             "Next time you will see the change."));
      return;
    }

  tandem_scale_compare (self->scale, tandem_response_get_total (previous), score, &change);
  day = format_short_day (tandem_response_get_day (previous));
  points = (int) (change.change < 0 ? -change.change + 0.5 : change.change + 0.5);

  switch (change.classification)
    {
    case TANDEM_CHANGE_CLASS_RELIABLE_IMPROVEMENT:
      verdict = _("That is a reliable improvement.");
      break;
    case TANDEM_CHANGE_CLASS_NO_RELIABLE_CHANGE:
      verdict = _("That is no reliable change.");
      break;
    case TANDEM_CHANGE_CLASS_RELIABLE_DETERIORATION:
      verdict = _("That is a reliable deterioration.");
      break;
    case TANDEM_CHANGE_CLASS_NOT_AVAILABLE:
    default:
      break;
    }

  if (points == 0)
    /* Translators: %s is a short date, e.g. "3 March" */
    text = g_strdup_printf (_("The same as on %s."), day);
  else if (change.change < 0)
    /* Translators: %d is a number of points, %s a short date, e.g. "3 March" */
    text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%d point lower than on %s.",
                                         "%d points lower than on %s.", points),
                            points, day);
  else
    /* Translators: %d is a number of points, %s a short date, e.g. "3 March" */
    text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%d point higher than on %s.",
                                         "%d points higher than on %s.", points),
                            points, day);

  if (verdict != NULL)
    {
      g_autofree char *both = g_strconcat (text, " ", verdict, NULL);

      gtk_label_set_label (self->change_label, both);
    }
  else
    {
      gtk_label_set_label (self->change_label, text);
    }
}

static void
show_result (TandemQuestionnaireWindow *self,
             TandemScaleScore          *score,
             TandemResponse            *previous)
{
  g_autofree char *value = format_number (score->score);
  g_autofree char *caption = NULL;
  g_autofree char *crisis_line = NULL;
  double min, max;

  tandem_scale_get_score_range (self->scale, &min, &max);
  gtk_label_set_label (self->score_label, value);

  if (score->score != score->total)
    {
      g_autofree char *max_text = format_number (max);
      g_autofree char *total_text = format_number (score->total);

      /* Translators: a transformed questionnaire score (WHO-5: a percentage);
       * the first %s is the top of its range, the second the raw total */
      caption = g_strdup_printf (_("out of %s (raw total %s)"), max_text, total_text);
    }
  else
    {
      g_autofree char *max_text = format_number (max);

      /* Translators: below a questionnaire's total; %s is the highest possible total */
      caption = g_strdup_printf (_("out of %s"), max_text);
    }
  gtk_label_set_label (self->score_caption, caption);

  gtk_label_set_label (self->band_label,
                       score->band_label ? tandem_scale_translate_label (score->band_label) : "");
  gtk_widget_set_visible (GTK_WIDGET (self->band_label), score->band_label != NULL);

  show_change (self, previous, score->score);

  gtk_accessible_update_property (GTK_ACCESSIBLE (self->score_label),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, value,
                                  -1);

  if (score->flags & TANDEM_SCORE_FLAG_SAFETY)
    {
      crisis_line = g_settings_get_string (self->settings, "crisis-line");
      g_strstrip (crisis_line);

      adw_status_page_set_description (self->safety_page,
                                       _("If you are thinking about harming yourself, please "
                                         "contact emergency services or a crisis line now, "
                                         "and let your therapist know."));
      if (crisis_line[0] != '\0')
        {
          /* Translators: %s is the crisis line the person entered in Preferences */
          g_autofree char *text = g_strdup_printf (_("Crisis line: %s"), crisis_line);

          gtk_label_set_label (self->crisis_line_label, text);
        }
      gtk_widget_set_visible (GTK_WIDGET (self->crisis_line_label), crisis_line[0] != '\0');

      gtk_label_set_label (self->safety_note,
                           _("You said you have had thoughts of harming yourself. "
                             "Please talk to your therapist about it soon."));
      gtk_widget_set_visible (GTK_WIDGET (self->safety_note), TRUE);

      gtk_stack_set_visible_child_name (self->stack, "safety");
      gtk_widget_grab_focus (GTK_WIDGET (self->continue_button));
    }
  else
    {
      gtk_widget_set_visible (GTK_WIDGET (self->safety_note), FALSE);
      gtk_stack_set_visible_child_name (self->stack, "result");
      gtk_widget_grab_focus (GTK_WIDGET (self->done_button));
    }

  adw_window_title_set_subtitle (self->window_title, _("Result"));
}

static void
show_error (TandemQuestionnaireWindow *self,
            const char                *message)
{
  GtkWidget *dialog;

  dialog = adw_message_dialog_new (GTK_WINDOW (self), _("Could Not Save the Answers"), message);
  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _("_Close"));
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
submit_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *param)
{
  tandem_questionnaire_window_submit (TANDEM_QUESTIONNAIRE_WINDOW (widget));
}

static void
show_result_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *param)
{
  TandemQuestionnaireWindow *self = TANDEM_QUESTIONNAIRE_WINDOW (widget);

  gtk_stack_set_visible_child_name (self->stack, "result");
  gtk_widget_grab_focus (GTK_WIDGET (self->done_button));
}

static void
tandem_questionnaire_window_dispose (GObject *object)
{
  TandemQuestionnaireWindow *self = (TandemQuestionnaireWindow *)object;

  g_clear_object (&self->store);
  g_clear_object (&self->person);
  g_clear_object (&self->registry);
  g_clear_object (&self->scale);
  g_clear_object (&self->settings);

  gtk_widget_dispose_template (GTK_WIDGET (self), TANDEM_TYPE_QUESTIONNAIRE_WINDOW);

  G_OBJECT_CLASS (tandem_questionnaire_window_parent_class)->dispose (object);
}

static void
tandem_questionnaire_window_finalize (GObject *object)
{
  TandemQuestionnaireWindow *self = (TandemQuestionnaireWindow *)object;

  g_clear_pointer (&self->item_checks, g_ptr_array_unref);
  g_clear_pointer (&self->item_errors, g_ptr_array_unref);
  g_clear_pointer (&self->item_boxes, g_ptr_array_unref);
  g_clear_pointer (&self->problem, g_free);

  G_OBJECT_CLASS (tandem_questionnaire_window_parent_class)->finalize (object);
}

static void
tandem_questionnaire_window_class_init (TandemQuestionnaireWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = tandem_questionnaire_window_dispose;
  object_class->finalize = tandem_questionnaire_window_finalize;

  /**
   * TandemQuestionnaireWindow::response-saved:
   * @response: the stored response
   *
   * Emitted when the answers were scored and stored.
   */
  signals[RESPONSE_SAVED] =
    g_signal_new ("response-saved",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, TANDEM_TYPE_RESPONSE);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/ui/tandem-questionnaire-window.ui");
  gtk_widget_class_bind_template_child (widget_class, TandemQuestionnaireWindow, window_title);
  gtk_widget_class_bind_template_child (widget_class, TandemQuestionnaireWindow, stack);
  gtk_widget_class_bind_template_child (widget_class, TandemQuestionnaireWindow, choose_group);
  gtk_widget_class_bind_template_child (widget_class, TandemQuestionnaireWindow, items_scroller);
  gtk_widget_class_bind_template_child (widget_class, TandemQuestionnaireWindow, instructions_label);
  gtk_widget_class_bind_template_child (widget_class, TandemQuestionnaireWindow, recall_label);
  gtk_widget_class_bind_template_child (widget_class, TandemQuestionnaireWindow, items_box);
  gtk_widget_class_bind_template_child (widget_class, TandemQuestionnaireWindow, attribution_label);
  gtk_widget_class_bind_template_child (widget_class, TandemQuestionnaireWindow, safety_page);
  gtk_widget_class_bind_template_child (widget_class, TandemQuestionnaireWindow, crisis_line_label);
  gtk_widget_class_bind_template_child (widget_class, TandemQuestionnaireWindow, continue_button);
  gtk_widget_class_bind_template_child (widget_class, TandemQuestionnaireWindow, score_label);
  gtk_widget_class_bind_template_child (widget_class, TandemQuestionnaireWindow, score_caption);
  gtk_widget_class_bind_template_child (widget_class, TandemQuestionnaireWindow, band_label);
  gtk_widget_class_bind_template_child (widget_class, TandemQuestionnaireWindow, change_label);
  gtk_widget_class_bind_template_child (widget_class, TandemQuestionnaireWindow, safety_note);
  gtk_widget_class_bind_template_child (widget_class, TandemQuestionnaireWindow, done_button);

  gtk_widget_class_install_action (widget_class, "questionnaire.submit", NULL, submit_action);
  gtk_widget_class_install_action (widget_class, "questionnaire.show-result", NULL, show_result_action);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Return, GDK_CONTROL_MASK,
                                       "questionnaire.submit", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
tandem_questionnaire_window_init (TandemQuestionnaireWindow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->item_checks = g_ptr_array_new_with_free_func ((GDestroyNotify) g_ptr_array_unref);
  self->item_errors = g_ptr_array_new ();
  self->item_boxes = g_ptr_array_new ();
  self->settings = g_settings_new (APP_ID);
}

/**
 * tandem_questionnaire_window_new:
 * @parent: (nullable): the window to stay above
 * @store: where the answers are stored
 * @person: who answers
 * @scale_id: (nullable): the questionnaire to take, or %NULL or "" to
 *   choose one first
 *
 * Returns: (transfer floating): a new modal window
 */
GtkWidget *
tandem_questionnaire_window_new (GtkWindow    *parent,
                                 TandemStore  *store,
                                 TandemPerson *person,
                                 const char   *scale_id)
{
  TandemQuestionnaireWindow *self;
  g_autoptr(GError) error = NULL;

  g_return_val_if_fail (!parent || GTK_IS_WINDOW (parent), NULL);
  g_return_val_if_fail (TANDEM_IS_STORE (store), NULL);
  g_return_val_if_fail (TANDEM_IS_PERSON (person), NULL);

  self = g_object_new (TANDEM_TYPE_QUESTIONNAIRE_WINDOW,
                       "transient-for", parent,
                       "modal", parent != NULL,
                       NULL);
  self->store = g_object_ref (store);
  self->person = g_object_ref (person);

  self->registry = tandem_scale_registry_new (&error);
  if (self->registry == NULL)
    g_critical ("The built-in questionnaires could not be read: %s", error->message);
  else if (!tandem_scale_registry_load_custom (self->registry, store, &error))
    g_warning ("Custom questionnaires could not be read: %s", error->message);

  if (self->registry != NULL)
    fill_chooser (self);

  if (scale_id == NULL || scale_id[0] == '\0' ||
      !tandem_questionnaire_window_set_scale (self, scale_id))
    gtk_stack_set_visible_child_name (self->stack, "choose");

  return GTK_WIDGET (self);
}

/**
 * tandem_questionnaire_window_set_scale:
 * @scale_id: a questionnaire's id
 *
 * Shows the items of the questionnaire @scale_id, unanswered.
 *
 * Returns: %FALSE when there is no such questionnaire
 */
gboolean
tandem_questionnaire_window_set_scale (TandemQuestionnaireWindow *self,
                                       const char                *scale_id)
{
  TandemScale *scale;
  const char *recall;
  const char *attribution;

  g_return_val_if_fail (TANDEM_IS_QUESTIONNAIRE_WINDOW (self), FALSE);
  g_return_val_if_fail (scale_id != NULL, FALSE);

  if (self->registry == NULL ||
      !(scale = tandem_scale_registry_lookup (self->registry, scale_id)))
    return FALSE;

  g_set_object (&self->scale, scale);

  adw_window_title_set_title (self->window_title, tandem_scale_get_short_name (scale));
  adw_window_title_set_subtitle (self->window_title, tandem_scale_get_name (scale));
  gtk_window_set_title (GTK_WINDOW (self), tandem_scale_get_short_name (scale));

  gtk_label_set_label (self->instructions_label, tandem_scale_get_instructions (scale));
  recall = tandem_scale_get_recall_period (scale);
  if (recall != NULL && recall[0] != '\0')
    {
      /* Translators: %s is a questionnaire's recall period, e.g. "the last 2 weeks" */
      g_autofree char *text = g_strdup_printf (_("Time period: %s"), recall);

      gtk_label_set_label (self->recall_label, text);
    }
  gtk_widget_set_visible (GTK_WIDGET (self->recall_label), recall != NULL && recall[0] != '\0');

  attribution = tandem_scale_get_attribution (scale);
  gtk_label_set_label (self->attribution_label, attribution ? attribution : "");
  gtk_widget_set_visible (GTK_WIDGET (self->attribution_label),
                          attribution != NULL && attribution[0] != '\0');

  build_items (self);
  set_problem (self, NULL);
  gtk_stack_set_visible_child_name (self->stack, "items");
  gtk_adjustment_set_value (gtk_scrolled_window_get_vadjustment (self->items_scroller), 0);

  return TRUE;
}

/**
 * tandem_questionnaire_window_get_scale:
 *
 * Returns: (transfer none) (nullable): the questionnaire being taken
 */
TandemScale *
tandem_questionnaire_window_get_scale (TandemQuestionnaireWindow *self)
{
  g_return_val_if_fail (TANDEM_IS_QUESTIONNAIRE_WINDOW (self), NULL);

  return self->scale;
}

/**
 * tandem_questionnaire_window_set_answer:
 * @item: the item, from 0
 * @option: the option chosen, from 0
 *
 * Chooses an answer, as a click on its row would.
 */
void
tandem_questionnaire_window_set_answer (TandemQuestionnaireWindow *self,
                                        guint                      item,
                                        guint                      option)
{
  GPtrArray *checks;

  g_return_if_fail (TANDEM_IS_QUESTIONNAIRE_WINDOW (self));
  g_return_if_fail (item < self->item_checks->len);

  checks = g_ptr_array_index (self->item_checks, item);
  g_return_if_fail (option < checks->len);

  gtk_check_button_set_active (g_ptr_array_index (checks, option), TRUE);
}

/**
 * tandem_questionnaire_window_submit:
 *
 * Scores and stores the answers and shows the result, or, when an item is
 * unanswered, scrolls to it and says so beside it.
 *
 * Returns: whether the answers were stored
 */
gboolean
tandem_questionnaire_window_submit (TandemQuestionnaireWindow *self)
{
  g_autoptr(TandemScaleScore) score = NULL;
  g_autoptr(TandemResponse) response = NULL;
  g_autoptr(TandemResponse) previous = NULL;
  g_autoptr(GListStore) earlier = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree int *answers = NULL;
  gint64 person_id;
  guint n_items;
  guint n_earlier;

  g_return_val_if_fail (TANDEM_IS_QUESTIONNAIRE_WINDOW (self), FALSE);

  if (self->scale == NULL)
    return FALSE;

  n_items = self->item_checks->len;
  answers = g_new (int, MAX (n_items, 1));

  for (guint i = 0; i < n_items; i++)
    gtk_widget_set_visible (g_ptr_array_index (self->item_errors, i), FALSE);

  for (guint i = 0; i < n_items; i++)
    {
      answers[i] = get_answer (self, i);
      if (answers[i] == TANDEM_INT_UNSET)
        {
          GtkLabel *label = g_ptr_array_index (self->item_errors, i);

          set_problem (self, gtk_label_get_label (label));
          gtk_widget_set_visible (GTK_WIDGET (label), TRUE);
          scroll_to_item (self, i);
          return FALSE;
        }
    }

  person_id = tandem_record_get_id (TANDEM_RECORD (self->person));
  earlier = tandem_store_list_responses (self->store, person_id,
                                         tandem_scale_get_id (self->scale),
                                         NULL, NULL, &error);
  if (earlier == NULL)
    {
      g_warning ("Could not list earlier results: %s", error->message);
      g_clear_error (&error);
    }
  else if ((n_earlier = g_list_model_get_n_items (G_LIST_MODEL (earlier))) > 0)
    {
      previous = g_list_model_get_item (G_LIST_MODEL (earlier), n_earlier - 1);
    }

  response = tandem_scale_save_response (self->scale, self->store, person_id, NULL, 0,
                                         answers, n_items, &score, &error);
  if (response == NULL)
    {
      set_problem (self, error->message);
      show_error (self, error->message);
      return FALSE;
    }

  set_problem (self, NULL);
  show_result (self, score, previous);
  g_signal_emit (self, signals[RESPONSE_SAVED], 0, response);

  return TRUE;
}

/**
 * tandem_questionnaire_window_get_problem:
 *
 * Returns: (nullable): why the last submission was refused, or %NULL
 */
const char *
tandem_questionnaire_window_get_problem (TandemQuestionnaireWindow *self)
{
  g_return_val_if_fail (TANDEM_IS_QUESTIONNAIRE_WINDOW (self), NULL);

  return self->problem;
}

/**
 * tandem_questionnaire_window_get_view:
 *
 * Returns: what the window shows: "choose", "items", "safety" or "result"
 */
const char *
tandem_questionnaire_window_get_view (TandemQuestionnaireWindow *self)
{
  g_return_val_if_fail (TANDEM_IS_QUESTIONNAIRE_WINDOW (self), NULL);

  return gtk_stack_get_visible_child_name (self->stack);
}
