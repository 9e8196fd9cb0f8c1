/* tandem-record.c
 *
 * Copyright 2026 The Tandem authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "tandem-record"

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>

#include "tandem-date.h"
#include "tandem-record-private.h"
#include "tandem-store.h"

typedef struct
{
  gint64  id;
  char   *uuid;
  gint64  created_at;
  gint64  updated_at;
} TandemRecordPrivate;

G_DEFINE_ABSTRACT_TYPE_WITH_PRIVATE (TandemRecord, tandem_record, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_UUID,
  PROP_CREATED_AT,
  PROP_UPDATED_AT,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static char *
column_for_name (const char *name)
{
  char *column = g_strdup (name);

  g_strdelimit (column, "-", '_');
  return column;
}

static GParamSpec *
pspec_for_field (const TandemField *field)
{
  const GParamFlags flags = G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;

  switch (field->type)
    {
    case TANDEM_FIELD_STRING:
    case TANDEM_FIELD_DATE:
      return g_param_spec_string (field->name, NULL, NULL, NULL, flags);

    case TANDEM_FIELD_INT:
      return g_param_spec_int (field->name, NULL, NULL,
                               (field->flags & TANDEM_FIELD_NULLABLE) ? TANDEM_INT_UNSET : (int) field->min,
                               (int) field->max,
                               (field->flags & TANDEM_FIELD_NULLABLE) ? TANDEM_INT_UNSET : (int) field->min,
                               flags);

    case TANDEM_FIELD_TIMESTAMP:
    case TANDEM_FIELD_REF:
      return g_param_spec_int64 (field->name, NULL, NULL, 0, G_MAXINT64, 0, flags);

    case TANDEM_FIELD_DOUBLE:
      /* An unset value is NAN, which no default of a GParamSpec can be: new
       * records set it in their init. */
      return g_param_spec_double (field->name, NULL, NULL, -G_MAXDOUBLE, G_MAXDOUBLE, 0.0, flags);

    case TANDEM_FIELD_BOOLEAN:
      return g_param_spec_boolean (field->name, NULL, NULL, FALSE, flags);

    case TANDEM_FIELD_ENUM:
      {
        GType enum_type = field->enum_type ();
        g_autoptr(GEnumClass) enum_class = g_type_class_ref (enum_type);

        return g_param_spec_enum (field->name, NULL, NULL, enum_type,
                                  enum_class->values[0].value, flags);
      }

    default:
      g_assert_not_reached ();
    }
}

static guint
field_index_for_pspec (const TandemRecordSchema *schema,
                       GParamSpec               *pspec)
{
  for (guint i = 0; i < schema->n_fields; i++)
    if (schema->pspecs[i] == pspec)
      return i;

  g_assert_not_reached ();
}

gpointer
_tandem_record_field_ptr (TandemRecord      *self,
                          const TandemField *field)
{
  return G_STRUCT_MEMBER_P (self, field->offset);
}

static void
tandem_record_get_field_property (GObject    *object,
                                  guint       prop_id,
                                  GValue     *value,
                                  GParamSpec *pspec)
{
  const TandemRecordSchema *schema = _tandem_record_class_get_schema (g_type_class_peek (pspec->owner_type));
  const TandemField *field = &schema->fields[field_index_for_pspec (schema, pspec)];
  gpointer ptr = _tandem_record_field_ptr (TANDEM_RECORD (object), field);

  switch (field->type)
    {
    case TANDEM_FIELD_STRING:
    case TANDEM_FIELD_DATE:
      g_value_set_string (value, *(char **) ptr);
      break;

    case TANDEM_FIELD_INT:
      g_value_set_int (value, *(int *) ptr);
      break;

    case TANDEM_FIELD_TIMESTAMP:
    case TANDEM_FIELD_REF:
      g_value_set_int64 (value, *(gint64 *) ptr);
      break;

    case TANDEM_FIELD_DOUBLE:
      g_value_set_double (value, *(double *) ptr);
      break;

    case TANDEM_FIELD_BOOLEAN:
      g_value_set_boolean (value, *(gboolean *) ptr);
      break;

    case TANDEM_FIELD_ENUM:
      g_value_set_enum (value, *(int *) ptr);
      break;

    default:
      g_assert_not_reached ();
    }
}

