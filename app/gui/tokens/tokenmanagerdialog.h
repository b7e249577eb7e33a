// SPDX-FileCopyrightText: 2026 Batchsmith contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <memory>

#include <QDialog>
#include <QList>
#include <QPointer>
#include <QUrl>

#include "core/catalog/catalogtypes.h"
#include "core/result.h"
#include "core/tokens/tokenstore.h"

class QNetworkAccessManager;
class QListWidgetItem;

namespace Ui {
class TokenManagerDialog;
}

namespace Batchsmith {

class ConnectionTest;
class RateLimiterPool;

/**
 * The token manager: a list of connection profiles and a form for the selected one (name, base URL, API version,
 * token), with Add, Duplicate, Remove, Set as default and Test connection. Edits stay in the dialog until Save,
 * which writes them through the TokenStore; closing with unsaved edits asks first (through MessageBox).
 * A stored token is never put into a widget until the person reveals it; the form shows a masked hint instead.
 *
 * The built-in sandbox profile points at the embedded sandbox, whose address the owner hands in (it changes at
 * every start). Test connection asks the portal for its account details with its own ApiClient over @p network.
 * Owned by its parent widget; the TokenStore and the network manager must outlive it. GUI thread.
 *
 *     TokenManagerDialog dialog(tokens, context.network(), sandboxUrl, this);
 *     connect(&dialog, &TokenManagerDialog::activeProfileChanged, this, &MainWindow::useProfile);
 *     dialog.exec();
 */
class TokenManagerDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TokenManagerDialog)

public:
    TokenManagerDialog(
        TokenStore &store, QNetworkAccessManager *network, QUrl sandboxEndpoint, QWidget *parent = nullptr);
    ~TokenManagerDialog() override;

    /// The app's limiters: Test connection waits for the tested token's one (not owned; must outlive the dialog).
    void setRateLimiters(RateLimiterPool *pool) { m_rateLimiters = pool; }

    /// Where the embedded sandbox listens now (shown in the sandbox profile's base URL, used by Test connection).
    void setSandboxEndpoint(const QUrl &endpoint);

    bool hasUnsavedChanges() const { return m_dirty; }

    /// Writes every edit through the TokenStore. False, with the problem shown next to its field, when a profile
    /// is not valid; nothing is lost then.
    bool save();

public Q_SLOTS:
    /// Closes, asking first whether to save when there are unsaved edits.
    void reject() override;

Q_SIGNALS:
    /// After Save wrote profiles (added, changed or removed).
    void profilesChanged();
    /// After Save changed the default profile (the one the app starts with).
    void activeProfileChanged(const QString &id);

private:
    struct Entry
    {
        QString key; // stable within the dialog: the profile id, or "new-N" until saved
        TokenProfile profile;
        QString stored; // the stored token, once loaded (or the copied one for a duplicate)
        bool storedLoaded = false;
        bool storedIsNew = false; // a duplicate's copied token: written on Save
        QString typed; // what the person typed in the token field; empty keeps the stored one
    };
    enum class Field { None, Name, BaseUrl };

    void connectWidgets();
    void loadProfiles();
    void refreshList();
    QListWidgetItem *itemFor(const QString &key) const;
    Entry *current();
    Entry *entry(const QString &key);
    void showEntry(const QString &key);
    void updateTokenHint(Entry &e);
    void updateButtons();

    void onSelectionChanged();
    void onNameEdited(const QString &text);
    void onBaseUrlEdited(const QString &text);
    void onApiVersionChosen(int index);
    void onTokenEdited(const QString &text);
    void onRevealToggled(bool revealed);
    void addProfile();
    void duplicateProfile();
    void removeProfile();
    void setAsDefault();
    void testConnection();
    void showTestResult(const Result<AccountInfo> &result);
    void cancelTest();

    const QString &storedSecret(Entry &e);
    QString uniqueName(const QString &wanted) const;
    /// Checks @p e, shows what is wrong next to its fields when it is the one shown; returns the first bad field.
    Field validate(const Entry &e, QString *nameError, QString *urlError) const;
    bool showProblems();
    bool writeAll();
    void markDirty();

    std::unique_ptr<Ui::TokenManagerDialog> m_ui;
    TokenStore &m_store;
    QNetworkAccessManager *m_network;
    RateLimiterPool *m_rateLimiters = nullptr;
    QUrl m_sandboxEndpoint;
    QList<Entry> m_entries;
    QStringList m_removedIds;
    QString m_defaultKey;
    QString m_shownKey;
    QPointer<ConnectionTest> m_test; // deleting it cancels the test
    int m_newCount = 0;
    bool m_dirty = false;
    bool m_loading = false;
};

} // namespace Batchsmith
