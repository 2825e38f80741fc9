using GoldenThread.Core.Exports;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.WebUtilities;

namespace GoldenThread.Web.Indicators;

/// <summary>
/// "Download this table as CSV or Excel": a page answers <c>?format=csv</c> or <c>?format=xlsx</c> with the table it shows, built
/// from the same rows (and the same suppression) as the page.
/// </summary>
public static class TableDownload
{
    public const string Csv = "csv";
    public const string Xlsx = "xlsx";

    public static bool IsRequested(string? format) => format is Csv or Xlsx;

    public static FileContentResult File(ExportTable table, string format)
    {
        ArgumentNullException.ThrowIfNull(table);
        return format == Xlsx
            ? new FileContentResult(table.ToXlsx(), ExportTable.XlsxContentType) { FileDownloadName = table.FileName(Xlsx) }
            : new FileContentResult(table.ToCsv(), ExportTable.CsvContentType) { FileDownloadName = table.FileName(Csv) };
    }

    /// <summary>The current address with <c>format</c> (and <c>table</c>, where a page offers several tables) set.</summary>
    public static string Link(HttpRequest request, string format, string? table = null)
    {
        ArgumentNullException.ThrowIfNull(request);
        var query = QueryHelpers.ParseQuery(request.QueryString.Value)
            .Where(q => q.Key is not ("format" or "table"))
            .SelectMany(q => q.Value.Select(v => new KeyValuePair<string, string?>(q.Key, v)))
            .Append(new KeyValuePair<string, string?>("format", format));
        if (table is not null)
        {
            query = query.Append(new KeyValuePair<string, string?>("table", table));
        }

        return QueryHelpers.AddQueryString(request.Path.Value ?? "/", query);
    }
}

/// <summary>What the download partial needs: which table on the page (null when it has one) and its name for the link text.</summary>
public sealed record DownloadLinks(string? Table = null, string What = "this table");
