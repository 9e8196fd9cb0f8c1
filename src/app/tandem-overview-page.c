/* tandem-overview-page.c
 *
 * Copyright 2026 The Tandem authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "tandem-overview-page"

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>

#include "tandem-overview-page.h"
#include "tandem-window.h"

/* "Since last session": safety flags first, then, for a therapist's
 * client, the session in progress or the next one with its agenda and the
 * therapist's private notes, then check-in adherence, homework,
 * questionnaires with their reliable-change badge, goals, wins and
 * stressors (TandemOverview reads them all).
 *
 * The agenda and notes are saved a moment after typing stops, and at once
 * when the page changes person, reloads or goes away, so nothing typed is
 * lost. While the window presents, the private notes are hidden. */

#define SAVE_DELAY_MS 700

struct _TandemOverviewPage
{
  TandemPage            parent_instance;

  TandemScaleRegistry  *registry;
  TandemStore          *registry_store;
  TandemOverview       *overview;
  TandemTherapySession *session;
  TandemStore          *session_store;  /* the store it was read from; unowned */
  guint                 save_source;
  gboolean              loading;
  gboolean              presenting;

  /* Template widgets */
  GtkLabel             *title_label;
  GtkLabel             *period_label;
  AdwPreferencesGroup  *flags_group;
  GtkListBox           *flags_list;
  AdwPreferencesGroup  *session_group;
  GtkWidget            *start_session_button;
  TandemListRow        *session_row;
  GtkWidget            *agenda_box;
  GtkTextView          *agenda_view;
  GtkWidget            *notes_box;
  GtkTextView          *notes_view;
  GtkLabel             *session_status_label;
  AdwPreferencesGroup  *adherence_group;
  GtkListBox           *adherence_list;
  AdwPreferencesGroup  *homework_group;
  GtkListBox           *homework_list;
  AdwPreferencesGroup  *scales_group;
  GtkListBox           *scales_list;
  AdwPreferencesGroup  *goals_group;
  GtkListBox           *goals_list;
  AdwPreferencesGroup  *wins_group;
  GtkListBox           *wins_list;
  AdwPreferencesGroup  *stressors_group;
  GtkListBox           *stressors_list;
};

G_DEFINE_FINAL_TYPE (TandemOverviewPage, tandem_overview_page, TANDEM_TYPE_PAGE)

