namespace TextEhr.Tui.Text;

/// <summary>Looks code points up in the generated tables of sorted, disjoint start and end pairs.</summary>
internal static class RangeTable
{
    public static bool Contains(ReadOnlySpan<uint> pairs, uint codePoint)
    {
        if (pairs.IsEmpty || codePoint < pairs[0] || codePoint > pairs[^1])
        {
            return false;
        }

        var low = 0;
        var high = (pairs.Length / 2) - 1;
        while (low <= high)
        {
            var middle = (low + high) >>> 1;
            if (codePoint < pairs[middle * 2])
            {
                high = middle - 1;
            }
            else if (codePoint > pairs[(middle * 2) + 1])
            {
                low = middle + 1;
            }
            else
            {
                return true;
            }
        }

        return false;
    }
}
