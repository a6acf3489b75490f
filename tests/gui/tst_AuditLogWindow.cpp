#include "GuiFixture.h"

#include "AuditLogLauncher.h"
#include "AuditLogModel.h"
#include "AuditLogWindow.h"
#include "MainWindow.h"
#include "store/AuditLog.h"
#include "store/Database.h"

#include <QAction>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QtTest>

using namespace soc;

namespace {

constexpr qint64 kNov20 = 1'795'132'800'000; // 2026-11-20T00:00:00Z
constexpr int kSeeded = 3000;

QString lastAction(store::Database& db)
{
    auto st = db.prepare("SELECT action FROM audit_log ORDER BY seq DESC LIMIT 1");
    return st.step() ? st.text(0) : QString();
}

qint64 scalar(store::Database& db, const char* sql)
{
    auto st = db.prepare(sql);
    st.step();
    return st.int64(0);
}

} // namespace

// The audit log window over a real encrypted workspace: the menu entry only for roles that may
// read the log, opening it is audited, filters narrow the table, it pages as it scrolls, the
// details are pretty-printed, the chain check and the CSV export run in the background.
class tst_AuditLogWindow : public QObject {
    Q_OBJECT

    std::unique_ptr<test::GuiWorkspace> m_ws;
    std::unique_ptr<ui::MainWindow> m_window;
    QPointer<ui::AuditLogWindow> m_audit;

    store::Database& db() { return m_ws->session->database(); }
    template <typename T>
    T* child(const char* name)
    {
        T* w = m_audit->findChild<T*>(QLatin1String(name));
        if (!w)
            qWarning("no child %s", name);
        return w;
    }

private slots:
    void initTestCase()
    {
        test::isolateSettings();
        m_ws = std::make_unique<test::GuiWorkspace>(domain::Role::Auditor);
        store::Transaction tx(db());
        for (int i = 0; i < kSeeded; ++i) {
            store::AuditEntry e;
            e.atMs = kNov20 + i * 60'000LL;
            e.actor = i % 3 == 0 ? QStringLiteral("minh") : QStringLiteral("lan");
            e.action = i % 2 ? QStringLiteral("ticket.update") : QStringLiteral("alert.set_status");
            e.outcome = i % 100 == 7 ? QStringLiteral("refused") : QStringLiteral("ok");
            e.objectType = QStringLiteral("ticket");
            e.objectId = QStringLiteral("T-%1").arg(i);
            e.details = i == 42 ? QStringLiteral("{\"title\":\"Mã độc trên máy chủ kế toán\",\"severity\":\"high\"}")
                                : QStringLiteral("{\"i\":%1}").arg(i);
            store::AuditLog(db()).append(e);
        }
        tx.commit();
    }

    void menuEntryOnlyForRolesThatMayRead()
    {
        test::GuiWorkspace lead; // a shift lead
        ui::MainWindow leadWindow(lead.session);
        QVERIFY(!leadWindow.findChild<QAction*>(QStringLiteral("actionAuditLog")));
        // The core refuses anyway, and records it.
        QString error;
        QVERIFY(!ui::AuditLogWindow::open(lead.session, nullptr, &error));
        QVERIFY2(error.contains(QStringLiteral("audit log")), qPrintable(error));
        QCOMPARE(lastAction(lead.session->database()), QStringLiteral("audit.view"));
        QCOMPARE(scalar(lead.session->database(), "SELECT count(*) FROM audit_log WHERE outcome = 'refused'"), qint64(1));
    }

    void openingIsAudited()
    {
        m_window = std::make_unique<ui::MainWindow>(m_ws->session);
        QAction* action = m_window->findChild<QAction*>(QStringLiteral("actionAuditLog"));
        QVERIFY(action);
        const qint64 before = scalar(db(), "SELECT count(*) FROM audit_log");
        action->trigger();
        m_audit = m_window->findChild<ui::AuditLogLauncher*>()->window();
        QVERIFY(m_audit);
        QVERIFY(QTest::qWaitForWindowExposed(m_audit));
        QCOMPARE(scalar(db(), "SELECT count(*) FROM audit_log"), before + 1);
        QCOMPARE(lastAction(db()), QStringLiteral("audit.view"));
        // A second trigger raises the same window, without another entry.
        action->trigger();
        QCOMPARE(m_window->findChild<ui::AuditLogLauncher*>()->window(), m_audit.data());
    }

    void pagesAsItScrolls()
    {
        ui::AuditLogModel* model = m_audit->model();
        const qint64 total = scalar(db(), "SELECT count(*) FROM audit_log");
        QCOMPARE(model->matching(), total - 1); // the view's own entry came after the table was read
        QCOMPARE(model->rowCount(), ui::AuditLogModel::kPage);
        auto* table = child<QTableView>("auditTable");
        table->scrollToBottom();
        QTRY_VERIFY(model->rowCount() > ui::AuditLogModel::kPage);
        // Newest first, no gaps between pages.
        for (int r = 1; r < model->rowCount(); ++r)
            QVERIFY(model->record(r)->seq < model->record(r - 1)->seq);
    }

