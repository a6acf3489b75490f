#include "store/AlertRow.h"

#include "store/Statement.h"

namespace soc::store {

AlertRow::AlertRow(QByteArray buffer)
    : m_buffer(std::move(buffer))
{
}

AlertRow AlertRow::fromAlert(const domain::Alert& a)
{
    AlertRow row;
    QByteArray& buf = row.m_buffer;
    buf.reserve(a.raw.size() + a.fingerprint.size() + 256);
    auto bytes = [&](Column c, const QByteArray& b) {
        if (b.isNull())
            return;
        row.setSlice(c, static_cast<int>(buf.size()), static_cast<int>(b.size()));
        buf.append(b);
    };
    auto text = [&](Column c, const QString& s) {
        if (s.isNull())
            return;
        row.setSlice(c, static_cast<int>(buf.size()), 0);
        buf.append(s.toUtf8());
        row.m_cells[c].size = static_cast<int>(buf.size() - row.m_cells[c].value);
    };
    bytes(Fingerprint, a.fingerprint);
    row.setInteger(DetectedAt, a.detectedAtMs);
    if (a.sourceOffsetSec)
        row.setInteger(SrcOffset, *a.sourceOffsetSec);
    text(Source, a.source);
    text(Subsystem, a.subsystem);
    row.setInteger(Severity, static_cast<int>(a.severity));
    row.setInteger(Status, static_cast<int>(a.status));
    text(SignatureId, a.signatureId);
    text(Signature, a.signature);
    text(Category, a.category);
    text(SrcIp, a.srcIp);
    row.setInteger(SrcPort, a.srcPort);
    text(DstIp, a.dstIp);
    row.setInteger(DstPort, a.dstPort);
    text(Protocol, a.protocol);
    text(Host, a.host);
    if (!a.mitre.isEmpty())
        text(Mitre, a.mitre.join(u','));
    text(StatusReason, a.statusReason);
    text(StatusBy, a.statusBy);
    row.setInteger(StatusAt, a.statusAtMs);
    bytes(Raw, a.raw);
    row.normalise();
    return row;
}

void AlertRow::normalise()
{
    for (Column c : {SrcPort, DstPort, StatusAt})
        if (integer(c) == 0)
            setNull(c);
    for (Column c : {Mitre, StatusReason, StatusBy})
        if (bytes(c).isEmpty())
            setNull(c);
    for (Column c : {Signature, Raw})
        if (isNull(c))
            setSlice(c, 0, 0);
}

QByteArrayView AlertRow::bytes(Column c) const
{
    const Cell& cell = m_cells[c];
    if (cell.size < 0)
        return {};
    return QByteArrayView(m_buffer.constData() + cell.value, cell.size);
}

void AlertRow::bind(Statement& st, int index, Column c) const
{
    const Cell& cell = m_cells[c];
    if (cell.size == kNull) {
        st.bindNull(index);
    } else if (cell.size == kInteger) {
        st.bind(index, cell.value);
    } else {
        // A non-null pointer even for an empty slice: SQLite binds NULL for a null pointer.
        const char* data = cell.size ? m_buffer.constData() + cell.value : "";
        if (c == Fingerprint || c == Raw)
            st.bindBlobNoCopy(index, data, cell.size);
        else
            st.bindTextNoCopy(index, data, cell.size);
    }
}

} // namespace soc::store
