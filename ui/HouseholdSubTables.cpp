#include "HouseholdSubTables.h"

#include "MemberTableModel.h"

namespace sn {

namespace {

// A kind stored as a code, chosen from translated texts.
struct Kinds
{
    const char *context;
    QList<const char *> codes;
    QList<const char *> texts;

    int index(const QString &code) const
    {
        for (int i = 0; i < codes.size(); ++i) {
            if (code == QLatin1String(codes.at(i)))
                return i;
        }
        return -1;
    }
    QStringList choices() const
    {
        QStringList list;
        for (const char *t : texts)
            list << QCoreApplication::translate(context, t);
        return list;
    }
    QString display(const QString &code) const
    {
        const int i = index(code);
        return i >= 0 ? QCoreApplication::translate(context, texts.at(i)) : code;
    }
};

template <class Row> RowColumn<Row> kindColumn(const Kinds &kinds, QString Row::*field)
{
    RowColumn<Row> c;
    c.header = QT_TRANSLATE_NOOP("sn::AssetTableModel", "Kind"); // the same text in the three contexts
    c.editor = RowColumn<Row>::Editor::Choice;
    c.get = [kinds, field](const Row &r) { return kinds.index(r.*field); };
    c.set = [kinds, field](Row &r, const QVariant &v) { r.*field = QLatin1String(kinds.codes.at(v.toInt())); };
    c.choices = [kinds] { return kinds.choices(); };
    c.display = [kinds, field](const Row &r) { return kinds.display(r.*field); };
    return c;
}

template <class Row> RowColumn<Row> yuanColumn(const char *header, Fen Row::*field)
{
    RowColumn<Row> c;
    c.header = header;
    c.editor = RowColumn<Row>::Editor::Yuan;
    c.get = [field](const Row &r) { return QVariant::fromValue<qlonglong>(r.*field); };
    c.set = [field](Row &r, const QVariant &v) { r.*field = v.toLongLong(); };
    return c;
}

template <class Row> RowColumn<Row> textColumn(const char *header, QString Row::*field)
{
    RowColumn<Row> c;
    c.header = header;
    c.get = [field](const Row &r) { return r.*field; };
    c.set = [field](Row &r, const QVariant &v) { r.*field = v.toString(); };
    return c;
}

// The last three are not counted as income (AssistanceRules::ExcludedIncomes); the label says so.
const Kinds &incomeKinds()
{
    static const Kinds kinds { "sn::IncomeTableModel",
        { "wage", "farming", "business", "pension", "transfer", "other", "basic_pension", "old_age_allowance",
            "special_care" },
        { QT_TRANSLATE_NOOP("sn::IncomeTableModel", "Wages"), QT_TRANSLATE_NOOP("sn::IncomeTableModel", "Farming"),
            QT_TRANSLATE_NOOP("sn::IncomeTableModel", "Business"), QT_TRANSLATE_NOOP("sn::IncomeTableModel", "Pension"),
            QT_TRANSLATE_NOOP("sn::IncomeTableModel", "Transfers"), QT_TRANSLATE_NOOP("sn::IncomeTableModel", "Other"),
            QT_TRANSLATE_NOOP("sn::IncomeTableModel", "Basic pension (not counted)"),
            QT_TRANSLATE_NOOP("sn::IncomeTableModel", "Old-age allowance (not counted)"),
            QT_TRANSLATE_NOOP("sn::IncomeTableModel", "Special-care payments (not counted)") } };
    return kinds;
}

const Kinds &assetKinds()
{
    static const Kinds kinds { "sn::AssetTableModel", { "housing", "vehicle", "deposit", "securities", "other" },
        { QT_TRANSLATE_NOOP("sn::AssetTableModel", "Housing"), QT_TRANSLATE_NOOP("sn::AssetTableModel", "Vehicle"),
            QT_TRANSLATE_NOOP("sn::AssetTableModel", "Deposit"), QT_TRANSLATE_NOOP("sn::AssetTableModel", "Securities"),
            QT_TRANSLATE_NOOP("sn::AssetTableModel", "Other") } };
    return kinds;
}

const Kinds &expenditureKinds()
{
    static const Kinds kinds { "sn::ExpenditureTableModel",
        { "medical", "education", "rehabilitation", "disaster", "accident", "other" },
        { QT_TRANSLATE_NOOP("sn::ExpenditureTableModel", "Medical (personal share)"),
            QT_TRANSLATE_NOOP("sn::ExpenditureTableModel", "Education"),
            QT_TRANSLATE_NOOP("sn::ExpenditureTableModel", "Disability rehabilitation"),
            QT_TRANSLATE_NOOP("sn::ExpenditureTableModel", "Disaster"),
            QT_TRANSLATE_NOOP("sn::ExpenditureTableModel", "Accident"),
            QT_TRANSLATE_NOOP("sn::ExpenditureTableModel", "Other") } };
    return kinds;
}

// "Whole household", then the members as the member table labels them.
QStringList memberChoices(const MemberTableModel *members)
{
    QStringList list { QCoreApplication::translate("sn::IncomeTableModel", "Whole household") };
    for (int row = 0; row < members->rowCount(); ++row)
        list << members->label(row);
    return list;
}

int memberChoice(const MemberTableModel *members, const QString &memberId)
{
    if (memberId.isEmpty())
        return 0;
    const QList<Member> &list = members->members();
    for (int i = 0; i < list.size(); ++i) {
        if (list.at(i).id == memberId)
            return i + 1;
    }
    return 0;
}

} // namespace

IncomeTableModel *makeIncomeModel(const MemberTableModel *members, QObject *parent)
{
    using Column = IncomeTableModel::Column;
    Column whose;
    whose.header = QT_TRANSLATE_NOOP("sn::IncomeTableModel", "Whose income");
    whose.editor = Column::Editor::Choice;
    whose.get = [members](const IncomeItem &r) { return memberChoice(members, r.memberId); };
    whose.set = [members](IncomeItem &r, const QVariant &v) {
        const int choice = v.toInt();
        r.memberId = choice == 0 ? QString() : members->members().at(choice - 1).id;
    };
    whose.choices = [members] { return memberChoices(members); };
    whose.toolTip = QT_TRANSLATE_NOOP("sn::IncomeTableModel",
        "Income of a member who is not counted in the household is left out of the per-capita income.");
    Column kind = kindColumn(incomeKinds(), &IncomeItem::kind);
    kind.header = QT_TRANSLATE_NOOP("sn::IncomeTableModel", "Kind");
    Column stable;
    stable.header = QT_TRANSLATE_NOOP("sn::IncomeTableModel", "Stable");
    stable.editor = Column::Editor::Check;
    stable.get = [](const IncomeItem &r) { return r.stable; };
    stable.set = [](IncomeItem &r, const QVariant &v) { r.stable = v.toBool(); };
    stable.toolTip = QT_TRANSLATE_NOOP("sn::IncomeTableModel",
        "Regular income. Unstable income of members able to work puts a minimum-living-guarantee household in the "
        "green tier. Press Space to change.");
    stable.cellToolTip = true;

    auto *model = new IncomeTableModel(
        "sn::IncomeTableModel",
        { whose, kind,
            yuanColumn(QT_TRANSLATE_NOOP("sn::IncomeTableModel", "Per month (yuan)"), &IncomeItem::monthlyAmount),
            stable },
        [] {
            IncomeItem item;
            item.kind = QLatin1String(incomeKinds().codes.first());
            return item;
        },
        parent);
    QObject::connect(members, &MemberTableModel::memberRemoved, model, [model](const QString &memberId) {
        model->changeRows(IncomeMemberColumn, [&memberId](IncomeItem &item) {
            if (item.memberId != memberId)
                return false;
            item.memberId.clear();
            return true;
        });
    });
    // Only the names shown in the first column change: not an edit of any income.
    const auto membersChanged = [model] {
        model->shownChanged(IncomeMemberColumn, { Qt::DisplayRole, HouseholdItemDelegate::ChoicesRole });
    };
    QObject::connect(members, &QAbstractItemModel::dataChanged, model,
        [membersChanged](const QModelIndex &topLeft, const QModelIndex &, const QList<int> &roles) {
            if (topLeft.column() == MemberTableModel::NameColumn
                && (roles.isEmpty() || roles.contains(Qt::EditRole) || roles.contains(Qt::DisplayRole)))
                membersChanged();
        });
    QObject::connect(members, &QAbstractItemModel::rowsInserted, model, membersChanged);
    QObject::connect(members, &QAbstractItemModel::modelReset, model, membersChanged);
    return model;
}

AssetTableModel *makeAssetModel(QObject *parent)
{
    AssetTableModel::Column kind = kindColumn(assetKinds(), &Asset::kind);
    kind.toolTip = QT_TRANSLATE_NOOP("sn::AssetTableModel",
        "One row per home or vehicle: the number of homes and the total value of vehicles are tested.");
    return new AssetTableModel(
        "sn::AssetTableModel",
        { kind, textColumn(QT_TRANSLATE_NOOP("sn::AssetTableModel", "Description"), &Asset::description),
            yuanColumn(QT_TRANSLATE_NOOP("sn::AssetTableModel", "Value (yuan)"), &Asset::value) },
        [] {
            Asset asset;
            asset.kind = QLatin1String(assetKinds().codes.first());
            return asset;
        },
        parent);
}

ExpenditureTableModel *makeExpenditureModel(QObject *parent)
{
    using Column = ExpenditureTableModel::Column;
    Column kind = kindColumn(expenditureKinds(), &RigidExpenditure::kind);
    kind.header = QT_TRANSLATE_NOOP("sn::ExpenditureTableModel", "Kind");
    Column amount
        = yuanColumn(QT_TRANSLATE_NOOP("sn::ExpenditureTableModel", "Amount (yuan)"), &RigidExpenditure::amount);
    amount.toolTip = QT_TRANSLATE_NOOP("sn::ExpenditureTableModel",
        "What the household paid itself in the past 12 months, after insurance and other reimbursement.");
    Column date;
    date.header = QT_TRANSLATE_NOOP("sn::ExpenditureTableModel", "Date");
    date.editor = Column::Editor::Date;
    date.get = [](const RigidExpenditure &r) { return r.incurredOn; };
    date.set = [](RigidExpenditure &r, const QVariant &v) { r.incurredOn = v.toDate(); };
    Column note = textColumn(QT_TRANSLATE_NOOP("sn::ExpenditureTableModel", "Note"), &RigidExpenditure::note);
    QList<Column> columns { kind, amount, date, note };
    for (Column &c : columns) // every cell shows its column's tool tip (only the amount has one)
        c.cellToolTip = true;
    return new ExpenditureTableModel(
        "sn::ExpenditureTableModel", columns,
        [] {
            RigidExpenditure item;
            item.kind = QLatin1String(expenditureKinds().codes.first());
            item.incurredOn = Clock::today();
            return item;
        },
        parent);
}

} // namespace sn
