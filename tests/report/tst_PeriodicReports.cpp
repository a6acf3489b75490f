// The periodic report and TT 20/2017 Mẫu 05 end to end: a workspace with two known quarters,
// both documents issued through ReportSource/ReportIssuer and DocumentRenderer, then once more
// through `socstation report`; the PDFs read back with poppler and their first and chart pages
// rendered for a person to look at. Also: painting a document with charts on a worker thread.
#include "PdfProbe.h"
#include "PeriodFixture.h"

#include "domain/ReportSettings.h"
#include "domain/SocTimeZone.h"
#include "report/DocumentRenderer.h"
#include "report/FigureWording.h"
#include "report/PeriodWording.h"
#include "report/PeriodicReport.h"
#include "report/ReportSource.h"
#include "report/VietnameseDate.h"
#include "store/Statement.h"
#include "store/StatisticsRepository.h"
#include "store/Workspace.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QtConcurrent/QtConcurrentRun>

using namespace soc;
using test::PdfProbe;

namespace {

constexpr double kBodyCentrePt = (85.04 + (595.28 - 42.52)) / 2; // margins 30 mm left, 15 mm right
constexpr double kTopMarginPt = 57;                              // 20 mm

QString nfc(const QString& s)
{
    return s.normalized(QString::NormalizationForm_C);
}

int serialOf(const QString& code)
{
    return code.section(u'/', 0, 0).toInt();
}

} // namespace

class tst_PeriodicReports : public QObject {
    Q_OBJECT

    test::PeriodFixture m_fixture;
    QString m_artefacts;
    QStringList m_issued; // numbers, in the order issued

    QString pdfPath(const QString& name) const
    {
        return QDir(m_fixture.dir.path()).filePath(name + QStringLiteral(".pdf"));
    }

    // Issues the document through the same path as the CLI and the GUI; returns the PDF.
    QString issue(domain::ReportKind kind, const domain::ReportPeriod& period, const QString& name)
    {
        report::ReportRequest request;
        request.kind = kind;
        request.period = period;
        store::Database& db = m_fixture.db();
        const auto source = report::ReportSource::load(db, request);
        if (!source)
            return {};
        const domain::SystemClock clock; // the CLI's clock: its numbers follow on
        const QString pdf = pdfPath(name);
        const auto issued = report::ReportIssuer::issue(
            db, QLatin1String(test::kTestLead), clock, *source, [&](const report::OfficialDocument& doc) {
                QString error;
                if (report::DocumentRenderer(doc).writePdf(pdf, &error) == 0)
                    qWarning("%s", qPrintable(error));
            });
        m_issued << issued.report.code;
        return pdf;
    }

    QStringList header(const QString& number) const
    {
        const QDate today = QDateTime::currentDateTimeUtc().toTimeZone(domain::socTimeZone()).date();
        const auto s = domain::ReportSettings::defaults();
        return {s.parentBody,
                s.issuingBody,
                QStringLiteral("Số: ") + number,
                QStringLiteral("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"),
                QStringLiteral("Độc lập - Tự do - Hạnh phúc"),
                report::VietnameseDate::placeDateLine(s.placeName, today)};
    }

