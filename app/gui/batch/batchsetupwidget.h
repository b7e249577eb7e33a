// SPDX-FileCopyrightText: 2026 Batchsmith contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <memory>

#include <QWidget>

#include "core/batch/batchtypes.h"
#include "core/catalog/catalogtypes.h"
#include "core/tokens/tokenstore.h"

namespace Ui {
class BatchSetupWidget;
}

namespace Batchsmith {

/**
 * The bar above the grid: which account, which object type, create or upsert (and on which unique property),
 * which API version. It only shows choices and reports them; the main window fetches what fills it.
 * Owned by the main window; GUI thread.
 */
class BatchSetupWidget final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BatchSetupWidget)

public:
    explicit BatchSetupWidget(QWidget *parent = nullptr);
    ~BatchSetupWidget() override;

    void setProfiles(const QList<TokenProfile> &profiles, const QString &activeId);
    QString profileId() const;
    /// "Sandbox: http://127.0.0.1:4711", "Portal 12345678", or an error, beside the account picker.
    void setConnectionText(const QString &text, bool isError = false);

    /// Standard and custom object types; keeps the current choice when it is still offered.
    void setObjectTypes(const QList<ObjectTypeEntry> &types);
    /// The chosen type's path name, or the objectTypeId typed in.
    QString objectType() const;
    void setObjectType(const QString &nameOrId);
    /// The label of the chosen type ("Contact"), or the typed id.
    QString objectTypeLabel() const;

    WriteMode mode() const;
    void setMode(WriteMode mode);

    /// The unique-value properties an upsert can match on (and `email` for contacts).
    void setIdPropertyCandidates(const QList<PropertyInfo> &properties);
    QString idProperty() const;
    void setIdProperty(const QString &name);

    ApiVersion apiVersion() const;
    void setApiVersion(ApiVersion version);

    /// False while a run is going: nothing that changes the batch can be touched.
    void setChoicesEnabled(bool enabled);

Q_SIGNALS:
    void profileChosen(const QString &profileId);
    void manageProfilesRequested();
    void objectTypeChosen(const QString &objectType);
    void modeChanged(Batchsmith::WriteMode mode);
    void idPropertyChanged(const QString &name);
    void apiVersionChanged(Batchsmith::ApiVersion version);

protected:
    void changeEvent(QEvent *event) override;

private:
    void fillFixedChoices();
    void updateIdPropertyState();
    void onObjectTypeEdited();

    std::unique_ptr<Ui::BatchSetupWidget> m_ui;
    QList<ObjectTypeEntry> m_types;
    QString m_lastObjectType;
};

} // namespace Batchsmith
