#pragma once

#include "domain/Alert.h"

#include <QByteArray>
#include <QByteArrayView>
#include <array>

namespace soc::store {

class Statement;

// One alert's columns as the local store writes them: integers, or UTF-8 text and blobs held as
// slices of one buffer. Alerts pulled from the central store are decoded straight from the COPY
// stream into a row (one allocation per alert, no round trip through QString); a local import
// converts its domain::Alert once with fromAlert().
class AlertRow {
public:
    // In the order of AlertRepository's INSERT parameters (Raw goes to alert_raw).
    enum Column {
        Fingerprint, // blob, 32 bytes
        DetectedAt,
        SrcOffset,
        Source,
        Subsystem,
        Severity,
        Status,
        SignatureId,
        Signature,
        Category,
        SrcIp,
        SrcPort,
        DstIp,
        DstPort,
        Protocol,
        Host,
        Mitre,
        StatusReason,
        StatusBy,
        StatusAt,
        Raw, // blob
        ColumnCount
    };

    AlertRow() = default;
    // A row whose text columns will be slices of `buffer` (see setSlice).
    explicit AlertRow(QByteArray buffer);

    static AlertRow fromAlert(const domain::Alert& alert);

    void setNull(Column c) { m_cells[c] = Cell{}; }
    void setInteger(Column c, qint64 value) { m_cells[c] = Cell{value, kInteger}; }
    // `size` bytes of the buffer from `offset`.
    void setSlice(Column c, int offset, int size) { m_cells[c] = Cell{offset, size}; }
    // The rules of the local schema: absent ports, times, reasons and techniques are NULL, the
    // signature and the original record are never NULL.
    void normalise();

    bool isNull(Column c) const { return m_cells[c].size == kNull; }
    qint64 integer(Column c) const { return m_cells[c].size == kInteger ? m_cells[c].value : 0; }
    QByteArrayView bytes(Column c) const;
    // Binds column `c` to parameter `index` without copying: the row must outlive the step.
    void bind(Statement& st, int index, Column c) const;

private:
    static constexpr int kNull = -1;
    static constexpr int kInteger = -2;
    struct Cell {
        qint64 value = 0; // the integer, or the slice's offset
        int size = kNull;
    };
    QByteArray m_buffer;
    std::array<Cell, ColumnCount> m_cells{};
};

} // namespace soc::store
