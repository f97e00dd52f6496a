using TextEhr.App.Input;
using TextEhr.App.Screens.Patients;
using TextEhr.App.Tests.Support;
using TextEhr.Domain.Clinical;
using TextEhr.Domain.Insurance;
using TextEhr.Domain.Patients;

namespace TextEhr.App.Tests.Screens.Patients;

public sealed class PatientEditViewModelTests
{
    [Fact]
    public void Leaving_a_name_without_a_space_says_what_the_command_line_says()
    {
        using var ui = TestUi.Initialised();
        var form = New(ui);
        form[PatientField.Name] = "山田太郎";

        Assert.Equal(InputMessages.NameNeedsSpace(PersonNameInput.NameExample), form.Leave(PatientField.Name));
    }

    [Fact]
    public void Leaving_an_insurer_number_checks_its_digit_and_sets_the_kind_it_implies()
    {
        using var ui = TestUi.Initialised();
        var form = New(ui);

        form[PatientField.InsurerNumber] = "33120016";
        Assert.Equal(InsuranceMessages.InsurerNumberCheckDigit, form.Leave(PatientField.InsurerNumber));
        Assert.Equal(string.Empty, form[PatientField.InsuranceKind]);

        form[PatientField.InsurerNumber] = "39131016";
        Assert.Null(form.Leave(PatientField.InsurerNumber));
        Assert.Equal("後期", form[PatientField.InsuranceKind]);
    }

    [Fact]
    public void Save_registers_the_patient_the_card_and_the_allergy_with_a_store_assigned_number()
    {
        using var ui = TestUi.Initialised();
        var form = New(ui);
        Fill(form);
        form[PatientField.InsurerNumber] = "33120015";
        form[PatientField.CardSymbol] = "あいう";
        form[PatientField.CardNumber] = "187";
        form[PatientField.BranchNumber] = "5";
        form[PatientField.Public1Payer] = "21136015";
        form[PatientField.Public1Recipient] = "1234566";
        form[PatientField.AllergySubstance] = "ペニシリン";
        form[PatientField.AllergyReaction] = "発疹";

        var outcome = form.Save();

        Assert.True(outcome.IsSaved, outcome.Problem);
        var saved = ui.Database.Patients.Open(outcome.Saved!.Id, ui.Doctor!.Id)!;
        Assert.NotEmpty(saved.ChartNumber);
        Assert.Equal(new PersonName("ヤマダ", "タロウ"), saved.KanaName);
        Assert.Equal(new DateOnly(1975, 3, 1), saved.BirthDate);
        Assert.Equal(InsuranceKind.Employee, saved.Insurance!.Kind);
        Assert.Equal("33120015", saved.Insurance.InsurerNumber);
        Assert.Equal("05", saved.Insurance.BranchNumber);
        Assert.Equal("21136015", Assert.Single(saved.PublicCoverages).PayerNumber);
        var allergy = Assert.Single(ui.Database.Allergies.ForPatient(saved.Id));
        Assert.Equal(("ペニシリン", "発疹", AllergyCategory.Drug), (allergy.Substance, allergy.Reaction, allergy.Category));
        Assert.False(form.IsDirty);
    }

    [Fact]
    public void Save_with_mistakes_lists_them_in_box_order_and_keeps_every_text()
    {
        using var ui = TestUi.Initialised();
        var form = New(ui);
        Fill(form);
        form[PatientField.Name] = string.Empty;
        form[PatientField.BirthDate] = "2030-01-01";
        form[PatientField.Phone] = "12";

        var outcome = form.Save();

        Assert.False(outcome.IsSaved);
        Assert.Equal([PatientField.Name, PatientField.BirthDate, PatientField.Phone], outcome.Errors.Select(e => e.Field));
        Assert.Equal(InputMessages.PhoneFormat("12"), outcome.Errors[2].Message);
        Assert.Equal("2030-01-01", form[PatientField.BirthDate]);
        Assert.Equal(0, ui.Database.Patients.Count());
    }

