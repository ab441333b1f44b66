-- The two-committee figures of each term (村两委换届 statistics), kept up on every write of a term
-- or its members (CommitteeTermRepository.refreshFigures) so a province's statistics sum 20,000
-- narrow rows instead of joining its terms, members and posts per request (issue 6: the
-- organization report at province scale). One row per term, zeros for a term without members.
CREATE TABLE committee_term_figures (
    term_id           BIGINT      NOT NULL,
    region_code       VARCHAR(15) NOT NULL,
    term_year         INT         NOT NULL,
    members           INT         NOT NULL,
    age_sum           BIGINT      NOT NULL,
    secretaries       INT         NOT NULL,
    secretary_age_sum BIGINT      NOT NULL,
    college           INT         NOT NULL,
    women             INT         NOT NULL,
    one_shoulder      INT         NOT NULL,
    PRIMARY KEY (term_id),
    -- Covering: a region's year is summed from the index alone, without visiting 20,000 rows.
    KEY ix_committee_term_figures_year (term_year, region_code, members, age_sum, secretaries, secretary_age_sum,
                                        college, women, one_shoulder),
    CONSTRAINT fk_committee_term_figures_term FOREIGN KEY (term_id) REFERENCES committee_term (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The same per-term figures the repository writes (its TERM_FIGURES); 大专以上 = Education.collegeOrAbove().
INSERT INTO committee_term_figures (term_id, region_code, term_year, members, age_sum, secretaries,
                                    secretary_age_sum, college, women, one_shoulder)
SELECT t.id, t.region_code, t.term_year,
       COUNT(m.id),
       COALESCE(SUM(TIMESTAMPDIFF(YEAR, m.birth_date, t.election_date)), 0),
       COUNT(sec.member_id),
       COALESCE(SUM(CASE WHEN sec.member_id IS NOT NULL THEN TIMESTAMPDIFF(YEAR, m.birth_date, t.election_date) END), 0),
       COALESCE(SUM(CASE WHEN m.education IN ('JUNIOR_COLLEGE', 'BACHELOR', 'MASTER', 'DOCTOR') THEN 1 ELSE 0 END), 0),
       COALESCE(SUM(CASE WHEN m.gender = 'FEMALE' THEN 1 ELSE 0 END), 0),
       COUNT(DISTINCT CASE WHEN sec.member_id IS NOT NULL AND dir.member_id IS NOT NULL THEN t.id END)
  FROM committee_term t
  LEFT JOIN committee_member m ON m.term_id = t.id
  LEFT JOIN committee_member_post sec ON sec.member_id = m.id AND sec.post = 'PARTY_SECRETARY'
  LEFT JOIN committee_member_post dir ON dir.member_id = m.id AND dir.post = 'VILLAGE_DIRECTOR'
 GROUP BY t.id, t.region_code, t.term_year;