enum {
  PROP_0,
  PROP_PRESENTING,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* Helpers ----------------------------------------------------------------- */

static char *
format_number (double value)
{
  if (isnan (value))
    return g_strdup ("–");
  if (fabs (value - round (value)) < 1e-9)
    return g_strdup_printf ("%.0f", value);
  return g_strdup_printf ("%.1f", value);
}

static char *
format_time (gint64 usec)
{
  g_autoptr(GDateTime) time = g_date_time_new_from_unix_local (usec / G_USEC_PER_SEC);

  /* Translators: a time of day in the format of g_date_time_format() */
  return time != NULL ? g_date_time_format (time, _("%H:%M")) : g_strdup ("");
}

static char *
local_day_of (gint64 usec)
{
  g_autoptr(GDateTime) time = g_date_time_new_from_unix_local (usec / G_USEC_PER_SEC);

  return time != NULL ? g_date_time_format (time, "%Y-%m-%d") : g_strdup ("");
}

static GtkWidget *
add_row (GtkListBox *list,
         const char *title,
         const char *subtitle)
{
  GtkWidget *row = tandem_page_create_row (title, subtitle);

  gtk_list_box_append (list, row);
  return row;
}

static void
add_empty_row (GtkListBox *list,
               const char *text)
{
  GtkWidget *row = add_row (list, text, NULL);

  gtk_widget_add_css_class (row, "dim-label");
}

static GtkWidget *
create_level_bar (double      fraction,
                  const char *accessible_label)
{
  GtkWidget *bar = gtk_level_bar_new_for_interval (0, 1);

  gtk_level_bar_set_value (GTK_LEVEL_BAR (bar), CLAMP (fraction, 0, 1));
  gtk_widget_set_valign (bar, GTK_ALIGN_CENTER);
  gtk_widget_set_size_request (bar, 96, -1);
  gtk_level_bar_remove_offset_value (GTK_LEVEL_BAR (bar), GTK_LEVEL_BAR_OFFSET_LOW);
  gtk_level_bar_remove_offset_value (GTK_LEVEL_BAR (bar), GTK_LEVEL_BAR_OFFSET_HIGH);
  gtk_level_bar_remove_offset_value (GTK_LEVEL_BAR (bar), GTK_LEVEL_BAR_OFFSET_FULL);
  gtk_accessible_update_property (GTK_ACCESSIBLE (bar),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, accessible_label,
                                  -1);
  return bar;
}

static char *
percent_text (double fraction)
{
  /* Translators: a percentage, e.g. "60 %" */
  return g_strdup_printf (_("%.0f %%"), CLAMP (fraction, 0, 10) * 100);
}

static GtkWidget *
create_badge (TandemChangeClass classification)
{
  const char *text;
  GtkWidget *label;

  switch (classification)
    {
    case TANDEM_CHANGE_CLASS_RELIABLE_IMPROVEMENT:
      text = _("Reliable improvement");
      break;
    case TANDEM_CHANGE_CLASS_NO_RELIABLE_CHANGE:
      text = _("No reliable change");
      break;
    case TANDEM_CHANGE_CLASS_RELIABLE_DETERIORATION:
      text = _("Reliable deterioration");
      break;
    case TANDEM_CHANGE_CLASS_NOT_AVAILABLE:
    default:
      return NULL;
    }

  label = gtk_label_new (text);
  gtk_widget_set_valign (label, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (label, "tandem-badge");
  gtk_widget_add_css_class (label, "caption");
  if (classification == TANDEM_CHANGE_CLASS_RELIABLE_IMPROVEMENT)
    gtk_widget_add_css_class (label, "success");
  else if (classification == TANDEM_CHANGE_CLASS_RELIABLE_DETERIORATION)
    gtk_widget_add_css_class (label, "warning");
  return label;
}

static TandemScaleRegistry *
get_registry (TandemOverviewPage *self)
{
  TandemStore *store = tandem_page_get_store (TANDEM_PAGE (self));
  g_autoptr(GError) error = NULL;

  if (self->registry != NULL && self->registry_store == store)
    return self->registry;

  g_clear_object (&self->registry);
  self->registry_store = store;
  if (!(self->registry = tandem_scale_registry_new (&error)))
    {
      g_warning ("The built-in questionnaires could not be read: %s", error->message);
      return NULL;
    }
  if (store != NULL && !tandem_scale_registry_load_custom (self->registry, store, &error))
    g_warning ("Custom questionnaires could not be read: %s", error->message);
  return self->registry;
}

static void
show_toast (TandemOverviewPage *self,
            const char         *message)
{
  GtkWidget *window = gtk_widget_get_ancestor (GTK_WIDGET (self), TANDEM_TYPE_WINDOW);

  if (window != NULL)
    tandem_window_add_toast (TANDEM_WINDOW (window), message);
}

/* The session record ------------------------------------------------------ */

static void
set_status (TandemOverviewPage *self,
            const char         *status)
{
  gtk_label_set_label (self->session_status_label, status != NULL ? status : "");
  gtk_widget_set_visible (GTK_WIDGET (self->session_status_label), status != NULL);
}

static char *
dup_buffer_text (GtkTextView *view)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (view);
  g_autofree char *copy = NULL;
  GtkTextIter start, end;
  char *text;

  gtk_text_buffer_get_bounds (buffer, &start, &end);
  text = gtk_text_buffer_get_text (buffer, &start, &end, FALSE);

  /* Only white space: store nothing rather than blanks. */
  copy = g_strstrip (g_strdup (text));
  if (copy[0] == '\0')
    g_clear_pointer (&text, g_free);
  return text;
}

/**
 * tandem_overview_page_save_session:
 *
 * Writes the agenda and notes as typed into the shown session now, when
 * they changed. On failure the text stays in the page.
 *
 * Returns: %TRUE when there was nothing to save or it was saved
 */
gboolean
tandem_overview_page_save_session (TandemOverviewPage  *self,
                                   GError             **error)
{
  TandemStore *store = tandem_page_get_store (TANDEM_PAGE (self));
  g_autofree char *agenda = NULL;
  g_autofree char *notes = NULL;
  g_autofree char *old_agenda = NULL;
  g_autofree char *old_notes = NULL;

  g_return_val_if_fail (TANDEM_IS_OVERVIEW_PAGE (self), FALSE);

  g_clear_handle_id (&self->save_source, g_source_remove);

  /* A session read from another store is never written into this one. */
  if (self->session == NULL || store == NULL || store != self->session_store)
    return TRUE;

  agenda = dup_buffer_text (self->agenda_view);
  notes = dup_buffer_text (self->notes_view);
  if (g_strcmp0 (agenda, tandem_therapy_session_get_agenda (self->session)) == 0 &&
      g_strcmp0 (notes, tandem_therapy_session_get_notes (self->session)) == 0)
    return TRUE;

  old_agenda = g_strdup (tandem_therapy_session_get_agenda (self->session));
  old_notes = g_strdup (tandem_therapy_session_get_notes (self->session));
  tandem_therapy_session_set_agenda (self->session, agenda);
  tandem_therapy_session_set_notes (self->session, notes);

  if (!tandem_store_update (store, TANDEM_RECORD (self->session), error))
    {
      /* The record goes back to what is stored; the text stays on screen. */
      tandem_therapy_session_set_agenda (self->session, old_agenda);
      tandem_therapy_session_set_notes (self->session, old_notes);
      set_status (self, _("Not saved yet: the session could not be written. Your text is kept here."));
      return FALSE;
    }

  set_status (self, _("Saved"));
  return TRUE;
}

static void
flush_session (TandemOverviewPage *self)
{
  g_autoptr(GError) error = NULL;

  if (!tandem_overview_page_save_session (self, &error))
    {
      g_warning ("Saving the session failed: %s", error->message);
      show_toast (self, _("The session notes could not be saved."));
    }
}

static gboolean
save_timeout_cb (gpointer user_data)
{
  TandemOverviewPage *self = user_data;

  self->save_source = 0;
  flush_session (self);
  return G_SOURCE_REMOVE;
}

static void
on_session_text_changed_cb (TandemOverviewPage *self,
                            GtkTextBuffer      *buffer)
{
  if (self->loading || self->session == NULL)
    return;

  set_status (self, _("Saving…"));
  g_clear_handle_id (&self->save_source, g_source_remove);
  self->save_source = g_timeout_add (SAVE_DELAY_MS, save_timeout_cb, self);
}

static void
set_buffer_text (GtkTextView *view,
                 const char  *text)
{
  gtk_text_buffer_set_text (gtk_text_view_get_buffer (view), text != NULL ? text : "", -1);
}

static void
show_session (TandemOverviewPage *self,
              gint64              now)
{
  gboolean show = self->session != NULL;

  self->loading = TRUE;
  set_buffer_text (self->agenda_view, show ? tandem_therapy_session_get_agenda (self->session) : NULL);
  set_buffer_text (self->notes_view, show ? tandem_therapy_session_get_notes (self->session) : NULL);
  self->loading = FALSE;

  gtk_widget_set_visible (self->agenda_box, show);
  gtk_widget_set_visible (self->notes_box, show && !self->presenting);
  set_status (self, NULL);

  if (!show)
    {
      tandem_list_row_set_title (self->session_row, _("No session right now"));
      tandem_list_row_set_subtitle (self->session_row,
                                    _("Start one to write the agenda and your notes."));
      gtk_widget_set_visible (self->start_session_button, TRUE);
    }
  else
    {
      gint64 starts_at = tandem_therapy_session_get_starts_at (self->session);
      int minutes = tandem_therapy_session_get_duration_minutes (self->session);
      g_autofree char *time = format_time (starts_at);
      g_autofree char *title = NULL;
      g_autofree char *subtitle = NULL;

      if (starts_at <= now)
        {
          /* Translators: %s is a time of day */
          title = g_strdup_printf (_("In session since %s"), time);
          gtk_widget_set_visible (self->start_session_button, FALSE);
        }
      else
        {
          g_autofree char *day = local_day_of (starts_at);
          g_autofree char *day_text = tandem_page_format_day (day);

          /* Translators: the first %s is a date, the second a time of day */
          title = g_strdup_printf (_("Next session: %s at %s"), day_text, time);
          gtk_widget_set_visible (self->start_session_button, TRUE);
        }
      subtitle = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%d minute", "%d minutes", minutes),
                                  minutes);
      tandem_list_row_set_title (self->session_row, title);
      tandem_list_row_set_subtitle (self->session_row, subtitle);
    }
}

