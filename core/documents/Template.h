#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>
#include <QVariantHash>

#include <memory>
#include <optional>
#include <vector>

namespace rekrutt {

/**
 * A document template: HTML with a few tags, filled from a QVariantHash.
 *
 * - `{{name}}` the value, HTML-escaped; `{{{name}}}` the value as it is (for HTML the program made);
 * - `{{#list}}…{{/list}}` the inside once for every entry of a list of hashes, each entry's keys
 *   in scope (names not found in the entry are looked up outside it);
 * - `{{?flag}}…{{/flag}}` the inside when the value is true (a true bool, a non-empty text or list),
 *   `{{^flag}}…{{/flag}}` when it is not;
 * - `{{! a comment }}` nothing.
 * A name may be dotted (`person.name`) to reach into a hash. A name that the data does not have is an
 * error that names the template and the line, never a silent blank: a typo in an office's own
 * template must not print a contract without its end date.
 */
class Template
{
    Q_DECLARE_TR_FUNCTIONS(Template)

public:
    /** Reads `text`; `name` (a file name) is only for error messages. Nullopt with `error` on bad syntax. */
    static std::optional<Template> parse(const QString& text, const QString& name, QString* error);

    /** The filled-in text, or nullopt with `error` ("contract.en.html:42: unknown placeholder {{x}}"). */
    std::optional<QString> render(const QVariantHash& data, QString* error) const;

    const QString& name() const { return m_name; }

    struct Node;

private:
    Template() = default;
    QString m_name;
    std::shared_ptr<const std::vector<Node>> m_nodes;
};

} // namespace rekrutt