    void filtersNarrowTheTable()
    {
        ui::AuditLogModel* model = m_audit->model();
        auto* actor = child<QLineEdit>("auditActor");
        actor->setText(QStringLiteral("minh"));
        QTRY_COMPARE(model->matching(), qint64(kSeeded / 3));
        for (int r = 0; r < model->rowCount(); ++r)
            QCOMPARE(model->record(r)->actor, QStringLiteral("minh"));

        auto* outcome = child<QComboBox>("auditOutcome");
        outcome->setCurrentIndex(outcome->findData(QStringLiteral("refused")));
        // i % 100 == 7 and i % 3 == 0: 7 + 100k divisible by 3 → k = 2, 5, 8, … (10 of them below 3000)
        QTRY_COMPARE(model->matching(), qint64(10));
        QCOMPARE(child<QLabel>("auditCount")->text(), QStringLiteral("10 entries"));
        outcome->setCurrentIndex(0);
        actor->clear();

        child<QLineEdit>("auditAction")->setText(QStringLiteral("ticket"));
        child<QLineEdit>("auditText")->setText(QStringLiteral("máy chủ"));
        QTRY_COMPARE(model->matching(), qint64(0)); // entry 42 is an alert.set_status
        child<QLineEdit>("auditAction")->clear();
        QTRY_COMPARE(model->matching(), qint64(1));

        // The details pane shows the JSON pretty-printed.
        auto* table = child<QTableView>("auditTable");
        table->setCurrentIndex(model->index(0, 0));
        const QString details = child<QPlainTextEdit>("auditDetails")->toPlainText();
        QVERIFY2(details.contains(QStringLiteral("\n    \"title\": \"Mã độc trên máy chủ kế toán\"")), qPrintable(details));
        QVERIFY(details.contains(QStringLiteral("T-42")));

        // The time range: 2026-11-20 07:00 to 07:10 (+07:00) is the first ten entries.
        child<QLineEdit>("auditText")->clear();
        auto* preset = child<QComboBox>("auditPreset");
        preset->setCurrentIndex(ui::AuditLogWindow::CustomRange);
        child<QDateTimeEdit>("auditFrom")->setDateTime(QDateTime::fromMSecsSinceEpoch(kNov20));
        child<QDateTimeEdit>("auditTo")->setDateTime(QDateTime::fromMSecsSinceEpoch(kNov20 + 10 * 60'000));
        QTRY_COMPARE(model->matching(), qint64(10));
        preset->setCurrentIndex(ui::AuditLogWindow::AllTime);
        QTRY_VERIFY(model->matching() > kSeeded);
    }

    void exportWritesTheFile()
    {
        child<QLineEdit>("auditActor")->setText(QStringLiteral("minh"));
        QTRY_COMPARE(m_audit->model()->matching(), qint64(kSeeded / 3));
        const QString path = m_ws->path(QStringLiteral("nhat-ky.csv"));
        QSignalSpy done(m_audit.data(), &ui::AuditLogWindow::exportFinished);
        m_audit->exportTo(path);
        QVERIFY(m_audit->isBusy());
        QTRY_COMPARE_WITH_TIMEOUT(done.size(), 1, 20000);
        QCOMPARE(done.at(0).at(0).toBool(), true);
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QList<QByteArray> lines = f.readAll().split('\n');
        QCOMPARE(lines.size(), kSeeded / 3 + 2); // header, rows, and the empty piece after the last CRLF
        QVERIFY(lines[0].startsWith("\xEF\xBB\xBF" "seq,time,at_utc_ms,actor"));
        QVERIFY(lines[1].contains(",minh,"));
        QVERIFY(child<QLabel>("auditStatus")->text().contains(QStringLiteral("Wrote 1000 entries")));
        QCOMPARE(lastAction(db()), QStringLiteral("audit.export"));
    }

    void verifyShowsIntact()
    {
        QSignalSpy done(m_audit.data(), &ui::AuditLogWindow::verifyFinished);
        child<QPushButton>("auditVerify")->click();
        QTRY_COMPARE_WITH_TIMEOUT(done.size(), 1, 20000);
        QCOMPARE(done.at(0).at(0).toBool(), true);
        const QString text = child<QLabel>("auditStatus")->text();
        const qint64 entries = scalar(db(), "SELECT count(*) FROM audit_log");
        QCOMPARE(text, QStringLiteral("%1 entries, chain intact").arg(entries));
    }

    void cleanupTestCase()
    {
        if (m_audit)
            m_audit->close();
        m_window.reset();
    }
};

QTEST_MAIN(tst_AuditLogWindow)
#include "tst_AuditLogWindow.moc"
