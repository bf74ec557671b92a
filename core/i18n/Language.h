#pragma once

#include <QString>

#include <optional>

namespace rekrutt {

/** The languages Rekrutt speaks: every message, explanation and document exists in both. */
enum class Language { English, Bokmal };

/** "en" or "nb". */
QString languageCode(Language language);

/** Reads "en"/"nb" (also "nb_NO", "no", "en_GB"...); nullopt for anything else. */
std::optional<Language> languageFromCode(QStringView code);

} // namespace rekrutt
