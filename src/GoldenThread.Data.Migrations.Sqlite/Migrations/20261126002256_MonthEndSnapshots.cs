using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace GoldenThread.Data.Migrations.Sqlite.Migrations
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
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    IndicatorId = table.Column<string>(type: "TEXT", maxLength: 60, nullable: false),
                    OrgUnitId = table.Column<long>(type: "INTEGER", nullable: true),
                    MonthEnd = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    PeriodKind = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    PeriodStart = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    PeriodEnd = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Numerator = table.Column<decimal>(type: "TEXT", precision: 18, scale: 6, nullable: true),
                    Denominator = table.Column<decimal>(type: "TEXT", precision: 18, scale: 6, nullable: true),
                    Value = table.Column<decimal>(type: "TEXT", precision: 18, scale: 6, nullable: true),
                    FrozenAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: false),
                    DataVersion = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false)
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
