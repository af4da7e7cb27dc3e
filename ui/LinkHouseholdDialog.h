#pragma once

#include "domain/Lead.h"
#include "domain/Region.h"

#include <QDialog>

class QDialogButtonBox;
class QListWidget;

namespace sn {

class LeadService;

// Links a lead to the registry household it is about: the candidates LeadService finds by ID number,
// phone, name and address; the clerk picks one.
class LinkHouseholdDialog : public QDialog
{
    Q_OBJECT
public:
    LinkHouseholdDialog(LeadService &service, const Lead &lead, const RegionTree &regions, QWidget *parent = nullptr);

    bool hasCandidates() const;
    QListWidget *candidateList() const { return m_list; }
    QDialogButtonBox *buttons() const { return m_buttons; }

    void accept() override;

private:
    LeadService &m_service;
    QString m_leadId;
    QListWidget *m_list = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace sn
