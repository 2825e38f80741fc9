using System.Text;

namespace GoldenThread.Core.Published;

/// <summary>One filter of a published statistic: the filter column and its value, e.g. care_leaver_age = 19 to 21 years.</summary>
public sealed record PublishedFilter(string Column, string Value);

/// <summary>
/// The filters of a statistic as one canonical text key, so "the same breakdown" is one string comparison (and one indexed
/// column in the store): <c>column=value</c> pairs in the dataset's filter order, joined by <c>&amp;</c>, with <c>%</c>,
/// <c>&amp;</c> and <c>=</c> inside names and values written as <c>%25</c>, <c>%26</c> and <c>%3D</c>. A dataset without
/// filters has the empty key.
/// </summary>
public static class PublishedFilters
{
    public static string Key(IEnumerable<PublishedFilter> filters)
    {
        ArgumentNullException.ThrowIfNull(filters);
        return string.Join("&", filters.Select(f => $"{Escape(f.Column)}={Escape(f.Value)}"));
    }

    public static string Key(params (string Column, string Value)[] filters) =>
        Key(filters.Select(f => new PublishedFilter(f.Column, f.Value)));

    public static IReadOnlyList<PublishedFilter> Parse(string key)
    {
        ArgumentNullException.ThrowIfNull(key);
        if (key.Length == 0)
        {
            return [];
        }

        return
        [
            .. key.Split('&').Select(pair =>
            {
                var equals = pair.IndexOf('=', StringComparison.Ordinal);
                if (equals < 0)
                {
                    throw new FormatException($"'{pair}' is not a column=value pair.");
                }

                return new PublishedFilter(Unescape(pair[..equals]), Unescape(pair[(equals + 1)..]));
            }),
        ];
    }

    private static string Escape(string text) =>
        text.Replace("%", "%25", StringComparison.Ordinal).Replace("&", "%26", StringComparison.Ordinal).Replace("=", "%3D", StringComparison.Ordinal);

    private static string Unescape(string text)
    {
        if (!text.Contains('%', StringComparison.Ordinal))
        {
            return text;
        }

        var result = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '%' && i + 2 < text.Length)
            {
                var code = text.Substring(i, 3);
                var replaced = code switch
                {
                    "%25" => '%',
                    "%26" => '&',
                    "%3D" => '=',
                    _ => (char?)null,
                };
                if (replaced is { } c)
                {
                    result.Append(c);
                    i += 2;
                    continue;
                }
            }

            result.Append(text[i]);
        }

        return result.ToString();
    }
}
