using System.Text.Json;
using TextEhr.Storage.Patients;
using TextEhr.Storage.Tests.Support;

namespace TextEhr.Storage.Tests.Patients;

public sealed class KanaOrderTests : IDisposable
{
    private readonly TestClinic _clinic = new();

    public void Dispose() => _clinic.Dispose();

    [Fact]
    public void Strings_sort_as_SQLite_sorts_them_even_past_the_basic_plane()
    {
        string[] keys = ["ヤマダ", "ヤマ", "ヤマダタロウ", "ヨシダ", "𠮷ダ", "\uFF9E", "\uE000", "\uD7FF", "A", "a", string.Empty, "ア𠮷", "ア\uFFFD", "ア"];
        var bySqlite = _clinic.Db.Session.Query(
            "SELECT value FROM json_each(@keys) ORDER BY value", r => r.GetString(0), ("@keys", JsonSerializer.Serialize(keys)));

        var byKanaOrder = keys.Order(Comparer<string>.Create(KanaOrder.CompareCodePoints)).ToList();

        Assert.Equal(bySqlite, byKanaOrder);
    }

    [Fact]
    public void Equal_readings_keep_the_id_order()
    {
        var first = new PatientSearchEntry(1, "ヤマダ", "山田", 19750301, string.Empty);
        var second = first with { Id = 2 };

        Assert.True(KanaOrder.Instance.Compare(first, second) < 0);
        Assert.True(KanaOrder.Instance.Compare(second, first) > 0);
        Assert.Equal(0, KanaOrder.Instance.Compare(first, first));
    }
}
