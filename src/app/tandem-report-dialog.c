/* tandem-report-dialog.c
 *
 * Copyright 2026 The Tandem authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "tandem-report-dialog"

#include "config.h"

#include <glib/gi18n.h>

#include "tandem-report-dialog.h"

/* Asks which period a progress report covers before it is saved or
 * printed. Each choice shows its days; "since the last session" is off
 * until there was a session. */

#define N_PERIODS 3

struct _TandemReportDialog
{
  AdwMessageDialog  parent_instance;

  gboolean          print;
  char             *from_days[N_PERIODS];
  char             *to_days[N_PERIODS];

  /* Template widgets */
  AdwActionRow     *four_weeks_row;
  AdwActionRow     *three_months_row;
  AdwActionRow     *since_session_row;
  GtkCheckButton   *four_weeks_check;
  GtkCheckButton   *three_months_check;
  GtkCheckButton   *since_session_check;
};

G_DEFINE_FINAL_TYPE (TandemReportDialog, tandem_report_dialog, ADW_TYPE_MESSAGE_DIALOG)

static char *
format_period (const char *from_day,
               const char *to_day)
{
  g_autoptr(GDateTime) from = NULL;
  g_autoptr(GDateTime) to = NULL;
  g_autofree char *from_text = NULL;
  g_autofree char *to_text = NULL;
  GDate from_date, to_date;

  if (!tandem_date_parse (from_day, &from_date) || !tandem_date_parse (to_day, &to_date))
    return g_strdup ("");

  from = g_date_time_new_local (g_date_get_year (&from_date), g_date_get_month (&from_date),
                                g_date_get_day (&from_date), 12, 0, 0);
  to = g_date_time_new_local (g_date_get_year (&to_date), g_date_get_month (&to_date),
                              g_date_get_day (&to_date), 12, 0, 0);
  /* Translators: a date in the report, in g_date_time_format () syntax,
   * e.g. "3 November 2026" */
  from_text = g_date_time_format (from, C_("report date", "%-d %B %Y"));
  to_text = g_date_time_format (to, C_("report date", "%-d %B %Y"));

  /* Translators: a period of days, e.g. "1 November 2026 – 30 November 2026" */
  return g_strdup_printf (_("%s – %s"), from_text, to_text);
}

static void
tandem_report_dialog_finalize (GObject *object)
{
  TandemReportDialog *self = (TandemReportDialog *) object;

  for (guint i = 0; i < N_PERIODS; i++)
    {
      g_free (self->from_days[i]);
      g_free (self->to_days[i]);
    }

  G_OBJECT_CLASS (tandem_report_dialog_parent_class)->finalize (object);
}

static void
tandem_report_dialog_class_init (TandemReportDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->finalize = tandem_report_dialog_finalize;

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/ui/tandem-report-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, TandemReportDialog, four_weeks_row);
  gtk_widget_class_bind_template_child (widget_class, TandemReportDialog, three_months_row);
  gtk_widget_class_bind_template_child (widget_class, TandemReportDialog, since_session_row);
  gtk_widget_class_bind_template_child (widget_class, TandemReportDialog, four_weeks_check);
  gtk_widget_class_bind_template_child (widget_class, TandemReportDialog, three_months_check);
  gtk_widget_class_bind_template_child (widget_class, TandemReportDialog, since_session_check);
}

