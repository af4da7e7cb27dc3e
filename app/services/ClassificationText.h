#pragma once

#include "domain/Classification.h"

#include <QCoreApplication>
#include <QStringList>

namespace sn {

// The working of a classification in words: one line per step, through tr(), so it reads in the UI's
// language (the zh_CN translation holds the official Chinese wording of each rule).
class ClassificationText
{
    Q_DECLARE_TR_FUNCTIONS(sn::ClassificationText)
public:
    static QString line(const ClassificationStep &step);
    static QStringList lines(const ClassificationResult &result);
    static QString explanation(const ClassificationResult &result); // the lines joined by newlines
};

} // namespace sn
