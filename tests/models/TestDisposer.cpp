// What the writer lets go of is freed on the disposer's thread, never lost, never freed twice: a group's pages and a
// recompute batch's inputs (CacheWriter). When the thread falls behind, the giver frees inline instead of queueing
// without bound.
#include "models/Disposer.h"

#include <QTest>

#include <atomic>
#include <future>
#include <memory>
#include <thread>
#include <vector>

using namespace c360;

namespace {

// Records the thread that destroyed it; optionally waits on `gate` first (to hold the disposer's thread).
struct Tracked {
    std::atomic<int>* destroyed = nullptr;
    std::thread::id* where = nullptr;
    std::shared_future<void> gate;
    Tracked(std::atomic<int>* d, std::thread::id* w, std::shared_future<void> g = {})
        : destroyed(d)
        , where(w)
        , gate(std::move(g)) {}
    Tracked(Tracked&& o) noexcept
        : destroyed(std::exchange(o.destroyed, nullptr))
        , where(std::exchange(o.where, nullptr))
        , gate(std::move(o.gate)) {}
    Tracked(const Tracked&) = delete;
    ~Tracked() {
        if (destroyed == nullptr) {
            return; // moved from
        }
        if (gate.valid()) {
            gate.wait();
        }
        *where = std::this_thread::get_id();
        destroyed->fetch_add(1);
    }
};

} // namespace

class TestDisposer : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void freedOnItsOwnThread() {
        std::atomic<int> destroyed{0};
        std::vector<std::thread::id> where(20);
        {
            Disposer disposer;
            int given = 0;
            for (auto& w : where) {
                std::vector<Tracked> batch;
                batch.emplace_back(&destroyed, &w);
                disposer.dispose(std::move(batch));
                QCOMPARE(destroyed.load() <= ++given, true);
                // One at a time (a writer's groups come seconds apart): the queue never fills up.
                QTRY_COMPARE_WITH_TIMEOUT(disposer.freed(), given, 10000);
            }
            QCOMPARE(destroyed.load(), 20);
        }
        for (const auto& w : where) {
            QVERIFY(w != std::this_thread::get_id());
        }
    }

    void aSharedPointerIsFreedWithItsLastOwner() {
        std::atomic<int> destroyed{0};
        std::thread::id where;
        auto kept = std::make_shared<Tracked>(&destroyed, &where);
        std::shared_ptr<Tracked> other = kept;
        {
            Disposer disposer;
            disposer.dispose(std::shared_ptr<void>(std::move(kept)));
            QTRY_COMPARE_WITH_TIMEOUT(disposer.freed(), 1, 10000);
            QCOMPARE(destroyed.load(), 0); // still owned here
        }
        other.reset();
        QCOMPARE(destroyed.load(), 1);
        QCOMPARE(where, std::this_thread::get_id());
    }

    void theDestructorFreesWhatIsLeft() {
        std::atomic<int> destroyed{0};
        std::thread::id first, rest;
        std::promise<void> open;
        {
            Disposer disposer;
            disposer.dispose(Tracked(&destroyed, &first, open.get_future().share()));
            for (std::size_t i = 0; i + 1 < Disposer::kMaxQueued; ++i) {
                disposer.dispose(Tracked(&destroyed, &rest));
            }
            open.set_value();
        }
        QCOMPARE(destroyed.load(), int(Disposer::kMaxQueued));
        QVERIFY(first != std::this_thread::get_id());
    }

    void aFullQueueIsFreedByTheGiver() {
        std::atomic<int> destroyed{0};
        std::thread::id held, queued, inlined;
        std::promise<void> open;
        Disposer disposer;
        // The thread is held inside the first one's destructor; the queue then fills up.
        disposer.dispose(Tracked(&destroyed, &held, open.get_future().share()));
        QTest::qWait(50);
        for (std::size_t i = 0; i < Disposer::kMaxQueued; ++i) {
            disposer.dispose(Tracked(&destroyed, &queued));
        }
        // Whether the thread had taken the first one already or not, the queue is full now: the next is freed here.
        const int before = destroyed.load();
        disposer.dispose(Tracked(&destroyed, &inlined));
        QCOMPARE(destroyed.load(), before + 1);
        QCOMPARE(inlined, std::this_thread::get_id());
        open.set_value();
        QTRY_COMPARE_WITH_TIMEOUT(destroyed.load(), int(Disposer::kMaxQueued) + 2, 10000);
        QVERIFY(held != std::this_thread::get_id());
    }
};

QTEST_GUILESS_MAIN(TestDisposer)
#include "TestDisposer.moc"
