-- The member figures of the organization report kept up on write (issue 6): counting a province's
-- million members per request takes seconds. Every figure is a count of members one of whose
-- intervals contains the day counted on (on the roll from joining until leaving, probationary until
-- full membership, ...): each member adds +1 on the day an interval starts and -1 on the day it
-- ends, for the province, city and county its region lies in (region_prefix: the first 2, 4 and 6
-- digits). A figure on day D is the sum of the year rows before D's year plus the day rows of that
-- year up to D. MemberTally keeps both tables in the transaction of every member write and derives
-- the intervals the same way as below; smaller regions are still counted from party_member.
--   on_roll          正式 + 预备 (FULL = on_roll - probationary)
--   probationary     预备党员
--   transferred_out  转出 by then, deceased  去世 by then (with on_roll: everyone joined by then)
--   fifty_years      光荣在党50年, flowing 流动党员, door_plates 共产党员户 plates installed
CREATE TABLE member_tally_day (
    region_prefix    VARCHAR(6) NOT NULL,
    day              DATE       NOT NULL,
    on_roll          INT        NOT NULL,
    probationary     INT        NOT NULL,
    transferred_out  INT        NOT NULL,
    deceased         INT        NOT NULL,
    fifty_years      INT        NOT NULL,
    flowing          INT        NOT NULL,
    door_plates      INT        NOT NULL,
    PRIMARY KEY (region_prefix, day)
) ENGINE = InnoDB DEFAULT CHARSET = ascii COLLATE = ascii_bin;

-- The day rows summed by year: a report reads at most one row per year before its own.
CREATE TABLE member_tally_year (
    region_prefix    VARCHAR(6) NOT NULL,
    year             SMALLINT   NOT NULL,
    on_roll          INT        NOT NULL,
    probationary     INT        NOT NULL,
    transferred_out  INT        NOT NULL,
    deceased         INT        NOT NULL,
    fifty_years      INT        NOT NULL,
    flowing          INT        NOT NULL,
    door_plates      INT        NOT NULL,
    PRIMARY KEY (region_prefix, year)
) ENGINE = InnoDB DEFAULT CHARSET = ascii COLLATE = ascii_bin;

-- Backfill from the members on file, by county first, then cities and the province from the
-- counties. b: each member's interval ends: left_day is the day a transfer or death takes effect
-- (NULL while active; a transfer or death without a date counts from joining, as
-- MemberRepository.ON_ROLL has it), fifty_day the first day with joined_on <= day - 50 years (the
-- day after the 50th anniversary of a 29 February), flowing_day when the member went away. Each
-- member is joined to the eight boundaries k it may have; a NULL day is a boundary it lacks. An end
-- before its start is clamped to the start, so an empty interval adds nothing.
INSERT INTO member_tally_day (region_prefix, day, on_roll, probationary, transferred_out, deceased, fifty_years,
                              flowing, door_plates)
SELECT LEFT(e.region_code, 6), e.day, SUM(e.on_roll), SUM(e.probationary), SUM(e.transferred_out),
       SUM(e.deceased), SUM(e.fifty_years), SUM(e.flowing), SUM(e.door_plates)
