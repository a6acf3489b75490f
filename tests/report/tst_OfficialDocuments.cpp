// Each official document end to end: `socstation report KIND` on a seeded workspace, then the PDF
// read back with poppler (pdftotext, pdffonts, pdfinfo) and page 1 rendered for a person to look at.
#include "ReportFixture.h"

#include "domain/SocTimeZone.h"
#include "report/DocumentRenderer.h"
#include "report/ReportSource.h"
#include "report/VietnameseDate.h"
#include "store/IssuedReportRepository.h"
#include "store/TimelineRepository.h"
#include "store/Workspace.h"

#include <QDir>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>

using namespace soc;

namespace {

QByteArray tool(const QString& program, const QStringList& args)
{
    QProcess p;
    p.start(program, args);
    if (!p.waitForFinished(60000) || p.exitCode() != 0)
        return {};
    return p.readAllStandardOutput();
}

struct Word {
    double xMin, yMin, xMax, yMax;
    QString text;
};

// Words of one page with their boxes (pdftotext -bbox), in PDF points from the top left.
std::vector<Word> wordsOfPage(const QString& pdf, int page)
{
    const QString html = QString::fromUtf8(tool(QStringLiteral("pdftotext"),
                                                {QStringLiteral("-bbox"), QStringLiteral("-f"), QString::number(page), QStringLiteral("-l"),
                                                 QString::number(page), pdf, QStringLiteral("-")}));
    static const QRegularExpression re(QStringLiteral(
        "<word xMin=\"([0-9.]+)\" yMin=\"([0-9.]+)\" xMax=\"([0-9.]+)\" yMax=\"([0-9.]+)\">([^<]*)</word>"));
    std::vector<Word> out;
    for (auto it = re.globalMatch(html); it.hasNext();) {
        const auto m = it.next();
        out.push_back({m.captured(1).toDouble(), m.captured(2).toDouble(), m.captured(3).toDouble(), m.captured(4).toDouble(), m.captured(5)});
    }
    return out;
}

} // namespace

class tst_OfficialDocuments : public QObject {
    Q_OBJECT

    test::ReportFixture m_fixture;
    QString m_artefacts;

    QString issue(const QString& kind, QString* number)
    {
        const QString out = QDir(m_fixture.dir.path()).filePath(kind + QStringLiteral(".pdf"));
        const auto r = test::runCli({QStringLiteral("--json"), QStringLiteral("report"), kind, QStringLiteral("--incident"),
                                     m_fixture.ticketCode, QStringLiteral("--out"), out},
                                    {}, test::cliEnv(m_fixture.dir.path()));
        if (r.exitCode != 0)
            qWarning() << r.err;
        [&] { QCOMPARE(r.exitCode, 0); }();
        *number = QJsonDocument::fromJson(r.out).object().value(QStringLiteral("number")).toString();
        return out;
    }

