/* tandem-questionnaire-editor.c
 *
 * Copyright 2026 The Tandem authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "tandem-questionnaire-editor"

#include "config.h"

#include <glib/gi18n.h>

#include "tandem-questionnaire-editor.h"

/* A therapist writes a questionnaire of their own: items (some reversed),
 * response options with values and bands of the total. The rows are read
 * into a TandemQuestionnaireBuilder on Save, which checks each part; a
 * part's problem is shown under its group and nothing is stored until all
 * parts are right.
 *
 * Opened on a stored questionnaire, the editor edits it: Save writes the
 * same record. Once it has been taken, what makes its totals (the items,
 * their reversal, the options' values) cannot be changed here, and a row
 * says why; one that was never taken can be deleted, after a question. */

typedef enum
{
  ROW_ITEM,
  ROW_OPTION,
  ROW_BAND,
} RowKind;

typedef struct
{
  TandemQuestionnaireEditor *self;
  RowKind                    kind;
  AdwEntryRow               *row;
  GtkCheckButton            *reversed;  /* items */
  GtkSpinButton             *value;     /* options; a band's lowest total */
  GtkSpinButton             *to;        /* a band's highest total */
  GtkButton                 *remove;
} Row;

struct _TandemQuestionnaireEditor
{
  AdwWindow            parent_instance;

  TandemStore         *store;
  TandemQuestionnaire *questionnaire;  /* being edited, or NULL */
  gint64               n_taken;
  GPtrArray           *items;    /* Row */
  GPtrArray           *options;  /* Row */
  GPtrArray           *bands;    /* Row */

  /* Template widgets */
  GtkLabel            *save_error_label;
  AdwPreferencesGroup *locked_group;
  AdwActionRow        *locked_row;
  GtkButton           *delete_button;
  GtkScrolledWindow   *scrolled_window;
  AdwEntryRow         *name_row;
  AdwEntryRow         *short_name_row;
  AdwEntryRow         *instructions_row;
  GtkLabel            *name_error_label;
  AdwPreferencesGroup *items_group;
  GtkLabel            *items_error_label;
  AdwPreferencesGroup *options_group;
  GtkLabel            *options_error_label;
  AdwPreferencesGroup *bands_group;
  GtkLabel            *bands_error_label;
};

G_DEFINE_FINAL_TYPE (TandemQuestionnaireEditor, tandem_questionnaire_editor, ADW_TYPE_WINDOW)

enum {
  SAVED,
  DELETED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

/* The example the options start with: the common four-point frequency scale. */
static const char *default_options[] = {
  N_("Not at all"),
  N_("Several days"),
  N_("More than half the days"),
  N_("Nearly every day"),
};

static GPtrArray *
rows_of (TandemQuestionnaireEditor *self,
         RowKind                    kind)
{
  switch (kind)
    {
    case ROW_ITEM:
      return self->items;
    case ROW_OPTION:
      return self->options;
    case ROW_BAND:
    default:
      return self->bands;
    }
}

static AdwPreferencesGroup *
group_of (TandemQuestionnaireEditor *self,
          RowKind                    kind)
{
  switch (kind)
    {
    case ROW_ITEM:
      return self->items_group;
    case ROW_OPTION:
      return self->options_group;
    case ROW_BAND:
    default:
      return self->bands_group;
    }
}

static void
set_label (gpointer    widget,
           const char *label)
{
  gtk_accessible_update_property (GTK_ACCESSIBLE (widget), GTK_ACCESSIBLE_PROPERTY_LABEL, label, -1);
  gtk_widget_set_tooltip_text (GTK_WIDGET (widget), label);
}

/* Titles and accessible names carry the row's number, so they are set again
 * whenever a row comes or goes. */
static void
number_rows (TandemQuestionnaireEditor *self,
             RowKind                    kind)
{
  GPtrArray *rows = rows_of (self, kind);

  for (guint i = 0; i < rows->len; i++)
    {
      Row *row = g_ptr_array_index (rows, i);
      g_autofree char *title = NULL;
      g_autofree char *remove = NULL;
      g_autofree char *value = NULL;
      g_autofree char *to = NULL;

      switch (kind)
        {
        case ROW_ITEM:
          /* Translators: the title of an item's entry; %u is its number */
          title = g_strdup_printf (_("Item %u"), i + 1);
          /* Translators: %u is an item's number */
          remove = g_strdup_printf (_("Remove Item %u"), i + 1);
          {
            /* Translators: the accessible name of an item's check button; %u is its number */
            g_autofree char *reversed = g_strdup_printf (_("Item %u Reversed"), i + 1);

            gtk_accessible_update_property (GTK_ACCESSIBLE (row->reversed),
                                            GTK_ACCESSIBLE_PROPERTY_LABEL, reversed, -1);
          }
          break;
        case ROW_OPTION:
          /* Translators: the title of a response option's label entry; %u is its number */
          title = g_strdup_printf (_("Option %u"), i + 1);
          /* Translators: %u is a response option's number */
          remove = g_strdup_printf (_("Remove Option %u"), i + 1);
          /* Translators: %u is a response option's number */
          value = g_strdup_printf (_("Value of Option %u"), i + 1);
          break;
        case ROW_BAND:
        default:
          /* Translators: the title of a band's label entry; %u is its number */
          title = g_strdup_printf (_("Band %u"), i + 1);
          /* Translators: %u is a band's number */
          remove = g_strdup_printf (_("Remove Band %u"), i + 1);
          /* Translators: %u is a band's number */
          value = g_strdup_printf (_("Lowest Total of Band %u"), i + 1);
          /* Translators: %u is a band's number */
          to = g_strdup_printf (_("Highest Total of Band %u"), i + 1);
          break;
        }

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row->row), title);
      set_label (row->remove, remove);
      if (row->value != NULL)
        set_label (row->value, value);
      if (row->to != NULL)
        set_label (row->to, to);
    }
}

