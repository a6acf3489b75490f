// socstation export --case ID --out FILE [--passphrase-stdin]
// socstation open-export FILE [--json] [--extract-evidence DIR] [--passphrase-stdin]
//
// The passphrase comes from standard input (--passphrase-stdin: one line) or from
// SOCSTATION_EXPORT_PASSPHRASE, never from argv. With --password-stdin as well, standard input
// holds the sign-in password on its first line and the passphrase on its second.
#include "cli/CliContext.h"
#include "cli/Commands.h"
#include "domain/Clock.h"
#include "domain/Permissions.h"
#include "security/PassphraseCipher.h"
#include "store/AuditLog.h"
#include "store/CaseExportReader.h"
#include "store/CaseExportWriter.h"
#include "store/EvidenceVault.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

namespace soc::cli {
namespace {

const char* const kEvidencePurpose = "socstation evidence v1";

// One line from standard input, or SOCSTATION_EXPORT_PASSPHRASE; in NFC so that the same words
// typed on another station's keyboard layout give the same key.
std::optional<security::SecretBuffer> readPassphrase(bool fromStdin, QString* error)
{
    QByteArray bytes;
    if (fromStdin) {
        QFile in;
        if (!in.open(stdin, QIODevice::ReadOnly)) {
            *error = QCoreApplication::translate("Cli", "Cannot read the export passphrase from standard input.");
            return std::nullopt;
        }
        bytes = in.readLine(4096);
        while (bytes.endsWith('\n') || bytes.endsWith('\r'))
            bytes.chop(1);
        if (bytes.isEmpty()) {
            *error = QCoreApplication::translate("Cli", "No export passphrase on standard input (it is read after the "
                                                        "sign-in password line when --password-stdin is also given).");
            return std::nullopt;
        }
    } else {
        bytes = qgetenv("SOCSTATION_EXPORT_PASSPHRASE");
        if (bytes.isEmpty()) {
            *error = QCoreApplication::translate("Cli", "No export passphrase given: use --passphrase-stdin or set "
                                                        "SOCSTATION_EXPORT_PASSPHRASE.");
            return std::nullopt;
        }
    }
    const bool ascii = std::all_of(bytes.cbegin(), bytes.cend(), [](char c) { return uchar(c) < 0x80; });
    if (!ascii) {
        QString text = QString::fromUtf8(bytes);
        security::SecretBuffer::takeFrom(bytes);
        QString nfc = text.normalized(QString::NormalizationForm_C);
        text.fill(u'\0');
        bytes = nfc.toUtf8();
        nfc.fill(u'\0');
    }
    return security::SecretBuffer::takeFrom(bytes);
}

QString compactJson(const QJsonObject& o)
{
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

void audit(store::Session& session, const QString& action, const QString& objectType, const QString& objectId,
           const QString& outcome, const QJsonObject& details)
{
    store::Transaction tx(session.database());
    store::AuditLog(session.database())
        .append({0, session.account().username, action, objectType, objectId, outcome, compactJson(details)});
    tx.commit();
}

int runExportCase(CliContext& ctx, const QStringList& args)
{
    QCommandLineParser p;
    p.addOption({QStringLiteral("case"), QCoreApplication::translate("Cli", "Ticket id or code."), QStringLiteral("ID")});
    p.addOption({QStringLiteral("out"), QCoreApplication::translate("Cli", "Export file to write."), QStringLiteral("FILE")});
    p.addOption({QStringLiteral("passphrase-stdin"),
                 QCoreApplication::translate("Cli", "Read the export passphrase from standard input.")});
    const QString usage = QCoreApplication::translate(
        "Cli", "Usage: socstation export --case ID --out FILE [--passphrase-stdin] [--json]");
    if (!p.parse(QStringList{QStringLiteral("export")} + args) || !p.positionalArguments().isEmpty()
        || p.value(QStringLiteral("case")).isEmpty() || p.value(QStringLiteral("out")).isEmpty()) {
        CliContext::printError(p.errorText().isEmpty() ? usage : p.errorText() + u'\n' + usage);
        return UsageError;
    }
    const QString ticket = p.value(QStringLiteral("case"));
    const QString out = p.value(QStringLiteral("out"));
    auto session = ctx.signIn();
    const domain::Role role = session->account().role;
    if (!domain::Permissions::allows(role, domain::Action::ExportCase)) {
        audit(*session, QStringLiteral("case.export"), QStringLiteral("ticket"), ticket, QStringLiteral("refused"),
              {{QStringLiteral("role"), domain::roleKey(role)}});
        throw store::DatabaseError(store::ErrorCode::Forbidden,
                                   domain::Permissions::refusal(role, domain::Action::ExportCase));
    }
    QString error;
    const auto passphrase = readPassphrase(p.isSet(QStringLiteral("passphrase-stdin")), &error);
    if (!passphrase) {
        CliContext::printError(error);
        return UsageError;
    }
    domain::SystemClock clock;
    const store::EvidenceVault vault(session->evidenceDir(), session->subkey(kEvidencePurpose));
    store::CaseExportWriter writer(session->database(), vault, session->account().username, clock);
    const auto r = writer.write(ticket, out, *passphrase);
    if (ctx.json) {
        CliContext::printJson(QJsonObject{{QStringLiteral("file"), r.path},
                                          {QStringLiteral("ticket_id"), r.ticketId},
                                          {QStringLiteral("code"), r.ticketCode},
                                          {QStringLiteral("bytes"), r.fileBytes},
                                          {QStringLiteral("sha256"), QString::fromLatin1(r.fileSha256.toHex())},
                                          {QStringLiteral("evidence"), r.evidenceCount},
                                          {QStringLiteral("signer_fingerprint"), r.signerFingerprint}});
    } else {
        const int evidence = r.evidenceCount;
        CliContext::printLine(QCoreApplication::translate("Cli", "Exported %1 to %2 (%3 bytes, %n evidence file(s)).",
                                                          nullptr, evidence)
                                  .arg(r.ticketCode, r.path)
                                  .arg(r.fileBytes));
        CliContext::printLine(QCoreApplication::translate("Cli", "SHA-256 of the file: %1")
                                  .arg(QString::fromLatin1(r.fileSha256.toHex())));
        CliContext::printLine(QCoreApplication::translate("Cli", "Signer fingerprint: %1").arg(r.signerFingerprint));
        CliContext::printLine(QCoreApplication::translate(
            "Cli", "Give the passphrase and the fingerprint to the reviewer by another channel than the file."));
    }
    return Ok;
}

QString when(const QJsonValue& iso)
{
    return iso.isNull() ? QStringLiteral("-") : iso.toString();
}

void printCase(const store::CaseExportContent& c)
{
    const auto& h = c.header();
    const QJsonObject doc = c.document();
    const QJsonObject t = doc.value(u"ticket").toObject();
    CliContext::printLine(QCoreApplication::translate("Cli", "Case export %1 (read-only)").arg(c.path()));
    CliContext::printLine(QCoreApplication::translate("Cli", "Exported by %1 on station %2 at %3")
                              .arg(h.user, h.stationId,
                                   QDateTime::fromMSecsSinceEpoch(h.exportedAtMs).toUTC().toString(Qt::ISODate)));
    CliContext::printLine(QCoreApplication::translate("Cli", "Signature verified; signer fingerprint: %1 (compare it "
                                                             "with the one the exporting station printed)")
                              .arg(h.signerFingerprint()));
    CliContext::printLine(QString());
    CliContext::printLine(QStringLiteral("%1  %2").arg(t.value(u"code").toString(), t.value(u"title").toString()));
    CliContext::printLine(QStringLiteral("%1 / %2 / %3")
                              .arg(t.value(u"severity").toString(), t.value(u"status").toString(),
                                   t.value(u"agency").toString()));
    if (!t.value(u"description").toString().isEmpty())
        CliContext::printLine(t.value(u"description").toString());
    if (doc.value(u"incident").isObject()) {
        const QJsonObject i = doc.value(u"incident").toObject();
        CliContext::printLine(QCoreApplication::translate("Cli", "Incident: type %1, %2, %3; system: %4 (level %5)")
                                  .arg(i.value(u"type").toInt())
                                  .arg(i.value(u"severity").toString(), i.value(u"grouping").toString(),
                                       i.value(u"affected_system").toString())
                                  .arg(i.value(u"system_level").toInt()));
        CliContext::printLine(QCoreApplication::translate("Cli", "Steps:"));
        for (const QJsonValue v : doc.value(u"steps").toArray()) {
            const QJsonObject s = v.toObject();
            CliContext::printLine(QStringLiteral("  %1  %2  %3")
                                      .arg(s.value(u"number").toInt())
                                      .arg(s.value(u"state").toString().leftJustified(11), s.value(u"owner").toString()));
        }
    }
    CliContext::printLine(QCoreApplication::translate("Cli", "Timeline:"));
    for (const QJsonValue v : doc.value(u"timeline").toArray()) {
        const QJsonObject e = v.toObject();
        CliContext::printLine(QStringLiteral("  %1  %2  %3  (%4)")
                                  .arg(when(e.value(u"occurred_at")), e.value(u"kind").toString().leftJustified(13),
                                       e.value(u"summary").toString(), e.value(u"author").toString()));
    }
    CliContext::printLine(QCoreApplication::translate("Cli", "Evidence:"));
    for (const QJsonValue v : doc.value(u"evidence").toArray()) {
        const QJsonObject e = v.toObject();
        CliContext::printLine(QStringLiteral("  %1  %2  sha256 %3")
                                  .arg(e.value(u"name").toString())
                                  .arg(e.value(u"size").toInteger())
                                  .arg(e.value(u"sha256").toString()));
    }
    CliContext::printLine(QCoreApplication::translate("Cli", "Issued reports:"));
    for (const QJsonValue v : doc.value(u"reports").toArray()) {
        const QJsonObject r = v.toObject();
        CliContext::printLine(QStringLiteral("  %1  %2  %3  %4")
                                  .arg(r.value(u"code").toString(), r.value(u"title").toString(),
                                       when(r.value(u"issued_at")), r.value(u"issuer").toString()));
    }
}

int runOpenExportFile(CliContext& ctx, const QStringList& args)
{
    QCommandLineParser p;
    p.addOption({QStringLiteral("extract-evidence"),
                 QCoreApplication::translate("Cli", "Write the evidence files into this folder."), QStringLiteral("DIR")});
    p.addOption({QStringLiteral("passphrase-stdin"),
                 QCoreApplication::translate("Cli", "Read the export passphrase from standard input.")});
    p.addPositionalArgument(QStringLiteral("FILE"), QCoreApplication::translate("Cli", "Case export file."));
    const QString usage = QCoreApplication::translate(
        "Cli", "Usage: socstation open-export FILE [--json] [--extract-evidence DIR] [--passphrase-stdin]");
    if (!p.parse(QStringList{QStringLiteral("open-export")} + args) || p.positionalArguments().size() != 1) {
        CliContext::printError(p.errorText().isEmpty() ? usage : p.errorText() + u'\n' + usage);
        return UsageError;
    }
    const QString path = p.positionalArguments().first();
    // A reviewer's station may have no account: sign in only when a user is named.
    std::unique_ptr<store::Session> session;
    if (!ctx.user.isEmpty())
        session = ctx.signIn();
    QString error;
    const auto passphrase = readPassphrase(p.isSet(QStringLiteral("passphrase-stdin")), &error);
    if (!passphrase) {
        CliContext::printError(error);
        return UsageError;
    }
    const QJsonObject fileDetails{{QStringLiteral("file"), QFileInfo(path).fileName()}};
    std::optional<store::CaseExportContent> content;
    try {
        content.emplace(store::CaseExportReader::open(path, *passphrase));
    } catch (const store::DatabaseError& e) {
        if (session) {
            QJsonObject details = fileDetails;
            details.insert(QStringLiteral("reason"), e.message());
            audit(*session, QStringLiteral("case.open_export"), QStringLiteral("file"), QFileInfo(path).fileName(),
                  QStringLiteral("failed"), details);
        }
        throw;
    }
    const QJsonObject ticket = content->document().value(u"ticket").toObject();
    if (session) {
        QJsonObject details = fileDetails;
        details.insert(QStringLiteral("code"), ticket.value(u"code").toString());
        details.insert(QStringLiteral("signer"), content->header().signerFingerprint());
        details.insert(QStringLiteral("station"), content->header().stationId);
        details.insert(QStringLiteral("exported_by"), content->header().user);
        audit(*session, QStringLiteral("case.open_export"), QStringLiteral("ticket"), ticket.value(u"id").toString(),
              QStringLiteral("ok"), details);
    }
    QStringList extracted;
    if (p.isSet(QStringLiteral("extract-evidence")))
        extracted = content->extractEvidence(p.value(QStringLiteral("extract-evidence")));
    if (ctx.json) {
        const auto& h = content->header();
        CliContext::printJson(QJsonObject{
            {QStringLiteral("file"), path},
            {QStringLiteral("version"), h.version},
            {QStringLiteral("exported_at"), QDateTime::fromMSecsSinceEpoch(h.exportedAtMs).toUTC().toString(Qt::ISODateWithMs)},
            {QStringLiteral("station"), h.stationId},
            {QStringLiteral("user"), h.user},
            {QStringLiteral("signer_fingerprint"), h.signerFingerprint()},
            {QStringLiteral("signature"), QStringLiteral("verified")},
            {QStringLiteral("case"), content->document()},
            {QStringLiteral("extracted"), QJsonArray::fromStringList(extracted)}});
    } else {
        printCase(*content);
        for (const QString& f : extracted)
            CliContext::printLine(QCoreApplication::translate("Cli", "Extracted %1").arg(f));
    }
    return Ok;
}

} // namespace

int runExport(CliContext& ctx, const QStringList& args)
{
    try {
        return runExportCase(ctx, args);
    } catch (const store::DatabaseError& e) {
        CliContext::printError(e.message());
        return OperationalError;
    }
}

int runOpenExport(CliContext& ctx, const QStringList& args)
{
    try {
        return runOpenExportFile(ctx, args);
    } catch (const store::DatabaseError& e) {
        CliContext::printError(e.message());
        return OperationalError;
    }
}

} // namespace soc::cli
