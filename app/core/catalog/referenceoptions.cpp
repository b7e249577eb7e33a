// SPDX-FileCopyrightText: 2026 Batchsmith contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/catalog/referenceoptions.h"

#include <algorithm>

#include "core/catalog/valuevalidator.h"

using namespace Qt::StringLiterals;

namespace Batchsmith {

ReferenceOptions::Role ReferenceOptions::roleOf(const PropertyInfo &property)
{
    const QString &name = property.name;
    if (name == u"pipeline"_s || name == u"hs_pipeline"_s)
        return Role::Pipeline;
    if (name == u"dealstage"_s || name == u"hs_pipeline_stage"_s)
        return Role::Stage;
    if (name == u"hubspot_owner_id"_s || property.referencedObjectType.compare(u"OWNER"_s, Qt::CaseInsensitive) == 0)
        return Role::Owner;
    if (name.endsWith(u"_owner_id"_s) && property.type == u"enumeration"_s && property.fieldType == u"select"_s)
        return Role::Owner;
    return Role::None;
}

QString ReferenceOptions::pipelinePropertyFor(const QString &stageProperty)
{
    return stageProperty == u"dealstage"_s ? u"pipeline"_s : u"hs_pipeline"_s;
}

bool ReferenceOptions::needsPipelines(const QList<PropertyInfo> &properties)
{
    return std::any_of(properties.cbegin(), properties.cend(), [](const PropertyInfo &p) {
        const Role role = roleOf(p);
        return role == Role::Pipeline || role == Role::Stage;
    });
}

bool ReferenceOptions::needsOwners(const QList<PropertyInfo> &properties)
{
    return std::any_of(
        properties.cbegin(), properties.cend(), [](const PropertyInfo &p) { return roleOf(p) == Role::Owner; });
}

QString ReferenceOptions::defaultPipelineId(const QList<PipelineInfo> &pipelines)
{
    for (const PipelineInfo &pipeline : pipelines) {
        if (pipeline.id == u"default"_s || pipeline.id == u"0"_s)
            return pipeline.id;
    }
    return pipelines.isEmpty() ? QString() : pipelines.constFirst().id;
}

namespace {

/// Pipeline, stage and owner ids are chosen from a list: an enumeration with a dropdown, whatever the portal said.
void makeSelect(PropertyInfo &property)
{
    property.type = u"enumeration"_s;
    if (property.fieldType != u"select"_s && property.fieldType != u"radio"_s)
        property.fieldType = u"select"_s;
}

/// Without the list (a refused read) and without options of its own, an id is typed as plain text: an enumeration
/// with no options would refuse every value.
void makePlainWithoutOptions(PropertyInfo &property)
{
    if (property.options.isEmpty()) {
        property.type = u"string"_s;
        property.fieldType = u"text"_s;
    }
}

} // namespace

QList<PropertyInfo> ReferenceOptions::apply(QList<PropertyInfo> properties, const ReferenceData &reference)
{
    const QString defaultPipeline = defaultPipelineId(reference.pipelines);
    for (PropertyInfo &property : properties) {
        switch (roleOf(property)) {
        case Role::Pipeline:
            if (!reference.pipelinesRead) {
                makePlainWithoutOptions(property);
                break;
            }
            makeSelect(property);
            property.options.clear();
            for (const PipelineInfo &pipeline : reference.pipelines)
                property.options.append(PropertyOption { pipeline.label, pipeline.id, false, {}, {}, {} });
            break;
        case Role::Stage:
            if (!reference.pipelinesRead) {
                makePlainWithoutOptions(property);
                break;
            }
            makeSelect(property);
            property.options.clear();
            property.optionGroupProperty = pipelinePropertyFor(property.name);
            property.defaultOptionGroup = defaultPipeline;
            for (const PipelineInfo &pipeline : reference.pipelines) {
                for (const PipelineStageInfo &stage : pipeline.stages) {
                    property.options.append(
                        PropertyOption { stage.label, stage.id, false, {}, pipeline.id, pipeline.label });
                }
            }
            break;
        case Role::Owner:
            if (!reference.ownersRead) {
                makePlainWithoutOptions(property);
                break;
            }
            makeSelect(property);
            property.options.clear();
            for (const OwnerInfo &owner : reference.owners) {
                if (!owner.archived)
                    property.options.append(
                        PropertyOption { owner.displayName(), owner.id, false, owner.email, {}, {} });
            }
            break;
        case Role::None:
            break;
        }
    }
    return properties;
}

QList<PropertyOption> ReferenceOptions::optionsInGroup(const PropertyInfo &property, const QString &group)
{
    const QString wanted = group.isEmpty() ? property.defaultOptionGroup : group;
    QList<PropertyOption> options;
    for (const PropertyOption &option : property.options) {
        if (option.group == wanted)
            options.append(option);
    }
    return options;
}

QString ReferenceOptions::groupProblem(const PropertyInfo &property, const QString &value, const QString &group)
{
    if (property.optionGroupProperty.isEmpty() || value.isEmpty())
        return {};
    const QString wanted = group.trimmed().isEmpty() ? property.defaultOptionGroup : group.trimmed();
    const PropertyOption *stage = nullptr;
    QString wantedLabel;
    for (const PropertyOption &option : property.options) {
        if (option.value == value && !stage)
            stage = &option;
        if (option.group == wanted)
            wantedLabel = option.groupLabel;
        if (option.value == value && option.group == wanted)
            return {};
    }
    if (!stage || wantedLabel.isEmpty())
        return {}; // an unknown stage or an unknown pipeline: ValueValidator marks those cells
    const QString stageLabel = stage->label.isEmpty() ? value : stage->label;
    //: %1 is a pipeline stage, %2 the record's pipeline, %3 the pipeline the stage belongs to
    return tr("“%1” is not a stage of the pipeline “%2”: it belongs to “%3”. Choose a stage of “%2”, or change "
              "the pipeline.")
        .arg(stageLabel, wantedLabel, stage->groupLabel);
}

QString ReferenceOptions::normalisedInGroup(const PropertyInfo &property, const QString &value, const QString &group)
{
    const QString trimmed = value.trimmed();
    if (!property.optionGroupProperty.isEmpty() && !trimmed.isEmpty() && property.isWritable()) {
        const QList<PropertyOption> inGroup = optionsInGroup(property, group.trimmed());
        for (const PropertyOption &option : inGroup) {
            if (option.value == trimmed)
                return option.value;
        }
        for (const PropertyOption &option : inGroup) {
            if (option.value.compare(trimmed, Qt::CaseInsensitive) == 0
                || option.label.compare(trimmed, Qt::CaseInsensitive) == 0)
                return option.value;
        }
    }
    return ValueValidator::normalised(property, value);
}

QString ReferenceOptions::optionText(const PropertyOption &option)
{
    const QString label = option.label.isEmpty() ? option.value : option.label;
    if (option.description.isEmpty() || option.description == label)
        return label;
    //: A choice in an owner drop-down: %1 is the owner's name, %2 the owner's email address
    return tr("%1 (%2)").arg(label, option.description);
}

} // namespace Batchsmith
