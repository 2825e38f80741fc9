using CsCheck;
using GoldenThread.Core.Indicators;
using GoldenThread.Core.Indicators.Snapshots;

namespace GoldenThread.Core.Tests.Indicators;

/// <summary>The ids behind a frozen month figure: how they are stored, and how they compare with today's.</summary>
public sealed class FrozenIdsTests
{
    [Fact]
    public void Three_ids_are_a_format_byte_the_count_and_the_differences_as_varints()
    {
        // 3 is 03; 5 is 3 + 2: 02; 300 is 5 + 295, and 295 = 2 × 128 + 39: A7 (39 with the high bit) then 02.
        Assert.Equal(new byte[] { 0x01, 0x03, 0x03, 0x02, 0xA7, 0x02 }, SortedIdEncoding.Encode([3, 5, 300]));
        Assert.Equal([3L, 5, 300], SortedIdEncoding.Decode([0x01, 0x03, 0x03, 0x02, 0xA7, 0x02]));
    }

    [Theory]
    [InlineData(new long[] { 0 }, new byte[] { 0x01, 0x01, 0x00 })]
    [InlineData(new long[] { 127 }, new byte[] { 0x01, 0x01, 0x7F })] // the largest one-byte number
    [InlineData(new long[] { 128 }, new byte[] { 0x01, 0x01, 0x80, 0x01 })] // the smallest two-byte number
    [InlineData(new long[] { 1, 2, 3 }, new byte[] { 0x01, 0x03, 0x01, 0x01, 0x01 })]
    [InlineData(new long[] { 16_384 }, new byte[] { 0x01, 0x01, 0x80, 0x80, 0x01 })] // 2^14: three bytes
    [InlineData(new long[] { long.MaxValue }, new byte[] { 0x01, 0x01, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0x7F })] // 63 ones: nine bytes
    public void Hand_worked_lists_give_these_bytes(long[] ids, byte[] expected)
    {
        Assert.Equal(expected, SortedIdEncoding.Encode(ids));
        Assert.Equal(ids, SortedIdEncoding.Decode(expected));
    }

    [Fact]
    public void An_empty_list_is_no_bytes()
    {
        Assert.Empty(SortedIdEncoding.Encode([]));
        Assert.Empty(SortedIdEncoding.Decode([]));
    }

    [Fact]
    public void A_run_of_close_ids_is_compressed_and_comes_back_the_same()
    {
        long[] ids = [.. Enumerable.Range(1000, 2000).Select(i => (long)i * 2)]; // 2,000 ids two apart: 2,000 bytes of 02 uncompressed
        var bytes = SortedIdEncoding.Encode(ids);
        Assert.Equal(SortedIdEncoding.Deflated, bytes[0]);
        Assert.Equal(new byte[] { 0xD0, 0x0F }, bytes[1..3]); // the count, 2,000 = 15 × 128 + 80: D0 0F
        Assert.True(bytes.Length < 100, $"{bytes.Length} bytes");
        Assert.Equal(ids, SortedIdEncoding.Decode(bytes));
    }

    [Fact]
    public void Short_lists_are_never_compressed()
    {
        long[] ids = [.. Enumerable.Range(1, 15).Select(i => (long)i)];
        Assert.Equal([SortedIdEncoding.Plain, 15, .. Enumerable.Repeat((byte)1, 15)], SortedIdEncoding.Encode(ids));
    }

    [Fact]
    public void Any_ascending_list_comes_back_the_same_in_the_shorter_format() =>
        Gen.Long[0, 5_000_000].Array[0, 3_000]
            .Select(values => values.Distinct().Order().ToArray())
            .Sample(ids =>
            {
                var bytes = SortedIdEncoding.Encode(ids);
                Assert.Equal(ids, SortedIdEncoding.Decode(bytes));
                if (ids.Length > 0)
                {
                    Assert.True(bytes[0] is SortedIdEncoding.Plain or SortedIdEncoding.Deflated);
                }
            }, iter: 300);