    // The checks every document must pass; `expected` are headings and values that must appear.
    void checkPdf(const QString& pdf, const QString& kind, const QStringList& expected, int minPages)
    {
        const QString text = QString::fromUtf8(tool(QStringLiteral("pdftotext"), {QStringLiteral("-enc"), QStringLiteral("UTF-8"), pdf, QStringLiteral("-")}));
        // The two header columns are read on their own: text extraction interleaves wrapped lines.
        const QStringList columns{headerColumn(pdf, 85, 206), headerColumn(pdf, 291, 262)};
        QVERIFY2(!text.isEmpty(), "pdftotext produced nothing");
        // Words may be split across lines; compare with whitespace collapsed.
        const QString flat = text.simplified();
        for (const QString& e : expected) {
            const QString nfc = e.normalized(QString::NormalizationForm_C);
            QVERIFY2(flat.contains(nfc) || columns[0].contains(nfc) || columns[1].contains(nfc),
                     qPrintable(kind + QStringLiteral(": missing \"") + e + u'"'));
        }
        QVERIFY2(!text.contains(QChar(0x0301)) && !text.contains(QChar(0x0323)), "decomposed Vietnamese in the PDF (not NFC)");

        const QString fonts = QString::fromUtf8(tool(QStringLiteral("pdffonts"), {pdf}));
        QVERIFY(fonts.contains(QStringLiteral("LiberationSerif")));
        const QStringList fontLines = fonts.split(u'\n', Qt::SkipEmptyParts).mid(2);
        QVERIFY(!fontLines.isEmpty());
        for (const QString& line : fontLines) {
            static const QRegularExpression emb(QStringLiteral("\\s(yes|no)\\s+(yes|no)\\s+(yes|no)\\s+\\d+\\s+\\d+\\s*$"));
            const auto m = emb.match(line);
            QVERIFY2(m.hasMatch() && m.captured(1) == u"yes", qPrintable(QStringLiteral("font not embedded: ") + line));
        }

        const QString info = QString::fromUtf8(tool(QStringLiteral("pdfinfo"), {pdf}));
        static const QRegularExpression size(QStringLiteral("Page size:\\s+([0-9.]+) x ([0-9.]+) pts"));
        const auto sm = size.match(info);
        QVERIFY(sm.hasMatch());
        QCOMPARE(qRound(sm.captured(1).toDouble()), 595);
        QCOMPARE(qRound(sm.captured(2).toDouble()), 842);
        static const QRegularExpression pagesRe(QStringLiteral("Pages:\\s+(\\d+)"));
        const int pages = pagesRe.match(info).captured(1).toInt();
        QVERIFY2(pages >= minPages, qPrintable(QStringLiteral("%1 pages").arg(pages)));

        // NĐ 30: no page number on page 1; from page 2 centred in the top margin (20 mm ≈ 57 pt).
        for (const Word& w : wordsOfPage(pdf, 1))
            QVERIFY2(w.yMax > 57, qPrintable(QStringLiteral("text in page 1's top margin: ") + w.text));
        if (pages >= 2) {
            const auto words = wordsOfPage(pdf, 2);
            const auto number = std::find_if(words.begin(), words.end(), [](const Word& w) { return w.text == u"2" && w.yMax < 57; });
            QVERIFY2(number != words.end(), "no page number in page 2's top margin");
            const double bodyCentre = (85.04 + (595.28 - 42.52)) / 2; // margins 30 mm left, 15 mm right
            QVERIFY2(qAbs((number->xMin + number->xMax) / 2 - bodyCentre) < 10, "page number not centred");
        }

        const QString png = QDir(m_artefacts).filePath(kind);
        QProcess::execute(QStringLiteral("pdftoppm"), {QStringLiteral("-png"), QStringLiteral("-r"), QStringLiteral("60"), QStringLiteral("-f"),
                                                        QStringLiteral("1"), QStringLiteral("-l"), QStringLiteral("1"), QStringLiteral("-singlefile"), pdf, png});
        QVERIFY(QFile::exists(png + QStringLiteral(".png")));
        qInfo("page 1 of %s: %s.png", qPrintable(kind), qPrintable(png));
    }

    // Text of page 1's header in a column (x and width in points), whitespace collapsed.
    static QString headerColumn(const QString& pdf, int x, int width)
    {
        return QString::fromUtf8(tool(QStringLiteral("pdftotext"),
                                      {QStringLiteral("-f"), QStringLiteral("1"), QStringLiteral("-l"), QStringLiteral("1"), QStringLiteral("-r"),
                                       QStringLiteral("72"), QStringLiteral("-x"), QString::number(x), QStringLiteral("-y"), QStringLiteral("0"),
                                       QStringLiteral("-W"), QString::number(width), QStringLiteral("-H"), QStringLiteral("170"), pdf,
                                       QStringLiteral("-")}))
            .simplified();
    }

    QStringList header(const QString& number) const
    {
        const QDate today = QDateTime::currentDateTimeUtc().toTimeZone(domain::socTimeZone()).date();
        return {QStringLiteral("SỞ KHOA HỌC VÀ CÔNG NGHỆ TỈNH BẾN TRE"), QStringLiteral("TRUNG TÂM GIÁM SÁT AN NINH MẠNG"),
                QStringLiteral("Số: ") + number, QStringLiteral("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"),
                QStringLiteral("Độc lập - Tự do - Hạnh phúc"), report::VietnameseDate::placeDateLine(QStringLiteral("Bến Tre"), today)};
    }

private slots:
    void initTestCase()
    {
        for (const char* t : {"pdftotext", "pdffonts", "pdfinfo", "pdftoppm"})
            if (QStandardPaths::findExecutable(QString::fromLatin1(t)).isEmpty())
                QFAIL(qPrintable(QStringLiteral("%1 is missing: install poppler-utils").arg(QLatin1String(t))));
        m_fixture.seed(60);
        m_fixture.session.reset(); // the CLI opens the workspace itself
        m_artefacts = QDir::current().filePath(QStringLiteral("report-artefacts"));
        QDir().mkpath(m_artefacts);
        qInfo("rendered pages go to %s", qPrintable(m_artefacts));
    }