static void
start_session_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *param)
{
  TandemOverviewPage *self = TANDEM_OVERVIEW_PAGE (widget);
  TandemStore *store = tandem_page_get_store (TANDEM_PAGE (self));
  TandemPerson *person = tandem_page_get_person (TANDEM_PAGE (self));
  g_autoptr(GError) error = NULL;
  gint64 now = g_get_real_time ();
  gboolean ok;

  if (store == NULL || person == NULL)
    return;

  flush_session (self);

  /* The next session, when one is planned, starts now; else a new one. */
  if (self->session != NULL && tandem_therapy_session_get_starts_at (self->session) > now)
    {
      tandem_therapy_session_set_starts_at (self->session, now);
      ok = tandem_store_update (store, TANDEM_RECORD (self->session), &error);
    }
  else
    {
      g_autoptr(TandemTherapySession) session =
        tandem_therapy_session_new (tandem_record_get_id (TANDEM_RECORD (person)), now);

      ok = tandem_store_insert (store, TANDEM_RECORD (session), &error);
    }

  if (!ok)
    {
      g_warning ("Starting a session failed: %s", error->message);
      show_toast (self, _("The session could not be started."));
      return;
    }

  tandem_page_reload (TANDEM_PAGE (self));
  gtk_widget_grab_focus (GTK_WIDGET (self->agenda_view));
}

/* Sections ---------------------------------------------------------------- */

