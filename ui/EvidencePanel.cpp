#include "EvidencePanel.h"

#include "CaseCommands.h"
#include "CaseTime.h"
#include "RoleGate.h"
#include "store/DatabaseError.h"
#include "store/EvidenceRepository.h"

#include <QApplication>
#include <QClipboard>
#include <QEvent>
#include <QFileDialog>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>

namespace soc::ui {

namespace {
QTableWidget* makeTable(QWidget* parent, const QString& name, int columns)
{
    auto* t = new QTableWidget(0, columns, parent);
    t->setObjectName(name);
    t->setSelectionBehavior(QAbstractItemView::SelectRows);
    t->setSelectionMode(QAbstractItemView::SingleSelection);
    t->setEditTriggers(QAbstractItemView::NoEditTriggers);
    t->setAlternatingRowColors(true);
    t->setShowGrid(false);
    t->setWordWrap(false);
    t->verticalHeader()->hide();
    t->verticalHeader()->setDefaultSectionSize(t->fontMetrics().height() + 6);
    t->horizontalHeader()->setStretchLastSection(true);
    return t;
}
} // namespace

EvidencePanel::EvidencePanel(CaseCommands* commands, QWidget* parent)
    : QWidget(parent)
    , m_commands(commands)
    , m_add(new QPushButton(this))
    , m_verifyButton(new QPushButton(this))
    , m_exportButton(new QPushButton(this))
    , m_message(new QLabel(this))
    , m_table(makeTable(this, QStringLiteral("evidenceTable"), ColumnCount))
    , m_hashLabel(new QLabel(this))
    , m_hash(new QLineEdit(this))
    , m_copy(new QPushButton(this))
    , m_custodyLabel(new QLabel(this))
    , m_custody(makeTable(this, QStringLiteral("custodyTable"), 5))
{
    setObjectName(QStringLiteral("evidencePanel"));
    m_add->setObjectName(QStringLiteral("evidenceAdd"));
    m_verifyButton->setObjectName(QStringLiteral("evidenceVerifyAll"));
    m_exportButton->setObjectName(QStringLiteral("evidenceExport"));
    m_message->setObjectName(QStringLiteral("evidenceMessage"));
    m_message->setWordWrap(true);
    const QFont mono = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    m_hash->setObjectName(QStringLiteral("evidenceSha256"));
    m_hash->setReadOnly(true);
    m_hash->setFont(mono);
    m_hash->setMinimumWidth(QFontMetrics(mono).horizontalAdvance(QString(64, u'0')) + 12);
    m_copy->setObjectName(QStringLiteral("evidenceCopyHash"));
    m_hashLabel->setBuddy(m_hash);

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_add);
    buttons->addWidget(m_verifyButton);
    buttons->addWidget(m_exportButton);
    buttons->addStretch();
    auto* hashRow = new QHBoxLayout;
    hashRow->addWidget(m_hashLabel);
    hashRow->addWidget(m_hash, 1);
    hashRow->addWidget(m_copy);
    auto* lower = new QWidget(this);
    auto* lowerLayout = new QVBoxLayout(lower);
    lowerLayout->setContentsMargins(0, 0, 0, 0);
    lowerLayout->addLayout(hashRow);
    lowerLayout->addWidget(m_custodyLabel);
    lowerLayout->addWidget(m_custody, 1);
    auto* split = new QSplitter(Qt::Vertical, this);
    split->addWidget(m_table);
    split->addWidget(lower);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    split->setChildrenCollapsible(false);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 4, 0, 0);
    layout->addLayout(buttons);
    layout->addWidget(m_message);
    layout->addWidget(split, 1);

    connect(m_add, &QPushButton::clicked, this, &EvidencePanel::addRequested);
    connect(m_verifyButton, &QPushButton::clicked, this, &EvidencePanel::verifyAll);
    connect(m_exportButton, &QPushButton::clicked, this, &EvidencePanel::chooseExport);
    connect(m_copy, &QPushButton::clicked, this, [this] {
        if (!m_hash->text().isEmpty())
            QApplication::clipboard()->setText(m_hash->text());
    });
    connect(m_table, &QTableWidget::itemSelectionChanged, this, [this] {
        showCustody();
        updateButtons();
    });
    connect(&m_verify, &QFutureWatcher<EvidenceJobs::VerifyResult>::finished, this, &EvidencePanel::onVerified);
    connect(&m_export, &QFutureWatcher<EvidenceJobs::ExportResult>::finished, this, &EvidencePanel::onExported);
    m_message->hide();
    retranslateUi();
}

EvidencePanel::~EvidencePanel()
{
    m_verify.waitForFinished();
    m_export.waitForFinished();
}

EvidenceJobs::Context EvidencePanel::context() const
{
    return {m_commands->session(), m_commands->author(), m_commands->injectedClock(), m_commands->ticketId()};
}

