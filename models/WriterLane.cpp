#include "models/WriterLane.h"

#include "models/Log.h"

#include <QPointer>

#include <atomic>

namespace c360 {

WriterLane::WriterLane(QObject* parent)
    : QObject(parent) {}

bool WriterLane::has(const QString& writer) const {
    return m_holder == writer ||
           std::any_of(m_queue.cbegin(), m_queue.cend(), [&](const Job& j) { return j.writer == writer; });
}

void WriterLane::run(const QString& writer, Start start) {
    m_queue.push_back({writer, std::move(start)});
    if (isBusy()) {
        qCInfo(lcStorage).noquote() << writer << "waits for" << m_holder << "to finish writing the cache";
        Q_EMIT waiting(writer, m_holder);
        return;
    }
    next();
}

void WriterLane::next() {
    if (isBusy() || m_queue.empty()) {
        return;
    }
    Job job = std::move(m_queue.front());
    m_queue.pop_front();
    m_holder = job.writer;
    const quint64 ticket = ++m_ticket;
    QPointer<WriterLane> self(this);
    auto once = std::make_shared<std::atomic<bool>>(false);
    Release release = [self, ticket, once] {
        if (once->exchange(true)) {
            return;
        }
        // Back on the lane's thread, after the caller's own slot has returned.
        if (self) {
            QMetaObject::invokeMethod(
                self.data(),
                [self, ticket] {
                    if (self) {
                        self->release(ticket);
                    }
                },
                Qt::QueuedConnection);
        }
    };
    Q_EMIT started(job.writer);
    job.start(std::move(release));
}

void WriterLane::release(quint64 ticket) {
    if (ticket != m_ticket || m_holder.isEmpty()) {
        return;
    }
    const QString writer = std::exchange(m_holder, QString());
    Q_EMIT released(writer);
    next();
}

} // namespace c360