static void
fill_flags (TandemOverviewPage *self,
            gboolean            about_client)
{
  const TandemOverviewFlag *flags;
  guint n;

  flags = tandem_overview_get_flags (self->overview, &n);
  tandem_page_clear_list (self->flags_list);
  gtk_widget_set_visible (GTK_WIDGET (self->flags_group), n > 0);
  if (n == 0)
    return;

  if (about_client)
    {
      adw_preferences_group_set_title (self->flags_group, _("Needs Attention"));
      for (guint i = 0; i < n; i++)
        {
          g_autofree char *day = tandem_page_format_day (flags[i].day);
          /* Translators: %s is a questionnaire's short name, e.g. "PHQ-9" */
          g_autofree char *title = g_strdup_printf (_("Safety answer on the %s"), flags[i].short_name);
          /* Translators: %s is a date */
          g_autofree char *subtitle = g_strdup_printf (_("%s. Needs follow-up: thoughts of self-harm were reported."), day);
          GtkWidget *row = add_row (self->flags_list, title, subtitle);
          GtkWidget *icon = gtk_image_new_from_icon_name ("dialog-warning-symbolic");

          gtk_accessible_update_property (GTK_ACCESSIBLE (icon),
                                          GTK_ACCESSIBLE_PROPERTY_LABEL, _("Safety flag"),
                                          -1);
          tandem_list_row_add_prefix (TANDEM_LIST_ROW (row), icon);
        }
    }
  else
    {
      GtkWidget *row;
      GtkWidget *icon = gtk_image_new_from_icon_name ("dialog-warning-symbolic");

      adw_preferences_group_set_title (self->flags_group, _("Looking After Yourself"));
      row = add_row (self->flags_list,
                     _("You said you have had thoughts of harming yourself. "
                       "Please talk to your therapist about it soon."),
                     _("If you are thinking about harming yourself, please "
                       "contact emergency services or a crisis line now, "
                       "and let your therapist know."));
      gtk_accessible_update_property (GTK_ACCESSIBLE (icon),
                                      GTK_ACCESSIBLE_PROPERTY_LABEL, _("Safety flag"),
                                      -1);
      tandem_list_row_add_prefix (TANDEM_LIST_ROW (row), icon);
    }
}

static void
fill_adherence (TandemOverviewPage *self)
{
  guint n_days = tandem_overview_get_n_days (self->overview);
  guint n_with = tandem_overview_get_n_check_in_days (self->overview);
  guint n_rest = tandem_overview_get_n_rest_days (self->overview);
  g_autofree char *title = NULL;
  g_autofree char *subtitle = NULL;
  g_autofree char *percent = NULL;
  double fraction = n_days > 0 ? (double) n_with / n_days : 0;
  GtkWidget *row;

  tandem_page_clear_list (self->adherence_list);

  /* Translators: "3 of 15 days with a check-in" */
  title = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u of %u day with a check-in",
                                        "%u of %u days with a check-in", n_days),
                           n_with, n_days);
  if (n_rest > 0)
    subtitle = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u rest day", "%u rest days", n_rest),
                                n_rest);
  row = add_row (self->adherence_list, title, subtitle);
  percent = percent_text (fraction);
  tandem_list_row_add_suffix (TANDEM_LIST_ROW (row), create_level_bar (fraction, percent));
}

static void
fill_homework (TandemOverviewPage *self)
{
  const TandemOverviewHomework *homework;
  const TandemOverviewWeek *weeks;
  guint n, n_weeks, n_due, n_done;

  tandem_page_clear_list (self->homework_list);
  tandem_overview_get_homework_totals (self->overview, &n_due, &n_done);
  homework = tandem_overview_get_homework (self->overview, &n);
  weeks = tandem_overview_get_homework_weeks (self->overview, &n_weeks);

  if (n == 0)
    {
      add_empty_row (self->homework_list, _("No homework was due or done in this period."));
      return;
    }

  if (n_due > 0)
    {
      double fraction = (double) n_done / n_due;
      g_autofree char *percent = percent_text (fraction);
      /* Translators: "2 of 3 done", about homework due in the period */
      g_autofree char *title = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u of %u done",
                                                             "%u of %u done", n_due),
                                                n_done, n_due);
      /* Translators: %s is a percentage */
      g_autofree char *subtitle = g_strdup_printf (_("Completion rate %s"), percent);
      GtkWidget *row = add_row (self->homework_list, title, subtitle);

      tandem_list_row_add_suffix (TANDEM_LIST_ROW (row), create_level_bar (fraction, subtitle));

      /* The rate week by week, when the period spans more than one. */
      for (guint i = 0; n_weeks > 1 && i < n_weeks; i++)
        {
          g_autofree char *day = tandem_page_format_day (weeks[i].week_start);
          /* Translators: %s is the date of a Monday */
          g_autofree char *week_title = g_strdup_printf (_("Week of %s"), day);
          g_autofree char *week_subtitle = NULL;
          g_autofree char *week_percent = NULL;
          double week_fraction;
          GtkWidget *week_row;

          if (weeks[i].n_due == 0)
            continue;

          week_fraction = (double) weeks[i].n_done / weeks[i].n_due;
          week_percent = percent_text (week_fraction);
          week_subtitle = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u of %u done",
                                                        "%u of %u done", weeks[i].n_due),
                                           weeks[i].n_done, weeks[i].n_due);
          week_row = add_row (self->homework_list, week_title, week_subtitle);
          gtk_widget_add_css_class (week_row, "tandem-week-row");
          tandem_list_row_add_suffix (TANDEM_LIST_ROW (week_row),
                                     create_level_bar (week_fraction, week_percent));
        }
    }

  for (guint i = 0; i < n; i++)
    {
      g_autofree char *due = homework[i].due_on ? tandem_page_format_day (homework[i].due_on) : NULL;
      g_autofree char *done = homework[i].done_on ? tandem_page_format_day (homework[i].done_on) : NULL;
      g_autofree char *subtitle = NULL;
      const char *status;
      GtkWidget *row, *icon;

      /* Translators: each %s is a date */
      if (due != NULL && done != NULL)
        subtitle = g_strdup_printf (_("Due %s, done %s"), due, done);
      else if (due != NULL)
        /* Translators: %s is a date */
        subtitle = g_strdup_printf (_("Due %s, not done"), due);
      else if (done != NULL)
        /* Translators: %s is a date */
        subtitle = g_strdup_printf (_("Done %s"), done);
      else
        subtitle = g_strdup (_("Not done"));

      if (done != NULL)
        {
          status = _("Done");
          icon = gtk_image_new_from_icon_name ("object-select-symbolic");
          gtk_widget_add_css_class (icon, "success");
        }
      else
        {
          status = _("Not done");
          icon = gtk_image_new_from_icon_name ("window-close-symbolic");
          gtk_widget_add_css_class (icon, "dim-label");
        }

      row = add_row (self->homework_list, homework[i].title, subtitle);
      gtk_accessible_update_property (GTK_ACCESSIBLE (icon), GTK_ACCESSIBLE_PROPERTY_LABEL, status, -1);
      tandem_list_row_add_prefix (TANDEM_LIST_ROW (row), icon);
    }
}

