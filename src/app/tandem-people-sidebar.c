/* tandem-people-sidebar.c
 *
 * Copyright 2026 The Tandem authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "tandem-people-sidebar"

#include "config.h"

#include <glib/gi18n.h>

#include "tandem-avatar.h"
#include "tandem-people-sidebar.h"

struct _TandemPeopleSidebar
{
  AdwBin              parent_instance;

  TandemStore        *store;
  TandemPerson       *owner;
  GListStore         *clients;      /* TandemCaseloadEntry, by name */
  GtkFilterListModel *filtered;
  GtkSortListModel   *sorted;
  GtkStringFilter    *filter;
  GtkCustomSorter    *sorter;
  TandemCaseloadOrder order;
  gboolean            show_archived;
  gboolean            stale;        /* reload when mapped */
  GtkSingleSelection *selection;
  TandemPerson       *selected_person;
  GPtrArray          *pending;      /* clients still to add, in order */
  guint               fill_source;

  /* Template widgets */
  GtkListBox         *owner_list;
  GtkWidget          *clients_heading;
  GtkWidget          *clients_window;
  GtkListView        *clients_view;
  GtkWidget          *no_clients_box;
  GtkWidget          *no_match_label;
  GtkSearchEntry     *search_entry;
};

G_DEFINE_FINAL_TYPE (TandemPeopleSidebar, tandem_people_sidebar, ADW_TYPE_BIN)

enum {
  PROP_0,
  PROP_STORE,
  PROP_SELECTED_PERSON,
  PROP_SORT,
  PROP_SHOW_ARCHIVED,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

enum {
  PERSON_ACTIVATED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

/* A row: the avatar, the name and, for the owner, what the entry is for. */
static GtkWidget *
create_row_content (void)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  GtkWidget *labels = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  GtkWidget *title = gtk_label_new (NULL);
  GtkWidget *subtitle = gtk_label_new (NULL);
  GtkWidget *flag;

  gtk_box_append (GTK_BOX (box), tandem_avatar_new ());
  gtk_widget_set_valign (labels, GTK_ALIGN_CENTER);
  gtk_box_append (GTK_BOX (box), labels);

  gtk_label_set_xalign (GTK_LABEL (title), 0);
  gtk_label_set_ellipsize (GTK_LABEL (title), PANGO_ELLIPSIZE_END);
  gtk_box_append (GTK_BOX (labels), title);

  gtk_label_set_xalign (GTK_LABEL (subtitle), 0);
  gtk_label_set_ellipsize (GTK_LABEL (subtitle), PANGO_ELLIPSIZE_END);
  gtk_widget_add_css_class (subtitle, "caption");
  gtk_widget_add_css_class (subtitle, "dim-label");
  gtk_widget_set_visible (subtitle, FALSE);
  gtk_box_append (GTK_BOX (labels), subtitle);

  flag = gtk_image_new_from_icon_name ("dialog-warning-symbolic");
  gtk_widget_add_css_class (flag, "warning");
  gtk_widget_set_hexpand (flag, TRUE);
  gtk_widget_set_halign (flag, GTK_ALIGN_END);
  gtk_widget_set_tooltip_text (flag, _("Safety flag since the last session"));
  gtk_widget_set_visible (flag, FALSE);
  gtk_box_append (GTK_BOX (box), flag);