    void mau03()
    {
        QString number;
        const QString pdf = issue(QStringLiteral("mau03"), &number);
        QVERIFY(QRegularExpression(QStringLiteral("^\\d{2}/BC-SOC$")).match(number).hasMatch());
        checkPdf(pdf, QStringLiteral("mau03"),
                 header(number) + QStringList{QStringLiteral("BÁO CÁO BAN ĐẦU SỰ CỐ MẠNG"), test::ReportFixture::title(),
                                              QStringLiteral("Kính gửi:"), QStringLiteral("1. Thông tin về tổ chức, cá nhân báo cáo sự cố (*)"),
                                              QStringLiteral("soc@bentre.gov.vn"), QStringLiteral("2. Thông tin người liên hệ (*)"),
                                              QStringLiteral("Trần Thị Mai"), test::ReportFixture::agency(), QStringLiteral("4. Mô tả sơ bộ về sự cố (*)"),
                                              QStringLiteral("Ngày phát hiện (*): 05/01/2026"), QStringLiteral("Thời gian phát hiện (*): 09 giờ 40 phút"),
                                              QStringLiteral("6. Tình trạng xử lý sự cố (*)"), QStringLiteral("7. Cách thức phát hiện sự cố (*)"),
                                              QStringLiteral("☒ Nhận được thông báo từ: Trung tâm NCSC"), QStringLiteral("8. Đã thông báo sự cố cho (*)"),
                                              QStringLiteral("10. Kiến nghị, đề xuất hỗ trợ"), QStringLiteral("11. Thời gian thực hiện báo cáo sự cố (*)"),
                                              QStringLiteral("Nơi nhận:"), QStringLiteral("Lưu: VT, SOC."), QStringLiteral("KT. GIÁM ĐỐC"),
                                              QStringLiteral("PHÓ GIÁM ĐỐC"), QStringLiteral("Nguyễn Văn Hùng")},
                 1);
        // Issuing through the CLI registers the document and puts it on the incident's timeline.
        QByteArray password(test::kTestPassword);
        auto session = store::Workspace(m_fixture.dir.path()).signIn(QLatin1String(test::kTestLead), security::SecretBuffer::takeFrom(password));
        const auto events = store::TimelineRepository(session->database()).forTicket(m_fixture.ticketId);
        QVERIFY(std::any_of(events.begin(), events.end(), [&](const domain::TimelineEvent& e) {
            return e.kind == domain::TimelineKind::ReportIssued && e.details.value(QStringLiteral("number")).toString() == number;
        }));
        m_mau03Number = number;
    }

    void mau04()
    {
        QVERIFY2(!m_mau03Number.isEmpty(), "mau03 runs first");
        QString number;
        const QString pdf = issue(QStringLiteral("mau04"), &number);
        QVERIFY(number != m_mau03Number);
        const QString today = QDateTime::currentDateTimeUtc().toTimeZone(domain::socTimeZone()).toString(QStringLiteral("dd/MM/yyyy"));
        checkPdf(pdf, QStringLiteral("mau04"),
                 header(number) + QStringList{QStringLiteral("BÁO CÁO KẾT THÚC ỨNG PHÓ SỰ CỐ"), QStringLiteral("2. Báo cáo ban đầu sự cố"),
                                              QStringLiteral("Số, ký hiệu: ") + m_mau03Number, QStringLiteral("Ngày: ") + today,
                                              QStringLiteral("5. Ngày, giờ phát hiện sự cố (*)"), QStringLiteral("6. Kết quả xử lý sự cố"),
                                              QStringLiteral("Đã khôi phục trang chủ từ bản sao lưu."), QStringLiteral("12.500.000 đồng"),
                                              test::ReportFixture::lessons()},
                 1);
    }

