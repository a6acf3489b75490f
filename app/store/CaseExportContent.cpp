#include "store/CaseExportContent.h"

#include "store/DatabaseError.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSet>

namespace soc::store {
namespace {

// A plain file name from the recorded one: no folders, never "." or "..".
QString safeName(const CaseExportContent::EvidenceFile& f)
{
    QString name = f.name;
    name.replace(u'/', u'_').replace(u'\\', u'_');
    name.remove(QChar(0));
    if (name.isEmpty() || name == u"." || name == u"..")
        name = QStringLiteral("evidence-") + f.id.left(8);
    return name;
}

} // namespace

CaseExportContent::CaseExportContent(QString path, CaseExportHeader header, QJsonObject document,
                                     std::vector<EvidenceFile> files, security::SecretBuffer payload,
                                     qint64 evidenceAreaAt)
    : m_path(std::move(path))
    , m_header(std::move(header))
    , m_document(std::move(document))
    , m_files(std::move(files))
    , m_payload(std::move(payload))
    , m_evidenceAreaAt(evidenceAreaAt)
{
}

QByteArrayView CaseExportContent::bytes(const EvidenceFile& f) const
{
    return QByteArrayView(m_payload.chars() + m_evidenceAreaAt + f.offset, f.size);
}

QStringList CaseExportContent::extractEvidence(const QString& dir) const
{
    QStringList targets;
    QSet<QString> used;
    for (const auto& f : m_files) {
        QString name = safeName(f);
        for (int n = 2; used.contains(name); ++n)
            name = QStringLiteral("%1-%2").arg(n).arg(safeName(f));
        used.insert(name);
        targets << QDir(dir).filePath(name);
    }
    for (const QString& t : targets)
        if (QFileInfo::exists(t))
            throw DatabaseError(ErrorCode::AlreadyExists,
                                QCoreApplication::translate("CaseExport",
                                                            "%1 already exists; evidence files are never overwritten. "
                                                            "Nothing was extracted: choose an empty folder.")
                                    .arg(t));
    if (!QDir().mkpath(dir))
        throw DatabaseError(ErrorCode::Io,
                            QCoreApplication::translate("CaseExport", "Cannot create the folder %1.").arg(dir));
    for (qsizetype i = 0; i < targets.size(); ++i) {
        QFile out(targets[i]);
        const QByteArrayView data = bytes(m_files[size_t(i)]);
        if (!out.open(QIODevice::WriteOnly | QIODevice::NewOnly, QFileDevice::ReadOwner | QFileDevice::WriteOwner)
            || out.write(data.data(), data.size()) != data.size() || !out.flush())
            throw DatabaseError(ErrorCode::Io,
                                QCoreApplication::translate("CaseExport",
                                                            "Cannot write %1: %2. The files extracted before it are "
                                                            "complete.")
                                    .arg(targets[i], out.errorString()));
    }
    return targets;
}

} // namespace soc::store
