#include "CliPop.h"

#include "app/Cli.h"
#include "app/PopRequest.h"
#include "app/SingleInstance.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QProcess>

namespace c360::app {

namespace {
QString tr(const char* text) {
    return QCoreApplication::translate("c360::app", text);
}
} // namespace

int runPop(const QStringList& arguments, QTextStream& out, QTextStream& err) {
    QCommandLineParser p;
    p.addOption({QStringLiteral("ani"), tr("The caller's number."), QStringLiteral("NUMBER")});
    p.addOption({QStringLiteral("call-id"), tr("The switch's call id."), QStringLiteral("ID")});
    p.addOption({QStringLiteral("queue"), tr("The queue the call came through."), QStringLiteral("QUEUE")});
    p.addOption({QStringLiteral("dnis"), tr("The number the caller dialled."), QStringLiteral("NUMBER")});
    p.addOption({QStringLiteral("db"), tr("Cache for a workstation started by this call."), QStringLiteral("PATH")});
    p.addOption({QStringLiteral("sources"), tr("Sources file for a workstation started by this call."),
                 QStringLiteral("FILE")});
    if (const auto done = parseCommandLine(p, arguments, QString::fromUtf8(kCliPopSynopsis), out, err)) {
        return *done;
    }
    PopRequest request{p.value(QStringLiteral("ani")).trimmed(), p.value(QStringLiteral("call-id")),
                       p.value(QStringLiteral("queue")), p.value(QStringLiteral("dnis"))};
    if (!request.isValid() && p.positionalArguments().size() == 1) {
        QString error;
        if (const auto fromUrl = PopRequest::fromUrl(p.positionalArguments().constFirst(), &error)) {
            request = *fromUrl;
        }
    }
    if (!request.isValid()) {
        err << tr("pop needs the caller's number: c360 pop --ani +8613800138000") << '\n';
        return 2;
    }
    QString error;
    if (SingleInstance::sendPop(request, 3000, &error)) {
        out << tr("Call from %1 handed to the running workstation.").arg(request.ani) << '\n';
        return 0;
    }
    // No workstation runs: start one for this call; it pops the caller itself.
    QStringList args = {QStringLiteral("--pop-ani"), request.ani};
    const auto pass = [&](const QString& option, const QString& value) {
        if (!value.isEmpty()) {
            args << option << value;
        }
    };
    pass(QStringLiteral("--pop-call-id"), request.callId);
    pass(QStringLiteral("--pop-queue"), request.queue);
    pass(QStringLiteral("--pop-dnis"), request.dnis);
    pass(QStringLiteral("--db"), p.value(QStringLiteral("db")));
    pass(QStringLiteral("--sources"), p.value(QStringLiteral("sources")));
    if (!QProcess::startDetached(QCoreApplication::applicationFilePath(), args)) {
        err << tr("No workstation is running and one could not be started.") << '\n';
        return 1;
    }
    out << tr("Started the workstation for the call from %1.").arg(request.ani) << '\n';
    return 0;
}

} // namespace c360::app
