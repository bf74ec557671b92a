#include "ui/HelpBrowser.h"

#include <QDialog>
#include <QDialogButtonBox>
#include <QFile>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QRegularExpression>
#include <QScrollBar>
#include <QShortcut>
#include <QSplitter>
#include <QTextBrowser>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace rekrutt {

namespace {

QString folderOf(Language language)
{
    return u":/help/"_s + languageCode(language) + u'/';
}

} // namespace

HelpBrowser::HelpBrowser(Language language, QWidget* parent)
    : QWidget(parent, Qt::Window)
    , m_language(language)
    , m_topics(new QListWidget(this))
    , m_browser(new QTextBrowser(this))
    , m_back(new QToolButton(this))
    , m_forward(new QToolButton(this))
{
    setObjectName(u"HelpBrowser"_s);
    setWindowTitle(tr("Rekrutt help"));
    // The help of the help window is the overview, where every topic is listed.
    setProperty(topicProperty, QString::fromLatin1(defaultTopic));

    m_back->setText(tr("Back"));
    m_back->setArrowType(Qt::LeftArrow);
    m_back->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_back->setShortcut(QKeySequence::Back);
    m_back->setToolTip(
        tr("The topic shown before (%1)").arg(QKeySequence(QKeySequence::Back).toString(QKeySequence::NativeText)));
    m_forward->setText(tr("Forward"));
    m_forward->setArrowType(Qt::RightArrow);
    m_forward->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_forward->setShortcut(QKeySequence::Forward);
    m_forward->setToolTip(
        tr("The topic shown after (%1)").arg(QKeySequence(QKeySequence::Forward).toString(QKeySequence::NativeText)));
    m_back->setEnabled(false);
    m_forward->setEnabled(false);

    m_topics->setAccessibleName(tr("Help topics"));
    m_topics->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_browser->setAccessibleName(tr("Help text"));
    m_browser->setOpenExternalLinks(true);
    m_browser->setSearchPaths({folderOf(m_language)});

    fillTopics();

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_back);
    buttons->addWidget(m_forward);
    buttons->addStretch(1);

    auto* split = new QSplitter(Qt::Horizontal, this);
    split->addWidget(m_topics);
    split->addWidget(m_browser);
    split->setStretchFactor(0, 0);
    split->setStretchFactor(1, 1);
    split->setChildrenCollapsible(false);
    split->setSizes({m_topics->minimumWidth(), 620});

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(buttons);
    layout->addWidget(split, 1);

    connect(m_back, &QToolButton::clicked, m_browser, &QTextBrowser::backward);
    connect(m_forward, &QToolButton::clicked, m_browser, &QTextBrowser::forward);
    connect(m_browser, &QTextBrowser::backwardAvailable, m_back, &QToolButton::setEnabled);
    connect(m_browser, &QTextBrowser::forwardAvailable, m_forward, &QToolButton::setEnabled);
    connect(m_browser, &QTextBrowser::sourceChanged, this, &HelpBrowser::syncList);
    connect(m_topics, &QListWidget::itemActivated, this,
            [this](QListWidgetItem* item) { showTopic(item->data(Qt::UserRole).toString()); });
    connect(m_topics, &QListWidget::currentItemChanged, this, [this](QListWidgetItem* item) {
        if (item && item->data(Qt::UserRole).toString() != currentTopic())
            showTopic(item->data(Qt::UserRole).toString());
    });

    resize(900, 640);
}

QStringList HelpBrowser::topics()
{
    return {
        u"overview"_s,       u"identity"_s,        u"case-list"_s,     u"deadlines"_s,     u"department-timeline"_s,
        u"waiting-for-me"_s, u"case-editor"_s,     u"person"_s,        u"appointment"_s,   u"leave"_s,
        u"extensions"_s,     u"milestones"_s,      u"career"_s,        u"mentor-grants"_s, u"recruitment"_s,
        u"history"_s,        u"dates"_s,           u"saving"_s,        u"decisions"_s,     u"keyboard"_s,
        u"printing"_s,       u"shared-database"_s, u"import-export"_s, u"institutions"_s,  u"vacancies"_s,
    };
}

QString HelpBrowser::topicPath(const QString& topic, Language language)
{
    return folderOf(language) + topic + u".html"_s;
}

