-- Version 10: indexes for the monthly report, so that it reads indexes instead of the wide member, household
-- and review-task rows (MonthlyReport.cpp names households_report with INDEXED BY, since SQLite has no table
-- statistics to choose by). The report's head count per household uses members_live (version 9).
-- Households by township, category and tier with the id for the member lookup: one covering scan.
CREATE INDEX households_report ON households(township_code, category, tier, tier_override, status, id) WHERE deleted = 0;
-- The township of a household by id without reading its row (the review counts).
CREATE INDEX households_live_id ON households(id, township_code) WHERE deleted = 0;
-- Review tasks due in a month whatever their status (review_tasks_due holds the open ones only).
CREATE INDEX review_tasks_due_all ON review_tasks(due_date, status, household_id) WHERE deleted = 0;
