/* tandem-record-private.h
 *
 * Copyright 2026 The Tandem authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <json-glib/json-glib.h>

#include "tandem-record.h"

G_BEGIN_DECLS

typedef enum
{
  TANDEM_FIELD_STRING,     /* char *, TEXT */
  TANDEM_FIELD_DATE,       /* char * "YYYY-MM-DD", a local calendar date */
  TANDEM_FIELD_INT,        /* int, INTEGER */
  TANDEM_FIELD_TIMESTAMP,  /* gint64 µs since the Unix epoch, UTC */
  TANDEM_FIELD_DOUBLE,     /* double, REAL; NAN when unset */
  TANDEM_FIELD_BOOLEAN,    /* gboolean, INTEGER 0/1 */
  TANDEM_FIELD_ENUM,       /* int, TEXT holding the value's nick */
  TANDEM_FIELD_REF,        /* gint64 row id of another record, 0 when unset */
} TandemFieldType;

typedef enum
{
  TANDEM_FIELD_NULLABLE = 1 << 0,  /* unset is stored as NULL */
  TANDEM_FIELD_REQUIRED = 1 << 1,  /* strings: must not be empty */
} TandemFieldFlags;


typedef struct
{
  const char      *name;       /* property name; the column is the same with '_' */
  TandemFieldType  type;
  guint            flags;
  gsize            offset;     /* of the value in the instance struct */
  GType          (*enum_type) (void);
  double           min;
  double           max;
  const char      *ref_entity; /* REF: the entity referred to */
  const char      *label;      /* NC_("field name", …) for messages */
} TandemField;

#define TANDEM_FIELD_AT(Type, member) G_STRUCT_OFFSET (Type, member)

typedef struct
{
  const char        *table;
  const char        *entity;
  const TandemField *fields;
  guint              n_fields;
  GParamSpec       **pspecs;   /* n_fields, index i ↔ fields[i] */
  char             **columns;  /* n_fields, '-' replaced by '_' */
  char              *select_sql;
  char              *insert_sql;
  char              *update_sql;
  char              *delete_sql;
} TandemRecordSchema;

void                      _tandem_record_class_install_fields (GObjectClass        *klass,
                                                               const char          *table,
                                                               const char          *entity,
                                                               const TandemField   *fields,
                                                               guint                n_fields);
const TandemRecordSchema *_tandem_record_class_get_schema     (gpointer             klass);
const TandemRecordSchema *_tandem_record_get_schema           (TandemRecord        *self);
void                      _tandem_record_set_identity         (TandemRecord        *self,
                                                               gint64               id,
                                                               const char          *uuid,
                                                               gint64               created_at,
                                                               gint64               updated_at);
void                      _tandem_record_set_updated_at       (TandemRecord        *self,
                                                               gint64               updated_at);
void                      _tandem_record_forget_identity      (TandemRecord        *self);
gpointer                  _tandem_record_field_ptr            (TandemRecord        *self,
                                                               const TandemField   *field);
void                      _tandem_record_set_string           (TandemRecord        *self,
                                                               guint                index,
                                                               const char          *value);
void                      _tandem_record_set_int              (TandemRecord        *self,
                                                               guint                index,
                                                               int                  value);
void                      _tandem_record_set_int64            (TandemRecord        *self,
                                                               guint                index,
                                                               gint64               value);
void                      _tandem_record_set_double           (TandemRecord        *self,
                                                               guint                index,
                                                               double               value);
void                      _tandem_record_set_boolean          (TandemRecord        *self,
                                                               guint                index,
                                                               gboolean             value);
gboolean                  _tandem_record_check_ranges         (TandemRecord        *self,
                                                               GError             **error);

G_END_DECLS