static void
tandem_record_set_field_property (GObject      *object,
                                  guint         prop_id,
                                  const GValue *value,
                                  GParamSpec   *pspec)
{
  const TandemRecordSchema *schema = _tandem_record_class_get_schema (g_type_class_peek (pspec->owner_type));
  const TandemField *field = &schema->fields[field_index_for_pspec (schema, pspec)];
  gpointer ptr = _tandem_record_field_ptr (TANDEM_RECORD (object), field);
  gboolean changed = FALSE;

  switch (field->type)
    {
    case TANDEM_FIELD_STRING:
    case TANDEM_FIELD_DATE:
      {
        char **str = ptr;
        const char *new_value = g_value_get_string (value);

        if (g_strcmp0 (*str, new_value) != 0)
          {
            g_free (*str);
            *str = g_strdup (new_value);
            changed = TRUE;
          }
      }
      break;

    case TANDEM_FIELD_INT:
    case TANDEM_FIELD_ENUM:
      {
        int new_value = field->type == TANDEM_FIELD_INT ? g_value_get_int (value)
                                                        : g_value_get_enum (value);
        changed = *(int *) ptr != new_value;
        *(int *) ptr = new_value;
      }
      break;

    case TANDEM_FIELD_TIMESTAMP:
    case TANDEM_FIELD_REF:
      changed = *(gint64 *) ptr != g_value_get_int64 (value);
      *(gint64 *) ptr = g_value_get_int64 (value);
      break;

    case TANDEM_FIELD_DOUBLE:
      {
        double old_value = *(double *) ptr;
        double new_value = g_value_get_double (value);

        changed = !(old_value == new_value || (isnan (old_value) && isnan (new_value)));
        *(double *) ptr = new_value;
      }
      break;

    case TANDEM_FIELD_BOOLEAN:
      changed = *(gboolean *) ptr != g_value_get_boolean (value);
      *(gboolean *) ptr = g_value_get_boolean (value);
      break;

    default:
      g_assert_not_reached ();
    }

  if (changed)
    g_object_notify_by_pspec (object, pspec);
}

/* Called from a subclass's class_init: installs one property per field and
 * prepares the SQL the store uses for the entity. */
void
_tandem_record_class_install_fields (GObjectClass      *klass,
                                     const char        *table,
                                     const char        *entity,
                                     const TandemField *fields,
                                     guint              n_fields)
{
  TandemRecordClass *record_class = TANDEM_RECORD_CLASS (klass);
  TandemRecordSchema *schema;
  g_autoptr(GString) select_sql = g_string_new ("SELECT id, uuid, created_at, updated_at");
  g_autoptr(GString) insert_sql = NULL;
  g_autoptr(GString) values = g_string_new ("?, ?, ?");
  g_autoptr(GString) update_sql = NULL;

  g_assert (record_class->schema == NULL);

  klass->get_property = tandem_record_get_field_property;
  klass->set_property = tandem_record_set_field_property;

  schema = g_new0 (TandemRecordSchema, 1);
  schema->table = table;
  schema->entity = entity;
  schema->fields = fields;
  schema->n_fields = n_fields;
  schema->pspecs = g_new0 (GParamSpec *, n_fields);
  schema->columns = g_new0 (char *, n_fields + 1);

  insert_sql = g_string_new (NULL);
  g_string_printf (insert_sql, "INSERT INTO %s (uuid, created_at, updated_at", table);
  update_sql = g_string_new (NULL);
  g_string_printf (update_sql, "UPDATE %s SET updated_at = ?", table);

  for (guint i = 0; i < n_fields; i++)
    {
      schema->columns[i] = column_for_name (fields[i].name);
      schema->pspecs[i] = pspec_for_field (&fields[i]);
      g_object_class_install_property (klass, i + 1, schema->pspecs[i]);

      g_string_append_printf (select_sql, ", %s", schema->columns[i]);
      g_string_append_printf (insert_sql, ", %s", schema->columns[i]);
      g_string_append (values, ", ?");
      g_string_append_printf (update_sql, ", %s = ?", schema->columns[i]);
    }

  g_string_append_printf (select_sql, " FROM %s", table);
  g_string_append_printf (insert_sql, ") VALUES (%s)", values->str);
  g_string_append (update_sql, " WHERE id = ?");

  schema->select_sql = g_string_free (g_steal_pointer (&select_sql), FALSE);
  schema->insert_sql = g_string_free (g_steal_pointer (&insert_sql), FALSE);
  schema->update_sql = g_string_free (g_steal_pointer (&update_sql), FALSE);
  schema->delete_sql = g_strdup_printf ("DELETE FROM %s WHERE id = ?", table);

  /* Class data lives as long as the type: it is never freed. */
  record_class->schema = schema;
}

