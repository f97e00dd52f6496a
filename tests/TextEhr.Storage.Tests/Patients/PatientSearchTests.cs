using TextEhr.Storage.Patients;
using TextEhr.Storage.Sql;
using TextEhr.Storage.Tests.Support;

namespace TextEhr.Storage.Tests.Patients;

public sealed class PatientSearchTests : IDisposable
{
    private readonly TestClinic _clinic = new();

    public PatientSearchTests()
    {
        Add("山田", "太郎", "ヤマダ", "タロウ", new DateOnly(1975, 3, 1), "03-1234-5678", "1001");
        Add("山田", "花子", "やまだ", "はなこ", new DateOnly(1975, 11, 20), "0312345679", "1002");
        Add("山本", "一郎", "ヤマモト", "イチロウ", new DateOnly(1980, 1, 5), string.Empty, "1003");
        Add("髙橋", "次郎", "タカハシ", "ジロウ", new DateOnly(1960, 7, 7), string.Empty, "1004");
        Add("佐藤", "優", "サトウ", "ユウ", new DateOnly(2001, 4, 1), "090-1111-2222", "1005");
        Add("鈴木", "太郎", "スズキ", "タロウ", new DateOnly(1975, 3, 15), string.Empty, "19750301");
    }

    public void Dispose() => _clinic.Dispose();

    [Theory]
    [InlineData("ヤマ")]
    [InlineData("やま")]
    [InlineData("ﾔﾏ")]
    public void Kana_prefix_finds_patients_in_kana_order_whatever_the_script(string typed)
    {
        Assert.Equal(["山田太郎", "山田花子", "山本一郎"], Names(typed));
    }

    [Fact]
    public void Kana_with_a_space_and_voiced_half_width_marks_matches_the_whole_reading()
    {
        Assert.Equal(["山田太郎"], Names("ﾔﾏﾀﾞ ﾀ"));
        Assert.Equal(["山田花子"], Names("やまだ　はな"));
    }

    [Fact]
    public void One_kanji_finds_every_name_that_contains_it()
    {
        Assert.Equal(["山田太郎", "山田花子", "山本一郎"], Names("山"));
    }

    [Fact]
    public void Two_kanji_find_a_substring_anywhere_in_the_name()
    {
        Assert.Equal(["鈴木太郎", "山田太郎"], Names("太郎"));
        Assert.Equal(["山田太郎", "山田花子"], Names("山田"));
    }

    [Fact]
    public void Three_or_more_kanji_use_the_trigram_index_and_match_across_family_and_given_name()
    {
        Assert.Equal(["山田太郎"], Names("山田太"));
        Assert.Equal(["山田太郎"], Names("田太郎"));
        Assert.Equal(["山田太郎"], Names("山田 太郎"));
        Assert.Empty(Names("山田次郎"));
    }

    [Fact]
    public void A_variant_kanji_finds_its_common_form_and_back()
    {
        Assert.Equal(["髙橋次郎"], Names("高橋"));
        Assert.Equal(["髙橋次郎"], Names("髙橋次"));
    }

    [Fact]
    public void Quotes_and_fts_syntax_in_the_text_are_searched_as_text()
    {
        Assert.Empty(Names("山\"田 OR *"));
        Assert.Empty(Names("NEAR(山田)"));
    }

    [Fact]
    public void Chart_number_finds_the_patient_exactly()
    {
        Assert.Equal(["山本一郎"], Names("1003"));
        Assert.Empty(Names("100"));
    }

    [Theory]
    [InlineData("S50.3.1")]
    [InlineData("昭和50年3月1日")]
    [InlineData("1975-03-01")]
    [InlineData("1975/3/1")]
    public void A_whole_birth_date_in_wareki_or_seireki_finds_the_patient(string typed)
    {
        Assert.Equal(["山田太郎"], Names(typed));
    }

    [Theory]
    [InlineData("S50")]
    [InlineData("s50")]
    [InlineData("昭和50年")]
    [InlineData("1975")]
    public void A_year_alone_finds_everyone_born_in_it(string typed)
    {
        Assert.Equal(["鈴木太郎", "山田太郎", "山田花子"], Names(typed));
    }

    [Theory]
    [InlineData("S50.3")]
    [InlineData("1975/3")]
    [InlineData("197503")]
    public void A_year_and_month_finds_everyone_born_in_that_month(string typed)
    {
        Assert.Equal(["鈴木太郎", "山田太郎"], Names(typed));
    }

    [Fact]
    public void Eight_digits_find_the_chart_number_and_the_birth_date_together()
    {
        Assert.Equal(["鈴木太郎", "山田太郎"], Names("19750301"));
    }

    [Fact]
    public void The_patient_whose_chart_number_was_typed_comes_before_those_born_that_year()
    {
        Add("渡辺", "明", "ワタナベ", "アキラ", new DateOnly(1990, 1, 1), string.Empty, "1975");

        Assert.Equal(["渡辺明", "鈴木太郎", "山田太郎", "山田花子"], Names("1975"));
    }

    [Theory]
    [InlineData("03-1234", new[] { "山田太郎", "山田花子" })]
    [InlineData("03-1234-5678", new[] { "山田太郎" })]
    [InlineData("０９０－１１１１", new[] { "佐藤優" })]
    [InlineData("090", new[] { "佐藤優" })]
    public void Phone_digits_find_the_patient_with_or_without_hyphens(string typed, string[] expected)
    {
        Assert.Equal(expected, Names(typed));
    }

