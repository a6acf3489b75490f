#pragma once

#include <QString>
#include <QStringList>
#include <vector>

namespace soc::report {

// A chart printed in the body (R-14 periodic reports): plain data, painted as vectors by
// DocumentChart. Values are counts; a series is one coloured bar set with a legend entry.
struct ChartSeries {
    QString name;
    std::vector<double> values; // one per category
    quint32 colour = 0x4472c4;  // 0xRRGGBB

    friend bool operator==(const ChartSeries&, const ChartSeries&) = default;
};

struct ChartBlock {
    enum class Kind {
        StackedBar,   // vertical bars, series stacked: the make-up of each category
        Bar,          // vertical bars, series side by side
        HorizontalBar // horizontal bars, series side by side: long category names on the left
    };
    Kind kind = Kind::Bar;
    QString title; // "Biểu đồ 1. …", printed above the plot
    QStringList categories;
    std::vector<ChartSeries> series;
    double heightMm = 75; // the chart takes the text width

    friend bool operator==(const ChartBlock&, const ChartBlock&) = default;
};

// One piece of a document's body, in reading order. Plain data so that the forms can be tested
// without laying anything out and so that every document shares one renderer.
struct DocumentBlock {
    enum class Kind {
        Heading,   // bold line, e.g. "1. Thông tin về tổ chức báo cáo"
        Paragraph, // justified, first-line indent
        Field,     // "label: value" on one line
        Table,     // bordered grid with a header row
        Plain,     // left-aligned line without indent (check-box lines, lists)
        Chart      // a chart across the text width
    };
    Kind kind = Kind::Paragraph;
    QString text;  // heading, paragraph, field label, plain line
    QString value; // field value
    QStringList columns;
    std::vector<QStringList> rows;
    std::vector<int> columnPercent; // table column widths; empty = equal
    int numericFrom = -1;           // table: columns from this one on hold figures (right-aligned); -1 = none
    bool totalRow = false;          // table: the last row is a total (bold)
    ChartBlock chart;

    static DocumentBlock heading(const QString& t) { return of(Kind::Heading, t); }
    static DocumentBlock paragraph(const QString& t) { return of(Kind::Paragraph, t); }
    static DocumentBlock field(const QString& label, const QString& v)
    {
        DocumentBlock b = of(Kind::Field, label);
        b.value = v;
        return b;
    }
    static DocumentBlock plain(const QString& t) { return of(Kind::Plain, t); }
    static DocumentBlock table(const QStringList& cols, std::vector<QStringList> rows, std::vector<int> widths = {})
    {
        DocumentBlock b = of(Kind::Table, {});
        b.columns = cols;
        b.rows = std::move(rows);
        b.columnPercent = std::move(widths);
        return b;
    }
    static DocumentBlock chartOf(ChartBlock c)
    {
        DocumentBlock b = of(Kind::Chart, {});
        b.chart = std::move(c);
        return b;
    }

private:
    static DocumentBlock of(Kind k, const QString& t)
    {
        DocumentBlock b;
        b.kind = k;
        b.text = t;
        return b;
    }
};

// A signature block: "KT. GIÁM ĐỐC" / "PHÓ GIÁM ĐỐC" / (space) / name.
struct SignatureBlock {
    QString caption;   // optional first line, e.g. "NGƯỜI ĐẠI DIỆN THEO PHÁP LUẬT"
    QString authority; // "KT. GIÁM ĐỐC", "TM. ỦY BAN NHÂN DÂN"; empty when signing in one's own right
    QString position;  // "PHÓ GIÁM ĐỐC", "THƯ KÝ", "CHỦ TỌA"
    QString note;      // "(Ký tên, đóng dấu)"
    QString name;
};

// A document laid out per NĐ 30/2020 Phụ lục I: two-column header, title and subject, "Kính gửi",
// body, then "Nơi nhận" on the left of the signer (or two signers, left and right, for a record).
struct OfficialDocument {
    bool draft = false; // "DỰ THẢO" above the header; not yet numbered
    // Header, left column.
    QString parentBody;  // caps, regular
    QString issuingBody; // caps, bold, short rule under it
    QString number;      // "05/BC-SOC" (printed "Số: 05/BC-SOC")
    // Header, right column.
    bool nationalMotto = true;
    QString placeDate; // "Bến Tre, ngày 05 tháng 01 năm 2026"
    // Title.
    QString formLabel; // optional small line above the title, e.g. "Mẫu 03 (TT 20/2017/TT-BTTTT)"
    QString title;     // "BÁO CÁO", "BIÊN BẢN"
    QString subject;   // bold line under the title, short rule under it
    QStringList recipients; // "Kính gửi:"; empty = none
    std::vector<DocumentBlock> body;
    // Closing.
    QStringList distribution; // "Nơi nhận:" entries without "- " and ";"
    QString archiveUnit;      // "Lưu: VT, <unit>." closes the list when set
    SignatureBlock signer;    // right
    bool hasLeftSigner = false;
    SignatureBlock leftSigner; // a record: THƯ KÝ on the left, CHỦ TỌA on the right
};

} // namespace soc::report
