using GoldenThread.Web;

var builder = WebApplication.CreateBuilder(args);
builder.AddGoldenThread();
var app = builder.Build();
app.UseGoldenThread();
await app.PrepareDatabaseAsync();
await app.RunAsync();

/// <summary>The web host's entry point; public so in-process tests can start it.</summary>
public partial class Program;
