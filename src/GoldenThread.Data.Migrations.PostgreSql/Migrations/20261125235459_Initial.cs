using System;
using System.Collections.Generic;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace GoldenThread.Data.Migrations.PostgreSql.Migrations
{
    /// <inheritdoc />
    public partial class Initial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "AspNetRoles",
                columns: table => new
                {
                    Id = table.Column<string>(type: "text", nullable: false),
                    Name = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    NormalizedName = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    ConcurrencyStamp = table.Column<string>(type: "text", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AspNetRoles", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "audit_templates",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Description = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_audit_templates", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "child_record_accesses",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    UserId = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: false),
                    UserName = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    ChildId = table.Column<long>(type: "bigint", nullable: false),
                    AccessedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    Purpose = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_child_record_accesses", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "data_loads",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    FileName = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    Sha256 = table.Column<string>(type: "character(64)", fixedLength: true, maxLength: 64, nullable: false),
                    Format = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Collection = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    CollectionYear = table.Column<string>(type: "text", nullable: true),
                    Slice = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: true),
                    ReplacedLoadId = table.Column<long>(type: "bigint", nullable: true),
                    ProblemCount = table.Column<int>(type: "integer", nullable: false),
                    LoadedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    LoadedBy = table.Column<string>(type: "text", nullable: false),
                    Status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    ChildCount = table.Column<int>(type: "integer", nullable: false),
                    RecordCount = table.Column<int>(type: "integer", nullable: false),
                    SupersededCount = table.Column<int>(type: "integer", nullable: false),
                    RolledBackAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    RolledBackBy = table.Column<string>(type: "text", nullable: true),
                    IsSynthetic = table.Column<bool>(type: "boolean", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_data_loads", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "DataProtectionKeys",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    FriendlyName = table.Column<string>(type: "text", nullable: true),
                    Xml = table.Column<string>(type: "text", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DataProtectionKeys", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "improvement_plans",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Title = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Summary = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_improvement_plans", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "training_programmes",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Code = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: false),
                    Name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Description = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    LaunchDate = table.Column<DateOnly>(type: "date", nullable: false),
                    TargetDate = table.Column<DateOnly>(type: "date", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_training_programmes", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "AspNetRoleClaims",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    RoleId = table.Column<string>(type: "text", nullable: false),
                    ClaimType = table.Column<string>(type: "text", nullable: true),
                    ClaimValue = table.Column<string>(type: "text", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AspNetRoleClaims", x => x.Id);
                    table.ForeignKey(
                        name: "FK_AspNetRoleClaims_AspNetRoles_RoleId",
                        column: x => x.RoleId,
                        principalTable: "AspNetRoles",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "audit_questions",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    TemplateId = table.Column<long>(type: "bigint", nullable: false),
                    GroupName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Position = table.Column<int>(type: "integer", nullable: false),
                    Text = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    Guidance = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_audit_questions", x => x.Id);
                    table.ForeignKey(
                        name: "fk_audit_questions_template",
                        column: x => x.TemplateId,
                        principalTable: "audit_templates",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "audit_rounds",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Kind = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    PopulationFilter = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    PopulationDate = table.Column<DateOnly>(type: "date", nullable: false),
                    SampleSize = table.Column<int>(type: "integer", nullable: false),
                    StratifiedByTeam = table.Column<bool>(type: "boolean", nullable: false),
                    ExcludeMonths = table.Column<int>(type: "integer", nullable: false),
                    Seed = table.Column<long>(type: "bigint", nullable: false),
                    PopulationCount = table.Column<int>(type: "integer", nullable: false),
                    ExcludedCount = table.Column<int>(type: "integer", nullable: false),
                    FrameSnapshot = table.Column<string>(type: "text", nullable: false),
                    FrameSha256 = table.Column<string>(type: "character(64)", fixedLength: true, maxLength: 64, nullable: false),
                    FrameCount = table.Column<int>(type: "integer", nullable: false),
                    TemplateId = table.Column<long>(type: "bigint", nullable: false),
                    DueDate = table.Column<DateOnly>(type: "date", nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    CreatedBy = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_audit_rounds", x => x.Id);
                    table.ForeignKey(
                        name: "fk_audit_rounds_template",
                        column: x => x.TemplateId,
                        principalTable: "audit_templates",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "child_revisions",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    LoadId = table.Column<long>(type: "bigint", nullable: false),
                    ChildId = table.Column<long>(type: "bigint", nullable: false),
                    Inserted = table.Column<bool>(type: "boolean", nullable: false),
                    PreviousValues = table.Column<string>(type: "text", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_child_revisions", x => x.Id);
                    table.ForeignKey(
                        name: "fk_child_revisions_load",
                        column: x => x.LoadId,
                        principalTable: "data_loads",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "children",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    LaChildId = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Upn = table.Column<string>(type: "text", nullable: true),
                    FormerUpn = table.Column<string>(type: "text", nullable: true),
                    UpnUnknownReason = table.Column<string>(type: "text", nullable: true),
                    GivenName = table.Column<string>(type: "text", nullable: true),
                    FamilyName = table.Column<string>(type: "text", nullable: true),
                    Sex = table.Column<string>(type: "text", nullable: true),
                    BirthDate = table.Column<DateOnly>(type: "date", nullable: true),
                    ExpectedBirthDate = table.Column<DateOnly>(type: "date", nullable: true),
                    DeathDate = table.Column<DateOnly>(type: "date", nullable: true),
                    GenderCurrent = table.Column<string>(type: "text", nullable: true),
                    Ethnicity = table.Column<string>(type: "text", nullable: true),
                    Disabilities = table.Column<List<string>>(type: "text[]", nullable: false),
                    UnaccompaniedAsylumSeekingDate = table.Column<DateOnly>(type: "date", nullable: true),
                    UnaccompaniedAsylumSeekingCeasedDate = table.Column<DateOnly>(type: "date", nullable: true),
                    IsMother = table.Column<string>(type: "text", nullable: true),
                    MothersChildBirthDate = table.Column<DateOnly>(type: "date", nullable: true),
                    SourceLoadId = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_children", x => x.Id);
                    table.ForeignKey(
                        name: "fk_children_load",
                        column: x => x.SourceLoadId,
                        principalTable: "data_loads",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "org_units",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Code = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Name = table.Column<string>(type: "text", nullable: false),
                    Kind = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    ParentId = table.Column<long>(type: "bigint", nullable: true),
                    SourceLoadId = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_org_units", x => x.Id);
                    table.ForeignKey(
                        name: "fk_org_units_load",
                        column: x => x.SourceLoadId,
                        principalTable: "data_loads",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_org_units_parent",
                        column: x => x.ParentId,
                        principalTable: "org_units",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "published_statistics",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    LoadId = table.Column<long>(type: "bigint", nullable: false),
                    DatasetId = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    TimePeriod = table.Column<int>(type: "integer", nullable: false),
                    Level = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    CountryCode = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    CountryName = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    RegionCode = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: true),
                    RegionName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    OldLaCode = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: true),
                    NewLaCode = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                    LaName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    FilterKey = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    Measure = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Value = table.Column<decimal>(type: "numeric(18,4)", precision: 18, scale: 4, nullable: true),
                    Symbol = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_published_statistics", x => x.Id);
                    table.ForeignKey(
                        name: "fk_published_statistics_load",
                        column: x => x.LoadId,
                        principalTable: "data_loads",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "statistical_neighbours",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    LoadId = table.Column<long>(type: "bigint", nullable: false),
                    DatasetId = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    OldLaCode = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    LaName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    RegionName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    BeforeReorganisation = table.Column<bool>(type: "boolean", nullable: false),
                    Rank = table.Column<int>(type: "integer", nullable: false),
                    NeighbourOldLaCode = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    Closeness = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_statistical_neighbours", x => x.Id);
                    table.ForeignKey(
                        name: "fk_statistical_neighbours_load",
                        column: x => x.LoadId,
                        principalTable: "data_loads",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "validation_run_counts",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    LoadId = table.Column<long>(type: "bigint", nullable: false),
                    CollectionYear = table.Column<string>(type: "character varying(7)", maxLength: 7, nullable: false),
                    RuleCode = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Findings = table.Column<int>(type: "integer", nullable: false),
                    ValidatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_validation_run_counts", x => x.Id);
                    table.ForeignKey(
                        name: "fk_validation_run_counts_load",
                        column: x => x.LoadId,
                        principalTable: "data_loads",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ofsted_recommendations",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    PlanId = table.Column<long>(type: "bigint", nullable: false),
                    Reference = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Text = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_ofsted_recommendations", x => x.Id);
                    table.ForeignKey(
                        name: "fk_ofsted_recommendations_plan",
                        column: x => x.PlanId,
                        principalTable: "improvement_plans",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "plan_components",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    PlanId = table.Column<long>(type: "bigint", nullable: false),
                    Number = table.Column<int>(type: "integer", nullable: false),
                    Name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Description = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_plan_components", x => x.Id);
                    table.ForeignKey(
                        name: "fk_plan_components_plan",
                        column: x => x.PlanId,
                        principalTable: "improvement_plans",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "plan_themes",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    PlanId = table.Column<long>(type: "bigint", nullable: false),
                    Number = table.Column<int>(type: "integer", nullable: false),
                    Title = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Description = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_plan_themes", x => x.Id);
                    table.ForeignKey(
                        name: "fk_plan_themes_plan",
                        column: x => x.PlanId,
                        principalTable: "improvement_plans",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "plan_updates",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    PlanId = table.Column<long>(type: "bigint", nullable: false),
                    ObjectiveId = table.Column<long>(type: "bigint", nullable: true),
                    ActionId = table.Column<long>(type: "bigint", nullable: true),
                    UserId = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: false),
                    UserName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    At = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    Summary = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Note = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_plan_updates", x => x.Id);
                    table.ForeignKey(
                        name: "fk_plan_updates_plan",
                        column: x => x.PlanId,
                        principalTable: "improvement_plans",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "adoption_records",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    DecisionDate = table.Column<DateOnly>(type: "date", nullable: true),
                    PlacementOrderDate = table.Column<DateOnly>(type: "date", nullable: true),
                    MatchDate = table.Column<DateOnly>(type: "date", nullable: true),
                    PlacedDate = table.Column<DateOnly>(type: "date", nullable: true),
                    PlacedCeasedDate = table.Column<DateOnly>(type: "date", nullable: true),
                    ReasonPlacedCeased = table.Column<string>(type: "text", nullable: true),
                    FosterCare = table.Column<bool>(type: "boolean", nullable: true),
                    NumberOfAdopters = table.Column<string>(type: "text", nullable: true),
                    SexOfAdopters = table.Column<string>(type: "text", nullable: true),
                    LegalStatusOfAdopters = table.Column<string>(type: "text", nullable: true),
                    AdoptionOrderDate = table.Column<DateOnly>(type: "date", nullable: true),
                    SourceLoadId = table.Column<long>(type: "bigint", nullable: false),
                    ChildId = table.Column<long>(type: "bigint", nullable: false),
                    SupersededByLoadId = table.Column<long>(type: "bigint", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_adoption_records", x => x.Id);
                    table.ForeignKey(
                        name: "fk_adoption_records_child",
                        column: x => x.ChildId,
                        principalTable: "children",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_adoption_records_load",
                        column: x => x.SourceLoadId,
                        principalTable: "data_loads",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "care_episodes",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    StartDate = table.Column<DateOnly>(type: "date", nullable: false),
                    ReasonForNewEpisode = table.Column<string>(type: "text", nullable: true),
                    LegalStatus = table.Column<string>(type: "text", nullable: true),
                    CategoryOfNeed = table.Column<string>(type: "text", nullable: true),
                    PlacementType = table.Column<string>(type: "text", nullable: true),
                    PlacementProvider = table.Column<string>(type: "text", nullable: true),
                    EndDate = table.Column<DateOnly>(type: "date", nullable: true),
                    ReasonEpisodeCeased = table.Column<string>(type: "text", nullable: true),
                    ReasonPlaceChange = table.Column<string>(type: "text", nullable: true),
                    HomePostcode = table.Column<string>(type: "text", nullable: true),
                    PlacementPostcode = table.Column<string>(type: "text", nullable: true),
                    Urn = table.Column<string>(type: "text", nullable: true),
                    SourceLoadId = table.Column<long>(type: "bigint", nullable: false),
                    ChildId = table.Column<long>(type: "bigint", nullable: false),
                    SupersededByLoadId = table.Column<long>(type: "bigint", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_care_episodes", x => x.Id);
                    table.ForeignKey(
                        name: "fk_care_episodes_child",
                        column: x => x.ChildId,
                        principalTable: "children",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_care_episodes_load",
                        column: x => x.SourceLoadId,
                        principalTable: "data_loads",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "care_leaver_records",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    CollectionYear = table.Column<string>(type: "text", nullable: false),
                    InTouch = table.Column<string>(type: "text", nullable: true),
                    Activity = table.Column<string>(type: "text", nullable: true),
                    Accommodation = table.Column<string>(type: "text", nullable: true),
                    SourceLoadId = table.Column<long>(type: "bigint", nullable: false),
                    ChildId = table.Column<long>(type: "bigint", nullable: false),
                    SupersededByLoadId = table.Column<long>(type: "bigint", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_care_leaver_records", x => x.Id);
                    table.ForeignKey(
                        name: "fk_care_leaver_records_child",
                        column: x => x.ChildId,
                        principalTable: "children",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_care_leaver_records_load",
                        column: x => x.SourceLoadId,
                        principalTable: "data_loads",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "care_reviews",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    ReviewDate = table.Column<DateOnly>(type: "date", nullable: false),
                    ParticipationCode = table.Column<string>(type: "text", nullable: true),
                    SourceLoadId = table.Column<long>(type: "bigint", nullable: false),
                    ChildId = table.Column<long>(type: "bigint", nullable: false),
                    SupersededByLoadId = table.Column<long>(type: "bigint", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_care_reviews", x => x.Id);
                    table.ForeignKey(
                        name: "fk_care_reviews_child",
                        column: x => x.ChildId,
                        principalTable: "children",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_care_reviews_load",
                        column: x => x.SourceLoadId,
                        principalTable: "data_loads",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "contacts",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    ContactDate = table.Column<DateOnly>(type: "date", nullable: false),
                    Source = table.Column<string>(type: "text", nullable: true),
                    NextStep = table.Column<string>(type: "text", nullable: true),
                    SourceLoadId = table.Column<long>(type: "bigint", nullable: false),
                    ChildId = table.Column<long>(type: "bigint", nullable: false),
                    SupersededByLoadId = table.Column<long>(type: "bigint", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_contacts", x => x.Id);
                    table.ForeignKey(
                        name: "fk_contacts_child",
                        column: x => x.ChildId,
                        principalTable: "children",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_contacts_load",
                        column: x => x.SourceLoadId,
                        principalTable: "data_loads",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "early_help_episodes",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    StartDate = table.Column<DateOnly>(type: "date", nullable: false),
                    EndDate = table.Column<DateOnly>(type: "date", nullable: true),
                    Provider = table.Column<string>(type: "text", nullable: true),
                    EndReason = table.Column<string>(type: "text", nullable: true),
                    SourceLoadId = table.Column<long>(type: "bigint", nullable: false),
                    ChildId = table.Column<long>(type: "bigint", nullable: false),
                    SupersededByLoadId = table.Column<long>(type: "bigint", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_early_help_episodes", x => x.Id);
                    table.ForeignKey(
                        name: "fk_early_help_episodes_child",
                        column: x => x.ChildId,
                        principalTable: "children",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_early_help_episodes_load",
                        column: x => x.SourceLoadId,
                        principalTable: "data_loads",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "health_records",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    CollectionYear = table.Column<string>(type: "text", nullable: false),
                    SdqScore = table.Column<int>(type: "integer", nullable: true),
                    SdqReason = table.Column<string>(type: "text", nullable: true),
                    Convicted = table.Column<bool>(type: "boolean", nullable: true),
                    HealthCheck = table.Column<bool>(type: "boolean", nullable: true),
                    Immunisations = table.Column<bool>(type: "boolean", nullable: true),
                    TeethCheck = table.Column<bool>(type: "boolean", nullable: true),
                    HealthAssessment = table.Column<bool>(type: "boolean", nullable: true),
                    SubstanceMisuse = table.Column<bool>(type: "boolean", nullable: true),
                    InterventionReceived = table.Column<bool>(type: "boolean", nullable: true),
                    InterventionOffered = table.Column<bool>(type: "boolean", nullable: true),
                    SourceLoadId = table.Column<long>(type: "bigint", nullable: false),
                    ChildId = table.Column<long>(type: "bigint", nullable: false),
                    SupersededByLoadId = table.Column<long>(type: "bigint", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_health_records", x => x.Id);
                    table.ForeignKey(
                        name: "fk_health_records_child",
                        column: x => x.ChildId,
                        principalTable: "children",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_health_records_load",
                        column: x => x.SourceLoadId,
                        principalTable: "data_loads",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "management_oversight_decisions",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    ChildId = table.Column<long>(type: "bigint", nullable: false),
                    DecisionDate = table.Column<DateOnly>(type: "date", nullable: false),
                    Decision = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    NextReviewDate = table.Column<DateOnly>(type: "date", nullable: true),
                    RecordedByUserId = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: false),
                    RecordedByName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    RecordedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_management_oversight_decisions", x => x.Id);
                    table.ForeignKey(
                        name: "fk_management_oversight_decisions_child",
                        column: x => x.ChildId,
                        principalTable: "children",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "missing_episodes",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Kind = table.Column<string>(type: "text", nullable: true),
                    StartDate = table.Column<DateOnly>(type: "date", nullable: false),
                    EndDate = table.Column<DateOnly>(type: "date", nullable: true),
                    SourceLoadId = table.Column<long>(type: "bigint", nullable: false),
                    ChildId = table.Column<long>(type: "bigint", nullable: false),
                    SupersededByLoadId = table.Column<long>(type: "bigint", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_missing_episodes", x => x.Id);
                    table.ForeignKey(
                        name: "fk_missing_episodes_child",
                        column: x => x.ChildId,
                        principalTable: "children",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_missing_episodes_load",
                        column: x => x.SourceLoadId,
                        principalTable: "data_loads",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "previous_permanences",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Option = table.Column<string>(type: "text", nullable: true),
                    AuthorityCode = table.Column<string>(type: "text", nullable: true),
                    OrderDate = table.Column<string>(type: "text", nullable: true),
                    SourceLoadId = table.Column<long>(type: "bigint", nullable: false),
                    ChildId = table.Column<long>(type: "bigint", nullable: false),
                    SupersededByLoadId = table.Column<long>(type: "bigint", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_previous_permanences", x => x.Id);
                    table.ForeignKey(
                        name: "fk_previous_permanences_child",
                        column: x => x.ChildId,
                        principalTable: "children",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_previous_permanences_load",
                        column: x => x.SourceLoadId,
                        principalTable: "data_loads",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "referrals",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    ReferralDate = table.Column<DateOnly>(type: "date", nullable: false),
                    Source = table.Column<string>(type: "text", nullable: true),
                    PrimaryNeedCode = table.Column<string>(type: "text", nullable: true),
                    IsNoFurtherAction = table.Column<bool>(type: "boolean", nullable: false),
                    ClosureDate = table.Column<DateOnly>(type: "date", nullable: true),
                    ClosureReason = table.Column<string>(type: "text", nullable: true),
                    SourceLoadId = table.Column<long>(type: "bigint", nullable: false),
                    ChildId = table.Column<long>(type: "bigint", nullable: false),
                    SupersededByLoadId = table.Column<long>(type: "bigint", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_referrals", x => x.Id);
                    table.ForeignKey(
                        name: "fk_referrals_child",
                        column: x => x.ChildId,
                        principalTable: "children",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_referrals_load",
                        column: x => x.SourceLoadId,
                        principalTable: "data_loads",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "social_worker_episodes",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    SocialWorkerId = table.Column<string>(type: "text", nullable: true),
                    StartDate = table.Column<DateOnly>(type: "date", nullable: false),
                    EndDate = table.Column<DateOnly>(type: "date", nullable: true),
                    EndReason = table.Column<string>(type: "text", nullable: true),
                    SourceLoadId = table.Column<long>(type: "bigint", nullable: false),
                    ChildId = table.Column<long>(type: "bigint", nullable: false),
                    SupersededByLoadId = table.Column<long>(type: "bigint", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_social_worker_episodes", x => x.Id);
                    table.ForeignKey(
                        name: "fk_social_worker_episodes_child",
                        column: x => x.ChildId,
                        principalTable: "children",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_social_worker_episodes_load",
                        column: x => x.SourceLoadId,
                        principalTable: "data_loads",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "team_establishments",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    TeamId = table.Column<long>(type: "bigint", nullable: false),
                    EffectiveFrom = table.Column<DateOnly>(type: "date", nullable: false),
                    Fte = table.Column<decimal>(type: "numeric(9,3)", precision: 9, scale: 3, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_team_establishments", x => x.Id);
                    table.ForeignKey(
                        name: "fk_team_establishments_team",
                        column: x => x.TeamId,
                        principalTable: "org_units",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "workers",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    StaffId = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    DisplayName = table.Column<string>(type: "text", nullable: false),
                    JobTitle = table.Column<string>(type: "text", nullable: false),
                    Role = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    Fte = table.Column<decimal>(type: "numeric(9,3)", precision: 9, scale: 3, nullable: false),
                    IsAgency = table.Column<bool>(type: "boolean", nullable: false),
                    IsCaseHolding = table.Column<bool>(type: "boolean", nullable: false),
                    TeamId = table.Column<long>(type: "bigint", nullable: false),
                    StartDate = table.Column<DateOnly>(type: "date", nullable: false),
                    LeavingDate = table.Column<DateOnly>(type: "date", nullable: true),
                    LeavingReason = table.Column<string>(type: "text", nullable: true),
                    SourceLoadId = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_workers", x => x.Id);
                    table.ForeignKey(
                        name: "fk_workers_load",
                        column: x => x.SourceLoadId,
                        principalTable: "data_loads",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_workers_team",
                        column: x => x.TeamId,
                        principalTable: "org_units",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "plan_objectives",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    ThemeId = table.Column<long>(type: "bigint", nullable: false),
                    Number = table.Column<int>(type: "integer", nullable: false),
                    Title = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    DifferenceForChildren = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    StoryBehindTheCurve = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    OverrideRag = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: true),
                    OverrideReason = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    OverrideByUserId = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: true),
                    OverrideByName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    OverrideAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_plan_objectives", x => x.Id);
                    table.ForeignKey(
                        name: "fk_plan_objectives_theme",
                        column: x => x.ThemeId,
                        principalTable: "plan_themes",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "plan_update_changes",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Field = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    Before = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    After = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    plan_update_id = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_plan_update_changes", x => x.Id);
                    table.ForeignKey(
                        name: "fk_plan_update_changes_update",
                        column: x => x.plan_update_id,
                        principalTable: "plan_updates",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "child_in_need_plans",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    ReferralId = table.Column<long>(type: "bigint", nullable: false),
                    StartDate = table.Column<DateOnly>(type: "date", nullable: false),
                    EndDate = table.Column<DateOnly>(type: "date", nullable: true),
                    SourceLoadId = table.Column<long>(type: "bigint", nullable: false),
                    ChildId = table.Column<long>(type: "bigint", nullable: false),
                    SupersededByLoadId = table.Column<long>(type: "bigint", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_child_in_need_plans", x => x.Id);
                    table.ForeignKey(
                        name: "fk_child_in_need_plans_child",
                        column: x => x.ChildId,
                        principalTable: "children",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_child_in_need_plans_load",
                        column: x => x.SourceLoadId,
                        principalTable: "data_loads",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_child_in_need_plans_referral",
                        column: x => x.ReferralId,
                        principalTable: "referrals",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "child_protection_plans",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    ReferralId = table.Column<long>(type: "bigint", nullable: false),
                    StartDate = table.Column<DateOnly>(type: "date", nullable: false),
                    EndDate = table.Column<DateOnly>(type: "date", nullable: true),
                    InitialCategory = table.Column<string>(type: "text", nullable: true),
                    LatestCategory = table.Column<string>(type: "text", nullable: true),
                    NumberOfPreviousPlans = table.Column<int>(type: "integer", nullable: true),
                    SourceLoadId = table.Column<long>(type: "bigint", nullable: false),
                    ChildId = table.Column<long>(type: "bigint", nullable: false),
                    SupersededByLoadId = table.Column<long>(type: "bigint", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_child_protection_plans", x => x.Id);
                    table.ForeignKey(
                        name: "fk_child_protection_plans_child",
                        column: x => x.ChildId,
                        principalTable: "children",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_child_protection_plans_load",
                        column: x => x.SourceLoadId,
                        principalTable: "data_loads",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_child_protection_plans_referral",
                        column: x => x.ReferralId,
                        principalTable: "referrals",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "section47_enquiries",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    ReferralId = table.Column<long>(type: "bigint", nullable: false),
                    StartDate = table.Column<DateOnly>(type: "date", nullable: false),
                    InitialConferenceTargetDate = table.Column<DateOnly>(type: "date", nullable: true),
                    ConferenceNotRequired = table.Column<bool>(type: "boolean", nullable: false),
                    SourceLoadId = table.Column<long>(type: "bigint", nullable: false),
                    ChildId = table.Column<long>(type: "bigint", nullable: false),
                    SupersededByLoadId = table.Column<long>(type: "bigint", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_section47_enquiries", x => x.Id);
                    table.ForeignKey(
                        name: "fk_section47_enquiries_child",
                        column: x => x.ChildId,
                        principalTable: "children",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_section47_enquiries_load",
                        column: x => x.SourceLoadId,
                        principalTable: "data_loads",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_section47_enquiries_referral",
                        column: x => x.ReferralId,
                        principalTable: "referrals",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "allocations",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    WorkerId = table.Column<long>(type: "bigint", nullable: false),
                    TeamId = table.Column<long>(type: "bigint", nullable: false),
                    StartDate = table.Column<DateOnly>(type: "date", nullable: false),
                    EndDate = table.Column<DateOnly>(type: "date", nullable: true),
                    SourceLoadId = table.Column<long>(type: "bigint", nullable: false),
                    ChildId = table.Column<long>(type: "bigint", nullable: false),
                    SupersededByLoadId = table.Column<long>(type: "bigint", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_allocations", x => x.Id);
                    table.ForeignKey(
                        name: "fk_allocations_child",
                        column: x => x.ChildId,
                        principalTable: "children",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_allocations_load",
                        column: x => x.SourceLoadId,
                        principalTable: "data_loads",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_allocations_team",
                        column: x => x.TeamId,
                        principalTable: "org_units",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_allocations_worker",
                        column: x => x.WorkerId,
                        principalTable: "workers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "AspNetUsers",
                columns: table => new
                {
                    Id = table.Column<string>(type: "text", nullable: false),
                    DisplayName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    OrgUnitId = table.Column<long>(type: "bigint", nullable: true),
                    WorkerId = table.Column<long>(type: "bigint", nullable: true),
                    UserName = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    NormalizedUserName = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    Email = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    NormalizedEmail = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    EmailConfirmed = table.Column<bool>(type: "boolean", nullable: false),
                    PasswordHash = table.Column<string>(type: "text", nullable: true),
                    SecurityStamp = table.Column<string>(type: "text", nullable: true),
                    ConcurrencyStamp = table.Column<string>(type: "text", nullable: true),
                    PhoneNumber = table.Column<string>(type: "text", nullable: true),
                    PhoneNumberConfirmed = table.Column<bool>(type: "boolean", nullable: false),
                    TwoFactorEnabled = table.Column<bool>(type: "boolean", nullable: false),
                    LockoutEnd = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    LockoutEnabled = table.Column<bool>(type: "boolean", nullable: false),
                    AccessFailedCount = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AspNetUsers", x => x.Id);
                    table.ForeignKey(
                        name: "fk_users_org_unit",
                        column: x => x.OrgUnitId,
                        principalTable: "org_units",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                    table.ForeignKey(
                        name: "fk_users_worker",
                        column: x => x.WorkerId,
                        principalTable: "workers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                });

            migrationBuilder.CreateTable(
                name: "assessments",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    ReferralId = table.Column<long>(type: "bigint", nullable: false),
                    StartDate = table.Column<DateOnly>(type: "date", nullable: false),
                    InternalReviewDate = table.Column<DateOnly>(type: "date", nullable: true),
                    AuthorisationDate = table.Column<DateOnly>(type: "date", nullable: true),
                    Factors = table.Column<List<string>>(type: "text[]", nullable: false),
                    ChildSeen = table.Column<bool>(type: "boolean", nullable: true),
                    ChildSeenAlone = table.Column<bool>(type: "boolean", nullable: true),
                    WorkerId = table.Column<long>(type: "bigint", nullable: true),
                    SourceLoadId = table.Column<long>(type: "bigint", nullable: false),
                    ChildId = table.Column<long>(type: "bigint", nullable: false),
                    SupersededByLoadId = table.Column<long>(type: "bigint", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_assessments", x => x.Id);
                    table.ForeignKey(
                        name: "fk_assessments_child",
                        column: x => x.ChildId,
                        principalTable: "children",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_assessments_load",
                        column: x => x.SourceLoadId,
                        principalTable: "data_loads",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_assessments_referral",
                        column: x => x.ReferralId,
                        principalTable: "referrals",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_assessments_worker",
                        column: x => x.WorkerId,
                        principalTable: "workers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                });

            migrationBuilder.CreateTable(
                name: "audits",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    RoundId = table.Column<long>(type: "bigint", nullable: false),
                    ChildId = table.Column<long>(type: "bigint", nullable: false),
                    DrawPosition = table.Column<int>(type: "integer", nullable: false),
                    TeamId = table.Column<long>(type: "bigint", nullable: true),
                    WorkerId = table.Column<long>(type: "bigint", nullable: true),
                    AuditorUserId = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: false),
                    AuditorName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    OwnTeamAudit = table.Column<bool>(type: "boolean", nullable: false),
                    DueDate = table.Column<DateOnly>(type: "date", nullable: false),
                    Status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    StartedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    SubmittedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    AuditorGrade = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: true),
                    ChildSeen = table.Column<bool>(type: "boolean", nullable: true),
                    ChildVoice = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    Summary = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    ModeratedGrade = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: true),
                    ModerationReason = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    ModeratorUserId = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: true),
                    ModeratorName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    ModeratedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    ClosedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_audits", x => x.Id);
                    table.ForeignKey(
                        name: "fk_audits_child",
                        column: x => x.ChildId,
                        principalTable: "children",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_audits_round",
                        column: x => x.RoundId,
                        principalTable: "audit_rounds",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_audits_team",
                        column: x => x.TeamId,
                        principalTable: "org_units",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                    table.ForeignKey(
                        name: "fk_audits_worker",
                        column: x => x.WorkerId,
                        principalTable: "workers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                });

            migrationBuilder.CreateTable(
                name: "care_visits",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    VisitDate = table.Column<DateOnly>(type: "date", nullable: false),
                    ChildSeen = table.Column<bool>(type: "boolean", nullable: false),
                    ChildSeenAlone = table.Column<bool>(type: "boolean", nullable: false),
                    WorkerId = table.Column<long>(type: "bigint", nullable: true),
                    SourceLoadId = table.Column<long>(type: "bigint", nullable: false),
                    ChildId = table.Column<long>(type: "bigint", nullable: false),
                    SupersededByLoadId = table.Column<long>(type: "bigint", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_care_visits", x => x.Id);
                    table.ForeignKey(
                        name: "fk_care_visits_child",
                        column: x => x.ChildId,
                        principalTable: "children",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_care_visits_load",
                        column: x => x.SourceLoadId,
                        principalTable: "data_loads",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_care_visits_worker",
                        column: x => x.WorkerId,
                        principalTable: "workers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                });

            migrationBuilder.CreateTable(
                name: "supervision_records",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    WorkerId = table.Column<long>(type: "bigint", nullable: false),
                    SupervisorId = table.Column<long>(type: "bigint", nullable: false),
                    SupervisionDate = table.Column<DateOnly>(type: "date", nullable: false),
                    ChildrenDiscussed = table.Column<List<long>>(type: "bigint[]", nullable: false),
                    SourceLoadId = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_supervision_records", x => x.Id);
                    table.ForeignKey(
                        name: "fk_supervision_records_load",
                        column: x => x.SourceLoadId,
                        principalTable: "data_loads",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_supervision_records_supervisor",
                        column: x => x.SupervisorId,
                        principalTable: "workers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_supervision_records_worker",
                        column: x => x.WorkerId,
                        principalTable: "workers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "training_completions",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    ProgrammeId = table.Column<long>(type: "bigint", nullable: false),
                    WorkerId = table.Column<long>(type: "bigint", nullable: false),
                    CompletedOn = table.Column<DateOnly>(type: "date", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_training_completions", x => x.Id);
                    table.ForeignKey(
                        name: "fk_training_completions_programme",
                        column: x => x.ProgrammeId,
                        principalTable: "training_programmes",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_training_completions_worker",
                        column: x => x.WorkerId,
                        principalTable: "workers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "plan_indicators",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    ObjectiveId = table.Column<long>(type: "bigint", nullable: false),
                    IndicatorId = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Name = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    Polarity = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Unit = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Tolerance = table.Column<decimal>(type: "numeric(9,3)", precision: 9, scale: 3, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_plan_indicators", x => x.Id);
                    table.ForeignKey(
                        name: "fk_plan_indicators_objective",
                        column: x => x.ObjectiveId,
                        principalTable: "plan_objectives",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "plan_objective_components",
                columns: table => new
                {
                    objective_id = table.Column<long>(type: "bigint", nullable: false),
                    component_id = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_plan_objective_components", x => new { x.objective_id, x.component_id });
                    table.ForeignKey(
                        name: "fk_plan_objective_components_component",
                        column: x => x.component_id,
                        principalTable: "plan_components",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_plan_objective_components_objective",
                        column: x => x.objective_id,
                        principalTable: "plan_objectives",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "plan_objective_recommendations",
                columns: table => new
                {
                    objective_id = table.Column<long>(type: "bigint", nullable: false),
                    recommendation_id = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_plan_objective_recommendations", x => new { x.objective_id, x.recommendation_id });
                    table.ForeignKey(
                        name: "fk_plan_objective_recommendations_objective",
                        column: x => x.objective_id,
                        principalTable: "plan_objectives",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_plan_objective_recommendations_recommendation",
                        column: x => x.recommendation_id,
                        principalTable: "ofsted_recommendations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "child_protection_reviews",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    ChildProtectionPlanId = table.Column<long>(type: "bigint", nullable: false),
                    ReviewDate = table.Column<DateOnly>(type: "date", nullable: false),
                    ChildParticipated = table.Column<bool>(type: "boolean", nullable: true),
                    SourceLoadId = table.Column<long>(type: "bigint", nullable: false),
                    ChildId = table.Column<long>(type: "bigint", nullable: false),
                    SupersededByLoadId = table.Column<long>(type: "bigint", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_child_protection_reviews", x => x.Id);
                    table.ForeignKey(
                        name: "fk_child_protection_reviews_child",
                        column: x => x.ChildId,
                        principalTable: "children",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_child_protection_reviews_load",
                        column: x => x.SourceLoadId,
                        principalTable: "data_loads",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_child_protection_reviews_plan",
                        column: x => x.ChildProtectionPlanId,
                        principalTable: "child_protection_plans",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "child_protection_visits",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    ChildProtectionPlanId = table.Column<long>(type: "bigint", nullable: false),
                    VisitDate = table.Column<DateOnly>(type: "date", nullable: false),
                    ChildSeen = table.Column<bool>(type: "boolean", nullable: false),
                    ChildSeenAlone = table.Column<bool>(type: "boolean", nullable: false),
                    WorkerId = table.Column<long>(type: "bigint", nullable: true),
                    SourceLoadId = table.Column<long>(type: "bigint", nullable: false),
                    ChildId = table.Column<long>(type: "bigint", nullable: false),
                    SupersededByLoadId = table.Column<long>(type: "bigint", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_child_protection_visits", x => x.Id);
                    table.ForeignKey(
                        name: "fk_child_protection_visits_child",
                        column: x => x.ChildId,
                        principalTable: "children",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_child_protection_visits_load",
                        column: x => x.SourceLoadId,
                        principalTable: "data_loads",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_child_protection_visits_plan",
                        column: x => x.ChildProtectionPlanId,
                        principalTable: "child_protection_plans",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_child_protection_visits_worker",
                        column: x => x.WorkerId,
                        principalTable: "workers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                });

            migrationBuilder.CreateTable(
                name: "initial_cp_conferences",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    ReferralId = table.Column<long>(type: "bigint", nullable: false),
                    Section47EnquiryId = table.Column<long>(type: "bigint", nullable: true),
                    ConferenceDate = table.Column<DateOnly>(type: "date", nullable: false),
                    ResultedInPlan = table.Column<bool>(type: "boolean", nullable: false),
                    SourceLoadId = table.Column<long>(type: "bigint", nullable: false),
                    ChildId = table.Column<long>(type: "bigint", nullable: false),
                    SupersededByLoadId = table.Column<long>(type: "bigint", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_initial_cp_conferences", x => x.Id);
                    table.ForeignKey(
                        name: "fk_initial_cp_conferences_child",
                        column: x => x.ChildId,
                        principalTable: "children",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_initial_cp_conferences_load",
                        column: x => x.SourceLoadId,
                        principalTable: "data_loads",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_initial_cp_conferences_referral",
                        column: x => x.ReferralId,
                        principalTable: "referrals",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_initial_cp_conferences_s47",
                        column: x => x.Section47EnquiryId,
                        principalTable: "section47_enquiries",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                });

            migrationBuilder.CreateTable(
                name: "AspNetUserClaims",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    UserId = table.Column<string>(type: "text", nullable: false),
                    ClaimType = table.Column<string>(type: "text", nullable: true),
                    ClaimValue = table.Column<string>(type: "text", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AspNetUserClaims", x => x.Id);
                    table.ForeignKey(
                        name: "FK_AspNetUserClaims_AspNetUsers_UserId",
                        column: x => x.UserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "AspNetUserLogins",
                columns: table => new
                {
                    LoginProvider = table.Column<string>(type: "text", nullable: false),
                    ProviderKey = table.Column<string>(type: "text", nullable: false),
                    ProviderDisplayName = table.Column<string>(type: "text", nullable: true),
                    UserId = table.Column<string>(type: "text", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AspNetUserLogins", x => new { x.LoginProvider, x.ProviderKey });
                    table.ForeignKey(
                        name: "FK_AspNetUserLogins_AspNetUsers_UserId",
                        column: x => x.UserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "AspNetUserRoles",
                columns: table => new
                {
                    UserId = table.Column<string>(type: "text", nullable: false),
                    RoleId = table.Column<string>(type: "text", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AspNetUserRoles", x => new { x.UserId, x.RoleId });
                    table.ForeignKey(
                        name: "FK_AspNetUserRoles_AspNetRoles_RoleId",
                        column: x => x.RoleId,
                        principalTable: "AspNetRoles",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_AspNetUserRoles_AspNetUsers_UserId",
                        column: x => x.UserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "AspNetUserTokens",
                columns: table => new
                {
                    UserId = table.Column<string>(type: "text", nullable: false),
                    LoginProvider = table.Column<string>(type: "text", nullable: false),
                    Name = table.Column<string>(type: "text", nullable: false),
                    Value = table.Column<string>(type: "text", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AspNetUserTokens", x => new { x.UserId, x.LoginProvider, x.Name });
                    table.ForeignKey(
                        name: "FK_AspNetUserTokens_AspNetUsers_UserId",
                        column: x => x.UserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "plan_actions",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    ObjectiveId = table.Column<long>(type: "bigint", nullable: false),
                    Number = table.Column<int>(type: "integer", nullable: false),
                    Title = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    Description = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    OwnerUserId = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: true),
                    LeadOrgUnitId = table.Column<long>(type: "bigint", nullable: true),
                    StartDate = table.Column<DateOnly>(type: "date", nullable: false),
                    DueDate = table.Column<DateOnly>(type: "date", nullable: false),
                    Status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    ProgressPercent = table.Column<int>(type: "integer", nullable: false),
                    CompletedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    OverrideRag = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: true),
                    OverrideReason = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    OverrideByUserId = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: true),
                    OverrideByName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    OverrideAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_plan_actions", x => x.Id);
                    table.ForeignKey(
                        name: "fk_plan_actions_lead_org_unit",
                        column: x => x.LeadOrgUnitId,
                        principalTable: "org_units",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                    table.ForeignKey(
                        name: "fk_plan_actions_objective",
                        column: x => x.ObjectiveId,
                        principalTable: "plan_objectives",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_plan_actions_owner",
                        column: x => x.OwnerUserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                });

            migrationBuilder.CreateTable(
                name: "audit_actions",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    AuditId = table.Column<long>(type: "bigint", nullable: false),
                    Description = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    WorkerId = table.Column<long>(type: "bigint", nullable: true),
                    TeamId = table.Column<long>(type: "bigint", nullable: true),
                    DueDate = table.Column<DateOnly>(type: "date", nullable: false),
                    ImprovementObjectiveId = table.Column<long>(type: "bigint", nullable: true),
                    Status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    CompletedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    CreatedBy = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_audit_actions", x => x.Id);
                    table.ForeignKey(
                        name: "fk_audit_actions_audit",
                        column: x => x.AuditId,
                        principalTable: "audits",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_audit_actions_team",
                        column: x => x.TeamId,
                        principalTable: "org_units",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                    table.ForeignKey(
                        name: "fk_audit_actions_worker",
                        column: x => x.WorkerId,
                        principalTable: "workers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                });

            migrationBuilder.CreateTable(
                name: "audit_answers",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    AuditId = table.Column<long>(type: "bigint", nullable: false),
                    QuestionId = table.Column<long>(type: "bigint", nullable: false),
                    Grade = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: true),
                    Evidence = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_audit_answers", x => x.Id);
                    table.ForeignKey(
                        name: "fk_audit_answers_audit",
                        column: x => x.AuditId,
                        principalTable: "audits",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_audit_answers_question",
                        column: x => x.QuestionId,
                        principalTable: "audit_questions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "audit_findings",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    AuditId = table.Column<long>(type: "bigint", nullable: false),
                    Theme = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: false),
                    Kind = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_audit_findings", x => x.Id);
                    table.ForeignKey(
                        name: "fk_audit_findings_audit",
                        column: x => x.AuditId,
                        principalTable: "audits",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "plan_indicator_readings",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    AsAt = table.Column<DateOnly>(type: "date", nullable: false),
                    Value = table.Column<decimal>(type: "numeric(9,3)", precision: 9, scale: 3, nullable: false),
                    RecordedByName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    plan_indicator_id = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_plan_indicator_readings", x => x.Id);
                    table.ForeignKey(
                        name: "fk_plan_indicator_readings_indicator",
                        column: x => x.plan_indicator_id,
                        principalTable: "plan_indicators",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "plan_indicator_trajectory",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Date = table.Column<DateOnly>(type: "date", nullable: false),
                    Value = table.Column<decimal>(type: "numeric(9,3)", precision: 9, scale: 3, nullable: false),
                    plan_indicator_id = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_plan_indicator_trajectory", x => x.Id);
                    table.ForeignKey(
                        name: "fk_plan_indicator_trajectory_indicator",
                        column: x => x.plan_indicator_id,
                        principalTable: "plan_indicators",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "plan_evidence",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    ActionId = table.Column<long>(type: "bigint", nullable: false),
                    Kind = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    Title = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    Note = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    Url = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    FileName = table.Column<string>(type: "character varying(260)", maxLength: 260, nullable: true),
                    ContentType = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    SizeBytes = table.Column<long>(type: "bigint", nullable: true),
                    AddedByUserId = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: false),
                    AddedByName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    AddedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_plan_evidence", x => x.Id);
                    table.ForeignKey(
                        name: "fk_plan_evidence_action",
                        column: x => x.ActionId,
                        principalTable: "plan_actions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "plan_milestones",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    ActionId = table.Column<long>(type: "bigint", nullable: false),
                    Title = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    DueDate = table.Column<DateOnly>(type: "date", nullable: false),
                    CompletedOn = table.Column<DateOnly>(type: "date", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_plan_milestones", x => x.Id);
                    table.ForeignKey(
                        name: "fk_plan_milestones_action",
                        column: x => x.ActionId,
                        principalTable: "plan_actions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "plan_evidence_files",
                columns: table => new
                {
                    EvidenceId = table.Column<long>(type: "bigint", nullable: false),
                    Content = table.Column<byte[]>(type: "bytea", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_plan_evidence_files", x => x.EvidenceId);
                    table.ForeignKey(
                        name: "fk_plan_evidence_files_evidence",
                        column: x => x.EvidenceId,
                        principalTable: "plan_evidence",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "ix_adoption_records_child",
                table: "adoption_records",
                column: "ChildId");

            migrationBuilder.CreateIndex(
                name: "ix_adoption_records_load",
                table: "adoption_records",
                column: "SourceLoadId");

            migrationBuilder.CreateIndex(
                name: "ix_adoption_records_superseded",
                table: "adoption_records",
                column: "SupersededByLoadId");

            migrationBuilder.CreateIndex(
                name: "ix_allocations_child",
                table: "allocations",
                column: "ChildId");

            migrationBuilder.CreateIndex(
                name: "ix_allocations_load",
                table: "allocations",
                column: "SourceLoadId");

            migrationBuilder.CreateIndex(
                name: "ix_allocations_superseded",
                table: "allocations",
                column: "SupersededByLoadId");

            migrationBuilder.CreateIndex(
                name: "ix_allocations_team",
                table: "allocations",
                columns: new[] { "TeamId", "EndDate" });

            migrationBuilder.CreateIndex(
                name: "ix_allocations_worker",
                table: "allocations",
                columns: new[] { "WorkerId", "EndDate" });

            migrationBuilder.CreateIndex(
                name: "IX_AspNetRoleClaims_RoleId",
                table: "AspNetRoleClaims",
                column: "RoleId");

            migrationBuilder.CreateIndex(
                name: "RoleNameIndex",
                table: "AspNetRoles",
                column: "NormalizedName",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_AspNetUserClaims_UserId",
                table: "AspNetUserClaims",
                column: "UserId");

            migrationBuilder.CreateIndex(
                name: "IX_AspNetUserLogins_UserId",
                table: "AspNetUserLogins",
                column: "UserId");

            migrationBuilder.CreateIndex(
                name: "IX_AspNetUserRoles_RoleId",
                table: "AspNetUserRoles",
                column: "RoleId");

            migrationBuilder.CreateIndex(
                name: "EmailIndex",
                table: "AspNetUsers",
                column: "NormalizedEmail");

            migrationBuilder.CreateIndex(
                name: "IX_AspNetUsers_OrgUnitId",
                table: "AspNetUsers",
                column: "OrgUnitId");

            migrationBuilder.CreateIndex(
                name: "IX_AspNetUsers_WorkerId",
                table: "AspNetUsers",
                column: "WorkerId");

            migrationBuilder.CreateIndex(
                name: "UserNameIndex",
                table: "AspNetUsers",
                column: "NormalizedUserName",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_assessments_authorised",
                table: "assessments",
                column: "AuthorisationDate");

            migrationBuilder.CreateIndex(
                name: "ix_assessments_child",
                table: "assessments",
                column: "ChildId");

            migrationBuilder.CreateIndex(
                name: "ix_assessments_load",
                table: "assessments",
                column: "SourceLoadId");

            migrationBuilder.CreateIndex(
                name: "ix_assessments_referral",
                table: "assessments",
                column: "ReferralId");

            migrationBuilder.CreateIndex(
                name: "ix_assessments_superseded",
                table: "assessments",
                column: "SupersededByLoadId");

            migrationBuilder.CreateIndex(
                name: "ix_assessments_worker",
                table: "assessments",
                column: "WorkerId");

            migrationBuilder.CreateIndex(
                name: "ix_audit_actions_audit",
                table: "audit_actions",
                column: "AuditId");

            migrationBuilder.CreateIndex(
                name: "ix_audit_actions_status_due",
                table: "audit_actions",
                columns: new[] { "Status", "DueDate" });

            migrationBuilder.CreateIndex(
                name: "IX_audit_actions_TeamId",
                table: "audit_actions",
                column: "TeamId");

            migrationBuilder.CreateIndex(
                name: "IX_audit_actions_WorkerId",
                table: "audit_actions",
                column: "WorkerId");

            migrationBuilder.CreateIndex(
                name: "IX_audit_answers_QuestionId",
                table: "audit_answers",
                column: "QuestionId");

            migrationBuilder.CreateIndex(
                name: "ux_audit_answers_question",
                table: "audit_answers",
                columns: new[] { "AuditId", "QuestionId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_audit_findings_audit",
                table: "audit_findings",
                column: "AuditId");

            migrationBuilder.CreateIndex(
                name: "ix_audit_questions_template",
                table: "audit_questions",
                columns: new[] { "TemplateId", "Position" });

            migrationBuilder.CreateIndex(
                name: "IX_audit_rounds_TemplateId",
                table: "audit_rounds",
                column: "TemplateId");

            migrationBuilder.CreateIndex(
                name: "ix_audits_auditor",
                table: "audits",
                columns: new[] { "AuditorUserId", "Status" });

            migrationBuilder.CreateIndex(
                name: "ix_audits_child",
                table: "audits",
                column: "ChildId");

            migrationBuilder.CreateIndex(
                name: "ix_audits_round",
                table: "audits",
                column: "RoundId");

            migrationBuilder.CreateIndex(
                name: "ix_audits_team",
                table: "audits",
                column: "TeamId");

            migrationBuilder.CreateIndex(
                name: "IX_audits_WorkerId",
                table: "audits",
                column: "WorkerId");

            migrationBuilder.CreateIndex(
                name: "ix_care_episodes_child",
                table: "care_episodes",
                column: "ChildId");

            migrationBuilder.CreateIndex(
                name: "ix_care_episodes_load",
                table: "care_episodes",
                column: "SourceLoadId");

            migrationBuilder.CreateIndex(
                name: "ix_care_episodes_start",
                table: "care_episodes",
                column: "StartDate");

            migrationBuilder.CreateIndex(
                name: "ix_care_episodes_superseded",
                table: "care_episodes",
                column: "SupersededByLoadId");

            migrationBuilder.CreateIndex(
                name: "ix_care_leaver_records_child",
                table: "care_leaver_records",
                column: "ChildId");

            migrationBuilder.CreateIndex(
                name: "ix_care_leaver_records_load",
                table: "care_leaver_records",
                column: "SourceLoadId");

            migrationBuilder.CreateIndex(
                name: "ix_care_leaver_records_superseded",
                table: "care_leaver_records",
                column: "SupersededByLoadId");

            migrationBuilder.CreateIndex(
                name: "ix_care_leaver_records_year",
                table: "care_leaver_records",
                column: "CollectionYear");

            migrationBuilder.CreateIndex(
                name: "ix_care_reviews_child",
                table: "care_reviews",
                column: "ChildId");

            migrationBuilder.CreateIndex(
                name: "ix_care_reviews_date",
                table: "care_reviews",
                column: "ReviewDate");

            migrationBuilder.CreateIndex(
                name: "ix_care_reviews_load",
                table: "care_reviews",
                column: "SourceLoadId");

            migrationBuilder.CreateIndex(
                name: "ix_care_reviews_superseded",
                table: "care_reviews",
                column: "SupersededByLoadId");

            migrationBuilder.CreateIndex(
                name: "ix_care_visits_child",
                table: "care_visits",
                column: "ChildId");

            migrationBuilder.CreateIndex(
                name: "ix_care_visits_load",
                table: "care_visits",
                column: "SourceLoadId");

            migrationBuilder.CreateIndex(
                name: "ix_care_visits_superseded",
                table: "care_visits",
                column: "SupersededByLoadId");

            migrationBuilder.CreateIndex(
                name: "ix_care_visits_worker",
                table: "care_visits",
                column: "WorkerId");

            migrationBuilder.CreateIndex(
                name: "ix_child_in_need_plans_child",
                table: "child_in_need_plans",
                column: "ChildId");

            migrationBuilder.CreateIndex(
                name: "ix_child_in_need_plans_load",
                table: "child_in_need_plans",
                column: "SourceLoadId");

            migrationBuilder.CreateIndex(
                name: "ix_child_in_need_plans_referral",
                table: "child_in_need_plans",
                column: "ReferralId");

            migrationBuilder.CreateIndex(
                name: "ix_child_in_need_plans_superseded",
                table: "child_in_need_plans",
                column: "SupersededByLoadId");

            migrationBuilder.CreateIndex(
                name: "ix_child_protection_plans_child",
                table: "child_protection_plans",
                column: "ChildId");

            migrationBuilder.CreateIndex(
                name: "ix_child_protection_plans_load",
                table: "child_protection_plans",
                column: "SourceLoadId");

            migrationBuilder.CreateIndex(
                name: "ix_child_protection_plans_referral",
                table: "child_protection_plans",
                column: "ReferralId");

            migrationBuilder.CreateIndex(
                name: "ix_child_protection_plans_start",
                table: "child_protection_plans",
                column: "StartDate");

            migrationBuilder.CreateIndex(
                name: "ix_child_protection_plans_superseded",
                table: "child_protection_plans",
                column: "SupersededByLoadId");

            migrationBuilder.CreateIndex(
                name: "ix_child_protection_reviews_child",
                table: "child_protection_reviews",
                column: "ChildId");

            migrationBuilder.CreateIndex(
                name: "ix_child_protection_reviews_load",
                table: "child_protection_reviews",
                column: "SourceLoadId");

            migrationBuilder.CreateIndex(
                name: "ix_child_protection_reviews_plan",
                table: "child_protection_reviews",
                column: "ChildProtectionPlanId");

            migrationBuilder.CreateIndex(
                name: "ix_child_protection_reviews_superseded",
                table: "child_protection_reviews",
                column: "SupersededByLoadId");

            migrationBuilder.CreateIndex(
                name: "ix_child_protection_visits_child",
                table: "child_protection_visits",
                column: "ChildId");

            migrationBuilder.CreateIndex(
                name: "ix_child_protection_visits_load",
                table: "child_protection_visits",
                column: "SourceLoadId");

            migrationBuilder.CreateIndex(
                name: "ix_child_protection_visits_plan",
                table: "child_protection_visits",
                column: "ChildProtectionPlanId");

            migrationBuilder.CreateIndex(
                name: "ix_child_protection_visits_superseded",
                table: "child_protection_visits",
                column: "SupersededByLoadId");

            migrationBuilder.CreateIndex(
                name: "ix_child_protection_visits_worker",
                table: "child_protection_visits",
                column: "WorkerId");

            migrationBuilder.CreateIndex(
                name: "ix_child_record_accesses_child",
                table: "child_record_accesses",
                columns: new[] { "ChildId", "AccessedAt" });

            migrationBuilder.CreateIndex(
                name: "ix_child_record_accesses_user",
                table: "child_record_accesses",
                columns: new[] { "UserId", "AccessedAt" });

            migrationBuilder.CreateIndex(
                name: "ix_child_revisions_load",
                table: "child_revisions",
                column: "LoadId");

            migrationBuilder.CreateIndex(
                name: "ix_children_family_name",
                table: "children",
                column: "FamilyName");

            migrationBuilder.CreateIndex(
                name: "ix_children_load",
                table: "children",
                column: "SourceLoadId");

            migrationBuilder.CreateIndex(
                name: "ux_children_la_child_id",
                table: "children",
                column: "LaChildId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_contacts_child",
                table: "contacts",
                column: "ChildId");

            migrationBuilder.CreateIndex(
                name: "ix_contacts_date",
                table: "contacts",
                column: "ContactDate");

            migrationBuilder.CreateIndex(
                name: "ix_contacts_load",
                table: "contacts",
                column: "SourceLoadId");

            migrationBuilder.CreateIndex(
                name: "ix_contacts_superseded",
                table: "contacts",
                column: "SupersededByLoadId");

            migrationBuilder.CreateIndex(
                name: "ix_data_loads_sha256",
                table: "data_loads",
                column: "Sha256");

            migrationBuilder.CreateIndex(
                name: "ix_data_loads_slice",
                table: "data_loads",
                columns: new[] { "Collection", "Slice", "Status" });

            migrationBuilder.CreateIndex(
                name: "ix_early_help_episodes_child",
                table: "early_help_episodes",
                column: "ChildId");

            migrationBuilder.CreateIndex(
                name: "ix_early_help_episodes_load",
                table: "early_help_episodes",
                column: "SourceLoadId");

            migrationBuilder.CreateIndex(
                name: "ix_early_help_episodes_start",
                table: "early_help_episodes",
                column: "StartDate");

            migrationBuilder.CreateIndex(
                name: "ix_early_help_episodes_superseded",
                table: "early_help_episodes",
                column: "SupersededByLoadId");

            migrationBuilder.CreateIndex(
                name: "ix_health_records_child",
                table: "health_records",
                column: "ChildId");

            migrationBuilder.CreateIndex(
                name: "ix_health_records_load",
                table: "health_records",
                column: "SourceLoadId");

            migrationBuilder.CreateIndex(
                name: "ix_health_records_superseded",
                table: "health_records",
                column: "SupersededByLoadId");

            migrationBuilder.CreateIndex(
                name: "ix_health_records_year",
                table: "health_records",
                column: "CollectionYear");

            migrationBuilder.CreateIndex(
                name: "ix_initial_cp_conferences_child",
                table: "initial_cp_conferences",
                column: "ChildId");

            migrationBuilder.CreateIndex(
                name: "ix_initial_cp_conferences_load",
                table: "initial_cp_conferences",
                column: "SourceLoadId");

            migrationBuilder.CreateIndex(
                name: "ix_initial_cp_conferences_referral",
                table: "initial_cp_conferences",
                column: "ReferralId");

            migrationBuilder.CreateIndex(
                name: "ix_initial_cp_conferences_s47",
                table: "initial_cp_conferences",
                column: "Section47EnquiryId");

            migrationBuilder.CreateIndex(
                name: "ix_initial_cp_conferences_superseded",
                table: "initial_cp_conferences",
                column: "SupersededByLoadId");

            migrationBuilder.CreateIndex(
                name: "ix_management_oversight_decisions_child",
                table: "management_oversight_decisions",
                columns: new[] { "ChildId", "DecisionDate" });

            migrationBuilder.CreateIndex(
                name: "ix_missing_episodes_child",
                table: "missing_episodes",
                column: "ChildId");

            migrationBuilder.CreateIndex(
                name: "ix_missing_episodes_load",
                table: "missing_episodes",
                column: "SourceLoadId");

            migrationBuilder.CreateIndex(
                name: "ix_missing_episodes_start",
                table: "missing_episodes",
                column: "StartDate");

            migrationBuilder.CreateIndex(
                name: "ix_missing_episodes_superseded",
                table: "missing_episodes",
                column: "SupersededByLoadId");

            migrationBuilder.CreateIndex(
                name: "ux_ofsted_recommendations_reference",
                table: "ofsted_recommendations",
                columns: new[] { "PlanId", "Reference" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_org_units_ParentId",
                table: "org_units",
                column: "ParentId");

            migrationBuilder.CreateIndex(
                name: "IX_org_units_SourceLoadId",
                table: "org_units",
                column: "SourceLoadId");

            migrationBuilder.CreateIndex(
                name: "ux_org_units_code",
                table: "org_units",
                column: "Code",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_plan_actions_lead_org_unit",
                table: "plan_actions",
                column: "LeadOrgUnitId");

            migrationBuilder.CreateIndex(
                name: "ix_plan_actions_owner",
                table: "plan_actions",
                column: "OwnerUserId");

            migrationBuilder.CreateIndex(
                name: "ux_plan_actions_number",
                table: "plan_actions",
                columns: new[] { "ObjectiveId", "Number" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ux_plan_components_number",
                table: "plan_components",
                columns: new[] { "PlanId", "Number" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_plan_evidence_action",
                table: "plan_evidence",
                column: "ActionId");

            migrationBuilder.CreateIndex(
                name: "ix_plan_indicator_readings_date",
                table: "plan_indicator_readings",
                columns: new[] { "plan_indicator_id", "AsAt" });

            migrationBuilder.CreateIndex(
                name: "ux_plan_indicator_trajectory_date",
                table: "plan_indicator_trajectory",
                columns: new[] { "plan_indicator_id", "Date" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_plan_indicators_indicator",
                table: "plan_indicators",
                column: "IndicatorId");

            migrationBuilder.CreateIndex(
                name: "ux_plan_indicators_objective_indicator",
                table: "plan_indicators",
                columns: new[] { "ObjectiveId", "IndicatorId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_plan_milestones_action",
                table: "plan_milestones",
                column: "ActionId");

            migrationBuilder.CreateIndex(
                name: "ix_plan_objective_components_component",
                table: "plan_objective_components",
                column: "component_id");

            migrationBuilder.CreateIndex(
                name: "ix_plan_objective_recommendations_recommendation",
                table: "plan_objective_recommendations",
                column: "recommendation_id");

            migrationBuilder.CreateIndex(
                name: "ux_plan_objectives_number",
                table: "plan_objectives",
                columns: new[] { "ThemeId", "Number" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ux_plan_themes_number",
                table: "plan_themes",
                columns: new[] { "PlanId", "Number" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_plan_update_changes_plan_update_id",
                table: "plan_update_changes",
                column: "plan_update_id");

            migrationBuilder.CreateIndex(
                name: "ix_plan_updates_action",
                table: "plan_updates",
                columns: new[] { "ActionId", "At" });

            migrationBuilder.CreateIndex(
                name: "ix_plan_updates_objective",
                table: "plan_updates",
                columns: new[] { "ObjectiveId", "At" });

            migrationBuilder.CreateIndex(
                name: "ix_plan_updates_plan",
                table: "plan_updates",
                columns: new[] { "PlanId", "At" });

            migrationBuilder.CreateIndex(
                name: "ix_previous_permanences_child",
                table: "previous_permanences",
                column: "ChildId");

            migrationBuilder.CreateIndex(
                name: "ix_previous_permanences_load",
                table: "previous_permanences",
                column: "SourceLoadId");

            migrationBuilder.CreateIndex(
                name: "ix_previous_permanences_superseded",
                table: "previous_permanences",
                column: "SupersededByLoadId");

            migrationBuilder.CreateIndex(
                name: "ix_published_statistics_load",
                table: "published_statistics",
                column: "LoadId");

            migrationBuilder.CreateIndex(
                name: "ix_published_statistics_lookup",
                table: "published_statistics",
                columns: new[] { "DatasetId", "Measure", "FilterKey", "TimePeriod", "OldLaCode" });

            migrationBuilder.CreateIndex(
                name: "ix_referrals_child",
                table: "referrals",
                column: "ChildId");

            migrationBuilder.CreateIndex(
                name: "ix_referrals_date",
                table: "referrals",
                column: "ReferralDate");

            migrationBuilder.CreateIndex(
                name: "ix_referrals_load",
                table: "referrals",
                column: "SourceLoadId");

            migrationBuilder.CreateIndex(
                name: "ix_referrals_superseded",
                table: "referrals",
                column: "SupersededByLoadId");

            migrationBuilder.CreateIndex(
                name: "ix_section47_enquiries_child",
                table: "section47_enquiries",
                column: "ChildId");

            migrationBuilder.CreateIndex(
                name: "ix_section47_enquiries_load",
                table: "section47_enquiries",
                column: "SourceLoadId");

            migrationBuilder.CreateIndex(
                name: "ix_section47_enquiries_referral",
                table: "section47_enquiries",
                column: "ReferralId");

            migrationBuilder.CreateIndex(
                name: "ix_section47_enquiries_superseded",
                table: "section47_enquiries",
                column: "SupersededByLoadId");

            migrationBuilder.CreateIndex(
                name: "ix_social_worker_episodes_child",
                table: "social_worker_episodes",
                column: "ChildId");

            migrationBuilder.CreateIndex(
                name: "ix_social_worker_episodes_load",
                table: "social_worker_episodes",
                column: "SourceLoadId");

            migrationBuilder.CreateIndex(
                name: "ix_social_worker_episodes_start",
                table: "social_worker_episodes",
                column: "StartDate");

            migrationBuilder.CreateIndex(
                name: "ix_social_worker_episodes_superseded",
                table: "social_worker_episodes",
                column: "SupersededByLoadId");

            migrationBuilder.CreateIndex(
                name: "ix_statistical_neighbours_load",
                table: "statistical_neighbours",
                column: "LoadId");

            migrationBuilder.CreateIndex(
                name: "ix_statistical_neighbours_lookup",
                table: "statistical_neighbours",
                columns: new[] { "DatasetId", "OldLaCode", "Rank" });

            migrationBuilder.CreateIndex(
                name: "IX_supervision_records_SourceLoadId",
                table: "supervision_records",
                column: "SourceLoadId");

            migrationBuilder.CreateIndex(
                name: "ix_supervision_records_supervisor",
                table: "supervision_records",
                column: "SupervisorId");

            migrationBuilder.CreateIndex(
                name: "ix_supervision_records_worker_date",
                table: "supervision_records",
                columns: new[] { "WorkerId", "SupervisionDate" });

            migrationBuilder.CreateIndex(
                name: "ux_team_establishments_team_from",
                table: "team_establishments",
                columns: new[] { "TeamId", "EffectiveFrom" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_training_completions_WorkerId",
                table: "training_completions",
                column: "WorkerId");

            migrationBuilder.CreateIndex(
                name: "ux_training_completions_worker",
                table: "training_completions",
                columns: new[] { "ProgrammeId", "WorkerId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ux_training_programmes_code",
                table: "training_programmes",
                column: "Code",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_validation_run_counts_LoadId",
                table: "validation_run_counts",
                column: "LoadId");

            migrationBuilder.CreateIndex(
                name: "ux_validation_run_counts",
                table: "validation_run_counts",
                columns: new[] { "CollectionYear", "LoadId", "RuleCode" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_workers_SourceLoadId",
                table: "workers",
                column: "SourceLoadId");

            migrationBuilder.CreateIndex(
                name: "ix_workers_team",
                table: "workers",
                column: "TeamId");

            migrationBuilder.CreateIndex(
                name: "ux_workers_staff_id",
                table: "workers",
                column: "StaffId",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "adoption_records");

            migrationBuilder.DropTable(
                name: "allocations");

            migrationBuilder.DropTable(
                name: "AspNetRoleClaims");

            migrationBuilder.DropTable(
                name: "AspNetUserClaims");

            migrationBuilder.DropTable(
                name: "AspNetUserLogins");

            migrationBuilder.DropTable(
                name: "AspNetUserRoles");

            migrationBuilder.DropTable(
                name: "AspNetUserTokens");

            migrationBuilder.DropTable(
                name: "assessments");

            migrationBuilder.DropTable(
                name: "audit_actions");

            migrationBuilder.DropTable(
                name: "audit_answers");

            migrationBuilder.DropTable(
                name: "audit_findings");

            migrationBuilder.DropTable(
                name: "care_episodes");

            migrationBuilder.DropTable(
                name: "care_leaver_records");

            migrationBuilder.DropTable(
                name: "care_reviews");

            migrationBuilder.DropTable(
                name: "care_visits");

            migrationBuilder.DropTable(
                name: "child_in_need_plans");

            migrationBuilder.DropTable(
                name: "child_protection_reviews");

            migrationBuilder.DropTable(
                name: "child_protection_visits");

            migrationBuilder.DropTable(
                name: "child_record_accesses");

            migrationBuilder.DropTable(
                name: "child_revisions");

            migrationBuilder.DropTable(
                name: "contacts");

            migrationBuilder.DropTable(
                name: "DataProtectionKeys");

            migrationBuilder.DropTable(
                name: "early_help_episodes");

            migrationBuilder.DropTable(
                name: "health_records");

            migrationBuilder.DropTable(
                name: "initial_cp_conferences");

            migrationBuilder.DropTable(
                name: "management_oversight_decisions");

            migrationBuilder.DropTable(
                name: "missing_episodes");

            migrationBuilder.DropTable(
                name: "plan_evidence_files");

            migrationBuilder.DropTable(
                name: "plan_indicator_readings");

            migrationBuilder.DropTable(
                name: "plan_indicator_trajectory");

            migrationBuilder.DropTable(
                name: "plan_milestones");

            migrationBuilder.DropTable(
                name: "plan_objective_components");

            migrationBuilder.DropTable(
                name: "plan_objective_recommendations");

            migrationBuilder.DropTable(
                name: "plan_update_changes");

            migrationBuilder.DropTable(
                name: "previous_permanences");

            migrationBuilder.DropTable(
                name: "published_statistics");

            migrationBuilder.DropTable(
                name: "social_worker_episodes");

            migrationBuilder.DropTable(
                name: "statistical_neighbours");

            migrationBuilder.DropTable(
                name: "supervision_records");

            migrationBuilder.DropTable(
                name: "team_establishments");

            migrationBuilder.DropTable(
                name: "training_completions");

            migrationBuilder.DropTable(
                name: "validation_run_counts");

            migrationBuilder.DropTable(
                name: "AspNetRoles");

            migrationBuilder.DropTable(
                name: "audit_questions");

            migrationBuilder.DropTable(
                name: "audits");

            migrationBuilder.DropTable(
                name: "child_protection_plans");

            migrationBuilder.DropTable(
                name: "section47_enquiries");

            migrationBuilder.DropTable(
                name: "plan_evidence");

            migrationBuilder.DropTable(
                name: "plan_indicators");

            migrationBuilder.DropTable(
                name: "plan_components");

            migrationBuilder.DropTable(
                name: "ofsted_recommendations");

            migrationBuilder.DropTable(
                name: "plan_updates");

            migrationBuilder.DropTable(
                name: "training_programmes");

            migrationBuilder.DropTable(
                name: "audit_rounds");

            migrationBuilder.DropTable(
                name: "referrals");

            migrationBuilder.DropTable(
                name: "plan_actions");

            migrationBuilder.DropTable(
                name: "audit_templates");

            migrationBuilder.DropTable(
                name: "children");

            migrationBuilder.DropTable(
                name: "plan_objectives");

            migrationBuilder.DropTable(
                name: "AspNetUsers");

            migrationBuilder.DropTable(
                name: "plan_themes");

            migrationBuilder.DropTable(
                name: "workers");

            migrationBuilder.DropTable(
                name: "improvement_plans");

            migrationBuilder.DropTable(
                name: "org_units");

            migrationBuilder.DropTable(
                name: "data_loads");
        }
    }
}
