// SPDX-FileCopyrightText: 2026 Batchsmith contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/tokens/tokenmanagerdialog.h"

#include <algorithm>

#include <QPushButton>
#include <QScopedValueRollback>

#include "core/net/ratelimiterpool.h"
#include "gui/common/messagebox.h"
#include "gui/tokens/connectiontest.h"
#include "ui_tokenmanagerdialog.h"

namespace Batchsmith {

namespace {

constexpr int KeyRole = Qt::UserRole;

QString urlProblemText(TokenStore::BaseUrlProblem problem)
{
    switch (problem) {
    case TokenStore::BaseUrlProblem::None:
        break;
    case TokenStore::BaseUrlProblem::Invalid:
        return TokenManagerDialog::tr("Enter a full address, such as https://api.hubapi.com.");
    case TokenStore::BaseUrlProblem::NotHttps:
        return TokenManagerDialog::tr(
            "Use https. Plain http is allowed only for this computer (127.0.0.1, ::1 or localhost).");
    case TokenStore::BaseUrlProblem::HasExtras:
        return TokenManagerDialog::tr("Leave out any user name, password, query (?…) or fragment (#…).");
    }
    return {};
}

void setError(QLabel *label, const QString &text)
{
    label->setText(text);
    label->setVisible(!text.isEmpty());
}

} // namespace

TokenManagerDialog::TokenManagerDialog(
    TokenStore &store, QNetworkAccessManager *network, QUrl sandboxEndpoint, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::TokenManagerDialog>())
    , m_store(store)
    , m_network(network)
    , m_sandboxEndpoint(std::move(sandboxEndpoint))
{
    m_ui->setupUi(this);
    m_ui->apiVersionComboBox->addItem(wireName(ApiVersion::V2026_03), int(ApiVersion::V2026_03));
    m_ui->apiVersionComboBox->addItem(wireName(ApiVersion::V3), int(ApiVersion::V3));
    m_ui->apiVersionComboBox->setToolTip(tr("2026-03 is HubSpot's dated API; v3 is the older, undated one."));
    QPalette errorPalette = palette();
    errorPalette.setColor(QPalette::WindowText, QColor(0xb0, 0x00, 0x20));
    for (QLabel *label : { m_ui->nameErrorLabel, m_ui->baseUrlErrorLabel }) {
        label->setPalette(errorPalette);
        label->hide();
    }
    m_ui->secretLocationLabel->setText(m_store.secretLocation());
    connectWidgets();
    loadProfiles();
}

TokenManagerDialog::~TokenManagerDialog()
{
    cancelTest();
}

void TokenManagerDialog::connectWidgets()
{
    connect(m_ui->profilesListWidget, &QListWidget::currentItemChanged, this, &TokenManagerDialog::onSelectionChanged);
    connect(m_ui->tokenNameLineEdit, &QLineEdit::textEdited, this, &TokenManagerDialog::onNameEdited);
    connect(m_ui->baseUrlLineEdit, &QLineEdit::textEdited, this, &TokenManagerDialog::onBaseUrlEdited);
    connect(m_ui->apiVersionComboBox, &QComboBox::activated, this, &TokenManagerDialog::onApiVersionChosen);
    connect(m_ui->tokenLineEdit, &QLineEdit::textEdited, this, &TokenManagerDialog::onTokenEdited);
    connect(m_ui->revealTokenButton, &QToolButton::toggled, this, &TokenManagerDialog::onRevealToggled);
    connect(m_ui->addProfileButton, &QPushButton::clicked, this, &TokenManagerDialog::addProfile);
    connect(m_ui->duplicateProfileButton, &QPushButton::clicked, this, &TokenManagerDialog::duplicateProfile);
    connect(m_ui->removeProfileButton, &QPushButton::clicked, this, &TokenManagerDialog::removeProfile);
    connect(m_ui->setDefaultButton, &QPushButton::clicked, this, &TokenManagerDialog::setAsDefault);
    connect(m_ui->testConnectionButton, &QPushButton::clicked, this, &TokenManagerDialog::testConnection);
    connect(m_ui->buttonBox->button(QDialogButtonBox::Save), &QPushButton::clicked, this, [this] {
        if (save())
            accept();
    });
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &TokenManagerDialog::reject);
}