static void
tandem_report_dialog_init (TandemReportDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

/**
 * tandem_report_dialog_new:
 * @parent: (nullable): the window it belongs to
 * @store: the database
 * @person: whose report
 * @print: whether the report will be printed (else saved as a PDF file)
 *
 * Returns: (transfer floating): the dialog; its "accept" response means
 *   the period was chosen
 */
GtkWidget *
tandem_report_dialog_new (GtkWindow    *parent,
                          TandemStore  *store,
                          TandemPerson *person,
                          gboolean      print)
{
  AdwActionRow *rows[N_PERIODS];
  TandemReportDialog *self;
  g_autofree char *today = tandem_date_today ();
  gint64 person_id;

  g_return_val_if_fail (!parent || GTK_IS_WINDOW (parent), NULL);
  g_return_val_if_fail (TANDEM_IS_STORE (store), NULL);
  g_return_val_if_fail (TANDEM_IS_PERSON (person), NULL);

  self = g_object_new (TANDEM_TYPE_REPORT_DIALOG,
                       "transient-for", parent,
                       "modal", TRUE,
                       NULL);
  self->print = print;
  if (print)
    adw_message_dialog_set_response_label (ADW_MESSAGE_DIALOG (self), "accept", _("_Print…"));

  rows[TANDEM_REPORT_PERIOD_FOUR_WEEKS] = self->four_weeks_row;
  rows[TANDEM_REPORT_PERIOD_THREE_MONTHS] = self->three_months_row;
  rows[TANDEM_REPORT_PERIOD_SINCE_LAST_SESSION] = self->since_session_row;
  person_id = tandem_record_get_id (TANDEM_RECORD (person));

  for (guint i = 0; i < N_PERIODS; i++)
    {
      g_autoptr(GError) error = NULL;

      if (tandem_report_period_get_days (store, person_id, (TandemReportPeriod) i, today,
                                         &self->from_days[i], &self->to_days[i], &error))
        {
          g_autofree char *text = format_period (self->from_days[i], self->to_days[i]);

          adw_action_row_set_subtitle (rows[i], text);
        }
      else
        {
          if (!g_error_matches (error, TANDEM_REPORT_ERROR, TANDEM_REPORT_ERROR_NO_SESSION))
            g_warning ("The period could not be found: %s", error->message);
          adw_action_row_set_subtitle (rows[i], _("No session yet"));
          gtk_widget_set_sensitive (GTK_WIDGET (rows[i]), FALSE);
        }
    }

  return GTK_WIDGET (self);
}

gboolean
tandem_report_dialog_get_print (TandemReportDialog *self)
{
  g_return_val_if_fail (TANDEM_IS_REPORT_DIALOG (self), FALSE);

  return self->print;
}

TandemReportPeriod
tandem_report_dialog_get_period (TandemReportDialog *self)
{
  g_return_val_if_fail (TANDEM_IS_REPORT_DIALOG (self), TANDEM_REPORT_PERIOD_FOUR_WEEKS);

  if (gtk_check_button_get_active (self->three_months_check))
    return TANDEM_REPORT_PERIOD_THREE_MONTHS;
  if (gtk_check_button_get_active (self->since_session_check))
    return TANDEM_REPORT_PERIOD_SINCE_LAST_SESSION;

  return TANDEM_REPORT_PERIOD_FOUR_WEEKS;
}

void
tandem_report_dialog_set_period (TandemReportDialog *self,
                                 TandemReportPeriod  period)
{
  GtkCheckButton *checks[N_PERIODS];

  g_return_if_fail (TANDEM_IS_REPORT_DIALOG (self));
  g_return_if_fail (period < N_PERIODS);

  checks[TANDEM_REPORT_PERIOD_FOUR_WEEKS] = self->four_weeks_check;
  checks[TANDEM_REPORT_PERIOD_THREE_MONTHS] = self->three_months_check;
  checks[TANDEM_REPORT_PERIOD_SINCE_LAST_SESSION] = self->since_session_check;
  gtk_check_button_set_active (checks[period], TRUE);
}

/**
 * tandem_report_dialog_get_days:
 * @from_day: (out) (transfer full): the first day of the chosen period
 * @to_day: (out) (transfer full): its last day
 *
 * Returns: %TRUE when the chosen period has days
 */
gboolean
tandem_report_dialog_get_days (TandemReportDialog  *self,
                               char               **from_day,
                               char               **to_day)
{
  TandemReportPeriod period;

  g_return_val_if_fail (TANDEM_IS_REPORT_DIALOG (self), FALSE);

  period = tandem_report_dialog_get_period (self);
  if (self->from_days[period] == NULL)
    return FALSE;

  *from_day = g_strdup (self->from_days[period]);
  *to_day = g_strdup (self->to_days[period]);

  return TRUE;
}
