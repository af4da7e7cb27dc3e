#pragma once

#include "LedgerImport.h"

#include "domain/Classification.h"
#include "domain/Region.h"

#include <QHash>
#include <optional>

namespace sn {

class Database;
class HouseholdRepository;

// The preview of one ledger, built in steps: the registry's ID numbers once, the rows read and grouped into
// households (a head's row, then its members), then each household placed, merged with the stored one,
// validated and classified. Every problem names its row and field; nothing is written.
class LedgerPreviewBuilder
{
public:
    LedgerPreviewBuilder(Database &db, const Session &session, const Sheet &sheet, const LocatedTable &table,
        const QString &fileName, const QString &defaultTownship, const Progress &progress);
    ~LedgerPreviewBuilder();

    Result<LedgerPreview> build();

    // "肢体二级", "视力残疾 1级", "智力" -> (type code, grade)
    static QPair<QString, int> disabilityOf(const QString &text);

private:
    struct Owner
    {
        QString householdId;
        QString memberName;
        bool head = false;
    };
    struct Group
    {
        int headRow = 0; // 1-based
        int sheetRow = 0; // 0-based, for the head's household fields
        QString headName;
        QList<Member> members;
        QList<int> rows; // 1-based row of each member
        bool hasProblems = false;
    };
    struct Place
    {
        QString townshipCode;
        QString villageCode;
        const Region *township = nullptr;
        const Region *village = nullptr;
    };

    Cell cell(int row, SheetField field) const;
    void problem(int row, SheetField field, const QString &reason);
    bool step(); // progress; false: cancelled

    Status loadRegistry();
    Status readRows();
    bool readRow(int sheetRow, Member &member, bool &isHead, QString &headName);
    bool readIdNumber(int sheetRow, Member &member);
    bool readBirthDate(int sheetRow, int number, const Member &member);
    void readHealth(int sheetRow, Member &member) const;
    void addToGroup(int sheetRow, int number, const Member &member, bool isHead, bool rowOk, const QString &headName);

    Status buildHouseholds();
    std::optional<Place> place(const Group &group);
    struct HeadFields
    {
        Category category = Category::None;
        std::optional<Fen> amount;
        std::optional<QDate> start;
    };
    HeadFields readHouseholdFields(const Group &group, bool &ok);
    void applyHouseholdFields(
        const Group &group, const HeadFields &fields, const Place &where, LedgerHousehold &item) const;
    Result<bool> startFromRegistry(const Group &group, LedgerHousehold &item); // false: skip the group
    bool mergeMembers(const Group &group, LedgerHousehold &item, QList<int> &rowOfMember);
    bool validate(const Group &group, const Household &h, const QList<int> &rowOfMember);
    void classify(Household &h) const;

    Database &m_db;
    const Session &m_session;
    const Sheet &m_sheet;
    const LocatedTable &m_table;
    const QString m_defaultTownship;
    const Progress &m_progress;
    const QDate m_today;
    const RegionTree m_tree;
    std::unique_ptr<HouseholdRepository> m_households;
    QHash<QString, Owner> m_owners;
    QHash<QString, int> m_seenIds;
    QList<Group> m_groups;
    bool m_separateHead = false;
    int m_total = 0;
    int m_done = 0;
    LedgerPreview m_preview;
    ClassificationSettings m_settings;
    std::optional<YearlyStandard> m_urban, m_rural;
};

} // namespace sn