static void
get_total_range (TandemQuestionnaireEditor *self,
                 int                       *total_min,
                 int                       *total_max)
{
  int low = 0, high = 0;

  for (guint i = 0; i < self->options->len; i++)
    {
      Row *row = g_ptr_array_index (self->options, i);
      int value = gtk_spin_button_get_value_as_int (row->value);

      low = i == 0 ? value : MIN (low, value);
      high = i == 0 ? value : MAX (high, value);
    }

  *total_min = low * (int) self->items->len;
  *total_max = high * (int) self->items->len;
}

/* The bands' hint says which totals they have to cover. */
static void
update_bands_description (TandemQuestionnaireEditor *self)
{
  g_autofree char *description = NULL;
  int total_min, total_max;

  get_total_range (self, &total_min, &total_max);
  /* Translators: the description of the bands; %d are the lowest and highest totals */
  description = g_strdup_printf (_("Optional. Totals run from %d to %d; bands must cover each "
                                   "total exactly once."), total_min, total_max);
  adw_preferences_group_set_description (self->bands_group, description);
}

static void
on_remove_clicked_cb (GtkButton *button,
                      Row       *row)
{
  TandemQuestionnaireEditor *self = row->self;
  RowKind kind = row->kind;

  adw_preferences_group_remove (group_of (self, kind), GTK_WIDGET (row->row));
  g_ptr_array_remove (rows_of (self, kind), row);
  number_rows (self, kind);
  update_bands_description (self);
}

static GtkSpinButton *
add_spin_button (Row *row,
                 int  lower,
                 int  upper,
                 int  value)
{
  GtkWidget *spin = gtk_spin_button_new_with_range (lower, upper, 1);

  gtk_spin_button_set_value (GTK_SPIN_BUTTON (spin), value);
  gtk_editable_set_width_chars (GTK_EDITABLE (spin), 3);
  gtk_widget_set_valign (spin, GTK_ALIGN_CENTER);
  adw_entry_row_add_suffix (row->row, spin);

  return GTK_SPIN_BUTTON (spin);
}

