#include "FitToContents.h"

#include <QFontMetrics>
#include <QGuiApplication>
#include <QLayout>
#include <QLineEdit>
#include <QScreen>
#include <QStyle>
#include <QWidget>

#include <algorithm>

namespace iotca::ui {

namespace {
/// What a title bar takes beside the title: the window buttons, the icon and padding.
constexpr int titleBarChrome = 140;
} // namespace

QString shownWindowTitle(const QWidget* window)
{
    const QString title = window->windowTitle();
    const QString application = QGuiApplication::applicationDisplayName();
    if (title.isEmpty() || application.isEmpty() || title == application)
        return title;
    return title + QStringLiteral(" \u2014 ") + application;
}

void fitToContents(QWidget* window)
{
    if (!window || !window->isWindow())
        return;
    // Line edits wide enough for their placeholder (the hint is useless cut off): text plus QLineEdit's margins, the
    // frame and room for the clear button.
    for (QLineEdit* edit : window->findChildren<QLineEdit*>()) {
        if (edit->placeholderText().isEmpty() || edit->window() != window)
            continue;
        const int frame = edit->style()->pixelMetric(QStyle::PM_DefaultFrameWidth, nullptr, edit);
        int needed = edit->fontMetrics().horizontalAdvance(edit->placeholderText()) + 2 * frame + 8;
        if (edit->isClearButtonEnabled())
            needed += edit->sizeHint().height();
        if (edit->minimumWidth() < needed)
            edit->setMinimumWidth(needed);
    }
    if (QLayout* layout = window->layout())
        layout->activate();
    QSize limit(1280, 800);
    if (const QScreen* screen = window->screen())
        limit = screen->availableGeometry().size() - QSize(40, 60);
    QFont titleFont = window->font();
    titleFont.setBold(true);
    const int titleWidth = QFontMetrics(titleFont).horizontalAdvance(shownWindowTitle(window)) + titleBarChrome;
    int width = std::max({window->width(), window->minimumSizeHint().width(), titleWidth});
    width = std::min(width, std::max(limit.width(), window->minimumWidth()));
    int height = window->hasHeightForWidth() ? window->heightForWidth(width) : window->sizeHint().height();
    height = std::max(height, window->height());
    height = std::min(height, std::max(limit.height(), window->minimumHeight()));
    if (width != window->width() || height != window->height())
        window->resize(width, height);
}

} // namespace iotca::ui
