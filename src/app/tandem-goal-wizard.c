/* tandem-goal-wizard.c
 *
 * Copyright 2026 The Tandem authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "tandem-goal-wizard"

#include "config.h"

#include <glib/gi18n.h>
#include <json-glib/json-glib.h>
#include <math.h>

#include "tandem-goal-wizard.h"
#include "tandem-page.h"

/* The goal wizard: one page per step of the goal's framework (SMART or
 * PACT), each with a prompt, a help text, an example and its fields. Every
 * field writes straight into a working copy of the goal; the rules of
 * tandem-goal-rules.c check the current step after each change and their
 * messages appear under the fields they are about. What is typed is kept
 * as a draft, so that closing the window loses nothing. */

#define DRAFT_DELAY_MS 500

typedef enum
{
  FIELD_ENTRY,    /* a string, one line */
  FIELD_TEXT,     /* a string, several lines */
  FIELD_NUMBER,   /* a double; empty is "not given" */
  FIELD_DAYS,     /* an int of days; 0 is "not given" */
  FIELD_ENUM,     /* an enum, from a drop-down */
  FIELD_CHOICE,   /* a string, from a drop-down */
  FIELD_RADIO,    /* an enum, from a few radio buttons */
  FIELD_DATE,     /* a date, "YYYY-MM-DD"; empty is "not given" */
} FieldKind;

typedef struct
{
  const char *label;
  int         value;
  const char *text;
} Choice;

typedef struct
{
  TandemGoalWizard *wizard;
  const char       *property;
  FieldKind         kind;
  GtkWidget        *row;
  GtkWidget        *widget;
  GtkWidget        *error_label;
  const Choice     *choices;
  guint             n_choices;
  GtkWidget       **buttons;
} Field;

typedef struct
{
  TandemGoalStep  step;
  GtkWidget      *box;
  GtkWidget      *error_label;
  GPtrArray      *fields;
} Page;

#define N_STEPS (TANDEM_GOAL_STEP_REVIEW + 1)

struct _TandemGoalWizard
{
  AdwWindow        parent_instance;

  TandemStore     *store;
  TandemPerson    *person;
  TandemGoal      *goal;
  TandemGoalDraft *draft;
  TandemScaleRegistry *registry;
  gint64           goal_id;
  guint            therapist_profile : 1;
  guint            loading : 1;
  guint            dirty : 1;
  guint            saved : 1;

  const TandemGoalStep *steps;
  guint            n_steps;
  guint            position;
  Page             pages[N_STEPS];
  guint            draft_source;

  GtkWidget       *smart_check;
  GtkWidget       *pact_check;
  GtkWidget       *templates_group;
  GtkWidget       *no_template_check;
  GtkWidget       *strategies_box;
  GtkWidget       *strategy_entry;
  GtkWidget       *duration_spin;
  GtkWidget       *duration_unit;
  GtkWidget       *sentence_label;
  GtkWidget       *reason_row;
  GtkWidget       *reason_entry;
  GArray          *strategy_ids;

  /* Template widgets */
  AdwToastOverlay *toast_overlay;
  AdwWindowTitle  *window_title;
  GtkWidget       *steps_box;
  GtkScrolledWindow *scrolled_window;
  GtkStack        *stack;
  GtkWidget       *back_button;
  GtkWidget       *position_label;
  GtkWidget       *next_button;
  GtkWidget       *save_button;
};

G_DEFINE_FINAL_TYPE (TandemGoalWizard, tandem_goal_wizard, ADW_TYPE_WINDOW)

enum {
  SAVED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static const Choice measure_choices[] = {
  { N_("Not chosen yet"), TANDEM_MEASURE_NONE, NULL },
  { N_("A count"), TANDEM_MEASURE_COUNT, NULL },
  { N_("A rating from 0 to 10"), TANDEM_MEASURE_RATING, NULL },
  { N_("Yes or no"), TANDEM_MEASURE_YES_NO, NULL },
  { N_("A questionnaire score"), TANDEM_MEASURE_QUESTIONNAIRE, NULL },
};

static const Choice period_choices[] = {
  { N_("In total"), TANDEM_PERIOD_NONE, NULL },
  { N_("Per day"), TANDEM_PERIOD_DAY, NULL },
  { N_("Per week"), TANDEM_PERIOD_WEEK, NULL },
  { N_("Per month"), TANDEM_PERIOD_MONTH, NULL },
};

static const Choice direction_choices[] = {
  { N_("More is better"), TANDEM_DIRECTION_INCREASE, NULL },
  { N_("Less is better"), TANDEM_DIRECTION_DECREASE, NULL },
};

static const Choice horizon_choices[] = {
  { N_("Short-term goal"), TANDEM_HORIZON_SHORT, NULL },
  { N_("Long-term goal"), TANDEM_HORIZON_LONG, NULL },
};

/* The questionnaires a goal can be tracked by. */
static const Choice instrument_choices[] = {
  { N_("Not chosen yet"), 0, NULL },
  { N_("PHQ-9 (depression)"), 0, "phq9" },
  { N_("GAD-7 (anxiety)"), 0, "gad7" },
  { N_("WHO-5 (well-being)"), 0, "who5" },
  { N_("K10 (psychological distress)"), 0, "k10" },
  { N_("Rosenberg Self-Esteem Scale"), 0, "rses" },
};

static const struct {
  const char *name;
  const char *prompt;
  const char *help;
  const char *example;
} step_texts[N_STEPS] = {
  [TANDEM_GOAL_STEP_FRAMEWORK] = {
    N_("Start"),
    N_("How would you like to write this goal?"),
    N_("Choose a way of writing it. You can start from an example and change every part of it."),
    NULL },
  [TANDEM_GOAL_STEP_SPECIFIC] = {
    N_("Specific"),
    N_("What exactly do you want to do?"),
    N_("Say what you will do, who is involved, where it happens and why."),
    N_("Example: take a ten-minute walk in the park after lunch, on my own, to clear my head.") },
  [TANDEM_GOAL_STEP_MEASURABLE] = {
    N_("Measurable"),
    N_("How will you know that you are making progress?"),
    N_("Choose something you can count or rate, where you start from and where you want to get to."),
    N_("Example: a 0–10 rating of worry each evening, from 7 down to 4.") },
  [TANDEM_GOAL_STEP_ACHIEVABLE] = {
    N_("Achievable"),
    N_("What will help you get there?"),
    N_("List the steps and resources you need, and the strategies you will practise."),
    N_("Example: block a slot in my calendar; practise slow breathing when I notice tension.") },
  [TANDEM_GOAL_STEP_RELEVANT] = {
    N_("Relevant"),
    N_("Why does this matter to you?"),
    N_("Say how the goal connects to what you value. This is what keeps a goal going on hard days."),
    N_("Example: I want to have more energy for my children.") },
  [TANDEM_GOAL_STEP_TIME_BOUND] = {
    N_("Time-bound"),
    N_("By when?"),
    N_("Choose when you start, when the goal is due and how often you will look at your progress."),
    N_("Example: start today, due within 3 months, review every 14 days.") },
  [TANDEM_GOAL_STEP_PURPOSEFUL] = {
    N_("Purposeful"),
    N_("What is the purpose behind this goal?"),
    N_("A PACT goal follows a long-term purpose. Say what you want your life to be more about."),
    N_("Example: be a calmer, more present parent.") },
  [TANDEM_GOAL_STEP_ACTIONABLE] = {
    N_("Actionable"),
    N_("What can you do first?"),
    N_("Name actions that are fully in your hands, starting this week."),
    N_("Example: put my phone in another room during dinner.") },
  [TANDEM_GOAL_STEP_CONTINUOUS] = {
    N_("Continuous"),
    N_("How often will you practise?"),
    N_("Say how often you repeat the actions, so that they become a habit."),
    N_("Example: every evening after dinner.") },
  [TANDEM_GOAL_STEP_TRACKABLE] = {
    N_("Trackable"),
    N_("How will you keep track?"),
    N_("Choose what you will record and how often you look back at it."),
    N_("Example: yes or no each day: did the phone stay away at dinner?") },
  [TANDEM_GOAL_STEP_REVIEW] = {
    N_("Review"),
    N_("Does this say what you mean?"),
    N_("Read the goal as a whole and change any part of it before you save."),
    NULL },
};

static void load_fields      (TandemGoalWizard *self);
static void update_state     (TandemGoalWizard *self);
static void update_steps_box (TandemGoalWizard *self);

/* A questionnaire target must be one of that questionnaire's scores, as its
 * data file (or, for a custom one, its definition) says. */
static gboolean
score_range (const char *instrument,
             double     *min,
             double     *max,
             gpointer    user_data)
{
  TandemGoalWizard *self = user_data;

  if (self->registry == NULL)
    {
      g_autoptr(GError) error = NULL;

      self->registry = tandem_scale_registry_new (&error);
      if (self->registry != NULL && self->store != NULL)
        tandem_scale_registry_load_custom (self->registry, self->store, &error);
      if (error != NULL)
        g_warning ("Could not load the questionnaires: %s", error->message);
    }

  return self->registry != NULL && tandem_scale_registry_score_range (instrument, min, max, self->registry);
}

static TandemAuthor
get_author (TandemGoalWizard *self)
{
  /* Who writes: in the therapist profile the therapist (also for their own
   * goals under "Me"), in the client profile the client. */
  return self->therapist_profile ? TANDEM_AUTHOR_THERAPIST : TANDEM_AUTHOR_CLIENT;
}

static TandemAuthor
get_template_audience (TandemGoalWizard *self)
{
  if (self->therapist_profile && self->person != NULL &&
      tandem_person_get_role (self->person) == TANDEM_PERSON_ROLE_OWNER)
    return TANDEM_AUTHOR_THERAPIST;

  return TANDEM_AUTHOR_CLIENT;
}

static gint64
get_person_id (TandemGoalWizard *self)
{
  return self->person ? tandem_record_get_id (TANDEM_RECORD (self->person)) : 0;
}

/* Drafts */

static TandemGoalDraft *
find_draft (TandemGoalWizard *self)
{
  g_autoptr(GListStore) drafts = NULL;
  g_autoptr(GError) error = NULL;
  guint n;

  if (self->store == NULL || self->person == NULL)
    return NULL;

  drafts = tandem_store_list_goal_drafts (self->store, get_person_id (self), &error);
  if (drafts == NULL)
    {
      g_warning ("Could not list drafts: %s", error->message);
      return NULL;
    }

  n = g_list_model_get_n_items (G_LIST_MODEL (drafts));
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(TandemGoalDraft) draft = g_list_model_get_item (G_LIST_MODEL (drafts), i);

      if (tandem_goal_draft_get_goal_id (draft) == self->goal_id)
        return g_steal_pointer (&draft);
    }

