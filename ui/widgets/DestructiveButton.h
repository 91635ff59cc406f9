#pragma once

#include <QAbstractButton>
#include <QPushButton>

namespace iotca::ui {

/// The dynamic property that marks a button whose action destroys or cuts off something (delete, deactivate). The
/// GUI checks (tests/ui/support/UiAudit) refuse such a button as a dialog's default or first focus, so Enter never
/// runs it by accident.
inline constexpr char destructiveButtonProperty[] = "iotcaDestructive";

/// Marks `button` as destructive and keeps it from being the default button; `safe` (usually Cancel) becomes the
/// default instead, so Enter backs out.
inline void markDestructive(QPushButton* button, QPushButton* safe)
{
    button->setProperty(destructiveButtonProperty, true);
    button->setAutoDefault(false);
    button->setDefault(false);
    if (safe)
        safe->setDefault(true);
}

} // namespace iotca::ui