void TokenManagerDialog::loadProfiles()
{
    m_entries.clear();
    m_removedIds.clear();
    for (const TokenProfile &p : m_store.profiles())
        m_entries.append(Entry { p.id, p, {}, false, false, {} });
    m_defaultKey = m_store.activeProfileId();
    m_dirty = false;
    refreshList();
    if (!m_entries.isEmpty())
        m_ui->profilesListWidget->setCurrentItem(
            itemFor(m_defaultKey) ? itemFor(m_defaultKey) : m_ui->profilesListWidget->item(0));
    else
        showEntry({});
}

void TokenManagerDialog::refreshList()
{
    const QSignalBlocker blocker(m_ui->profilesListWidget);
    m_ui->profilesListWidget->clear();
    for (const Entry &e : std::as_const(m_entries)) {
        const QString name = e.profile.name.trimmed().isEmpty() ? tr("(no name)") : e.profile.name.trimmed();
        const bool isDefault = e.key == m_defaultKey;
        //: A profile in the list, marked as the one the app starts with; %1 is its name
        auto *item = new QListWidgetItem(isDefault ? tr("%1 (default)").arg(name) : name);
        item->setData(KeyRole, e.key);
        QFont font = item->font();
        font.setBold(isDefault);
        item->setFont(font);
        m_ui->profilesListWidget->addItem(item);
        if (e.key == m_shownKey)
            m_ui->profilesListWidget->setCurrentItem(item);
    }
}

QListWidgetItem *TokenManagerDialog::itemFor(const QString &key) const
{
    for (int row = 0; row < m_ui->profilesListWidget->count(); ++row) {
        if (m_ui->profilesListWidget->item(row)->data(KeyRole).toString() == key)
            return m_ui->profilesListWidget->item(row);
    }
    return nullptr;
}

TokenManagerDialog::Entry *TokenManagerDialog::entry(const QString &key)
{
    for (Entry &e : m_entries) {
        if (e.key == key)
            return &e;
    }
    return nullptr;
}

TokenManagerDialog::Entry *TokenManagerDialog::current()
{
    return m_shownKey.isEmpty() ? nullptr : entry(m_shownKey);
}

void TokenManagerDialog::onSelectionChanged()
{
    const QListWidgetItem *item = m_ui->profilesListWidget->currentItem();
    showEntry(item ? item->data(KeyRole).toString() : QString());
}

void TokenManagerDialog::showEntry(const QString &key)
{
    cancelTest();
    m_shownKey = key;
    Entry *e = current();
    const QScopedValueRollback loading(m_loading, true);
    m_ui->profileGroupBox->setEnabled(e != nullptr);
    m_ui->connectionStatusLabel->clear();
    {
        const QSignalBlocker blocker(m_ui->revealTokenButton);
        m_ui->revealTokenButton->setChecked(false);
        m_ui->tokenLineEdit->setEchoMode(QLineEdit::Password);
    }
    if (!e) {
        m_ui->tokenNameLineEdit->clear();
        m_ui->baseUrlLineEdit->clear();
        m_ui->tokenLineEdit->clear();
        m_ui->storedTokenLabel->clear();
        updateButtons();
        return;
    }
    const bool sandbox = e->profile.embeddedSandbox;
    m_ui->tokenNameLineEdit->setText(e->profile.name);
    m_ui->tokenNameLineEdit->setReadOnly(sandbox);
    m_ui->baseUrlLineEdit->setText(sandbox ? m_sandboxEndpoint.toString() : e->profile.baseUrl.toString());
    m_ui->baseUrlLineEdit->setReadOnly(sandbox);
    m_ui->baseUrlLineEdit->setToolTip(sandbox
            ? tr("The app's built-in sandbox, a local imitation of HubSpot; its address changes at each start.")
            : QString());
    m_ui->apiVersionComboBox->setCurrentIndex(m_ui->apiVersionComboBox->findData(int(e->profile.apiVersion)));
    m_ui->tokenLineEdit->setText(e->typed);
    m_ui->tokenLineEdit->setEnabled(!sandbox);
    m_ui->revealTokenButton->setEnabled(!sandbox);
    QString nameError;
    QString urlError;
    validate(*e, &nameError, &urlError);
    setError(m_ui->nameErrorLabel, nameError);
    setError(m_ui->baseUrlErrorLabel, urlError);
    updateTokenHint(*e);
    updateButtons();
}

const QString &TokenManagerDialog::storedSecret(Entry &e)
{
    if (!e.storedLoaded && !e.profile.id.isEmpty()) {
        // May ask the keychain, which can take a moment; only done for the profile shown or tested.
        auto secret = m_store.secret(e.profile.id);
        e.stored = secret ? *secret : QString();
    }
    e.storedLoaded = true;
    return e.stored;
}

