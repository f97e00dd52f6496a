using System.Text;
using TextEhr.Domain.Patients;
using TextEhr.Domain.Text;
using TextEhr.Storage.Sql;
using TextEhr.Storage.Tests.Support;

namespace TextEhr.Storage.Tests.Patients;

/// <summary>
/// Short names, era letters, dates and digit prefixes find exactly what a plain filter over the patients
/// finds, in カナ order (UTF-8 bytes, as SQLite's BINARY) with a typed 患者番号 first, and whichever way the
/// search runs: all in SQL (the old way), all in the in-memory index, or split by width as shipped.
/// </summary>
public sealed class PatientSearchAgreementTests : IClassFixture<SearchAgreementClinic>
{
    private static readonly string[] Names =
    [
        "山", "田", "高", "髙", "𠮷", "吉", "大", "平", "明", "昭", "美", "中", "郎", "野", "橋", "木", "x",
        "山田", "田中", "高橋", "髙橋", "𠮷田", "太郎", "一郎", "田太", "中山", "大輔", "昭二", "明石", "山中",
    ];

    private static readonly string[] Dates =
    [
        "M", "T", "S", "s", "Ｓ", "H", "h", "R", "昭和", "平成", "明治", "S5", "S50", "S50.", "S50.3", "S50.3.1", "H1", "R元",
        "T10", "1975/3", "1999-12",
    ];

    private static readonly string[] Digits =
    [
        "0", "03", "090", "08", "080", "045", "0467", "04", "1", "19", "197", "1975", "19750", "197503", "2", "20",
        "200", "2001", "12", "123", "300", "9",
    ];

    private static readonly string[] Phones = ["03-1", "090-1", "(03)1", "０９０－２", "0467-1"];

    private static readonly int[] Limits = [1, 7, 50, 1000];

    private readonly SearchAgreementClinic _clinic;
    private readonly (long Id, string Chart, byte[] Kana, string Name, long Birth, string Phone)[] _keys;

    public PatientSearchAgreementTests(SearchAgreementClinic clinic)
    {
        _clinic = clinic;
        _keys = [.. clinic.Patients.Select(p => (
            p.Id,
            p.ChartNumber,
            Encoding.UTF8.GetBytes(KanaNormalizer.NormalizeKana(p.KanaName.Family + p.KanaName.Given)),
            KanaNormalizer.NormalizeName(p.Name.Family + p.Name.Given),
            StoredDate.ToNumber(p.BirthDate),
            KanaNormalizer.DigitsOnly(p.Phone)))];
    }

    [Theory]
    [InlineData(0)]
    [InlineData(int.MaxValue)]
    [InlineData(40)]
    public void Every_short_query_finds_what_a_plain_filter_finds(int inMemorySearchFrom)
    {
        var db = _clinic.Clinic.Open(new StorageOptions { InMemorySearchFrom = inMemorySearchFrom });
        var checkedQueries = 0;
        foreach (var typed in Names.Concat(Dates).Concat(Digits).Concat(Phones))
        {
            foreach (var limit in Limits)
            {
                var found = db.Patients.Search(typed, limit).Select(p => p.Id).ToArray();

                Assert.True(Expected(typed, limit).SequenceEqual(found), $"「{typed}」 limit {limit}: [{string.Join(',', found)}]");
                checkedQueries++;
            }
        }

        Assert.Equal(4 * (Names.Length + Dates.Length + Digits.Length + Phones.Length), checkedQueries);
    }

    [Fact]
    public void The_queries_find_something_and_some_fill_the_limit()
    {
        Assert.All(["山", "S", "H", "0", "03"], typed => Assert.Equal(50, Expected(typed, 50).Count()));
        Assert.All(["𠮷", "高橋", "昭", "1975", "昭和", "090-1"], typed => Assert.NotEmpty(Expected(typed, 50)));
        var first = Expected("090", 50).First();
        Assert.Equal("090", _keys.Single(p => p.Id == first).Chart);
    }

    private IEnumerable<long> Expected(string typed, int limit)
    {
        var term = PatientSearchTerm.Classify(typed);
        var from = StoredDate.ToNumber(term.BirthFrom) ?? long.MaxValue;
        var to = StoredDate.ToNumber(term.BirthTo) ?? long.MinValue;
        var key = term.Key;
        Func<(long Id, string Chart, byte[] Kana, string Name, long Birth, string Phone), bool> match = term.Kind switch
        {
            PatientSearchKind.Name => p => p.Name.Contains(key, StringComparison.Ordinal),
            PatientSearchKind.BirthDate => p => p.Birth >= from && p.Birth <= to,
            PatientSearchKind.Phone => p => p.Phone.StartsWith(key, StringComparison.Ordinal),
            PatientSearchKind.Digits => p => string.Equals(p.Chart, key, StringComparison.Ordinal)
                || p.Phone.StartsWith(key, StringComparison.Ordinal) || (p.Birth >= from && p.Birth <= to),
            _ => throw new InvalidOperationException($"「{typed}」 is searched as {term.Kind}."),
        };
        return _keys.Where(match)
            .OrderBy(p => term.Kind == PatientSearchKind.Digits && string.Equals(p.Chart, key, StringComparison.Ordinal) ? 0 : 1)
            .ThenBy(p => p.Kana, Utf8Bytes.Instance)
            .ThenBy(p => p.Id)
            .Take(limit)
            .Select(p => p.Id);
    }
}
