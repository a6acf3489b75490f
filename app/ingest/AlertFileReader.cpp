#include "ingest/AlertFileReader.h"

#include "ingest/CefParser.h"
#include "ingest/FormatDetector.h"
#include "ingest/RecordSplitter.h"
#include "ingest/SuricataEveParser.h"
#include "ingest/WazuhAlertParser.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace soc::ingest {

struct AlertFileReader::Impl {
    QString path;
    AlertFormat requested;
    AlertFormat format = AlertFormat::Auto;
    QFile file;
    std::unique_ptr<RecordSplitter> splitter;
    qint64 totalBytes = 0;
    bool open = false;
    bool atEnd = false;
    SuricataEveParser suricata;
    WazuhAlertParser wazuh;
    CefParser cef;
    QString reason;

    QString displayName() const { return QDir::toNativeSeparators(path); }
    bool detect(QString* error);
    void startReading();
};

bool AlertFileReader::Impl::detect(QString* error) {
    RecordSplitter probe(&file);
    FormatDetector detector(probe.firstByte() == '{' || probe.layout() == RecordSplitter::Layout::JsonArray);
    RecordSplitter::Record record;
    bool any = false;
    for (;;) {
        const RecordSplitter::Status status = probe.next(record);
        if (status == RecordSplitter::Status::End)
            break;
        any = true;
        if (status == RecordSplitter::Status::Record)
            detector.addRecord(record.data);
        if (detector.isDecided())
            break;
    }
    const std::optional<AlertFormat> found = detector.result();
    if (!found) {
        if (error) {
            *error = any ? QCoreApplication::translate("AlertFileReader",
                                                       "%1 is not a Suricata EVE, Wazuh or CEF alert file.")
                               .arg(displayName())
                         : QCoreApplication::translate("AlertFileReader", "%1 is empty.").arg(displayName());
        }
        return false;
    }
    format = *found;
    return true;
}

void AlertFileReader::Impl::startReading() {
    splitter = std::make_unique<RecordSplitter>(&file);
    if (format == AlertFormat::Cef)
        splitter->forceLines();
}

AlertFileReader::AlertFileReader(QString path, AlertFormat format)
    : d(std::make_unique<Impl>()) {
    d->path = std::move(path);
    d->requested = format;
    d->format = format;
}

AlertFileReader::~AlertFileReader() = default;

bool AlertFileReader::open(QString* error) {
    d->open = false;
    d->splitter.reset();
    d->file.close();
    d->file.setFileName(d->path);
    if (QFileInfo(d->path).isDir() || !d->file.open(QIODevice::ReadOnly)) {
        if (error) {
            *error = QCoreApplication::translate("AlertFileReader", "Cannot open %1: %2.")
                         .arg(d->displayName(),
                              QFileInfo(d->path).isDir()
                                  ? QCoreApplication::translate("AlertFileReader", "it is a folder")
                                  : d->file.errorString());
        }
        d->file.close();
        return false;
    }
    d->totalBytes = d->file.size();
    d->format = d->requested;
    if (d->format == AlertFormat::Auto) {
        if (!d->detect(error)) {
            d->file.close();
            return false;
        }
        if (!d->file.seek(0)) {
            if (error) {
                *error = QCoreApplication::translate("AlertFileReader", "Cannot open %1: %2.")
                             .arg(d->displayName(), d->file.errorString());
            }
            d->file.close();
            return false;
        }
    }
    const QDateTime modified = QFileInfo(d->file).lastModified();
    d->cef.setReferenceTimeMs(modified.isValid() ? modified.toMSecsSinceEpoch()
                                                 : QDateTime::currentMSecsSinceEpoch());
    d->startReading();
    d->open = true;
    d->atEnd = false;
    return true;
}

AlertFormat AlertFileReader::format() const {
    return d->format;
}

AlertFileReader::Step AlertFileReader::next(domain::Alert& out, ReadIssue& issue) {
    if (!d->open)
        return Step::End;
    RecordSplitter::Record record;
    const RecordSplitter::Status status = d->splitter->next(record);
    if (status == RecordSplitter::Status::End) {
        d->atEnd = true; // bytes after a JSON array's closing bracket count as read
        return Step::End;
    }
    if (status == RecordSplitter::Status::TooLarge) {
        issue.file = d->path;
        issue.line = record.line;
        issue.reason = QCoreApplication::translate("AlertFileReader",
                                                   "The record is larger than %1 MiB and was not read.")
                           .arg(d->splitter->maxRecordBytes() / (1024 * 1024));
        return Step::Rejected;
    }
    out = domain::Alert{};
    d->reason.clear();
    ParseOutcome outcome = ParseOutcome::Rejected;
    switch (d->format) {
    case AlertFormat::Suricata:
        outcome = d->suricata.parse(record.data, out, d->reason);
        break;
    case AlertFormat::Wazuh:
        outcome = d->wazuh.parse(record.data, out, d->reason);
        break;
    case AlertFormat::Cef:
        outcome = d->cef.parse(record.data, out, d->reason);
        break;
    case AlertFormat::Auto:
        break;
    }
    switch (outcome) {
    case ParseOutcome::Alert:
        return Step::Alert;
    case ParseOutcome::Skipped:
        return Step::Skipped;
    case ParseOutcome::Rejected:
        break;
    }
    issue.file = d->path;
    issue.line = record.line;
    issue.reason = d->reason;
    return Step::Rejected;
}

qint64 AlertFileReader::bytesRead() const {
    if (d->atEnd)
        return d->totalBytes;
    return d->splitter ? d->splitter->bytesConsumed() : 0;
}

qint64 AlertFileReader::totalBytes() const {
    return d->totalBytes;
}

} // namespace soc::ingest