static Row *
add_row (TandemQuestionnaireEditor *self,
         RowKind                    kind,
         const char                *text)
{
  Row *row = g_new0 (Row, 1);
  GtkWidget *remove;

  row->self = self;
  row->kind = kind;
  row->row = ADW_ENTRY_ROW (adw_entry_row_new ());
  if (text != NULL)
    gtk_editable_set_text (GTK_EDITABLE (row->row), text);

  switch (kind)
    {
    case ROW_ITEM:
      row->reversed = GTK_CHECK_BUTTON (gtk_check_button_new_with_label (_("Reversed")));
      gtk_widget_set_valign (GTK_WIDGET (row->reversed), GTK_ALIGN_CENTER);
      adw_entry_row_add_suffix (row->row, GTK_WIDGET (row->reversed));
      break;
    case ROW_OPTION:
      row->value = add_spin_button (row, 0, 100, 0);
      g_signal_connect_object (row->value, "value-changed", G_CALLBACK (update_bands_description),
                               self, G_CONNECT_SWAPPED);
      break;
    case ROW_BAND:
    default:
      row->value = add_spin_button (row, 0, 10000, 0);
      {
        /* Translators: between a band's lowest and highest total, "0 to 4" */
        GtkWidget *to = gtk_label_new (C_("band range", "to"));

        gtk_widget_add_css_class (to, "dim-label");
        adw_entry_row_add_suffix (row->row, to);
      }
      row->to = add_spin_button (row, 0, 10000, 0);
      break;
    }

  remove = gtk_button_new_from_icon_name ("user-trash-symbolic");
  gtk_widget_set_valign (remove, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (remove, "flat");
  adw_entry_row_add_suffix (row->row, remove);
  row->remove = GTK_BUTTON (remove);
  g_signal_connect (remove, "clicked", G_CALLBACK (on_remove_clicked_cb), row);

  adw_preferences_group_add (group_of (self, kind), GTK_WIDGET (row->row));
  g_ptr_array_add (rows_of (self, kind), row);
  number_rows (self, kind);
  update_bands_description (self);

  return row;
}

static void
add_item_action (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  Row *row = add_row (TANDEM_QUESTIONNAIRE_EDITOR (widget), ROW_ITEM, NULL);

  gtk_widget_grab_focus (GTK_WIDGET (row->row));
}

static void
add_option_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  TandemQuestionnaireEditor *self = TANDEM_QUESTIONNAIRE_EDITOR (widget);
  int next = 0;
  Row *row;

  /* A new option counts one more than the highest so far. */
  for (guint i = 0; i < self->options->len; i++)
    {
      Row *other = g_ptr_array_index (self->options, i);

      next = MAX (next, gtk_spin_button_get_value_as_int (other->value) + 1);
    }

  row = add_row (self, ROW_OPTION, NULL);
  gtk_spin_button_set_value (row->value, next);
  gtk_widget_grab_focus (GTK_WIDGET (row->row));
}

static void
add_band_action (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  TandemQuestionnaireEditor *self = TANDEM_QUESTIONNAIRE_EDITOR (widget);
  int total_min, total_max, from;
  Row *row;

  /* A new band starts after the last one and runs to the highest total. */
  get_total_range (self, &total_min, &total_max);
  from = total_min;
  for (guint i = 0; i < self->bands->len; i++)
    {
      Row *other = g_ptr_array_index (self->bands, i);

      from = MAX (from, gtk_spin_button_get_value_as_int (other->to) + 1);
    }

  row = add_row (self, ROW_BAND, NULL);
  gtk_spin_button_set_value (row->value, from);
  gtk_spin_button_set_value (row->to, MAX (from, total_max));
  gtk_widget_grab_focus (GTK_WIDGET (row->row));
}

static gboolean
show_problem (TandemQuestionnaireEditor       *self,
              TandemQuestionnaireBuilder      *builder,
              TandemQuestionnaireBuilderError  part,
              GtkLabel                        *label)
{
  g_autoptr(GError) error = NULL;
  gboolean ok = tandem_questionnaire_builder_check (builder, part, self->store, &error);

  gtk_label_set_text (label, ok ? "" : error->message);
  gtk_widget_set_visible (GTK_WIDGET (label), !ok);

  return ok;
}

static TandemQuestionnaireBuilder *
read_rows (TandemQuestionnaireEditor *self)
{
  TandemQuestionnaireBuilder *builder = tandem_questionnaire_builder_new ();

  tandem_questionnaire_builder_set_questionnaire (builder, self->questionnaire);
  tandem_questionnaire_builder_set_name (builder, gtk_editable_get_text (GTK_EDITABLE (self->name_row)));
  tandem_questionnaire_builder_set_short_name (builder,
                                               gtk_editable_get_text (GTK_EDITABLE (self->short_name_row)));
  tandem_questionnaire_builder_set_instructions (builder,
                                                 gtk_editable_get_text (GTK_EDITABLE (self->instructions_row)));

  for (guint i = 0; i < self->items->len; i++)
    {
      Row *row = g_ptr_array_index (self->items, i);

      tandem_questionnaire_builder_add_item (builder, gtk_editable_get_text (GTK_EDITABLE (row->row)),
                                             gtk_check_button_get_active (row->reversed));
    }
  for (guint i = 0; i < self->options->len; i++)
    {
      Row *row = g_ptr_array_index (self->options, i);

      tandem_questionnaire_builder_add_option (builder, gtk_editable_get_text (GTK_EDITABLE (row->row)),
                                               gtk_spin_button_get_value_as_int (row->value));
    }
  for (guint i = 0; i < self->bands->len; i++)
    {
      Row *row = g_ptr_array_index (self->bands, i);

      tandem_questionnaire_builder_add_band (builder,
                                             gtk_spin_button_get_value_as_int (row->value),
                                             gtk_spin_button_get_value_as_int (row->to),
                                             gtk_editable_get_text (GTK_EDITABLE (row->row)));
    }

  return builder;
}

