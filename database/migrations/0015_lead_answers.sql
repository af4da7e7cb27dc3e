-- Version 15: what stopped a lead's clock. An emergency's 12 hours (四.(三)) stop at the first reply of any kind,
-- not only at the first help: decided not eligible, referred, a duplicate, or closed with a reply.
ALTER TABLE leads ADD COLUMN answer_kind TEXT NOT NULL DEFAULT ''
    CHECK (answer_kind = '' OR answer_kind = 'window' OR answer_kind = 'granted' OR answer_kind = 'referred'
           OR answer_kind = 'not_eligible' OR answer_kind = 'duplicate' OR answer_kind = 'closed');
-- Replies recorded by earlier versions: ordinary leads stopped at the township window, emergencies at the first help.
UPDATE leads SET answer_kind = CASE WHEN emergency = 1 THEN 'granted' ELSE 'window' END WHERE answered_at IS NOT NULL;
-- Emergencies answered without a grant were left running: their clock stopped at the first decision or closing.
UPDATE leads
   SET answered_at = (SELECT min(e.at) FROM lead_events e
                       WHERE e.lead_id = leads.id AND e.deleted = 0 AND e.to_state IN ('decided', 'closed')),
       answer_kind = CASE WHEN decision <> '' THEN decision ELSE 'closed' END
 WHERE emergency = 1 AND answered_at IS NULL AND state IN ('decided', 'follow_up', 'closed')
   AND EXISTS (SELECT 1 FROM lead_events e WHERE e.lead_id = leads.id AND e.deleted = 0 AND e.to_state IN ('decided', 'closed'));