void EvidencePanel::reload()
{
    const QString selected = selectedId();
    m_items.clear();
    if (!m_commands->ticketId().isEmpty()) {
        try {
            m_items = store::EvidenceRepository(m_commands->database()).forTicket(m_commands->ticketId());
        } catch (const store::DatabaseError& e) {
            m_message->setText(e.message());
            m_message->show();
        }
    }
    fillTable();
    if (!selected.isEmpty())
        selectItem(selected);
    else if (!m_items.empty())
        m_table->selectRow(0);
    showCustody();
    updateButtons();
}

void EvidencePanel::fillTable()
{
    const QSignalBlocker block(m_table);
    m_table->setRowCount(static_cast<int>(m_items.size()));
    const QFont mono = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    for (int r = 0; r < static_cast<int>(m_items.size()); ++r) {
        const domain::Evidence& e = m_items[static_cast<size_t>(r)];
        const QString hex = QString::fromLatin1(e.sha256.toHex());
        auto* name = new QTableWidgetItem(e.name);
        name->setData(Qt::UserRole, e.id);
        name->setToolTip(e.description.isEmpty() ? e.name : e.name + u'\n' + e.description
                                                                 + (e.sourceSystem.isEmpty() ? QString() : u'\n' + tr("From: %1").arg(e.sourceSystem)));
        auto* size = new QTableWidgetItem(QLocale().formattedDataSize(e.size));
        size->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        auto* hash = new QTableWidgetItem(hex);
        hash->setFont(mono);
        hash->setToolTip(hex);
        auto* at = new QTableWidgetItem(CaseTime::display(e.collectedAtMs));
        at->setToolTip(tr("Added to the store: %1").arg(CaseTime::display(e.addedAtMs)));
        QString check = tr("not checked in this session");
        QColor colour;
        if (m_checks.contains(e.id)) {
            const auto& o = m_checks.value(e.id);
            check = o.ok ? tr("✓ intact") : tr("✗ MISMATCH: %1").arg(o.problem);
            colour = o.ok ? QColor(0x2e, 0x7d, 0x32) : QColor(0x9b, 0x11, 0x1e);
        }
        auto* checkItem = new QTableWidgetItem(check);
        if (colour.isValid())
            checkItem->setForeground(colour);
        m_table->setItem(r, NameColumn, name);
        m_table->setItem(r, SizeColumn, size);
        m_table->setItem(r, HashColumn, hash);
        m_table->setItem(r, ByColumn, new QTableWidgetItem(e.collectedBy));
        m_table->setItem(r, AtColumn, at);
        m_table->setItem(r, CheckColumn, checkItem);
    }
}

QString EvidencePanel::selectedId() const
{
    const auto rows = m_table->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return {};
    return m_table->item(rows.first().row(), NameColumn)->data(Qt::UserRole).toString();
}

void EvidencePanel::selectItem(const QString& evidenceId)
{
    for (int r = 0; r < m_table->rowCount(); ++r)
        if (m_table->item(r, NameColumn)->data(Qt::UserRole).toString() == evidenceId) {
            m_table->selectRow(r);
            return;
        }
}

QString EvidencePanel::checkText(const QString& evidenceId) const
{
    for (int r = 0; r < m_table->rowCount(); ++r)
        if (m_table->item(r, NameColumn)->data(Qt::UserRole).toString() == evidenceId)
            return m_table->item(r, CheckColumn)->text();
    return {};
}

QString EvidencePanel::message() const { return m_message->isHidden() ? QString() : m_message->text(); }

void EvidencePanel::showCustody()
{
    const QString id = selectedId();
    m_custody->setRowCount(0);
    m_hash->clear();
    if (id.isEmpty())
        return;
    for (const auto& e : m_items)
        if (e.id == id)
            m_hash->setText(QString::fromLatin1(e.sha256.toHex()));
    std::vector<domain::CustodyEntry> entries;
    try {
        entries = store::EvidenceRepository(m_commands->database()).custody(id);
    } catch (const store::DatabaseError& e) {
        m_message->setText(e.message());
        m_message->show();
        return;
    }
    m_custody->setRowCount(static_cast<int>(entries.size()));
    for (int r = 0; r < static_cast<int>(entries.size()); ++r) {
        const auto& c = entries[static_cast<size_t>(r)];
        m_custody->setItem(r, 0, new QTableWidgetItem(CaseTime::display(c.atMs)));
        m_custody->setItem(r, 1, new QTableWidgetItem(domain::custodyActionLabel(c.action)));
        m_custody->setItem(r, 2, new QTableWidgetItem(c.by));
        m_custody->setItem(r, 3, new QTableWidgetItem(c.counterpart));
        m_custody->setItem(r, 4, new QTableWidgetItem(c.note));
        if (c.action == domain::CustodyAction::VerifyFailed)
            for (int col = 0; col < 5; ++col)
                m_custody->item(r, col)->setForeground(QColor(0x9b, 0x11, 0x1e));
    }
}