  return box;
}

/* "Next session Tue 24 Nov, 10:00" or "Last active 3 days ago". */
static char *
dup_client_subtitle (TandemCaseloadEntry *entry,
                     TandemCaseloadOrder  order)
{
  if (order == TANDEM_CASELOAD_ORDER_NEXT_SESSION)
    {
      gint64 next = tandem_caseload_entry_get_next_session (entry);
      g_autoptr(GDateTime) utc = NULL;
      g_autoptr(GDateTime) local = NULL;
      g_autofree char *when = NULL;

      if (next == 0)
        return g_strdup (_("No session planned"));

      utc = g_date_time_new_from_unix_utc (next / G_USEC_PER_SEC);
      local = g_date_time_to_local (utc);
      /* Translators: a session's date and time in the client list, in
       * g_date_time_format() notation: "Tue 24 Nov, 10:00" */
      when = g_date_time_format (local, _("%a %-d %b, %H:%M"));
      /* Translators: %s is a date and time, such as "Tue 24 Nov, 10:00" */
      return g_strdup_printf (_("Next session %s"), when);
    }
  else
    {
      const char *last = tandem_caseload_entry_get_last_activity (entry);
      g_autofree char *today = NULL;
      int days;

      if (last == NULL)
        return g_strdup (_("No check-ins yet"));

      today = tandem_date_today ();
      days = tandem_date_days_between (last, today);
      if (days <= 0)
        return g_strdup (_("Active today"));
      if (days == 1)
        return g_strdup (_("Active yesterday"));
      return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Last active %d day ago",
                                           "Last active %d days ago", days),
                              days);
    }
}

static void
bind_row_content (GtkWidget           *box,
                  TandemPerson        *person,
                  TandemCaseloadEntry *entry,
                  TandemCaseloadOrder  order,
                  GtkWidget           *accessible)
{
  GtkWidget *avatar = gtk_widget_get_first_child (box);
  GtkWidget *labels = gtk_widget_get_next_sibling (avatar);
  GtkWidget *flag = gtk_widget_get_next_sibling (labels);
  GtkWidget *title = gtk_widget_get_first_child (labels);
  GtkWidget *subtitle = gtk_widget_get_next_sibling (title);
  const char *name = tandem_person_get_display_name (person);
  gboolean owner = tandem_person_get_role (person) == TANDEM_PERSON_ROLE_OWNER;
  gboolean flagged = entry != NULL && tandem_caseload_entry_get_flagged (entry);
  /* Translators: the therapist's own entry at the top of the client list */
  const char *text = owner ? _("Me") : name;
  g_autofree char *details = NULL;
  g_autofree char *label = NULL;

  if (owner)
    details = g_strdup (_("My professional goals"));
  else if (tandem_person_get_archived (person))
    details = g_strdup (_("Archived"));
  else if (entry != NULL)
    details = dup_client_subtitle (entry, order);

  tandem_avatar_set_name (TANDEM_AVATAR (avatar), name);
  gtk_label_set_label (GTK_LABEL (title), text);
  gtk_label_set_label (GTK_LABEL (subtitle), details);
  gtk_widget_set_visible (subtitle, details != NULL);
  gtk_widget_set_visible (flag, flagged);

  if (flagged)
    /* Translators: how a screen reader reads a flagged client's row:
     * the name, then what the row says below it */
    label = g_strdup_printf (_("%s, safety flag since the last session, %s"), text, details);
  else if (details != NULL && !owner)
    label = g_strdup_printf ("%s, %s", text, details);
  else
    label = g_strdup (text);

  gtk_accessible_update_property (GTK_ACCESSIBLE (accessible),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, label,
                                  -1);
}

static void
setup_client_cb (GtkSignalListItemFactory *factory,
                 GtkListItem              *item,
                 gpointer                  user_data)
{
  gtk_list_item_set_child (item, create_row_content ());
}

static void
bind_client_cb (GtkSignalListItemFactory *factory,
                GtkListItem              *item,
                TandemPeopleSidebar      *self)
{
  GtkWidget *box = gtk_list_item_get_child (item);
  TandemCaseloadEntry *entry = gtk_list_item_get_item (item);

  bind_row_content (box, tandem_caseload_entry_get_person (entry), entry, self->order, box);
}

/* A long caseload is added a few rows at a time after the first frame, so
 * that the window appears as soon as a short one would. */
#define FILL_CHUNK 12

