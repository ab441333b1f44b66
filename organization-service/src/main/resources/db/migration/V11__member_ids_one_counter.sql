-- Bulk member inserts took their ids from the id_generator row 'default' while Hibernate takes
-- party_member ids from the row 'party_member': the two counters overlap, so a member created
-- alone could be given the id of one created in bulk (a duplicate key). From now on both use the
-- 'party_member' row (platform.ids.segment); raise it past every id already given, either way.
-- With no members yet there is nothing to do (and Hibernate creates the row as it always did).
INSERT IGNORE INTO id_generator (entity, next_id)
SELECT 'party_member', MAX(m.id) + 200 FROM party_member m HAVING COUNT(*) > 0;
UPDATE id_generator SET next_id = GREATEST(next_id, (SELECT COALESCE(MAX(m.id), 0) + 200 FROM party_member m))
WHERE entity = 'party_member';
