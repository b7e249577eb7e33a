// SPDX-FileCopyrightText: 2026 Batchsmith contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target: the sandbox's batch request handling, from raw body bytes as the socket hands them over: the
// JSON parse that SandboxState::routeBatch() does, then BatchHandlers' validation of the inputs and the write. The
// first byte picks the object type and the operation; the portal is reseeded every 1,000 runs so it stays small.
#include <cstddef>
#include <cstdint>
#include <random>

#include <QDateTime>
#include <QJsonDocument>

#include "sandbox/batchhandlers.h"
#include "sandbox/catalogue.h"
#include "sandbox/portal.h"
#include "sandbox/scenario.h"

using namespace Batchsmith::Sandbox;

namespace {

struct State
{
    Catalogue catalogue;
    Scenario scenario;
    std::mt19937_64 random { 42 };
    Portal portal { &catalogue };
    BatchHandlers handlers { catalogue, portal, scenario, random };
    int runs = 0;
};

State *s_state = nullptr;

} // namespace

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    static State state;
    state.portal.seed(42); // seeding takes a while: here, outside the timed runs
    s_state = &state;
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *bytes, size_t size)
{
    State &st = *s_state;
    if (++st.runs % 1000 == 0)
        st.portal.seed(42); // keeps the portal from growing without end
    if (size < 1)
        return 0;
    static const QString operations[] = { QStringLiteral("create"), QStringLiteral("upsert"), QStringLiteral("update"),
        QStringLiteral("read"), QStringLiteral("archive") };
    const QList<ObjectDef> &types = st.catalogue.objects();
    const ObjectDef &type = types.at((bytes[0] >> 3) % types.size());
    const QString &operation = operations[(bytes[0] & 7) % 5];
    if (!type.batchWrite && operation != u"read")
        return 0; // routeBatch() answers 404 before any handler runs
    st.scenario.conflictAs207 = (bytes[0] & 0x80) != 0;
    const QByteArray body(reinterpret_cast<const char *>(bytes + 1), qsizetype(size - 1));
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject())
        return 0;
    const QDateTime now = QDateTime::fromMSecsSinceEpoch(1780000000000LL, Qt::UTC);
    const CallContext call { QStringLiteral("fuzz"), now, now.toString(Qt::ISODateWithMs) };
    st.handlers.handle(type, operation, doc.object(), call);
    return 0;
}
