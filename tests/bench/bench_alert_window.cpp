// The alert screen as the analyst gets it: the real MainWindow (offscreen) over 1,000,000 alerts.
// Measures, after the key is derived: opening the database to the first page painted in the
// window; a filter change (severity + free text) to its first page; pages while scrolling; RSS.
#include "BenchSupport.h"
#include "TestSupport.h"

#include "AlertTableModel.h"
#include "MainWindow.h"
#include "security/KeyFile.h"
#include "store/Workspace.h"

#include <QApplication>
#include <QFile>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>

#include <cstdio>
#include <random>

using namespace soc;

int main(int argc, char** argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true);
    const qint64 n = bench::envInt("SOCSTATION_BENCH_ALERTS", 1000000);
    QTemporaryDir tmp;
    const QString dir = bench::demoWorkspace(tmp.path(), n, 1'790'000'000'000);
    QByteArray pw(test::kTestPassword);
    const auto password = security::SecretBuffer::takeFrom(pw);
    bool ok = true;

    // Sign-in = key derivation + open; the KDF part is timed alone and subtracted.
    QElapsedTimer t;
    t.start();
    std::shared_ptr<store::Session> session = store::Workspace(dir).signIn(QLatin1String(test::kTestLead), password);
    const double signInMs = static_cast<double>(t.nsecsElapsed()) / 1e6;
    QFile kf(store::Workspace(dir).keyFilePath(QLatin1String(test::kTestLead)));
    kf.open(QIODevice::ReadOnly);
    const auto keyFile = security::KeyFile::fromJson(kf.readAll(), nullptr);
    t.start();
    (void)keyFile->unwrap(password, nullptr);
    const double kdfMs = static_cast<double>(t.nsecsElapsed()) / 1e6;

    t.start();
    ui::MainWindow window(session);
    window.resize(1600, 900);
    window.show();
    // The alert screen's table (the window has other tables: the queue, the sync panel).
    ui::AlertTableModel* model = nullptr;
    for (auto* candidate : window.findChildren<QTableView*>()) {
        if ((model = qobject_cast<ui::AlertTableModel*>(candidate->model())))
            break;
    }
    if (!model) {
        std::printf("bench_alert_window: no alert table in the main window\n");
        return 1;
    }
    while (model->rowCount() == 0)
        QCoreApplication::processEvents();
    (void)window.grab(); // paints the first page
    const double openMs = signInMs - kdfMs + static_cast<double>(t.nsecsElapsed()) / 1e6;
    std::printf("bench_alert_window: %d rows shown first; sign-in %.1f ms of which KDF %.1f ms\n", model->rowCount(),
                signInMs, kdfMs);
    ok &= bench::report(QStringLiteral("open -> first page painted (after KDF)"), openMs, QStringLiteral("ms"), 1000, true);
    while (!model->isComplete())
        QCoreApplication::processEvents();
    std::printf("full snapshot of %d rows ready after %.1f ms\n", model->rowCount(), static_cast<double>(t.elapsed()));

    // Filter changes through the model, as the filter bar does.
    std::vector<double> filterMs;
    for (int sev : {1 << 1, 1 << 3, (1 << 3) | (1 << 4), 0})
        for (const char* text : {"ssh", "10.20.1.15", "cobalt", "src:45.148", "policy curl"}) {
            store::AlertFilter f;
            f.severityMask = sev;
            f.search = domain::AlertSearch::parse(QString::fromLatin1(text));
            t.start();
            model->setFilter(f);
            if (model->rowCount() > 0)
                (void)model->data(model->index(0, 0));
            filterMs.push_back(static_cast<double>(t.nsecsElapsed()) / 1e6);
            if (qEnvironmentVariableIsSet("SOCSTATION_BENCH_VERBOSE"))
                std::printf("  severity mask %#x + \"%s\": %.1f ms\n", sev, text, filterMs.back());
            while (!model->isComplete())
                QCoreApplication::processEvents();
        }
    ok &= bench::report(QStringLiteral("filter change (severity + free text), worst"), bench::percentile(filterMs, 1.0),
                        QStringLiteral("ms"), 150, true);

    // Scrolling: jump to random places; each jump fetches a page of 200 rows.
    model->setFilter(store::AlertFilter{});
    while (!model->isComplete())
        QCoreApplication::processEvents();
    std::mt19937 rng(11);
    std::vector<double> pageMs;
    for (int i = 0; i < 200; ++i) {
        const int row = static_cast<int>(rng() % static_cast<unsigned>(model->rowCount()));
        t.start();
        (void)model->data(model->index(row, ui::AlertTableModel::SignatureColumn));
        pageMs.push_back(static_cast<double>(t.nsecsElapsed()) / 1e6);
    }
    std::printf("page fetch while scrolling: median %.2f ms, p95 %.2f ms, max %.2f ms\n", bench::median(pageMs),
                bench::percentile(pageMs, 0.95), bench::percentile(pageMs, 1.0));
    ok &= bench::report(QStringLiteral("page of 200 rows while scrolling, p95"), bench::percentile(pageMs, 0.95),
                        QStringLiteral("ms"), 10, true);
    ok &= bench::report(QStringLiteral("resident memory (window, 1M-row snapshot)"), bench::residentMiB(),
                        QStringLiteral("MiB"), 300, true);
    return ok ? 0 : 1;
}
