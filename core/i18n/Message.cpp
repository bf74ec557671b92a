#include "core/i18n/Message.h"

#include "core/domain/IsoDate.h"

#include <QCoreApplication>
#include <QLocale>
#include <QMutex>
#include <QTranslator>
#include <QVarLengthArray>

#include <algorithm>
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

/**
 * A text as the catalogue gives it, with its placeholders found once: %1..%9 for the arguments and
 * %n for the count. Rendering then copies the text in whole runs between them instead of searching
 * it every time.
 */
struct Pattern
{
    struct Placeholder
    {
        quint32 position; ///< of the '%'
        quint32 index; ///< 0 for %1 … 8 for %9; countIndex for %n
    };
    static constexpr quint32 countIndex = 9;
    static constexpr int maxPlaceholders = 12;

    QString text;
    std::array<Placeholder, maxPlaceholders> placeholders {};
    int placeholderCount = 0;
    bool hasCount = false;
    /**
     * False when one pass over `placeholders` could differ from replacing %n first and %1..%9 in the
     * result (what Message has always done): more placeholders than fit, or a '%' right before %n,
     * whose count digits would then form a new %1..%9. Such a text takes the two-step way.
     */
    bool simple = true;

    explicit Pattern(QString source = {})
        : text(std::move(source))
    {
        const QChar* chars = text.constData();
        for (qsizetype i = 0; i + 1 < text.size(); ++i) {
            if (chars[i] != u'%')
                continue;
            const char16_t next = chars[i + 1].unicode();
            quint32 index = countIndex;
            if (next >= u'1' && next <= u'9')
                index = next - u'1';
            else if (next != u'n')
                continue;
            if (index == countIndex) {
                hasCount = true;
                if (i > 0 && chars[i - 1] == u'%')
                    simple = false;
            }
            if (placeholderCount == maxPlaceholders) {
                simple = false;
                return;
            }
            placeholders[static_cast<std::size_t>(placeholderCount++)] = {static_cast<quint32>(i), index};
            ++i;
        }
    }
};

/** Writes the decimal digits of `n` (≥ 0) at `out`, as QString::number(n) writes them; returns their number. */
qsizetype writeCount(QChar* out, int n)
{
    char16_t digits[12];
    qsizetype length = 0;
    do {
        digits[length++] = static_cast<char16_t>(u'0' + n % 10);
        n /= 10;
    } while (n > 0);
    for (qsizetype i = 0; i < length; ++i)
        out[i] = QChar(digits[length - 1 - i]);
    return length;
}

/**
 * The text of `pattern` with %n replaced by `n` (when n ≥ 0) and %1..%9 by `values`, in one pass:
 * an argument holding "%2" is never expanded again, and a placeholder without an argument stays as
 * it is. Measures the result first and writes it into one allocation.
 */
QString substitute(const Pattern& pattern, int n, const QStringView* values, qsizetype count)
{
    const auto replaced = [&](const Pattern::Placeholder& placeholder) {
        return placeholder.index == Pattern::countIndex ? n >= 0 : placeholder.index < count;
    };
    qsizetype size = pattern.text.size();
    for (int p = 0; p < pattern.placeholderCount; ++p) {
        const Pattern::Placeholder& placeholder = pattern.placeholders[static_cast<std::size_t>(p)];
        if (replaced(placeholder))
            size += (placeholder.index == Pattern::countIndex ? 11 : values[placeholder.index].size()) - 2;
    }
    QString out(size, Qt::Uninitialized);
    QChar* to = out.data();
    const QChar* text = pattern.text.constData();
    const auto copy = [&to](const QChar* from, qsizetype length) {
        std::copy(from, from + length, to);
        to += length;
    };
    qsizetype copied = 0;
    for (int p = 0; p < pattern.placeholderCount; ++p) {
        const Pattern::Placeholder& placeholder = pattern.placeholders[static_cast<std::size_t>(p)];
        if (!replaced(placeholder))
            continue;
        copy(text + copied, placeholder.position - copied);
        if (placeholder.index == Pattern::countIndex)
            to += writeCount(to, n);
        else
            copy(values[placeholder.index].data(), values[placeholder.index].size());
        copied = placeholder.position + 2;
    }
    copy(text + copied, pattern.text.size() - copied);
    // Only a count can be shorter than measured (room was left for the longest).
    out.truncate(to - out.constData());
    return out;
}

/** translate() of a pattern: its text with %n replaced by `n` (when n ≥ 0). */
QString withCount(const Pattern& pattern, int n)
{
    if (n < 0)
        return pattern.text;
    if (pattern.placeholderCount == Pattern::maxPlaceholders) {
        // There may be a %n past the placeholders recorded.
        QString text = pattern.text;
        return text.replace(QLatin1StringView("%n"), QString::number(n));
    }
    if (!pattern.hasCount)
        return pattern.text;
    // Replacing only %n, the one pass gives what QString::replace gives, whatever precedes it.
    return substitute(pattern, n, nullptr, 0);
}