  return NULL;
}

/**
 * tandem_goal_wizard_save_draft:
 *
 * Writes what was typed so far into the goal's draft now, instead of after
 * the short pause that follows typing.
 */
void
tandem_goal_wizard_save_draft (TandemGoalWizard *self)
{
  g_autoptr(JsonObject) object = NULL;
  g_autoptr(JsonNode) node = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *content = NULL;
  gboolean ok;

  g_return_if_fail (TANDEM_IS_GOAL_WIZARD (self));

  g_clear_handle_id (&self->draft_source, g_source_remove);

  if (!self->dirty || self->saved || self->store == NULL || self->person == NULL)
    return;

  object = tandem_record_to_json (TANDEM_RECORD (self->goal));
  node = json_node_init_object (json_node_alloc (), object);
  content = json_to_string (node, FALSE);

  if (self->draft == NULL)
    {
      self->draft = tandem_goal_draft_new (get_person_id (self), content);
      tandem_goal_draft_set_goal_id (self->draft, self->goal_id);
      tandem_goal_draft_set_step (self->draft, self->steps[self->position]);
      ok = tandem_store_insert (self->store, TANDEM_RECORD (self->draft), &error);
    }
  else
    {
      tandem_goal_draft_set_content (self->draft, content);
      tandem_goal_draft_set_step (self->draft, self->steps[self->position]);
      ok = tandem_store_update (self->store, TANDEM_RECORD (self->draft), &error);
    }

  if (!ok)
    {
      g_warning ("Could not keep the draft: %s", error->message);
      g_clear_object (&self->draft);
      return;
    }

  self->dirty = FALSE;
}

static gboolean
save_draft_cb (gpointer user_data)
{
  TandemGoalWizard *self = user_data;

  self->draft_source = 0;
  tandem_goal_wizard_save_draft (self);

  return G_SOURCE_REMOVE;
}

static void
changed (TandemGoalWizard *self)
{
  if (self->loading)
    return;

  self->dirty = TRUE;
  g_clear_handle_id (&self->draft_source, g_source_remove);
  self->draft_source = g_timeout_add (DRAFT_DELAY_MS, save_draft_cb, self);

  update_state (self);
}

/* Fields */

/* A copy of @text without a closing full stop, to place it in a sentence. */
static char *
without_final_stop (const char *text)
{
  g_autofree char *copy = NULL;
  gsize len;

  if (text == NULL || text[0] == '\0')
    return NULL;

  copy = g_strstrip (g_strdup (text));
  len = strlen (copy);
  while (len > 0 && copy[len - 1] == '.')
    copy[--len] = '\0';

  return len > 0 ? g_steal_pointer (&copy) : NULL;
}

static char *
format_number (double value)
{
  char buffer[G_ASCII_DTOSTR_BUF_SIZE];

  return g_strdup (g_ascii_formatd (buffer, sizeof buffer, "%g", value));
}

static char *
dup_text (Field *field)
{
  if (field->kind == FIELD_TEXT)
    {
      GtkTextBuffer *buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (field->widget));
      GtkTextIter start, end;

      gtk_text_buffer_get_bounds (buffer, &start, &end);
      return gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
    }

  return g_strdup (gtk_editable_get_text (GTK_EDITABLE (field->widget)));
}

static void
store_field (Field *field)
{
  TandemGoalWizard *self = field->wizard;
  GObject *goal = G_OBJECT (self->goal);

  switch (field->kind)
    {
    case FIELD_ENTRY:
    case FIELD_TEXT:
      {
        g_autofree char *text = dup_text (field);

        g_object_set (goal, field->property, text[0] != '\0' ? text : NULL, NULL);
      }
      break;

    case FIELD_DATE:
      {
        g_autofree char *text = g_strstrip (dup_text (field));

        g_object_set (goal, field->property, text[0] != '\0' ? text : NULL, NULL);
      }
      break;

    case FIELD_NUMBER:
      {
        g_autofree char *text = g_strstrip (dup_text (field));
        double value = NAN;
        char *end = NULL;

        if (text[0] != '\0')
          {
            /* People type a comma as often as a point. */
            g_strdelimit (text, ",", '.');
            value = g_ascii_strtod (text, &end);
            if (end == NULL || *end != '\0' || !isfinite (value))
              value = NAN;
          }

        g_object_set (goal, field->property, value, NULL);
      }
      break;

    case FIELD_DAYS:
      {
        int days = gtk_spin_button_get_value_as_int (GTK_SPIN_BUTTON (field->widget));

        g_object_set (goal, field->property, days > 0 ? days : TANDEM_INT_UNSET, NULL);
      }
      break;

    case FIELD_RADIO:
      for (guint i = 0; i < field->n_choices; i++)
        if (gtk_check_button_get_active (GTK_CHECK_BUTTON (field->buttons[i])))
          g_object_set (goal, field->property, field->choices[i].value, NULL);
      break;

    case FIELD_ENUM:
    case FIELD_CHOICE:
      {
        guint selected = gtk_drop_down_get_selected (GTK_DROP_DOWN (field->widget));

        if (selected >= field->n_choices)
          break;

        if (field->kind == FIELD_ENUM)
          g_object_set (goal, field->property, field->choices[selected].value, NULL);
        else
          g_object_set (goal, field->property, field->choices[selected].text, NULL);
      }
      break;

    default:
      g_assert_not_reached ();
    }
}

static void
load_field (Field *field)
{
  GObject *goal = G_OBJECT (field->wizard->goal);

  switch (field->kind)
    {
    case FIELD_ENTRY:
    case FIELD_TEXT:
    case FIELD_DATE:
      {
        g_autofree char *text = NULL;
        g_autofree char *current = dup_text (field);

        g_object_get (goal, field->property, &text, NULL);
        if (g_strcmp0 (current, text ? text : "") == 0)
          break;

        if (field->kind == FIELD_TEXT)
          gtk_text_buffer_set_text (gtk_text_view_get_buffer (GTK_TEXT_VIEW (field->widget)),
                                    text ? text : "", -1);
        else
          gtk_editable_set_text (GTK_EDITABLE (field->widget), text ? text : "");
      }
      break;

    case FIELD_NUMBER:
      {
        g_autofree char *current = dup_text (field);
        g_autofree char *text = NULL;
        double value;

        g_object_get (goal, field->property, &value, NULL);
        text = isnan (value) ? g_strdup ("") : format_number (value);
        if (!g_str_equal (current, text))
          gtk_editable_set_text (GTK_EDITABLE (field->widget), text);
      }
      break;

    case FIELD_DAYS:
      {
        int days;

        g_object_get (goal, field->property, &days, NULL);
        gtk_spin_button_set_value (GTK_SPIN_BUTTON (field->widget), MAX (days, 0));
      }
      break;

    case FIELD_ENUM:
      {
        int value;

        g_object_get (goal, field->property, &value, NULL);
        for (guint i = 0; i < field->n_choices; i++)
          if (field->choices[i].value == value)
            gtk_drop_down_set_selected (GTK_DROP_DOWN (field->widget), i);
      }
      break;

    case FIELD_RADIO:
      {
        int value;

        g_object_get (goal, field->property, &value, NULL);
        for (guint i = 0; i < field->n_choices; i++)
          if (field->choices[i].value == value)
            gtk_check_button_set_active (GTK_CHECK_BUTTON (field->buttons[i]), TRUE);
      }
      break;

    case FIELD_CHOICE:
      {
        g_autofree char *text = NULL;

        g_object_get (goal, field->property, &text, NULL);
        for (guint i = 0; i < field->n_choices; i++)
          if (g_strcmp0 (field->choices[i].text, text) == 0)
            gtk_drop_down_set_selected (GTK_DROP_DOWN (field->widget), i);
      }
      break;

    default:
      g_assert_not_reached ();
    }
}