    void record()
    {
        QString number;
        const QString pdf = issue(QStringLiteral("record"), &number);
        QVERIFY(number.endsWith(QStringLiteral("/BB-SOC")));
        checkPdf(pdf, QStringLiteral("record"),
                 header(number) + QStringList{QStringLiteral("BIÊN BẢN"), QStringLiteral("Thời gian bắt đầu:"), QStringLiteral("Địa điểm:"),
                                              QStringLiteral("Thành phần tham dự: Nguyễn Thị Ánh"), QStringLiteral("Chủ trì: Lê Văn Tâm"),
                                              QStringLiteral("Thư ký (người ghi biên bản): Phạm Thị Hoa"), QStringLiteral("Nội dung:"),
                                              QStringLiteral("Cuộc họp kết thúc vào lúc"), QStringLiteral("THƯ KÝ"), QStringLiteral("CHỦ TỌA")},
                 1);
    }

    void incident()
    {
        QString number;
        const QString pdf = issue(QStringLiteral("incident"), &number);
        QStringList expected = header(number);
        expected << QStringLiteral("I. TÓM TẮT SỰ CỐ") << QStringLiteral("II. PHÂN LOẠI SỰ CỐ") << QStringLiteral("III. CÁC BƯỚC ỨNG CỨU SỰ CỐ")
                 << QStringLiteral("IV. DIỄN BIẾN XỬ LÝ SỰ CỐ") << QStringLiteral("V. TRAO ĐỔI, THÔNG BÁO") << QStringLiteral("VI. CHỨNG CỨ SỐ")
                 << QStringLiteral("VII. BÀI HỌC KINH NGHIỆM") << m_fixture.ticketCode << QStringLiteral("Thay đổi giao diện")
                 << QStringLiteral("Thu thập bằng chứng và truy tìm thủ phạm") << QStringLiteral("Hoạt động sau sự cố")
                 << QStringLiteral("Báo cáo nhanh sự cố qua điện thoại.") << QStringLiteral("access.log")
                 << QStringLiteral("Ghi nhận diễn biến số 60") << test::ReportFixture::lessons();
        checkPdf(pdf, QStringLiteral("incident"), expected, 2);
        // SHA-256 of "GET /index.php 200\n", printed in two halves.
        const QString text = QString::fromUtf8(tool(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")})).remove(QRegularExpression(QStringLiteral("\\s")));
        const QString sha = QString::fromLatin1(QCryptographicHash::hash("GET /index.php 200\n", QCryptographicHash::Sha256).toHex());
        QVERIFY2(text.contains(sha), qPrintable(sha));
    }

    // A draft (previewed, not issued) says DỰ THẢO and leaves room for the number: "Số:        /BC-SOC".
    void draftLeavesTheNumberBlank()
    {
        report::ReportSource source;
        source.request.kind = domain::ReportKind::Mau03;
        source.dossier.emplace();
        source.dossier->ticket.title = test::ReportFixture::title();
        source.dossier->incident.detectedAtMs = test::ReportFixture::kDetected;
        const report::OfficialDocument doc = source.document({domain::ReportSettings::defaults(), {}, test::ReportFixture::kDetected});
        QVERIFY(doc.draft);
        const QString pdf = QDir(m_fixture.dir.path()).filePath(QStringLiteral("draft.pdf"));
        QString error;
        QVERIFY2(report::DocumentRenderer(doc).writePdf(pdf, &error) > 0, qPrintable(error));
        const QString text = QString::fromUtf8(tool(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), pdf, QStringLiteral("-")}));
        QVERIFY(text.contains(QStringLiteral("DỰ THẢO")));
        QVERIFY2(text.contains(QRegularExpression(QStringLiteral("Số: {3,}/BC-SOC"))), qPrintable(text.left(800)));
    }

    void unknownIncidentIsAnOperationalError()
    {
        const auto r = test::runCli({QStringLiteral("report"), QStringLiteral("mau03"), QStringLiteral("--incident"), QStringLiteral("SOC-1999-000001"),
                                     QStringLiteral("--out"), QDir(m_fixture.dir.path()).filePath(QStringLiteral("x.pdf"))},
                                    {}, test::cliEnv(m_fixture.dir.path()));
        QCOMPARE(r.exitCode, 1);
        const auto usage = test::runCli({QStringLiteral("report"), QStringLiteral("mau03")}, {}, test::cliEnv(m_fixture.dir.path()));
        QCOMPARE(usage.exitCode, 2);
    }

private:
    QString m_mau03Number;
};

QTEST_MAIN(tst_OfficialDocuments)
#include "tst_OfficialDocuments.moc"
