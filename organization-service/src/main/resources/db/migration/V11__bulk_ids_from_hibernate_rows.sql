-- Bulk inserts (members, regions) took their ids from the id_generator row 'default' while
-- Hibernate takes them from one row per table ('party_member', 'region'): the counters overlap, so
-- a row created alone could be given the id of one created in bulk (a duplicate key). From now on
-- IdBlocks uses the table's row; raise each past every id already given, either way. With no rows
-- yet there is nothing to do (and Hibernate creates its row as it always did).
INSERT IGNORE INTO id_generator (entity, next_id)
SELECT 'party_member', MAX(m.id) + 200 FROM party_member m HAVING COUNT(*) > 0;
UPDATE id_generator SET next_id = GREATEST(next_id, (SELECT COALESCE(MAX(m.id), 0) + 200 FROM party_member m))
WHERE entity = 'party_member';
INSERT IGNORE INTO id_generator (entity, next_id)
SELECT 'region', MAX(r.id) + 200 FROM region r HAVING COUNT(*) > 0;
UPDATE id_generator SET next_id = GREATEST(next_id, (SELECT COALESCE(MAX(r.id), 0) + 200 FROM region r))
WHERE entity = 'region';