FROM (
    SELECT b.region_code,
           CASE k.k WHEN 1 THEN b.joined_on
                    WHEN 2 THEN b.left_day
                    WHEN 3 THEN CASE WHEN b.full_member_on IS NOT NULL THEN GREATEST(b.joined_on,
                                LEAST(b.full_member_on, COALESCE(b.left_day, b.full_member_on))) END
                    WHEN 4 THEN b.fifty_day
                    WHEN 5 THEN GREATEST(b.fifty_day, b.left_day)
                    WHEN 6 THEN b.flowing_day
                    WHEN 7 THEN GREATEST(b.flowing_day, b.left_day)
                    WHEN 8 THEN b.door_plate_on END AS day,
           CASE k.k WHEN 1 THEN 1 WHEN 2 THEN -1 ELSE 0 END AS on_roll,
           CASE WHEN k.k = 1 AND (b.full_member_on IS NOT NULL OR b.status = 'PROBATIONARY') THEN 1
                WHEN k.k = 3 THEN -1 ELSE 0 END AS probationary,
           CASE WHEN k.k = 2 AND b.status = 'TRANSFERRED_OUT' THEN 1 ELSE 0 END AS transferred_out,
           CASE WHEN k.k = 2 AND b.status = 'DECEASED' THEN 1 ELSE 0 END AS deceased,
           CASE k.k WHEN 4 THEN 1 WHEN 5 THEN -1 ELSE 0 END AS fifty_years,
           CASE k.k WHEN 6 THEN 1 WHEN 7 THEN -1 ELSE 0 END AS flowing,
           CASE k.k WHEN 8 THEN 1 ELSE 0 END AS door_plates
    FROM (SELECT m.region_code, m.status, m.joined_on, m.full_member_on, m.door_plate_on,
                 CASE WHEN m.status IN ('TRANSFERRED_OUT', 'DECEASED')
                      THEN GREATEST(m.joined_on, COALESCE(m.left_on, m.joined_on)) END AS left_day,
                 CASE WHEN MONTH(m.joined_on) = 2 AND DAYOFMONTH(m.joined_on) = 29
                      THEN DATE_ADD(DATE_ADD(m.joined_on, INTERVAL 50 YEAR), INTERVAL 1 DAY)
                      ELSE DATE_ADD(m.joined_on, INTERVAL 50 YEAR) END AS fifty_day,
                 CASE WHEN m.flowing_away = TRUE
                      THEN GREATEST(m.joined_on, COALESCE(m.flowing_since, m.joined_on)) END AS flowing_day
          FROM party_member m) b
    JOIN (SELECT 1 AS k UNION ALL SELECT 2 UNION ALL SELECT 3 UNION ALL SELECT 4 UNION ALL SELECT 5
          UNION ALL SELECT 6 UNION ALL SELECT 7 UNION ALL SELECT 8) k
) e
WHERE e.day IS NOT NULL
GROUP BY LEFT(e.region_code, 6), e.day
HAVING SUM(e.on_roll) <> 0 OR SUM(e.probationary) <> 0 OR SUM(e.transferred_out) <> 0 OR SUM(e.deceased) <> 0
    OR SUM(e.fifty_years) <> 0 OR SUM(e.flowing) <> 0 OR SUM(e.door_plates) <> 0;

INSERT INTO member_tally_day (region_prefix, day, on_roll, probationary, transferred_out, deceased, fifty_years,
                              flowing, door_plates)
SELECT LEFT(region_prefix, 4), day, SUM(on_roll), SUM(probationary), SUM(transferred_out), SUM(deceased),
       SUM(fifty_years), SUM(flowing), SUM(door_plates)
FROM member_tally_day WHERE CHAR_LENGTH(region_prefix) = 6
GROUP BY LEFT(region_prefix, 4), day;

INSERT INTO member_tally_day (region_prefix, day, on_roll, probationary, transferred_out, deceased, fifty_years,
                              flowing, door_plates)
SELECT LEFT(region_prefix, 2), day, SUM(on_roll), SUM(probationary), SUM(transferred_out), SUM(deceased),
       SUM(fifty_years), SUM(flowing), SUM(door_plates)
FROM member_tally_day WHERE CHAR_LENGTH(region_prefix) = 4
GROUP BY LEFT(region_prefix, 2), day;

INSERT INTO member_tally_year (region_prefix, year, on_roll, probationary, transferred_out, deceased, fifty_years,
                               flowing, door_plates)
SELECT region_prefix, YEAR(day), SUM(on_roll), SUM(probationary), SUM(transferred_out), SUM(deceased),
       SUM(fifty_years), SUM(flowing), SUM(door_plates)
FROM member_tally_day
GROUP BY region_prefix, YEAR(day);
