#include "UiAudit.h"

#include "ui/widgets/DestructiveButton.h"
#include "ui/widgets/FitToContents.h"

#include <QAbstractItemView>
#include <QAbstractSpinBox>
#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QGroupBox>
#include <QHash>
#include <QHeaderView>
#include <QKeySequence>
#include <QLabel>
#include <QLineEdit>
#include <QMainWindow>
#include <QMenu>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QScrollBar>
#include <QSet>
#include <QSlider>
#include <QStyle>
#include <QStyleOption>
#include <QTabBar>
#include <QTest>
#include <QTextBoundaryFinder>
#include <QTextDocument>
#include <QTextEdit>
#include <QToolButton>
#include <QXmlStreamReader>

#include <algorithm>
#include <utility>

namespace iotca::test::UiAudit {

namespace {

/// Room a title bar takes beside the title: close, maximise and minimise buttons, the icon and padding.
constexpr int titleBarButtons = 120;

/// The text as shown: "&Next >" → "Next >", "下一步(&N)" → "下一步", "&&" → "&".
QString shownText(QString text)
{
    static const QRegularExpression cjkMnemonic(QStringLiteral(R"(\(&[^&)]\))"));
    text.remove(cjkMnemonic);
    QString shown;
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text.at(i) == QLatin1Char('&') && i + 1 < text.size())
            ++i;
        shown += text.at(i);
    }
    return shown;
}

QString describe(const QWidget* widget)
{
    const QString name =
        widget->objectName().isEmpty() ? QString::fromLatin1(widget->metaObject()->className()) : widget->objectName();
    return QStringLiteral("%1 in '%2'").arg(name, widget->window()->windowTitle());
}

/// The visible widgets of `window` itself (not of its child windows or popups).
QList<QWidget*> visibleWidgets(QWidget* window)
{
    QList<QWidget*> widgets;
    for (QWidget* widget : window->findChildren<QWidget*>()) {
        if (widget->isVisible() && widget->window() == window)
            widgets << widget;
    }
    return widgets;
}

QString labelText(const QLabel* label)
{
    const QString text = label->text();
    if (label->textFormat() == Qt::RichText || (label->textFormat() == Qt::AutoText && Qt::mightBeRichText(text))) {
        QTextDocument document;
        document.setHtml(text);
        return document.toPlainText();
    }
    return label->buddy() ? shownText(text) : text;
}

int widestLine(const QFontMetrics& metrics, const QString& text)
{
    int widest = 0;
    for (const QString& line : text.split(QLatin1Char('\n')))
        widest = std::max(widest, metrics.horizontalAdvance(line));
    return widest;
}

void checkLabel(const QLabel* label, QStringList& problems)
{
    if (label->text().isEmpty() || label->height() <= 0)
        return;
    const QString text = labelText(label);
    int indent = label->indent();
    if (indent < 0)
        indent = label->frameWidth() > 0 ? label->fontMetrics().horizontalAdvance(QLatin1Char('x')) / 2 : 0;
    const int available = label->contentsRect().width() - 2 * label->margin() - indent;
    if (label->wordWrap()) {
        if (label->heightForWidth(label->width()) > label->height() + 1)
            problems << QStringLiteral("clipped: word-wrapped label %1 needs %2 px of height, has %3: '%4'")
                            .arg(describe(label))
                            .arg(label->heightForWidth(label->width()))
                            .arg(label->height())
                            .arg(text);
        // The pieces between line-break opportunities (spaces; and between CJK characters, which wrap anywhere).
        // Line by line: QTextBoundaryFinder does not treat '\n' as a forced break, QLabel does.
        QStringList words;
        for (const QString& line : text.split(QLatin1Char('\n'))) {
            QTextBoundaryFinder breaks(QTextBoundaryFinder::Line, line);
            for (qsizetype start = 0, end = breaks.toNextBoundary(); end > 0;
                 start = end, end = breaks.toNextBoundary())
                words << line.mid(start, end - start).trimmed();
        }
        for (const QString& word : std::as_const(words)) {
            if (label->fontMetrics().horizontalAdvance(word) > available) {
                problems << QStringLiteral("clipped: label %1 has a word %2 px wide, wider than its %3 px: '%4'")
                                .arg(describe(label))
                                .arg(label->fontMetrics().horizontalAdvance(word))
                                .arg(available)
                                .arg(word);
                break;
            }
        }
        return;
    }
    const int needed = widestLine(label->fontMetrics(), text);
    if (needed > available)
        problems << QStringLiteral("clipped: label %1 needs %2 px, has %3: '%4'")
                        .arg(describe(label))
                        .arg(needed)
                        .arg(available)
                        .arg(text);
    else if (label->minimumSizeHint().height() > label->height() + 1)
        problems << QStringLiteral("clipped: label %1 needs %2 px of height, has %3: '%4'")
                        .arg(describe(label))
                        .arg(label->minimumSizeHint().height())
                        .arg(label->height())
                        .arg(text);
}

