#pragma once

#include "core/documents/LetterBuilder.h"
#include "core/domain/Role.h"
#include "core/domain/Vacancy.h"

#include <QDate>
#include <QDateTime>
#include <QString>

#include <array>

namespace rekrutt::testing {

/** The date the letter tests write on. */
inline QDate letterToday()
{
    return QDate(2026, 11, 23);
}

/**
 * A vacancy as the demo office keeps one, taken to `stage`: a PhD fellow in quantum optics at the Department of
 * Physics (48 months at 100 % from 1 August 2027, a quarter duty work), announced with a deadline of 1 October 2026,
 * a committee of two, and six applicants: Kari Nilsen ranked 1 and appointed once decided (a1, with two referees),
 * Åse Marit Ødegård-Lien ranked 2 (a2, no referee recorded), Ola Berg interviewed and not ranked (a3), Wei Zhang and
 * Sofie Haugen not qualified (a4, a5; Sofie asked to be left out of the public list), Lars Dahl who withdrew (a6).
 * Each has an e-mail address, an occupation, a municipality and a year of birth. The head Helge Holm recommended,
 * the dean Dina Dekan decided. A re-advertised one has no one qualified.
 */
inline Vacancy letterVacancy(VacancyStage stage)
{
    Vacancy v;
    v.title = QStringLiteral("PhD fellow in quantum optics");
    v.position.type = PositionType::PhdFellow;
    v.position.unit = QStringLiteral("Department of Physics");
    v.position.start = QDate(2027, 8, 1);
    v.position.lengthMonths = 48;
    v.position.ftePercent = 100;
    v.position.dutyPercent = 25;
    v.recruitment.announcement = Announcement {QDate(2026, 9, 1), QDate(2026, 10, 1), true, true};
    for (const auto& [id, name] : {std::pair {"m1", "Siri Lund"}, std::pair {"m2", "Tor Vik"}}) {
        CommitteeMember m;
        m.id = QString::fromLatin1(id);
        m.name = QString::fromUtf8(name);
        m.associateProfessorLevel = true;
        m.impartialityDeclared = true;
        v.recruitment.committee.append(m);
    }
    const auto applicant
        = [](const char* id, const char* name, bool qualified, bool interviewed, std::optional<int> rank) {
              Applicant a;
              a.id = QString::fromLatin1(id);
              a.name = QString::fromUtf8(name);
              a.qualified = qualified;
              a.invited = a.interviewed = interviewed;
              a.references = interviewed ? 2 : 0;
              a.rank = rank;
              if (rank)
                  a.rankReason = QStringLiteral("The strongest project and the clearest plan");
              return a;
          };
    v.recruitment.applicants = {
        applicant("a1", "Kari Nilsen", true, true, 1),
        applicant("a2", "Åse Marit Ødegård-Lien", true, true, 2),
        applicant("a3", "Ola Berg", true, true, std::nullopt),
        applicant("a4", "Wei Zhang", false, false, std::nullopt),
        applicant("a5", "Sofie Haugen", false, false, std::nullopt),
        applicant("a6", "Lars Dahl", false, false, std::nullopt),
    };
    const std::array<const char*, 6> emails {"kari.nilsen@example.org",  "ase.odegard@example.org",
                                             "ola.berg@example.org",     "wei.zhang@example.org",
                                             "sofie.haugen@example.org", "lars.dahl@example.org"};
    const std::array<const char*, 6> occupations {"Master's student", "Research assistant", "Engineer",
                                                  "Consultant",       "Lecturer",           "Data scientist"};
    const std::array<const char*, 6> residences {"Trondheim", "Oslo", "Bergen", "Tromsø", "Malvik", "Stavanger"};
    for (std::size_t i = 0; i < emails.size(); ++i) {
        Applicant& a = v.recruitment.applicants[qsizetype(i)];
        a.email = QString::fromLatin1(emails.at(i));
        a.occupation = QString::fromLatin1(occupations.at(i));
        a.residence = QString::fromUtf8(residences.at(i));
        a.birthYear = 1990 + int(i);
    }
    // Her two references, taken before the recommendation (the count of references follows them).
    v.recruitment.applicants[0].referees
        = {{QStringLiteral("Prof. Ola Nordmann"), QStringLiteral("ola.nordmann@example.org"), QDate(2026, 10, 20)},
           {QStringLiteral("Dr. Eva Lund"), QStringLiteral("+47 73 59 00 00"), QDate(2026, 10, 21)}};
    v.recruitment.applicants[3].qualificationNote = QStringLiteral("No master's degree in physics");
    v.recruitment.applicants[4].exemptionRequested = true;
    v.recruitment.applicants[5].withdrawn = true;

    // The steps of the normal path up to `stage` (or to the assessment, then re-advertised), a week apart.
    QList<VacancyStage> path;
    if (stage == VacancyStage::Readvertised || stage == VacancyStage::Cancelled) {
        path = {VacancyStage::Draft,  VacancyStage::Adopted,    VacancyStage::Published,
                VacancyStage::Closed, VacancyStage::Assessment, stage};
        for (Applicant& a : v.recruitment.applicants) {
            a.qualified = a.invited = a.interviewed = false;
            a.references = 0;
            a.rank.reset();
            a.rankReason.clear();
        }
    } else {
        for (int s = 0; s <= int(stage); ++s)
            path.append(static_cast<VacancyStage>(s));
    }
    QDate on = QDate(2026, 8, 1);
    for (qsizetype i = 0; i < path.size(); ++i) {
        const Role role = roleForStep(i == 0 ? path.at(i) : path.at(i - 1), path.at(i));
        const QString by = role == Role::Dean ? QStringLiteral("Dina Dekan")
            : role == Role::HeadOfDepartment  ? QStringLiteral("Helge Holm")
                                              : QStringLiteral("Hanne Hansen");
        on = i + 1 == path.size() ? QDate(2026, 11, 16) : on.addDays(7);
        v.steps.append(VacancyStep {path.at(i), QDateTime(on, QTime(10, 15), Qt::UTC), by, roleKey(role), {}});
        if (path.at(i) == VacancyStage::Recommended) {
            v.recruitment.rankingSignedBy = by;
            v.recruitment.rankingSignedAt = v.steps.last().at;
        }
    }
    v.stage = stage;
    if (int(stage) >= int(VacancyStage::Decided) && int(stage) <= int(VacancyStage::ContractSigned))
        v.appointedApplicant = QStringLiteral("a1");
    return v;
}

/** The input for a letter of letterVacancy(stage) number 12 to `applicantId`, signed by the HR officer. */
inline LetterInput letterInput(VacancyStage stage, const QString& applicantId = {})
{
    LetterInput input;
    input.vacancy = letterVacancy(stage);
    input.vacancyId = 12;
    input.applicantId = applicantId;
    input.institution = QStringLiteral("NTNU");
    input.today = letterToday();
    input.signer = QStringLiteral("Hanne Hansen");
    input.signerRole = Role::HrOfficer;
    input.details.interviewAt = QDateTime(QDate(2026, 11, 30), QTime(10, 0));
    input.details.interviewPlace = QStringLiteral("Room 301, Realfagbygget");
    input.details.answerBy = QDate(2026, 12, 7);
    input.details.salary = QStringLiteral("NOK 532 200 a year");
    return input;
}

} // namespace rekrutt::testing