static void
on_field_changed_cb (Field *field)
{
  if (field->wizard->loading)
    return;

  store_field (field);
  changed (field->wizard);
}

static void
on_entry_activate_cb (TandemGoalWizard *self)
{
  gtk_widget_activate_action (GTK_WIDGET (self), "wizard.next", NULL);
}

static GtkWidget *
create_label (const char *text,
              const char *style)
{
  GtkWidget *label = gtk_label_new (text);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
  if (style != NULL)
    gtk_widget_add_css_class (label, style);

  return label;
}

static GtkWidget *
create_dropdown (const Choice *choices,
                 guint         n_choices)
{
  g_autoptr(GtkStringList) list = gtk_string_list_new (NULL);

  for (guint i = 0; i < n_choices; i++)
    gtk_string_list_append (list, _(choices[i].label));

  return gtk_drop_down_new (G_LIST_MODEL (g_steal_pointer (&list)), NULL);
}

static void
field_free (gpointer data)
{
  Field *field = data;

  g_free (field->buttons);
  g_free (field);
}

static void
on_radio_toggled_cb (Field          *field,
                     GtkCheckButton *button)
{
  if (gtk_check_button_get_active (button))
    on_field_changed_cb (field);
}

/* Adds a labelled field for @property to @page, with the label above and
 * the place for the rules' message below. */
static Field *
add_field (TandemGoalWizard *self,
           Page             *page,
           const char       *property,
           FieldKind         kind,
           const char       *label_text,
           const Choice     *choices,
           guint             n_choices)
{
  Field *field = g_new0 (Field, 1);
  GtkWidget *label;

  field->wizard = self;
  field->property = property;
  field->kind = kind;
  field->choices = choices;
  field->n_choices = n_choices;

  field->row = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  label = gtk_label_new_with_mnemonic (label_text);
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_widget_add_css_class (label, "heading");
  gtk_box_append (GTK_BOX (field->row), label);

  switch (kind)
    {
    case FIELD_ENTRY:
    case FIELD_NUMBER:
    case FIELD_DATE:
      field->widget = gtk_entry_new ();
      if (kind == FIELD_NUMBER)
        gtk_entry_set_input_purpose (GTK_ENTRY (field->widget), GTK_INPUT_PURPOSE_NUMBER);
      if (kind == FIELD_DATE)
        /* Translators: the form of a date the user types */
        gtk_entry_set_placeholder_text (GTK_ENTRY (field->widget), _("YYYY-MM-DD"));
      g_signal_connect_swapped (field->widget, "changed", G_CALLBACK (on_field_changed_cb), field);
      g_signal_connect_swapped (field->widget, "activate", G_CALLBACK (on_entry_activate_cb), self);
      gtk_box_append (GTK_BOX (field->row), field->widget);
      break;

    case FIELD_TEXT:
      {
        GtkWidget *frame = gtk_frame_new (NULL);

        field->widget = gtk_text_view_new ();
        gtk_text_view_set_wrap_mode (GTK_TEXT_VIEW (field->widget), GTK_WRAP_WORD_CHAR);
        gtk_text_view_set_accepts_tab (GTK_TEXT_VIEW (field->widget), FALSE);
        gtk_text_view_set_top_margin (GTK_TEXT_VIEW (field->widget), 6);
        gtk_text_view_set_bottom_margin (GTK_TEXT_VIEW (field->widget), 6);
        gtk_text_view_set_left_margin (GTK_TEXT_VIEW (field->widget), 6);
        gtk_text_view_set_right_margin (GTK_TEXT_VIEW (field->widget), 6);
        gtk_widget_set_size_request (field->widget, -1, 72);
        g_signal_connect_swapped (gtk_text_view_get_buffer (GTK_TEXT_VIEW (field->widget)),
                                  "changed", G_CALLBACK (on_field_changed_cb), field);
        gtk_frame_set_child (GTK_FRAME (frame), field->widget);
        gtk_box_append (GTK_BOX (field->row), frame);
      }
      break;

    case FIELD_DAYS:
      field->widget = gtk_spin_button_new_with_range (0, 365, 1);
      gtk_widget_set_halign (field->widget, GTK_ALIGN_START);
      g_signal_connect_swapped (field->widget, "value-changed", G_CALLBACK (on_field_changed_cb), field);
      gtk_box_append (GTK_BOX (field->row), field->widget);
      break;

    case FIELD_ENUM:
    case FIELD_CHOICE:
      field->widget = create_dropdown (choices, n_choices);
      gtk_widget_set_halign (field->widget, GTK_ALIGN_START);
      g_signal_connect_swapped (field->widget, "notify::selected", G_CALLBACK (on_field_changed_cb), field);
      gtk_box_append (GTK_BOX (field->row), field->widget);
      break;

    case FIELD_RADIO:
      field->widget = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
      field->buttons = g_new0 (GtkWidget *, n_choices);
      for (guint i = 0; i < n_choices; i++)
        {
          field->buttons[i] = gtk_check_button_new_with_label (_(choices[i].label));
          if (i > 0)
            gtk_check_button_set_group (GTK_CHECK_BUTTON (field->buttons[i]),
                                        GTK_CHECK_BUTTON (field->buttons[0]));
          g_signal_connect_swapped (field->buttons[i], "toggled", G_CALLBACK (on_radio_toggled_cb), field);
          gtk_box_append (GTK_BOX (field->widget), field->buttons[i]);
        }
      gtk_box_append (GTK_BOX (field->row), field->widget);
      break;

    default:
      g_assert_not_reached ();
    }

  if (kind == FIELD_RADIO)
    gtk_label_set_mnemonic_widget (GTK_LABEL (label), field->buttons[0]);
  else
    gtk_label_set_mnemonic_widget (GTK_LABEL (label), field->widget);
  /* The mnemonic label names the field for screen readers; a group of
   * radio buttons gets the label as its name instead. */
  if (kind == FIELD_RADIO)
    gtk_accessible_update_property (GTK_ACCESSIBLE (field->widget),
                                    GTK_ACCESSIBLE_PROPERTY_LABEL, gtk_label_get_text (GTK_LABEL (label)),
                                    -1);

  field->error_label = create_label (NULL, "error");
  gtk_widget_set_visible (field->error_label, FALSE);
  gtk_box_append (GTK_BOX (field->row), field->error_label);

  gtk_box_append (GTK_BOX (page->box), field->row);
  g_ptr_array_add (page->fields, field);

  return field;
}

static Page *
begin_page (TandemGoalWizard *self,
            TandemGoalStep    step)
{
  Page *page = &self->pages[step];
  g_autoptr(GEnumClass) steps = g_type_class_ref (TANDEM_TYPE_GOAL_STEP);
  GtkWidget *prompt;

  page->step = step;
  page->fields = g_ptr_array_new_with_free_func (field_free);
  page->box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 18);

  prompt = create_label (_(step_texts[step].prompt), "title-2");
  gtk_accessible_update_property (GTK_ACCESSIBLE (prompt),
                                  GTK_ACCESSIBLE_PROPERTY_LEVEL, 2, -1);
  gtk_box_append (GTK_BOX (page->box), prompt);
  gtk_box_append (GTK_BOX (page->box), create_label (_(step_texts[step].help), NULL));
  if (step_texts[step].example != NULL)
    gtk_box_append (GTK_BOX (page->box), create_label (_(step_texts[step].example), "dim-label"));

  page->error_label = create_label (NULL, "error");
  gtk_widget_set_visible (page->error_label, FALSE);

  gtk_stack_add_named (self->stack, page->box, g_enum_get_value (steps, step)->value_nick);

  return page;
}

static void
end_page (Page *page)
{
  gtk_box_append (GTK_BOX (page->box), page->error_label);
}

