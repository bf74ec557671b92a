#include "core/documents/Template.h"

#include <QVariantList>

#include <deque>

namespace rekrutt {

struct Template::Node
{
    enum class Kind { Text, Escaped, Raw, Section, IfTrue, IfFalse };
    Kind kind = Kind::Text;
    /** The text (Text), else the name as written. */
    QString text;
    /** The dotted name split at the dots. */
    QStringList path;
    int line = 1;
    std::vector<Node> children;
};

namespace {

using Node = Template::Node;

/** Where a tag was opened, while its section is being read. */
struct OpenSection
{
    std::vector<Node>* nodes;
    Node node;
};

bool validName(const QString& name)
{
    if (name.isEmpty())
        return false;
    for (QChar c : name) {
        if (!(c.isLetterOrNumber() || c == u'_' || c == u'-' || c == u'.'))
            return false;
    }
    return !name.startsWith(u'.') && !name.endsWith(u'.') && !name.contains(QLatin1StringView(".."));
}

bool truthy(const QVariant& value)
{
    switch (value.typeId()) {
    case QMetaType::Bool:
        return value.toBool();
    case QMetaType::QString:
        return !value.toString().isEmpty();
    case QMetaType::QVariantList:
        return !value.toList().isEmpty();
    case QMetaType::QVariantHash:
        return !value.toHash().isEmpty();
    case QMetaType::QVariantMap:
        return !value.toMap().isEmpty();
    case QMetaType::Int:
    case QMetaType::LongLong:
    case QMetaType::Double:
        return value.toDouble() != 0;
    default:
        return value.isValid() && !value.isNull();
    }
}

/** Looks `path` up from the innermost scope outwards; the first segment decides the scope. */
const QVariant* lookUp(const QList<const QVariantHash*>& scopes, const QStringList& path)
{
    for (qsizetype i = scopes.size() - 1; i >= 0; --i) {
        const auto found = scopes.at(i)->constFind(path.first());
        if (found == scopes.at(i)->cend())
            continue;
        const QVariant* value = &found.value();
        for (qsizetype segment = 1; segment < path.size(); ++segment) {
            if (value->typeId() != QMetaType::QVariantHash)
                return nullptr;
            // The hash lives as long as the scope it was found in.
            const QVariantHash& hash = *static_cast<const QVariantHash*>(value->constData());
            const auto inner = hash.constFind(path.at(segment));
            if (inner == hash.cend())
                return nullptr;
            value = &inner.value();
        }
        return value;
    }
    return nullptr;
}

class Renderer
{
    Q_DECLARE_TR_FUNCTIONS(Template)

public:
    Renderer(const QString& name, QString* out)
        : m_name(name)
        , m_out(out)
    { }

    bool render(const std::vector<Node>& nodes, QList<const QVariantHash*>& scopes)
    {
        for (const Node& node : nodes) {
            if (node.kind == Node::Kind::Text) {
                m_out->append(node.text);
                continue;
            }
            const QVariant* value = lookUp(scopes, node.path);
            if (!value)
                return fail(node, tr("unknown placeholder %1").arg(tag(node)));
            switch (node.kind) {
            case Node::Kind::Text:
                break;
            case Node::Kind::Escaped:
            case Node::Kind::Raw: {
                if (!value->canConvert<QString>() || value->typeId() == QMetaType::QVariantList
                    || value->typeId() == QMetaType::QVariantHash)
                    return fail(node, tr("%1 is a list or a group, not a text").arg(tag(node)));
                const QString text = value->toString();
                m_out->append(node.kind == Node::Kind::Raw ? text : text.toHtmlEscaped());
                break;
            }
            case Node::Kind::Section: {
                if (value->typeId() != QMetaType::QVariantList)
                    return fail(node, tr("%1 is not a list").arg(tag(node)));
                const QVariantList list = value->toList();
                for (const QVariant& item : list) {
                    if (item.typeId() != QMetaType::QVariantHash)
                        return fail(node, tr("an entry of %1 is not a group of values").arg(tag(node)));
                    scopes.append(static_cast<const QVariantHash*>(item.constData()));
                    const bool done = render(node.children, scopes);
                    scopes.removeLast();
                    if (!done)
                        return false;
                }
                break;
            }
            case Node::Kind::IfTrue:
            case Node::Kind::IfFalse:
                if (truthy(*value) == (node.kind == Node::Kind::IfTrue) && !render(node.children, scopes))
                    return false;
                break;
            }
        }
        return true;
    }