void checkButton(QAbstractButton* button, QStringList& problems)
{
    const QString text = shownText(button->text());
    if (text.isEmpty())
        return;
    if (auto* tool = qobject_cast<QToolButton*>(button)) {
        if (tool->toolButtonStyle() != Qt::ToolButtonIconOnly && tool->width() < tool->sizeHint().width())
            problems << QStringLiteral("clipped: tool button %1 needs %2 px, has %3: '%4'")
                            .arg(describe(button))
                            .arg(tool->sizeHint().width())
                            .arg(tool->width())
                            .arg(text);
        return;
    }
    QStyleOptionButton option;
    option.initFrom(button);
    option.text = button->text();
    option.icon = button->icon();
    option.iconSize = button->iconSize();
    QStyle::SubElement element = QStyle::SE_PushButtonContents;
    if (qobject_cast<QCheckBox*>(button))
        element = QStyle::SE_CheckBoxContents;
    else if (qobject_cast<QRadioButton*>(button))
        element = QStyle::SE_RadioButtonContents;
    const int available = button->style()->subElementRect(element, &option, button).width();
    int needed = widestLine(button->fontMetrics(), text);
    if (!button->icon().isNull())
        needed += button->iconSize().width() + 4;
    if (needed > available)
        problems << QStringLiteral("clipped: button %1 needs %2 px, has %3: '%4'")
                        .arg(describe(button))
                        .arg(needed)
                        .arg(available)
                        .arg(text);
}

void checkGroupBox(const QGroupBox* box, QStringList& problems)
{
    const QString title = shownText(box->title());
    if (title.isEmpty())
        return;
    const int needed = box->fontMetrics().horizontalAdvance(title);
    if (needed > box->width())
        problems << QStringLiteral("clipped: group box %1 title needs %2 px, has %3: '%4'")
                        .arg(describe(box))
                        .arg(needed)
                        .arg(box->width())
                        .arg(title);
}

void checkHeader(const QHeaderView* header, QStringList& problems)
{
    if (header->orientation() != Qt::Horizontal || !header->model())
        return;
    const int margin = header->style()->pixelMetric(QStyle::PM_HeaderMargin, nullptr, header);
    for (int logical = 0; logical < header->count(); ++logical) {
        if (header->isSectionHidden(logical))
            continue;
        const QString text = header->model()->headerData(logical, Qt::Horizontal, Qt::DisplayRole).toString();
        if (text.isEmpty())
            continue;
        QStyleOptionHeader option;
        option.initFrom(header);
        option.rect = QRect(0, 0, header->sectionSize(logical), header->height());
        option.section = logical;
        option.text = text;
        option.orientation = Qt::Horizontal;
        if (header->isSortIndicatorShown() && header->sortIndicatorSection() == logical)
            option.sortIndicator = header->sortIndicatorOrder() == Qt::AscendingOrder ? QStyleOptionHeader::SortDown
                                                                                      : QStyleOptionHeader::SortUp;
        const int available = std::min(header->style()->subElementRect(QStyle::SE_HeaderLabel, &option, header).width(),
                                       header->sectionSize(logical) - 2 * margin);
        const int needed = header->fontMetrics().horizontalAdvance(text);
        if (needed > available)
            problems << QStringLiteral("clipped: header section %1 of %2 needs %3 px, has %4: '%5'")
                            .arg(logical)
                            .arg(describe(header))
                            .arg(needed)
                            .arg(available)
                            .arg(text);
    }
}