static Field *
find_field (Page       *page,
            const char *property)
{
  for (guint i = 0; i < page->fields->len; i++)
    {
      Field *field = page->fields->pdata[i];

      if (g_str_equal (field->property, property) && gtk_widget_get_visible (field->row))
        return field;
    }

  return NULL;
}

static void
add_measure_fields (TandemGoalWizard *self,
                    Page             *page)
{
  add_field (self, page, "measure-kind", FIELD_RADIO, _("_Measure"),
             measure_choices, G_N_ELEMENTS (measure_choices));
  add_field (self, page, "instrument", FIELD_CHOICE, _("_Questionnaire"),
             instrument_choices, G_N_ELEMENTS (instrument_choices));
  add_field (self, page, "measure-name", FIELD_ENTRY, _("What is counted or _rated"), NULL, 0);
  add_field (self, page, "measure-period", FIELD_ENUM, _("_How often it is counted"),
             period_choices, G_N_ELEMENTS (period_choices));
  add_field (self, page, "unit", FIELD_ENTRY, _("_Unit (optional)"), NULL, 0);
  add_field (self, page, "direction", FIELD_RADIO, _("_Direction"),
             direction_choices, G_N_ELEMENTS (direction_choices));
  add_field (self, page, "baseline", FIELD_NUMBER, _("_Starting point"), NULL, 0);
  add_field (self, page, "target", FIELD_NUMBER, _("_Target"), NULL, 0);
}

/* The framework step */

static void
set_framework (TandemGoalWizard *self,
               TandemFramework   framework)
{
  self->steps = tandem_goal_rules_get_steps (framework, &self->n_steps);
  self->position = MIN (self->position, self->n_steps - 1);
}

static void
on_framework_toggled_cb (TandemGoalWizard *self,
                         GtkCheckButton   *check)
{
  TandemFramework framework;

  if (!gtk_check_button_get_active (check))
    return;

  framework = check == GTK_CHECK_BUTTON (self->pact_check) ? TANDEM_FRAMEWORK_PACT : TANDEM_FRAMEWORK_SMART;
  set_framework (self, framework);

  if (self->loading)
    return;

  tandem_goal_set_framework (self->goal, framework);
  update_steps_box (self);
  changed (self);
}

static GtkWidget *
create_choice_row (const char *title,
                   const char *subtitle,
                   GtkWidget  *check)
{
  GtkWidget *row = adw_action_row_new ();

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  if (subtitle != NULL)
    adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  gtk_widget_set_valign (check, GTK_ALIGN_CENTER);
  adw_action_row_add_prefix (ADW_ACTION_ROW (row), check);
  adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), check);

  return row;
}

static void
on_template_toggled_cb (GtkCheckButton *check,
                        gpointer        user_data)
{
  TandemGoalWizard *self = g_object_get_data (G_OBJECT (check), "wizard");
  const char *id = user_data;

  if (self->loading || !gtk_check_button_get_active (check))
    return;

  tandem_goal_wizard_apply_template (self, id);
}

static void
build_framework_page (TandemGoalWizard *self)
{
  Page *page = begin_page (self, TANDEM_GOAL_STEP_FRAMEWORK);
  const TandemGoalTemplate *templates;
  GtkWidget *group;
  guint n_templates;

  group = adw_preferences_group_new ();
  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (group), _("Framework"));

  self->smart_check = gtk_check_button_new ();
  self->pact_check = gtk_check_button_new ();
  gtk_check_button_set_group (GTK_CHECK_BUTTON (self->pact_check), GTK_CHECK_BUTTON (self->smart_check));
  gtk_check_button_set_active (GTK_CHECK_BUTTON (self->smart_check), TRUE);
  g_signal_connect_swapped (self->smart_check, "toggled", G_CALLBACK (on_framework_toggled_cb), self);
  g_signal_connect_swapped (self->pact_check, "toggled", G_CALLBACK (on_framework_toggled_cb), self);

  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group),
                             create_choice_row (_("SMART"),
                                                _("A concrete outcome by a date."),
                                                self->smart_check));
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group),
                             create_choice_row (_("PACT"),
                                                _("A long-term purpose practised continuously."),
                                                self->pact_check));
  gtk_box_append (GTK_BOX (page->box), group);

  add_field (self, page, "horizon", FIELD_ENUM, _("_Kind of goal"),
             horizon_choices, G_N_ELEMENTS (horizon_choices));

  self->templates_group = adw_preferences_group_new ();
  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (self->templates_group),
                                   _("Start From an Example"));
  adw_preferences_group_set_description (ADW_PREFERENCES_GROUP (self->templates_group),
                                         _("An example fills in every step; you can change all of it."));

  self->no_template_check = gtk_check_button_new ();
  gtk_check_button_set_active (GTK_CHECK_BUTTON (self->no_template_check), TRUE);
  g_object_set_data (G_OBJECT (self->no_template_check), "wizard", self);
  g_signal_connect (self->no_template_check, "toggled", G_CALLBACK (on_template_toggled_cb), NULL);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (self->templates_group),
                             create_choice_row (_("Start Empty"), NULL, self->no_template_check));

  templates = tandem_goal_templates_get (get_template_audience (self), &n_templates);
  for (guint i = 0; i < n_templates; i++)
    {
      GtkWidget *check = gtk_check_button_new ();
      const char *framework = templates[i].framework == TANDEM_FRAMEWORK_PACT ? _("PACT") : _("SMART");

      gtk_check_button_set_group (GTK_CHECK_BUTTON (check), GTK_CHECK_BUTTON (self->no_template_check));
      g_object_set_data (G_OBJECT (check), "wizard", self);
      g_signal_connect (check, "toggled", G_CALLBACK (on_template_toggled_cb), (gpointer) templates[i].id);
      adw_preferences_group_add (ADW_PREFERENCES_GROUP (self->templates_group),
                                 create_choice_row (_(templates[i].name), framework, check));
    }

  gtk_box_append (GTK_BOX (page->box), self->templates_group);
  end_page (page);
}

/* The Achievable step: strategies */

static void
on_strategy_toggled_cb (GtkCheckButton *check,
                        gpointer        user_data)
{
  TandemGoalWizard *self = g_object_get_data (G_OBJECT (check), "wizard");
  gint64 id = GPOINTER_TO_SIZE (user_data);

  if (self->loading)
    return;

  for (guint i = 0; i < self->strategy_ids->len; i++)
    if (g_array_index (self->strategy_ids, gint64, i) == id)
      g_array_remove_index (self->strategy_ids, i--);

  if (gtk_check_button_get_active (check))
    g_array_append_val (self->strategy_ids, id);

  tandem_goal_set_strategy_ids (self->goal, (const gint64 *) self->strategy_ids->data,
                                self->strategy_ids->len);
  changed (self);
}

static void
load_strategies (TandemGoalWizard *self)
{
  g_autoptr(GListStore) strategies = NULL;
  g_autoptr(GError) error = NULL;
  GtkWidget *child;
  const gint64 *ids;
  guint n_ids = 0;
  guint n;

  while ((child = gtk_widget_get_first_child (self->strategies_box)))
    gtk_box_remove (GTK_BOX (self->strategies_box), child);

  ids = tandem_goal_get_strategy_ids (self->goal, &n_ids);
  g_array_set_size (self->strategy_ids, 0);
  if (n_ids > 0)
    g_array_append_vals (self->strategy_ids, ids, n_ids);

  if (self->store == NULL || self->person == NULL)
    return;

  strategies = tandem_store_list_strategies (self->store, get_person_id (self), &error);
  if (strategies == NULL)
    {
      g_warning ("Could not list strategies: %s", error->message);
      return;
    }

  n = g_list_model_get_n_items (G_LIST_MODEL (strategies));
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(TandemStrategy) strategy = g_list_model_get_item (G_LIST_MODEL (strategies), i);
      gint64 id = tandem_record_get_id (TANDEM_RECORD (strategy));
      GtkWidget *check = gtk_check_button_new_with_label (tandem_strategy_get_name (strategy));
      gboolean active = FALSE;

      for (guint j = 0; j < n_ids; j++)
        active |= ids[j] == id;

      gtk_check_button_set_active (GTK_CHECK_BUTTON (check), active);
      g_object_set_data (G_OBJECT (check), "wizard", self);
      g_signal_connect (check, "toggled", G_CALLBACK (on_strategy_toggled_cb), GSIZE_TO_POINTER (id));
      gtk_box_append (GTK_BOX (self->strategies_box), check);
    }
}

