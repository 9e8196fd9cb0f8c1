/* tandem-cli-clients.c
 *
 * Copyright 2026 The Tandem authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "tandem-cli"

#include "config.h"

#include <glib/gi18n.h>

#include "tandem-cli-private.h"

/* clients ----------------------------------------------------------------- */

static const struct
{
  const char          *name;
  TandemCaseloadOrder  order;
} orders[] = {
  { "name", TANDEM_CASELOAD_ORDER_NAME },
  { "next-session", TANDEM_CASELOAD_ORDER_NEXT_SESSION },
  { "last-activity", TANDEM_CASELOAD_ORDER_LAST_ACTIVITY },
};

static int
compare_entries (gconstpointer a,
                 gconstpointer b,
                 gpointer      user_data)
{
  return tandem_caseload_entry_compare ((TandemCaseloadEntry *) a, (TandemCaseloadEntry *) b,
                                        GPOINTER_TO_INT (user_data));
}

/**
 * tandem_cli_command_clients:
 *
 * `tandem-cli clients [--sort ORDER] [--archived]`: the caseload as the
 * Clients sidebar shows it, as JSON.
 */
int
tandem_cli_command_clients (CliContext  *context,
                            int          argc,
                            char       **argv)
{
  g_autoptr(TandemStore) store = NULL;
  g_autoptr(GListStore) entries = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(JsonBuilder) builder = json_builder_new ();
  g_autoptr(JsonNode) root = NULL;
  g_autofree char *sort = NULL;
  gboolean archived = FALSE;
  gboolean json = TRUE;
  TandemCaseloadOrder order = TANDEM_CASELOAD_ORDER_NAME;
  gboolean known = FALSE;
  int status;
  GOptionEntry entries_options[] = {
    { "sort", 0, 0, G_OPTION_ARG_STRING, &sort,
      N_("The order: name, next-session or last-activity (default: name)"), N_("ORDER") },
    { "archived", 0, 0, G_OPTION_ARG_NONE, &archived, N_("Also list archived clients"), NULL },
    { "json", 0, 0, G_OPTION_ARG_NONE, &json, N_("Print JSON (the default)"), NULL },
    { NULL }
  };

  if ((status = tandem_cli_parse_options ("clients", NULL,
                                          _("Prints a therapist’s clients as JSON: clients with a safety flag since their last session first, then in the chosen order."),
                                          entries_options, &argc, &argv)) >= 0)
    return status;
  if (argc > 1)
    return tandem_cli_usage_error (_("“clients” takes no arguments, but got “%s”."), argv[1]);

  for (guint i = 0; i < G_N_ELEMENTS (orders) && sort != NULL; i++)
    if (g_str_equal (sort, orders[i].name))
      {
        order = orders[i].order;
        known = TRUE;
      }
  if (sort != NULL && !known)
    return tandem_cli_usage_error (_("--sort takes name, next-session or last-activity, not “%s”."), sort);

  if (!(store = tandem_store_open (context->db_path, &error)) ||
      !(entries = tandem_caseload_load (store, g_get_real_time (), archived, &error)))
    return tandem_cli_fail_with (error);

  g_list_store_sort (entries, compare_entries, GINT_TO_POINTER (order));

  json_builder_begin_array (builder);
  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (entries)); i++)
    {
      g_autoptr(TandemCaseloadEntry) entry = g_list_model_get_item (G_LIST_MODEL (entries), i);
      TandemPerson *person = tandem_caseload_entry_get_person (entry);
      const char *last_activity = tandem_caseload_entry_get_last_activity (entry);
      gint64 next_session = tandem_caseload_entry_get_next_session (entry);

      json_builder_begin_object (builder);
      json_builder_set_member_name (builder, "id");
      json_builder_add_int_value (builder, tandem_record_get_id (TANDEM_RECORD (person)));
      json_builder_set_member_name (builder, "uuid");
      json_builder_add_string_value (builder, tandem_record_get_uuid (TANDEM_RECORD (person)));
      json_builder_set_member_name (builder, "name");
      json_builder_add_string_value (builder, tandem_caseload_entry_get_name (entry));
      json_builder_set_member_name (builder, "archived");
      json_builder_add_boolean_value (builder, tandem_person_get_archived (person));
      json_builder_set_member_name (builder, "flagged");
      json_builder_add_boolean_value (builder, tandem_caseload_entry_get_flagged (entry));
      json_builder_set_member_name (builder, "last-activity");
      if (last_activity != NULL)
        json_builder_add_string_value (builder, last_activity);
      else
        json_builder_add_null_value (builder);
      json_builder_set_member_name (builder, "next-session");
      if (next_session != 0)
        {
          g_autofree char *text = tandem_cli_format_instant (next_session);

          json_builder_add_string_value (builder, text);
        }
      else
        json_builder_add_null_value (builder);
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);

  root = json_builder_get_root (builder);
  tandem_cli_print_json (root);
  return TANDEM_CLI_OK;
}