/**
 * tandem_questionnaire_editor_save:
 *
 * Checks every part, shows each part's problem under it, and stores the
 * questionnaire when there are none.
 *
 * Returns: %TRUE if the questionnaire was stored and the editor closes
 */
gboolean
tandem_questionnaire_editor_save (TandemQuestionnaireEditor *self)
{
  g_autoptr(TandemQuestionnaireBuilder) builder = NULL;
  g_autoptr(TandemQuestionnaire) questionnaire = NULL;
  g_autoptr(GError) error = NULL;
  gboolean name_ok, items_ok, options_ok, bands_ok;

  g_return_val_if_fail (TANDEM_IS_QUESTIONNAIRE_EDITOR (self), FALSE);

  builder = read_rows (self);
  name_ok = show_problem (self, builder, TANDEM_QUESTIONNAIRE_BUILDER_ERROR_NAME, self->name_error_label);
  items_ok = show_problem (self, builder, TANDEM_QUESTIONNAIRE_BUILDER_ERROR_ITEMS, self->items_error_label);
  options_ok = show_problem (self, builder, TANDEM_QUESTIONNAIRE_BUILDER_ERROR_OPTIONS,
                             self->options_error_label);
  bands_ok = show_problem (self, builder, TANDEM_QUESTIONNAIRE_BUILDER_ERROR_BANDS, self->bands_error_label);
  gtk_widget_set_visible (GTK_WIDGET (self->save_error_label), FALSE);

  if (!name_ok)
    gtk_widget_grab_focus (GTK_WIDGET (self->name_row));
  else if (!items_ok && self->items->len > 0)
    gtk_widget_grab_focus (GTK_WIDGET (((Row *) g_ptr_array_index (self->items, 0))->row));
  if (!(name_ok && items_ok && options_ok && bands_ok))
    return FALSE;

  questionnaire = tandem_questionnaire_builder_save (builder, self->store, &error);
  if (questionnaire == NULL)
    {
      /* The store refused it, or the parser did: nothing was written. */
      g_warning ("Could not save the questionnaire: %s", error->message);
      gtk_label_set_text (self->save_error_label, error->message);
      gtk_widget_set_visible (GTK_WIDGET (self->save_error_label), TRUE);
      return FALSE;
    }

  g_signal_emit (self, signals[SAVED], 0, questionnaire);
  gtk_window_destroy (GTK_WINDOW (self));
  return TRUE;
}

static void
save_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  tandem_questionnaire_editor_save (TANDEM_QUESTIONNAIRE_EDITOR (widget));
}

static void
clear_rows (TandemQuestionnaireEditor *self,
            RowKind                    kind)
{
  GPtrArray *rows = rows_of (self, kind);

  while (rows->len > 0)
    {
      Row *row = g_ptr_array_index (rows, rows->len - 1);

      adw_preferences_group_remove (group_of (self, kind), GTK_WIDGET (row->row));
      g_ptr_array_remove_index (rows, rows->len - 1);
    }
}

