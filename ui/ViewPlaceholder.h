#pragma once

#include <QLabel>

class QAbstractItemView;

namespace rekrutt {

/**
 * A message in the middle of an item view that has nothing to show ("No cases yet: ..."), so that
 * an empty list never looks like a blank screen. Lies over the view's viewport and follows its
 * size; a link in the message emits linkActivated() (for "Clear the filters", say).
 */
class ViewPlaceholder : public QLabel
{
    Q_OBJECT

public:
    explicit ViewPlaceholder(QAbstractItemView* view);

    /** Shows `text` (rich text allowed) over the view; an empty text hides it. */
    void setMessage(const QString& text);
    QString message() const { return m_message; }

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void follow();

    QAbstractItemView* m_view;
    QString m_message;
};

} // namespace rekrutt
