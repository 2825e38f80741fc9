using System.Globalization;

namespace GoldenThread.Core.Indicators;

public enum SuppressionReason
{
    None,

    /// <summary>The count is 1 to 5.</summary>
    Primary,

    /// <summary>Suppressed so that a primary-suppressed cell cannot be worked out from a total.</summary>
    Secondary,
}

/// <summary>A published count: the number, or "c" when suppressed.</summary>
public sealed record PublishedCell(long Count, SuppressionReason Reason)
{
    public bool IsSuppressed => Reason != SuppressionReason.None;

    public string Display => IsSuppressed ? SmallNumberSuppression.Symbol : Count.ToString(CultureInfo.InvariantCulture);

    public override string ToString() => Display;
}

/// <summary>A table of counts as published: inner cells, row totals, column totals and the grand total, each possibly suppressed.</summary>
public sealed class SuppressedTable
{
    private readonly PublishedCell[,] _grid;

    internal SuppressedTable(PublishedCell[,] grid, int rows, int columns, bool rowTotals, bool columnTotals)
    {
        _grid = grid;
        Rows = rows;
        Columns = columns;
        HasRowTotals = rowTotals;
        HasColumnTotals = columnTotals;
    }

    public int Rows { get; }

    public int Columns { get; }

    public bool HasRowTotals { get; }

    public bool HasColumnTotals { get; }

    public PublishedCell Cell(int row, int column) => _grid[row, column];

    public PublishedCell RowTotal(int row) => HasRowTotals ? _grid[row, Columns] : throw new InvalidOperationException("The table has no row totals.");

    public PublishedCell ColumnTotal(int column) => HasColumnTotals ? _grid[Rows, column] : throw new InvalidOperationException("The table has no column totals.");

    public PublishedCell GrandTotal => HasRowTotals && HasColumnTotals ? _grid[Rows, Columns] : throw new InvalidOperationException("The table has no grand total.");
}

/// <summary>An indicator figure ready for a public or cabinet report, with small numbers suppressed.</summary>
public sealed record PublishedFigure(IndicatorResult Result, bool NumeratorSuppressed, bool DenominatorSuppressed, bool ValueSuppressed)
{
    public string Numerator => NumeratorSuppressed ? SmallNumberSuppression.Symbol : Result.Numerator.ToString(CultureInfo.InvariantCulture);

    /// <summary>The denominator, "c" when suppressed, "z" (not applicable) for a count.</summary>
    public string Denominator => Result.Denominator is not { } d
        ? SmallNumberSuppression.NotApplicable
        : DenominatorSuppressed ? SmallNumberSuppression.Symbol : d.ToString(CultureInfo.InvariantCulture);

    /// <summary>The value rounded to <paramref name="decimals"/> places; "c" when suppressed, "z" when there is nothing to divide by, "x" when the population is not available.</summary>
    public string Value(int decimals = 1)
    {
        if (ValueSuppressed)
        {
            return SmallNumberSuppression.Symbol;
        }

        if (Result.Value is { } v)
        {
            return Math.Round(v, decimals, MidpointRounding.AwayFromZero).ToString("F" + decimals.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);
        }

        return Result.Indicator.Unit == IndicatorUnit.RatePer10000 && Result.Denominator is null ? SmallNumberSuppression.NotAvailable : SmallNumberSuppression.NotApplicable;
    }
}

/// <summary>
/// A figure and its parts published together (the authority and its teams, a service and its teams): each part, the remainder (cases
/// in the total that no part holds, e.g. children not allocated to a team) and the total, suppressed as one table so no suppressed
/// part can be worked out from the total and the others.
/// </summary>
public sealed record PublishedBreakdown(PublishedFigure Total, IReadOnlyList<PublishedFigure> Parts, PublishedFigure Remainder);

/// <summary>
/// DfE publication rules for figures that leave the service (public reports, cabinet papers): counts of 1 to 5 are replaced with "c",
/// and secondary suppression hides the next smallest cell of any row or column (with its total) where exactly one cell is suppressed, so a
/// suppressed count cannot be worked out by subtraction. Zero is published.
/// </summary>
public static class SmallNumberSuppression
{
    public const string Symbol = "c";
    public const string NotApplicable = "z";
    public const string NotAvailable = "x";
    public const int SmallestShown = 6;

    /// <summary>True for 1 to 5: a count small enough to identify a child.</summary>
    public static bool IsSmall(decimal count) => count is >= 1 and < SmallestShown;

