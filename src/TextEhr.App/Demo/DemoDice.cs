namespace TextEhr.App.Demo;

/// <summary>
/// The demo clinic's source of chance. Each patient gets its own dice derived from the seed and the
/// patient's position, so patient 1 is the same whether 300 or 100,000 are generated, and generation
/// does not depend on the order in which the database hands out ids.
/// </summary>
internal sealed class DemoDice
{
    private readonly Random _random;

    public DemoDice(int seed)
    {
        // The seeded Random is reproducible across runs; the demo needs repeatability, not secrecy.
        _random = new Random(seed);
    }

    /// <summary>Dice for the patient at <paramref name="index"/>: a SplitMix64 step mixes seed and index.</summary>
    public static DemoDice ForPatient(int seed, int index)
    {
        var z = unchecked(((ulong)(uint)seed << 32) + (ulong)(uint)index + 0x9E3779B97F4A7C15UL);
        z = unchecked((z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL);
        z = unchecked((z ^ (z >> 27)) * 0x94D049BB133111EBUL);
        z ^= z >> 31;
        return new DemoDice(unchecked((int)z));
    }

    /// <summary>An integer in [<paramref name="min"/>, <paramref name="max"/>], both included.</summary>
    public int Between(int min, int max) => _random.Next(min, max + 1);

    public double Unit() => _random.NextDouble();

    public bool Chance(double probability) => _random.NextDouble() < probability;

    public T Pick<T>(IReadOnlyList<T> items) => items[_random.Next(items.Count)];

    /// <summary>A normal deviate (Box–Muller), for vitals and lab values that cluster around a mean.</summary>
    public double Normal(double mean, double deviation)
    {
        var u1 = 1.0 - _random.NextDouble();
        var u2 = _random.NextDouble();
        return mean + (deviation * Math.Sqrt(-2.0 * Math.Log(u1)) * Math.Cos(2.0 * Math.PI * u2));
    }

    /// <summary>An index drawn with the given weights.</summary>
    public int Weighted(IReadOnlyList<double> weights)
    {
        var total = 0.0;
        foreach (var w in weights)
        {
            total += w;
        }

        var x = _random.NextDouble() * total;
        for (var i = 0; i < weights.Count; i++)
        {
            x -= weights[i];
            if (x < 0)
            {
                return i;
            }
        }

        return weights.Count - 1;
    }

    /// <summary>A string of <paramref name="length"/> ASCII digits.</summary>
    public string Digits(int length)
    {
        Span<char> buffer = stackalloc char[length];
        for (var i = 0; i < length; i++)
        {
            buffer[i] = (char)('0' + _random.Next(10));
        }

        return new string(buffer);
    }
}
