#pragma once

#include "security/SecretBuffer.h"
#include "store/CaseExportFormat.h"

#include <QByteArrayView>
#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <vector>

namespace soc::store {

// An opened, verified case export (CaseExportReader): who exported it, the case document and the
// evidence files, read-only. The decrypted payload stays in a wiped buffer.
class CaseExportContent {
public:
    struct EvidenceFile {
        QString id;
        QString name;
        qint64 offset = 0; // into the evidence area
        qint64 size = 0;
        QByteArray sha256; // 32 bytes, checked when the export was opened
    };

    CaseExportContent(QString path, CaseExportHeader header, QJsonObject document, std::vector<EvidenceFile> files,
                      security::SecretBuffer payload, qint64 evidenceAreaAt);

    const QString& path() const { return m_path; }
    const CaseExportHeader& header() const { return m_header; }
    const QJsonObject& document() const { return m_document; }
    const std::vector<EvidenceFile>& evidenceFiles() const { return m_files; }
    QByteArrayView bytes(const EvidenceFile& f) const;

    // Writes every evidence file into `dir` (created when missing) under its original file name,
    // readable by the owner only. Refuses (AlreadyExists) before writing anything when a file of
    // that name is already there. Returns the paths written. Throws DatabaseError.
    QStringList extractEvidence(const QString& dir) const;

private:
    QString m_path;
    CaseExportHeader m_header;
    QJsonObject m_document;
    std::vector<EvidenceFile> m_files;
    security::SecretBuffer m_payload;
    qint64 m_evidenceAreaAt = 0;
};

} // namespace soc::store