void checkPlaceholder(const QLineEdit* edit, QStringList& problems)
{
    if (edit->placeholderText().isEmpty() || !edit->text().isEmpty())
        return;
    // QLineEdit's text margins: the frame, plus 2 px on each side (qlineedit_p.h horizontalMargin).
    const int frame = edit->hasFrame() ? edit->style()->pixelMetric(QStyle::PM_DefaultFrameWidth, nullptr, edit) : 0;
    const QMargins margins = edit->textMargins();
    int available = edit->width() - 2 * frame - 2 * 2 - margins.left() - margins.right();
    if (edit->isClearButtonEnabled())
        available -= edit->height(); // the clear button's square
    const int needed = edit->fontMetrics().horizontalAdvance(edit->placeholderText());
    if (needed > available)
        problems << QStringLiteral("clipped: placeholder of %1 needs %2 px, has %3: '%4'")
                        .arg(describe(edit))
                        .arg(needed)
                        .arg(available)
                        .arg(edit->placeholderText());
}

/// Every menu of the window's menu bar, submenus included.
QList<QMenu*> menusOf(QWidget* window)
{
    QList<QMenu*> menus;
    auto* mainWindow = qobject_cast<QMainWindow*>(window);
    if (!mainWindow || !mainWindow->menuWidget())
        return menus;
    QList<QAction*> pending = mainWindow->menuWidget()->actions();
    while (!pending.isEmpty()) {
        QAction* action = pending.takeFirst();
        if (QMenu* menu = action->menu(); menu && !menus.contains(menu)) {
            menus << menu;
            pending << menu->actions();
        }
    }
    return menus;
}

void addMnemonic(QHash<int, QStringList>& byKey, const QString& text, const QString& where)
{
    const QKeySequence key = QKeySequence::mnemonic(text);
    if (!key.isEmpty())
        byKey[key[0].toCombined()] << QStringLiteral("%1 ('%2')").arg(where, text);
}

void reportDuplicates(const QHash<int, QStringList>& byKey, const QString& scope, QStringList& problems)
{
    for (auto it = byKey.cbegin(); it != byKey.cend(); ++it) {
        if (it.value().size() > 1)
            problems << QStringLiteral("mnemonic %1 used %2 times in %3: %4")
                            .arg(QKeySequence(it.key()).toString(QKeySequence::PortableText))
                            .arg(it.value().size())
                            .arg(scope, it.value().join(QStringLiteral(", ")));
    }
}

bool isInput(QWidget* widget)
{
    if (qobject_cast<QHeaderView*>(widget) || qobject_cast<QScrollBar*>(widget))
        return false;
    if (qobject_cast<QLineEdit*>(widget)) {
        // The edit inside a combo or spin box is reached through its owner.
        return !qobject_cast<QComboBox*>(widget->parentWidget())
            && !qobject_cast<QAbstractSpinBox*>(widget->parentWidget());
    }
    return qobject_cast<QAbstractSpinBox*>(widget) || qobject_cast<QComboBox*>(widget)
        || qobject_cast<QAbstractItemView*>(widget) || qobject_cast<QPlainTextEdit*>(widget)
        || qobject_cast<QTextEdit*>(widget) || qobject_cast<QSlider*>(widget)
        || (qobject_cast<QAbstractButton*>(widget) && !qobject_cast<QRadioButton*>(widget));
}

bool insideItemView(const QWidget* widget)
{
    for (const QWidget* parent = widget->parentWidget(); parent; parent = parent->parentWidget()) {
        if (qobject_cast<const QAbstractItemView*>(parent))
            return true;
    }
    return false;
}

/// The input `focus` belongs to (a combo box for its line edit), or `focus` itself.
QWidget* inputOf(QWidget* focus, const QList<QWidget*>& inputs)
{
    for (QWidget* widget = focus; widget; widget = widget->parentWidget()) {
        if (inputs.contains(widget))
            return widget;
    }
    return focus;
}