const TandemRecordSchema *
_tandem_record_class_get_schema (gpointer klass)
{
  g_assert (TANDEM_IS_RECORD_CLASS (klass));

  return TANDEM_RECORD_CLASS (klass)->schema;
}

const TandemRecordSchema *
_tandem_record_get_schema (TandemRecord *self)
{
  return TANDEM_RECORD_GET_CLASS (self)->schema;
}

void
_tandem_record_set_identity (TandemRecord *self,
                             gint64        id,
                             const char   *uuid,
                             gint64        created_at,
                             gint64        updated_at)
{
  TandemRecordPrivate *priv = tandem_record_get_instance_private (self);

  priv->id = id;
  if (g_strcmp0 (priv->uuid, uuid) != 0)
    {
      g_free (priv->uuid);
      priv->uuid = g_strdup (uuid);
    }
  priv->created_at = created_at;
  priv->updated_at = updated_at;
}

void
_tandem_record_set_updated_at (TandemRecord *self,
                               gint64        updated_at)
{
  TandemRecordPrivate *priv = tandem_record_get_instance_private (self);

  priv->updated_at = updated_at;
}

/* Lets one object be inserted again as a new record (bulk generation). */
void
_tandem_record_forget_identity (TandemRecord *self)
{
  TandemRecordPrivate *priv = tandem_record_get_instance_private (self);

  priv->id = 0;
  g_clear_pointer (&priv->uuid, g_free);
  priv->created_at = 0;
  priv->updated_at = 0;
}

static gpointer
field_ptr_checked (TandemRecord    *self,
                   guint            index,
                   TandemFieldType  type,
                   GParamSpec     **pspec)
{
  const TandemRecordSchema *schema = _tandem_record_get_schema (self);

  g_assert (index < schema->n_fields);
  g_assert (schema->fields[index].type == type ||
            (type == TANDEM_FIELD_STRING && schema->fields[index].type == TANDEM_FIELD_DATE) ||
            (type == TANDEM_FIELD_INT && schema->fields[index].type == TANDEM_FIELD_ENUM) ||
            (type == TANDEM_FIELD_TIMESTAMP && schema->fields[index].type == TANDEM_FIELD_REF));

  *pspec = schema->pspecs[index];
  return _tandem_record_field_ptr (self, &schema->fields[index]);
}

/* The typed setters of every entity come here: no property lookup by name,
 * and a notification only when the value changes. */
void
_tandem_record_set_string (TandemRecord *self,
                           guint         index,
                           const char   *value)
{
  GParamSpec *pspec;
  char **ptr = field_ptr_checked (self, index, TANDEM_FIELD_STRING, &pspec);

  if (g_strcmp0 (*ptr, value) == 0)
    return;

  g_free (*ptr);
  *ptr = g_strdup (value);
  g_object_notify_by_pspec (G_OBJECT (self), pspec);
}

void
_tandem_record_set_int (TandemRecord *self,
                        guint         index,
                        int           value)
{
  GParamSpec *pspec;
  int *ptr = field_ptr_checked (self, index, TANDEM_FIELD_INT, &pspec);

  if (*ptr == value)
    return;

  *ptr = value;
  g_object_notify_by_pspec (G_OBJECT (self), pspec);
}

