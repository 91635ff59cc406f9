#pragma once

#include <QCheckBox>
#include <QList>

class QLineEdit;

namespace iotca::ui {

/// "Show passphrase" under one or more passphrase fields: checked, they show what was typed (to check a long
/// passphrase before it protects a key); unchecked, the usual dots. Starts unchecked.
class ShowPassphraseCheck : public QCheckBox
{
    Q_OBJECT
public:
    explicit ShowPassphraseCheck(QList<QLineEdit*> fields, QWidget* parent = nullptr);

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();

    QList<QLineEdit*> m_fields;
};

} // namespace iotca::ui
