#!/usr/bin/env bash
# Adds a migration with the same name for both database providers: scripts/add-migration.sh NAME
set -euo pipefail
name=${1:?usage: scripts/add-migration.sh NAME}
cd "$(dirname "$0")/.."
dotnet tool restore >/dev/null
for provider in Sqlite PostgreSql; do
  dotnet ef migrations add "$name" \
    --project "src/GoldenThread.Data.Migrations.$provider" \
    --startup-project "src/GoldenThread.Data.Migrations.$provider" \
    --context GoldenThreadDbContext --output-dir Migrations
done