QString HelpBrowser::topicTitle(const QString& topic, Language language)
{
    QFile file(topicPath(topic, language));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    static const QRegularExpression title(u"<title>(.*?)</title>"_s, QRegularExpression::DotMatchesEverythingOption);
    const QRegularExpressionMatch match = title.match(QString::fromUtf8(file.readAll()));
    return match.hasMatch() ? match.captured(1).simplified() : QString();
}

QString HelpBrowser::topicFor(const QWidget* widget)
{
    for (const QWidget* w = widget; w; w = w->parentWidget()) {
        const QString topic = w->property(topicProperty).toString();
        if (!topic.isEmpty())
            return topic;
    }
    return QString::fromLatin1(defaultTopic);
}

Language HelpBrowser::uiLanguage()
{
    return QLocale().language() == QLocale::NorwegianBokmal ? Language::Bokmal : Language::English;
}

bool HelpBrowser::showTopic(const QString& topic)
{
    if (!topics().contains(topic) || !QFile::exists(topicPath(topic, m_language)))
        return false;
    const QUrl url(u"qrc"_s + topicPath(topic, m_language));
    if (m_browser->source() != url)
        m_browser->setSource(url);
    syncList();
    return true;
}

QString HelpBrowser::currentTopic() const
{
    return QFileInfo(m_browser->source().path()).completeBaseName();
}

void HelpBrowser::setLanguage(Language language)
{
    if (language == m_language)
        return;
    const QString topic = currentTopic();
    m_language = language;
    m_browser->setSearchPaths({folderOf(m_language)});
    m_browser->clearHistory();
    fillTopics();
    if (!topic.isEmpty())
        showTopic(topic);
}

void HelpBrowser::fillTopics()
{
    m_topics->clear();
    for (const QString& topic : topics()) {
        auto* item = new QListWidgetItem(topicTitle(topic, m_language), m_topics);
        item->setData(Qt::UserRole, topic);
    }
    // The list is as wide as its longest title, so that no title is cut in either language.
    m_topics->setMinimumWidth(m_topics->sizeHintForColumn(0) + 2 * m_topics->frameWidth()
                              + m_topics->verticalScrollBar()->sizeHint().width() + 8);
}

void HelpBrowser::syncList()
{
    const QString topic = currentTopic();
    for (int i = 0; i < m_topics->count(); ++i) {
        if (m_topics->item(i)->data(Qt::UserRole).toString() == topic) {
            if (m_topics->currentRow() != i)
                m_topics->setCurrentRow(i);
            break;
        }
    }
    setWindowTitle(tr("%1 — Rekrutt help").arg(topicTitle(topic, m_language)));
}

HelpBrowser* HelpBrowser::open(QWidget* from, const QString& topic, std::optional<Language> language)
{
    QWidget* owner = from ? from->window() : nullptr;
    // The help window of a help window is itself.
    if (auto* self = qobject_cast<HelpBrowser*>(owner))
        owner = self->parentWidget() ? self->parentWidget()->window() : nullptr;
    HelpBrowser* help = owner ? owner->findChild<HelpBrowser*>(QString(), Qt::FindDirectChildrenOnly) : nullptr;
    const Language shown = language.value_or(uiLanguage());
    if (!help)
        help = new HelpBrowser(shown, owner);
    else
        help->setLanguage(shown);
    if (!help->showTopic(topic))
        help->showTopic(QString::fromLatin1(defaultTopic));
    help->show();
    help->raise();
    help->activateWindow();
    return help;
}

QPushButton* HelpBrowser::addHelpButton(QDialog* dialog, QDialogButtonBox* buttons, const QString& topic)
{
    dialog->setProperty(topicProperty, topic);
    QPushButton* button = buttons->addButton(QDialogButtonBox::Help);
    // Qt 6.4 has no Bokmål for its standard buttons: the text is Rekrutt's own.
    button->setText(tr("&Help"));
    button->setToolTip(tr("Help on this dialog (%1)")
                           .arg(QKeySequence(QKeySequence::HelpContents).toString(QKeySequence::NativeText)));
    QObject::connect(buttons, &QDialogButtonBox::helpRequested, dialog,
                     [dialog] { HelpBrowser::open(dialog, topicFor(dialog)); });
    auto* key = new QShortcut(QKeySequence::HelpContents, dialog);
    QObject::connect(key, &QShortcut::activated, button, &QPushButton::click);
    return button;
}

} // namespace rekrutt