static void
add_strategy (TandemGoalWizard *self)
{
  g_autoptr(TandemStrategy) strategy = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *name = NULL;
  gint64 id;

  name = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->strategy_entry))));
  if (name[0] == '\0' || self->store == NULL || self->person == NULL)
    return;

  strategy = tandem_strategy_new (get_person_id (self), name);
  if (!tandem_store_insert (self->store, TANDEM_RECORD (strategy), &error))
    {
      adw_toast_overlay_add_toast (self->toast_overlay, adw_toast_new (error->message));
      return;
    }

  id = tandem_record_get_id (TANDEM_RECORD (strategy));
  g_array_append_val (self->strategy_ids, id);
  tandem_goal_set_strategy_ids (self->goal, (const gint64 *) self->strategy_ids->data,
                                self->strategy_ids->len);
  gtk_editable_set_text (GTK_EDITABLE (self->strategy_entry), "");

  self->loading = TRUE;
  load_strategies (self);
  self->loading = FALSE;
  changed (self);
}

static void
build_achievable_page (TandemGoalWizard *self)
{
  Page *page = begin_page (self, TANDEM_GOAL_STEP_ACHIEVABLE);
  GtkWidget *heading, *box, *button;

  add_field (self, page, "achievable", FIELD_TEXT, _("_Steps and resources"), NULL, 0);

  heading = create_label (_("Strategies to practise"), "heading");
  gtk_box_append (GTK_BOX (page->box), heading);

  self->strategies_box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->strategies_box),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Strategies to practise"), -1);
  gtk_box_append (GTK_BOX (page->box), self->strategies_box);

  box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  self->strategy_entry = gtk_entry_new ();
  gtk_widget_set_hexpand (self->strategy_entry, TRUE);
  gtk_entry_set_placeholder_text (GTK_ENTRY (self->strategy_entry), _("A new strategy, such as “slow breathing”"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->strategy_entry),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("New strategy"), -1);
  g_signal_connect_swapped (self->strategy_entry, "activate", G_CALLBACK (add_strategy), self);
  button = gtk_button_new_with_mnemonic (_("_Add Strategy"));
  g_signal_connect_swapped (button, "clicked", G_CALLBACK (add_strategy), self);
  gtk_box_append (GTK_BOX (box), self->strategy_entry);
  gtk_box_append (GTK_BOX (box), button);
  gtk_box_append (GTK_BOX (page->box), box);

  end_page (page);
}

/* The Time-bound step: a duration sets the due date */

static void
on_duration_changed_cb (TandemGoalWizard *self)
{
  int amount = gtk_spin_button_get_value_as_int (GTK_SPIN_BUTTON (self->duration_spin));
  gboolean months = gtk_drop_down_get_selected (GTK_DROP_DOWN (self->duration_unit)) == 1;
  const char *start_day = tandem_goal_get_start_date (self->goal);
  g_autofree char *today = NULL;
  g_autofree char *due_day = NULL;
  GDate date;

  if (self->loading || amount <= 0)
    return;

  if (start_day == NULL || !tandem_date_parse (start_day, &date))
    {
      start_day = today = tandem_date_today ();
      tandem_date_parse (start_day, &date);
    }

  if (months)
    g_date_add_months (&date, amount);
  else
    g_date_add_days (&date, 7 * amount);

  due_day = tandem_date_format (&date);
  tandem_goal_set_due_date (self->goal, due_day);

  /* Shows the new date in the due date field, without a loop back here. */
  self->loading = TRUE;
  for (guint i = 0; i < self->pages[TANDEM_GOAL_STEP_TIME_BOUND].fields->len; i++)
    load_field (self->pages[TANDEM_GOAL_STEP_TIME_BOUND].fields->pdata[i]);
  self->loading = FALSE;

  changed (self);
}

static void
build_time_bound_page (TandemGoalWizard *self)
{
  Page *page = begin_page (self, TANDEM_GOAL_STEP_TIME_BOUND);
  GtkWidget *box, *label;
  g_autoptr(GtkStringList) units = NULL;

  add_field (self, page, "start-date", FIELD_DATE, _("_Start date"), NULL, 0);

  box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  label = gtk_label_new_with_mnemonic (_("Due _within"));
  self->duration_spin = gtk_spin_button_new_with_range (0, 120, 1);
  gtk_label_set_mnemonic_widget (GTK_LABEL (label), self->duration_spin);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->duration_spin),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Due within"), -1);
  units = gtk_string_list_new (NULL);
  gtk_string_list_append (units, _("weeks"));
  gtk_string_list_append (units, _("months"));
  self->duration_unit = gtk_drop_down_new (G_LIST_MODEL (g_steal_pointer (&units)), NULL);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->duration_unit),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Weeks or months"), -1);
  g_signal_connect_swapped (self->duration_spin, "value-changed", G_CALLBACK (on_duration_changed_cb), self);
  g_signal_connect_swapped (self->duration_unit, "notify::selected", G_CALLBACK (on_duration_changed_cb), self);
  gtk_box_append (GTK_BOX (box), label);
  gtk_box_append (GTK_BOX (box), self->duration_spin);
  gtk_box_append (GTK_BOX (box), self->duration_unit);
  gtk_box_append (GTK_BOX (page->box), box);

  add_field (self, page, "due-date", FIELD_DATE, _("_Due date"), NULL, 0);
  add_field (self, page, "review-every-days", FIELD_DAYS, _("_Review progress every … days"), NULL, 0);
  add_field (self, page, "time-bound", FIELD_TEXT, _("In your _words (optional)"), NULL, 0);
  end_page (page);
}

/* The review step */

static char *
dup_measure_name (TandemGoal *goal)
{
  if (tandem_goal_get_measure_kind (goal) == TANDEM_MEASURE_QUESTIONNAIRE)
    {
      for (guint i = 1; i < G_N_ELEMENTS (instrument_choices); i++)
        if (g_strcmp0 (instrument_choices[i].text, tandem_goal_get_instrument (goal)) == 0)
          return g_strdup (_(instrument_choices[i].label));
      return NULL;
    }

  return g_strdup (tandem_goal_get_measure_name (goal));
}

static char *
build_sentence (TandemGoal *goal)
{
  const char *title = tandem_goal_get_title (goal);
  g_autofree char *measure = dup_measure_name (goal);
  double baseline = tandem_goal_get_baseline (goal);
  double target = tandem_goal_get_target (goal);
  g_autofree char *baseline_text = isnan (baseline) ? NULL : format_number (baseline);
  g_autofree char *target_text = isnan (target) ? NULL : format_number (target);
  const char *due = tandem_goal_get_due_date (goal);
  g_autofree char *due_text = due ? tandem_page_format_day (due) : NULL;

  if (title == NULL || title[0] == '\0')
    return g_strdup (_("This goal has no title yet."));

  if (tandem_goal_get_framework (goal) == TANDEM_FRAMEWORK_PACT)
    {
      /* The answers are the person's own words, often whole sentences. */
      g_autofree char *continuous = without_final_stop (tandem_goal_get_continuous (goal));
      g_autofree char *tracked = without_final_stop (measure);

      if (continuous != NULL && tracked != NULL)
        /* Translators: a PACT goal in one sentence: its title, how often it
         * is practised and what is tracked, each in the person's own words,
         * e.g. “Be a calmer parent — practised: every evening; tracked:
         * phone-free dinners.” */
        return g_strdup_printf (_("%1$s — practised: %2$s; tracked: %3$s."), title, continuous, tracked);
      if (continuous != NULL)
        /* Translators: a PACT goal's title and how often it is practised */
        return g_strdup_printf (_("%1$s — practised: %2$s."), title, continuous);
      return g_strdup_printf ("%s.", title);
    }

  if (measure != NULL && baseline_text != NULL && target_text != NULL && due_text != NULL)
    /* Translators: a SMART goal in one sentence: its title, what is
     * measured, from the starting point to the target, by the due date,
     * e.g. “Feel calmer: GAD-7 (anxiety) from 14 to 8 by 3/1/26.” */
    return g_strdup_printf (_("%1$s: %2$s from %3$s to %4$s by %5$s."),
                            title, measure, baseline_text, target_text, due_text);
  if (measure != NULL && target_text != NULL && due_text != NULL)
    /* Translators: a SMART goal's title, what is measured, the target and the due date */
    return g_strdup_printf (_("%1$s: %2$s reaching %3$s by %4$s."), title, measure, target_text, due_text);
  if (due_text != NULL)
    /* Translators: a goal's title and its due date */
    return g_strdup_printf (_("%1$s, by %2$s."), title, due_text);

  return g_strdup_printf ("%s.", title);
}

