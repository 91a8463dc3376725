#include "ui/RecentCalls.h"

#include "models/PhoneFormat.h"
#include "ui/CallTypes.h"
#include "ui/Format.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QSaveFile>

namespace c360::ui {

namespace {
Q_LOGGING_CATEGORY(lcCalls, "c360.ui.calls")
}

RecentCalls::RecentCalls(QString path, QObject* parent)
    : QAbstractListModel(parent)
    , m_path(std::move(path)) {}

QString RecentCalls::load() {
    QFile file(m_path);
    if (!file.exists()) {
        return {};
    }
    QList<RecentCall> calls;
    bool ok = file.open(QIODevice::ReadOnly);
    QJsonParseError error{};
    const QJsonDocument doc = ok ? QJsonDocument::fromJson(file.readAll(), &error) : QJsonDocument();
    ok = ok && error.error == QJsonParseError::NoError && doc.isArray();
    file.close();
    if (ok) {
        for (const QJsonValue& v : doc.array()) {
            const QJsonObject o = v.toObject();
            RecentCall c;
            c.at = QDateTime::fromString(o.value(QStringLiteral("at")).toString(), Qt::ISODate);
            c.number = o.value(QStringLiteral("number")).toString();
            c.callId = o.value(QStringLiteral("call_id")).toString();
            c.partyId = o.value(QStringLiteral("party")).toInteger();
            c.caller = o.value(QStringLiteral("caller")).toString();
            c.disposition = o.value(QStringLiteral("disposition")).toString();
            if (c.at.isValid() && !c.number.isEmpty() && calls.size() < Capacity) {
                calls << c;
            }
        }
    }
    if (!ok) {
        const QString aside = m_path + QStringLiteral(".bad");
        QFile::remove(aside);
        QFile::rename(m_path, aside);
        qCWarning(lcCalls) << "recent calls file unreadable, set aside as" << aside;
        return tr("The list of recent calls could not be read; it starts empty (the old file is kept as %1).")
            .arg(QDir::toNativeSeparators(aside));
    }
    beginResetModel();
    m_calls = calls;
    endResetModel();
    return {};
}

void RecentCalls::add(const RecentCall& call) {
    beginInsertRows({}, 0, 0);
    m_calls.prepend(call);
    endInsertRows();
    if (m_calls.size() > Capacity) {
        beginRemoveRows({}, Capacity, int(m_calls.size()) - 1);
        m_calls.resize(Capacity);
        endRemoveRows();
    }
    save();
}

int RecentCalls::rowOf(const QString& callId) const {
    for (int row = 0; row < m_calls.size(); ++row) {
        if (m_calls.at(row).callId == callId) {
            return row;
        }
    }
    return -1;
}

void RecentCalls::linkToParty(const QString& callId, qint64 partyId, const QString& caller) {
    const int row = rowOf(callId);
    if (row < 0 || (m_calls[row].partyId == partyId && m_calls[row].caller == caller)) {
        return;
    }
    m_calls[row].partyId = partyId;
    m_calls[row].caller = caller;
    Q_EMIT dataChanged(index(row), index(row));
    save();
}

void RecentCalls::setDisposition(const QString& callId, const QString& disposition) {
    const int row = rowOf(callId);
    if (row < 0) {
        return;
    }
    m_calls[row].disposition = disposition;
    Q_EMIT dataChanged(index(row), index(row));
    save();
}

void RecentCalls::setMasker(const PiiMasker& masker) {
    m_masker = masker;
    if (!m_calls.isEmpty()) {
        Q_EMIT dataChanged(index(0), index(int(m_calls.size()) - 1));
    }
}

void RecentCalls::forgetAll() {
    beginResetModel();
    m_calls.clear();
    endResetModel();
    QFile::remove(m_path);
}

int RecentCalls::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : int(m_calls.size());
}

QVariant RecentCalls::data(const QModelIndex& index, int role) const {
    if (!index.isValid() || index.row() >= m_calls.size()) {
        return {};
    }
    const RecentCall& c = m_calls.at(index.row());
    switch (role) {
    case Qt::DisplayRole: {
        QString text = formatWhen(c.at.toLocalTime()) + QStringLiteral("   ") +
                       m_masker.phone(formatPhoneForDisplay(c.number)) + QStringLiteral("   ") +
                       (c.partyId > 0 ? m_masker.text(c.caller) : tr("Unknown caller"));
        if (!c.disposition.isEmpty()) {
            text += QStringLiteral("   — ") + labelOf(dispositions(), c.disposition);
        }
        return text;
    }
    case Qt::AccessibleTextRole:
        return data(index, Qt::DisplayRole);
    case PartyRole:
        return c.partyId;
    case NumberRole:
        return c.number;
    default:
        return {};
    }
}

void RecentCalls::save() {
    QJsonArray array;
    for (const RecentCall& c : std::as_const(m_calls)) {
        array.append(QJsonObject{{QStringLiteral("at"), c.at.toUTC().toString(Qt::ISODate)},
                                 {QStringLiteral("number"), c.number},
                                 {QStringLiteral("call_id"), c.callId},
                                 {QStringLiteral("party"), c.partyId},
                                 {QStringLiteral("caller"), c.caller},
                                 {QStringLiteral("disposition"), c.disposition}});
    }
    QDir().mkpath(QFileInfo(m_path).absolutePath());
    QSaveFile file(m_path);
    if (!file.open(QIODevice::WriteOnly)) {
        qCWarning(lcCalls) << "recent calls not saved:" << file.errorString();
        return;
    }
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner); // phone numbers: the agent's only
    file.write(QJsonDocument(array).toJson(QJsonDocument::Compact));
    if (!file.commit()) {
        qCWarning(lcCalls) << "recent calls not saved:" << file.errorString();
    }
}

} // namespace c360::ui
