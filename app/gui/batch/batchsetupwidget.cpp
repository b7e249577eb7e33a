// SPDX-FileCopyrightText: 2026 Batchsmith contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/batch/batchsetupwidget.h"

#include <QEvent>
#include <QLineEdit>
#include <QSignalBlocker>

#include "core/api/objecttypes.h"
#include "ui_batchsetupwidget.h"

namespace Batchsmith {

BatchSetupWidget::BatchSetupWidget(QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::BatchSetupWidget>())
{
    m_ui->setupUi(this);
    fillFixedChoices();
    //: Placeholder of the object type picker, where an objectTypeId can be typed
    m_ui->objectTypeComboBox->lineEdit()->setPlaceholderText(tr("Type or id, e.g. 2-123456"));

    connect(m_ui->profileComboBox, &QComboBox::activated, this,
        [this] { Q_EMIT profileChosen(m_ui->profileComboBox->currentData().toString()); });
    connect(m_ui->manageProfilesButton, &QPushButton::clicked, this, &BatchSetupWidget::manageProfilesRequested);
    connect(m_ui->objectTypeComboBox, &QComboBox::activated, this, &BatchSetupWidget::onObjectTypeEdited);
    connect(
        m_ui->objectTypeComboBox->lineEdit(), &QLineEdit::editingFinished, this, &BatchSetupWidget::onObjectTypeEdited);
    connect(m_ui->modeComboBox, &QComboBox::activated, this, [this] {
        updateIdPropertyState();
        Q_EMIT modeChanged(mode());
    });
    connect(m_ui->idPropertyComboBox, &QComboBox::activated, this, [this] { Q_EMIT idPropertyChanged(idProperty()); });
    connect(m_ui->apiVersionComboBox, &QComboBox::activated, this, [this] { Q_EMIT apiVersionChanged(apiVersion()); });
    updateIdPropertyState();
}

BatchSetupWidget::~BatchSetupWidget() = default;

void BatchSetupWidget::fillFixedChoices()
{
    const WriteMode currentMode = m_ui->modeComboBox->count() ? mode() : WriteMode::Create;
    const ApiVersion currentVersion = m_ui->apiVersionComboBox->count() ? apiVersion() : ApiVersion::V2026_03;
    const QSignalBlocker modeBlocker(m_ui->modeComboBox);
    const QSignalBlocker versionBlocker(m_ui->apiVersionComboBox);
    m_ui->modeComboBox->clear();
    //: Action of a batch: create new records (HubSpot's batch create)
    m_ui->modeComboBox->addItem(tr("Create"), QVariant::fromValue(WriteMode::Create));
    //: Action of a batch: update existing records or create them (HubSpot's batch upsert)
    m_ui->modeComboBox->addItem(tr("Create or update (upsert)"), QVariant::fromValue(WriteMode::Upsert));
    m_ui->apiVersionComboBox->clear();
    //: An API version; %1 is its name such as 2026-03
    m_ui->apiVersionComboBox->addItem(
        tr("%1 (current)").arg(wireName(ApiVersion::V2026_03)), QVariant::fromValue(ApiVersion::V2026_03));
    m_ui->apiVersionComboBox->addItem(
        tr("%1 (legacy)").arg(wireName(ApiVersion::V3)), QVariant::fromValue(ApiVersion::V3));
    setMode(currentMode);
    setApiVersion(currentVersion);
}

void BatchSetupWidget::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        fillFixedChoices();
        const QString current = objectType();
        setObjectTypes(m_types);
        setObjectType(current);
    }
    QWidget::changeEvent(event);
}

void BatchSetupWidget::setProfiles(const QList<TokenProfile> &profiles, const QString &activeId)
{
    const QSignalBlocker blocker(m_ui->profileComboBox);
    m_ui->profileComboBox->clear();
    for (const TokenProfile &profile : profiles)
        m_ui->profileComboBox->addItem(profile.name, profile.id);
    m_ui->profileComboBox->setCurrentIndex(qMax(0, m_ui->profileComboBox->findData(activeId)));
}

QString BatchSetupWidget::profileId() const
{
    return m_ui->profileComboBox->currentData().toString();
}

void BatchSetupWidget::setConnectionText(const QString &text, bool isError)
{
    m_ui->connectionLabel->setText(text);
    m_ui->connectionLabel->setToolTip(text);
    QPalette palette = this->palette();
    if (isError)
        palette.setColor(QPalette::WindowText, QColor(0xc6, 0x28, 0x28));
    m_ui->connectionLabel->setPalette(palette);
}

void BatchSetupWidget::setObjectTypes(const QList<ObjectTypeEntry> &types)
{
    const QString current = objectType();
    m_types = types;
    const QSignalBlocker blocker(m_ui->objectTypeComboBox);
    m_ui->objectTypeComboBox->clear();
    for (const ObjectTypeEntry &type : types) {
        //: An object type in the picker: %1 its plural label (Contacts), %2 its objectTypeId (0-1)
        m_ui->objectTypeComboBox->addItem(tr("%1 (%2)").arg(type.pluralLabel, type.objectTypeId), type.name);
    }
    if (!current.isEmpty())
        setObjectType(current);
}

