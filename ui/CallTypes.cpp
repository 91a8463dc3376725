#include "CallTypes.h"

#include <QCoreApplication>

namespace c360::ui {

namespace {
QString t(const char* text) {
    return QCoreApplication::translate("CallTypes", text);
}
} // namespace

CodeList callReasons() {
    return {{QStringLiteral("delivery"), t(QT_TRANSLATE_NOOP("CallTypes", "Delivery"))},
            {QStringLiteral("billing"), t(QT_TRANSLATE_NOOP("CallTypes", "Billing / payment"))},
            {QStringLiteral("returns"), t(QT_TRANSLATE_NOOP("CallTypes", "Return / refund"))},
            {QStringLiteral("product"), t(QT_TRANSLATE_NOOP("CallTypes", "Product question"))},
            {QStringLiteral("complaint"), t(QT_TRANSLATE_NOOP("CallTypes", "Complaint"))},
            {QStringLiteral("account"), t(QT_TRANSLATE_NOOP("CallTypes", "Account / profile"))},
            {QStringLiteral("sales"), t(QT_TRANSLATE_NOOP("CallTypes", "Buying / sales"))},
            {QStringLiteral("other"), t(QT_TRANSLATE_NOOP("CallTypes", "Other"))}};
}

CodeList dispositions() {
    return {{QStringLiteral("resolved"), t(QT_TRANSLATE_NOOP("CallTypes", "Resolved"))},
            {QStringLiteral("follow_up"), t(QT_TRANSLATE_NOOP("CallTypes", "Follow-up needed"))},
            {QStringLiteral("escalated"), t(QT_TRANSLATE_NOOP("CallTypes", "Escalated"))},
            {QStringLiteral("transferred"), t(QT_TRANSLATE_NOOP("CallTypes", "Transferred"))},
            {QStringLiteral("callback"), t(QT_TRANSLATE_NOOP("CallTypes", "Callback scheduled"))},
            {QStringLiteral("no_action"), t(QT_TRANSLATE_NOOP("CallTypes", "No action needed"))}};
}

QString labelOf(const CodeList& codes, const QString& code) {
    for (const auto& [known, label] : codes) {
        if (known == code) {
            return label;
        }
    }
    QString words = code;
    words.replace(QLatin1Char('_'), QLatin1Char(' '));
    if (!words.isEmpty()) {
        words[0] = words.at(0).toUpper();
    }
    return words;
}

} // namespace c360::ui
