#include "KeychainGate.h"

#include "sync/Keychain.h"

#include <QFile>

namespace c360::app {

KeychainGate::KeychainGate(QString sourcesPath, QObject* parent)
    : QObject(parent)
    , m_sourcesPath(std::move(sourcesPath)) {}

void KeychainGate::whenReady(std::function<void()> job) {
    if (m_state == State::Ready) {
        job();
        return;
    }
    m_waiting.append(std::move(job));
    if (m_state == State::Reading) {
        return;
    }
    m_state = State::Reading;
    QStringList names;
    QFile file(m_sourcesPath);
    if (file.open(QIODevice::ReadOnly)) {
        names = sync::Keychain::namesInSourcesFile(file.readAll());
    }
    sync::Keychain::prefetch(names, this, [this](const QList<sync::Keychain::Failure>& failures) {
        m_state = State::Ready;
        if (!failures.isEmpty()) {
            Q_EMIT problem(failures.constFirst().error.message);
        }
        const auto waiting = std::exchange(m_waiting, {});
        for (const auto& job : waiting) {
            job();
        }
    });
}

} // namespace c360::app