bool isDestructive(const QPushButton* button)
{
    if (button->property(ui::destructiveButtonProperty).toBool())
        return true;
    // Buttons of dialogs that do not mark theirs yet are recognised by their English text.
    static const QRegularExpression english(
        QStringLiteral(R"(^(Delete|Deactivate|Remove|Revoke|Overwrite|Discard|Erase|Wipe)\b)"));
    return english.match(shownText(button->text())).hasMatch();
}

/// One pattern per English source text: %1, %L1, %n and %Ln match anything.
EnglishSource sourcePattern(const QString& source)
{
    const QString shown = shownText(source).simplified();
    QString pattern = QRegularExpression::escape(shown);
    static const QRegularExpression escapedPlaceholder(QStringLiteral(R"(\\%L?(\d+|n))"));
    pattern.replace(escapedPlaceholder, QStringLiteral(".*"));
    static const QRegularExpression placeholder(QStringLiteral(R"(%L?(\d+|n))"));
    QString literal = shown;
    literal.remove(placeholder);
    return {QRegularExpression(QStringLiteral("^") + pattern + QStringLiteral("$"),
                               QRegularExpression::DotMatchesEverythingOption),
            literal.size()};
}

/// Whether `source` says something in English words (not only placeholders, names, codes or numbers).
bool hasEnglishWords(const QString& source)
{
    static const QRegularExpression placeholder(QStringLiteral(R"(%L?(\d+|n))"));
    static const QRegularExpression word(QStringLiteral(R"(\b[A-Za-z]*[a-z][A-Za-z]*\b)"));
    QString rest = shownText(source);
    rest.remove(placeholder);
    for (auto it = word.globalMatch(rest); it.hasNext();) {
        if (it.next().capturedLength() >= 3)
            return true;
    }
    return false;
}

QStringList visibleTexts(QWidget* window)
{
    QStringList texts {window->windowTitle()};
    for (QWidget* widget : visibleWidgets(window)) {
        if (auto* label = qobject_cast<QLabel*>(widget))
            texts << labelText(label);
        else if (auto* button = qobject_cast<QAbstractButton*>(widget))
            texts << button->text();
        else if (auto* box = qobject_cast<QGroupBox*>(widget))
            texts << box->title();
        else if (auto* edit = qobject_cast<QLineEdit*>(widget); edit && edit->text().isEmpty())
            texts << edit->placeholderText();
        else if (auto* combo = qobject_cast<QComboBox*>(widget)) {
            for (int i = 0; i < combo->count(); ++i)
                texts << combo->itemText(i);
        } else if (auto* tabs = qobject_cast<QTabBar*>(widget)) {
            for (int i = 0; i < tabs->count(); ++i)
                texts << tabs->tabText(i);
        } else if (auto* header = qobject_cast<QHeaderView*>(widget);
                   header && header->model() && header->orientation() == Qt::Horizontal) {
            for (int i = 0; i < header->count(); ++i)
                texts << header->model()->headerData(i, Qt::Horizontal).toString();
        }
    }
    for (QMenu* menu : menusOf(window)) {
        texts << menu->title();
        for (const QAction* action : menu->actions())
            texts << action->text();
    }
    return texts;
}

} // namespace

QStringList clippedText(QWidget* window)
{
    QStringList problems;
    for (QWidget* widget : visibleWidgets(window)) {
        if (auto* label = qobject_cast<QLabel*>(widget))
            checkLabel(label, problems);
        else if (auto* button = qobject_cast<QAbstractButton*>(widget))
            checkButton(button, problems);
        else if (auto* box = qobject_cast<QGroupBox*>(widget))
            checkGroupBox(box, problems);
        else if (auto* header = qobject_cast<QHeaderView*>(widget))
            checkHeader(header, problems);
        else if (auto* edit = qobject_cast<QLineEdit*>(widget))
            checkPlaceholder(edit, problems);
    }
    // A window manager draws the title in a bold font beside three buttons; a window narrower than that cuts it.
    QFont titleFont = window->font();
    titleFont.setBold(true);
    const QString title = ui::shownWindowTitle(window);
    const int titleNeeded = QFontMetrics(titleFont).horizontalAdvance(title) + titleBarButtons;
    if (window->width() < titleNeeded)
        problems << QStringLiteral("clipped: the title '%1' needs a window %2 px wide, it is %3")
                        .arg(title)
                        .arg(titleNeeded)
                        .arg(window->width());
    return problems;
}

