/* tandem-core.h
 *
 * Copyright 2026 The Tandem authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "tandem-types.h"
#include "tandem-enum-types.h"
#include "tandem-date.h"
#include "tandem-record.h"
#include "tandem-person.h"
#include "tandem-goal.h"
#include "tandem-goal-revision.h"
#include "tandem-goal-attainment.h"
#include "tandem-goal-draft.h"
#include "tandem-goal-rules.h"
#include "tandem-goal-template.h"
#include "tandem-gas.h"
#include "tandem-strategy.h"
#include "tandem-check-in.h"
#include "tandem-homework.h"
#include "tandem-questionnaire.h"
#include "tandem-questionnaire-builder.h"
#include "tandem-response.h"
#include "tandem-reminder.h"
#include "tandem-reminder-firing.h"
#include "tandem-therapy-session.h"
#include "tandem-rest-day.h"
#include "tandem-scale.h"
#include "tandem-scale-registry.h"
#include "tandem-store.h"
#include "tandem-schedule.h"
#include "tandem-demo.h"
#include "tandem-exchange.h"
#include "tandem-csv.h"
#include "tandem-quick-check-in.h"
#include "tandem-calendar.h"
#include "tandem-caseload.h"
#include "tandem-streak.h"
#include "tandem-summary.h"
#include "tandem-overview.h"