static void
add_pending (TandemPeopleSidebar *self,
             guint                n)
{
  n = MIN (n, self->pending->len);
  if (n == 0)
    return;

  g_list_store_splice (self->clients, g_list_model_get_n_items (G_LIST_MODEL (self->clients)), 0,
                       self->pending->pdata, n);
  g_ptr_array_remove_range (self->pending, 0, n);
}

static gboolean
fill_cb (gpointer user_data)
{
  TandemPeopleSidebar *self = user_data;

  add_pending (self, FILL_CHUNK);
  if (self->pending->len > 0)
    return G_SOURCE_CONTINUE;

  self->fill_source = 0;
  return G_SOURCE_REMOVE;
}

static void
after_first_paint_cb (GdkFrameClock       *frame_clock,
                      TandemPeopleSidebar *self)
{
  g_signal_handlers_disconnect_by_func (frame_clock, after_first_paint_cb, self);

  if (self->pending->len > 0 && self->fill_source == 0)
    self->fill_source = g_idle_add_full (G_PRIORITY_DEFAULT_IDLE, fill_cb, self, NULL);
}

/* Starts adding the pending clients once a frame has been drawn. */
static void
schedule_fill (TandemPeopleSidebar *self)
{
  GdkFrameClock *frame_clock;

  if (self->pending->len == 0 || !gtk_widget_get_mapped (GTK_WIDGET (self)))
    return;

  frame_clock = gtk_widget_get_frame_clock (GTK_WIDGET (self));
  if (frame_clock == NULL)
    {
      self->fill_source = g_idle_add_full (G_PRIORITY_DEFAULT_IDLE, fill_cb, self, NULL);
      return;
    }

  g_signal_handlers_disconnect_by_func (frame_clock, after_first_paint_cb, self);
  g_signal_connect_object (frame_clock, "after-paint", G_CALLBACK (after_first_paint_cb), self, 0);
}

/* What the sidebar shows is read when it is first needed: when it is
 * shown, or when someone asks who is selected. */
static void
ensure_loaded (TandemPeopleSidebar *self)
{
  if (self->stale)
    tandem_people_sidebar_reload (self);
}

static void
tandem_people_sidebar_map (GtkWidget *widget)
{
  TandemPeopleSidebar *self = TANDEM_PEOPLE_SIDEBAR (widget);

  ensure_loaded (self);

  GTK_WIDGET_CLASS (tandem_people_sidebar_parent_class)->map (widget);

  schedule_fill (self);
}

static void
flush_pending (TandemPeopleSidebar *self)
{
  g_clear_handle_id (&self->fill_source, g_source_remove);
  add_pending (self, self->pending->len);
}

static void
set_selected_person (TandemPeopleSidebar *self,
                     TandemPerson        *person)
{
  if (g_set_object (&self->selected_person, person))
    g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_SELECTED_PERSON]);
}

static void
on_owner_list_row_selected_cb (TandemPeopleSidebar *self,
                               GtkListBoxRow       *row,
                               GtkListBox          *list)
{
  g_assert (TANDEM_IS_PEOPLE_SIDEBAR (self));

  /* The two lists share one selection. */
  if (row == NULL || self->owner == NULL)
    return;

  gtk_single_selection_set_selected (self->selection, GTK_INVALID_LIST_POSITION);
  set_selected_person (self, self->owner);
}

static void
on_owner_list_row_activated_cb (TandemPeopleSidebar *self,
                                GtkListBoxRow       *row,
                                GtkListBox          *list)
{
  g_assert (TANDEM_IS_PEOPLE_SIDEBAR (self));

  if (self->owner == NULL)
    return;

  set_selected_person (self, self->owner);
  g_signal_emit (self, signals [PERSON_ACTIVATED], 0, self->owner);
}

static void
on_selection_changed_cb (TandemPeopleSidebar *self,
                         guint                position,
                         guint                n_items,
                         GtkSingleSelection  *selection)
{
  TandemCaseloadEntry *entry = gtk_single_selection_get_selected_item (selection);

  g_assert (TANDEM_IS_PEOPLE_SIDEBAR (self));

  if (entry == NULL)
    return;

  gtk_list_box_unselect_all (self->owner_list);
  set_selected_person (self, tandem_caseload_entry_get_person (entry));
}

