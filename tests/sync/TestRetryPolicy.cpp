#include "sync/RetryPolicy.h"

#include <QElapsedTimer>
#include <QTest>
#include <QTimeZone>

#include <thread>

using namespace c360::sync;
using namespace std::chrono_literals;

class TestRetryPolicy final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void backoffStaysWithinTheExponentialBound() {
        RetryPolicy policy(RetryPolicy::Options{5, 500ms, 30s}, 42);
        for (int attempt = 1; attempt <= 12; ++attempt) {
            const qint64 bound = std::min<qint64>(30000, 500LL << (attempt - 1));
            qint64 maxSeen = 0;
            for (int i = 0; i < 200; ++i) {
                const auto d = policy.backoff(attempt).count();
                QVERIFY(d >= 0);
                QVERIFY2(d <= bound, qPrintable(QStringLiteral("attempt %1: %2 > %3").arg(attempt).arg(d).arg(bound)));
                maxSeen = std::max<qint64>(maxSeen, d);
            }
            QVERIFY(maxSeen > bound / 2); // full jitter spreads over the whole range
        }
    }

    void attemptsAreBounded() {
        RetryPolicy policy(RetryPolicy::Options{3, 1ms, 2ms});
        QVERIFY(policy.attemptsLeft(1));
        QVERIFY(policy.attemptsLeft(2));
        QVERIFY(!policy.attemptsLeft(3));
    }

    void whatIsRetried_data() {
        QTest::addColumn<int>("status");
        QTest::addColumn<bool>("retry");
        QTest::newRow("500") << 500 << true;
        QTest::newRow("502") << 502 << true;
        QTest::newRow("503") << 503 << true;
        QTest::newRow("504") << 504 << true;
        QTest::newRow("501") << 501 << false;
        QTest::newRow("429") << 429 << true;
        QTest::newRow("408") << 408 << true;
        QTest::newRow("400") << 400 << false;
        QTest::newRow("401") << 401 << false;
        QTest::newRow("403") << 403 << false;
        QTest::newRow("404") << 404 << false;
    }

    void whatIsRetried() {
        QFETCH(int, status);
        QFETCH(bool, retry);
        QCOMPARE(RetryPolicy().shouldRetryStatus(status), retry);
    }

    void transportErrors() {
        QVERIFY(RetryPolicy::shouldRetryTransport(TransportError::ConnectFailed));
        QVERIFY(RetryPolicy::shouldRetryTransport(TransportError::Timeout));
        QVERIFY(RetryPolicy::shouldRetryTransport(TransportError::ConnectionReset));
        QVERIFY(!RetryPolicy::shouldRetryTransport(TransportError::Cancelled));
        QVERIFY(!RetryPolicy::shouldRetryTransport(TransportError::TooLarge));
        QVERIFY(!RetryPolicy::shouldRetryTransport(TransportError::Tls));
    }

    void retryAfter_data() {
        QTest::addColumn<QByteArray>("header");
        QTest::addColumn<qint64>("expectedMs"); // -1: none
        QTest::newRow("seconds") << QByteArray("7") << qint64(7000);
        QTest::newRow("zero") << QByteArray("0") << qint64(0);
        QTest::newRow("capped") << QByteArray("3600") << qint64(60000);
        QTest::newRow("http-date") << QByteArray("Fri, 01 Mar 2024 10:00:12 GMT") << qint64(12000);
        QTest::newRow("http-date past") << QByteArray("Fri, 01 Mar 2024 09:00:00 GMT") << qint64(0);
        QTest::newRow("empty") << QByteArray("") << qint64(-1);
        QTest::newRow("garbage") << QByteArray("soon") << qint64(-1);
        QTest::newRow("negative") << QByteArray("-5") << qint64(-1);
        QTest::newRow("decimal (Shopify)") << QByteArray("1.0") << qint64(1000);
        QTest::newRow("fraction") << QByteArray("2.25") << qint64(2250);
        QTest::newRow("decimal negative") << QByteArray("-0.5") << qint64(-1);
        QTest::newRow("exponent") << QByteArray("1e3") << qint64(-1);
    }

    void retryAfter() {
        QFETCH(QByteArray, header);
        QFETCH(qint64, expectedMs);
        const QDateTime now(QDate(2024, 3, 1), QTime(10, 0), QTimeZone::utc());
        const auto d = RetryPolicy().retryAfter(header, now);
        if (expectedMs < 0) {
            QVERIFY(!d.has_value());
        } else {
            QVERIFY(d.has_value());
            QCOMPARE(d->count(), expectedMs);
        }
    }

    void sleepIsInterruptedByCancellation() {
        std::atomic<bool> cancel{false};
        InterruptibleSleep sleep;
        std::thread canceller([&] {
            std::this_thread::sleep_for(50ms);
            cancel = true;
        });
        QElapsedTimer timer;
        timer.start();
        QVERIFY(!sleep.sleepFor(10s, &cancel));
        canceller.join();
        QVERIFY(timer.elapsed() < 2000);
        QVERIFY(sleep.sleepFor(1ms, nullptr));
    }
};

QTEST_GUILESS_MAIN(TestRetryPolicy)
#include "TestRetryPolicy.moc"
