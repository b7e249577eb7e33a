// SPDX-FileCopyrightText: 2026 Batchsmith contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include <QSignalSpy>
#include <QTest>

#include "core/catalog/referenceoptions.h"
#include "core/catalog/valuevalidator.h"
#include "core/table/recordtablemodel.h"

using namespace Batchsmith;
using namespace Qt::StringLiterals;

namespace {

PropertyInfo enumProperty(const QString &name, const QString &label)
{
    PropertyInfo p;
    p.name = name;
    p.label = label;
    p.type = u"enumeration"_s;
    p.fieldType = u"select"_s;
    return p;
}

PipelineStageInfo stage(const QString &id, const QString &label)
{
    PipelineStageInfo s;
    s.id = id;
    s.label = label;
    return s;
}

ReferenceData reference()
{
    ReferenceData data;
    data.pipelinesRead = data.ownersRead = true;
    data.pipelines = {
        { u"default"_s, u"Sales Pipeline"_s, 0, false,
            { stage(u"appointmentscheduled"_s, u"Appointment Scheduled"_s), stage(u"closedwon"_s, u"Closed Won"_s),
                stage(u"closedlost"_s, u"Closed Lost"_s) } },
        { u"7733201"_s, u"Renewals"_s, 1, false,
            { stage(u"7733202"_s, u"Renewal due"_s), stage(u"7733203"_s, u"Closed Won"_s) } },
    };
    data.owners = { { u"101"_s, u"ada@example.com"_s, u"Ada"_s, u"Lovelace"_s, u"1101"_s, false },
        { u"102"_s, u"grace@example.com"_s, u"Grace"_s, u"Hopper"_s, u"1102"_s, false },
        { u"109"_s, u"gone@example.com"_s, u"Gone"_s, u"Away"_s, u"1109"_s, true } };
    return data;
}

QList<PropertyInfo> dealProperties()
{
    PropertyInfo name;
    name.name = u"dealname"_s;
    name.label = u"Deal Name"_s;
    name.type = u"string"_s;
    name.fieldType = u"text"_s;
    PropertyInfo stage = enumProperty(u"dealstage"_s, u"Deal Stage"_s);
    stage.fieldType = u"radio"_s;
    PropertyInfo owner;
    owner.name = u"hubspot_owner_id"_s; // as a portal without options may list it: a plain field
    owner.label = u"Deal owner"_s;
    owner.type = u"string"_s;
    owner.fieldType = u"text"_s;
    return ReferenceOptions::apply({ name, enumProperty(u"pipeline"_s, u"Pipeline"_s), stage, owner }, reference());
}

const PropertyInfo &get(const QList<PropertyInfo> &list, const QString &name)
{
    for (const PropertyInfo &p : list) {
        if (p.name == name)
            return p;
    }
    static const PropertyInfo none;
    return none;
}

} // namespace

class TestReferenceOptions : public QObject
{
    Q_OBJECT

private Q_SLOTS:

