using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace GoldenThread.Data.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class FrozenChildren : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<byte[]>(
                name: "DenominatorChildIds",
                table: "indicator_snapshots",
                type: "BLOB",
                nullable: true);

            migrationBuilder.AddColumn<byte[]>(
                name: "DenominatorWorkerIds",
                table: "indicator_snapshots",
                type: "BLOB",
                nullable: true);

            migrationBuilder.AddColumn<byte[]>(
                name: "NumeratorChildIds",
                table: "indicator_snapshots",
                type: "BLOB",
                nullable: true);

            migrationBuilder.AddColumn<byte[]>(
                name: "NumeratorWorkerIds",
                table: "indicator_snapshots",
                type: "BLOB",
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "DenominatorChildIds",
                table: "indicator_snapshots");

            migrationBuilder.DropColumn(
                name: "DenominatorWorkerIds",
                table: "indicator_snapshots");

            migrationBuilder.DropColumn(
                name: "NumeratorChildIds",
                table: "indicator_snapshots");

            migrationBuilder.DropColumn(
                name: "NumeratorWorkerIds",
                table: "indicator_snapshots");
        }
    }
}