QStringList windowSize(QWidget* window, QSize limit)
{
    const QSize size = window->frameGeometry().size();
    if (size.width() > limit.width() || size.height() > limit.height())
        return {QStringLiteral("window '%1' is %2×%3, larger than %4×%5")
                    .arg(window->windowTitle())
                    .arg(size.width())
                    .arg(size.height())
                    .arg(limit.width())
                    .arg(limit.height())};
    return {};
}

QStringList mnemonics(QWidget* window)
{
    QStringList problems;
    QHash<int, QStringList> byKey;
    for (QWidget* widget : visibleWidgets(window)) {
        if (auto* label = qobject_cast<QLabel*>(widget); label && label->buddy())
            addMnemonic(byKey, label->text(), describe(label));
        else if (auto* button = qobject_cast<QAbstractButton*>(widget))
            addMnemonic(byKey, button->text(), describe(button));
        else if (auto* box = qobject_cast<QGroupBox*>(widget))
            addMnemonic(byKey, box->title(), describe(box));
        else if (auto* tabs = qobject_cast<QTabBar*>(widget)) {
            for (int i = 0; i < tabs->count(); ++i)
                addMnemonic(byKey, tabs->tabText(i), describe(tabs));
        }
    }
    if (auto* mainWindow = qobject_cast<QMainWindow*>(window); mainWindow && mainWindow->menuWidget()) {
        for (const QAction* action : mainWindow->menuWidget()->actions()) {
            if (action->isVisible())
                addMnemonic(byKey, action->text(), QStringLiteral("menu bar"));
        }
    }
    reportDuplicates(byKey, QStringLiteral("'%1'").arg(window->windowTitle()), problems);
    for (QMenu* menu : menusOf(window)) {
        QHash<int, QStringList> inMenu;
        for (const QAction* action : menu->actions()) {
            if (action->isVisible() && !action->isSeparator())
                addMnemonic(inMenu, action->text(), QStringLiteral("item"));
        }
        reportDuplicates(inMenu, QStringLiteral("menu '%1'").arg(shownText(menu->title())), problems);
    }
    return problems;
}

QStringList tabOrder(QWidget* window)
{
    QList<QWidget*> inputs;
    for (QWidget* widget : visibleWidgets(window)) {
        if (isInput(widget) && widget->isEnabled() && (widget->focusPolicy() & Qt::TabFocus) == Qt::TabFocus
            && !insideItemView(widget))
            inputs << widget;
    }
    if (inputs.isEmpty())
        return {};
    window->activateWindow();
    (void)QTest::qWaitForWindowActive(window, 1000);
    if (!window->focusWidget())
        QTest::keyClick(window, Qt::Key_Tab);
    QSet<QWidget*> reached;
    QStringList problems;
    QStringList path; // the Tab order walked, for the message
    for (qsizetype step = 0; step < 3 * inputs.size() + 10; ++step) {
        QWidget* focus = window->focusWidget();
        if (!focus) {
            problems << QStringLiteral("Tab leaves '%1' with no widget focused").arg(window->windowTitle());
            return problems;
        }
        QWidget* before = inputOf(focus, inputs);
        reached.insert(before);
        path << (before->objectName().isEmpty() ? QString::fromLatin1(before->metaObject()->className())
                                                : before->objectName());
        QTest::keyClick(focus, Qt::Key_Tab);
        QWidget* after = window->focusWidget() ? inputOf(window->focusWidget(), inputs) : nullptr;
        if (after == before) {
            problems << QStringLiteral("Tab does not leave %1 (Tab order: %2)")
                            .arg(describe(before), path.join(QStringLiteral(" → ")));
            return problems;
        }
    }
    for (QWidget* input : std::as_const(inputs)) {
        if (!reached.contains(input))
            problems << QStringLiteral("Tab never reaches %1").arg(describe(input));
    }
    return problems;
}