static void
on_clients_view_activate_cb (TandemPeopleSidebar *self,
                             guint                position,
                             GtkListView         *view)
{
  g_autoptr(TandemCaseloadEntry) entry = NULL;

  g_assert (TANDEM_IS_PEOPLE_SIDEBAR (self));

  entry = g_list_model_get_item (G_LIST_MODEL (self->selection), position);
  if (entry != NULL)
    {
      TandemPerson *person = tandem_caseload_entry_get_person (entry);

      gtk_single_selection_set_selected (self->selection, position);
      set_selected_person (self, person);
      g_signal_emit (self, signals [PERSON_ACTIVATED], 0, person);
    }
}

static int
compare_entries_cb (gconstpointer a,
                    gconstpointer b,
                    gpointer      user_data)
{
  TandemPeopleSidebar *self = user_data;

  return tandem_caseload_entry_compare ((TandemCaseloadEntry *) a, (TandemCaseloadEntry *) b,
                                        self->order);
}

/* After the list changed its order or its filter: keep the selected client
 * selected when they are still shown. */
static void
reselect (TandemPeopleSidebar *self)
{
  guint n = g_list_model_get_n_items (G_LIST_MODEL (self->sorted));
  gboolean searching = *gtk_editable_get_text (GTK_EDITABLE (self->search_entry)) != '\0';

  gtk_widget_set_visible (self->no_match_label, searching && n == 0);
  gtk_widget_set_visible (self->clients_window, !searching || n > 0);

  if (self->selected_person == NULL || self->selected_person == self->owner)
    return;

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(TandemCaseloadEntry) entry = g_list_model_get_item (G_LIST_MODEL (self->sorted), i);

      if (tandem_caseload_entry_get_person (entry) == self->selected_person)
        {
          gtk_single_selection_set_selected (self->selection, i);
          return;
        }
    }
}

static void
on_search_changed_cb (TandemPeopleSidebar *self,
                      GtkSearchEntry      *entry)
{
  g_assert (TANDEM_IS_PEOPLE_SIDEBAR (self));

  /* A search looks at the whole caseload, not only the first screenful. */
  flush_pending (self);
  gtk_string_filter_set_search (self->filter, gtk_editable_get_text (GTK_EDITABLE (entry)));
  reselect (self);
}

static void
on_stop_search_cb (TandemPeopleSidebar *self,
                   GtkSearchEntry      *entry)
{
  g_assert (TANDEM_IS_PEOPLE_SIDEBAR (self));

  gtk_editable_set_text (GTK_EDITABLE (entry), "");
}

static const struct
{
  const char          *name;
  TandemCaseloadOrder  order;
} sort_orders[] = {
  { "name", TANDEM_CASELOAD_ORDER_NAME },
  { "next-session", TANDEM_CASELOAD_ORDER_NEXT_SESSION },
  { "last-activity", TANDEM_CASELOAD_ORDER_LAST_ACTIVITY },
};

static void
set_sort (TandemPeopleSidebar *self,
          const char          *sort)
{
  for (guint i = 0; i < G_N_ELEMENTS (sort_orders); i++)
    {
      if (g_strcmp0 (sort, sort_orders[i].name) != 0 || self->order == sort_orders[i].order)
        continue;

      self->order = sort_orders[i].order;
      flush_pending (self);
      gtk_sorter_changed (GTK_SORTER (self->sorter), GTK_SORTER_CHANGE_DIFFERENT);
      /* The rows say what the list is sorted by: bind them again. */
      gtk_list_view_set_model (self->clients_view, NULL);
      gtk_list_view_set_model (self->clients_view, GTK_SELECTION_MODEL (self->selection));
      reselect (self);
      g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_SORT]);
    }
}

