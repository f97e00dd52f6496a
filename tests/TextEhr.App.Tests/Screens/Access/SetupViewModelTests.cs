using TextEhr.App.Hosting;
using TextEhr.App.Input;
using TextEhr.App.Screens.Access;
using TextEhr.App.Tests.Support;
using TextEhr.Domain.Users;

namespace TextEhr.App.Tests.Screens.Access;

public sealed class SetupViewModelTests : IDisposable
{
    private readonly TestUi _ui = TestUi.Empty();
    private readonly SetupViewModel _setup;

    public SetupViewModelTests()
    {
        _setup = new SetupViewModel(_ui.Folder, _ui.Database.Users, _ui.Time, TestUi.PasswordIterations);
    }

    public void Dispose() => _ui.Dispose();

    private void FillIn()
    {
        _setup[SetupField.ClinicName] = " さくら医院 ";
        _setup[SetupField.InstitutionCode] = "１２３４５６７";
        _setup[SetupField.Prefecture] = "1";
        _setup[SetupField.PostalCode] = "〒0600001";
        _setup[SetupField.Address] = "北海道札幌市中央区北1条西1";
        _setup[SetupField.Phone] = "011-123-4567";
        _setup[SetupField.DoctorName] = "桜井 花子";
        _setup[SetupField.Login] = "Sakurai";
        _setup[SetupField.Password] = "sakura-2025";
        _setup[SetupField.PasswordAgain] = "sakura-2025";
    }

    [Fact]
    public void Each_box_says_what_init_says_with_its_caption()
    {
        _setup[SetupField.InstitutionCode] = "12";
        _setup[SetupField.Prefecture] = "48";
        _setup[SetupField.Login] = "山田";
        _setup[SetupField.Password] = "short";

        Assert.Equal("医療機関コード: " + InputMessages.InstitutionCodeFormat("12"), _setup.Check(SetupField.InstitutionCode));
        Assert.Equal("都道府県番号: " + InputMessages.PrefectureFormat("48"), _setup.Check(SetupField.Prefecture));
        Assert.Equal("ログインID: " + InputMessages.LoginFormat("山田"), _setup.Check(SetupField.Login));
        Assert.Equal("パスワード: " + InputMessages.PasswordTooShort(ClinicInput.MinimumPasswordLength), _setup.Check(SetupField.Password));
        Assert.Null(_setup.Check(SetupField.PostalCode));
        Assert.Null(_setup.Check(SetupField.Address));
    }

    [Fact]
    public void A_confirmation_that_differs_is_refused()
    {
        FillIn();
        _setup[SetupField.PasswordAgain] = "sakura-2024";

        var outcome = _setup.Register();

        Assert.False(outcome.Succeeded);
        Assert.Equal(SetupField.PasswordAgain, outcome.ErrorField);
        Assert.EndsWith(AccessMessages.PasswordsDiffer, outcome.Error, StringComparison.Ordinal);
        Assert.False(ClinicProfileFile.Exists(_ui.Folder));
        Assert.Empty(_ui.Database.Users.All());
    }

    [Fact]
    public void Register_creates_the_doctor_and_clinic_json_with_the_values_normalised()
    {
        FillIn();

        var outcome = _setup.Register();

        Assert.True(outcome.Succeeded);
        var saved = ClinicProfileFile.Load(_ui.Folder)!;
        Assert.Equal(("さくら医院", "1234567", "01", "060-0001", "011-123-4567"), (saved.Name, saved.InstitutionCode, saved.Prefecture, saved.PostalCode, saved.Phone));
        var doctor = _ui.Database.Users.FindByLogin("sakurai")!;
        Assert.Equal((UserRole.Doctor, "桜井 花子"), (doctor.Role, doctor.DisplayName));
        Assert.True(PasswordHasher.Verify("sakura-2025", doctor.PasswordHash));
        Assert.Equal(doctor.Id, Assert.Single(saved.Doctors).UserId);
        Assert.Equal(TestClinic.Now, saved.CreatedAt);
    }

    [Fact]
    public void Register_refuses_a_folder_that_already_has_a_user()
    {
        FillIn();
        _setup.Register();
        File.Delete(_ui.Folder.ClinicFile);

        var again = _setup.Register();

        Assert.Equal(AccessMessages.SetupAlreadyDone, again.Error);
        Assert.False(ClinicProfileFile.Exists(_ui.Folder));
    }

    [Fact]
    public void The_first_wrong_box_is_named()
    {
        FillIn();
        _setup[SetupField.Phone] = "12";

        Assert.Equal(SetupField.Phone, _setup.Register().ErrorField);
    }
}
