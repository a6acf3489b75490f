#pragma once

#include "domain/Alert.h"
#include "store/OwnerLookup.h"

#include <QMap>
#include <QWidget>
#include <optional>

class QFormLayout;
class QLabel;
class QPlainTextEdit;

namespace soc::ui {

// The selected alert: normalised fields (selectable text), the agency and registered asset it is
// about (issue 7, from the caller's store::OwnerLookup) and the original record exactly as the
// sensor wrote it (read-only, monospace, JSON indented).
class DetailPane : public QWidget {
    Q_OBJECT
public:
    explicit DetailPane(QWidget* parent = nullptr);

    // `owner`: what OwnerLookup::forAlert found for the alert (empty: neither agency nor asset).
    void showAlert(const std::optional<domain::Alert>& alert, const store::OwnerLookup::Owner& owner = {});
    qint64 alertId() const { return m_alert ? m_alert->id : 0; }
    QString rawText() const;
    QString fieldText(const QString& key) const; // for tests: "signature", "severity", ...

protected:
    void changeEvent(QEvent* event) override;

private:
    enum class Field { Time, Utc, SourceTime, Severity, Status, StatusBy, Reason, Subsystem, Product, Signature, SignatureId,
                       Category, Source, Destination, Protocol, Host, Agency, Asset, Mitre, Uuid };
    static QString key(Field f);
    QString label(Field f) const;
    void retranslateUi();
    void fill();
    QString agencyText() const;
    QString assetText() const;

    QLabel* m_title;
    QLabel* m_empty;
    QWidget* m_fields;
    QFormLayout* m_form;
    QMap<Field, QLabel*> m_values;
    QMap<Field, QLabel*> m_labels;
    QLabel* m_rawTitle;
    QPlainTextEdit* m_raw;
    std::optional<domain::Alert> m_alert;
    store::OwnerLookup::Owner m_owner;
};

} // namespace soc::ui
