#pragma once

#include <QString>
#include <QStringList>

class QWidget;

namespace sn {

// Which handbook page tells about which part of the desk: the one place that maps pages, forms and dialogs to
// the handbook's page ids (resources/handbook/zh_CN/*.html, with an anchor where a section is meant). F1 opens
// the page of the innermost widget around the focus that has one.
class HandbookTopics
{
public:
    static QString defaultPage() { return QStringLiteral("index.html"); }
    // The page about `widget` or the nearest of its parents that has one; empty when none has.
    static QString pageFor(const QWidget *widget);
    // Every page the map names, each once (a test checks each is in the handbook).
    static QStringList pages();
};

} // namespace sn