/** The two-step rendering for texts that are not Pattern::simple: %n first, then %1..%9 in the result. */
QString substituteInTwoSteps(const Pattern& pattern, int n, const QStringView* values, qsizetype count)
{
    const QString text = withCount(pattern, n);
    QString out;
    qsizetype copied = 0;
    for (qsizetype i = 0; i + 1 < text.size(); ++i) {
        const char16_t next = text[i + 1].unicode();
        if (text[i] != u'%' || next < u'1' || next > u'9')
            continue;
        if (next - u'1' < count) {
            out.append(QStringView(text).sliced(copied, i - copied));
            out.append(values[next - u'1']);
            copied = i + 2;
        }
        ++i;
    }
    out.append(QStringView(text).sliced(copied));
    return out;
}

/**
 * The catalogues' plural forms: English and Bokmål both have two, the singular for a count of 1
 * and the plural for every other count (Qt's numerus rules for both languages), so the text for a
 * count depends only on whether it is 1.
 */
int pluralKey(int n)
{
    if (n < 0)
        return -1;
    return n == 1 ? 1 : 2;
}

/** The text of `source` in `language`, %n and all; the source text itself when not translated. */
QString lookUp(Language language, const char* context, const char* source, int pluralKey)
{
    QString text;
    if (const QTranslator* translator = Catalogues::instance().translator(language))
        text = translator->translate(context, source, nullptr, pluralKey);
    if (text.isEmpty())
        text = QString::fromUtf8(source);
    return text;
}

/**
 * The catalogue's texts as patterns, one cache per thread so that no lookup takes a lock. A
 * QTranslator lookup hashes the texts, searches the catalogue and converts the result on every
 * call, while the same hundred or so texts are rendered again and again (every finding, every
 * explanation line).
 *
 * Direct-mapped: a (language, context, source, plural form) has one slot, chosen from the literals'
 * addresses (Fibonacci hashing); a text that maps to a taken slot replaces the one there. The
 * catalogues never change once loaded, and `context` and `source` are string literals
 * (QT_TRANSLATE_NOOP), so a text can be kept by their addresses.
 */
class TranslationCache
{
public:
    static const Pattern& find(Language language, const char* context, const char* source, int n)
    {
        static thread_local TranslationCache cache;
        const int plural = pluralKey(n);
        const quint64 key = reinterpret_cast<quintptr>(source) ^ (reinterpret_cast<quintptr>(context) << 7)
            ^ (static_cast<quint64>(static_cast<quint32>(plural)) << 32) ^ static_cast<quint64>(language);
        Entry& entry = cache.m_entries[(key * 0x9E3779B97F4A7C15ULL) >> (64 - slotBits)];
        if (!entry.used || entry.source != source || entry.context != context || entry.plural != plural
            || entry.language != language) {
            entry.pattern = Pattern(lookUp(language, context, source, plural));
            entry.used = true;
            entry.language = language;
            entry.plural = plural;
            entry.context = context;
            entry.source = source;
        }
        return entry.pattern;
    }

private:
    struct Entry
    {
        bool used = false;
        Language language = Language::English;
        int plural = 0;
        const char* context = nullptr;
        const char* source = nullptr;
        Pattern pattern;
    };

    static constexpr int slotBits = 10;
    std::unique_ptr<Entry[]> m_entries = std::make_unique<Entry[]>(std::size_t {1} << slotBits);
};

} // namespace

