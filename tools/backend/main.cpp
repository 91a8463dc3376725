#include "tools/backend/BackendCli.h"
#include "tools/backend/BackendServer.h"
#include "tools/backend/SignalWatcher.h"
#include "tools/backend/SourceStore.h"
#include "tools/backend/SourcesFile.h"
#include "tools/backend/WorldGenerator.h"

#include <QCoreApplication>
#include <QHostAddress>
#include <QJsonDocument>

#include <cstdio>

using namespace c360::backend;

int main(int argc, char* argv[]) {
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("c360-backend"));
    const CliResult cli = BackendCli::parse(QCoreApplication::arguments());
    if (!cli.helpText.isEmpty()) {
        std::fputs(qUtf8Printable(cli.helpText), stdout);
        return 0;
    }
    if (!cli.error.isEmpty()) {
        std::fprintf(stderr, "c360-backend: %s\n(see --help)\n", qUtf8Printable(cli.error));
        return 2;
    }
    const BackendConfig& config = cli.config;
    SourceStore store(WorldGenerator({config.seed, config.customers, config.heavyEvents, config.nowMs}).generate());
    if (config.stats) {
        std::fprintf(stdout, "%s\n", QJsonDocument(store.stats()).toJson(QJsonDocument::Compact).constData());
        return 0;
    }

    BackendServer server(store, {config.token, config.seed, config.verbose, config.flavor, config.user, config.role});
    server.setFaults(config.faultRate, config.faults);
    server.setChurnRate(config.churn);
    const quint16 port = server.listenOn(QHostAddress(config.host), config.port);
    if (port == 0) {
        std::fprintf(stderr, "c360-backend: cannot listen on %s:%u\n", qUtf8Printable(config.host), config.port);
        return 1;
    }
    const QString host = config.host.contains(u':') ? u'[' % config.host % u']' : config.host;
    const QString baseUrl = QStringLiteral("http://") % host % u':' % QString::number(port);
    if (!config.writeSources.isEmpty()) {
        const QJsonObject sources = config.flavor == Flavor::Reference
                                        ? SourcesFile::build(baseUrl, config.token)
                                        : VendorApi::sourcesFile(config.flavor, baseUrl, config.token);
        const QString error = SourcesFile::write(config.writeSources, sources);
        if (!error.isEmpty()) {
            std::fprintf(stderr, "c360-backend: %s\n", qUtf8Printable(error));
            return 1;
        }
    }
    // Printed last: once a test sees this line, the sources file is complete too.
    std::fprintf(stdout, "c360-backend listening on %s\n", qUtf8Printable(baseUrl));
    std::fflush(stdout);
    SignalWatcher signals;
    QObject::connect(&signals, &SignalWatcher::terminationRequested, &app, &QCoreApplication::quit);
    return QCoreApplication::exec();
}
