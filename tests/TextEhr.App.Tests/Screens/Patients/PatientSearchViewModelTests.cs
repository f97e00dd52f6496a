using TextEhr.App.Screens.Patients;
using TextEhr.App.Tests.Support;

namespace TextEhr.App.Tests.Screens.Patients;

public sealed class PatientSearchViewModelTests
{
    [Fact]
    public void Kana_prefix_narrows_the_list_on_each_search()
    {
        using var ui = TestUi.Initialised();
        var taro = PatientSamples.Taro(ui);
        PatientSamples.Hanako(ui);
        var search = new PatientSearchViewModel(ui.Services.Patients);

        search.Search("ヤマ");
        Assert.Equal(2, search.Results.Count);
        Assert.Equal("2件", search.CountText);

        search.Search("ヤマダ");
        Assert.Equal(taro.Id, Assert.Single(search.Results).Id);
        Assert.Equal((taro.Id, (string?)null), search.ToOpen());
    }

    [Fact]
    public void Empty_box_lists_nothing_and_Enter_says_what_to_do()
    {
        using var ui = TestUi.Initialised();
        PatientSamples.Taro(ui);
        var search = new PatientSearchViewModel(ui.Services.Patients);

        search.Search("  ");

        Assert.Empty(search.Results);
        Assert.Equal(string.Empty, search.CountText);
        Assert.Equal((null, PatientScreenMessages.NothingSelected), search.ToOpen());
    }

    [Fact]
    public void No_match_says_so_and_opens_nothing()
    {
        using var ui = TestUi.Initialised();
        PatientSamples.Taro(ui);
        var search = new PatientSearchViewModel(ui.Services.Patients);

        search.Search("スズキ");

        Assert.Equal((null, PatientScreenMessages.NoMatch), search.ToOpen());
    }

    [Fact]
    public void Refresh_sees_a_patient_added_since_and_keeps_the_chosen_one()
    {
        using var ui = TestUi.Initialised();
        PatientSamples.Taro(ui);
        var hanako = PatientSamples.Hanako(ui);
        var search = new PatientSearchViewModel(ui.Services.Patients);
        search.Search("ヤマ");
        search.SelectedIndex = 1;
        Assert.Equal(hanako.Id, search.Selected!.Id);

        PatientSamples.Add(ui, "山内 一", "ヤマウチ ハジメ", new DateOnly(1960, 1, 1));
        search.Refresh();

        Assert.Equal(3, search.Results.Count);
        Assert.Equal(hanako.Id, search.Selected!.Id);
    }

    [Fact]
    public void Birth_date_in_wareki_finds_the_patient_and_rows_show_wareki_and_age()
    {
        using var ui = TestUi.Initialised();
        PatientSamples.Taro(ui);
        PatientSamples.Hanako(ui);
        var search = new PatientSearchViewModel(ui.Services.Patients);

        search.Search("S50.3.1");
        var rows = new PatientSearchRows(() => search.Results, () => TestClinic.Today);

        Assert.Equal(1, rows.RowCount);
        Assert.Equal("山田\u3000太郎", rows.GetCell(0, 1));
        Assert.Equal("S50.3.1", rows.GetCell(0, 4));
        Assert.Equal("50歳", rows.GetCell(0, 5));
        Assert.Equal("-", rows.GetCell(0, 6));
    }
}