static void
build_review_page (TandemGoalWizard *self)
{
  Page *page = begin_page (self, TANDEM_GOAL_STEP_REVIEW);
  static const struct {
    const char *property;
    const char *label;
  } criteria[] = {
    { "specific", N_("_Specific") },
    { "measurable", N_("_Measurable") },
    { "achievable", N_("_Achievable") },
    { "relevant", N_("_Relevant") },
    { "time-bound", N_("Time-_bound") },
    { "purposeful", N_("_Purposeful") },
    { "actionable", N_("_Actionable") },
    { "continuous", N_("_Continuous") },
    { "trackable", N_("_Trackable") },
  };
  static const struct {
    const char *property;
    const char *label;
  } levels[] = {
    { "gas-much-less", N_("−2: much less than expected") },
    { "gas-less", N_("−1: somewhat less than expected") },
    { "gas-expected", N_("0: the expected outcome") },
    { "gas-more", N_("+1: somewhat more than expected") },
    { "gas-much-more", N_("+2: much more than expected") },
  };
  GtkWidget *heading;

  self->sentence_label = create_label (NULL, "title-4");
  gtk_label_set_selectable (GTK_LABEL (self->sentence_label), TRUE);
  gtk_box_append (GTK_BOX (page->box), self->sentence_label);

  add_field (self, page, "title", FIELD_ENTRY, _("_Title"), NULL, 0);

  for (guint i = 0; i < G_N_ELEMENTS (criteria); i++)
    add_field (self, page, criteria[i].property, FIELD_TEXT, _(criteria[i].label), NULL, 0);

  heading = create_label (_("Goal Attainment Levels (Optional)"), "title-4");
  gtk_box_append (GTK_BOX (page->box), heading);
  gtk_box_append (GTK_BOX (page->box),
                  create_label (_("Describe in words what each outcome would look like. At a review "
                                  "you can then rate which level was reached."), "dim-label"));
  for (guint i = 0; i < G_N_ELEMENTS (levels); i++)
    add_field (self, page, levels[i].property, FIELD_ENTRY, _(levels[i].label), NULL, 0);

  self->reason_row = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  {
    GtkWidget *label = gtk_label_new_with_mnemonic (_("Reason for the _change (optional)"));

    gtk_label_set_xalign (GTK_LABEL (label), 0);
    gtk_widget_add_css_class (label, "heading");
    self->reason_entry = gtk_entry_new ();
    gtk_label_set_mnemonic_widget (GTK_LABEL (label), self->reason_entry);
    gtk_accessible_update_property (GTK_ACCESSIBLE (self->reason_entry),
                                    GTK_ACCESSIBLE_PROPERTY_LABEL, _("Reason for the change (optional)"), -1);
    gtk_box_append (GTK_BOX (self->reason_row), label);
    gtk_box_append (GTK_BOX (self->reason_row), self->reason_entry);
  }
  gtk_box_append (GTK_BOX (page->box), self->reason_row);

  end_page (page);
}

static void
build_pages (TandemGoalWizard *self)
{
  Page *page;

  build_framework_page (self);

  page = begin_page (self, TANDEM_GOAL_STEP_SPECIFIC);
  add_field (self, page, "title", FIELD_ENTRY, _("_Title"), NULL, 0);
  add_field (self, page, "specific", FIELD_TEXT, _("_What, who, where and why"), NULL, 0);
  end_page (page);

  page = begin_page (self, TANDEM_GOAL_STEP_MEASURABLE);
  add_measure_fields (self, page);
  add_field (self, page, "measurable", FIELD_TEXT, _("In your _words (optional)"), NULL, 0);
  end_page (page);

  build_achievable_page (self);

  page = begin_page (self, TANDEM_GOAL_STEP_RELEVANT);
  add_field (self, page, "relevant", FIELD_TEXT, _("_Why it matters"), NULL, 0);
  end_page (page);

  build_time_bound_page (self);

  page = begin_page (self, TANDEM_GOAL_STEP_PURPOSEFUL);
  add_field (self, page, "title", FIELD_ENTRY, _("_Title"), NULL, 0);
  add_field (self, page, "purposeful", FIELD_TEXT, _("_Purpose"), NULL, 0);
  end_page (page);

  page = begin_page (self, TANDEM_GOAL_STEP_ACTIONABLE);
  add_field (self, page, "actionable", FIELD_TEXT, _("_First actions"), NULL, 0);
  end_page (page);

  page = begin_page (self, TANDEM_GOAL_STEP_CONTINUOUS);
  add_field (self, page, "continuous", FIELD_TEXT, _("_How often"), NULL, 0);
  add_field (self, page, "start-date", FIELD_DATE, _("_Start date"), NULL, 0);
  end_page (page);

  page = begin_page (self, TANDEM_GOAL_STEP_TRACKABLE);
  add_measure_fields (self, page);
  add_field (self, page, "review-every-days", FIELD_DAYS, _("_Review progress every … days"), NULL, 0);
  add_field (self, page, "trackable", FIELD_TEXT, _("In your _words (optional)"), NULL, 0);
  end_page (page);

  build_review_page (self);
}

/* State */

static void
update_visibility (TandemGoalWizard *self)
{
  TandemMeasureKind kind = tandem_goal_get_measure_kind (self->goal);
  gboolean pact = tandem_goal_get_framework (self->goal) == TANDEM_FRAMEWORK_PACT;
  static const char * const smart_only[] = { "specific", "measurable", "achievable", "relevant", "time-bound", NULL };
  static const char * const pact_only[] = { "purposeful", "actionable", "continuous", "trackable", NULL };

  for (guint s = 0; s < N_STEPS; s++)
    for (guint i = 0; i < self->pages[s].fields->len; i++)
      {
        Field *field = self->pages[s].fields->pdata[i];
        gboolean visible = TRUE;

        if (g_str_equal (field->property, "instrument"))
          visible = kind == TANDEM_MEASURE_QUESTIONNAIRE;
        else if (g_str_equal (field->property, "measure-name"))
          visible = kind != TANDEM_MEASURE_QUESTIONNAIRE && kind != TANDEM_MEASURE_NONE;
        else if (g_str_equal (field->property, "measure-period"))
          visible = kind == TANDEM_MEASURE_COUNT;
        else if (g_str_equal (field->property, "unit"))
          visible = kind == TANDEM_MEASURE_COUNT;
        else if (g_str_equal (field->property, "direction") ||
                 g_str_equal (field->property, "baseline") ||
                 g_str_equal (field->property, "target"))
          visible = kind != TANDEM_MEASURE_NONE;
        else if (s == TANDEM_GOAL_STEP_REVIEW && g_strv_contains (smart_only, field->property))
          visible = !pact;
        else if (s == TANDEM_GOAL_STEP_REVIEW && g_strv_contains (pact_only, field->property))
          visible = pact;

        gtk_widget_set_visible (field->row, visible);
      }

  gtk_widget_set_visible (self->reason_row, self->goal_id > 0);
  gtk_widget_set_visible (self->templates_group, self->goal_id == 0);
}

static void
update_steps_box (TandemGoalWizard *self)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (self->steps_box)))
    gtk_box_remove (GTK_BOX (self->steps_box), child);

  for (guint i = 0; i < self->n_steps; i++)
    {
      GtkWidget *label = gtk_label_new (_(step_texts[self->steps[i]].name));

      gtk_widget_add_css_class (label, "caption");
      if (i == self->position)
        gtk_widget_add_css_class (label, "accent");
      else
        gtk_widget_add_css_class (label, "dim-label");
      if (i == self->position)
        gtk_widget_add_css_class (label, "caption-heading");
      gtk_box_append (GTK_BOX (self->steps_box), label);

      if (i + 1 < self->n_steps)
        {
          GtkWidget *arrow = gtk_label_new ("›");

          gtk_widget_add_css_class (arrow, "dim-label");
          gtk_accessible_update_state (GTK_ACCESSIBLE (arrow), GTK_ACCESSIBLE_STATE_HIDDEN, TRUE, -1);
          gtk_box_append (GTK_BOX (self->steps_box), arrow);
        }
    }
}

static void
show_problems (TandemGoalWizard *self,
               Page             *page,
               GPtrArray        *problems)
{
  g_autoptr(GString) general = g_string_new (NULL);

  for (guint i = 0; i < page->fields->len; i++)
    {
      Field *field = page->fields->pdata[i];

      gtk_widget_set_visible (field->error_label, FALSE);
      gtk_label_set_text (GTK_LABEL (field->error_label), "");
      gtk_accessible_reset_property (GTK_ACCESSIBLE (field->widget), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION);
      gtk_accessible_reset_state (GTK_ACCESSIBLE (field->widget), GTK_ACCESSIBLE_STATE_INVALID);
    }

  for (guint i = 0; i < problems->len; i++)
    {
      const TandemGoalProblem *problem = problems->pdata[i];
      Field *field = find_field (page, problem->field);

      if (field != NULL && !gtk_widget_get_visible (field->error_label))
        {
          gtk_label_set_text (GTK_LABEL (field->error_label), problem->message);
          gtk_widget_set_visible (field->error_label, TRUE);
          gtk_accessible_update_property (GTK_ACCESSIBLE (field->widget),
                                          GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, problem->message, -1);
          gtk_accessible_update_state (GTK_ACCESSIBLE (field->widget),
                                       GTK_ACCESSIBLE_STATE_INVALID, GTK_ACCESSIBLE_INVALID_TRUE, -1);
        }
      else if (field == NULL)
        {
          if (general->len > 0)
            g_string_append_c (general, '\n');
          g_string_append (general, problem->message);
        }
    }

  gtk_label_set_text (GTK_LABEL (page->error_label), general->str);
  gtk_widget_set_visible (page->error_label, general->len > 0);
}