static const char *
get_sort (TandemPeopleSidebar *self)
{
  for (guint i = 0; i < G_N_ELEMENTS (sort_orders); i++)
    if (self->order == sort_orders[i].order)
      return sort_orders[i].name;

  return sort_orders[0].name;
}

static void
set_show_archived (TandemPeopleSidebar *self,
                   gboolean             show_archived)
{
  show_archived = !!show_archived;
  if (self->show_archived == show_archived)
    return;

  self->show_archived = show_archived;
  tandem_people_sidebar_reload (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_SHOW_ARCHIVED]);
}

/* Ctrl+F: search the caseload. */
static void
search_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *param)
{
  TandemPeopleSidebar *self = TANDEM_PEOPLE_SIDEBAR (widget);

  if (gtk_widget_get_visible (GTK_WIDGET (self->search_entry)))
    gtk_widget_grab_focus (GTK_WIDGET (self->search_entry));
}

static void
tandem_people_sidebar_dispose (GObject *object)
{
  TandemPeopleSidebar *self = (TandemPeopleSidebar *)object;

  gtk_widget_dispose_template (GTK_WIDGET (self), TANDEM_TYPE_PEOPLE_SIDEBAR);

  g_clear_handle_id (&self->fill_source, g_source_remove);
  g_clear_pointer (&self->pending, g_ptr_array_unref);
  g_clear_object (&self->store);
  g_clear_object (&self->owner);
  g_clear_object (&self->selection);
  g_clear_object (&self->sorted);
  g_clear_object (&self->filtered);
  g_clear_object (&self->clients);
  g_clear_object (&self->selected_person);

  G_OBJECT_CLASS (tandem_people_sidebar_parent_class)->dispose (object);
}

