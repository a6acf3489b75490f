#pragma once

#include <QList>
#include <QPair>
#include <QString>
#include <QStringView>

namespace soc::ingest {

// The parts of one CEF line:
//   [prefix] CEF:Version|Device Vendor|Device Product|Device Version|Signature ID|Name|Severity|Extension
// Header fields are unescaped (\| and \\); extension values too (\= \\ \n \r). Extension keys start at
// the beginning or after a space and end at an unescaped '='; a value runs up to the space before
// the next key, so values may contain spaces. Text that is not a key=value pair is ignored.
class CefLine {
public:
    // False with a translated reason when the line has no CEF header or fewer than 7 header fields.
    bool parse(QStringView line, QString& reason);

    QStringView prefix() const { return m_prefix; } // what came before "CEF:", trimmed
    const QString& version() const { return m_header[0]; }
    const QString& vendor() const { return m_header[1]; }
    const QString& product() const { return m_header[2]; }
    const QString& deviceVersion() const { return m_header[3]; }
    const QString& signatureId() const { return m_header[4]; }
    const QString& name() const { return m_header[5]; }
    const QString& severity() const { return m_header[6]; }
    const QList<QPair<QString, QString>>& extensions() const { return m_extensions; }
    // The value of the last `key=` in the extension (keys are case-sensitive); null when absent.
    QString extension(QStringView key) const;

    static qsizetype findHeader(QStringView line); // index of "CEF:" of the header, -1 if none

private:
    void parseExtension(QStringView ext);

    QStringView m_prefix;
    QString m_header[7];
    QList<QPair<QString, QString>> m_extensions;
};

} // namespace soc::ingest
