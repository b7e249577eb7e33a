// SPDX-FileCopyrightText: 2026 Batchsmith contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/response/batchexplainer.h"

#include <QLocale>

namespace Batchsmith {

namespace {

using Verdict = ExchangeVerdict::Action;

bool isLookup(const BatchExchange &ex)
{
    return ex.kind == BatchExchange::Kind::Lookup;
}

} // namespace

QString BatchExplainer::seconds(qint32 ms)
{
    return QLocale().toString(double(ms) / 1000.0, 'f', 1);
}

QString BatchExplainer::withProperty(const QString &text, const QString &property)
{
    if (property.isEmpty())
        return text;
    //: A count of refused rows, then the property HubSpot named. Example: 3 inputs refused (property “lifecyclestage”)
    return tr("%1 (property “%2”)").arg(text, property);
}

QString BatchExplainer::step(const BatchExchange &ex)
{
    const ExchangeVerdict &v = ex.verdict;
    const int rows = static_cast<int>(ex.rowKeys.size());
    switch (v.action) {
    case Verdict::None:
        return {};
    case Verdict::Accepted:
        if (isLookup(ex)) {
            //: A lookup of records whose answer was lost. %n rows, %1 the property, e.g. "looked up 100 rows by email"
            const QString looked = tr("looked up %Ln row(s) by %1", nullptr, rows).arg(v.detail);
            //: Records a lookup found, e.g. "100 found"
            const QString found = tr("%Ln found", nullptr, v.written);
            //: After a lookup: no row was sent a second time
            const QString again = v.refused == 0 ? tr("nothing sent twice")
                                                 //: After a lookup: rows not found, so sent again
                                                 : tr("%Ln sent again", nullptr, v.refused);
            //: A lookup, what it found, what was sent again. Example: looked up 100 rows by email: 100 found, nothing
            //: sent twice
            return tr("%1: %2, %3").arg(looked, found, again);
        }
        if (v.refused > 0) {
            //: Inputs HubSpot refused in a 207 answer
            const QString refused = withProperty(tr("%Ln input(s) refused", nullptr, v.refused), v.detail);
            //: Rows HubSpot wrote, e.g. "97 written"
            return tr("%1, %2").arg(refused, tr("%Ln written", nullptr, v.written));
        }
        //: Rows HubSpot wrote, e.g. "100 written"
        return tr("%Ln written", nullptr, v.written);
    case Verdict::Waited:
        if (ex.httpStatus == 429) {
            //: After a 429: %1 is seconds with one decimal, e.g. "waited 1.2 s for the window, then sent again"
            return tr("waited %1 s for the window, then sent again").arg(seconds(v.delayMs));
        }
        [[fallthrough]]; // 423 (locked), 477 (migrating)
    case Verdict::Retried:
        //: After a 423, a 477 or a server error: %1 is seconds with one decimal, e.g. "waited 0.6 s, then sent again"
        return tr("waited %1 s, then sent again").arg(seconds(v.delayMs));
    case Verdict::LookedUp:
        if (v.detail.isEmpty()) {
            //: A create whose answer was lost, with no unique property to look the records up by
            return tr("may have been written; nothing to look the rows up by, so not sent again");
        }
        //: A create whose answer was lost: the rows are looked up before anything is sent again
        return tr("may have been written, so looked up before sending again");
    case Verdict::Split:
        //: HubSpot refused a whole batch; Batchsmith sends each half to find the rows at fault
        return tr("refused as a whole; split in halves to find the rows at fault");
    case Verdict::Failed:
        //: Rows given up on, e.g. "3 rows failed"
        return withProperty(tr("%Ln row(s) failed", nullptr, v.refused), v.detail);
    case Verdict::Stopped:
        if (ex.httpStatus == 401)
            return tr("token refused; the run stopped");
        if (ex.httpStatus == 403)
            return tr("permission missing; the run stopped");
        if (v.detail == u"DAILY")
            return tr("daily limit reached; the run stopped");
        return tr("the run stopped");
    }
    return {};
}

QString BatchExplainer::explain(const QList<const BatchExchange *> &answered)
{
    QString line;
    for (const BatchExchange *ex : answered) {
        QString text = step(*ex);
        if (text.isEmpty())
            continue;
        // An accepted lookup continues the line of the write it settles; everything else starts with what HubSpot said.
        if (!(isLookup(*ex) && ex->verdict.action == Verdict::Accepted)) {
            QString said;
            if (ex->httpStatus == 0) {
                //: No HTTP answer came; %1 is the network error, e.g. "no answer (timed out)"
                said = tr("no answer (%1)").arg(ex->networkError);
            } else {
                said = QString::number(ex->httpStatus);
                if (ex->httpStatus == 429 && !ex->verdict.detail.isEmpty())
                    said += u' ' + ex->verdict.detail; // the policy name: TEN_SECONDLY_ROLLING, DAILY
            }
            if (isLookup(*ex)) {
                //: A lookup of records whose answer was lost, and what HubSpot answered it, e.g. "lookup 500"
                said = tr("lookup %1").arg(said);
            }
            //: What HubSpot said, then what Batchsmith did. Example: 429 TEN_SECONDLY_ROLLING: waited 1.2 s…
            text = tr("%1: %2").arg(said, text);
        }
        //: Joins the steps of one batch's explanation, in order
        line = line.isEmpty() ? text : tr("%1; %2").arg(line, text);
    }
    return line;
}

} // namespace Batchsmith
