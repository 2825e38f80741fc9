using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace GoldenThread.Data.Migrations.PostgreSql.Migrations
{
    /// <inheritdoc />
    public partial class MonthEndSnapshots : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "indicator_snapshots",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    IndicatorId = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: false),
                    OrgUnitId = table.Column<long>(type: "bigint", nullable: true),
                    MonthEnd = table.Column<DateOnly>(type: "date", nullable: false),
                    PeriodKind = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    PeriodStart = table.Column<DateOnly>(type: "date", nullable: false),
                    PeriodEnd = table.Column<DateOnly>(type: "date", nullable: false),
                    Numerator = table.Column<decimal>(type: "numeric(18,6)", precision: 18, scale: 6, nullable: true),
                    Denominator = table.Column<decimal>(type: "numeric(18,6)", precision: 18, scale: 6, nullable: true),
                    Value = table.Column<decimal>(type: "numeric(18,6)", precision: 18, scale: 6, nullable: true),
                    FrozenAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    DataVersion = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_indicator_snapshots", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "ix_indicator_snapshots_month_end",
                table: "indicator_snapshots",
                column: "MonthEnd");

            migrationBuilder.CreateIndex(
                name: "ux_indicator_snapshots_figure",
                table: "indicator_snapshots",
                columns: new[] { "IndicatorId", "OrgUnitId", "PeriodKind", "MonthEnd" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "indicator_snapshots");
        }
    }
}