static void
update_state (TandemGoalWizard *self)
{
  TandemGoalStep step = self->steps[self->position];
  Page *page = &self->pages[step];
  g_autoptr(GPtrArray) problems = NULL;
  g_autofree char *position = NULL;
  gboolean review = step == TANDEM_GOAL_STEP_REVIEW;

  update_visibility (self);

  problems = tandem_goal_rules_check (self->goal, step, score_range, self);
  show_problems (self, page, problems);

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "wizard.back", self->position > 0);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "wizard.next", !review && problems->len == 0);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "wizard.save", review && problems->len == 0);
  gtk_widget_set_visible (self->next_button, !review);
  gtk_widget_set_visible (self->save_button, review);

  if (review)
    {
      g_autofree char *sentence = build_sentence (self->goal);

      gtk_label_set_text (GTK_LABEL (self->sentence_label), sentence);
    }

  /* Translators: the wizard's progress, e.g. “Step 2 of 7: Specific” */
  position = g_strdup_printf (_("Step %1$u of %2$u: %3$s"), self->position + 1, self->n_steps,
                              _(step_texts[step].name));
  gtk_label_set_text (GTK_LABEL (self->position_label), position);
  adw_window_title_set_subtitle (self->window_title, position);
}

static void
load_fields (TandemGoalWizard *self)
{
  self->loading = TRUE;

  gtk_check_button_set_active (GTK_CHECK_BUTTON (tandem_goal_get_framework (self->goal) == TANDEM_FRAMEWORK_PACT
                                                 ? self->pact_check : self->smart_check), TRUE);
  set_framework (self, tandem_goal_get_framework (self->goal));

  for (guint s = 0; s < N_STEPS; s++)
    for (guint i = 0; i < self->pages[s].fields->len; i++)
      load_field (self->pages[s].fields->pdata[i]);

  load_strategies (self);
  gtk_spin_button_set_value (GTK_SPIN_BUTTON (self->duration_spin), 0);

  self->loading = FALSE;
}

static void
show_step (TandemGoalWizard *self,
           guint             position)
{
  g_autoptr(GEnumClass) steps = g_type_class_ref (TANDEM_TYPE_GOAL_STEP);
  TandemGoalStep step;
  GtkAdjustment *adjustment;

  self->position = MIN (position, self->n_steps - 1);
  step = self->steps[self->position];

  /* The same field can be on several steps: show what the others wrote. */
  self->loading = TRUE;
  for (guint i = 0; i < self->pages[step].fields->len; i++)
    load_field (self->pages[step].fields->pdata[i]);
  self->loading = FALSE;

  gtk_stack_set_visible_child_name (self->stack, g_enum_get_value (steps, step)->value_nick);
  adjustment = gtk_scrolled_window_get_vadjustment (self->scrolled_window);
  gtk_adjustment_set_value (adjustment, 0);

  update_steps_box (self);
  update_state (self);

  /* Focus goes to the step's first field. */
  for (guint i = 0; i < self->pages[step].fields->len; i++)
    {
      Field *field = self->pages[step].fields->pdata[i];

      if (gtk_widget_get_visible (field->row) && gtk_widget_get_mapped (GTK_WIDGET (self)))
        {
          gtk_widget_grab_focus (field->widget);
          break;
        }
    }
}

/* Actions */

static void
back_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  TandemGoalWizard *self = TANDEM_GOAL_WIZARD (widget);

  if (self->position > 0)
    show_step (self, self->position - 1);
}

static void
next_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  TandemGoalWizard *self = TANDEM_GOAL_WIZARD (widget);
  g_autoptr(GPtrArray) problems = NULL;

  if (self->position + 1 >= self->n_steps)
    return;

  problems = tandem_goal_rules_check (self->goal, self->steps[self->position], score_range, self);
  if (problems->len > 0)
    return;

  show_step (self, self->position + 1);
}

static void
save_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  TandemGoalWizard *self = TANDEM_GOAL_WIZARD (widget);
  g_autoptr(GPtrArray) problems = NULL;
  g_autoptr(GError) error = NULL;
  gboolean ok;

  if (self->store == NULL || self->person == NULL)
    return;

  problems = tandem_goal_rules_check (self->goal, TANDEM_GOAL_STEP_REVIEW, score_range, self);
  if (problems->len > 0)
    return;

  g_clear_handle_id (&self->draft_source, g_source_remove);

  if (!tandem_store_begin (self->store, &error))
    goto failed;

  if (self->goal_id == 0)
    {
      g_autoptr(GListStore) goals = tandem_store_list_goals (self->store, get_person_id (self), &error);

      if (goals == NULL)
        goto rollback;

      tandem_goal_set_author (self->goal, get_author (self));
      tandem_goal_set_priority (self->goal, g_list_model_get_n_items (G_LIST_MODEL (goals)));
      ok = tandem_store_insert (self->store, TANDEM_RECORD (self->goal), &error);
    }
  else
    {
      g_autofree char *reason = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->reason_entry))));

      ok = tandem_store_revise_goal (self->store, self->goal, reason[0] != '\0' ? reason : NULL,
                                     get_author (self), &error);
    }

  if (!ok)
    goto rollback;

  if (self->draft == NULL)
    self->draft = find_draft (self);
  if (self->draft != NULL &&
      !tandem_store_delete (self->store, TANDEM_RECORD (self->draft), &error))
    goto rollback;

  if (!tandem_store_commit (self->store, &error))
    goto failed;

  g_clear_object (&self->draft);
  self->saved = TRUE;
  self->dirty = FALSE;

  g_signal_emit (self, signals[SAVED], 0, self->goal);
  gtk_window_close (GTK_WINDOW (self));
  return;

rollback:
  tandem_store_rollback (self->store);
failed:
  /* The goal in memory may have an id now; the next try starts fresh. */
  adw_toast_overlay_add_toast (self->toast_overlay, adw_toast_new (error->message));
}

/* Templates */

/**
 * tandem_goal_wizard_apply_template:
 * @template_id: (nullable): a template's id, or %NULL to start empty
 *
 * Replaces everything typed so far with the template's example goal.
 *
 * Returns: %TRUE if @template_id names a template
 */
gboolean
tandem_goal_wizard_apply_template (TandemGoalWizard *self,
                                   const char       *template_id)
{
  const TandemGoalTemplate *template = NULL;
  g_autoptr(TandemGoal) goal = NULL;

  g_return_val_if_fail (TANDEM_IS_GOAL_WIZARD (self), FALSE);

  if (template_id != NULL && !(template = tandem_goal_template_lookup (template_id)))
    return FALSE;

  if (template != NULL)
    goal = tandem_goal_template_new_goal (template, get_person_id (self), NULL);
  else
    {
      g_autofree char *today = tandem_date_today ();

      goal = tandem_goal_new (get_person_id (self), tandem_goal_get_framework (self->goal), "");
      tandem_goal_set_start_date (goal, today);
    }

  tandem_goal_set_parent_id (goal, tandem_goal_get_parent_id (self->goal));
  g_set_object (&self->goal, goal);

  load_fields (self);
  changed (self);
  show_step (self, self->position);

  return TRUE;
}

/* Draft dialog */

/**
 * tandem_goal_wizard_resume_draft:
 * @resume: %TRUE to continue the draft, %FALSE to start over
 *
 * Continues the draft kept for this goal, or deletes it.
 */
void
tandem_goal_wizard_resume_draft (TandemGoalWizard *self,
                                 gboolean          resume)
{
  g_autoptr(TandemGoalDraft) draft = NULL;
  g_autoptr(GError) error = NULL;

  g_return_if_fail (TANDEM_IS_GOAL_WIZARD (self));

  if (!(draft = find_draft (self)))
    return;

  if (resume)
    {
      g_autoptr(JsonNode) node = json_from_string (tandem_goal_draft_get_content (draft), &error);
      g_autoptr(TandemGoal) goal = tandem_goal_new (get_person_id (self), TANDEM_FRAMEWORK_SMART, "");

      if (node != NULL && JSON_NODE_HOLDS_OBJECT (node) &&
          tandem_record_set_from_json (TANDEM_RECORD (goal), json_node_get_object (node), NULL, &error))
        {
          if (self->goal_id > 0)
            {
              /* The draft of an edit: keep the stored goal's identity. */
              g_autoptr(JsonObject) object = tandem_record_to_json (TANDEM_RECORD (goal));

              tandem_record_set_from_json (TANDEM_RECORD (self->goal), object, NULL, NULL);
            }
          else
            g_set_object (&self->goal, goal);

          g_set_object (&self->draft, draft);
          load_fields (self);

          for (guint i = 0; i < self->n_steps; i++)
            if ((int) self->steps[i] == tandem_goal_draft_get_step (draft))
              self->position = i;

          show_step (self, self->position);
          return;
        }

      g_warning ("Could not read the draft: %s", error ? error->message : "not an object");
    }

  if (!tandem_store_delete (self->store, TANDEM_RECORD (draft), &error))
    g_warning ("Could not delete the draft: %s", error->message);
  g_clear_object (&self->draft);
}

