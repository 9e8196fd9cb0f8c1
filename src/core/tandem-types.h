/* tandem-types.h
 *
 * Copyright 2026 The Tandem authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

typedef struct _TandemRecord          TandemRecord;
typedef struct _TandemPerson          TandemPerson;
typedef struct _TandemGoal            TandemGoal;
typedef struct _TandemGoalRevision    TandemGoalRevision;
typedef struct _TandemGoalAttainment  TandemGoalAttainment;
typedef struct _TandemGoalDraft       TandemGoalDraft;
typedef struct _TandemStrategy        TandemStrategy;
typedef struct _TandemCheckIn         TandemCheckIn;
typedef struct _TandemHomework        TandemHomework;
typedef struct _TandemQuestionnaire   TandemQuestionnaire;
typedef struct _TandemResponse        TandemResponse;
typedef struct _TandemReminder        TandemReminder;
typedef struct _TandemReminderFiring  TandemReminderFiring;
typedef struct _TandemTherapySession  TandemTherapySession;
typedef struct _TandemRestDay         TandemRestDay;
typedef struct _TandemStore           TandemStore;

/* Optional integer values (a rating, a day of the month) use this for
 * "not given". */
#define TANDEM_INT_UNSET (-1)

/* The nick of each value is what the database and the exchange format store:
 * never rename a nick, only add values. */

typedef enum
{
  TANDEM_FRAMEWORK_SMART,  /*< nick=smart >*/
  TANDEM_FRAMEWORK_PACT,   /*< nick=pact >*/
} TandemFramework;

typedef enum
{
  TANDEM_GOAL_STATUS_ACTIVE,    /*< nick=active >*/
  TANDEM_GOAL_STATUS_PAUSED,    /*< nick=paused >*/
  TANDEM_GOAL_STATUS_ACHIEVED,  /*< nick=achieved >*/
  TANDEM_GOAL_STATUS_DROPPED,   /*< nick=dropped >*/
} TandemGoalStatus;

typedef enum
{
  TANDEM_HORIZON_SHORT,  /*< nick=short >*/
  TANDEM_HORIZON_LONG,   /*< nick=long >*/
} TandemHorizon;

typedef enum
{
  TANDEM_AUTHOR_CLIENT,     /*< nick=client >*/
  TANDEM_AUTHOR_THERAPIST,  /*< nick=therapist >*/
} TandemAuthor;

typedef enum
{
  TANDEM_MEASURE_NONE,           /*< nick=none >*/
  TANDEM_MEASURE_COUNT,          /*< nick=count >*/
  TANDEM_MEASURE_RATING,         /*< nick=rating >*/
  TANDEM_MEASURE_YES_NO,         /*< nick=yes-no >*/
  TANDEM_MEASURE_QUESTIONNAIRE,  /*< nick=questionnaire >*/
} TandemMeasureKind;

typedef enum
{
  TANDEM_DIRECTION_INCREASE,  /*< nick=increase >*/
  TANDEM_DIRECTION_DECREASE,  /*< nick=decrease >*/
} TandemDirection;

typedef enum
{
  TANDEM_PERIOD_NONE,  /*< nick=none >*/
  TANDEM_PERIOD_DAY,   /*< nick=day >*/
  TANDEM_PERIOD_WEEK,  /*< nick=week >*/
  TANDEM_PERIOD_MONTH, /*< nick=month >*/
} TandemPeriod;

typedef enum
{
  TANDEM_PERSON_ROLE_OWNER,   /*< nick=owner >*/
  TANDEM_PERSON_ROLE_CLIENT,  /*< nick=client >*/
} TandemPersonRole;

typedef enum
{
  TANDEM_REMINDER_KIND_CHECK_IN,       /*< nick=check-in >*/
  TANDEM_REMINDER_KIND_HOMEWORK,       /*< nick=homework >*/
  TANDEM_REMINDER_KIND_QUESTIONNAIRE,  /*< nick=questionnaire >*/
  TANDEM_REMINDER_KIND_APPOINTMENT,    /*< nick=appointment >*/
  TANDEM_REMINDER_KIND_CUSTOM,         /*< nick=custom >*/
} TandemReminderKind;

typedef enum
{
  TANDEM_RECURRENCE_ONCE,      /*< nick=once >*/
  TANDEM_RECURRENCE_DAILY,     /*< nick=daily >*/
  TANDEM_RECURRENCE_WEEKDAYS,  /*< nick=weekdays >*/
  TANDEM_RECURRENCE_WEEKLY,    /*< nick=weekly >*/
  TANDEM_RECURRENCE_MONTHLY,   /*< nick=monthly >*/
} TandemRecurrence;

typedef enum
{
  TANDEM_FIRING_SHOWN,      /*< nick=shown >*/
  TANDEM_FIRING_ACTED,      /*< nick=acted >*/
  TANDEM_FIRING_SNOOZED,    /*< nick=snoozed >*/
  TANDEM_FIRING_DISMISSED,  /*< nick=dismissed >*/
  TANDEM_FIRING_MISSED,     /*< nick=missed >*/
} TandemFiringOutcome;

typedef enum
{
  TANDEM_HELPED_UNKNOWN,  /*< nick=unknown >*/
  TANDEM_HELPED_NO,       /*< nick=no >*/
  TANDEM_HELPED_SOMEWHAT, /*< nick=somewhat >*/
  TANDEM_HELPED_YES,      /*< nick=yes >*/
} TandemHelped;

G_END_DECLS
