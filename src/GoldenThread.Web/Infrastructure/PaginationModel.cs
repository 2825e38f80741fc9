namespace GoldenThread.Web.Infrastructure;

/// <summary>What the GOV.UK pagination partial needs: the current page, how many, and how to link to a page.</summary>
public sealed record PaginationModel(int Page, int PageCount, Func<int, string> Link)
{
    /// <summary>The page numbers to show, with null for an ellipsis: first, last, and the current page's neighbours.</summary>
    public IEnumerable<int?> Items()
    {
        int? previous = null;
        for (var p = 1; p <= PageCount; p++)
        {
            if (p == 1 || p == PageCount || Math.Abs(p - Page) <= 1)
            {
                if (previous is { } last && p - last > 1)
                {
                    yield return null;
                }

                yield return p;
                previous = p;
            }
        }
    }
}
