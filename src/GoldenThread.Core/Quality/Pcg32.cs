namespace GoldenThread.Core.Quality;

/// <summary>
/// The PCG32 pseudo-random generator (PCG-XSH-RR, 64-bit state, 32-bit output) as published by M. E. O'Neill,
/// "PCG: A Family of Simple Fast Space-Efficient Statistically Good Algorithms for Random Number Generation" (2014),
/// and her reference <c>pcg32_random_r</c>, <c>pcg32_srandom_r</c> and <c>pcg32_boundedrand_r</c> in pcg-c-basic.
/// Written out here so a sample drawn today can be drawn again with any later .NET (System.Random's algorithm is not
/// guaranteed to stay the same) or by anyone with the published algorithm.
/// </summary>
public sealed class Pcg32
{
    /// <summary>The LCG multiplier of the reference implementation.</summary>
    public const ulong Multiplier = 6364136223846793005UL;

    /// <summary>The stream (<c>initseq</c>) GoldenThread always uses, as in the reference demonstration program.</summary>
    public const ulong DefaultStream = 54UL;

    private readonly ulong _increment;
    private ulong _state;

    /// <summary>Seeds the generator as <c>pcg32_srandom_r(rng, seed, stream)</c> does.</summary>
    public Pcg32(ulong seed, ulong stream = DefaultStream)
    {
        _state = 0UL;
        _increment = (stream << 1) | 1UL;
        NextUInt32();
        _state = unchecked(_state + seed);
        NextUInt32();
    }

    /// <summary>The next 32-bit output (<c>pcg32_random_r</c>).</summary>
    public uint NextUInt32()
    {
        var old = _state;
        _state = unchecked((old * Multiplier) + _increment);
        var xorShifted = (uint)(((old >> 18) ^ old) >> 27);
        var rotation = (int)(old >> 59);
        return (xorShifted >> rotation) | (xorShifted << (-rotation & 31));
    }

    /// <summary>
    /// A whole number from 0 to <paramref name="bound"/> − 1 without bias (<c>pcg32_boundedrand_r</c>): outputs below
    /// (2³² − bound) mod bound are rejected, and the next accepted output is reduced modulo the bound.
    /// </summary>
    public uint NextBelow(uint bound)
    {
        ArgumentOutOfRangeException.ThrowIfZero(bound);
        var threshold = unchecked(0u - bound) % bound;
        while (true)
        {
            var r = NextUInt32();
            if (r >= threshold)
            {
                return r % bound;
            }
        }
    }
}