    public static string Format(long count) => IsSmall(count) ? Symbol : count.ToString(CultureInfo.InvariantCulture);

    /// <summary>
    /// Suppresses a table of counts given as rows of cells; totals are computed (row totals in an extra column, column totals in an extra
    /// row, and the grand total) and take part: a total of 1 to 5 is suppressed too, and each row and column is a line "cells = total".
    /// Secondary suppression repeats until no line has exactly one suppressed member, choosing the smallest unsuppressed cell (first by
    /// position on a tie), or the total where the line has no other cell left.
    /// </summary>
    public static SuppressedTable Suppress(IReadOnlyList<IReadOnlyList<long>> cells, bool rowTotals = true, bool columnTotals = true)
    {
        ArgumentNullException.ThrowIfNull(cells);
        var rows = cells.Count;
        var columns = rows == 0 ? 0 : cells[0].Count;
        if (cells.Any(r => r.Count != columns))
        {
            throw new ArgumentException("Every row must have the same number of cells.", nameof(cells));
        }

        var height = rows + (columnTotals ? 1 : 0);
        var width = columns + (rowTotals ? 1 : 0);
        var values = new long[height, width];
        for (var r = 0; r < rows; r++)
        {
            for (var c = 0; c < columns; c++)
            {
                values[r, c] = cells[r][c];
                if (rowTotals)
                {
                    values[r, columns] += cells[r][c];
                }

                if (columnTotals)
                {
                    values[rows, c] += cells[r][c];
                }

                if (rowTotals && columnTotals)
                {
                    values[rows, columns] += cells[r][c];
                }
            }
        }

        var reasons = new SuppressionReason[height, width];
        for (var r = 0; r < height; r++)
        {
            for (var c = 0; c < width; c++)
            {
                if (IsSmall(values[r, c]))
                {
                    reasons[r, c] = SuppressionReason.Primary;
                }
            }
        }

        // Each line is a list of members whose last member is the total of the others.
        var lines = new List<(int Row, int Column)[]>();
        if (rowTotals)
        {
            for (var r = 0; r < height; r++)
            {
                lines.Add([.. Enumerable.Range(0, width).Select(c => (r, c))]);
            }
        }

        if (columnTotals)
        {
            for (var c = 0; c < width; c++)
            {
                lines.Add([.. Enumerable.Range(0, height).Select(r => (r, c))]);
            }
        }

        bool changed;
        do
        {
            changed = false;
            foreach (var line in lines)
            {
                if (line.Count(m => reasons[m.Row, m.Column] != SuppressionReason.None) != 1)
                {
                    continue;
                }

                var candidates = line[..^1].Where(m => reasons[m.Row, m.Column] == SuppressionReason.None).ToList();
                var (row, column) = candidates.Count > 0 ? candidates.MinBy(m => values[m.Row, m.Column]) : line[^1];
                reasons[row, column] = SuppressionReason.Secondary;
                changed = true;
            }
        }
        while (changed);

        var grid = new PublishedCell[height, width];
        for (var r = 0; r < height; r++)
        {
            for (var c = 0; c < width; c++)
            {
                grid[r, c] = new PublishedCell(values[r, c], reasons[r, c]);
            }
        }

        return new SuppressedTable(grid, rows, columns, rowTotals, columnTotals);
    }

