#pragma once

#include "core/documents/DocumentBuilder.h"
#include "core/documents/LetterKind.h"
#include "core/domain/Role.h"
#include "core/domain/Vacancy.h"
#include "core/i18n/Language.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QString>
#include <QStringList>
#include <QVariantHash>

#include <optional>

namespace rekrutt {

/** What a letter says beyond the vacancy: the time and place of an interview, the date to answer by. */
struct LetterDetails
{
    /** Invitation: when the interview is; invalid when the time is agreed later. */
    QDateTime interviewAt;
    /** Invitation: where (a room, an address, a video link); empty when it is agreed later. */
    QString interviewPlace;
    /** The date to answer by: confirm the interview, give the reference, accept the offer; invalid for none. */
    QDate answerBy;
    /** Offer: the salary as the office states it ("salary grade 54, NOK 532 200 a year"); empty is marked missing. */
    QString salary;
};

/** Everything a letter of a vacancy is filled from. */
struct LetterInput
{
    /** The vacancy as it stands (as edited, for a vacancy open in the application). */
    Vacancy vacancy;
    /** The vacancy's number in the database; 0 for one not saved (the reference then names the title alone). */
    qint64 vacancyId = 0;
    /** The applicant the letter goes to or is about (Applicant::id); empty for the vacancy's own documents. */
    QString applicantId;
    /** Reference request: which of the applicant's referees it goes to; nullopt writes to "the referee". */
    std::optional<int> refereeIndex;
    /** The institution's name and logo for the header (the database settings), as for DocumentInput. */
    QString institution;
    QString logo;
    /** The date of the letter. */
    QDate today = QDate::currentDate();
    /** Folders searched for templates before the built-in ones (TemplateLibrary::searchPath()). */
    QStringList templateFolders;
    /** Who writes for the office and signs (the user); empty leaves the name to be written by hand. */
    QString signer;
    Role signerRole = Role::HrOfficer;
    LetterDetails details;
};

/**
 * Builds the letters of a vacancy (LetterKind) as HTML from the templates in resources/templates/, one per letter
 * and language, the way DocumentBuilder builds the documents of a case and with its helpers: the values every
 * document has (the position, the period) from the vacancy as a case, the addressee, the vacancy's reference, what
 * the letter is about (the place in the ranking, the offer's terms, the applicants), and the signature. The result
 * is a Document that ui/DocumentRenderer lays out on A4 like any other. The recommendation is the case document of
 * the vacancy (vacancyAsCase()).
 */
class LetterBuilder
{
    Q_DECLARE_TR_FUNCTIONS(LetterBuilder)

public:
    /**
     * The letter, or nullopt with `error`: a template missing or broken, an applicant or referee the vacancy does not
     * have. It does not check refusal(): an office may print what it likes; the menus offer only what makes sense.
     */
    static std::optional<Document> build(LetterKind kind, const LetterInput& input, Language language, QString* error);

    /** Every value the template of `kind` can use, formatted for `language` (LetterValues.cpp). */
    static QVariantHash values(LetterKind kind, const LetterInput& input, Language language);

    /** "rejection.nb.html"; the recommendation's is the case document's. */
    static QString templateFileName(LetterKind kind, Language language);

    /**
     * Why a letter of `kind` makes no sense for `applicant` of `v` (for a letter to one applicant), or for `v` at all
     * (`applicant` nullptr: what the vacancy lacks, whoever it goes to); translated, empty when it may be written. An
     * applicant who withdrew gets no letter; the offer goes to the applicant appointed once the dean has decided; the
     * ranking notice to the applicants interviewed once the head has recommended (§ 6); a rejection to one not found
     * qualified once the committee has assessed, to any other applicant once the appointment is decided; the notice
     * of re-advertisement when the vacancy is re-advertised or no applicant was found qualified (§ 4).
     */
    static QString refusal(LetterKind kind, const Vacancy& v, const Applicant* applicant);

    /** How many letters of `kind` concern `applicant`: one to each referee for a reference request (at least one). */
    static int letterCount(LetterKind kind, const Applicant& applicant);
    /**
     * LetterInput::refereeIndex of letter `part` (0 … letterCount() − 1) of `kind` about `applicant`: the referee it
     * goes to, or nullopt (a letter "to the referee" when the applicant has none recorded, or not a reference request).
     */
    static std::optional<int> refereeOf(LetterKind kind, const Applicant& applicant, int part);

    /**
     * A file name: "rejection-nb-v12-nilsen-kari.pdf", "applicant-list-en-v12.pdf"; `part` > 0 numbers the letters
     * after the first (a reference request to the second referee: "...-nilsen-kari-2.pdf").
     */
    static QString suggestedFileName(LetterKind kind, Language language, qint64 vacancyId, const Applicant* applicant,
                                     int part = 0);

    /**
     * The recommendation's input: the vacancy as a case (vacancyAsCase()), its findings of part E (evaluateVacancy())
     * and its period, the person the applicant appointed or else the first ranked.
     */
    static DocumentInput recommendationInput(const LetterInput& input);

    /** The date to answer by that the application suggests: two weeks for an offer, one for the rest. */
    static QDate defaultAnswerBy(LetterKind kind, QDate today);

private:
    /** The vacancy as a case with its period, for the values every document has (no person, no findings). */
    static DocumentInput vacancyInput(const LetterInput& input);
};

} // namespace rekrutt
