-- A province straight into a database organization-service has migrated (bench/report/run.sh):
-- province 62, 10 cities, 100 counties, 1,500 towns, 20,000 villages, one committee per town and
-- one branch per village (21,500 organizations), 1,000,000 members with their dates spread over
-- 1950-2025. Set-based SQL over MariaDB's sequence tables (seq_1_to_N): seconds, not hours, so
-- the report can be measured at full size on a machine where the bulk API cannot load it in time.
-- Deterministic: every value is arithmetic on the row number.
SET @now = TIMESTAMP('2025-12-31 00:00:00');

INSERT INTO region (id, version, created_at, updated_at, code, name, level, parent_code, kind)
VALUES (1, 0, @now, @now, '620000000000', '省62', 'PROVINCE', NULL, 'PROVINCE');

-- cities 6201..6210
INSERT INTO region (id, version, created_at, updated_at, code, name, level, parent_code, kind)
SELECT 10 + s.seq, 0, @now, @now, CONCAT('62', LPAD(s.seq, 2, '0'), '00000000'), CONCAT('市', s.seq), 'CITY',
       '620000000000', 'CITY'
FROM seq_1_to_10 s;

-- counties: city c has counties 01..10
INSERT INTO region (id, version, created_at, updated_at, code, name, level, parent_code, kind)
SELECT 100 + s.seq, 0, @now, @now,
       CONCAT('62', LPAD((s.seq - 1) DIV 10 + 1, 2, '0'), LPAD((s.seq - 1) MOD 10 + 1, 2, '0'), '000000'),
       CONCAT('县', s.seq), 'COUNTY', CONCAT('62', LPAD((s.seq - 1) DIV 10 + 1, 2, '0'), '00000000'), 'COUNTY'
FROM seq_1_to_100 s;

-- towns: 15 per county, 101..115
INSERT INTO region (id, version, created_at, updated_at, code, name, level, parent_code, kind)
SELECT 1000 + s.seq, 0, @now, @now, CONCAT(LEFT(c.code, 6), 100 + (s.seq - 1) MOD 15 + 1, '000'),
       CONCAT('镇', s.seq), 'TOWN', c.code, 'TOWN'
FROM seq_1_to_1500 s JOIN region c ON c.id = 100 + (s.seq - 1) DIV 15 + 1;

-- villages: 20,000, 13 or 14 per town (201..)
INSERT INTO region (id, version, created_at, updated_at, code, name, level, parent_code, kind)
SELECT 10000 + s.seq, 0, @now, @now, CONCAT(LEFT(t.code, 9), 200 + (s.seq - 1) DIV 1500 + 1),
       CONCAT('村', s.seq), 'VILLAGE', t.code, 'VILLAGE'
FROM seq_1_to_20000 s JOIN region t ON t.id = 1000 + (s.seq - 1) MOD 1500 + 1;

-- a committee per town (id = town region id), a branch per village (id = village region id)
INSERT INTO party_organization (id, version, created_at, updated_at, name, type, parent_id, region_code)
SELECT r.id, 0, @now, @now, CONCAT(r.name, '党委'), 'COMMITTEE', NULL, r.code FROM region r WHERE r.level = 'TOWN';
INSERT INTO party_organization (id, version, created_at, updated_at, name, type, parent_id, region_code)
SELECT r.id, 0, @now, @now, CONCAT(r.name, '党支部'), 'BRANCH', t.id, r.code
FROM region r JOIN region t ON t.code = r.parent_code WHERE r.level = 'VILLAGE';

-- members: member n belongs to village 1 + n mod 20000. joined over 1950-2024; 3% probationary,
-- 4% transferred out, 3% deceased (one in four of them without a date), full a year after joining,
-- 10% away (half without a date), 30% with a door plate since 2015.
INSERT INTO party_member (id, version, created_at, updated_at, organization_id, region_code, name, gender, birth_date,
                          id_number_enc, id_number_hash, joined_on, full_member_on, status, left_on, flowing_away,
                          flowing_where, flowing_since, door_plate_on)
SELECT 1000000 + m.n, 0, @now, @now, v.id, v.code, CONCAT('党员', m.n), IF(m.n MOD 2 = 0, 'FEMALE', 'MALE'),
       DATE_SUB(m.joined, INTERVAL 25 YEAR), 'bench', SHA2(m.n, 256), m.joined,
       IF(m.r < 3 OR DATE_ADD(m.joined, INTERVAL 1 YEAR) > '2025-12-31', NULL, DATE_ADD(m.joined, INTERVAL 1 YEAR)),
       CASE WHEN m.r < 3 OR DATE_ADD(m.joined, INTERVAL 1 YEAR) > '2025-12-31' AND m.r >= 10 THEN 'PROBATIONARY'
            WHEN m.r < 7 THEN 'TRANSFERRED_OUT' WHEN m.r < 10 THEN 'DECEASED' ELSE 'FULL' END,
       CASE WHEN m.r >= 3 AND m.r < 10 AND m.n MOD 4 > 0
            THEN LEAST(DATE_ADD(m.joined, INTERVAL (m.n * 13) MOD 20000 DAY), '2025-12-31') END,
       m.n MOD 10 = 5, IF(m.n MOD 10 = 5, '外省', NULL),
       IF(m.n MOD 20 = 5, LEAST(DATE_ADD(m.joined, INTERVAL (m.n * 7) MOD 9000 DAY), '2025-12-31'), NULL),
       IF(m.n MOD 10 < 3, DATE_ADD('2015-01-01', INTERVAL m.n MOD 4000 DAY), NULL)
FROM (SELECT s.seq AS n, (s.seq * 31) MOD 100 AS r, DATE_ADD('1950-01-01', INTERVAL (s.seq * 7919) MOD 27394 DAY) AS joined
      FROM seq_1_to_1000000 s) m
JOIN region v ON v.id = 10000 + 1 + m.n MOD 20000;