    /// <summary>
    /// Publishes a total with its parts, secondary suppression applied across the whole breakdown. The remainder (total less the parts)
    /// is a row of its own, so the parts and the remainder add up to the total. A count or a rate: one column of counts whose total is
    /// the total's count. A percentage: the columns "in the numerator" and "not in it", each row's total its denominator, the grand total
    /// the total's denominator; a row's numerator is shown only where its cell is, its value only where numerator and denominator both
    /// are. An average in days or a ratio: the column of denominators (the numerator is a sum, not a count of children).
    /// </summary>
    public static PublishedBreakdown PublishBreakdown(IndicatorResult total, IReadOnlyList<IndicatorResult> parts)
    {
        ArgumentNullException.ThrowIfNull(total);
        ArgumentNullException.ThrowIfNull(parts);
        var indicator = total.Indicator;
        if (parts.Any(p => !ReferenceEquals(p.Indicator, indicator) && p.Indicator.Id != indicator.Id))
        {
            throw new ArgumentException("Every part must be a figure of the total's indicator.", nameof(parts));
        }

        var remainder = Remainder(total, parts);
        var rows = parts.Append(remainder).ToList();
        PublishedFigure Figure(IndicatorResult result, bool numerator, bool denominator) => new(result, numerator, denominator, numerator || denominator);

        switch (indicator.Unit)
        {
            case IndicatorUnit.Percentage when total.Denominator is { } totalDenominator:
                var table = Suppress([.. rows.Select(r => (IReadOnlyList<long>)[(long)r.Numerator, (long)(r.Denominator ?? 0) - (long)r.Numerator])]);
                return new PublishedBreakdown(
                    Figure(total, table.ColumnTotal(0).IsSuppressed, table.GrandTotal.IsSuppressed),
                    [.. parts.Select((p, i) => Figure(p, table.Cell(i, 0).IsSuppressed, table.RowTotal(i).IsSuppressed))],
                    Figure(remainder, table.Cell(parts.Count, 0).IsSuppressed, table.RowTotal(parts.Count).IsSuppressed));
            case IndicatorUnit.Days or IndicatorUnit.Ratio:
                var denominators = Suppress([.. rows.Select(r => (IReadOnlyList<long>)[(long)(r.Denominator ?? 0)])], rowTotals: false);
                return new PublishedBreakdown(
                    Figure(total, denominators.ColumnTotal(0).IsSuppressed, denominators.ColumnTotal(0).IsSuppressed),
                    [.. parts.Select((p, i) => Figure(p, denominators.Cell(i, 0).IsSuppressed, denominators.Cell(i, 0).IsSuppressed))],
                    Figure(remainder, denominators.Cell(parts.Count, 0).IsSuppressed, denominators.Cell(parts.Count, 0).IsSuppressed));
            default:
                var counts = Suppress([.. rows.Select(r => (IReadOnlyList<long>)[(long)r.Numerator])], rowTotals: false);
                return new PublishedBreakdown(
                    Figure(total, counts.ColumnTotal(0).IsSuppressed, false),
                    [.. parts.Select((p, i) => Figure(p, counts.Cell(i, 0).IsSuppressed, false))],
                    Figure(remainder, counts.Cell(parts.Count, 0).IsSuppressed, false));
        }
    }

    /// <summary>The cases in the total that no part holds; refuses parts that add up to more than the total (overlapping parts).</summary>
    private static IndicatorResult Remainder(IndicatorResult total, IReadOnlyList<IndicatorResult> parts)
    {
        var numerator = total.Numerator - parts.Sum(p => p.Numerator);
        decimal? denominator = total.Indicator.Unit is IndicatorUnit.Count or IndicatorUnit.RatePer10000 || total.Denominator is not { } d
            ? null
            : d - parts.Sum(p => p.Denominator ?? 0);
        if (numerator < 0 || denominator < 0)
        {
            throw new ArgumentException("The parts add up to more than the total: they must not overlap.", nameof(parts));
        }

        decimal? value = total.Indicator.Unit switch
        {
            IndicatorUnit.Count => numerator,
            IndicatorUnit.Percentage => denominator > 0 ? 100m * numerator / denominator : null,
            IndicatorUnit.RatePer10000 => null,
            _ => denominator > 0 ? numerator / denominator : null,
        };
        return new IndicatorResult(total.Indicator, total.Period, total.Scope, numerator, denominator, value, [], [], [], []);
    }

    /// <summary>
    /// An indicator figure for publication. A count or rate: the count 1 to 5 is suppressed, with the value. A percentage is the line
    /// "in the numerator + not in it = denominator": when either part or the denominator is 1 to 5, the numerator and the value are
    /// suppressed (and the denominator when it is itself 1 to 5), so neither part can be worked out. An average in days or a ratio is suppressed when its denominator is 1 to 5.
    /// </summary>
    public static PublishedFigure Publish(IndicatorResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        switch (result.Indicator.Unit)
        {
            case IndicatorUnit.Percentage when result.Denominator is { } denominator:
                var numerator = (long)result.Numerator;
                var line = Suppress([[numerator, (long)denominator - numerator]], rowTotals: true, columnTotals: false);
                var hidden = line.Cell(0, 0).IsSuppressed || line.Cell(0, 1).IsSuppressed || line.RowTotal(0).IsSuppressed;
                return new PublishedFigure(result, hidden, line.RowTotal(0).IsSuppressed, hidden);
            case IndicatorUnit.Days or IndicatorUnit.Ratio:
                var small = result.Denominator is { } d && IsSmall(d);
                return new PublishedFigure(result, small, small, small);
            default:
                var smallCount = IsSmall(result.Numerator);
                return new PublishedFigure(result, smallCount, false, smallCount);
        }
    }
}