static void
fill_scales (TandemOverviewPage *self)
{
  const TandemOverviewScale *scales;
  guint n;

  tandem_page_clear_list (self->scales_list);
  scales = tandem_overview_get_scales (self->overview, &n);
  if (n == 0)
    {
      add_empty_row (self->scales_list, _("No questionnaire was taken in this period."));
      return;
    }

  for (guint i = 0; i < n; i++)
    {
      g_autofree char *score = format_number (scales[i].latest_score);
      g_autofree char *day = tandem_page_format_day (scales[i].latest_day);
      g_autofree char *subtitle = NULL;
      GtkWidget *row, *badge;

      if (scales[i].has_previous)
        {
          g_autofree char *previous = format_number (scales[i].previous_score);
          g_autofree char *previous_day = tandem_page_format_day (scales[i].previous_day);

          /* Translators: "12, Moderate, on <date> (before: 17 on <date>)" */
          subtitle = g_strdup_printf (_("%s, %s, on %s (before: %s on %s)"),
                                      score, scales[i].band_label ? scales[i].band_label : "–",
                                      day, previous, previous_day);
        }
      else
        {
          /* Translators: "12, Moderate, on <date>" */
          subtitle = g_strdup_printf (_("%s, %s, on %s"),
                                      score, scales[i].band_label ? scales[i].band_label : "–", day);
        }

      row = add_row (self->scales_list, scales[i].short_name, subtitle);
      badge = create_badge (scales[i].change.classification);
      if (badge != NULL)
        tandem_list_row_add_suffix (TANDEM_LIST_ROW (row), badge);
    }
}

static void
fill_goals (TandemOverviewPage *self)
{
  const TandemOverviewGoal *goals;
  guint n;

  tandem_page_clear_list (self->goals_list);
  goals = tandem_overview_get_goals (self->overview, &n);
  if (n == 0)
    {
      add_empty_row (self->goals_list, _("No active goals."));
      return;
    }

  for (guint i = 0; i < n; i++)
    {
      g_autofree char *subtitle = NULL;
      GtkWidget *row;

      if (isnan (goals[i].latest))
        {
          subtitle = g_strdup (_("No entries in this period"));
        }
      else
        {
          g_autofree char *latest = format_number (goals[i].latest);
          g_autofree char *target = format_number (goals[i].target);
          g_autofree char *week = tandem_page_format_day (goals[i].latest_week);

          if (isnan (goals[i].target))
            /* Translators: "6 talks in the week of <date>. <trend>" */
            subtitle = g_strdup_printf (_("%s %s in the week of %s. %s"), latest,
                                        goals[i].unit ? goals[i].unit : "", week, goals[i].trend_text);
          else
            /* Translators: "6 of 10 talks in the week of <date>. <trend>" */
            subtitle = g_strdup_printf (_("%s of %s %s in the week of %s. %s"), latest, target,
                                        goals[i].unit ? goals[i].unit : "", week, goals[i].trend_text);
        }

      row = add_row (self->goals_list, goals[i].title, subtitle);
      if (!isnan (goals[i].progress))
        {
          g_autofree char *percent = percent_text (goals[i].progress);
          /* Translators: %s is a percentage */
          g_autofree char *label = g_strdup_printf (_("%s of the way to the target"), percent);

          tandem_list_row_add_suffix (TANDEM_LIST_ROW (row), create_level_bar (goals[i].progress, label));
        }
    }
}