    // What every official PDF must pass: text present and NFC, fonts embedded, A4, page numbers
    // (none on page 1, "2" centred in page 2's top margin), charts as vectors; page 1 and the
    // pages with charts rendered into the artefacts folder.
    void checkPdf(const QString& pdf, const QString& kind, const QStringList& expected, const QStringList& charts)
    {
        const PdfProbe probe(pdf);
        const QString text = probe.text();
        QVERIFY2(!text.isEmpty(), "pdftotext produced nothing");
        const QString flat = text.simplified();
        // The header's two columns interleave in reading order: read each on its own.
        const QStringList columns{probe.region(1, QRectF(85, 0, 206, 170)), probe.region(1, QRectF(291, 0, 262, 170))};
        for (const QString& e : expected)
            QVERIFY2(flat.contains(nfc(e)) || columns[0].contains(nfc(e)) || columns[1].contains(nfc(e)),
                     qPrintable(kind + QStringLiteral(": missing \"") + e + u'"'));
        QVERIFY2(!text.contains(QChar(0x0301)) && !text.contains(QChar(0x0323)) && !text.contains(QChar(0x0309)),
                 "decomposed Vietnamese in the PDF (not NFC)");

        const QStringList fonts = probe.fonts();
        QVERIFY(!fonts.isEmpty());
        for (const QString& line : fonts) {
            QVERIFY2(line.contains(QStringLiteral("LiberationSerif")),
                     qPrintable(QStringLiteral("unexpected font: ") + line));
            static const QRegularExpression emb(
                QStringLiteral("\\s(yes|no)\\s+(yes|no)\\s+(yes|no)\\s+\\d+\\s+\\d+\\s*$"));
            const auto m = emb.match(line);
            QVERIFY2(m.hasMatch() && m.captured(1) == u"yes", qPrintable(QStringLiteral("font not embedded: ") + line));
        }
        QCOMPARE(probe.pageSizePt(), QSize(595, 842));
        const int pages = probe.pages();
        QVERIFY2(pages >= 2, qPrintable(QStringLiteral("%1 pages").arg(pages)));
        for (const auto& w : probe.words(1))
            QVERIFY2(w.yMax > kTopMarginPt, qPrintable(QStringLiteral("text in page 1's top margin: ") + w.text));
        const auto words2 = probe.words(2);
        const auto number = std::find_if(words2.begin(), words2.end(),
                                         [](const auto& w) { return w.text == u"2" && w.yMax < kTopMarginPt; });
        QVERIFY2(number != words2.end(), "no page number in page 2's top margin");
        QVERIFY2(qAbs((number->xMin + number->xMax) / 2 - kBodyCentrePt) < 10, "page number not centred");

        // Charts are drawn, not pasted: their text is extractable and the file holds no raster image.
        QVERIFY2(probe.images().isEmpty(),
                 qPrintable(QStringLiteral("raster images in the PDF: ") + probe.images().join(u'\n')));
        QVERIFY(probe.render(1, QDir(m_artefacts).filePath(kind + QStringLiteral("-page1"))));
        for (const QString& chart : charts) {
            const int page = probe.pageWith(chart);
            QVERIFY2(page > 0, qPrintable(kind + QStringLiteral(": no chart \"") + chart + u'"'));
            // Drawn once, on its page (not also clipped away at the foot of the page before).
            QCOMPARE(text.count(chart), 1);
            QVERIFY(probe.render(page, QDir(m_artefacts).filePath(kind + QStringLiteral("-page%1").arg(page)), 100));
        }
        qInfo("%s: %d pages, rendered into %s", qPrintable(kind), pages, qPrintable(m_artefacts));
    }