void TokenManagerDialog::updateTokenHint(Entry &e)
{
    QString hint;
    if (e.profile.embeddedSandbox) {
        //: %1 is the start and end of the sandbox's token, made at random for this installation, e.g. sandbox-…9f3a
        hint = tr("The built-in sandbox accepts only its own token, made for this installation: %1.")
                   .arg(TokenStore::maskSecret(storedSecret(e)));
        m_ui->tokenLineEdit->setPlaceholderText(QString());
    } else if (!e.typed.isEmpty()) {
        //: %1 is the start and end of the token, e.g. pat-na1-…5555
        hint = tr("New token %1, kept when you save.").arg(TokenStore::maskSecret(e.typed));
    } else if (const QString &stored = storedSecret(e); !stored.isEmpty()) {
        //: %1 is the start and end of the stored token, e.g. pat-na1-…5555
        hint = tr("Stored token: %1. Type a new one to replace it.").arg(TokenStore::maskSecret(stored));
    } else {
        hint = tr("No token yet. Paste the access token of your HubSpot private app.");
    }
    if (!e.profile.embeddedSandbox)
        m_ui->tokenLineEdit->setPlaceholderText(
            e.stored.isEmpty() ? QStringLiteral("pat-…") : tr("Stored; type to replace"));
    m_ui->storedTokenLabel->setText(hint);
}

void TokenManagerDialog::updateButtons()
{
    const Entry *e = current();
    const bool builtIn = e && e->profile.embeddedSandbox;
    m_ui->duplicateProfileButton->setEnabled(e && !builtIn);
    m_ui->removeProfileButton->setEnabled(e && !builtIn);
    m_ui->setDefaultButton->setEnabled(e && e->key != m_defaultKey);
    m_ui->testConnectionButton->setEnabled(e && !m_test);
}

void TokenManagerDialog::markDirty()
{
    m_dirty = true;
}

void TokenManagerDialog::onNameEdited(const QString &text)
{
    Entry *e = current();
    if (!e || m_loading)
        return;
    e->profile.name = text;
    markDirty();
    QString nameError;
    validate(*e, &nameError, nullptr);
    setError(m_ui->nameErrorLabel, nameError);
    refreshList();
}

void TokenManagerDialog::onBaseUrlEdited(const QString &text)
{
    Entry *e = current();
    if (!e || m_loading || e->profile.embeddedSandbox)
        return;
    e->profile.baseUrl = QUrl(text.trimmed(), QUrl::StrictMode);
    markDirty();
    QString urlError;
    validate(*e, nullptr, &urlError);
    setError(m_ui->baseUrlErrorLabel, urlError);
}

void TokenManagerDialog::onApiVersionChosen(int index)
{
    Entry *e = current();
    if (!e || m_loading)
        return;
    const auto version = ApiVersion(m_ui->apiVersionComboBox->itemData(index).toInt());
    if (version != e->profile.apiVersion) {
        e->profile.apiVersion = version;
        markDirty();
    }
}

void TokenManagerDialog::onTokenEdited(const QString &text)
{
    Entry *e = current();
    if (!e || m_loading)
        return;
    // Revealing puts the stored token in the field; leaving it as it was is no change.
    e->typed = text == e->stored ? QString() : text.trimmed();
    markDirty();
    updateTokenHint(*e);
}

void TokenManagerDialog::onRevealToggled(bool revealed)
{
    Entry *e = current();
    m_ui->tokenLineEdit->setEchoMode(revealed ? QLineEdit::Normal : QLineEdit::Password);
    m_ui->revealTokenButton->setText(revealed ? tr("Hide") : tr("Show"));
    m_ui->revealTokenButton->setAccessibleName(revealed ? tr("Hide token") : tr("Show token"));
    if (!e || !e->typed.isEmpty())
        return;
    // Only now does the stored token enter a widget, and it leaves again when hidden.
    const QScopedValueRollback loading(m_loading, true);
    m_ui->tokenLineEdit->setText(revealed ? storedSecret(*e) : QString());
}

QString TokenManagerDialog::uniqueName(const QString &wanted) const
{
    auto taken = [this](const QString &name) {
        return std::any_of(m_entries.cbegin(), m_entries.cend(),
            [&name](const Entry &e) { return e.profile.name.trimmed().compare(name, Qt::CaseInsensitive) == 0; });
    };
    if (!taken(wanted))
        return wanted;
    for (int n = 2;; ++n) {
        //: A name made unique by a number, e.g. "New profile 2"
        const QString candidate = tr("%1 %2").arg(wanted).arg(n);
        if (!taken(candidate))
            return candidate;
    }
}