static void
tandem_people_sidebar_get_property (GObject    *object,
                                    guint       prop_id,
                                    GValue     *value,
                                    GParamSpec *pspec)
{
  TandemPeopleSidebar *self = TANDEM_PEOPLE_SIDEBAR (object);

  switch (prop_id)
    {
    case PROP_STORE:
      g_value_set_object (value, tandem_people_sidebar_get_store (self));
      break;

    case PROP_SELECTED_PERSON:
      g_value_set_object (value, tandem_people_sidebar_get_selected_person (self));
      break;

    case PROP_SORT:
      g_value_set_string (value, get_sort (self));
      break;

    case PROP_SHOW_ARCHIVED:
      g_value_set_boolean (value, self->show_archived);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
tandem_people_sidebar_set_property (GObject      *object,
                                    guint         prop_id,
                                    const GValue *value,
                                    GParamSpec   *pspec)
{
  TandemPeopleSidebar *self = TANDEM_PEOPLE_SIDEBAR (object);

  switch (prop_id)
    {
    case PROP_STORE:
      tandem_people_sidebar_set_store (self, g_value_get_object (value));
      break;

    case PROP_SORT:
      set_sort (self, g_value_get_string (value));
      break;

    case PROP_SHOW_ARCHIVED:
      set_show_archived (self, g_value_get_boolean (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
tandem_people_sidebar_class_init (TandemPeopleSidebarClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = tandem_people_sidebar_dispose;
  widget_class->map = tandem_people_sidebar_map;
  object_class->get_property = tandem_people_sidebar_get_property;
  object_class->set_property = tandem_people_sidebar_set_property;

  properties [PROP_STORE] =
    g_param_spec_object ("store", NULL, NULL,
                         TANDEM_TYPE_STORE,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties [PROP_SELECTED_PERSON] =
    g_param_spec_object ("selected-person", NULL, NULL,
                         TANDEM_TYPE_PERSON,
                         (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /* How the clients are sorted: "name", "next-session" or "last-activity". */
  properties [PROP_SORT] =
    g_param_spec_string ("sort", NULL, NULL,
                         "name",
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties [PROP_SHOW_ARCHIVED] =
    g_param_spec_boolean ("show-archived", NULL, NULL,
                          FALSE,
                          (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * TandemPeopleSidebar::person-activated:
   * @self: the sidebar
   * @person: the person
   *
   * The person's row was clicked or activated with the keyboard, as
   * opposed to selected by reloading.
   */
  signals [PERSON_ACTIVATED] =
    g_signal_new ("person-activated",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, TANDEM_TYPE_PERSON);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/ui/tandem-people-sidebar.ui");
  gtk_widget_class_bind_template_child (widget_class, TandemPeopleSidebar, owner_list);
  gtk_widget_class_bind_template_child (widget_class, TandemPeopleSidebar, clients_heading);
  gtk_widget_class_bind_template_child (widget_class, TandemPeopleSidebar, clients_window);
  gtk_widget_class_bind_template_child (widget_class, TandemPeopleSidebar, clients_view);
  gtk_widget_class_bind_template_child (widget_class, TandemPeopleSidebar, no_clients_box);
  gtk_widget_class_bind_template_child (widget_class, TandemPeopleSidebar, no_match_label);
  gtk_widget_class_bind_template_child (widget_class, TandemPeopleSidebar, search_entry);
  gtk_widget_class_bind_template_callback (widget_class, on_owner_list_row_selected_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_owner_list_row_activated_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_clients_view_activate_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_search_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_stop_search_cb);
  gtk_widget_class_install_property_action (widget_class, "sidebar.sort", "sort");
  gtk_widget_class_install_property_action (widget_class, "sidebar.show-archived", "show-archived");

  gtk_widget_class_install_action (widget_class, "sidebar.search", NULL, search_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_f, GDK_CONTROL_MASK, "sidebar.search", NULL);
}

static void
tandem_people_sidebar_init (TandemPeopleSidebar *self)
{
  g_autoptr(GtkListItemFactory) factory = gtk_signal_list_item_factory_new ();

  gtk_widget_init_template (GTK_WIDGET (self));

  self->clients = g_list_store_new (TANDEM_TYPE_CASELOAD_ENTRY);
  self->pending = g_ptr_array_new_with_free_func (g_object_unref);

  self->filter = gtk_string_filter_new (gtk_property_expression_new (TANDEM_TYPE_CASELOAD_ENTRY, NULL, "name"));
  gtk_string_filter_set_ignore_case (self->filter, TRUE);
  gtk_string_filter_set_match_mode (self->filter, GTK_STRING_FILTER_MATCH_MODE_SUBSTRING);
  self->filtered = gtk_filter_list_model_new (g_object_ref (G_LIST_MODEL (self->clients)),
                                              GTK_FILTER (self->filter));
  self->sorter = gtk_custom_sorter_new (compare_entries_cb, self, NULL);
  self->sorted = gtk_sort_list_model_new (g_object_ref (G_LIST_MODEL (self->filtered)),
                                          GTK_SORTER (self->sorter));
  self->selection = gtk_single_selection_new (g_object_ref (G_LIST_MODEL (self->sorted)));
  gtk_single_selection_set_autoselect (self->selection, FALSE);
  gtk_single_selection_set_can_unselect (self->selection, TRUE);
  g_signal_connect_object (self->selection, "selection-changed",
                           G_CALLBACK (on_selection_changed_cb), self, G_CONNECT_SWAPPED);

  g_signal_connect (factory, "setup", G_CALLBACK (setup_client_cb), NULL);
  g_signal_connect (factory, "bind", G_CALLBACK (bind_client_cb), self);
  gtk_list_view_set_factory (self->clients_view, factory);
  gtk_list_view_set_model (self->clients_view, GTK_SELECTION_MODEL (self->selection));
}

GtkWidget *
tandem_people_sidebar_new (void)
{
  return g_object_new (TANDEM_TYPE_PEOPLE_SIDEBAR, NULL);
}

/**
 * tandem_people_sidebar_get_store:
 *
 * Returns: (transfer none) (nullable): the store the people come from
 */
TandemStore *
tandem_people_sidebar_get_store (TandemPeopleSidebar *self)
{
  g_return_val_if_fail (TANDEM_IS_PEOPLE_SIDEBAR (self), NULL);

  return self->store;
}

void
tandem_people_sidebar_set_store (TandemPeopleSidebar *self,
                                 TandemStore         *store)
{
  g_return_if_fail (TANDEM_IS_PEOPLE_SIDEBAR (self));
  g_return_if_fail (!store || TANDEM_IS_STORE (store));

  if (g_set_object (&self->store, store))
    {
      /* A sidebar not on screen (the client profile, or before the window
       * is shown) reads the caseload when it is shown or asked to. */
      if (gtk_widget_get_mapped (GTK_WIDGET (self)))
        tandem_people_sidebar_reload (self);
      else
        self->stale = TRUE;
      g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_STORE]);
    }
}

/**
 * tandem_people_sidebar_get_selected_person:
 *
 * Returns: (transfer none) (nullable): the person whose pages are shown
 */
TandemPerson *
tandem_people_sidebar_get_selected_person (TandemPeopleSidebar *self)
{
  g_return_val_if_fail (TANDEM_IS_PEOPLE_SIDEBAR (self), NULL);

  ensure_loaded (self);
  return self->selected_person;
}

/**
 * tandem_people_sidebar_get_n_clients:
 *
 * Returns: how many clients the list shows, not counting the owner
 */
guint
tandem_people_sidebar_get_n_clients (TandemPeopleSidebar *self)
{
  g_return_val_if_fail (TANDEM_IS_PEOPLE_SIDEBAR (self), 0);

  ensure_loaded (self);
  return g_list_model_get_n_items (G_LIST_MODEL (self->clients)) + self->pending->len;
}

/**
 * tandem_people_sidebar_select_person_id:
 * @person_id: the row id of a person in the list
 *
 * Returns: %TRUE if the person is in the list and is now selected
 */
gboolean
tandem_people_sidebar_select_person_id (TandemPeopleSidebar *self,
                                        gint64               person_id)
{
  guint n_clients;

  g_return_val_if_fail (TANDEM_IS_PEOPLE_SIDEBAR (self), FALSE);

  ensure_loaded (self);
  if (self->owner != NULL && tandem_record_get_id (TANDEM_RECORD (self->owner)) == person_id)
    {
      gtk_list_box_select_row (self->owner_list, gtk_list_box_get_row_at_index (self->owner_list, 0));
      gtk_single_selection_set_selected (self->selection, GTK_INVALID_LIST_POSITION);
      set_selected_person (self, self->owner);
      return TRUE;
    }

  /* A client not in the list yet is added now, with those before them. */
  for (guint i = 0; i < self->pending->len; i++)
    if (tandem_record_get_id (TANDEM_RECORD (tandem_caseload_entry_get_person (self->pending->pdata[i]))) == person_id)
      {
        flush_pending (self);
        break;
      }

  for (int attempt = 0; attempt < 2; attempt++)
    {
      n_clients = g_list_model_get_n_items (G_LIST_MODEL (self->sorted));
      for (guint i = 0; i < n_clients; i++)
        {
          g_autoptr(TandemCaseloadEntry) entry = g_list_model_get_item (G_LIST_MODEL (self->sorted), i);
          TandemPerson *person = tandem_caseload_entry_get_person (entry);

          if (tandem_record_get_id (TANDEM_RECORD (person)) == person_id)
            {
              gtk_single_selection_set_selected (self->selection, i);
              gtk_list_box_unselect_all (self->owner_list);
              set_selected_person (self, person);
              return TRUE;
            }
        }

      /* Hidden by the search: show everyone and look again. */
      if (*gtk_editable_get_text (GTK_EDITABLE (self->search_entry)) == '\0')
        break;
      gtk_editable_set_text (GTK_EDITABLE (self->search_entry), "");
      gtk_string_filter_set_search (self->filter, NULL);
      reselect (self);
    }

  return FALSE;
}

/**
 * tandem_people_sidebar_reload:
 *
 * Reads the people from the store again, keeping the selected person
 * selected if they are still there, or else selecting the owner.
 */
void
tandem_people_sidebar_reload (TandemPeopleSidebar *self)
{
  g_autoptr(GListStore) caseload = NULL;
  g_autoptr(GPtrArray) clients = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GError) error = NULL;
  GtkListBoxRow *owner_row;
  gint64 selected_id = 0;
  guint n_people = 0;

  g_return_if_fail (TANDEM_IS_PEOPLE_SIDEBAR (self));

  self->stale = FALSE;
  if (self->selected_person != NULL)
    selected_id = tandem_record_get_id (TANDEM_RECORD (self->selected_person));

  g_clear_object (&self->owner);
  if (self->store != NULL)
    {
      self->owner = tandem_store_dup_owner (self->store, &error);
      if (error == NULL)
        caseload = tandem_caseload_load (self->store, g_get_real_time (), self->show_archived, &error);
      if (error != NULL)
        g_warning ("Could not list clients: %s", error->message);
    }

  if (caseload != NULL)
    n_people = g_list_model_get_n_items (G_LIST_MODEL (caseload));

  for (guint i = 0; i < n_people; i++)
    g_ptr_array_add (clients, g_list_model_get_item (G_LIST_MODEL (caseload), i));

  g_clear_handle_id (&self->fill_source, g_source_remove);
  g_ptr_array_set_size (self->pending, 0);

  if (clients->len > FILL_CHUNK &&
      (g_list_model_get_n_items (G_LIST_MODEL (self->clients)) == 0 ||
       !gtk_widget_get_mapped (GTK_WIDGET (self))))
    {
      /* The first fill, or one before the window is on screen: a screenful
       * now, the rest after the first frame. */
      g_list_store_splice (self->clients, 0, g_list_model_get_n_items (G_LIST_MODEL (self->clients)),
                           clients->pdata, FILL_CHUNK);
      for (guint i = FILL_CHUNK; i < clients->len; i++)
        g_ptr_array_add (self->pending, g_object_ref (clients->pdata[i]));
      schedule_fill (self);
    }
  else
    {
      g_list_store_splice (self->clients, 0, g_list_model_get_n_items (G_LIST_MODEL (self->clients)),
                           clients->pdata, clients->len);
    }

  while ((owner_row = gtk_list_box_get_row_at_index (self->owner_list, 0)) != NULL)
    gtk_list_box_remove (self->owner_list, GTK_WIDGET (owner_row));
  if (self->owner != NULL)
    {
      GtkWidget *row = gtk_list_box_row_new ();
      GtkWidget *content = create_row_content ();

      bind_row_content (content, self->owner, NULL, self->order, row);
      gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), content);
      gtk_list_box_append (self->owner_list, row);
    }

  gtk_widget_set_visible (self->clients_heading, clients->len > 0);
  gtk_widget_set_visible (GTK_WIDGET (self->search_entry), clients->len > 0);
  gtk_widget_set_visible (self->clients_window, clients->len > 0);
  gtk_widget_set_visible (self->no_clients_box, clients->len == 0);
  if (clients->len > 0)
    reselect (self);

  if (selected_id != 0 && tandem_people_sidebar_select_person_id (self, selected_id))
    return;

  if (self->owner != NULL)
    tandem_people_sidebar_select_person_id (self, tandem_record_get_id (TANDEM_RECORD (self->owner)));
  else if (clients->len > 0)
    tandem_people_sidebar_select_person_id (self, tandem_record_get_id (TANDEM_RECORD (tandem_caseload_entry_get_person (clients->pdata[0]))));
  else
    set_selected_person (self, NULL);
}
