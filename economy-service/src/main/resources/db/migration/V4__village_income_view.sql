-- A village's income in a year from every source this service knows: its own account and its
-- parts of joint projects (project_income_share). Sum by village and year; reports and doubling
-- plans read incomes only through this view, so joint-project income is never left out.
CREATE VIEW village_income AS
    SELECT village_code, year, operating_income, total_income, net_income
    FROM income_account
    UNION ALL
    SELECT village_code, year, amount AS operating_income, amount AS total_income, amount AS net_income
    FROM project_income_share;
