#pragma once

#include "core/i18n/Message.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace rekrutt {

/** An institution of the register: its name, the short name it goes by, and the other names it is written as. */
struct Institution
{
    /** The database's id; 0 for one not stored (the built-in register, a new row in the editor). */
    qint64 id = 0;
    /** The full name ("Norges teknisk-naturvitenskapelige universitet"). Required. */
    QString name;
    /** The short name ("NTNU"); may be empty. */
    QString shortName;
    /** Every other name it is written as ("Norwegian University of Science and Technology"). */
    QStringList aliases;

    /** The name, the short name and the aliases, those that are not empty, in that order. */
    QStringList names() const;
    /** The short name if there is one, else the name: how lists show it. */
    QString label() const { return shortName.isEmpty() ? name : shortName; }

    friend bool operator==(const Institution&, const Institution&) = default;
};

/**
 * The register of institutions that ONCE and RA-TOTAL compare by (§ 2.1.1, § 2.4.1, § 2.5, § 2.6): two
 * texts denote the same institution when they are names of one entry, compared without regard to case,
 * surrounding space or runs of inner space ("NTNU" and "norwegian university of science and  technology").
 * Texts the register does not know are compared as text, in the same way.
 *
 * Institutions merged into another are not its aliases unless an office makes them so: guideline-catalogue
 * OQ-30 leaves the colleges merged into NTNU in 2016 to a manual assessment.
 *
 * A value: copying shares the data (Qt's implicit sharing), so every evaluation may hold one.
 */
class InstitutionRegister
{
public:
    InstitutionRegister() = default;
    /** A register of `institutions`; where problems() finds a name twice, the first entry keeps it. */
    explicit InstitutionRegister(QList<Institution> institutions);

    /** The Norwegian universities and university colleges that award doctoral degrees, with their English names. */
    static const InstitutionRegister& builtIn();

    /** The text as the register compares it: trimmed, inner space runs as one space, case-folded. */
    static QString key(QStringView text);

    const QList<Institution>& institutions() const { return m_institutions; }
    bool isEmpty() const { return m_institutions.isEmpty(); }

    /** The entry one of whose names is `text` (as key() compares), or nullptr. */
    const Institution* find(QStringView text) const;

    /** Whether `a` and `b` denote the same institution: names of one entry, or equal as key() compares. */
    bool same(QStringView a, QStringView b) const;

    /**
     * Why the register cannot be stored, one message per problem: an institution without a name, a name
     * given to two institutions (or twice to one). Empty when it can.
     */
    QList<Message> problems() const;

private:
    QList<Institution> m_institutions;
    /** key() of every name → index in m_institutions. */
    QHash<QString, qsizetype> m_index;
};

} // namespace rekrutt
