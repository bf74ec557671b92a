#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

class QWidget;

namespace rekrutt {

/**
 * The one way the application asks or tells the user something in a modal dialog. Button texts
 * are Rekrutt's own (translated), since Qt 6.4 has no Bokmål for its standard buttons; the raw
 * technical text of a failure goes into the dialog's details. Tests answer the next dialog in
 * advance with setNextAnswer(), so no test ever blocks on a modal dialog.
 */
class MessageBox
{
    Q_DECLARE_TR_FUNCTIONS(MessageBox)

public:
    enum Button { Ok, Cancel, Save, Discard, Yes, No, Retry };

    static Button information(QWidget* parent, const QString& title, const QString& text);
    static Button warning(QWidget* parent, const QString& title, const QString& text, const QString& details = {});
    static Button critical(QWidget* parent, const QString& title, const QString& text, const QString& details = {});
    /** Asks; `buttons` in the order shown, `defaultButton` among them. */
    static Button question(QWidget* parent, const QString& title, const QString& text, const QList<Button>& buttons,
                           Button defaultButton);

    /** The answer the next dialog gives without being shown (tests). */
    static void setNextAnswer(Button answer);
    /** The text of the last dialog shown or answered (tests). */
    static QString lastText();

    /** The translated text of a button. */
    static QString buttonText(Button button);

private:
    enum class Kind { Information, Warning, Critical, Question };
    static Button show(QWidget* parent, Kind kind, const QString& title, const QString& text, const QString& details,
                       const QList<Button>& buttons, Button defaultButton);
};

} // namespace rekrutt