    [Fact]
    public void A_card_typed_without_a_kind_or_insurer_asks_for_the_kind()
    {
        using var ui = TestUi.Initialised();
        var form = New(ui);
        Fill(form);
        form[PatientField.CardSymbol] = "あいう";

        var outcome = form.Save();

        Assert.Equal(PatientField.InsuranceKind, Assert.Single(outcome.Errors).Field);
    }

    [Fact]
    public void Editing_a_stale_copy_says_so_and_keeps_what_was_typed()
    {
        using var ui = TestUi.Initialised();
        var taro = PatientSamples.Taro(ui);
        var form = new PatientEditViewModel(ui.Services, ui.Doctor!.Id, TestClinic.Today, taro.Id);
        ui.Database.Patients.Update(taro with { Memo = "受付で変更" }, ui.Doctor.Id);
        form[PatientField.Occupation] = "農業";

        var outcome = form.Save();

        Assert.Equal(PatientScreenMessages.StaleEdit, outcome.Problem);
        Assert.Equal("農業", form[PatientField.Occupation]);
        Assert.Equal("受付で変更", ui.Database.Patients.Open(taro.Id, ui.Doctor.Id)!.Memo);
    }

    [Fact]
    public void Editing_updates_the_record_and_voids_an_allergy_with_its_reason()
    {
        using var ui = TestUi.Initialised();
        var taro = PatientSamples.Taro(ui);
        ui.Database.Allergies.Add(new Allergy { PatientId = taro.Id, Category = AllergyCategory.Other, Substance = "卵" }, ui.Doctor!.Id);
        var form = new PatientEditViewModel(ui.Services, ui.Doctor.Id, TestClinic.Today, taro.Id);
        Assert.Equal("山田 太郎", form[PatientField.Name]);
        Assert.Equal("S50.3.1", form[PatientField.BirthDate]);

        form[PatientField.Phone] = "090-1111-2222";
        form.Allergies.Void(0, "誤って登録");
        Assert.True(form.IsDirty);
        var outcome = form.Save();

        Assert.True(outcome.IsSaved, outcome.Problem);
        var saved = ui.Database.Patients.Open(taro.Id, ui.Doctor.Id)!;
        Assert.Equal("090-1111-2222", saved.Phone);
        Assert.Equal(taro.Revision + 1, saved.Revision);
        Assert.Empty(ui.Database.Allergies.ForPatient(taro.Id));
    }

    [Fact]
    public void Copay_is_derived_from_age_and_warns_when_the_typed_rate_differs()
    {
        using var ui = TestUi.Initialised();
        var form = New(ui);
        form[PatientField.BirthDate] = "S20.1.1";
        form[PatientField.InsuranceKind] = "後期";
        form[PatientField.CardCopay] = "1";
        Assert.StartsWith("1割", form.CopayText, StringComparison.Ordinal);

        form[PatientField.CopayOverride] = "3";

        Assert.Contains(InsuranceMessages.RateDiffersFromDerived(CopayRate.Three, CopayRate.One), form.CopayText, StringComparison.Ordinal);
    }

    [Fact]
    public void A_patient_no_longer_on_file_is_never_saved_as_a_new_one()
    {
        using var ui = TestUi.Initialised();
        var form = new PatientEditViewModel(ui.Services, ui.Doctor!.Id, TestClinic.Today, 999);
        Fill(form);

        var outcome = form.Save();

        Assert.True(form.IsMissing);
        Assert.Equal(PatientScreenMessages.PatientMissing, outcome.Problem);
        Assert.Equal(0, ui.Database.Patients.Count());
    }

    private static PatientEditViewModel New(TestUi ui) => new(ui.Services, ui.Doctor!.Id, TestClinic.Today, null);

    private static void Fill(PatientEditViewModel form)
    {
        form[PatientField.Name] = "山田 太郎";
        form[PatientField.Kana] = "やまだ たろう";
        form[PatientField.Sex] = "男";
        form[PatientField.BirthDate] = "S50.3.1";
    }
}