QString BatchSetupWidget::objectType() const
{
    const QString text = m_ui->objectTypeComboBox->currentText().trimmed();
    const int index = m_ui->objectTypeComboBox->findText(text);
    if (index >= 0)
        return m_ui->objectTypeComboBox->itemData(index).toString();
    // Typed: a name, an objectTypeId, or the label of a known type.
    for (const ObjectTypeEntry &type : m_types) {
        if (text.compare(type.name, Qt::CaseInsensitive) == 0 || text == type.objectTypeId
            || text.compare(type.pluralLabel, Qt::CaseInsensitive) == 0
            || text.compare(type.singularLabel, Qt::CaseInsensitive) == 0)
            return type.name;
    }
    return text;
}

void BatchSetupWidget::setObjectType(const QString &nameOrId)
{
    const QSignalBlocker blocker(m_ui->objectTypeComboBox);
    int index = m_ui->objectTypeComboBox->findData(nameOrId);
    for (int i = 0; index < 0 && i < m_types.size(); ++i) {
        if (m_types.at(i).objectTypeId == nameOrId)
            index = i;
    }
    if (index >= 0)
        m_ui->objectTypeComboBox->setCurrentIndex(index);
    else
        m_ui->objectTypeComboBox->setEditText(nameOrId);
    m_lastObjectType = objectType();
}

QString BatchSetupWidget::objectTypeLabel() const
{
    const QString name = objectType();
    for (const ObjectTypeEntry &type : m_types) {
        if (type.name == name)
            return type.singularLabel;
    }
    return name;
}

void BatchSetupWidget::onObjectTypeEdited()
{
    const QString type = objectType();
    if (type.isEmpty() || type == m_lastObjectType)
        return;
    m_lastObjectType = type;
    Q_EMIT objectTypeChosen(type);
}

WriteMode BatchSetupWidget::mode() const
{
    return m_ui->modeComboBox->currentData().value<WriteMode>();
}

void BatchSetupWidget::setMode(WriteMode mode)
{
    m_ui->modeComboBox->setCurrentIndex(qMax(0, m_ui->modeComboBox->findData(QVariant::fromValue(mode))));
    updateIdPropertyState();
}

void BatchSetupWidget::setIdPropertyCandidates(const QList<PropertyInfo> &properties)
{
    const QString current = idProperty();
    const QSignalBlocker blocker(m_ui->idPropertyComboBox);
    m_ui->idPropertyComboBox->clear();
    for (const PropertyInfo &property : properties) {
        //: A unique property in the upsert picker: %1 its label (Email), %2 its internal name (email)
        m_ui->idPropertyComboBox->addItem(tr("%1 (%2)").arg(property.label, property.name), property.name);
    }
    if (!current.isEmpty())
        setIdProperty(current);
    updateIdPropertyState();
}

QString BatchSetupWidget::idProperty() const
{
    return m_ui->idPropertyComboBox->currentData().toString();
}

void BatchSetupWidget::setIdProperty(const QString &name)
{
    const int index = m_ui->idPropertyComboBox->findData(name);
    if (index >= 0)
        m_ui->idPropertyComboBox->setCurrentIndex(index);
}

ApiVersion BatchSetupWidget::apiVersion() const
{
    return m_ui->apiVersionComboBox->currentData().value<ApiVersion>();
}

void BatchSetupWidget::setApiVersion(ApiVersion version)
{
    m_ui->apiVersionComboBox->setCurrentIndex(
        qMax(0, m_ui->apiVersionComboBox->findData(QVariant::fromValue(version))));
}

void BatchSetupWidget::setChoicesEnabled(bool enabled)
{
    for (QWidget *widget : { static_cast<QWidget *>(m_ui->profileComboBox),
             static_cast<QWidget *>(m_ui->manageProfilesButton), static_cast<QWidget *>(m_ui->objectTypeComboBox),
             static_cast<QWidget *>(m_ui->modeComboBox), static_cast<QWidget *>(m_ui->apiVersionComboBox) })
        widget->setEnabled(enabled);
    m_ui->idPropertyComboBox->setEnabled(enabled && mode() == WriteMode::Upsert);
}

void BatchSetupWidget::updateIdPropertyState()
{
    const bool upsert = mode() == WriteMode::Upsert;
    m_ui->idPropertyComboBox->setEnabled(upsert && m_ui->modeComboBox->isEnabled());
    m_ui->idPropertyCaptionLabel->setEnabled(upsert);
    if (upsert && m_ui->idPropertyComboBox->count() == 0)
        m_ui->idPropertyComboBox->setPlaceholderText(tr("No unique property"));
}

} // namespace Batchsmith