void TokenManagerDialog::addProfile()
{
    Entry e;
    e.key = QStringLiteral("new-%1").arg(++m_newCount);
    e.profile.name = uniqueName(tr("New profile"));
    e.storedLoaded = true;
    m_entries.append(e);
    markDirty();
    m_shownKey = e.key;
    refreshList();
    showEntry(e.key);
    m_ui->tokenNameLineEdit->setFocus();
    m_ui->tokenNameLineEdit->selectAll();
}

void TokenManagerDialog::duplicateProfile()
{
    Entry *source = current();
    if (!source || source->profile.embeddedSandbox)
        return;
    Entry copy;
    copy.key = QStringLiteral("new-%1").arg(++m_newCount);
    copy.profile = source->profile;
    copy.profile.id.clear();
    //: The name of a copied profile; %1 is the original's name
    copy.profile.name = uniqueName(tr("%1 (copy)").arg(source->profile.name.trimmed()));
    copy.stored = source->typed.isEmpty() ? storedSecret(*source) : source->typed;
    copy.storedLoaded = true;
    copy.storedIsNew = !copy.stored.isEmpty();
    m_entries.append(copy);
    markDirty();
    m_shownKey = copy.key;
    refreshList();
    showEntry(copy.key);
}

void TokenManagerDialog::removeProfile()
{
    Entry *e = current();
    if (!e || e->profile.embeddedSandbox)
        return;
    //: %1 is the profile's name
    const QString question
        = tr("Remove the profile “%1” and its token? This takes effect when you save.").arg(e->profile.name.trimmed());
    if (MessageBox::question(this, tr("Remove Profile"), question, QMessageBox::Yes | QMessageBox::No, QMessageBox::No)
        != QMessageBox::Yes)
        return;
    const int row = m_ui->profilesListWidget->currentRow();
    if (!e->profile.id.isEmpty())
        m_removedIds.append(e->profile.id);
    if (m_defaultKey == e->key)
        m_defaultKey.clear();
    const QString key = e->key;
    m_entries.removeIf([&key](const Entry &x) { return x.key == key; });
    markDirty();
    m_shownKey.clear();
    refreshList();
    if (m_entries.isEmpty()) {
        showEntry({});
        return;
    }
    m_ui->profilesListWidget->setCurrentRow(qMin(row, int(m_entries.size()) - 1));
}

void TokenManagerDialog::setAsDefault()
{
    if (Entry *e = current(); e && e->key != m_defaultKey) {
        m_defaultKey = e->key;
        markDirty();
        refreshList();
        updateButtons();
    }
}

void TokenManagerDialog::setSandboxEndpoint(const QUrl &endpoint)
{
    m_sandboxEndpoint = endpoint;
    if (const Entry *e = current(); e && e->profile.embeddedSandbox) {
        const QScopedValueRollback loading(m_loading, true);
        m_ui->baseUrlLineEdit->setText(endpoint.toString());
    }
}

TokenManagerDialog::Field TokenManagerDialog::validate(const Entry &e, QString *nameError, QString *urlError) const
{
    Field bad = Field::None;
    const QString name = e.profile.name.trimmed();
    QString nameProblem;
    if (name.isEmpty()) {
        nameProblem = tr("Give the profile a name.");
    } else {
        for (const Entry &other : m_entries) {
            if (other.key != e.key && other.profile.name.trimmed().compare(name, Qt::CaseInsensitive) == 0) {
                //: %1 is the name typed, which another profile already has
                nameProblem = tr("Another profile is already named “%1”.").arg(name);
                break;
            }
        }
    }
    if (!nameProblem.isEmpty())
        bad = Field::Name;
    const QString urlProblem
        = e.profile.embeddedSandbox ? QString() : urlProblemText(TokenStore::checkBaseUrl(e.profile.baseUrl));
    if (!urlProblem.isEmpty() && bad == Field::None)
        bad = Field::BaseUrl;
    if (nameError)
        *nameError = nameProblem;
    if (urlError)
        *urlError = urlProblem;
    return bad;
}

bool TokenManagerDialog::showProblems()
{
    for (const Entry &e : std::as_const(m_entries)) {
        const Field bad = validate(e, nullptr, nullptr);
        if (bad == Field::None)
            continue;
        m_ui->profilesListWidget->setCurrentItem(itemFor(e.key)); // shows its problems next to the fields
        QLineEdit *field = bad == Field::Name ? m_ui->tokenNameLineEdit : m_ui->baseUrlLineEdit;
        field->setFocus();
        field->selectAll();
        return true;
    }
    return false;
}

