#include "core/domain/Institutions.h"

using namespace Qt::StringLiterals;

namespace rekrutt {

QStringList Institution::names() const
{
    QStringList all;
    all.reserve(aliases.size() + 2);
    for (const QString* text : {&name, &shortName}) {
        if (!text->trimmed().isEmpty())
            all.append(*text);
    }
    for (const QString& alias : aliases) {
        if (!alias.trimmed().isEmpty())
            all.append(alias);
    }
    return all;
}

InstitutionRegister::InstitutionRegister(QList<Institution> institutions)
    : m_institutions(std::move(institutions))
{
    for (qsizetype i = 0; i < m_institutions.size(); ++i) {
        for (const QString& name : m_institutions.at(i).names()) {
            const QString k = key(name);
            if (!m_index.contains(k))
                m_index.insert(k, i);
        }
    }
}

const InstitutionRegister& InstitutionRegister::builtIn()
{
    // The institutions accredited as universities or as university colleges awarding doctoral degrees, under
    // their Norwegian names, their short names and the English names they publish.
    static const InstitutionRegister builtIn(QList<Institution> {
        {0,
         u"Norges teknisk-naturvitenskapelige universitet"_s,
         u"NTNU"_s,
         {u"Norwegian University of Science and Technology"_s}},
        {0, u"Universitetet i Oslo"_s, u"UiO"_s, {u"University of Oslo"_s}},
        {0, u"Universitetet i Bergen"_s, u"UiB"_s, {u"University of Bergen"_s}},
        {0,
         u"UiT Norges arktiske universitet"_s,
         u"UiT"_s,
         {u"UiT The Arctic University of Norway"_s, u"Universitetet i Tromsø"_s, u"University of Tromsø"_s}},
        {0,
         u"Norges miljø- og biovitenskapelige universitet"_s,
         u"NMBU"_s,
         {u"Norwegian University of Life Sciences"_s}},
        {0, u"Universitetet i Stavanger"_s, u"UiS"_s, {u"University of Stavanger"_s}},
        {0, u"Universitetet i Agder"_s, u"UiA"_s, {u"University of Agder"_s}},
        {0, u"Nord universitet"_s, u"Nord"_s, {u"Nord University"_s}},
        {0,
         u"OsloMet – storbyuniversitetet"_s,
         u"OsloMet"_s,
         {u"OsloMet - storbyuniversitetet"_s, u"Oslo Metropolitan University"_s}},
        {0, u"Universitetet i Sørøst-Norge"_s, u"USN"_s, {u"University of South-Eastern Norway"_s}},
        {0,
         u"Norges Handelshøyskole"_s,
         u"NHH"_s,
         {u"NHH Norwegian School of Economics"_s, u"Norwegian School of Economics"_s}},
        {0, u"Høgskulen på Vestlandet"_s, u"HVL"_s, {u"Western Norway University of Applied Sciences"_s}},
        {0, u"Norges idrettshøgskole"_s, u"NIH"_s, {u"Norwegian School of Sport Sciences"_s}},
        {0, u"Arkitektur- og designhøgskolen i Oslo"_s, u"AHO"_s, {u"The Oslo School of Architecture and Design"_s}},
        {0, u"Norges musikkhøgskole"_s, u"NMH"_s, {u"Norwegian Academy of Music"_s}},
    });
    return builtIn;
}

QString InstitutionRegister::key(QStringView text)
{
    return text.toString().simplified().toCaseFolded();
}

const Institution* InstitutionRegister::find(QStringView text) const
{
    if (m_index.isEmpty())
        return nullptr;
    const auto it = m_index.constFind(key(text));
    return it == m_index.cend() ? nullptr : &m_institutions.at(*it);
}

bool InstitutionRegister::same(QStringView a, QStringView b) const
{
    const QString keyA = key(a);
    const QString keyB = key(b);
    if (keyA == keyB)
        return true;
    const auto itA = m_index.constFind(keyA);
    const auto itB = m_index.constFind(keyB);
    return itA != m_index.cend() && itB != m_index.cend() && *itA == *itB;
}

QList<Message> InstitutionRegister::problems() const
{
    static constexpr char context[] = "Institutions";
    QList<Message> problems;
    QHash<QString, qsizetype> seen;
    for (qsizetype i = 0; i < m_institutions.size(); ++i) {
        const Institution& institution = m_institutions.at(i);
        if (institution.name.trimmed().isEmpty()) {
            problems.append(institution.names().isEmpty()
                                ? Message(context, QT_TRANSLATE_NOOP("Institutions", "Row %1 has no name."),
                                          {QString::number(i + 1)})
                                : Message(context,
                                          QT_TRANSLATE_NOOP("Institutions", "\"%1\" (row %2) needs a full name."),
                                          {institution.names().first(), QString::number(i + 1)}));
        }
        for (const QString& name : institution.names()) {
            const QString k = key(name);
            const qsizetype first = seen.value(k, -1);
            if (first < 0) {
                seen.insert(k, i);
                continue;
            }
            problems.append(
                first == i
                    ? Message(context, QT_TRANSLATE_NOOP("Institutions", "\"%1\" is given twice to %2."),
                              {name.trimmed(), institution.label().trimmed()})
                    : Message(
                        context,
                        QT_TRANSLATE_NOOP("Institutions",
                                          "\"%1\" is a name of both %2 and %3: one text can name one institution "
                                          "only."),
                        {name.trimmed(), m_institutions.at(first).label().trimmed(), institution.label().trimmed()}));
        }
    }
    return problems;
}

} // namespace rekrutt
