#pragma once

#include <QString>
#include <QStringView>

namespace iotca::app {

/// Text that is safe to print to a terminal: what could move the cursor, change the title, clear the screen, hide
/// or reorder text (ESC sequences, other C0 controls, DEL, C1 controls, the bidirectional controls U+061C,
/// U+200E/U+200F, U+202A-U+202E, U+2066-U+2069, and the line/paragraph separators U+2028/U+2029) becomes a
/// visible `\uXXXX`. The same escape is valid inside a JSON string and means the same character there, so JSON
/// output stays valid JSON. Device names, CSR subjects, file names and platform answers come from outside.
enum class LineBreaks {
    Escape, ///< one-line text (messages): '\n' too, so no injected text can start a line of its own
    Keep, ///< multi-line output (tables, JSON, help): '\n' and '\t' stay
};

[[nodiscard]] QString escapeForTerminal(QStringView text, LineBreaks lineBreaks = LineBreaks::Escape);

/// Whether `c` is escaped by escapeForTerminal (with LineBreaks::Keep, '\n' and '\t' are not).
[[nodiscard]] bool isTerminalControl(char32_t c) noexcept;

} // namespace iotca::app
