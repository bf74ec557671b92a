#pragma once

#include "core/i18n/Language.h"
#include "core/rules/Evaluation.h"

#include <QByteArray>

namespace rekrutt {

/**
 * Writes an Evaluation as the `rekrutt-result/1` document that `rekrutt-cli check` prints
 * (case-format.md): the keys in the documented order, numbers with a fraction rounded to two
 * decimals, messages and explanation rendered in one language.
 */
class ResultWriter
{
public:
    /** The result document, indented, UTF-8, ending in a newline. */
    static QByteArray write(const Evaluation& evaluation, Language language);
};

} // namespace rekrutt