static void
fill_wins (TandemOverviewPage *self,
           gboolean            about_client)
{
  TandemStore *store = tandem_page_get_store (TANDEM_PAGE (self));
  const TandemOverviewWin *wins;
  guint n;

  tandem_page_clear_list (self->wins_list);
  wins = tandem_overview_get_wins (self->overview, &n);
  if (n == 0)
    {
      add_empty_row (self->wins_list,
                     about_client ? _("No wins noted in this period.")
                                  : _("No wins noted yet. Mark a check-in as a win to see it here."));
      return;
    }

  for (guint i = 0; i < n; i++)
    {
      g_autofree char *day = tandem_page_format_day (wins[i].day);
      g_autoptr(TandemGoal) goal = NULL;
      g_autofree char *subtitle = NULL;
      GtkWidget *row, *icon;

      if (wins[i].goal_id != 0)
        goal = tandem_store_get (store, TANDEM_TYPE_GOAL, wins[i].goal_id, NULL);
      if (goal != NULL)
        /* Translators: "<date>, <goal title>" */
        subtitle = g_strdup_printf (_("%s, %s"), day, tandem_goal_get_title (goal));
      else
        subtitle = g_strdup (day);

      row = add_row (self->wins_list, wins[i].note != NULL ? wins[i].note : _("A win"), subtitle);
      icon = gtk_image_new_from_icon_name ("starred-symbolic");
      gtk_widget_add_css_class (icon, "success");
      gtk_accessible_update_property (GTK_ACCESSIBLE (icon), GTK_ACCESSIBLE_PROPERTY_LABEL, _("Win"), -1);
      tandem_list_row_add_prefix (TANDEM_LIST_ROW (row), icon);
    }
}

static void
fill_stressors (TandemOverviewPage *self)
{
  const TandemOverviewStressor *stressors;
  guint n;

  tandem_page_clear_list (self->stressors_list);
  stressors = tandem_overview_get_stressors (self->overview, &n);
  if (n == 0)
    {
      add_empty_row (self->stressors_list, _("No stressors noted in this period."));
      return;
    }

  for (guint i = 0; i < n; i++)
    {
      g_autofree char *count = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u check-in", "%u check-ins",
                                                             stressors[i].count),
                                                stressors[i].count);
      GtkWidget *row = add_row (self->stressors_list, stressors[i].stressor, NULL);
      GtkWidget *label = gtk_label_new (count);

      gtk_widget_add_css_class (label, "dim-label");
      gtk_widget_set_valign (label, GTK_ALIGN_CENTER);
      tandem_list_row_add_suffix (TANDEM_LIST_ROW (row), label);
    }
}

static void
set_groups_visible (TandemOverviewPage *self,
                    gboolean            visible)
{
  gtk_widget_set_visible (GTK_WIDGET (self->adherence_group), visible);
  gtk_widget_set_visible (GTK_WIDGET (self->homework_group), visible);
  gtk_widget_set_visible (GTK_WIDGET (self->scales_group), visible);
  gtk_widget_set_visible (GTK_WIDGET (self->goals_group), visible);
  gtk_widget_set_visible (GTK_WIDGET (self->wins_group), visible);
  gtk_widget_set_visible (GTK_WIDGET (self->stressors_group), visible);
}

/* TandemPage -------------------------------------------------------------- */