    static QStringList periodicExpected()
    {
        return {
            QStringLiteral("BÁO CÁO"),
            QStringLiteral("Tình hình bảo đảm an toàn thông tin mạng quý III năm 2026"),
            QStringLiteral("(từ ngày 01/07/2026 đến ngày 30/09/2026)"),
            QStringLiteral("Kính gửi:"),
            QStringLiteral("Thực hiện chế độ báo cáo định kỳ hằng quý"),
            QStringLiteral("I. TÌNH HÌNH CẢNH BÁO AN TOÀN THÔNG TIN MẠNG"),
            QStringLiteral("ghi nhận 11 cảnh báo"),
            QStringLiteral("số cảnh báo tăng 37,5% (từ 8 lên 11)"),
            QStringLiteral("2. Cảnh báo theo mức độ"),
            QStringLiteral("3. Cảnh báo theo phân hệ giám sát"),
            QStringLiteral("Tường lửa"),
            QStringLiteral("4. Các dấu hiệu cảnh báo xuất hiện nhiều nhất"),
            test::PeriodFixture::signature(),
            QStringLiteral("5. Các địa chỉ nguồn phát sinh nhiều cảnh báo nhất"),
            QStringLiteral("203.0.113.5"),
            QStringLiteral("II. TÌNH HÌNH SỰ CỐ AN TOÀN THÔNG TIN MẠNG"),
            QStringLiteral("Trong kỳ ghi nhận 3 sự cố"),
            QStringLiteral("số sự cố tăng 50,0% (từ 2 lên 3)"),
            QStringLiteral("Tổng thiệt hại ước tính: 262.500.000 đồng."),
            QStringLiteral("3. Sự cố theo loại và hình thức xử lý"),
            QStringLiteral("4. Sự cố theo cơ quan, đơn vị chủ quản hệ thống"),
            test::PeriodFixture::health(),
            QStringLiteral("Bệnh viện Đa khoa tỉnh"),
            QStringLiteral("5. Các tổ chức hỗ trợ xử lý sự cố"),
            QStringLiteral("Công an tỉnh"),
            QStringLiteral("Công ty An ninh mạng X"),
            QStringLiteral("VNCERT/CC"),
            QStringLiteral("III. THỜI GIAN TIẾP NHẬN, XỬ LÝ"),
            QStringLiteral("IV. SO SÁNH VỚI KỲ TRƯỚC"),
            QStringLiteral("So với kỳ trước, quý II năm 2026 (từ ngày 01/04/2026 đến ngày 30/06/2026):"),
            QStringLiteral("cảnh báo mức Cao và Khẩn cấp giảm 25,0% (từ 4 xuống 3)"),
            QStringLiteral("thiệt hại ước tính tăng 26.150,0% (từ 1.000.000 đồng lên 262.500.000 đồng)"),
            QStringLiteral("Thời gian trung bình tiếp nhận, phân loại cảnh báo: 2 giờ 15 phút (kỳ trước: 30 phút)."),
            QStringLiteral(
                "Thời gian trung bình xử lý sự cố: 17 giờ 15 phút (kỳ trước: không có sự cố được xử lý xong)."),
            QStringLiteral("Nơi nhận:"),
            QStringLiteral("Lưu: VT, SOC."),
            QStringLiteral("KT. GIÁM ĐỐC"),
            QStringLiteral("Nguyễn Văn Hùng")};
    }

    static QStringList periodicCharts()
    {
        return {QStringLiteral("Biểu đồ 1. Số cảnh báo theo mức độ"), QStringLiteral("Biểu đồ 2. Số sự cố theo loại")};
    }

    static void checkPeriodicTables(const PdfProbe& probe)
    {
        // Alerts by severity: previous, current, change; then incidents by severity.
        for (const auto& [first, last] : std::initializer_list<std::pair<QString, QString>>{
                 {QStringLiteral("Thấp"), QStringLiteral("2 3 +50,0%")},
                 {QStringLiteral("Trung bình"), QStringLiteral("2 5 +150,0%")},
                 {QStringLiteral("Cao"), QStringLiteral("3 2 -33,3%")},
                 {QStringLiteral("Khẩn cấp"), QStringLiteral("1 1 0,0%")},
                 {QStringLiteral("Tổng cộng"), QStringLiteral("8 11 +37,5%")},
                 {QStringLiteral("Thấp"), QStringLiteral("1 0 -100,0%")},
                 {QStringLiteral("Trung bình"), QStringLiteral("1 1 0,0%")},
                 {QStringLiteral("Cao"), QStringLiteral("0 1 —")},
                 {QStringLiteral("Tổng cộng"), QStringLiteral("2 3 +50,0%")},
                 {QStringLiteral("1 NSM"), QStringLiteral("5 45,5%")},
                 {QStringLiteral("1 2001"), QStringLiteral("4")},
                 {QStringLiteral("1 203.0.113.5"), QStringLiteral("4 36,4%")},
                 {QStringLiteral("1 Sở Y tế"), QStringLiteral("2 66,7%")},
                 {QStringLiteral("Thời gian trung bình xử lý sự cố"), QStringLiteral("— 17 giờ 15 phút")},
             })
            QVERIFY2(probe.hasRow(first, last), qPrintable(QStringLiteral("no row \"%1 … %2\"").arg(first, last)));
        checkMau05Rows(probe);
    }