void
_tandem_record_set_int64 (TandemRecord *self,
                          guint         index,
                          gint64        value)
{
  GParamSpec *pspec;
  gint64 *ptr = field_ptr_checked (self, index, TANDEM_FIELD_TIMESTAMP, &pspec);

  if (*ptr == value)
    return;

  *ptr = value;
  g_object_notify_by_pspec (G_OBJECT (self), pspec);
}

void
_tandem_record_set_double (TandemRecord *self,
                           guint         index,
                           double        value)
{
  GParamSpec *pspec;
  double *ptr = field_ptr_checked (self, index, TANDEM_FIELD_DOUBLE, &pspec);

  if (*ptr == value || (isnan (*ptr) && isnan (value)))
    return;

  *ptr = value;
  g_object_notify_by_pspec (G_OBJECT (self), pspec);
}

void
_tandem_record_set_boolean (TandemRecord *self,
                            guint         index,
                            gboolean      value)
{
  GParamSpec *pspec;
  gboolean *ptr = field_ptr_checked (self, index, TANDEM_FIELD_BOOLEAN, &pspec);

  value = !!value;
  if (*ptr == value)
    return;

  *ptr = value;
  g_object_notify_by_pspec (G_OBJECT (self), pspec);
}

/**
 * tandem_record_to_json:
 *
 * Returns: (transfer full): the record's fields by name, the way the
 *   exchange format and goal revisions store them. References are row ids.
 */
JsonObject *
tandem_record_to_json (TandemRecord *self)
{
  const TandemRecordSchema *schema = _tandem_record_get_schema (self);
  TandemRecordPrivate *priv = tandem_record_get_instance_private (self);
  JsonObject *object = json_object_new ();

  json_object_set_string_member (object, "uuid", priv->uuid);
  json_object_set_int_member (object, "updated-at", priv->updated_at);

  for (guint i = 0; i < schema->n_fields; i++)
    {
      const TandemField *field = &schema->fields[i];
      gpointer ptr = _tandem_record_field_ptr (self, field);

      switch (field->type)
        {
        case TANDEM_FIELD_STRING:
        case TANDEM_FIELD_DATE:
          if (*(char **) ptr != NULL)
            json_object_set_string_member (object, field->name, *(char **) ptr);
          else
            json_object_set_null_member (object, field->name);
          break;

        case TANDEM_FIELD_INT:
          if ((field->flags & TANDEM_FIELD_NULLABLE) && *(int *) ptr == TANDEM_INT_UNSET)
            json_object_set_null_member (object, field->name);
          else
            json_object_set_int_member (object, field->name, *(int *) ptr);
          break;

        case TANDEM_FIELD_TIMESTAMP:
        case TANDEM_FIELD_REF:
          if (*(gint64 *) ptr == 0 && (field->flags & TANDEM_FIELD_NULLABLE))
            json_object_set_null_member (object, field->name);
          else
            json_object_set_int_member (object, field->name, *(gint64 *) ptr);
          break;

        case TANDEM_FIELD_DOUBLE:
          if (isnan (*(double *) ptr))
            json_object_set_null_member (object, field->name);
          else
            json_object_set_double_member (object, field->name, *(double *) ptr);
          break;

        case TANDEM_FIELD_BOOLEAN:
          json_object_set_boolean_member (object, field->name, *(gboolean *) ptr);
          break;

        case TANDEM_FIELD_ENUM:
          {
            g_autoptr(GEnumClass) enum_class = g_type_class_ref (field->enum_type ());
            GEnumValue *enum_value = g_enum_get_value (enum_class, *(int *) ptr);

            json_object_set_string_member (object, field->name,
                                           enum_value ? enum_value->value_nick : NULL);
          }
          break;

        default:
          g_assert_not_reached ();
        }
    }

  return object;
}

static gboolean
is_blank (const char *text)
{
  if (text == NULL)
    return TRUE;

  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    if (!g_unichar_isspace (g_utf8_get_char (p)))
      return FALSE;

  return TRUE;
}