/* Once taken, the items, their reversal and the options' values stay. */
static void
lock_scoring (TandemQuestionnaireEditor *self)
{
  g_autofree char *title = NULL;

  for (guint i = 0; i < self->items->len; i++)
    {
      Row *row = g_ptr_array_index (self->items, i);

      gtk_widget_set_sensitive (GTK_WIDGET (row->reversed), FALSE);
      gtk_widget_set_sensitive (GTK_WIDGET (row->remove), FALSE);
    }
  for (guint i = 0; i < self->options->len; i++)
    {
      Row *row = g_ptr_array_index (self->options, i);

      gtk_widget_set_sensitive (GTK_WIDGET (row->value), FALSE);
      gtk_widget_set_sensitive (GTK_WIDGET (row->remove), FALSE);
    }
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "questionnaire-editor.add-item", FALSE);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "questionnaire-editor.add-option", FALSE);

  /* Translators: the title of the row saying why the scoring cannot change */
  title = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Taken %d time", "Taken %d times",
                                        (gulong) self->n_taken),
                           (int) self->n_taken);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->locked_row), title);
  gtk_widget_set_visible (GTK_WIDGET (self->locked_group), TRUE);
}

static void
on_delete_response_cb (AdwMessageDialog          *dialog,
                       const char                *response,
                       TandemQuestionnaireEditor *self)
{
  g_autoptr(TandemQuestionnaireBuilder) builder = NULL;
  g_autoptr(GError) error = NULL;

  if (!g_str_equal (response, "delete"))
    return;

  builder = tandem_questionnaire_builder_new ();
  tandem_questionnaire_builder_set_questionnaire (builder, self->questionnaire);
  if (!tandem_questionnaire_builder_delete (builder, self->store, &error))
    {
      /* Taken meanwhile, used by a goal or a reminder, or the store
       * refused: nothing was deleted. The reason is at the top. */
      gtk_label_set_text (self->save_error_label, error->message);
      gtk_widget_set_visible (GTK_WIDGET (self->save_error_label), TRUE);
      gtk_adjustment_set_value (gtk_scrolled_window_get_vadjustment (self->scrolled_window), 0);
      return;
    }

  g_signal_emit (self, signals[DELETED], 0, self->questionnaire);
  gtk_window_destroy (GTK_WINDOW (self));
}

/**
 * tandem_questionnaire_editor_ask_delete:
 *
 * Asks whether to delete the questionnaire being edited; deletes it when
 * the answer is yes.
 *
 * Returns: (transfer none): the question, shown
 */
GtkWidget *
tandem_questionnaire_editor_ask_delete (TandemQuestionnaireEditor *self)
{
  AdwMessageDialog *dialog;
  g_autofree char *heading = NULL;

  g_return_val_if_fail (TANDEM_IS_QUESTIONNAIRE_EDITOR (self), NULL);
  g_return_val_if_fail (self->questionnaire != NULL, NULL);

  /* Translators: %s is a questionnaire's name */
  heading = g_strdup_printf (_("Delete “%s”?"), tandem_questionnaire_get_title (self->questionnaire));
  dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (GTK_WINDOW (self), heading,
                                                       _("Nobody has taken it yet. It is removed from "
                                                         "this computer, and from the other one when "
                                                         "you next exchange a bundle.")));
  adw_message_dialog_add_responses (dialog,
                                    "cancel", _("_Cancel"),
                                    "delete", _("_Delete"),
                                    NULL);
  adw_message_dialog_set_response_appearance (dialog, "delete", ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_default_response (dialog, "cancel");
  adw_message_dialog_set_close_response (dialog, "cancel");
  /* The editor closes on "delete" while the question, transient for it,
   * is still answering: it keeps the editor until it is gone itself. */
  g_signal_connect_data (dialog, "response", G_CALLBACK (on_delete_response_cb), g_object_ref (self),
                         (GClosureNotify) g_object_unref, 0);
  gtk_window_present (GTK_WINDOW (dialog));

  return GTK_WIDGET (dialog);
}

static void
delete_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  tandem_questionnaire_editor_ask_delete (TANDEM_QUESTIONNAIRE_EDITOR (widget));
}

/* GObject -------------------------------------------------------------------- */

static void
tandem_questionnaire_editor_dispose (GObject *object)
{
  TandemQuestionnaireEditor *self = TANDEM_QUESTIONNAIRE_EDITOR (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), TANDEM_TYPE_QUESTIONNAIRE_EDITOR);
  g_clear_pointer (&self->items, g_ptr_array_unref);
  g_clear_pointer (&self->options, g_ptr_array_unref);
  g_clear_pointer (&self->bands, g_ptr_array_unref);
  g_clear_object (&self->store);
  g_clear_object (&self->questionnaire);

  G_OBJECT_CLASS (tandem_questionnaire_editor_parent_class)->dispose (object);
}

