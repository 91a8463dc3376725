#include "app/CliSecrets.h"

#include "sync/Keychain.h"

#include <QCoreApplication>
#include <QEventLoop>

#include <optional>

#ifdef Q_OS_UNIX
#include <termios.h>
#include <unistd.h>
#endif

namespace c360::app {

namespace {

QString tr(const char* text) {
    return QCoreApplication::translate("c360::app", text);
}

// One line of `input` without its line end; on a terminal without echo.
QByteArray readSecretLine(std::FILE* input, QTextStream& err, const QString& name) {
#ifdef Q_OS_UNIX
    const int fd = fileno(input);
    const bool terminal = isatty(fd) == 1;
    termios saved{};
    if (terminal) {
        err << tr("Secret for %1 (not shown): ").arg(name);
        err.flush();
        tcgetattr(fd, &saved);
        termios quiet = saved;
        quiet.c_lflag &= ~tcflag_t(ECHO);
        tcsetattr(fd, TCSANOW, &quiet);
    }
#else
    Q_UNUSED(err)
    Q_UNUSED(name)
#endif
    QByteArray line;
    for (int c = std::fgetc(input); c != EOF && c != '\n'; c = std::fgetc(input)) {
        line.append(char(c));
    }
#ifdef Q_OS_UNIX
    if (terminal) {
        tcsetattr(fd, TCSANOW, &saved);
        err << '\n';
        err.flush();
    }
#endif
    if (line.endsWith('\r')) {
        line.chop(1);
    }
    return line;
}

int fail(QTextStream& err, const QString& message, int code = 1) {
    err << message << '\n';
    err.flush();
    return code;
}

// The command line has no event loop running: this one waits for the keychain's answer.
std::optional<sync::Keychain::Failure> await(const std::function<void(QObject*, sync::Keychain::WriteDone)>& start) {
    QEventLoop loop;
    std::optional<sync::Keychain::Failure> answer;
    start(&loop, [&](const QString&, const sync::Keychain::Failure& f) {
        answer = f;
        loop.quit();
    });
    if (!answer) {
        loop.exec();
    }
    return answer;
}

} // namespace

int runCliSetSecret(const QString& name, std::FILE* input, QTextStream& out, QTextStream& err) {
    if (!sync::Keychain::isValidName(name)) {
        return fail(
            err, tr("\"%1\" is not a keychain entry name (use letters, digits, '.', '_', '-' or '@').").arg(name), 2);
    }
    const QString secret = QString::fromUtf8(readSecretLine(input, err, name));
    if (secret.isEmpty()) {
        return fail(err,
                    tr("No secret on standard input: nothing was stored. Example: "
                       "printf '%s' \"$TOKEN\" | c360 sources set-secret %1")
                        .arg(name),
                    2);
    }
    const auto answer = await([&](QObject* context, sync::Keychain::WriteDone done) {
        sync::Keychain::write(name, secret, context, std::move(done));
    });
    if (answer->problem != sync::Keychain::Problem::None) {
        return fail(err, answer->error.message + QLatin1Char(' ') + tr("Nothing was stored."));
    }
    out << tr("Stored the secret %1 in the keychain (service %2). Name it in a sources file as "
              "\"secret\": \"keychain:%1\".")
               .arg(name, sync::Keychain::serviceName())
        << '\n';
    out.flush();
    return 0;
}

int runCliDeleteSecret(const QString& name, QTextStream& out, QTextStream& err) {
    if (!sync::Keychain::isValidName(name)) {
        return fail(
            err, tr("\"%1\" is not a keychain entry name (use letters, digits, '.', '_', '-' or '@').").arg(name), 2);
    }
    const auto answer = await([&](QObject* context, sync::Keychain::WriteDone done) {
        sync::Keychain::remove(name, context, std::move(done));
    });
    if (answer->problem != sync::Keychain::Problem::None) {
        return fail(err, answer->error.message);
    }
    out << tr("Removed the secret %1 from the keychain.").arg(name) << '\n';
    out.flush();
    return 0;
}

} // namespace c360::app
