#pragma once

#include <QList>
#include <QRegularExpression>
#include <QSize>
#include <QStringList>

class QWidget;

namespace iotca::test {

/// The rules every window of the desktop app keeps (issue 18), checked on a shown window's real widgets. Each check
/// returns one line per problem, naming the widget (object name or class) and the text; empty means the window
/// passes. auditWindow() runs them all; TestUiAudit runs it over every dialog and the main window, in English and
/// Chinese, at 100 % and 200 %.
namespace UiAudit {

/// An English source text as a pattern (%1, %n… match anything) and the length of its own words, placeholders
/// left out.
struct EnglishSource
{
    QRegularExpression pattern;
    qsizetype literalLength = 0;
};

/// The largest window on a 1280×800 screen (logical pixels, so the same at any scale factor).
inline constexpr QSize largestWindow {1280, 800};

/// Labels, buttons, group-box titles and header sections whose text is wider than the widget (measured with
/// fontMetrics().horizontalAdvance against the geometry), and word-wrapped labels cut off at the bottom.
[[nodiscard]] QStringList clippedText(QWidget* window);
/// The window (frame included) is larger than `limit`.
[[nodiscard]] QStringList windowSize(QWidget* window, QSize limit = largestWindow);
/// A mnemonic (Alt+letter) used twice in the window: buddy labels, buttons, group boxes, tabs and the menu bar's
/// titles; and twice inside any one menu of the menu bar.
[[nodiscard]] QStringList mnemonics(QWidget* window);
/// Tab, pressed from the window's first focus, must reach every enabled input (line edits, combo and spin boxes,
/// buttons, check boxes, lists, tables, text areas) and must leave every one of them.
[[nodiscard]] QStringList tabOrder(QWidget* window);
/// A destructive button (marked with ui::markDestructive(), or in English labelled Delete/Deactivate/Remove…) is
/// the default button or has the focus, so Enter would run it.
[[nodiscard]] QStringList destructiveDefaults(QWidget* window);
/// Visible texts (labels, buttons, titles, placeholders, headers, menus) still equal to an English source text
/// from `englishSources` (see englishSourcePatterns()); for a non-English run.
[[nodiscard]] QStringList untranslatedText(QWidget* window, const QList<EnglishSource>& englishSources);

/// The English source texts of the project's zh_CN translation file that are translated to something else, plus
/// Qt's own standard button texts; each as a pattern where %1, %n… match anything. Empty when the file is missing.
[[nodiscard]] QList<EnglishSource> englishSourcePatterns();

/// Every check above that applies: untranslatedText() only when `englishSources` is not empty.
[[nodiscard]] QStringList auditWindow(QWidget* window, const QList<EnglishSource>& englishSources = {});

} // namespace UiAudit

} // namespace iotca::test
