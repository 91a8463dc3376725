#include "app/Application.h"
#include "app/Cli.h"
#include "app/Platform.h"
#include "app/SingleInstance.h"
#include "models/PiiLog.h"
#include "ui/MainWindow.h"

#include <QApplication>
#include <QCoreApplication>
#include <QIcon>
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
    c360::installPiiMaskingLogHandler(); // no e-mail, phone or card number in full in any log line
    const QStringList args = rawArguments(argc, argv);
    if (c360::app::Cli::isCommand(args)) {
        if (c360::app::Cli::isBulkCommand(args)) {
            c360::app::platform::preferHugePages(argv); // returns when it did not run the program again
        }
        // Headless (commands, --help, --version): no window, no display needed.
        c360::app::platform::attachToParentConsole();
        QCoreApplication app(argc, argv);
        setIdentity();
        // The command's own output says what happened; the log lines are for QT_LOGGING_RULES users.
        if (qEnvironmentVariableIsEmpty("QT_LOGGING_RULES")) {
            QLoggingCategory::setFilterRules(QStringLiteral("c360.*.info=false"));
        }
        const QString language = c360::app::Cli::languageArgument(args);
        c360::app::Application::installTranslations(language.isEmpty() ? qEnvironmentVariable("C360_LANG") : language);
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
    QApplication::setDesktopFileName(QStringLiteral("c360"));
    QIcon icon;
    for (const int size : {16, 24, 32, 48, 64, 128, 256}) {
        icon.addFile(QStringLiteral(":/icons/hicolor/%1x%1/c360.png").arg(size), QSize(size, size));
    }
    QApplication::setWindowIcon(icon);
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