    // The ten official types and the total: count, in-house, domestic help, foreign help, support
    // requested, estimated damage.
    static void checkMau05Rows(const PdfProbe& probe)
    {
        const int page = probe.pageWith(QStringLiteral("Tấn công sử dụng mã độc"));
        for (const char* column :
             {"STT", "Loại sự cố", "Số lượng", "Tự xử lý", "Có hỗ trợ của tổ chức trong nước",
              "Có hỗ trợ của tổ chức nước ngoài", "Đề nghị hỗ trợ điều phối", "Thiệt hại ước tính (VND)"})
            QVERIFY2(probe.hasWords(page, QString::fromUtf8(column)), column);
        QVERIFY(probe.hasRow(QStringLiteral("1 Từ chối dịch vụ"), QStringLiteral("0 0 0 0 0 0")));
        QVERIFY(probe.hasRow(QStringLiteral("3 Tấn công sử dụng"), QStringLiteral("1 0 0 1 0 12.500.000")));
        QVERIFY(probe.hasRow(QStringLiteral("4 Truy cập trái phép"), QStringLiteral("2 1 1 0 1 250.000.000")));
        QVERIFY(probe.hasRow(QStringLiteral("9 Tấn công tổng hợp"), QStringLiteral("0 0 0 0 0 0")));
        QVERIFY(probe.hasRow(QStringLiteral("Tổng cộng"), QStringLiteral("3 1 1 1 1 262.500.000")));
    }

private slots:
    void initTestCase()
    {
        const QStringList missing = PdfProbe::missingTools();
        if (!missing.isEmpty())
            QFAIL(qPrintable(QStringLiteral("missing %1: install poppler-utils").arg(missing.join(u' '))));
        m_fixture.seed();
        m_artefacts = QDir::current().filePath(QStringLiteral("report-artefacts"));
        QDir().mkpath(m_artefacts);
    }

