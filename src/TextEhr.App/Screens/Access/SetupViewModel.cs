using TextEhr.App.Hosting;
using TextEhr.App.Input;
using TextEhr.Domain.Stores;
using TextEhr.Domain.Validation;

namespace TextEhr.App.Screens.Access;

/// <summary>
/// The first-run set-up: the clinic and its first doctor, checked box by box with the parsers and
/// messages of <c>textehr init</c>, then registered through <see cref="ClinicSetup"/>.
/// </summary>
public sealed class SetupViewModel(DataFolder folder, IUserStore users, TimeProvider time, int passwordIterations)
{
    private readonly Dictionary<SetupField, string> _values = Enum.GetValues<SetupField>().ToDictionary(field => field, _ => string.Empty);

    /// <summary>The boxes in order.</summary>
    public static IReadOnlyList<SetupField> Fields { get; } = Enum.GetValues<SetupField>();

    /// <summary>What a box holds, as typed.</summary>
    public string this[SetupField field]
    {
        get => _values[field];
        set => _values[field] = value ?? string.Empty;
    }

    /// <summary>Whether anything has been typed: Esc then asks before leaving.</summary>
    public bool HasInput => _values.Values.Any(value => value.Length > 0);

    public static string Caption(SetupField field) => field switch
    {
        SetupField.ClinicName => "医療機関名",
        SetupField.InstitutionCode => "医療機関コード",
        SetupField.Prefecture => "都道府県番号",
        SetupField.PostalCode => "郵便番号",
        SetupField.Address => "所在地",
        SetupField.Phone => "電話",
        SetupField.DoctorName => "医師の氏名",
        SetupField.Login => "ログインID",
        SetupField.Password => "パスワード",
        _ => "パスワード(確認)",
    };

    /// <summary>The box's problem with its caption, or null when it reads well (empty optional boxes do).</summary>
    public string? Check(SetupField field)
    {
        var text = _values[field];
        var error = field switch
        {
            SetupField.ClinicName => ClinicInput.ParseRequiredText(text, "やまだ内科クリニック").Error,
            SetupField.InstitutionCode => ClinicInput.ParseInstitutionCode(text).Error,
            SetupField.Prefecture => ClinicInput.ParsePrefecture(text).Error,
            SetupField.PostalCode => PostalCodeInput.Parse(text).Error,
            SetupField.Phone => PhoneInput.Parse(text).Error,
            SetupField.DoctorName => ClinicInput.ParseRequiredText(text, "山田 一郎").Error,
            SetupField.Login => ClinicInput.ParseLogin(text).Error,
            SetupField.Password => ClinicInput.ParsePassword(text).Error,
            SetupField.PasswordAgain => string.Equals(text, _values[SetupField.Password], StringComparison.Ordinal) ? null : AccessMessages.PasswordsDiffer,
            _ => null,
        };
        return error is null ? null : AccessMessages.Field(Caption(field), error);
    }

    /// <summary>Checks every box, then creates the doctor and <c>clinic.json</c>; nothing is written on an error.</summary>
    public SetupOutcome Register()
    {
        foreach (var field in Fields)
        {
            if (Check(field) is { } error)
            {
                return new SetupOutcome(null, null, field, error);
            }
        }

        if (ClinicSetup.IsDone(folder, users))
        {
            return new SetupOutcome(null, null, null, AccessMessages.SetupAlreadyDone);
        }

        var profile = new ClinicProfile
        {
            Name = Value(ClinicInput.ParseRequiredText(this[SetupField.ClinicName], string.Empty)),
            InstitutionCode = Value(ClinicInput.ParseInstitutionCode(this[SetupField.InstitutionCode])),
            Prefecture = Value(ClinicInput.ParsePrefecture(this[SetupField.Prefecture])),
            PostalCode = Value(PostalCodeInput.Parse(this[SetupField.PostalCode])),
            Address = this[SetupField.Address].Trim(),
            Phone = Value(PhoneInput.Parse(this[SetupField.Phone])),
        };
        var input = new ClinicSetupInput(
            profile,
            Value(ClinicInput.ParseRequiredText(this[SetupField.DoctorName], string.Empty)),
            Value(ClinicInput.ParseLogin(this[SetupField.Login])),
            this[SetupField.Password]);
        try
        {
            var (saved, doctor) = ClinicSetup.Register(folder, users, input, passwordIterations, ClinicTime.Now(time));
            return new SetupOutcome(saved, doctor, null, null);
        }
        catch (ValidationException ex)
        {
            return new SetupOutcome(null, null, SetupField.Login, AccessMessages.Field(Caption(SetupField.Login), ex.Errors[0].Message));
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return new SetupOutcome(null, null, null, AccessMessages.SaveFailed(ex.Message));
        }
    }

    private static string Value(ParseResult<string> result) => result.Value!;
}