gboolean
tandem_goal_wizard_has_draft (TandemGoalWizard *self)
{
  g_autoptr(TandemGoalDraft) draft = NULL;

  g_return_val_if_fail (TANDEM_IS_GOAL_WIZARD (self), FALSE);

  draft = find_draft (self);

  return draft != NULL;
}

static void
on_draft_response_cb (AdwMessageDialog *dialog,
                      const char       *response,
                      TandemGoalWizard *self)
{
  tandem_goal_wizard_resume_draft (self, g_str_equal (response, "continue"));
}

/**
 * tandem_goal_wizard_open:
 *
 * Shows the wizard; when a draft is kept for this goal, it asks first
 * whether to continue it.
 */
void
tandem_goal_wizard_open (TandemGoalWizard *self)
{
  AdwMessageDialog *dialog;

  g_return_if_fail (TANDEM_IS_GOAL_WIZARD (self));

  gtk_window_present (GTK_WINDOW (self));
  show_step (self, self->position);

  if (!tandem_goal_wizard_has_draft (self))
    return;

  dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (GTK_WINDOW (self),
                                                       _("Continue Your Draft?"),
                                                       _("You started writing this goal earlier. "
                                                         "You can go on where you left off, or "
                                                         "start over and discard the draft.")));
  adw_message_dialog_add_responses (dialog,
                                    "start-over", _("_Start Over"),
                                    "continue", _("_Continue"),
                                    NULL);
  adw_message_dialog_set_response_appearance (dialog, "continue", ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (dialog, "continue");
  adw_message_dialog_set_close_response (dialog, "continue");
  g_signal_connect_object (dialog, "response", G_CALLBACK (on_draft_response_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

/* GObject */

static gboolean
tandem_goal_wizard_close_request (GtkWindow *window)
{
  TandemGoalWizard *self = TANDEM_GOAL_WIZARD (window);

  tandem_goal_wizard_save_draft (self);

  return GTK_WINDOW_CLASS (tandem_goal_wizard_parent_class)->close_request (window);
}

static void
tandem_goal_wizard_dispose (GObject *object)
{
  TandemGoalWizard *self = (TandemGoalWizard *)object;

  g_clear_handle_id (&self->draft_source, g_source_remove);
  g_clear_object (&self->registry);

  gtk_widget_dispose_template (GTK_WIDGET (self), TANDEM_TYPE_GOAL_WIZARD);

  G_OBJECT_CLASS (tandem_goal_wizard_parent_class)->dispose (object);
}

static void
tandem_goal_wizard_finalize (GObject *object)
{
  TandemGoalWizard *self = (TandemGoalWizard *)object;

  for (guint s = 0; s < N_STEPS; s++)
    g_clear_pointer (&self->pages[s].fields, g_ptr_array_unref);

  g_clear_pointer (&self->strategy_ids, g_array_unref);
  g_clear_object (&self->store);
  g_clear_object (&self->person);
  g_clear_object (&self->goal);
  g_clear_object (&self->draft);

  G_OBJECT_CLASS (tandem_goal_wizard_parent_class)->finalize (object);
}

static void
tandem_goal_wizard_class_init (TandemGoalWizardClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GtkWindowClass *window_class = GTK_WINDOW_CLASS (klass);

  object_class->dispose = tandem_goal_wizard_dispose;
  object_class->finalize = tandem_goal_wizard_finalize;
  window_class->close_request = tandem_goal_wizard_close_request;

  /**
   * TandemGoalWizard::saved:
   * @goal: the stored goal
   *
   * The goal was stored; the wizard closes next.
   */
  signals [SAVED] =
    g_signal_new ("saved",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, TANDEM_TYPE_GOAL);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/ui/tandem-goal-wizard.ui");
  gtk_widget_class_bind_template_child (widget_class, TandemGoalWizard, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, TandemGoalWizard, window_title);
  gtk_widget_class_bind_template_child (widget_class, TandemGoalWizard, steps_box);
  gtk_widget_class_bind_template_child (widget_class, TandemGoalWizard, scrolled_window);
  gtk_widget_class_bind_template_child (widget_class, TandemGoalWizard, stack);
  gtk_widget_class_bind_template_child (widget_class, TandemGoalWizard, back_button);
  gtk_widget_class_bind_template_child (widget_class, TandemGoalWizard, position_label);
  gtk_widget_class_bind_template_child (widget_class, TandemGoalWizard, next_button);
  gtk_widget_class_bind_template_child (widget_class, TandemGoalWizard, save_button);

  gtk_widget_class_install_action (widget_class, "wizard.back", NULL, back_action);
  gtk_widget_class_install_action (widget_class, "wizard.next", NULL, next_action);
  gtk_widget_class_install_action (widget_class, "wizard.save", NULL, save_action);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Right, GDK_ALT_MASK, "wizard.next", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Left, GDK_ALT_MASK, "wizard.back", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
tandem_goal_wizard_init (TandemGoalWizard *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->strategy_ids = g_array_new (FALSE, FALSE, sizeof (gint64));
}

/**
 * tandem_goal_wizard_new:
 * @parent: (nullable): the main window
 * @store: where the goal is stored
 * @person: whose goal it is
 * @goal: (nullable): a stored goal to edit, or %NULL for a new one
 * @therapist_profile: whether the therapist writes (else the client)
 *
 * Returns: (transfer full): a new wizard; show it with tandem_goal_wizard_open()
 */
TandemGoalWizard *
tandem_goal_wizard_new (GtkWindow    *parent,
                        TandemStore  *store,
                        TandemPerson *person,
                        TandemGoal   *goal,
                        gboolean      therapist_profile)
{
  TandemGoalWizard *self;

  g_return_val_if_fail (!parent || GTK_IS_WINDOW (parent), NULL);
  g_return_val_if_fail (TANDEM_IS_STORE (store), NULL);
  g_return_val_if_fail (TANDEM_IS_PERSON (person), NULL);
  g_return_val_if_fail (!goal || TANDEM_IS_GOAL (goal), NULL);

  self = g_object_new (TANDEM_TYPE_GOAL_WIZARD,
                       "transient-for", parent,
                       NULL);

  self->store = g_object_ref (store);
  self->person = g_object_ref (person);
  self->therapist_profile = !!therapist_profile;

  if (goal != NULL && tandem_record_is_stored (TANDEM_RECORD (goal)))
    {
      g_autoptr(GError) error = NULL;

      self->goal_id = tandem_record_get_id (TANDEM_RECORD (goal));
      self->goal = tandem_store_get (store, TANDEM_TYPE_GOAL, self->goal_id, &error);
      if (self->goal == NULL)
        {
          g_warning ("Could not read the goal: %s", error->message);
          self->goal = g_object_ref (goal);
        }
      gtk_window_set_title (GTK_WINDOW (self), _("Edit Goal"));
      adw_window_title_set_title (self->window_title, _("Edit Goal"));
    }
  else
    {
      g_autofree char *today = tandem_date_today ();

      self->goal = goal ? g_object_ref (goal)
                        : tandem_goal_new (get_person_id (self), TANDEM_FRAMEWORK_SMART, "");
      if (tandem_goal_get_start_date (self->goal) == NULL)
        tandem_goal_set_start_date (self->goal, today);
    }

  build_pages (self);
  load_fields (self);
  show_step (self, 0);

  return self;
}

/**
 * tandem_goal_wizard_get_goal:
 *
 * Returns: (transfer none): the goal as written so far
 */
TandemGoal *
tandem_goal_wizard_get_goal (TandemGoalWizard *self)
{
  g_return_val_if_fail (TANDEM_IS_GOAL_WIZARD (self), NULL);

  return self->goal;
}

TandemGoalStep
tandem_goal_wizard_get_step (TandemGoalWizard *self)
{
  g_return_val_if_fail (TANDEM_IS_GOAL_WIZARD (self), TANDEM_GOAL_STEP_FRAMEWORK);

  return self->steps[self->position];
}
