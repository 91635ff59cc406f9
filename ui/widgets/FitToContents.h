#pragma once

class QWidget;

namespace iotca::ui {

/// Grows the top-level `window` to what its content needs now: every line of its word-wrapped labels (Qt lays out
/// height-for-width only when a window is first shown, not when a text changes later), a title bar wide enough
/// for its title, and line edits wide enough for their placeholder text. Never shrinks it and never makes it
/// larger than its screen. Call after changing texts of a shown dialog, or from its showEvent().
void fitToContents(QWidget* window);

} // namespace iotca::ui