    [Theory]
    [InlineData(new long[] { 5, 3 })] // descending
    [InlineData(new long[] { 3, 3 })] // repeated
    [InlineData(new long[] { -1 })] // negative
    public void Ids_that_are_not_distinct_ascending_and_not_negative_are_refused(long[] ids) =>
        Assert.Throws<ArgumentException>(() => SortedIdEncoding.Encode(ids));

    [Theory]
    [InlineData(new byte[] { 0x03, 0x01, 0x01 })] // unknown format
    [InlineData(new byte[] { 0x01, 0x00 })] // a list of no ids is written as no bytes
    [InlineData(new byte[] { 0x01, 0x02, 0x01 })] // two ids promised, one given
    [InlineData(new byte[] { 0x01, 0x01, 0x80 })] // ends inside a number
    [InlineData(new byte[] { 0x01, 0x02, 0x01, 0x00 })] // a difference of 0: the same id twice
    [InlineData(new byte[] { 0x01, 0x01, 0x01, 0x01 })] // a byte after the last id
    [InlineData(new byte[] { 0x01, 0x01, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0x02 })] // more than 64 bits
    [InlineData(new byte[] { 0x02, 0x01, 0xFF, 0xFF })] // not Deflate
    public void Bytes_not_written_by_the_encoding_are_refused(byte[] bytes) =>
        Assert.Throws<InvalidDataException>(() => SortedIdEncoding.Decode(bytes));

    [Fact]
    public void A_month_figure_keeps_its_ids_and_a_twelve_month_figure_does_not()
    {
        var indicator = IndicatorCatalogue.Get("assessment_45wd");
        IndicatorResult Result(ReportingPeriod period) => new(indicator, period, IndicatorScope.Authority, 1, 2, 50m, [4], [4, 9], [], [7]);

        var month = IndicatorSnapshot.Of(Result(ReportingPeriod.Month(2025, 10)), null, new DateOnly(2025, 10, 31), DateTimeOffset.UnixEpoch, "1,3");
        Assert.True(month.KeepsIds);
        Assert.Equal([4L], month.NumeratorChildIds!);
        Assert.Equal([4L, 9], month.DenominatorChildIds!);
        Assert.Empty(month.NumeratorWorkerIds!);
        Assert.Equal([7L], month.DenominatorWorkerIds!);
        Assert.Equal(3, month.NewestLoadId);

        var rolling = IndicatorSnapshot.Of(Result(ReportingPeriod.RollingTwelveMonths(new DateOnly(2025, 10, 31))), null, new DateOnly(2025, 10, 31), DateTimeOffset.UnixEpoch, "1,3");
        Assert.False(rolling.KeepsIds);
        Assert.Null(rolling.NumeratorChildIds);
        Assert.Null(rolling.DenominatorWorkerIds);
        Assert.Null(IndicatorSnapshot.Of(Result(ReportingPeriod.Month(2025, 10)), null, new DateOnly(2025, 10, 31), DateTimeOffset.UnixEpoch, "").NewestLoadId);
    }

    [Fact]
    public void Frozen_and_current_ids_give_who_was_counted_then_and_who_now()
    {
        // Frozen: 1, 2, 3, 4, 5. A rollback removed 4 and 5; a later load was given id 5 again for another child, counted now.
        // Child 2's record changed so it is no longer counted; child 6 is new to the figure.
        var membership = FrozenMembership.Compare([1, 2, 3, 4, 5], [1, 3, 5, 6], new HashSet<long> { 1, 2, 3 });
        Assert.Equal([1L, 2, 3], membership.Held);
        Assert.Equal(2, membership.NoLongerHeld);
        Assert.Equal([2L], membership.ThenNotNow);
        Assert.Equal(3, membership.ThenNotNowCount); // 2, and 4 and 5 as they were
        Assert.Equal([5L, 6], membership.NowNotThen); // 5 now names another child
    }

    [Fact]
    public void The_same_ids_then_and_now_are_no_change()
    {
        var membership = FrozenMembership.Compare([2, 4], [2, 4], new HashSet<long> { 2, 4 });
        Assert.Equal((0, 0, 0), (membership.NoLongerHeld, membership.ThenNotNowCount, membership.NowNotThen.Count));
        Assert.Equal([2L, 4], membership.Held);
    }
}
