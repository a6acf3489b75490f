#pragma once

#include "domain/Alert.h"

#include <QByteArray>

namespace soc::sync {

// Writes alerts as rows of PostgreSQL's COPY text format, in the column order of `kColumns`
// (the columns a sensor may insert into soc.alerts). Columns are filled as the local store fills
// them (AlertRepository::insert): a null text is NULL, ports 0 are NULL, ATT&CK ids comma-joined.
class AlertCopyEncoder {
public:
    static constexpr const char* kColumns = "uuid, fingerprint, detected_at, src_offset, source, subsystem, severity, "
                                            "signature_id, signature, category, src_ip, src_port, dst_ip, dst_port, "
                                            "protocol, host, mitre, raw";
    static constexpr const char* kColumnTypes =
        "uuid uuid, fingerprint bytea, detected_at bigint, src_offset integer, source text, subsystem text, "
        "severity smallint, signature_id text, signature text, category text, src_ip text, src_port integer, "
        "dst_ip text, dst_port integer, protocol text, host text, mitre text, raw bytea";

    static void append(QByteArray& out, const domain::Alert& alert);

private:
    static void text(QByteArray& out, const QString& value, bool nullable);
    static void bytea(QByteArray& out, const QByteArray& value);
    static void number(QByteArray& out, qint64 value);
};

} // namespace soc::sync