/* The field's name for a message, such as “rating”. */
static const char *
field_label (const TandemField *field)
{
  return field->label != NULL ? g_dpgettext2 (NULL, "field name", field->label) : field->name;
}

G_GNUC_PRINTF (2, 3)
static gboolean
json_type_error (GError     **error,
                 const char  *format,
                 ...)
{
  va_list args;

  va_start (args, format);
  g_propagate_error (error, g_error_new_valist (TANDEM_STORE_ERROR, TANDEM_STORE_ERROR_INVALID,
                                                format, args));
  va_end (args);
  return FALSE;
}

/**
 * tandem_record_set_from_json:
 * @object: the record's fields by name, as tandem_record_to_json() writes them
 * @ignore: (nullable) (array zero-terminated=1): members that the caller reads
 *   itself and that are not fields
 *
 * Sets the fields named in @object; fields it leaves out keep their value.
 * A member that is not a field, or a value of the wrong kind, is refused with
 * a message naming it, and then nothing is set.
 */
gboolean
tandem_record_set_from_json (TandemRecord        *self,
                              JsonObject          *object,
                              const char * const  *ignore,
                              GError             **error)
{
  const TandemRecordSchema *schema = _tandem_record_get_schema (self);
  g_autoptr(GList) members = json_object_get_members (object);
  g_autoptr(GPtrArray) pspecs = g_ptr_array_new ();
  g_autoptr(GArray) values = g_array_new (FALSE, TRUE, sizeof (GValue));

  g_array_set_clear_func (values, (GDestroyNotify) g_value_unset);

  /* Check everything first, so that a refusal sets nothing. */
  for (const GList *l = members; l != NULL; l = l->next)
    {
      const char *name = l->data;
      JsonNode *node = json_object_get_member (object, name);
      const TandemField *field = NULL;
      GValue *v;

      if (ignore != NULL && g_strv_contains (ignore, name))
        continue;

      for (guint i = 0; i < schema->n_fields; i++)
        if (g_str_equal (schema->fields[i].name, name))
          {
            field = &schema->fields[i];
            g_ptr_array_add (pspecs, schema->pspecs[i]);
            break;
          }

      if (field == NULL)
        {
          if (g_str_equal (name, "uuid") || g_str_equal (name, "updated-at"))
            continue;

          g_set_error (error, TANDEM_STORE_ERROR, TANDEM_STORE_ERROR_INVALID,
                       /* Translators: the first %s is a key found in a JSON file, the
                        * second the kind of record, as the file names it (“goal”) */
                       _("“%s” is not something a %s has."), name, schema->entity);
          return FALSE;
        }

      g_array_set_size (values, values->len + 1);
      v = &g_array_index (values, GValue, values->len - 1);
      g_value_init (v, G_PARAM_SPEC_VALUE_TYPE (pspecs->pdata[pspecs->len - 1]));

      if (JSON_NODE_HOLDS_NULL (node))
        {
          if (!(field->flags & TANDEM_FIELD_NULLABLE))
            return json_type_error (error,
                                    /* Translators: %s is a field's key in a JSON file, such as “title” */
                                    _("“%s” must be given."), field->name);

          switch (field->type)
            {
            case TANDEM_FIELD_INT:
              g_value_set_int (v, TANDEM_INT_UNSET);
              break;
            case TANDEM_FIELD_DOUBLE:
              g_value_set_double (v, NAN);
              break;
            default:
              break;  /* NULL strings, 0 references and times */
            }
          continue;
        }

      switch (field->type)
        {
        case TANDEM_FIELD_STRING:
        case TANDEM_FIELD_DATE:
          if (json_node_get_value_type (node) != G_TYPE_STRING)
            return json_type_error (error,
                                    /* Translators: %s is a field's key in a JSON file */
                                    _("“%s” must be text."), field->name);
          g_value_set_string (v, json_node_get_string (node));
          break;

        case TANDEM_FIELD_INT:
          if (json_node_get_value_type (node) != G_TYPE_INT64)
            return json_type_error (error,
                                    /* Translators: %s is a field's key in a JSON file */
                                    _("“%s” must be a whole number."), field->name);
          if (json_node_get_int (node) < G_MININT || json_node_get_int (node) > G_MAXINT)
            return json_type_error (error,
                                    /* Translators: %s is a field's key in a JSON file */
                                    _("“%s” is too large."), field->name);
          g_value_set_int (v, (int) json_node_get_int (node));
          break;

        case TANDEM_FIELD_TIMESTAMP:
        case TANDEM_FIELD_REF:
          if (json_node_get_value_type (node) != G_TYPE_INT64 || json_node_get_int (node) < 0)
            return json_type_error (error,
                                    /* Translators: %s is a field's key in a JSON file */
                                    _("“%s” must be a whole number, 0 or more."), field->name);
          g_value_set_int64 (v, json_node_get_int (node));
          break;

        case TANDEM_FIELD_DOUBLE:
          if (json_node_get_value_type (node) != G_TYPE_INT64 &&
              json_node_get_value_type (node) != G_TYPE_DOUBLE)
            return json_type_error (error,
                                    /* Translators: %s is a field's key in a JSON file */
                                    _("“%s” must be a number."), field->name);
          g_value_set_double (v, json_node_get_double (node));
          break;

        case TANDEM_FIELD_BOOLEAN:
          if (json_node_get_value_type (node) != G_TYPE_BOOLEAN)
            return json_type_error (error,
                                    /* Translators: %s is a field's key in a JSON file */
                                    _("“%s” must be true or false."), field->name);
          g_value_set_boolean (v, json_node_get_boolean (node));
          break;

        case TANDEM_FIELD_ENUM:
          {
            g_autoptr(GEnumClass) enum_class = g_type_class_ref (field->enum_type ());
            GEnumValue *enum_value = NULL;

            if (json_node_get_value_type (node) == G_TYPE_STRING)
              enum_value = g_enum_get_value_by_nick (enum_class, json_node_get_string (node));

            if (enum_value == NULL)
              {
                g_autoptr(GString) choices = g_string_new (NULL);

                for (guint i = 0; i < enum_class->n_values; i++)
                  g_string_append_printf (choices, "%s“%s”", i == 0 ? "" : ", ",
                                          enum_class->values[i].value_nick);

                g_set_error (error, TANDEM_STORE_ERROR, TANDEM_STORE_ERROR_INVALID,
                             /* Translators: a JSON key, then the list of values it may have */
                             _("“%s” must be one of %s."), field->name, choices->str);
                return FALSE;
              }
            g_value_set_enum (v, enum_value->value);
          }
          break;

        default:
          g_assert_not_reached ();
        }
    }

  g_object_freeze_notify (G_OBJECT (self));
  for (guint i = 0; i < values->len; i++)
    g_object_set_property (G_OBJECT (self), G_PARAM_SPEC (pspecs->pdata[i])->name,
                           &g_array_index (values, GValue, i));
  g_object_thaw_notify (G_OBJECT (self));

  return TRUE;
}