    void wording_data()
    {
        QTest::addColumn<QString>("actual");
        QTest::addColumn<QString>("expected");
        using W = report::FigureWording;
        using P = report::PeriodWording;
        constexpr qint64 min = test::PeriodFixture::kMinute;
        QTest::newRow("hours and minutes") << W::duration({135 * min, 3}) << QStringLiteral("2 giờ 15 phút");
        QTest::newRow("whole hours") << W::duration({2 * 60 * min, 1}) << QStringLiteral("2 giờ");
        QTest::newRow("days") << W::duration({(25 * 60 + 30) * min, 2}) << QStringLiteral("1 ngày 1 giờ 30 phút");
        QTest::newRow("seconds") << W::duration({45'000, 1}) << QStringLiteral("45 giây");
        QTest::newRow("rounded to the minute") << W::duration({90'000, 1}) << QStringLiteral("2 phút");
        QTest::newRow("no samples") << W::duration({0, 0}) << QStringLiteral("—");
        QTest::newRow("count") << W::count(1'234'567) << QStringLiteral("1.234.567");
        QTest::newRow("up") << W::change(11, 8) << QStringLiteral("+37,5%");
        QTest::newRow("down") << W::change(2, 3) << QStringLiteral("-33,3%");
        QTest::newRow("same") << W::change(4, 4) << QStringLiteral("0,0%");
        QTest::newRow("from nothing") << W::change(3, 0) << QStringLiteral("—");
        QTest::newRow("trend up") << W::trend(11, 8) << QStringLiteral("tăng 37,5% (từ 8 lên 11)");
        QTest::newRow("trend down") << W::trend(3, 4) << QStringLiteral("giảm 25,0% (từ 4 xuống 3)");
        QTest::newRow("trend from zero") << W::trend(5, 0) << QStringLiteral("tăng từ 0 lên 5");
        QTest::newRow("trend flat") << W::trend(1'000, 1'000) << QStringLiteral("không thay đổi (1.000)");
        QTest::newRow("share") << W::share(1, 3) << QStringLiteral("33,3%");
        const auto at = [](domain::PeriodPreset p, QDate d) { return domain::ReportPeriod::containing(p, d); };
        QTest::newRow("month") << P::name(at(domain::PeriodPreset::Monthly, QDate(2026, 2, 10)))
                               << QStringLiteral("tháng 02 năm 2026");
        QTest::newRow("quarter") << P::name(at(domain::PeriodPreset::Quarterly, QDate(2026, 8, 1)))
                                 << QStringLiteral("quý III năm 2026");
        QTest::newRow("first half") << P::name(at(domain::PeriodPreset::HalfYear, QDate(2026, 3, 1)))
                                    << QStringLiteral("6 tháng đầu năm 2026");
        QTest::newRow("year") << P::described(at(domain::PeriodPreset::Yearly, QDate(2026, 3, 1)))
                              << QStringLiteral("năm 2026 (từ ngày 01/01/2026 đến ngày 31/12/2026)");
        QTest::newRow("custom") << P::described(domain::ReportPeriod::custom(QDate(2026, 3, 10), QDate(2026, 3, 19)))
                                << QStringLiteral("từ ngày 10/03/2026 đến ngày 19/03/2026");
        QTest::newRow("label") << P::label(at(domain::PeriodPreset::Quarterly, QDate(2026, 5, 1)))
                               << QStringLiteral("Quý II/2026");
        QTest::newRow("recurrence") << P::recurrence(domain::PeriodPreset::Yearly) << QStringLiteral("hằng năm");
    }

    void wording()
    {
        QFETCH(QString, actual);
        QFETCH(QString, expected);
        QCOMPARE(actual, expected);
    }

    void periodicReport()
    {
        const QString pdf =
            issue(domain::ReportKind::Periodic, test::PeriodFixture::quarter(), QStringLiteral("periodic"));
        QVERIFY(QFile::exists(pdf));
        QVERIFY(QRegularExpression(QStringLiteral("^\\d{2}/BC-SOC$")).match(m_issued.last()).hasMatch());
        checkPdf(pdf, QStringLiteral("periodic"), header(m_issued.last()) + periodicExpected(), periodicCharts());
        const PdfProbe probe(pdf);
        checkPeriodicTables(probe);
        // Nothing to propose was recorded: no section V, no filler.
        QVERIFY(!probe.text().contains(QStringLiteral("V. ĐỀ XUẤT")));
        // The chart's own words (legend, categories, title) are text on the chart's page.
        const int chartPage = probe.pageWith(periodicCharts()[0]);
        const QString chartText = probe.text(chartPage).simplified();
        for (const char* word : {"Quý II/2026", "Quý III/2026", "Khẩn cấp", "Trung bình"})
            QVERIFY2(chartText.contains(QString::fromUtf8(word)), word);
    }

    void mau05Form()
    {
        const QString pdf = issue(domain::ReportKind::Mau05, test::PeriodFixture::halfYear(), QStringLiteral("mau05"));
        QVERIFY(QFile::exists(pdf));
        const QStringList expected{
            QStringLiteral("Mẫu 05 (Thông tư số 20/2017/TT-BTTTT)"),
            QStringLiteral("BÁO CÁO TỔNG HỢP"),
            QStringLiteral("Tình hình tiếp nhận và xử lý sự cố an toàn thông tin mạng"),
            QStringLiteral("Kỳ báo cáo: 6 tháng cuối năm 2026 (từ ngày 01/07/2026 đến ngày 31/12/2026)"),
            QStringLiteral("1. Thông tin về tổ chức báo cáo (*)"),
            QStringLiteral("Tên tổ chức (*): TRUNG TÂM GIÁM SÁT AN NINH MẠNG"),
            QStringLiteral("Địa chỉ (*): Số 7 Cách Mạng Tháng Tám"),
            QStringLiteral("Điện thoại (*): 0275 3822 123"),
            QStringLiteral("Thư điện tử (*): soc@bentre.gov.vn"),
            QStringLiteral("Mã thành viên mạng lưới ứng cứu sự cố: BTR-SOC-01"),
            QStringLiteral("2. Thống kê sự cố đã tiếp nhận, xử lý trong kỳ"),
            QStringLiteral("Tổng số sự cố: 3; tổng thiệt hại ước tính: 262.500.000 đồng."),
            QStringLiteral("3. Danh sách các tổ chức đã hỗ trợ xử lý sự cố"),
            QStringLiteral("Công ty An ninh mạng X"),
            QStringLiteral("NGƯỜI ĐẠI DIỆN THEO PHÁP LUẬT"),
            QStringLiteral("(Ký tên, đóng dấu)"),
            QStringLiteral("Nguyễn Văn Hùng")};
        checkPdf(pdf, QStringLiteral("mau05"), header(m_issued.last()) + expected, {});
        const PdfProbe probe(pdf);
        checkMau05Rows(probe);
        QVERIFY(probe.hasRow(QStringLiteral("1 Công an tỉnh"), QStringLiteral("1")));
        // The form's table, for a person to look at too.
        const int tablePage = probe.pageWith(QStringLiteral("Tấn công sử dụng mã độc"));
        QVERIFY(
            probe.render(tablePage, QDir(m_artefacts).filePath(QStringLiteral("mau05-page%1").arg(tablePage)), 100));
        QVERIFY(!probe.text().contains(QStringLiteral("4. Đề xuất"))); // no recommendations recorded
        QCOMPARE(serialOf(m_issued.last()), serialOf(m_issued.first()) + 1);
    }

    // A period without alerts or incidents: sentences instead of empty tables, no chart.
    void emptyPeriodPrintsSentences()
    {
        const auto s = store::StatisticsRepository(m_fixture.db())
                           .compute(domain::ReportPeriod::containing(domain::PeriodPreset::Monthly, QDate(2025, 3, 1)));
        QVERIFY(s);
        const auto doc =
            report::PeriodicReport::build(*s, {domain::ReportSettings::defaults(), QStringLiteral("01/BC-SOC"), 0});
        QStringList text;
        for (const auto& b : doc.body) {
            QVERIFY(b.kind != report::DocumentBlock::Kind::Chart);
            if (b.kind == report::DocumentBlock::Kind::Table)
                QVERIFY2(!b.rows.empty(), qPrintable(b.columns.join(u'|')));
            text << b.text;
        }
        const QString all = text.join(u'\n');
        QVERIFY(all.contains(QStringLiteral("không ghi nhận cảnh báo nào")));
        QVERIFY(all.contains(QStringLiteral("không ghi nhận sự cố an toàn thông tin mạng nào")));
        QVERIFY(all.contains(QStringLiteral("IV. SO SÁNH VỚI KỲ TRƯỚC")));
    }

    // The GUI writes PDFs with QtConcurrent: two workers at once paint the same document with its
    // charts while the main thread keeps its event loop turning; the PDFs read as the one painted
    // on the main thread.
    void paintsOnWorkerThreads()
    {
        report::ReportRequest request;
        request.kind = domain::ReportKind::Periodic;
        request.period = test::PeriodFixture::quarter();
        const auto source = report::ReportSource::load(m_fixture.db(), request);
        QVERIFY(source);
        const report::OfficialDocument doc =
            source->document({domain::ReportSettings::defaults(), {}, QDateTime::currentMSecsSinceEpoch()});
        QVERIFY(doc.draft);
        QString error;
        const int pages = report::DocumentRenderer(doc).writePdf(pdfPath(QStringLiteral("main-thread")), &error);
        QVERIFY2(pages > 0, qPrintable(error));
        const auto paint = [doc](const QString& path) {
            QString e;
            return report::DocumentRenderer(doc).writePdf(path, &e);
        };
        QFuture<int> first = QtConcurrent::run(paint, pdfPath(QStringLiteral("worker-1")));
        QFuture<int> second = QtConcurrent::run(paint, pdfPath(QStringLiteral("worker-2")));
        QTRY_VERIFY_WITH_TIMEOUT(first.isFinished() && second.isFinished(), 120000);
        QCOMPARE(first.result(), pages);
        QCOMPARE(second.result(), pages);
        const QString reference = PdfProbe(pdfPath(QStringLiteral("main-thread"))).text();
        for (const QString& chart : periodicCharts())
            QVERIFY(reference.simplified().contains(chart));
        QCOMPARE(PdfProbe(pdfPath(QStringLiteral("worker-1"))).text(), reference);
        QCOMPARE(PdfProbe(pdfPath(QStringLiteral("worker-2"))).text(), reference);
        QVERIFY(PdfProbe(pdfPath(QStringLiteral("worker-1"))).images().isEmpty());
    }

    // `socstation report` issues the next numbers; every document is in the register, in sequence.
    void throughTheCliAndRegistered()
    {
        QVERIFY2(m_issued.size() == 2, "periodicReport and mau05Form run first");
        m_fixture.session.reset(); // the CLI opens the workspace itself
        const auto cli = [this](const QString& kind, const QString& period, const QString& name) {
            const auto r = test::runCli({QStringLiteral("--json"), QStringLiteral("report"), kind,
                                         QStringLiteral("--period"), period, QStringLiteral("--date"),
                                         QStringLiteral("2026-08-01"), QStringLiteral("--out"), pdfPath(name)},
                                        {}, test::cliEnv(m_fixture.dir.path()));
            if (r.exitCode != 0)
                qWarning() << r.err;
            return QJsonDocument::fromJson(r.out).object();
        };
        const QJsonObject periodic =
            cli(QStringLiteral("periodic"), QStringLiteral("quarterly"), QStringLiteral("cli-periodic"));
        QCOMPARE(periodic.value(QStringLiteral("from")).toString(), QStringLiteral("2026-07-01"));
        QCOMPARE(periodic.value(QStringLiteral("to")).toString(), QStringLiteral("2026-09-30"));
        m_issued << periodic.value(QStringLiteral("number")).toString();
        const QJsonObject mau05 =
            cli(QStringLiteral("mau05"), QStringLiteral("half-year"), QStringLiteral("cli-mau05"));
        QCOMPARE(mau05.value(QStringLiteral("to")).toString(), QStringLiteral("2026-12-31"));
        m_issued << mau05.value(QStringLiteral("number")).toString();
        for (qsizetype i = 1; i < m_issued.size(); ++i)
            QCOMPARE(serialOf(m_issued[i]), serialOf(m_issued[i - 1]) + 1);

        const PdfProbe periodicPdf(pdfPath(QStringLiteral("cli-periodic")));
        const QString flat = periodicPdf.text().simplified();
        for (const QString& e : periodicExpected() + periodicCharts())
            QVERIFY2(flat.contains(nfc(e)), qPrintable(QStringLiteral("CLI periodic: missing \"") + e + u'"'));
        checkPeriodicTables(periodicPdf);
        checkMau05Rows(PdfProbe(pdfPath(QStringLiteral("cli-mau05"))));

        QByteArray password(test::kTestPassword);
        auto session = store::Workspace(m_fixture.dir.path())
                           .signIn(QLatin1String(test::kTestLead), security::SecretBuffer::takeFrom(password));
        auto st = session->database().prepare(
            "SELECT kind, code, period_from, period_to FROM issued_reports ORDER BY issued_at, number");
        QStringList kinds;
        QStringList codes;
        while (st.step()) {
            kinds << st.text(0);
            codes << st.text(1);
            const auto period =
                st.text(0) == u"periodic" ? test::PeriodFixture::quarter() : test::PeriodFixture::halfYear();
            QCOMPARE(st.int64(2), period.fromMs);
            QCOMPARE(st.int64(3), period.toMs);
        }
        QCOMPARE(kinds, (QStringList{QStringLiteral("periodic"), QStringLiteral("mau05"), QStringLiteral("periodic"),
                                     QStringLiteral("mau05")}));
        QCOMPARE(codes, m_issued);
    }
};

QTEST_MAIN(tst_PeriodicReports)
#include "tst_PeriodicReports.moc"
