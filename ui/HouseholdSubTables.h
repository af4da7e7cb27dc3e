#pragma once

#include "RowTableModel.h"

#include "domain/Household.h"

namespace sn {

class MemberTableModel;

// The household's sub-tables, each one RowTableModel described by its columns.
// Incomes: whose income (a member or the household as a whole), what kind, how much per month and whether it
// is stable. An income of a member who is taken off the list stays, as household income, for the clerk.
using IncomeTableModel = RowTableModel<IncomeItem>;
enum IncomeColumn { IncomeMemberColumn, IncomeKindColumn, IncomeAmountColumn, IncomeStableColumn };
IncomeTableModel *makeIncomeModel(const MemberTableModel *members, QObject *parent);

// The property of the household: housing, vehicles, deposits, securities and other assets.
using AssetTableModel = RowTableModel<Asset>;
enum AssetColumn { AssetKindColumn, AssetDescriptionColumn, AssetValueColumn };
AssetTableModel *makeAssetModel(QObject *parent);

// The rigid spending of the past 12 months (medical personal share, education, rehabilitation, disaster,
// accident).
using ExpenditureTableModel = RowTableModel<RigidExpenditure>;
enum ExpenditureColumn { ExpenditureKindColumn, ExpenditureAmountColumn, ExpenditureDateColumn, ExpenditureNoteColumn };
ExpenditureTableModel *makeExpenditureModel(QObject *parent);

} // namespace sn