    void testRoles_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("type");
        QTest::addColumn<QString>("referenced");
        QTest::addColumn<int>("role");
        using R = ReferenceOptions::Role;
        QTest::newRow("deal pipeline") << u"pipeline"_s << u"enumeration"_s << QString() << int(R::Pipeline);
        QTest::newRow("ticket pipeline") << u"hs_pipeline"_s << u"enumeration"_s << QString() << int(R::Pipeline);
        QTest::newRow("deal stage") << u"dealstage"_s << u"enumeration"_s << QString() << int(R::Stage);
        QTest::newRow("ticket stage") << u"hs_pipeline_stage"_s << u"enumeration"_s << QString() << int(R::Stage);
        QTest::newRow("owner") << u"hubspot_owner_id"_s << u"enumeration"_s << QString() << int(R::Owner);
        QTest::newRow("referenced OWNER") << u"account_manager"_s << u"enumeration"_s << u"OWNER"_s << int(R::Owner);
        QTest::newRow("_owner_id select") << u"hs_shared_owner_id"_s << u"enumeration"_s << QString() << int(R::Owner);
        QTest::newRow("_owner_id text") << u"legacy_owner_id"_s << u"string"_s << QString() << int(R::None);
        QTest::newRow("other") << u"lifecyclestage"_s << u"enumeration"_s << QString() << int(R::None);
    }

    void testRoles()
    {
        QFETCH(QString, name);
        QFETCH(QString, type);
        QFETCH(QString, referenced);
        QFETCH(int, role);
        PropertyInfo p = enumProperty(name, name);
        p.type = type;
        p.fieldType = type == u"string"_s ? u"text"_s : u"select"_s;
        p.referencedObjectType = referenced;
        QCOMPARE(int(ReferenceOptions::roleOf(p)), role);
    }

    void testApplyGivesOptions()
    {
        const QList<PropertyInfo> properties = dealProperties();
        const PropertyInfo &pipeline = get(properties, u"pipeline"_s);
        QCOMPARE(pipeline.options.size(), 2);
        QCOMPARE(pipeline.labelForValue(u"7733201"_s), u"Renewals"_s);

        const PropertyInfo &stage = get(properties, u"dealstage"_s);
        QCOMPARE(stage.kind(), PropertyKind::Enumeration);
        QCOMPARE(stage.options.size(), 5);
        QCOMPARE(stage.optionGroupProperty, u"pipeline"_s);
        QCOMPARE(stage.defaultOptionGroup, u"default"_s);
        QCOMPARE(ReferenceOptions::optionsInGroup(stage, QString()).size(), 3);
        QCOMPARE(ReferenceOptions::optionsInGroup(stage, u"7733201"_s).size(), 2);

        // A plain text owner field becomes a dropdown of the owners still active, names shown, ids sent.
        const PropertyInfo &owner = get(properties, u"hubspot_owner_id"_s);
        QCOMPARE(owner.kind(), PropertyKind::Enumeration);
        QCOMPARE(owner.options.size(), 2);
        QCOMPARE(owner.labelForValue(u"101"_s), u"Ada Lovelace"_s);
        QCOMPARE(ReferenceOptions::optionText(owner.options.first()), u"Ada Lovelace (ada@example.com)"_s);
    }

    void testOwnerValidation()
    {
        const PropertyInfo owner = get(dealProperties(), u"hubspot_owner_id"_s);
        QVERIFY(ValueValidator::problem(owner, u"102"_s).isEmpty());
        const QString unknown = ValueValidator::problem(owner, u"555"_s);
        QVERIFY2(unknown.contains(u"555"_s) && unknown.contains(u"owner"_s), qPrintable(unknown));
        // An owner typed by name or email is stored as the id.
        QCOMPARE(ValueValidator::normalised(owner, u"grace hopper"_s), u"102"_s);
        QCOMPARE(ValueValidator::normalised(owner, u"ADA@example.com"_s), u"101"_s);
    }

    void testStageOfAnotherPipeline()
    {
        const PropertyInfo stage = get(dealProperties(), u"dealstage"_s);
        QVERIFY(ReferenceOptions::groupProblem(stage, u"closedwon"_s, QString()).isEmpty()); // default pipeline
        QVERIFY(ReferenceOptions::groupProblem(stage, u"closedwon"_s, u"default"_s).isEmpty());
        const QString wrong = ReferenceOptions::groupProblem(stage, u"closedwon"_s, u"7733201"_s);
        QVERIFY2(wrong.contains(u"Renewals"_s) && wrong.contains(u"Sales Pipeline"_s), qPrintable(wrong));
        // Unknown stage or pipeline: not this check's to report.
        QVERIFY(ReferenceOptions::groupProblem(stage, u"nostage"_s, u"7733201"_s).isEmpty());
        QVERIFY(ReferenceOptions::groupProblem(stage, u"closedwon"_s, u"nopipeline"_s).isEmpty());
        // "Closed Won" typed in a Renewals row is that pipeline's stage.
        QCOMPARE(ReferenceOptions::normalisedInGroup(stage, u"closed won"_s, u"7733201"_s), u"7733203"_s);
        QCOMPARE(ReferenceOptions::normalisedInGroup(stage, u"closed won"_s, QString()), u"closedwon"_s);
    }

    void testGridMarksAStageOfAnotherPipeline()
    {
        RecordTableModel model;
        const QList<PropertyInfo> properties = dealProperties();
        model.insertDataColumn(0, TableColumn::forProperty(get(properties, u"dealname"_s)));
        model.insertDataColumn(1, TableColumn::forProperty(get(properties, u"dealstage"_s)));
        TableRecord row = model.newRecord();
        row.values = { u"Renewal ACME"_s, u"7733202"_s };
        model.insertRecords(0, { row });
        const QModelIndex stageCell = model.index(0, RecordTableModel::modelColumn(1));
        // No pipeline column: the default pipeline's stages are the valid ones.
        QVERIFY(!stageCell.data(RecordTableModel::ProblemRole).toString().isEmpty());
        QCOMPARE(model.problemCount(), 1);
        QCOMPARE(stageCell.data(Qt::DisplayRole).toString(), u"Renewal due"_s);

        // Adding the pipeline column with the row's pipeline makes the stage right.
        model.insertDataColumn(2, TableColumn::forProperty(get(properties, u"pipeline"_s)), { u"7733201"_s });
        QVERIFY(stageCell.data(RecordTableModel::ProblemRole).toString().isEmpty());
        QCOMPARE(model.problemCount(), 0);

        // Changing the pipeline marks the stage, without touching the stage cell.
        const QModelIndex pipelineCell = model.index(0, RecordTableModel::modelColumn(2));
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        QVERIFY(model.setData(pipelineCell, u"default"_s, RecordTableModel::ValueRole));
        const QString problem = stageCell.data(RecordTableModel::ProblemRole).toString();
        QVERIFY2(problem.contains(u"Renewal due"_s) && problem.contains(u"Sales Pipeline"_s), qPrintable(problem));
        QCOMPARE(stageCell.data(Qt::ToolTipRole).toString(), problem);
        QCOMPARE(model.problemCount(), 1);
        QVERIFY(!changed.isEmpty());
        QVERIFY(changed.first().at(0).value<QModelIndex>().column() <= stageCell.column());
        QVERIFY(changed.first().at(1).value<QModelIndex>().column() >= stageCell.column());
        QCOMPARE(model.problems().size(), 1);
        QVERIFY(model.rowHasProblem(0));

        // A stage typed by label in that row becomes the row's pipeline's stage.
        QVERIFY(model.setData(stageCell, u"Closed Won"_s, RecordTableModel::ValueRole));
        QCOMPARE(stageCell.data(RecordTableModel::ValueRole).toString(), u"closedwon"_s);
        QCOMPARE(model.problemCount(), 0);

        // Removing the pipeline column: the default pipeline again, and closedwon is one of its stages.
        model.removeDataColumn(2);
        QCOMPARE(model.problemCount(), 0);
        QVERIFY(model.setData(stageCell, u"7733203"_s, RecordTableModel::ValueRole));
        QCOMPARE(model.problemCount(), 1);
        // Taking the row away takes its problem with it.
        model.takeRecords(0, 1);
        QCOMPARE(model.problemCount(), 0);
    }
};

QTEST_GUILESS_MAIN(TestReferenceOptions)
#include "testreferenceoptions.moc"
