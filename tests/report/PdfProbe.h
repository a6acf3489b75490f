#pragma once

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRectF>
#include <QRegularExpression>
#include <QSize>
#include <QStandardPaths>
#include <QString>
#include <QStringList>

#include <vector>

namespace soc::test {

// A PDF read back with poppler-utils (pdftotext, pdffonts, pdfinfo, pdfimages, pdftoppm).
class PdfProbe {
public:
    struct Word {
        double xMin, yMin, xMax, yMax; // points from the top left
        QString text;
    };

    explicit PdfProbe(QString path)
        : m_path(std::move(path))
    {
    }

    static QStringList missingTools()
    {
        QStringList missing;
        for (const char* t : {"pdftotext", "pdffonts", "pdfinfo", "pdfimages", "pdftoppm"})
            if (QStandardPaths::findExecutable(QString::fromLatin1(t)).isEmpty())
                missing << QString::fromLatin1(t);
        return missing;
    }

    // Reading order, UTF-8; `page` 0 = every page.
    QString text(int page = 0) const
    {
        return QString::fromUtf8(run(QStringLiteral("pdftotext"),
                                     pageArgs(page) + QStringList{QStringLiteral("-enc"), QStringLiteral("UTF-8"),
                                                                  m_path, QStringLiteral("-")}));
    }
    // The physical layout: a table row comes out on one line.
    QString layoutText() const
    {
        return QString::fromUtf8(
            run(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), QStringLiteral("-enc"),
                                              QStringLiteral("UTF-8"), m_path, QStringLiteral("-")}));
    }
    // Whether a line of the layout text, whitespace collapsed, starts with `first` and ends with `last`.
    bool hasRow(const QString& first, const QString& last) const
    {
        for (const QString& line : layoutText().split(u'\n')) {
            const QString l = line.simplified();
            if (l.startsWith(first) && l.endsWith(last))
                return true;
        }
        return false;
    }

    // Text inside a rectangle of a page, in points from the top left, whitespace collapsed.
    QString region(int page, const QRectF& r) const
    {
        return QString::fromUtf8(
                   run(QStringLiteral("pdftotext"),
                       pageArgs(page) + QStringList{QStringLiteral("-r"), QStringLiteral("72"), QStringLiteral("-x"),
                                                    QString::number(qRound(r.x())), QStringLiteral("-y"),
                                                    QString::number(qRound(r.y())), QStringLiteral("-W"),
                                                    QString::number(qRound(r.width())), QStringLiteral("-H"),
                                                    QString::number(qRound(r.height())), m_path, QStringLiteral("-")}))
            .simplified();
    }
    // Whether every word of `phrase` is on `page`: for table headers, whose wrapped lines text
    // extraction interleaves with the next column's.
    bool hasWords(int page, const QString& phrase) const
    {
        QStringList onPage;
        for (const Word& w : words(page))
            onPage << w.text;
        for (const QString& w : phrase.split(u' ', Qt::SkipEmptyParts))
            if (!onPage.contains(w))
                return false;
        return true;
    }

    std::vector<Word> words(int page) const
    {
        const QString html =
            QString::fromUtf8(run(QStringLiteral("pdftotext"), QStringList{QStringLiteral("-bbox")} + pageArgs(page) +
                                                                   QStringList{m_path, QStringLiteral("-")}));
        static const QRegularExpression re(QStringLiteral(
            "<word xMin=\"([0-9.]+)\" yMin=\"([0-9.]+)\" xMax=\"([0-9.]+)\" yMax=\"([0-9.]+)\">([^<]*)</word>"));
        std::vector<Word> out;
        for (auto it = re.globalMatch(html); it.hasNext();) {
            const auto m = it.next();
            out.push_back({m.captured(1).toDouble(), m.captured(2).toDouble(), m.captured(3).toDouble(),
                           m.captured(4).toDouble(), m.captured(5)});
        }
        return out;
    }

    int pages() const { return infoField(QStringLiteral("Pages:\\s+(\\d+)")).toInt(); }
    QSize pageSizePt() const
    {
        static const QRegularExpression size(QStringLiteral("Page size:\\s+([0-9.]+) x ([0-9.]+) pts"));
        const auto m = size.match(QString::fromUtf8(run(QStringLiteral("pdfinfo"), {m_path})));
        return m.hasMatch() ? QSize(qRound(m.captured(1).toDouble()), qRound(m.captured(2).toDouble())) : QSize();
    }
    // pdffonts lines after the two header lines.
    QStringList fonts() const
    {
        return QString::fromUtf8(run(QStringLiteral("pdffonts"), {m_path})).split(u'\n', Qt::SkipEmptyParts).mid(2);
    }
    // pdfimages -list lines after the two header lines: raster images in the file.
    QStringList images() const
    {
        return QString::fromUtf8(run(QStringLiteral("pdfimages"), {QStringLiteral("-list"), m_path}))
            .split(u'\n', Qt::SkipEmptyParts)
            .mid(2);
    }
    // The first page whose text contains `needle`, 0 when none.
    int pageWith(const QString& needle) const
    {
        for (int p = 1; p <= pages(); ++p)
            if (text(p).simplified().contains(needle))
                return p;
        return 0;
    }
    // Renders `page` to `pngBase`.png.
    bool render(int page, const QString& pngBase, int dpi = 60) const
    {
        QProcess::execute(QStringLiteral("pdftoppm"),
                          {QStringLiteral("-png"), QStringLiteral("-r"), QString::number(dpi), QStringLiteral("-f"),
                           QString::number(page), QStringLiteral("-l"), QString::number(page),
                           QStringLiteral("-singlefile"), m_path, pngBase});
        return QFile::exists(pngBase + QStringLiteral(".png"));
    }

private:
    static QByteArray run(const QString& program, const QStringList& args)
    {
        QProcess p;
        p.start(program, args);
        if (!p.waitForFinished(60000) || p.exitCode() != 0)
            return {};
        return p.readAllStandardOutput();
    }
    static QStringList pageArgs(int page)
    {
        return page > 0 ? QStringList{QStringLiteral("-f"), QString::number(page), QStringLiteral("-l"),
                                      QString::number(page)}
                        : QStringList{};
    }
    QString infoField(const QString& pattern) const
    {
        return QRegularExpression(pattern)
            .match(QString::fromUtf8(run(QStringLiteral("pdfinfo"), {m_path})))
            .captured(1);
    }

    QString m_path;
};

} // namespace soc::test
