#include "ui/MessageBox.h"

#include <QMessageBox>
#include <QPushButton>

#include <map>

namespace rekrutt {

namespace {
std::optional<MessageBox::Button> nextAnswer;
QString lastShownText;
} // namespace

QString MessageBox::buttonText(Button button)
{
    switch (button) {
    case Ok:
        return tr("OK");
    case Cancel:
        return tr("Cancel");
    case Save:
        return tr("&Save");
    case Discard:
        return tr("&Discard changes");
    case Yes:
        return tr("&Yes");
    case No:
        return tr("&No");
    case Retry:
        break;
    }
    return tr("&Try again");
}

void MessageBox::setNextAnswer(Button answer)
{
    nextAnswer = answer;
}

QString MessageBox::lastText()
{
    return lastShownText;
}

MessageBox::Button MessageBox::information(QWidget* parent, const QString& title, const QString& text)
{
    return show(parent, Kind::Information, title, text, {}, {Ok}, Ok);
}

MessageBox::Button MessageBox::warning(QWidget* parent, const QString& title, const QString& text,
                                       const QString& details)
{
    return show(parent, Kind::Warning, title, text, details, {Ok}, Ok);
}

MessageBox::Button MessageBox::critical(QWidget* parent, const QString& title, const QString& text,
                                        const QString& details)
{
    return show(parent, Kind::Critical, title, text, details, {Ok}, Ok);
}

MessageBox::Button MessageBox::question(QWidget* parent, const QString& title, const QString& text,
                                        const QList<Button>& buttons, Button defaultButton)
{
    return show(parent, Kind::Question, title, text, {}, buttons, defaultButton);
}

MessageBox::Button MessageBox::show(QWidget* parent, Kind kind, const QString& title, const QString& text,
                                    const QString& details, const QList<Button>& buttons, Button defaultButton)
{
    lastShownText = text;
    if (nextAnswer) {
        const Button answer = *nextAnswer;
        nextAnswer.reset();
        return answer;
    }

    QMessageBox box(parent);
    box.setWindowTitle(title);
    box.setText(text);
    box.setIcon(kind == Kind::Information    ? QMessageBox::Information
                    : kind == Kind::Warning  ? QMessageBox::Warning
                    : kind == Kind::Critical ? QMessageBox::Critical
                                             : QMessageBox::Question);
    if (!details.isEmpty())
        box.setDetailedText(details);
    std::map<QAbstractButton*, Button> byWidget;
    for (Button button : buttons) {
        const QMessageBox::ButtonRole role = button == Cancel || button == No ? QMessageBox::RejectRole
            : button == Discard                                               ? QMessageBox::DestructiveRole
                                                                              : QMessageBox::AcceptRole;
        QPushButton* widget = box.addButton(buttonText(button), role);
        byWidget.emplace(widget, button);
        if (button == defaultButton)
            box.setDefaultButton(widget);
        if (button == Cancel || button == No)
            box.setEscapeButton(widget);
    }
    box.exec();
    const auto found = byWidget.find(box.clickedButton());
    if (found != byWidget.end())
        return found->second;
    return buttons.contains(Cancel) ? Cancel : defaultButton;
}

} // namespace rekrutt