namespace {

const QLocale& numberLocale(Language language)
{
    static const QLocale english(QLocale::English, QLocale::UnitedKingdom);
    static const QLocale bokmal(QLocale::NorwegianBokmal, QLocale::Norway);
    return language == Language::Bokmal ? bokmal : english;
}

/** `value` rounded to two decimals, as formatNumber() rounds it. */
double roundedNumber(double value)
{
    return std::round(value * 100.0) / 100.0;
}

constexpr qsizetype maxSmallNumberLength = 6; // "999.99"

/**
 * Writes formatNumber(value, language) at `out` when it is plain digits, that is when the rounded
 * value is from 0 to below 1000 (no digit grouping, no sign), and returns its length; returns 0
 * when QLocale must write it. Written directly because QLocale::toString(double) is slow.
 */
qsizetype writeSmallNumber(double value, Language language, QChar* out)
{
    static const QString englishPoint = numberLocale(Language::English).decimalPoint();
    static const QString bokmalPoint = numberLocale(Language::Bokmal).decimalPoint();
    const QString& point = language == Language::Bokmal ? bokmalPoint : englishPoint;
    const double rounded = roundedNumber(value);
    const double cents = std::round(std::abs(rounded) * 100.0);
    if (!std::isfinite(rounded) || std::signbit(rounded) || cents >= 100000.0 || point.size() != 1)
        return 0;
    const int whole = static_cast<int>(cents) / 100;
    const int fraction = static_cast<int>(cents) % 100;
    const int decimals = fraction == 0 ? 0 : (fraction % 10 == 0 ? 1 : 2);
    qsizetype length = 0;
    if (whole >= 100)
        out[length++] = QChar(static_cast<char16_t>(u'0' + whole / 100));
    if (whole >= 10)
        out[length++] = QChar(static_cast<char16_t>(u'0' + whole / 10 % 10));
    out[length++] = QChar(static_cast<char16_t>(u'0' + whole % 10));
    if (decimals > 0) {
        out[length++] = point.front();
        out[length++] = QChar(static_cast<char16_t>(u'0' + fraction / 10));
        if (decimals == 2)
            out[length++] = QChar(static_cast<char16_t>(u'0' + fraction % 10));
    }
    return length;
}

} // namespace

QString formatNumber(double value, Language language)
{
    QChar text[maxSmallNumberLength];
    if (const qsizetype length = writeSmallNumber(value, language, text))
        return QString(text, length);
    const double rounded = roundedNumber(value);
    const double cents = std::round(std::abs(rounded) * 100.0);
    const int decimals = std::fmod(cents, 100.0) == 0 ? 0 : (std::fmod(cents, 10.0) == 0 ? 1 : 2);
    return numberLocale(language).toString(rounded, 'f', decimals);
}

QString translate(Language language, const char* context, const char* source, int n)
{
    return withCount(TranslationCache::find(language, context, source, n), n);
}

Message::Message(const char* context, const char* source, QList<Arg> args, int n)
    : m_context(context)
    , m_source(source)
    , m_args(std::move(args))
    , m_n(n)
{ }

QString formatDate(QDate date, Language language)
{
    if (!date.isValid() || date.toJulianDay() < firstIsoDay || date.toJulianDay() > lastIsoDay)
        return isoText(date);
    // DD.MM.YYYY in Bokmål, DD/MM/YYYY in English (as the date fields show them in each language), written
    // from the day number as isoText() writes YYYY-MM-DD. ISO dates are for files, never for prose.
    const QChar separator = language == Language::Bokmal ? u'.' : u'/';
    const CivilDate civil = civilDate(date.toJulianDay());
    QString text(10, Qt::Uninitialized);
    QChar* out = text.data();
    const auto two = [&out](int n) {
        *out++ = QChar(u'0' + n / 10);
        *out++ = QChar(u'0' + n % 10);
    };
    two(civil.day);
    *out++ = separator;
    two(civil.month);
    *out++ = separator;
    two(civil.year / 100);
    two(civil.year % 100);
    return text;
}

QString Message::render(Language language) const
{
    if (!m_source)
        return {};
    if (m_args.isEmpty())
        return translate(language, m_context, m_source, m_n);
    // Views of the arguments' texts, so that none is copied: plain texts as they are, small
    // numbers written into `digits`, translated labels and other numbers kept in `held`. Both are
    // sized once, before any view points into them.
    const qsizetype count = m_args.size();
    QVarLengthArray<QStringView, 9> values(count);
    QVarLengthArray<QChar, 9 * maxSmallNumberLength> digits(count * maxSmallNumberLength);
    QVarLengthArray<QString, 9> held;
    held.reserve(count);
    for (qsizetype i = 0; i < count; ++i) {
        const Arg& arg = m_args.at(i);
        if (arg.isNumber) {
            QChar* out = digits.data() + i * maxSmallNumberLength;
            if (const qsizetype length = writeSmallNumber(arg.value, language, out)) {
                values[i] = QStringView(out, length);
                continue;
            }
            held.append(formatNumber(arg.value, language));
        } else if (arg.isDate) {
            held.append(arg.dayTo.isValid() ? formatDate(arg.day, language) + u'–' + formatDate(arg.dayTo, language)
                                            : formatDate(arg.day, language));
        } else if (arg.source) {
            held.append(translate(language, arg.context, arg.source));
        } else {
            values[i] = arg.text;
            continue;
        }
        values[i] = held.back();
    }
    // The pattern last: looking up a translated argument may replace the cache slot it lives in.
    const Pattern& pattern = TranslationCache::find(language, m_context, m_source, m_n);
    if (!pattern.simple)
        return substituteInTwoSteps(pattern, m_n, values.constData(), values.size());
    return substitute(pattern, m_n, values.constData(), values.size());
}

} // namespace rekrutt
