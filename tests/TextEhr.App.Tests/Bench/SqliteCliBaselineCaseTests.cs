using TextEhr.App.Bench;

namespace TextEhr.App.Tests.Bench;

public sealed class SqliteCliBaselineCaseTests
{
    [Fact]
    public void Timer_lines_give_user_plus_sys_milliseconds_and_other_lines_are_ignored()
    {
        const string Output = "Run Time: real 0.001 user 0.000250 sys 0.000050\nsomething else\nRun Time: real 0.000 user 0.000000 sys 0.000012\n";

        var ms = SqliteCliBaselineCase.ParseCpuMilliseconds(Output).ToList();

        Assert.Equal(2, ms.Count);
        Assert.Equal(0.3, ms[0], 9);
        Assert.Equal(0.012, ms[1], 9);
    }

    [Fact]
    public void The_query_inlines_the_key_as_a_literal_with_quotes_doubled()
    {
        var sql = SqliteCliBaselineCase.Query("オ'ノ");

        Assert.Contains("kana_norm >= 'オ''ノ' AND kana_norm < 'オ''ノ' || char(1114111)", sql, StringComparison.Ordinal);
        Assert.EndsWith("LIMIT 50;", sql, StringComparison.Ordinal);
    }
}
