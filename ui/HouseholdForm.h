#pragma once

#include <QDialog>
#include <memory>

namespace sn {

class HouseholdService;
struct Household;

// The intake and edit form for one household (issue 3 "Intake and edit form"). Works through
// HouseholdService only. A new household when `householdId` is empty.
class HouseholdForm : public QDialog
{
    Q_OBJECT
public:
    HouseholdForm(HouseholdService &service, const QString &householdId = {}, QWidget *parent = nullptr);
    ~HouseholdForm() override;

    QString householdId() const; // empty until a new household is saved
    bool isModified() const;
    bool save(); // validate and store; false (and the problems shown) when blocked
    // A new household's form filled from elsewhere (a lead's intake draft); the clerk checks and saves it.
    void setDraft(const Household &draft);

signals:
    void saved(const QString &householdId);
    // "Refer…": the household is to be referred to policies (the main window opens the referral dialog).
    void referRequested(const QString &householdId, const QString &headName);
    // "Adjust payment…": a change of payment is to be proposed (the main window opens ProposeChangeDialog).
    void changeRequested(const QString &householdId, const QString &headName);

protected:
    void closeEvent(QCloseEvent *event) override;
    void reject() override; // Esc / Cancel ask before losing unsaved changes

private:
    class Private;
    std::unique_ptr<Private> d;
};

} // namespace sn
