#pragma once

#include <QList>
#include <QObject>
#include <QString>

#include <functional>

namespace c360::app {

// Holds back what needs the sources file's secrets (the first sync, the outbox pusher) until the
// keychain entries it names (keychain:NAME) have been read, asynchronously: the UI thread never
// waits for the keychain, and a sync thread then finds them already read.
class KeychainGate final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(KeychainGate)
public:
    explicit KeychainGate(QString sourcesPath, QObject* parent = nullptr);

    // Runs `job` once the secrets are read (at once when they are, or when there are none).
    void whenReady(std::function<void()> job);
    bool isReady() const { return m_state == State::Ready; }

Q_SIGNALS:
    // A secret could not be read (no keychain service, no such entry): the message says which.
    void problem(const QString& message);

private:
    enum class State { Idle, Reading, Ready };
    QString m_sourcesPath;
    State m_state = State::Idle;
    QList<std::function<void()>> m_waiting;
};

} // namespace c360::app
