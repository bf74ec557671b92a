#pragma once

#include "core/i18n/Language.h"

#include <QStringList>
#include <QWidget>

#include <optional>

class QDialog;
class QDialogButtonBox;
class QListWidget;
class QPushButton;
class QTextBrowser;
class QToolButton;

namespace rekrutt {

/**
 * The help window: HTML topics compiled into the application (resources/help/<language>/<topic>.html,
 * at ":/help/<language>/<topic>.html"), a list of every topic on the left, Back and Forward. It is not
 * modal: it stays open beside the window it was opened from, one per window.
 *
 * How a page gets its help (F1): every widget may carry the dynamic property topicProperty
 * ("rekruttHelpTopic") with the name of a topic ("leave", not "leave.html"). F1 reads it from the widget
 * that has the focus and, when that widget has none, from its parents up to the window: so a page sets it
 * once on itself and every field on it shares the topic, and a field may set its own. A page added later,
 * for a topic that exists, needs nothing else than
 *
 *     setProperty(HelpBrowser::topicProperty, u"waiting-for-me"_s);
 *
 * A new topic also needs its page in both languages (resources/help/en/ and nb/) and its name in topics();
 * "waiting-for-me" is there already. A dialog gets a Help button and F1 with addHelpButton().
 */
class HelpBrowser : public QWidget
{
    Q_OBJECT

public:
    /** The dynamic property that names a widget's help topic (a QString). */
    static constexpr const char* topicProperty = "rekruttHelpTopic";
    /** The topic of a widget that neither it nor a parent names: the overview. */
    static constexpr const char* defaultTopic = "overview";

    explicit HelpBrowser(Language language, QWidget* parent = nullptr);

    /** Shows `topic` ("leave") and adds it to the history; false, showing nothing new, when there is no such topic. */
    bool showTopic(const QString& topic);
    /** The topic shown now, from the file name of the page ("leave"). */
    QString currentTopic() const;
    Language language() const { return m_language; }
    /** Shows the topics in `language`, keeping the topic shown now. */
    void setLanguage(Language language);

    QTextBrowser* browser() const { return m_browser; }
    QListWidget* topicList() const { return m_topics; }
    QToolButton* backButton() const { return m_back; }
    QToolButton* forwardButton() const { return m_forward; }

    /** Every topic, in the order of the list: the same names in both languages. */
    static QStringList topics();
    /** The resource path of a topic's page: ":/help/nb/leave.html". */
    static QString topicPath(const QString& topic, Language language);
    /** The title of a topic's page (its <title>), in `language`; empty when there is no such page. */
    static QString topicTitle(const QString& topic, Language language);
    /** The topic of `widget`: topicProperty of the widget or its nearest parent that has one, else defaultTopic. */
    static QString topicFor(const QWidget* widget);
    /** The language of the user interface, as the application set the default locale at start. */
    static Language uiLanguage();

    /**
     * Shows `topic` in the help window of `from`'s window, creating it the first time. It is a child of
     * that window, so that it can be used beside a modal dialog too. `language` defaults to uiLanguage().
     */
    static HelpBrowser* open(QWidget* from, const QString& topic, std::optional<Language> language = {});

    /**
     * Gives `dialog` a Help button in `buttons` and the F1 key, both showing `topic`, and names the topic on
     * the dialog (topicProperty). Returns the button.
     */
    static QPushButton* addHelpButton(QDialog* dialog, QDialogButtonBox* buttons, const QString& topic);

private:
    void fillTopics();
    void syncList();

    Language m_language;
    QListWidget* m_topics;
    QTextBrowser* m_browser;
    QToolButton* m_back;
    QToolButton* m_forward;
};

} // namespace rekrutt
