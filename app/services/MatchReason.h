#pragma once

#include "database/SearchIndex.h"

#include <QCoreApplication>

namespace sn {

// Why the registry found a household, in the clerk's words: "pinyin of 单建华, 单 as shan (surname)",
// "name 黄志强, 黃 as 黄", "ID number of 王秀英, from its 15-digit form". Never shows an ID number.
class MatchReason
{
    Q_DECLARE_TR_FUNCTIONS(sn::MatchReason)
public:
    static QString describe(const QList<SearchIndex::Match> &matches);
    static QString describe(const SearchIndex::Match &match);
};

} // namespace sn