static void
tandem_overview_page_reload (TandemPage *page)
{
  TandemOverviewPage *self = TANDEM_OVERVIEW_PAGE (page);
  TandemStore *store = tandem_page_get_store (page);
  TandemPerson *person = tandem_page_get_person (page);
  gboolean about_client = tandem_page_get_therapist_profile (page) && tandem_page_get_is_client (page);
  g_autoptr(GError) error = NULL;
  g_autofree char *today = NULL;
  g_autofree char *from = NULL;
  g_autofree char *period = NULL;
  gint64 now = g_get_real_time (), before;
  gint64 person_id;

  /* What was typed belongs to the session shown until now. */
  flush_session (self);
  g_clear_object (&self->session);
  g_clear_object (&self->overview);

  gtk_widget_set_visible (GTK_WIDGET (self->session_group), FALSE);
  gtk_widget_set_visible (GTK_WIDGET (self->flags_group), FALSE);

  if (store == NULL || person == NULL)
    {
      gtk_label_set_label (self->title_label, "");
      gtk_label_set_label (self->period_label, "");
      set_groups_visible (self, FALSE);
      show_session (self, now);
      return;
    }

  person_id = tandem_record_get_id (TANDEM_RECORD (person));
  today = tandem_date_today ();
  before = now;

  if (about_client)
    {
      self->session = tandem_overview_find_current_session (store, person_id, now, &error);
      self->session_store = store;
      if (error != NULL)
        {
          g_warning ("Reading the current session failed: %s", error->message);
          g_clear_error (&error);
        }
      /* In a session, "since last session" means since the one before. */
      if (self->session != NULL && tandem_therapy_session_get_starts_at (self->session) <= now)
        before = tandem_therapy_session_get_starts_at (self->session);
    }

  self->overview = tandem_overview_load (store, get_registry (self), person_id,
                                         NULL, today, before, &error);
  if (self->overview == NULL)
    {
      g_warning ("Reading the overview failed: %s", error->message);
      gtk_label_set_label (self->title_label, _("Since Last Session"));
      gtk_label_set_label (self->period_label, _("This overview could not be read."));
      set_groups_visible (self, FALSE);
      return;
    }

  set_groups_visible (self, TRUE);
  from = tandem_page_format_day (tandem_overview_get_from (self->overview));

  if (tandem_overview_get_session_id (self->overview) != 0)
    {
      g_autofree char *time = format_time (tandem_overview_get_session_starts_at (self->overview));

      gtk_label_set_label (self->title_label,
                           about_client ? _("Since Last Session") : _("Since Your Last Session"));
      /* Translators: "Since the session on <date> at <time>" */
      period = g_strdup_printf (_("Since the session on %s at %s"), from, time);
    }
  else
    {
      gtk_label_set_label (self->title_label,
                           about_client ? _("The Last Two Weeks") : _("Your Last Two Weeks"));
      /* Translators: %s is a date */
      period = g_strdup_printf (_("Since %s. There is no earlier session to start from."), from);
    }
  gtk_label_set_label (self->period_label, period);

  adw_preferences_group_set_title (self->adherence_group,
                                   about_client ? _("Check-ins") : _("Your Check-ins"));
  adw_preferences_group_set_title (self->wins_group, about_client ? _("Wins") : _("Your Wins"));

  fill_flags (self, about_client);
  fill_adherence (self);
  fill_homework (self);
  fill_scales (self);
  fill_goals (self);
  fill_wins (self, about_client);
  fill_stressors (self);

  gtk_widget_set_visible (GTK_WIDGET (self->session_group), about_client);
  show_session (self, now);
}

/* GObject ----------------------------------------------------------------- */

static void
tandem_overview_page_unmap (GtkWidget *widget)
{
  flush_session (TANDEM_OVERVIEW_PAGE (widget));

  GTK_WIDGET_CLASS (tandem_overview_page_parent_class)->unmap (widget);
}

static void
tandem_overview_page_dispose (GObject *object)
{
  TandemOverviewPage *self = TANDEM_OVERVIEW_PAGE (object);

  if (self->save_source != 0)
    flush_session (self);

  gtk_widget_dispose_template (GTK_WIDGET (self), TANDEM_TYPE_OVERVIEW_PAGE);

  g_clear_object (&self->session);
  g_clear_object (&self->overview);
  g_clear_object (&self->registry);
  self->registry_store = NULL;

  G_OBJECT_CLASS (tandem_overview_page_parent_class)->dispose (object);
}

