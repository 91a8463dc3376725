#include "sync/Keychain.h"

#include "sync/JsonLimits.h"
#include "sync/SyncLog.h"

#include <QEventLoop>
#include <QHash>
#include <QMutex>
#include <QMutexLocker>
#include <QPointer>
#include <QRegularExpression>
#include <QThread>
#include <qt6keychain/keychain.h>

#include <nlohmann/json.hpp>

#include <chrono>
#include <future>
#include <memory>

namespace c360::sync {

namespace {

using Done = std::function<void(const QString& secret, const Keychain::Failure& failure)>;

constexpr auto kWorkerWait = std::chrono::seconds(60);

struct Remembered {
    QMutex mutex;
    QHash<QString, QString> session; // keepForSession(): the only copy, for this process
    QHash<QString, QString> known;   // read or written in this session (the UI thread answers from it)
};

Remembered& remembered() {
    static Remembered r;
    return r;
}

std::optional<QString> rememberedSecret(const QString& name, bool includeKnown) {
    Remembered& r = remembered();
    const QMutexLocker lock(&r.mutex);
    if (const auto it = r.session.constFind(name); it != r.session.cend()) {
        return *it;
    }
    if (includeKnown) {
        if (const auto it = r.known.constFind(name); it != r.known.cend()) {
            return *it;
        }
    }
    return std::nullopt;
}

void remember(const QString& name, const std::optional<QString>& secret) {
    Remembered& r = remembered();
    const QMutexLocker lock(&r.mutex);
    if (secret) {
        r.known.insert(name, *secret);
    } else {
        r.known.remove(name);
    }
}

// libsecret reports a missing Secret Service as a D-Bus error text, not as NoBackendAvailable.
bool meansNoService(const QString& text) {
    static const QStringList markers{
        QStringLiteral("org.freedesktop.secrets"), QStringLiteral("ServiceUnknown"),
        QStringLiteral("not provided by any"),     QStringLiteral("Cannot autolaunch"),
        QStringLiteral("Could not connect"),       QStringLiteral("D-Bus is not running"),
        QStringLiteral("No such interface"),       QStringLiteral("No keychain service"),
        QStringLiteral("No keyring daemon"),       QStringLiteral("DBUS_SESSION_BUS_ADDRESS")};
    return std::any_of(markers.begin(), markers.end(),
                       [&](const QString& m) { return text.contains(m, Qt::CaseInsensitive); });
}

Keychain::Failure failureOf(const QKeychain::Job* job, const QString& name) {
    Keychain::Failure f;
    const QString detail = QStringLiteral("QtKeychain error %1: %2").arg(int(job->error())).arg(job->errorString());
    switch (job->error()) {
    case QKeychain::NoError:
        return f;
    case QKeychain::EntryNotFound:
        f.problem = Keychain::Problem::NotFound;
        f.error = Error{
            Keychain::tr("The keychain has no secret named \"%1\". Store it with File → Sign in / credentials… or "
                         "`c360 sources set-secret %1`.")
                .arg(name),
            detail};
        return f;
    case QKeychain::AccessDenied:
    case QKeychain::AccessDeniedByUser:
        f.problem = Keychain::Problem::Denied;
        f.error =
            Error{Keychain::tr("The keychain refused access to the secret \"%1\" (is it locked?).").arg(name), detail};
        return f;
    case QKeychain::NoBackendAvailable:
        break;
    default:
        if (!meansNoService(job->errorString())) {
            f.problem = Keychain::Problem::Other;
            f.error =
                Error{Keychain::tr("The keychain could not handle the secret \"%1\": %2").arg(name, job->errorString()),
                      detail};
            return f;
        }
        break;
    }
    f.problem = Keychain::Problem::NoService;
    f.error = Error{Keychain::tr("No keychain service is running (on Linux a Secret Service such as GNOME Keyring or "
                                 "KWallet; on Windows the Credential Manager), so the secret \"%1\" cannot be read or "
                                 "stored there. Start one, or name the secret with env:VARIABLE in the sources file.")
                        .arg(name),
                    detail};
    return f;
}

QCoreApplication* appOrNull() {
    return QCoreApplication::instance();
}

// Runs on the application thread; `done` runs there too.
void startRead(const QString& name, const Done& done) {
    auto* job = new QKeychain::ReadPasswordJob(Keychain::serviceName());
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    job->setKey(name);
    QObject::connect(job, &QKeychain::Job::finished, job, [name, done](QKeychain::Job* j) {
        const Keychain::Failure f = failureOf(j, name);
        const QString secret =
            f.problem == Keychain::Problem::None ? static_cast<QKeychain::ReadPasswordJob*>(j)->textData() : QString();
        if (f.problem == Keychain::Problem::None) {
            remember(name, secret);
        } else if (f.problem == Keychain::Problem::NotFound) {
            remember(name, std::nullopt);
        }
        done(secret, f);
    });
    job->start();
}

void onAppThread(std::function<void()> job) {
    QCoreApplication* app = appOrNull();
    if (!app) {
        return;
    }
    if (QThread::currentThread() == app->thread()) {
        job();
    } else {
        QMetaObject::invokeMethod(app, std::move(job), Qt::QueuedConnection);
    }
}

// Hands the answer to `context`'s thread, unless `context` is gone by then.
template <typename F> void deliver(QObject* context, F f) {
    QPointer<QObject> guard(context);
    if (!guard) {
        return;
    }
    QMetaObject::invokeMethod(
        guard,
        [guard, f = std::move(f)]() mutable {
            if (guard) {
                f();
            }
        },
        Qt::AutoConnection);
}

void collectNames(const nlohmann::json& value, QStringList& out) {
    if (value.is_object()) {
        for (const auto& [key, child] : value.items()) {
            if (key == "secret" && child.is_string()) {
                const QString spec = QString::fromStdString(child.get<std::string>());
                if (spec.startsWith(QLatin1String("keychain:"))) {
                    const QString name = spec.mid(9);
                    if (!out.contains(name)) {
                        out.append(name);
                    }
                }
            } else {
                collectNames(child, out);
            }
        }
    } else if (value.is_array()) {
        for (const auto& child : value) {
            collectNames(child, out);
        }
    }
}

} // namespace

QString Keychain::serviceName() {
    return QStringLiteral("org.c360.Workstation");
}

bool Keychain::isValidName(const QString& name) {
    static const QRegularExpression re(QStringLiteral(R"(^[A-Za-z0-9._@\-]{1,100}$)"));
    return re.match(name).hasMatch();
}

void Keychain::read(const QString& name, QObject* context, ReadDone done) {
    QPointer<QObject> guard(context);
    onAppThread([name, guard, done = std::move(done)] {
        if (const auto session = rememberedSecret(name, false)) {
            deliver(guard, [name, done, secret = *session] { done(name, secret, {}); });
            return;
        }
        startRead(name, [name, guard, done](const QString& secret, const Failure& f) {
            deliver(guard, [name, done, secret, f] { done(name, secret, f); });
        });
    });
}

void Keychain::write(const QString& name, const QString& secret, QObject* context, WriteDone done) {
    QPointer<QObject> guard(context);
    onAppThread([name, secret, guard, done = std::move(done)] {
        auto* job = new QKeychain::WritePasswordJob(serviceName());
        job->setAutoDelete(true);
        job->setInsecureFallback(false);
        job->setKey(name);
        job->setTextData(secret);
        QObject::connect(job, &QKeychain::Job::finished, job, [name, secret, guard, done](QKeychain::Job* j) {
            const Failure f = failureOf(j, name);
            if (f.problem == Problem::None) {
                remember(name, secret);
                qCInfo(lcSync).noquote() << "stored the secret" << name << "in the keychain";
            } else {
                qCWarning(lcSync).noquote() << "keychain write of" << name << "failed:" << f.error.detail;
            }
            deliver(guard, [name, done, f] { done(name, f); });
        });
        job->start();
    });
}

void Keychain::remove(const QString& name, QObject* context, WriteDone done) {
    QPointer<QObject> guard(context);
    onAppThread([name, guard, done = std::move(done)] {
        auto* job = new QKeychain::DeletePasswordJob(serviceName());
        job->setAutoDelete(true);
        job->setInsecureFallback(false);
        job->setKey(name);
        QObject::connect(job, &QKeychain::Job::finished, job, [name, guard, done](QKeychain::Job* j) {
            const Failure f = failureOf(j, name);
            remember(name, std::nullopt);
            deliver(guard, [name, done, f] { done(name, f); });
        });
        job->start();
    });
}

void Keychain::prefetch(const QStringList& names, QObject* context, std::function<void(QList<Failure>)> done) {
    if (names.isEmpty()) {
        deliver(context, [done] { done({}); });
        return;
    }
    struct Pending {
        qsizetype left = 0;
        QList<Failure> failures;
    };
    auto pending = std::make_shared<Pending>();
    pending->left = names.size();
    for (const QString& name : names) {
        read(name, context, [pending, done](const QString&, const QString&, const Failure& f) {
            if (f.problem != Problem::None) {
                pending->failures.append(f);
            }
            if (--pending->left == 0) {
                done(pending->failures);
            }
        });
    }
}

Result<QString> Keychain::lookup(const QString& name) {
    if (!isValidName(name)) {
        return Error{tr("\"%1\" is not a keychain entry name (use letters, digits, '.', '_', '-' or '@').").arg(name),
                     {}};
    }
    QCoreApplication* app = appOrNull();
    const bool appThread = app && QThread::currentThread() == app->thread();
    const bool commandLine = appThread && QThread::currentThread()->loopLevel() == 0;
    // The UI thread never waits for the keychain: it answers from what this session read already
    // (prefetch() before a sync); so does a sync thread then. The command line reads afresh.
    if (const auto known = rememberedSecret(name, !commandLine)) {
        return *known;
    }
    if (!app) {
        return Error{tr("The keychain cannot be used before the application has started."), {}};
    }
    if (appThread && !commandLine) {
        return Error{tr("The secret \"%1\" has not been read from the keychain yet; try again in a moment.").arg(name),
                     QStringLiteral("lookup on the UI thread without prefetch")};
    }
    using Answer = std::pair<QString, Failure>;
    if (commandLine) { // no event loop runs yet, so this one is not nested in another
        QEventLoop loop;
        std::optional<Answer> answer;
        startRead(name, [&](const QString& secret, const Failure& f) {
            answer = Answer{secret, f};
            loop.quit();
        });
        if (!answer) {
            loop.exec();
        }
        if (answer->second.problem != Problem::None) {
            return answer->second.error;
        }
        return answer->first;
    }
    auto promise = std::make_shared<std::promise<Answer>>();
    std::future<Answer> future = promise->get_future();
    onAppThread([name, promise] {
        startRead(name, [promise](const QString& secret, const Failure& f) { promise->set_value(Answer{secret, f}); });
    });
    if (future.wait_for(kWorkerWait) != std::future_status::ready) {
        return Error{tr("The keychain did not answer within a minute about the secret \"%1\" (is it asking for a "
                        "password?).")
                         .arg(name),
                     {}};
    }
    const Answer answer = future.get();
    if (answer.second.problem != Problem::None) {
        return answer.second.error;
    }
    return answer.first;
}

void Keychain::keepForSession(const QString& name, const QString& secret) {
    Remembered& r = remembered();
    const QMutexLocker lock(&r.mutex);
    r.session.insert(name, secret);
}

void Keychain::forgetSession() {
    Remembered& r = remembered();
    const QMutexLocker lock(&r.mutex);
    r.session.clear();
    r.known.clear();
}

QStringList Keychain::namesInSourcesFile(const QByteArray& json) {
    QStringList names;
    if (jsonLimitExceeded(json)) {
        return names;
    }
    const auto doc = nlohmann::json::parse(json.cbegin(), json.cend(), nullptr, false);
    if (!doc.is_discarded()) {
        collectNames(doc, names);
    }
    return names;
}

} // namespace c360::sync
