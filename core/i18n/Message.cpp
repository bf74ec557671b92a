#include "core/i18n/Message.h"

#include <QCoreApplication>
#include <QLocale>
#include <QMutex>
#include <QTranslator>

#include <array>
#include <cmath>
#include <memory>

namespace rekrutt {

QString languageCode(Language language)
{
    return language == Language::Bokmal ? QStringLiteral("nb") : QStringLiteral("en");
}

std::optional<Language> languageFromCode(QStringView code)
{
    const QStringView base = code.left(2);
    if (base.compare(u"nb", Qt::CaseInsensitive) == 0 || base.compare(u"no", Qt::CaseInsensitive) == 0
        || base.compare(u"nn", Qt::CaseInsensitive) == 0)
        return Language::Bokmal;
    if (base.compare(u"en", Qt::CaseInsensitive) == 0)
        return Language::English;
    return std::nullopt;
}

namespace {

/**
 * The compiled catalogues, embedded as resources by qt_add_translations (":/i18n/").
 * Loaded once, on first use, and never changed afterwards, so lookups need no lock.
 */
class Catalogues
{
public:
    static const Catalogues& instance()
    {
        static const Catalogues catalogues;
        return catalogues;
    }

    const QTranslator* translator(Language language) const
    {
        return m_translators[static_cast<std::size_t>(language)].get();
    }

private:
    Catalogues()
    {
        load(Language::English, QStringLiteral(":/i18n/rekrutt_en.qm"));
        load(Language::Bokmal, QStringLiteral(":/i18n/rekrutt_nb.qm"));
    }

    void load(Language language, const QString& path)
    {
        auto translator = std::make_unique<QTranslator>();
        if (translator->load(path))
            m_translators[static_cast<std::size_t>(language)] = std::move(translator);
    }

    std::array<std::unique_ptr<QTranslator>, 2> m_translators;
};

/** Replaces %1..%9 in one pass, so that an argument holding "%2" is never expanded again. */
QString substitute(const QString& pattern, const QList<QString>& values)
{
    QString out;
    out.reserve(pattern.size() + 16 * values.size());
    for (qsizetype i = 0; i < pattern.size(); ++i) {
        const QChar c = pattern.at(i);
        if (c == u'%' && i + 1 < pattern.size()) {
            const QChar next = pattern.at(i + 1);
            if (next >= u'1' && next <= u'9') {
                const qsizetype index = next.unicode() - u'1';
                if (index < values.size()) {
                    out += values.at(index);
                    ++i;
                    continue;
                }
            }
        }
        out += c;
    }
    return out;
}

} // namespace

QString formatNumber(double value, Language language)
{
    static const QLocale english(QLocale::English, QLocale::UnitedKingdom);
    static const QLocale bokmal(QLocale::NorwegianBokmal, QLocale::Norway);
    const double rounded = std::round(value * 100.0) / 100.0;
    const double cents = std::round(std::abs(rounded) * 100.0);
    const int decimals = std::fmod(cents, 100.0) == 0 ? 0 : (std::fmod(cents, 10.0) == 0 ? 1 : 2);
    return (language == Language::Bokmal ? bokmal : english).toString(rounded, 'f', decimals);
}

QString translate(Language language, const char* context, const char* source, int n)
{
    QString text;
    if (const QTranslator* translator = Catalogues::instance().translator(language))
        text = translator->translate(context, source, nullptr, n);
    if (text.isEmpty())
        text = QString::fromUtf8(source);
    if (n >= 0)
        text.replace(QLatin1StringView("%n"), QString::number(n));
    return text;
}

Message::Message(const char* context, const char* source, QList<Arg> args, int n)
    : m_context(context)
    , m_source(source)
    , m_args(std::move(args))
    , m_n(n)
{ }

QString Message::render(Language language) const
{
    if (!m_source)
        return {};
    const QString pattern = translate(language, m_context, m_source, m_n);
    if (m_args.isEmpty())
        return pattern;
    QList<QString> values;
    values.reserve(m_args.size());
    for (const Arg& arg : m_args)
        values.append(arg.isNumber     ? formatNumber(arg.value, language)
                          : arg.source ? translate(language, arg.context, arg.source)
                                       : arg.text);
    return substitute(pattern, values);
}

} // namespace rekrutt