/* Checks what the field table says about every value: required text, ranges,
 * dates that exist. The message names the field in words a person reads. */
gboolean
_tandem_record_check_ranges (TandemRecord  *self,
                             GError       **error)
{
  const TandemRecordSchema *schema = _tandem_record_get_schema (self);

  for (guint i = 0; i < schema->n_fields; i++)
    {
      const TandemField *field = &schema->fields[i];
      gpointer ptr = _tandem_record_field_ptr (self, field);

      switch (field->type)
        {
        case TANDEM_FIELD_STRING:
          if ((field->flags & TANDEM_FIELD_REQUIRED) && is_blank (*(char **) ptr))
            {
              g_set_error (error, TANDEM_STORE_ERROR, TANDEM_STORE_ERROR_INVALID,
                           /* Translators: %s is a field name such as “title” */
                           _("The %s cannot be empty."), field_label (field));
              return FALSE;
            }
          break;

        case TANDEM_FIELD_DATE:
          {
            const char *day = *(char **) ptr;

            if (day == NULL)
              {
                if (!(field->flags & TANDEM_FIELD_NULLABLE))
                  {
                    g_set_error (error, TANDEM_STORE_ERROR, TANDEM_STORE_ERROR_INVALID,
                                 _("A date is missing."));
                    return FALSE;
                  }
              }
            else if (!tandem_date_parse (day, NULL))
              {
                g_set_error (error, TANDEM_STORE_ERROR, TANDEM_STORE_ERROR_INVALID,
                             /* Translators: %s is what was entered as a date */
                             _("“%s” is not a date in the form YYYY-MM-DD."), day);
                return FALSE;
              }
          }
          break;

        case TANDEM_FIELD_INT:
          {
            int value = *(int *) ptr;

            if ((field->flags & TANDEM_FIELD_NULLABLE) && value == TANDEM_INT_UNSET)
              break;

            if (value < field->min || value > field->max)
              {
                g_set_error (error, TANDEM_STORE_ERROR, TANDEM_STORE_ERROR_INVALID,
                             /* Translators: a field name, its value and the allowed range */
                             _("The %s must be between %d and %d, not %d."),
                             field_label (field), (int) field->min, (int) field->max, value);
                return FALSE;
              }
          }
          break;

        case TANDEM_FIELD_REF:
          if (!(field->flags & TANDEM_FIELD_NULLABLE) && *(gint64 *) ptr <= 0)
            {
              g_set_error (error, TANDEM_STORE_ERROR, TANDEM_STORE_ERROR_INVALID,
                           /* Translators: %s is what the record belongs to, such as “person” */
                           _("The record does not say which %s it belongs to."),
                           field_label (field));
              return FALSE;
            }
          break;

        case TANDEM_FIELD_DOUBLE:
          if (!(field->flags & TANDEM_FIELD_NULLABLE) && isnan (*(double *) ptr))
            {
              g_set_error (error, TANDEM_STORE_ERROR, TANDEM_STORE_ERROR_INVALID,
                           _("The %s is missing."), field_label (field));
              return FALSE;
            }
          break;

        case TANDEM_FIELD_TIMESTAMP:
        case TANDEM_FIELD_BOOLEAN:
        case TANDEM_FIELD_ENUM:
        default:
          break;
        }
    }

  return TRUE;
}

