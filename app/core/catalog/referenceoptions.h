// SPDX-FileCopyrightText: 2026 Batchsmith contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

#include "core/catalog/catalogtypes.h"

namespace Batchsmith {

/**
 * Turns a portal's pipelines and owners into the options of the properties that hold their ids
 * (docs/hubspot-behaviour.md §2.5): `pipeline` / `hs_pipeline` get one option per pipeline, `dealstage` /
 * `hs_pipeline_stage` one per stage of every pipeline (grouped by pipeline, see PropertyInfo::optionGroupProperty),
 * owner properties one per owner (the name as label, the email as description). The grid then shows the label,
 * stores the id and marks unknown ids as it does for any enumeration. Pure functions; any thread.
 *
 *     properties = ReferenceOptions::apply(properties, reference);
 */
class ReferenceOptions final
{
    Q_DECLARE_TR_FUNCTIONS(Batchsmith::ReferenceOptions)

public:
    enum class Role { None, Pipeline, Stage, Owner };

    /// What a property's values refer to: by name (pipeline, hs_pipeline, dealstage, hs_pipeline_stage,
    /// hubspot_owner_id), or referencedObjectType OWNER, or an enumeration select whose name ends in "_owner_id".
    static Role roleOf(const PropertyInfo &property);
    /// The pipeline property a stage property depends on: "pipeline" for "dealstage", "hs_pipeline" otherwise.
    static QString pipelinePropertyFor(const QString &stageProperty);

    /// Whether @p properties has a pipeline or stage property (so the type's pipelines are worth reading).
    static bool needsPipelines(const QList<PropertyInfo> &properties);
    /// Whether @p properties has an owner property.
    static bool needsOwners(const QList<PropertyInfo> &properties);

    /// The pipeline records land in when none is given: "default" (deals) or "0" (tickets) when there, else the
    /// first by displayOrder; empty without pipelines.
    static QString defaultPipelineId(const QList<PipelineInfo> &pipelines);

    /// @p properties with the options of their pipeline, stage and owner properties replaced by @p reference's
    /// (only for the parts that were read: with a refused owners list, owner properties keep the options the portal
    /// gave them, and become plain text when it gave none).
    static QList<PropertyInfo> apply(QList<PropertyInfo> properties, const ReferenceData &reference);

    /// The options of a stage property that belong to @p group (a pipeline id; empty: the default pipeline).
    static QList<PropertyOption> optionsInGroup(const PropertyInfo &property, const QString &group);
    /// Empty when @p value is fine for @p property in a row whose pipeline is @p group; else a translated sentence
    /// naming the stage, the row's pipeline and the pipeline the stage belongs to. Only stage properties are checked,
    /// and only for a known stage in a known pipeline: an unknown value is ValueValidator's to report.
    static QString groupProblem(const PropertyInfo &property, const QString &value, const QString &group);
    /// ValueValidator::normalised(), except that a stage typed by its label is looked up in @p group's stages first
    /// (two pipelines often both have a "Closed won").
    static QString normalisedInGroup(const PropertyInfo &property, const QString &value, const QString &group);
    /// What a dropdown shows for an option: the label, and an owner's email after it.
    static QString optionText(const PropertyOption &option);
};

} // namespace Batchsmith
