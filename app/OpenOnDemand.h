#pragma once

#include "models/Result.h"
#include "sync/CustomerFetch.h"

#include <QCoreApplication>
#include <QObject>
#include <QString>

#include <functional>

namespace c360::app {

// Opening a customer this computer does not hold (a screen pop's number no cached customer has): their full
// history is read from the sources on a worker thread (sync::CustomerFetch, its own cache connection) and they
// stay in every later sync as "opened" (retention lets them go when nobody opens them for its days).
class OpenOnDemand {
    Q_DECLARE_TR_FUNCTIONS(c360::app::OpenOnDemand)

public:
    using Done = std::function<void(const Result<sync::CustomerFetchReport>& report)>;
    // `key`: a phone number, e-mail address or customer id; `done` runs on `context`'s thread.
    static void start(const QString& cachePath, const QString& sourcesPath, const QString& key, QObject* context,
                      Done done);
    // The status line for the report ("" when the customer was found).
    static QString outcomeText(const Result<sync::CustomerFetchReport>& report, const QString& key);
};

} // namespace c360::app