static gboolean
tandem_record_real_validate (TandemRecord  *self,
                             GError       **error)
{
  return _tandem_record_check_ranges (self, error);
}

static void
tandem_record_finalize (GObject *object)
{
  TandemRecord *self = TANDEM_RECORD (object);
  TandemRecordPrivate *priv = tandem_record_get_instance_private (self);
  const TandemRecordSchema *schema = _tandem_record_get_schema (self);

  for (guint i = 0; schema != NULL && i < schema->n_fields; i++)
    if (schema->fields[i].type == TANDEM_FIELD_STRING || schema->fields[i].type == TANDEM_FIELD_DATE)
      g_clear_pointer ((char **) _tandem_record_field_ptr (self, &schema->fields[i]), g_free);

  g_clear_pointer (&priv->uuid, g_free);

  G_OBJECT_CLASS (tandem_record_parent_class)->finalize (object);
}

static void
tandem_record_get_property (GObject    *object,
                            guint       prop_id,
                            GValue     *value,
                            GParamSpec *pspec)
{
  TandemRecord *self = TANDEM_RECORD (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_int64 (value, tandem_record_get_id (self));
      break;

    case PROP_UUID:
      g_value_set_string (value, tandem_record_get_uuid (self));
      break;

    case PROP_CREATED_AT:
      g_value_set_int64 (value, tandem_record_get_created_at (self));
      break;

    case PROP_UPDATED_AT:
      g_value_set_int64 (value, tandem_record_get_updated_at (self));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
tandem_record_class_init (TandemRecordClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = tandem_record_finalize;
  object_class->get_property = tandem_record_get_property;

  klass->validate = tandem_record_real_validate;

  properties[PROP_ID] =
    g_param_spec_int64 ("id", NULL, NULL, 0, G_MAXINT64, 0,
                        G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_UUID] =
    g_param_spec_string ("uuid", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_CREATED_AT] =
    g_param_spec_int64 ("created-at", NULL, NULL, 0, G_MAXINT64, 0,
                        G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_UPDATED_AT] =
    g_param_spec_int64 ("updated-at", NULL, NULL, 0, G_MAXINT64, 0,
                        G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
tandem_record_init (TandemRecord *self)
{
}

/**
 * tandem_record_get_id:
 *
 * Returns: the row id, or 0 while the record is not stored.
 */
gint64
tandem_record_get_id (TandemRecord *self)
{
  TandemRecordPrivate *priv = tandem_record_get_instance_private (self);

  g_return_val_if_fail (TANDEM_IS_RECORD (self), 0);

  return priv->id;
}

/**
 * tandem_record_get_uuid:
 *
 * Returns: (nullable): the record's UUID, which stays the same on every
 *   machine the record travels to; %NULL until it is first stored.
 */
const char *
tandem_record_get_uuid (TandemRecord *self)
{
  TandemRecordPrivate *priv = tandem_record_get_instance_private (self);

  g_return_val_if_fail (TANDEM_IS_RECORD (self), NULL);

  return priv->uuid;
}

/**
 * tandem_record_get_created_at:
 *
 * Returns: when the record was created, in µs since the Unix epoch (UTC).
 */
gint64
tandem_record_get_created_at (TandemRecord *self)
{
  TandemRecordPrivate *priv = tandem_record_get_instance_private (self);

  g_return_val_if_fail (TANDEM_IS_RECORD (self), 0);

  return priv->created_at;
}

/**
 * tandem_record_get_updated_at:
 *
 * Returns: when the record last changed, in µs since the Unix epoch (UTC).
 *   Imports compare it: the newer copy wins.
 */
gint64
tandem_record_get_updated_at (TandemRecord *self)
{
  TandemRecordPrivate *priv = tandem_record_get_instance_private (self);

  g_return_val_if_fail (TANDEM_IS_RECORD (self), 0);

  return priv->updated_at;
}

gboolean
tandem_record_is_stored (TandemRecord *self)
{
  return tandem_record_get_id (self) > 0;
}

/**
 * tandem_record_validate:
 *
 * Checks the record the way the store does before writing it.
 *
 * Returns: %TRUE if it can be stored; otherwise sets @error with a
 *   %TANDEM_STORE_ERROR_INVALID message that says what to change.
 */
gboolean
tandem_record_validate (TandemRecord  *self,
                        GError       **error)
{
  g_return_val_if_fail (TANDEM_IS_RECORD (self), FALSE);

  return TANDEM_RECORD_GET_CLASS (self)->validate (self, error);
}

/**
 * tandem_record_check_input:
 *
 * Checks the record as a person entered or edited it: the rules of
 * tandem_record_validate() and those that hold only for new input (an
 * import keeps a record that an older version allowed, see
 * #TandemRecordClass.check_input).
 *
 * Returns: %TRUE if it can be saved; otherwise sets @error with a
 *   %TANDEM_STORE_ERROR_INVALID message that says what to change.
 */
gboolean
tandem_record_check_input (TandemRecord  *self,
                           GError       **error)
{
  TandemRecordClass *klass;

  g_return_val_if_fail (TANDEM_IS_RECORD (self), FALSE);

  klass = TANDEM_RECORD_GET_CLASS (self);
  if (!klass->validate (self, error))
    return FALSE;

  return klass->check_input == NULL || klass->check_input (self, error);
}

/**
 * tandem_record_get_entity_name:
 *
 * Returns: the entity's name, as the exchange format and tombstones call it
 *   ("goal", "check-in"…).
 */
const char *
tandem_record_get_entity_name (TandemRecord *self)
{
  g_return_val_if_fail (TANDEM_IS_RECORD (self), NULL);

  return _tandem_record_get_schema (self)->entity;
}