static void
tandem_questionnaire_editor_class_init (TandemQuestionnaireEditorClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = tandem_questionnaire_editor_dispose;

  /**
   * TandemQuestionnaireEditor::saved:
   * @questionnaire: the stored questionnaire
   *
   * The questionnaire was stored.
   */
  signals[SAVED] = g_signal_new ("saved", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                 0, NULL, NULL, NULL, G_TYPE_NONE, 1, TANDEM_TYPE_QUESTIONNAIRE);

  /**
   * TandemQuestionnaireEditor::deleted:
   * @questionnaire: the questionnaire, no longer stored
   *
   * The questionnaire being edited was deleted.
   */
  signals[DELETED] = g_signal_new ("deleted", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                   0, NULL, NULL, NULL, G_TYPE_NONE, 1, TANDEM_TYPE_QUESTIONNAIRE);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/tandemgoals/Tandem/ui/tandem-questionnaire-editor.ui");
  gtk_widget_class_bind_template_child (widget_class, TandemQuestionnaireEditor, save_error_label);
  gtk_widget_class_bind_template_child (widget_class, TandemQuestionnaireEditor, locked_group);
  gtk_widget_class_bind_template_child (widget_class, TandemQuestionnaireEditor, locked_row);
  gtk_widget_class_bind_template_child (widget_class, TandemQuestionnaireEditor, delete_button);
  gtk_widget_class_bind_template_child (widget_class, TandemQuestionnaireEditor, scrolled_window);
  gtk_widget_class_bind_template_child (widget_class, TandemQuestionnaireEditor, name_row);
  gtk_widget_class_bind_template_child (widget_class, TandemQuestionnaireEditor, short_name_row);
  gtk_widget_class_bind_template_child (widget_class, TandemQuestionnaireEditor, instructions_row);
  gtk_widget_class_bind_template_child (widget_class, TandemQuestionnaireEditor, name_error_label);
  gtk_widget_class_bind_template_child (widget_class, TandemQuestionnaireEditor, items_group);
  gtk_widget_class_bind_template_child (widget_class, TandemQuestionnaireEditor, items_error_label);
  gtk_widget_class_bind_template_child (widget_class, TandemQuestionnaireEditor, options_group);
  gtk_widget_class_bind_template_child (widget_class, TandemQuestionnaireEditor, options_error_label);
  gtk_widget_class_bind_template_child (widget_class, TandemQuestionnaireEditor, bands_group);
  gtk_widget_class_bind_template_child (widget_class, TandemQuestionnaireEditor, bands_error_label);

  gtk_widget_class_install_action (widget_class, "questionnaire-editor.save", NULL, save_action);
  gtk_widget_class_install_action (widget_class, "questionnaire-editor.add-item", NULL, add_item_action);
  gtk_widget_class_install_action (widget_class, "questionnaire-editor.add-option", NULL, add_option_action);
  gtk_widget_class_install_action (widget_class, "questionnaire-editor.add-band", NULL, add_band_action);
  gtk_widget_class_install_action (widget_class, "questionnaire-editor.delete", NULL, delete_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_s, GDK_CONTROL_MASK,
                                       "questionnaire-editor.save", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_i, GDK_CONTROL_MASK,
                                       "questionnaire-editor.add-item", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
tandem_questionnaire_editor_init (TandemQuestionnaireEditor *self)
{
  self->items = g_ptr_array_new_with_free_func (g_free);
  self->options = g_ptr_array_new_with_free_func (g_free);
  self->bands = g_ptr_array_new_with_free_func (g_free);

  gtk_widget_init_template (GTK_WIDGET (self));
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "questionnaire-editor.delete", FALSE);

  add_row (self, ROW_ITEM, NULL);
  for (guint i = 0; i < G_N_ELEMENTS (default_options); i++)
    {
      Row *row = add_row (self, ROW_OPTION, _(default_options[i]));

      gtk_spin_button_set_value (row->value, i);
    }
}

/**
 * tandem_questionnaire_editor_new:
 * @parent: (nullable): the window it belongs to
 * @store: the store the questionnaire goes into
 *
 * Returns: (transfer none): the editor, not yet shown
 */
GtkWidget *
tandem_questionnaire_editor_new (GtkWindow   *parent,
                                 TandemStore *store)
{
  TandemQuestionnaireEditor *self;

  g_return_val_if_fail (!parent || GTK_IS_WINDOW (parent), NULL);
  g_return_val_if_fail (TANDEM_IS_STORE (store), NULL);

  self = g_object_new (TANDEM_TYPE_QUESTIONNAIRE_EDITOR,
                       "transient-for", parent,
                       "modal", parent != NULL,
                       NULL);
  self->store = g_object_ref (store);

  return GTK_WIDGET (self);
}

/**
 * tandem_questionnaire_editor_new_for_questionnaire:
 * @parent: (nullable): the window it belongs to
 * @store: the store holding @questionnaire
 * @questionnaire: a stored custom questionnaire
 * @error: return location for an error when its definition cannot be read
 *   or the store cannot say whether it was taken
 *
 * An editor for a stored questionnaire, titled "Edit Questionnaire".
 *
 * Returns: (transfer none): the editor, not yet shown, or %NULL
 */
GtkWidget *
tandem_questionnaire_editor_new_for_questionnaire (GtkWindow            *parent,
                                                   TandemStore          *store,
                                                   TandemQuestionnaire  *questionnaire,
                                                   GError              **error)
{
  g_autoptr(TandemQuestionnaireBuilder) builder = NULL;
  TandemQuestionnaireEditor *self;
  gint64 n_taken;

  g_return_val_if_fail (!parent || GTK_IS_WINDOW (parent), NULL);
  g_return_val_if_fail (TANDEM_IS_STORE (store), NULL);
  g_return_val_if_fail (TANDEM_IS_QUESTIONNAIRE (questionnaire), NULL);

  if (!(builder = tandem_questionnaire_builder_new_for_questionnaire (questionnaire, error)))
    return NULL;
  n_taken = tandem_store_count_responses (store, tandem_questionnaire_get_code (questionnaire), error);
  if (n_taken < 0)
    return NULL;

  self = TANDEM_QUESTIONNAIRE_EDITOR (tandem_questionnaire_editor_new (parent, store));
  self->questionnaire = g_object_ref (questionnaire);
  self->n_taken = n_taken;
  gtk_window_set_title (GTK_WINDOW (self), _("Edit Questionnaire"));

  gtk_editable_set_text (GTK_EDITABLE (self->name_row), tandem_questionnaire_builder_get_name (builder));
  gtk_editable_set_text (GTK_EDITABLE (self->short_name_row),
                         tandem_questionnaire_builder_get_short_name (builder));
  gtk_editable_set_text (GTK_EDITABLE (self->instructions_row),
                         tandem_questionnaire_builder_get_instructions (builder));

  clear_rows (self, ROW_ITEM);
  clear_rows (self, ROW_OPTION);
  for (guint i = 0; i < tandem_questionnaire_builder_get_n_items (builder); i++)
    {
      gboolean reversed;
      const char *text = tandem_questionnaire_builder_get_item (builder, i, &reversed);
      Row *row = add_row (self, ROW_ITEM, text);

      gtk_check_button_set_active (row->reversed, reversed);
    }
  for (guint i = 0; i < tandem_questionnaire_builder_get_n_options (builder); i++)
    {
      int value;
      const char *label = tandem_questionnaire_builder_get_option (builder, i, &value);
      Row *row = add_row (self, ROW_OPTION, label);

      gtk_spin_button_set_value (row->value, value);
    }
  for (guint i = 0; i < tandem_questionnaire_builder_get_n_bands (builder); i++)
    {
      int min, max;
      const char *label = tandem_questionnaire_builder_get_band (builder, i, &min, &max);
      Row *row = add_row (self, ROW_BAND, label);

      gtk_spin_button_set_value (row->value, min);
      gtk_spin_button_set_value (row->to, max);
    }
  update_bands_description (self);

  if (n_taken > 0)
    lock_scoring (self);
  gtk_widget_set_visible (GTK_WIDGET (self->delete_button), n_taken == 0);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "questionnaire-editor.delete", n_taken == 0);

  return GTK_WIDGET (self);
}

/**
 * tandem_questionnaire_editor_get_questionnaire:
 *
 * Returns: (transfer none) (nullable): the questionnaire being edited, or
 *   %NULL for a new one
 */
TandemQuestionnaire *
tandem_questionnaire_editor_get_questionnaire (TandemQuestionnaireEditor *self)
{
  g_return_val_if_fail (TANDEM_IS_QUESTIONNAIRE_EDITOR (self), NULL);

  return self->questionnaire;
}