    QString error() const { return m_error; }

private:
    static QString tag(const Node& node)
    {
        switch (node.kind) {
        case Node::Kind::Raw:
            return QLatin1StringView("{{{") + node.text + QLatin1StringView("}}}");
        case Node::Kind::Section:
            return QLatin1StringView("{{#") + node.text + QLatin1StringView("}}");
        case Node::Kind::IfTrue:
            return QLatin1StringView("{{?") + node.text + QLatin1StringView("}}");
        case Node::Kind::IfFalse:
            return QLatin1StringView("{{^") + node.text + QLatin1StringView("}}");
        case Node::Kind::Text:
        case Node::Kind::Escaped:
            break;
        }
        return QLatin1StringView("{{") + node.text + QLatin1StringView("}}");
    }

    bool fail(const Node& node, const QString& what)
    {
        m_error = QStringLiteral("%1:%2: %3").arg(m_name).arg(node.line).arg(what);
        return false;
    }

    const QString& m_name;
    QString* m_out;
    QString m_error;
};

} // namespace

std::optional<Template> Template::parse(const QString& text, const QString& name, QString* error)
{
    auto nodes = std::make_shared<std::vector<Node>>();
    // A deque, so that `current` (pointing into an open section) survives opening the next one.
    std::deque<OpenSection> open;
    std::vector<Node>* current = nodes.get();
    int line = 1;
    qsizetype position = 0;
    const auto failAt = [&](int at, const QString& what) {
        if (error)
            *error = QStringLiteral("%1:%2: %3").arg(name).arg(at).arg(what);
        return std::nullopt;
    };

    while (position < text.size()) {
        const qsizetype start = text.indexOf(QLatin1StringView("{{"), position);
        const qsizetype textEnd = start < 0 ? text.size() : start;
        if (textEnd > position) {
            Node node;
            node.text = text.mid(position, textEnd - position);
            node.line = line;
            line += int(node.text.count(u'\n'));
            current->push_back(std::move(node));
        }
        if (start < 0)
            break;

        const int tagLine = line;
        const bool triple = text.mid(start, 3) == QLatin1StringView("{{{");
        const QLatin1StringView closer(triple ? "}}}" : "}}");
        const qsizetype inner = start + (triple ? 3 : 2);
        const qsizetype end = text.indexOf(closer, inner);
        if (end < 0)
            return failAt(tagLine,
                          tr("a tag opened with %1 is never closed with %2")
                              .arg(triple ? QStringLiteral("{{{") : QStringLiteral("{{"), closer));
        const QString body = text.mid(inner, end - inner);
        line += int(body.count(u'\n'));
        position = end + closer.size();

        QString tagName = body.trimmed();
        const QChar sigil = triple || tagName.isEmpty() ? QChar() : tagName.front();
        if (sigil == u'!')
            continue; // a comment
        Node node;
        node.line = tagLine;
        if (triple) {
            node.kind = Node::Kind::Raw;
        } else if (sigil == u'#' || sigil == u'?' || sigil == u'^' || sigil == u'/') {
            tagName = tagName.mid(1).trimmed();
            node.kind = sigil == u'#' ? Node::Kind::Section : sigil == u'?' ? Node::Kind::IfTrue : Node::Kind::IfFalse;
        } else {
            node.kind = Node::Kind::Escaped;
        }
        if (!validName(tagName))
            return failAt(tagLine,
                          tr("%1 is not a valid placeholder: use letters, digits, '_', '-' and '.'")
                              .arg(text.mid(start, position - start)));
        node.text = tagName;
        node.path = tagName.split(u'.');

        if (sigil == u'/' && !triple) {
            if (open.empty())
                return failAt(tagLine, tr("{{/%1}} closes nothing").arg(tagName));
            OpenSection section = std::move(open.back());
            open.pop_back();
            if (section.node.text != tagName)
                return failAt(tagLine,
                              tr("{{/%1}} closes the section {{%2}} opened on line %3")
                                  .arg(tagName, section.node.text)
                                  .arg(section.node.line));
            current = section.nodes;
            current->push_back(std::move(section.node));
            continue;
        }
        if (node.kind == Node::Kind::Section || node.kind == Node::Kind::IfTrue || node.kind == Node::Kind::IfFalse) {
            open.push_back({current, std::move(node)});
            current = &open.back().node.children;
            continue;
        }
        current->push_back(std::move(node));
    }
    if (!open.empty()) {
        const Node& node = open.back().node;
        return failAt(node.line, tr("the section {{%1}} opened here is never closed with {{/%1}}").arg(node.text));
    }

    Template result;
    result.m_name = name;
    result.m_nodes = std::move(nodes);
    return result;
}

std::optional<QString> Template::render(const QVariantHash& data, QString* error) const
{
    QString out;
    Renderer renderer(m_name, &out);
    QList<const QVariantHash*> scopes {&data};
    if (!m_nodes || !renderer.render(*m_nodes, scopes)) {
        if (error)
            *error = renderer.error();
        return std::nullopt;
    }
    return out;
}

} // namespace rekrutt
