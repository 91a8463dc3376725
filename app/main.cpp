#include "app/Application.h"
#include "app/Cli.h"
#include "app/SingleInstance.h"
#include "ui/MainWindow.h"

#include <QApplication>
#include <QCoreApplication>
#include <QLoggingCategory>
#include <QMessageBox>
#include <QTextStream>

#include <cstdio>
#include <memory>

namespace {
void setIdentity() {
    QCoreApplication::setOrganizationName(QStringLiteral("C360"));
    QCoreApplication::setOrganizationDomain(QStringLiteral("c360.example"));
    QCoreApplication::setApplicationName(QStringLiteral("c360"));
    QCoreApplication::setApplicationVersion(QStringLiteral(C360_VERSION));
}

QStringList rawArguments(int argc, char** argv) {
    QStringList args;
    for (int i = 0; i < argc; ++i) {
        args << QString::fromLocal8Bit(argv[i]);
    }
    return args;
}
} // namespace

int main(int argc, char** argv) {
    const QStringList args = rawArguments(argc, argv);
    if (c360::app::Cli::isCommand(args)) {
        // Headless: no window, no display needed.
        QCoreApplication app(argc, argv);
        setIdentity();
        // The command's own output says what happened; the log lines are for QT_LOGGING_RULES users.
        if (qEnvironmentVariableIsEmpty("QT_LOGGING_RULES")) {
            QLoggingCategory::setFilterRules(QStringLiteral("c360.*.info=false"));
        }
        c360::app::Application::installTranslations(qEnvironmentVariable("C360_LANG"));
        QTextStream out(stdout);
        QTextStream err(stderr);
        c360::app::Cli cli(out, err);
        const int rc = cli.run(QCoreApplication::arguments());
        out.flush();
        err.flush();
        return rc;
    }

    QApplication app(argc, argv);
    setIdentity();
    QApplication::setApplicationDisplayName(QStringLiteral("C360 Workstation"));
    QString error;
    c360::app::GuiOptions options = c360::app::Application::parseArguments(QApplication::arguments(), &error);
    if (!error.isEmpty()) {
        QTextStream(stderr) << error << '\n';
        return 2;
    }
    // One workstation per user: hand a pop (or a plain second start) to the running one.
    if (options.pop) {
        QString ignored;
        if (c360::app::SingleInstance::sendPop(*options.pop, 1500, &ignored)) {
            return 0;
        }
    } else if (c360::app::SingleInstance::sendActivate(500)) {
        QTextStream(stdout) << QObject::tr("C360 Workstation is already running; brought it forward.") << '\n';
        return 0;
    }
    c360::app::Application::installTranslations(options.language);
    c360::app::Application workstation(std::move(options));
    if (const c360::Status started = workstation.start(); !started) {
        QMessageBox::critical(nullptr, QObject::tr("C360 Workstation"), started.error().message);
        return 1;
    }
    return QApplication::exec();
}