    [Fact]
    public void The_limit_keeps_the_first_in_kana_order()
    {
        var found = _clinic.Db.Patients.Search("山", 2);

        Assert.Equal(["山田太郎", "山田花子"], found.Select(p => p.Name.Family + p.Name.Given), StringComparer.Ordinal);
    }

    [Fact]
    public void Empty_text_finds_nothing()
    {
        Assert.Empty(Names(string.Empty));
        Assert.Empty(Names("  "));
    }

    [Fact]
    public void A_summary_carries_the_last_confirmed_visit()
    {
        var id = _clinic.Db.Patients.FindIdByChartNumber("1003")!.Value;
        var old = _clinic.Db.Charts.CreateDraft(id, new DateOnly(2025, 5, 1), Some.Content(), _clinic.DoctorId);
        _clinic.Db.Charts.Confirm(old.Id, _clinic.DoctorId);
        _clinic.Db.Charts.CreateDraft(id, new DateOnly(2025, 6, 1), Some.Content(), _clinic.DoctorId);

        var summary = Assert.Single(_clinic.Db.Patients.Search("ヤマモト", 10));

        Assert.Equal(new DateOnly(2025, 5, 1), summary.LastVisit);
        Assert.Equal("1003", summary.ChartNumber);
        Assert.Null(_clinic.Db.Patients.Search("サトウ", 10)[0].LastVisit);
    }

    [Theory]
    [InlineData(nameof(PatientSearch.NameFtsSql))]
    [InlineData(nameof(PatientSearch.BirthSql))]
    [InlineData(nameof(PatientSearch.PhoneSql))]
    [InlineData(nameof(PatientSearch.DigitsSql))]
    public void Queries_not_filtered_by_kana_sort_their_hits_instead_of_walking_the_kana_index(string query)
    {
        var plan = Plan(Constant(query), ("@q", "山田"), ("@from", 19750101L), ("@to", 19751231L));

        Assert.DoesNotContain("ix_patients_kana", plan, StringComparison.Ordinal);
        Assert.Contains("TEMP B-TREE FOR ORDER BY", plan, StringComparison.Ordinal);
    }

    [Fact]
    public void The_kana_query_reads_a_range_of_the_kana_index()
    {
        var plan = Plan(PatientSearch.KanaSql, ("@q", "ヤマ"));

        Assert.Contains("ix_patients_kana (kana_norm>? AND kana_norm<?)", plan, StringComparison.Ordinal);
        Assert.DoesNotContain("TEMP B-TREE", plan, StringComparison.Ordinal);
    }

    [Fact]
    public void The_in_memory_index_loads_from_the_covering_kana_index_in_order()
    {
        var plan = Plan(PatientSearchIndex.AllSql);

        Assert.Contains("SCAN patients USING COVERING INDEX ix_patients_kana", plan, StringComparison.Ordinal);
        Assert.DoesNotContain("TEMP B-TREE", plan, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(nameof(PatientSearch.BirthWidthSql), "COVERING INDEX ix_patients_birth")]
    [InlineData(nameof(PatientSearch.PhoneWidthSql), "COVERING INDEX ix_patients_phone")]
    [InlineData(nameof(PatientSearch.ByIdsSql), "USING INTEGER PRIMARY KEY")]
    public void The_width_probes_and_the_rows_by_id_read_only_an_index(string query, string expected)
    {
        var plan = Plan(Constant(query), ("@q", "03"), ("@from", 19750101L), ("@to", 19751231L), ("@wide", 200), ("@ids", "[1,2]"));

        Assert.Contains(expected, plan, StringComparison.Ordinal);
        Assert.DoesNotContain("SCAN patients\n", plan + "\n", StringComparison.Ordinal);
    }

    [Fact]
    public void The_changes_since_the_last_refresh_are_read_by_id_ranges()
    {
        var plan = Plan(PatientSearchIndex.ChangedSql, ("@last_patient", 1), ("@patient", 2), ("@last_history", 0), ("@history", 1));

        Assert.Contains("SEARCH patients USING INTEGER PRIMARY KEY (rowid>? AND rowid<?)", plan, StringComparison.Ordinal);
        Assert.Contains("SEARCH patients_history USING INTEGER PRIMARY KEY (rowid>? AND rowid<?)", plan, StringComparison.Ordinal);
        Assert.DoesNotContain("SCAN", plan, StringComparison.Ordinal);
    }

    [Fact]
    public void A_limit_below_one_is_refused()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => _clinic.Db.Patients.Search("ヤマ", 0));
    }

    private static string Constant(string name) =>
        (string)typeof(PatientSearch).GetField(name, System.Reflection.BindingFlags.Static | System.Reflection.BindingFlags.NonPublic)!.GetRawConstantValue()!;

    private string Plan(string sql, params SqlArg[] args) => string.Join('\n', _clinic.Db.Session.Query(
        "EXPLAIN QUERY PLAN " + sql, r => r.GetString(3), [.. args, ("@limit", 50)]));

    private string[] Names(string typed) =>
        [.. _clinic.Db.Patients.Search(typed, 50).Select(p => p.Name.Family + p.Name.Given)];

    private void Add(string family, string given, string familyKana, string givenKana, DateOnly birth, string phone, string chartNumber) =>
        _clinic.Db.Patients.Add(
            Some.Patient(family, given, familyKana, givenKana, birth, phone) with { ChartNumber = chartNumber },
            _clinic.DoctorId);
}
