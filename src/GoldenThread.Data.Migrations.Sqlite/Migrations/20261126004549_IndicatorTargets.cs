using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace GoldenThread.Data.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class IndicatorTargets : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "indicator_targets",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    IndicatorId = table.Column<string>(type: "TEXT", maxLength: 60, nullable: false),
                    OrgUnitId = table.Column<long>(type: "INTEGER", nullable: true),
                    Target = table.Column<decimal>(type: "TEXT", precision: 12, scale: 3, nullable: false),
                    Tolerance = table.Column<decimal>(type: "TEXT", precision: 12, scale: 3, nullable: false),
                    ChangedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    ChangedAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_indicator_targets", x => x.Id);
                    table.ForeignKey(
                        name: "fk_indicator_targets_org_unit",
                        column: x => x.OrgUnitId,
                        principalTable: "org_units",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_indicator_targets_OrgUnitId",
                table: "indicator_targets",
                column: "OrgUnitId");

            migrationBuilder.CreateIndex(
                name: "ux_indicator_targets_indicator_unit",
                table: "indicator_targets",
                columns: new[] { "IndicatorId", "OrgUnitId" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "indicator_targets");
        }
    }
}
