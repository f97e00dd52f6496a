using TextEhr.App.Input;
using TextEhr.App.Screens.Charting;
using TextEhr.Domain.Prescriptions;

namespace TextEhr.App.Tests.Screens.Charting;

public sealed class PrescriptionDialogModelTests
{
    [Fact]
    public void One_drug_makes_one_Rp()
    {
        var (group, _, message) = new RpDialogModel().Build(new RpTyped("アムロジピン錠5mg", "1", "錠", "1日1回朝食後", "28"));

        Assert.Null(message);
        Assert.Equal("Rp1) アムロジピン錠5mg 1錠 / 1日1回朝食後 28日分", ChartText.RpLine(1, group!));
    }

    [Fact]
    public void As_needed_counts_times()
    {
        var (group, _, _) = new RpDialogModel().Build(new RpTyped("ロキソプロフェン錠60mg", "1", "錠", "頓用 疼痛時", "5"));

        Assert.Equal(DurationUnit.Times, group!.DurationUnit);
        Assert.Equal(DosageForm.AsNeeded, group.Form);
        Assert.Equal(5, group.Duration);
    }

    [Fact]
    public void Several_drugs_share_one_usage()
    {
        var model = new RpDialogModel();
        Assert.Null(model.AddDrug(new RpTyped("アムロジピン錠5mg", "1", "錠", string.Empty, string.Empty)));

        var (group, _, _) = model.Build(new RpTyped("カンデサルタン錠8mg", "1", "錠", "1日1回朝食後", "28日"));

        Assert.Equal(["アムロジピン錠5mg", "カンデサルタン錠8mg"], group!.Items.Select(item => item.DrugName), StringComparer.Ordinal);
        Assert.Equal(28, group.Duration);
    }

    [Fact]
    public void A_dose_that_is_not_a_number_is_refused_with_the_command_line_message()
    {
        var (group, box, message) = new RpDialogModel().Build(new RpTyped("アムロジピン錠5mg", "いち", "錠", "1日1回朝食後", "28"));

        Assert.Null(group);
        Assert.Equal(RpBox.Dose, box);
        Assert.Equal(InputMessages.PrescriptionDose("いち"), message);
    }

    [Fact]
    public void A_missing_duration_says_what_to_type()
    {
        var (group, box, message) = new RpDialogModel().Build(new RpTyped("アムロジピン錠5mg", "1", "錠", "1日1回朝食後", " "));

        Assert.Null(group);
        Assert.Equal(RpBox.Duration, box);
        Assert.Equal(ChartMessages.DaysRequired, message);
    }

    [Fact]
    public void A_duration_beyond_a_year_is_refused_when_leaving_the_box()
    {
        Assert.Equal(InputMessages.PrescriptionDuration("400"), RpDialogModel.CheckDuration("400", "1日1回朝食後"));
        Assert.Null(RpDialogModel.CheckDuration("5", "頓用 疼痛時"));
    }
}
