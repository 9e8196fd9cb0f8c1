/* tandem-people-sidebar.c
 *
 * Copyright 2026 The Tandem authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "tandem-people-sidebar"

#include "config.h"

#include <glib/gi18n.h>

#include "tandem-people-sidebar.h"

struct _TandemPeopleSidebar
{
  AdwBin        parent_instance;

  TandemStore  *store;
  GListStore   *people;
  TandemPerson *selected_person;
  guint         n_clients;

  /* Template widgets */
  GtkListBox   *list;
  GtkWidget    *no_clients_box;
};

G_DEFINE_FINAL_TYPE (TandemPeopleSidebar, tandem_people_sidebar, ADW_TYPE_BIN)

enum {
  PROP_0,
  PROP_STORE,
  PROP_SELECTED_PERSON,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

enum {
  PERSON_ACTIVATED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static gboolean
is_owner (TandemPerson *person)
{
  return tandem_person_get_role (person) == TANDEM_PERSON_ROLE_OWNER;
}

static GtkWidget *
create_person_row (gpointer item,
                   gpointer user_data)
{
  TandemPerson *person = item;
  const char *name = tandem_person_get_display_name (person);
  const char *title = name;
  GtkWidget *row;
  GtkWidget *box;
  GtkWidget *labels;
  GtkWidget *avatar;
  GtkWidget *label;

  g_assert (TANDEM_IS_PERSON (person));

  box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);

  avatar = adw_avatar_new (32, name, TRUE);
  gtk_box_append (GTK_BOX (box), avatar);

  labels = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  gtk_widget_set_valign (labels, GTK_ALIGN_CENTER);
  gtk_box_append (GTK_BOX (box), labels);

  if (is_owner (person))
    /* Translators: the therapist's own entry at the top of the client list */
    title = _("Me");

  label = gtk_label_new (title);
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
  gtk_box_append (GTK_BOX (labels), label);

  if (is_owner (person))
    {
      label = gtk_label_new (_("My professional goals"));
      gtk_label_set_xalign (GTK_LABEL (label), 0);
      gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
      gtk_widget_add_css_class (label, "caption");
      gtk_widget_add_css_class (label, "dim-label");
      gtk_box_append (GTK_BOX (labels), label);
    }

  row = gtk_list_box_row_new ();
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), box);
  gtk_accessible_update_property (GTK_ACCESSIBLE (row),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, title,
                                  -1);

  return row;
}

static TandemPerson *
dup_person_for_row (TandemPeopleSidebar *self,
                    GtkListBoxRow       *row)
{
  int index;

  if (row == NULL || self->people == NULL)
    return NULL;

  index = gtk_list_box_row_get_index (row);
  if (index < 0)
    return NULL;

  return g_list_model_get_item (G_LIST_MODEL (self->people), index);
}

static void
update_header_cb (GtkListBoxRow *row,
                  GtkListBoxRow *before,
                  gpointer       user_data)
{
  TandemPeopleSidebar *self = user_data;
  g_autoptr(TandemPerson) person = dup_person_for_row (self, row);
  g_autoptr(TandemPerson) previous = dup_person_for_row (self, before);
  GtkWidget *header;

  if (person == NULL || is_owner (person) ||
      (previous != NULL && !is_owner (previous)))
    {
      gtk_list_box_row_set_header (row, NULL);
      return;
    }

  if (gtk_list_box_row_get_header (row) != NULL)
    return;

  header = gtk_label_new (_("Clients"));
  gtk_label_set_xalign (GTK_LABEL (header), 0);
  gtk_widget_add_css_class (header, "caption-heading");
  gtk_widget_add_css_class (header, "dim-label");
  gtk_widget_add_css_class (header, "sidebar-heading");
  gtk_list_box_row_set_header (row, header);
}

static void
set_selected_person (TandemPeopleSidebar *self,
                     TandemPerson        *person)
{
  if (g_set_object (&self->selected_person, person))
    g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_SELECTED_PERSON]);
}