static void
tandem_overview_page_get_property (GObject    *object,
                                   guint       prop_id,
                                   GValue     *value,
                                   GParamSpec *pspec)
{
  TandemOverviewPage *self = TANDEM_OVERVIEW_PAGE (object);

  switch (prop_id)
    {
    case PROP_PRESENTING:
      g_value_set_boolean (value, self->presenting);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
tandem_overview_page_set_property (GObject      *object,
                                   guint         prop_id,
                                   const GValue *value,
                                   GParamSpec   *pspec)
{
  TandemOverviewPage *self = TANDEM_OVERVIEW_PAGE (object);

  switch (prop_id)
    {
    case PROP_PRESENTING:
      tandem_overview_page_set_presenting (self, g_value_get_boolean (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
tandem_overview_page_class_init (TandemOverviewPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  TandemPageClass *page_class = TANDEM_PAGE_CLASS (klass);

  object_class->dispose = tandem_overview_page_dispose;
  object_class->get_property = tandem_overview_page_get_property;
  object_class->set_property = tandem_overview_page_set_property;

  widget_class->unmap = tandem_overview_page_unmap;

  page_class->reload = tandem_overview_page_reload;

  properties [PROP_PRESENTING] =
    g_param_spec_boolean ("presenting", NULL, NULL,
                          FALSE,
                          (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  g_type_ensure (TANDEM_TYPE_LIST_ROW);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/ui/tandem-overview-page.ui");
  gtk_widget_class_bind_template_child (widget_class, TandemOverviewPage, title_label);
  gtk_widget_class_bind_template_child (widget_class, TandemOverviewPage, period_label);
  gtk_widget_class_bind_template_child (widget_class, TandemOverviewPage, flags_group);
  gtk_widget_class_bind_template_child (widget_class, TandemOverviewPage, flags_list);
  gtk_widget_class_bind_template_child (widget_class, TandemOverviewPage, session_group);
  gtk_widget_class_bind_template_child (widget_class, TandemOverviewPage, start_session_button);
  gtk_widget_class_bind_template_child (widget_class, TandemOverviewPage, session_row);
  gtk_widget_class_bind_template_child (widget_class, TandemOverviewPage, agenda_box);
  gtk_widget_class_bind_template_child (widget_class, TandemOverviewPage, agenda_view);
  gtk_widget_class_bind_template_child (widget_class, TandemOverviewPage, notes_box);
  gtk_widget_class_bind_template_child (widget_class, TandemOverviewPage, notes_view);
  gtk_widget_class_bind_template_child (widget_class, TandemOverviewPage, session_status_label);
  gtk_widget_class_bind_template_child (widget_class, TandemOverviewPage, adherence_group);
  gtk_widget_class_bind_template_child (widget_class, TandemOverviewPage, adherence_list);
  gtk_widget_class_bind_template_child (widget_class, TandemOverviewPage, homework_group);
  gtk_widget_class_bind_template_child (widget_class, TandemOverviewPage, homework_list);
  gtk_widget_class_bind_template_child (widget_class, TandemOverviewPage, scales_group);
  gtk_widget_class_bind_template_child (widget_class, TandemOverviewPage, scales_list);
  gtk_widget_class_bind_template_child (widget_class, TandemOverviewPage, goals_group);
  gtk_widget_class_bind_template_child (widget_class, TandemOverviewPage, goals_list);
  gtk_widget_class_bind_template_child (widget_class, TandemOverviewPage, wins_group);
  gtk_widget_class_bind_template_child (widget_class, TandemOverviewPage, wins_list);
  gtk_widget_class_bind_template_child (widget_class, TandemOverviewPage, stressors_group);
  gtk_widget_class_bind_template_child (widget_class, TandemOverviewPage, stressors_list);

  gtk_widget_class_install_action (widget_class, "overview.start-session", NULL, start_session_action);
}

static void
tandem_overview_page_init (TandemOverviewPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  g_signal_connect_object (gtk_text_view_get_buffer (self->agenda_view), "changed",
                           G_CALLBACK (on_session_text_changed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (gtk_text_view_get_buffer (self->notes_view), "changed",
                           G_CALLBACK (on_session_text_changed_cb), self, G_CONNECT_SWAPPED);
}

GtkWidget *
tandem_overview_page_new (void)
{
  return g_object_new (TANDEM_TYPE_OVERVIEW_PAGE, NULL);
}

gboolean
tandem_overview_page_get_presenting (TandemOverviewPage *self)
{
  g_return_val_if_fail (TANDEM_IS_OVERVIEW_PAGE (self), FALSE);

  return self->presenting;
}

/**
 * tandem_overview_page_set_presenting:
 * @presenting: whether the screen is being shared
 *
 * While presenting, the therapist's private notes are hidden (and saved
 * first, so nothing typed is lost).
 */
void
tandem_overview_page_set_presenting (TandemOverviewPage *self,
                                     gboolean            presenting)
{
  g_return_if_fail (TANDEM_IS_OVERVIEW_PAGE (self));

  presenting = !!presenting;
  if (self->presenting == presenting)
    return;

  if (presenting)
    flush_session (self);

  self->presenting = presenting;
  gtk_widget_set_visible (self->notes_box, self->session != NULL && !presenting);
  g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_PRESENTING]);
}

/**
 * tandem_overview_page_get_overview:
 *
 * Returns: (transfer none) (nullable): what the page shows
 */
TandemOverview *
tandem_overview_page_get_overview (TandemOverviewPage *self)
{
  g_return_val_if_fail (TANDEM_IS_OVERVIEW_PAGE (self), NULL);

  return self->overview;
}

/**
 * tandem_overview_page_get_session:
 *
 * Returns: (transfer none) (nullable): the session in progress or the next
 *   one, for a therapist's client
 */
TandemTherapySession *
tandem_overview_page_get_session (TandemOverviewPage *self)
{
  g_return_val_if_fail (TANDEM_IS_OVERVIEW_PAGE (self), NULL);

  return self->session;
}

/**
 * tandem_overview_page_reload_questionnaires:
 *
 * Reads the questionnaires again, the built-in ones and the custom ones in
 * the store, then reloads the page: after a custom one was edited or
 * deleted.
 */
void
tandem_overview_page_reload_questionnaires (TandemOverviewPage *self)
{
  g_return_if_fail (TANDEM_IS_OVERVIEW_PAGE (self));

  g_clear_object (&self->registry);
  self->registry_store = NULL;
  tandem_page_reload (TANDEM_PAGE (self));
}
