#pragma once

class QString;
class QWidget;

namespace iotca::ui {

/// Grows the top-level `window` to what its content needs now: every line of its word-wrapped labels (Qt lays out
/// height-for-width only when a window is first shown, not when a text changes later), a title bar wide enough
/// for its title, and line edits wide enough for their placeholder text. Never shrinks it and never makes it
/// larger than its screen. Call after changing texts of a shown dialog, or from its showEvent().
void fitToContents(QWidget* window);

/// The title a window manager shows for `window`: Qt adds " — <application display name>" to every window's title
/// but the one that is the display name already (QPlatformWindow::formatWindowTitle), so a title bar needs room for
/// both (seen clipped under openbox: "CA Passph… oT CA Desk").
[[nodiscard]] QString shownWindowTitle(const QWidget* window);

} // namespace iotca::ui