void EvidencePanel::verifyAll()
{
    if (isVerifying() || m_items.empty())
        return;
    m_message->setText(tr("Checking every item: decrypting and re-hashing…"));
    m_message->show();
    m_verifying = true;
    m_verify.setFuture(EvidenceJobs::verifyAll(context()));
    updateButtons();
}

void EvidencePanel::onVerified()
{
    const auto r = m_verify.result();
    m_verifying = false;
    if (!r.error.isEmpty()) {
        m_message->setText(tr("The check did not run: %1").arg(r.error));
    } else {
        int bad = 0;
        for (const auto& o : r.outcomes) {
            m_checks.insert(o.evidenceId, o);
            bad += o.ok ? 0 : 1;
        }
        m_message->setText(bad == 0 ? tr("Checked: %1 of %1 intact, their SHA-256 matches what was recorded.").arg(r.outcomes.size())
                                    : tr("Checked: %1 of %2 do NOT match what was recorded. Keep the station as it is and "
                                         "tell the shift lead: the evidence may have been altered.")
                                          .arg(bad)
                                          .arg(r.outcomes.size()));
    }
    m_message->show();
    emit m_commands->changed(); // each check is in the custody log
}

void EvidencePanel::chooseExport()
{
    if (selectedId().isEmpty())
        return;
    const QString dir = QFileDialog::getExistingDirectory(this, tr("Export evidence to"));
    if (dir.isEmpty())
        return;
    bool ok = false;
    const QString recipient = QInputDialog::getText(this, tr("Export evidence"), tr("Handed over to (name, unit):"),
                                                    QLineEdit::Normal, QString(), &ok);
    if (ok)
        exportSelected(dir, recipient.trimmed());
}

void EvidencePanel::exportSelected(const QString& directory, const QString& recipient)
{
    const QString id = selectedId();
    if (id.isEmpty() || isExporting())
        return;
    m_message->setText(tr("Exporting…"));
    m_message->show();
    m_exporting = true;
    m_export.setFuture(EvidenceJobs::exportItem(context(), id, directory, recipient));
    updateButtons();
}

void EvidencePanel::onExported()
{
    const auto r = m_export.result();
    m_exporting = false;
    m_message->setText(r.error.isEmpty() ? tr("Exported to %1, with its custody record beside it.").arg(r.path)
                                         : tr("The evidence was not exported: %1").arg(r.error));
    m_message->show();
    emit m_commands->changed();
}

void EvidencePanel::updateButtons()
{
    const bool hasTicket = !m_commands->ticketId().isEmpty();
    m_add->setEnabled(hasTicket);
    m_verifyButton->setEnabled(!isVerifying() && !m_items.empty());
    m_exportButton->setEnabled(!isExporting() && !selectedId().isEmpty());
    m_copy->setEnabled(!m_hash->text().isEmpty());
    const RoleGate gate(*m_commands->session()); // custody entries are case work
    for (QWidget* w : {m_add, m_verifyButton, m_exportButton})
        gate.control(w, domain::Action::WorkCases);
}

void EvidencePanel::retranslateUi()
{
    m_add->setText(tr("Add evidence… (E)"));
    m_verifyButton->setText(tr("Verify all"));
    m_verifyButton->setToolTip(tr("Decrypt and re-hash every item; each check goes into its custody log"));
    m_exportButton->setText(tr("Export…"));
    m_exportButton->setToolTip(tr("Write the selected item and its custody record to a folder"));
    m_hashLabel->setText(tr("SHA-256:"));
    m_copy->setText(tr("Copy"));
    m_custodyLabel->setText(tr("Custody log of the selected item"));
    m_table->setHorizontalHeaderLabels({tr("Name"), tr("Size"), tr("SHA-256"), tr("Collected by"), tr("Collected at"), tr("Check")});
    m_custody->setHorizontalHeaderLabels({tr("When"), tr("Action"), tr("By"), tr("Counterpart"), tr("Note")});
    const QFontMetrics fm = m_table->fontMetrics();
    m_table->horizontalHeader()->resizeSection(NameColumn, fm.horizontalAdvance(QStringLiteral("auth.log.2026-11-20.gz")) + 12);
    m_table->horizontalHeader()->resizeSection(SizeColumn, fm.horizontalAdvance(QStringLiteral("1,023.9 MiB")) + 14);
    m_table->horizontalHeader()->resizeSection(HashColumn, QFontMetrics(QFontDatabase::systemFont(QFontDatabase::FixedFont)).horizontalAdvance(QString(20, u'0')) + 12);
    m_table->horizontalHeader()->resizeSection(AtColumn, fm.horizontalAdvance(QStringLiteral("00/00/0000 00:00")) + 14);
    m_custody->horizontalHeader()->resizeSection(0, fm.horizontalAdvance(QStringLiteral("00/00/0000 00:00")) + 14);
    if (!m_items.empty())
        fillTable();
}

void EvidencePanel::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

} // namespace soc::ui
