namespace TextEhr.Domain.Tests.Insurance;

/// <summary>Every number that differs from a given one in exactly one digit (9 per position).</summary>
internal static class SingleDigitChanges
{
    public static TheoryData<string> Of(string number)
    {
        var changes = new TheoryData<string>();
        for (var position = 0; position < number.Length; position++)
        {
            for (var digit = '0'; digit <= '9'; digit++)
            {
                if (digit != number[position])
                {
                    changes.Add(string.Concat(number.AsSpan(0, position), new string(digit, 1), number.AsSpan(position + 1)));
                }
            }
        }

        return changes;
    }
}