static void
on_list_row_selected_cb (TandemPeopleSidebar *self,
                         GtkListBoxRow       *row,
                         GtkListBox          *list)
{
  g_autoptr(TandemPerson) person = NULL;

  g_assert (TANDEM_IS_PEOPLE_SIDEBAR (self));

  /* Reloading clears the selection for a moment; keep the person meanwhile. */
  if (row == NULL)
    return;

  person = dup_person_for_row (self, row);
  set_selected_person (self, person);
}

static void
on_list_row_activated_cb (TandemPeopleSidebar *self,
                          GtkListBoxRow       *row,
                          GtkListBox          *list)
{
  g_autoptr(TandemPerson) person = NULL;

  g_assert (TANDEM_IS_PEOPLE_SIDEBAR (self));

  person = dup_person_for_row (self, row);
  if (person != NULL)
    {
      set_selected_person (self, person);
      g_signal_emit (self, signals [PERSON_ACTIVATED], 0, person);
    }
}

static void
tandem_people_sidebar_dispose (GObject *object)
{
  TandemPeopleSidebar *self = (TandemPeopleSidebar *)object;

  gtk_widget_dispose_template (GTK_WIDGET (self), TANDEM_TYPE_PEOPLE_SIDEBAR);

  g_clear_object (&self->store);
  g_clear_object (&self->people);
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
  gtk_widget_class_bind_template_child (widget_class, TandemPeopleSidebar, list);
  gtk_widget_class_bind_template_child (widget_class, TandemPeopleSidebar, no_clients_box);
  gtk_widget_class_bind_template_callback (widget_class, on_list_row_selected_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_list_row_activated_cb);
}

static void
tandem_people_sidebar_init (TandemPeopleSidebar *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->people = g_list_store_new (TANDEM_TYPE_PERSON);
  gtk_list_box_bind_model (self->list,
                           G_LIST_MODEL (self->people),
                           create_person_row,
                           NULL, NULL);
  gtk_list_box_set_header_func (self->list, update_header_cb, self, NULL);
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
      tandem_people_sidebar_reload (self);
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

  return self->n_clients;
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
  guint n_items;

  g_return_val_if_fail (TANDEM_IS_PEOPLE_SIDEBAR (self), FALSE);

  n_items = g_list_model_get_n_items (G_LIST_MODEL (self->people));

  for (guint i = 0; i < n_items; i++)
    {
      g_autoptr(TandemPerson) person = g_list_model_get_item (G_LIST_MODEL (self->people), i);

      if (tandem_record_get_id (TANDEM_RECORD (person)) == person_id)
        {
          gtk_list_box_select_row (self->list, gtk_list_box_get_row_at_index (self->list, i));
          set_selected_person (self, person);
          return TRUE;
        }
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
  g_autoptr(GListStore) people = NULL;
  g_autoptr(GError) error = NULL;
  gint64 selected_id = 0;
  guint n_people = 0;

  g_return_if_fail (TANDEM_IS_PEOPLE_SIDEBAR (self));

  if (self->selected_person != NULL)
    selected_id = tandem_record_get_id (TANDEM_RECORD (self->selected_person));

  if (self->store != NULL)
    {
      people = tandem_store_list_persons (self->store, FALSE, &error);
      if (people == NULL)
        g_warning ("Could not list clients: %s", error->message);
    }

  if (people != NULL)
    n_people = g_list_model_get_n_items (G_LIST_MODEL (people));

  self->n_clients = 0;
  g_list_store_remove_all (self->people);

  /* The store lists the owner first. */
  for (guint i = 0; i < n_people; i++)
    {
      g_autoptr(TandemPerson) person = g_list_model_get_item (G_LIST_MODEL (people), i);

      if (!is_owner (person))
        self->n_clients++;
      g_list_store_append (self->people, person);
    }

  gtk_widget_set_visible (self->no_clients_box, self->n_clients == 0);

  if (selected_id != 0 && tandem_people_sidebar_select_person_id (self, selected_id))
    return;

  if (n_people > 0)
    {
      g_autoptr(TandemPerson) first = g_list_model_get_item (G_LIST_MODEL (self->people), 0);

      tandem_people_sidebar_select_person_id (self, tandem_record_get_id (TANDEM_RECORD (first)));
    }
  else
    {
      set_selected_person (self, NULL);
    }
}