QStringList destructiveDefaults(QWidget* window)
{
    QStringList problems;
    for (QWidget* widget : visibleWidgets(window)) {
        auto* button = qobject_cast<QPushButton*>(widget);
        if (!button || !isDestructive(button))
            continue;
        if (button->isDefault())
            problems << QStringLiteral("destructive button %1 is the default: Enter runs it").arg(describe(button));
        else if (window->focusWidget() == button && button->autoDefault())
            problems << QStringLiteral("destructive button %1 has the focus: Enter runs it").arg(describe(button));
    }
    return problems;
}

QStringList untranslatedText(QWidget* window, const QList<EnglishSource>& englishSources)
{
    QStringList problems;
    for (const QString& raw : visibleTexts(window)) {
        const QString text = shownText(raw).simplified();
        if (text.isEmpty())
            continue;
        for (const EnglishSource& source : englishSources) {
            // A source that is mostly placeholders ("%1 failed: %2") matches any text around English data (a
            // platform's own message, a path); it counts only when its own words are a third of the text or more.
            if (3 * source.literalLength >= text.size() && source.pattern.match(text).hasMatch()) {
                problems << QStringLiteral("untranslated in '%1': '%2'").arg(window->windowTitle(), text);
                break;
            }
        }
    }
    return problems;
}

QList<EnglishSource> englishSourcePatterns()
{
    QList<EnglishSource> patterns;
    // Qt's own standard buttons and wizard buttons (qtbase's translations).
    for (const char* standard : {"OK",
                                 "Cancel",
                                 "Close",
                                 "Yes",
                                 "No",
                                 "Apply",
                                 "Help",
                                 "Save",
                                 "Open",
                                 "Reset",
                                 "Discard",
                                 "Abort",
                                 "Retry",
                                 "Ignore",
                                 "< Back",
                                 "Back",
                                 "Next >",
                                 "Next",
                                 "Finish",
                                 "Commit",
                                 "Done",
                                 "Show Details...",
                                 "Hide Details...",
                                 "Restore Defaults"})
        patterns << sourcePattern(QString::fromLatin1(standard));

    QFile file(qEnvironmentVariable("IOTCA_SOURCE_DIR") + QStringLiteral("/translations/iotca_zh_CN.ts"));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QXmlStreamReader xml(&file);
    QString source;
    QString translation;
    bool obsolete = false;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement() && xml.name() == QLatin1String("message")) {
            source.clear();
            translation.clear();
            obsolete = false;
        } else if (xml.isStartElement() && xml.name() == QLatin1String("source")) {
            source = xml.readElementText();
        } else if (xml.isStartElement() && xml.name() == QLatin1String("translation")) {
            const QString type = xml.attributes().value(QLatin1String("type")).toString();
            obsolete = type == QLatin1String("vanished") || type == QLatin1String("obsolete");
            if (xml.attributes().value(QLatin1String("type")).isEmpty() || type == QLatin1String("unfinished")) {
                // Numerus translations hold <numerusform> children; the first one is enough to compare.
                while (!(xml.isEndElement() && xml.name() == QLatin1String("translation")) && !xml.atEnd()) {
                    xml.readNext();
                    if (xml.isCharacters() && translation.isEmpty())
                        translation = xml.text().toString().trimmed();
                }
            }
        } else if (xml.isEndElement() && xml.name() == QLatin1String("message")) {
            const bool same = shownText(translation).simplified() == shownText(source).simplified();
            if (!obsolete && !same && hasEnglishWords(source))
                patterns << sourcePattern(source);
        }
    }
    return patterns;
}

QStringList auditWindow(QWidget* window, const QList<EnglishSource>& englishSources)
{
    // Geometry is checked as laid out: run the layout requests that texts set just before left pending (each pass
    // may post more, a parent's after its children's).
    for (int pass = 0; pass < 5; ++pass) {
        QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
        QCoreApplication::processEvents();
    }
    QStringList problems;
    problems << windowSize(window) << clippedText(window) << mnemonics(window) << destructiveDefaults(window);
    if (!englishSources.isEmpty())
        problems << untranslatedText(window, englishSources);
    problems << tabOrder(window); // last: it moves the focus
    return problems;
}

} // namespace iotca::test::UiAudit
