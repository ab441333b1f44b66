#!/bin/bash
# Runs once, when the MySQL volume is empty (the image's /docker-entrypoint-initdb.d): one database
# and one user per service, each user allowed only its own database. Flyway makes the tables.
set -euo pipefail
mysql=(mysql --protocol=socket -uroot -p"$MYSQL_ROOT_PASSWORD")
for service in ORGANIZATION ECONOMY TALENT; do
  database_var="${service}_DB_NAME"
  user_var="${service}_DB_USERNAME"
  password_var="${service}_DB_PASSWORD"
  "${mysql[@]}" <<SQL
CREATE DATABASE IF NOT EXISTS \`${!database_var}\` CHARACTER SET utf8mb4 COLLATE utf8mb4_0900_ai_ci;
CREATE USER IF NOT EXISTS '${!user_var}'@'%' IDENTIFIED BY '${!password_var}';
GRANT ALL PRIVILEGES ON \`${!database_var}\`.* TO '${!user_var}'@'%';
SQL
done