bool TokenManagerDialog::save()
{
    if (showProblems())
        return false;
    if (!writeAll())
        return false;
    return true;
}

bool TokenManagerDialog::writeAll()
{
    const QString activeBefore = m_store.activeProfileId();
    for (const QString &id : std::as_const(m_removedIds))
        m_store.removeProfile(id);
    m_removedIds.clear();
    for (Entry &e : m_entries) {
        const QString secret = !e.typed.isEmpty() ? e.typed : (e.storedIsNew ? e.stored : QString());
        TokenProfile profile = e.profile;
        profile.name = profile.name.trimmed();
        auto saved = m_store.saveProfile(profile, secret);
        if (!saved) {
            m_ui->profilesListWidget->setCurrentItem(itemFor(e.key));
            //: Title of the message shown when a profile cannot be saved
            const QString title = tr("Save Profiles");
            //: %1 is the profile's name, %2 why it could not be saved (English, from the storage layer)
            MessageBox::warning(
                this, title, tr("The profile “%1” could not be saved: %2").arg(profile.name, saved.error().message));
            return false;
        }
        const bool wasDefault = m_defaultKey == e.key;
        e.key = *saved;
        e.profile = *m_store.profile(*saved);
        if (!secret.isEmpty())
            e.stored = secret;
        e.storedIsNew = false;
        e.typed.clear();
        if (wasDefault)
            m_defaultKey = e.key;
    }
    if (m_defaultKey != activeBefore && (m_defaultKey.isEmpty() || entry(m_defaultKey)))
        m_store.setActiveProfileId(m_defaultKey);
    m_dirty = false;
    m_ui->secretLocationLabel->setText(m_store.secretLocation());
    Q_EMIT profilesChanged();
    if (m_store.activeProfileId() != activeBefore)
        Q_EMIT activeProfileChanged(m_store.activeProfileId());
    return true;
}

void TokenManagerDialog::reject()
{
    if (m_dirty) {
        const auto answer = MessageBox::question(this, tr("Unsaved Changes"),
            tr("Save your changes to the token profiles before closing?"),
            QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Save);
        if (answer == QMessageBox::Cancel)
            return;
        if (answer == QMessageBox::Save) {
            if (save())
                accept();
            return;
        }
    }
    QDialog::reject();
}

void TokenManagerDialog::cancelTest()
{
    delete m_test; // aborts the request; its callback never runs
}

void TokenManagerDialog::testConnection()
{
    Entry *e = current();
    if (!e)
        return;
    cancelTest();
    const bool sandbox = e->profile.embeddedSandbox;
    const QUrl endpoint = sandbox ? m_sandboxEndpoint : e->profile.baseUrl;
    if (const auto problem = TokenStore::checkBaseUrl(endpoint); problem != TokenStore::BaseUrlProblem::None) {
        m_ui->connectionStatusLabel->setText(
            sandbox ? tr("The built-in sandbox is not running.") : urlProblemText(problem));
        return;
    }
    const QString token = sandbox || e->typed.isEmpty() ? storedSecret(*e) : e->typed;
    if (token.isEmpty()) {
        m_ui->connectionStatusLabel->setText(tr("Enter the token first."));
        return;
    }
    m_ui->connectionStatusLabel->setText(tr("Testing the connection…"));
    m_ui->connectionStatusLabel->setToolTip(QString());
    m_test = new ConnectionTest(m_network, this);
    if (m_rateLimiters)
        m_test->setRateLimiter(m_rateLimiters->limiterFor(token)); // the one everything sent with the token waits for
    m_test->start(endpoint, token, e->profile.apiVersion, [this](const Result<AccountInfo> &result) {
        showTestResult(result);
        m_test->deleteLater(); // we are inside its catalog's callback
        m_test = nullptr;
        updateButtons();
    });
    updateButtons();
}

void TokenManagerDialog::showTestResult(const Result<AccountInfo> &result)
{
    if (!result) {
        m_ui->connectionStatusLabel->setText(ConnectionTest::describe(result.error()));
        return;
    }
    if (Entry *e = current(); e && !e->profile.embeddedSandbox && e->profile.portalId != result->portalId) {
        e->profile.portalId = result->portalId; // a profile remembers its portal (TokenProfile::portalId)
        markDirty();
    }
    QString scopes;
    m_ui->connectionStatusLabel->setText(ConnectionTest::describe(*result, &scopes));
    m_ui->connectionStatusLabel->setToolTip(scopes);
}

} // namespace Batchsmith
